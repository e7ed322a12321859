/**
 * Where the push stands: pace (Theil–Sen over the 12 weeks ending at the
 * newest point), pp per merged PR, and the ETA to the target under
 * DESIGN's guards. Pure: history in, plain data out.
 */
import type { HistoryEntry } from '../report/history.js';
import { isBelowThreshold, type PercentRounding } from '../report/rounding.js';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
export const PACE_WINDOW_MS = 12 * WEEK_MS;
export const MIN_PACE_POINTS = 4;
export const MIN_PACE_SPAN_MS = 14 * DAY_MS;
/** Past this many points in the window, one point a day (the day's last) keeps the pairs bounded. */
export const MAX_PACE_POINTS = 2_000;

export interface Point {
  /** Milliseconds since the epoch. */
  t: number;
  percent: number;
}

/** Median of all pairwise slopes (pp per week); the mean of the two middle ones for an even count. */
export function theilSen(points: readonly Point[]): number | null {
  const n = points.length;
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const a = points[i] as Point;
    for (let j = i + 1; j < n; j++) {
      const b = points[j] as Point;
      if (b.t === a.t) continue; // no slope between two points at one time
      slopes[k++] = ((b.percent - a.percent) / (b.t - a.t)) * WEEK_MS;
    }
  }
  if (k === 0) return null;
  const sorted = slopes.subarray(0, k).sort();
  const mid = k >> 1;
  return k % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export type Pace =
  | {
      enough: true;
      /** pp per week. */
      perWeek: number;
      /** Net change over the window per merged PR in it; null without merged PRs. */
      perPullRequest: number | null;
      points: number;
      from: string;
      to: string;
    }
  | { enough: false; points: number; spanDays: number };

/**
 * One point a UTC day, the day's last (`points` in time order): for a crowded
 * pace window, and for the chart, where several merges on one day would
 * stack at one x.
 */
export function lastOfEachDay<T extends { time: string }>(points: readonly T[]): T[] {
  const days = new Map<number, T>();
  for (const p of points) days.set(Math.floor(Date.parse(p.time) / DAY_MS), p);
  return [...days.values()];
}

/** `history` in time order. */
export function computePace(history: readonly HistoryEntry[]): Pace {
  const newest = history[history.length - 1];
  if (!newest) return { enough: false, points: 0, spanDays: 0 };
  const end = Date.parse(newest.time);
  const inWindow = history.filter((e) => Date.parse(e.time) >= end - PACE_WINDOW_MS);
  const first = inWindow[0] as HistoryEntry;
  const span = end - Date.parse(first.time);
  if (inWindow.length < MIN_PACE_POINTS || span < MIN_PACE_SPAN_MS) {
    return { enough: false, points: inWindow.length, spanDays: Math.floor(span / DAY_MS) };
  }
  const used = inWindow.length > MAX_PACE_POINTS ? lastOfEachDay(inWindow) : inWindow;
  const perWeek = theilSen(used.map((e) => ({ t: Date.parse(e.time), percent: e.percent })));
  if (perWeek === null) return { enough: false, points: inWindow.length, spanDays: 0 };
  const merged = inWindow.filter((e) => e.pullRequest !== undefined).length;
  return {
    enough: true,
    perWeek,
    perPullRequest: merged > 0 ? (newest.percent - first.percent) / merged : null,
    points: inWindow.length,
    from: new Date(first.time).toISOString(),
    to: new Date(newest.time).toISOString(),
  };
}

export type Eta =
  | { kind: 'date'; weeks: number; date: string }
  /** The date counted from the newest point is already past: no push since `since`. */
  | { kind: 'overdue'; date: string; since: string }
  | { kind: 'reached' }
  | { kind: 'not-in-sight' }
  | { kind: 'no-course' };

/** Two calendar years after `ms`. */
const twoYearsAfter = (ms: number) => {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + 2);
  return d.getTime();
};

/** How "now" is compared with the target: the gate's precision and rounding, and the run's time. */
export interface TrendOptions {
  precision: number;
  rounding: PercentRounding;
  /** The run's time, ms since the epoch: an ETA before it is past. */
  today: number;
}

/**
 * The target is reached as the gate compares (coverage.py's
 * `should_fail_under`): rounded at the precision, 100 only when exactly 100.
 */
export const targetReached = (percent: number, target: number, o: TrendOptions) =>
  !isBelowThreshold(percent, target, o.precision, o.rounding);

/**
 * Counted from the newest point as if it were today: (target − its percent)
 * / pace, only for a positive pace and a date within two years. Never a
 * date from thin data; a date already past is said as such.
 */
export function computeEta(now: HistoryEntry, target: number, pace: Pace, o: TrendOptions): Eta {
  if (targetReached(now.percent, target, o)) return { kind: 'reached' };
  if (!pace.enough) return { kind: 'no-course' };
  if (!(pace.perWeek > 0)) return { kind: 'not-in-sight' };
  const from = Date.parse(now.time);
  const at = from + ((target - now.percent) / pace.perWeek) * WEEK_MS;
  if (!Number.isFinite(at) || at > twoYearsAfter(from)) return { kind: 'not-in-sight' };
  const date = new Date(at).toISOString().slice(0, 10);
  if (date < new Date(o.today).toISOString().slice(0, 10))
    return { kind: 'overdue', date, since: new Date(from).toISOString().slice(0, 10) };
  return { kind: 'date', weeks: Math.max(0, (at - o.today) / WEEK_MS), date };
}

/** What the renderers draw: the last points, this PR last, and the base branch's course. */
export interface TrendView {
  /** The newest days of the base branch's history, the last point of each (at most 100), oldest first. */
  points: { time: string; percent: number; commit: string }[];
  /** All entries the history holds. */
  historyLength: number;
  /** The newest history point's percent. */
  now: number;
  target: number | null;
  pace: Pace;
  eta: Eta | null;
  /** This PR as the next point (check mode), with its step against the newest point. */
  pullRequest: {
    percent: number;
    step: number;
    /** The step in days of the current pace; null without a positive pace. */
    days: number | null;
  } | null;
  /** Per component with a history of its own (component-pace.ts). */
  components?: import('./component-pace.js').ComponentTrend[];
}

export const MAX_VIEW_POINTS = 100;

export function trendView(
  history: readonly HistoryEntry[],
  target: number | null,
  pullRequestPercent: number | null,
  options: TrendOptions,
): TrendView | null {
  const newest = history[history.length - 1];
  if (!newest) return null;
  const pace = computePace(history);
  const step = pullRequestPercent === null ? null : pullRequestPercent - newest.percent;
  return {
    points: lastOfEachDay(history)
      .slice(-MAX_VIEW_POINTS)
      // Times in one form (UTC, milliseconds): an import may give a date alone.
      .map((e) => ({ time: new Date(e.time).toISOString(), percent: e.percent, commit: e.commit })),
    historyLength: history.length,
    now: newest.percent,
    target,
    pace,
    eta: target === null ? null : computeEta(newest, target, pace, options),
    pullRequest:
      step === null || pullRequestPercent === null
        ? null
        : {
            percent: pullRequestPercent,
            step,
            days: pace.enough && pace.perWeek > 0 ? (step / pace.perWeek) * 7 : null,
          },
  };
}
