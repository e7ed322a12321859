/**
 * The trend block ("Coverage push" in the comment): now → target, pace, ETA, this PR's step; a
 * plain-text sparkline line that is enough alone; and a folded Mermaid
 * `xychart-beta`. The chart and the text line are drawn from the same
 * rounded figures, so they agree on every number.
 */
import { type Eta, lastOfEachDay, type Pace, type TrendView } from '../analysis/pace.js';
import { isBelowThreshold, type PercentRounding } from '../report/rounding.js';
import { deltaText, inert, percentText } from './format.js';

const BARS = '▁▂▃▄▅▆▇█';
/** Line colours: the coverage line blue, the target line green (GitHub's palette). */
const PALETTE = '#0969da, #1a7f37';

export interface TrendPoint {
  /** YYYY-MM-DD, or "this PR". */
  label: string;
  /** Shown value: rounded as the comment rounds. */
  value: number;
  pullRequest: boolean;
}

/**
 * The last `max` days' points (the day's last; the history keeps every
 * push), this PR last, each rounded once for every drawing.
 */
export function chartPoints(
  view: TrendView,
  max: number,
  precision: number,
  rounding: PercentRounding,
): TrendPoint[] {
  const shown = (v: number) => Number(percentText(v, precision, rounding).slice(0, -1));
  const room = view.pullRequest ? max - 1 : max;
  const points: TrendPoint[] = lastOfEachDay(view.points)
    .slice(-Math.max(1, room))
    .map((p) => ({
      label: p.time.slice(0, 10),
      value: shown(p.percent),
      pullRequest: false,
    }));
  if (view.pullRequest)
    points.push({ label: 'this PR', value: shown(view.pullRequest.percent), pullRequest: true });
  return points;
}

export function sparkline(values: readonly number[]): string {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values
    .map((v) => BARS[hi === lo ? 3 : Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))])
    .join('');
}

const fixed = (v: number, p: number) => v.toFixed(p);

/** A pace is not a coverage percent: at least two decimals, whatever `precision` is. */
const paceDecimals = (p: number) => Math.max(2, p);

/** A distance shown with as many decimals as it takes not to read 0 (up to 9). */
export function distanceText(value: number, p: number): string {
  let decimals = p;
  while (decimals < 9 && Number(value.toFixed(decimals)) === 0) decimals++;
  return value.toFixed(decimals);
}

function paceText(pace: Pace, p: number): string {
  if (!pace.enough)
    return `not enough history yet for a pace (${pace.points} point${pace.points === 1 ? '' : 's'} over ${pace.spanDays} day${pace.spanDays === 1 ? '' : 's'}; it needs 4 over 14 days)`;
  const d = paceDecimals(p);
  const perPr =
    pace.perPullRequest === null ? '' : `, ${deltaText(pace.perPullRequest, d)} pp per merged PR`;
  return `${deltaText(pace.perWeek, d)} pp/week over 12 weeks${perPr}`;
}

function etaText(eta: Eta | null, target: number | null): string {
  if (eta === null || target === null) return '';
  switch (eta.kind) {
    case 'date': {
      const weeks = Math.max(1, Math.ceil(eta.weeks));
      return `${target}% around ${eta.date} (in ${weeks} week${weeks === 1 ? '' : 's'})`;
    }
    case 'overdue':
      return `at this pace ${target}% was due ${eta.date}; no push since ${eta.since}`;
    case 'reached':
      return `the ${target}% target is reached`;
    case 'not-in-sight':
      return `at this pace ${target}% is not in sight`;
    case 'no-course':
      return `no ETA for ${target}% without a pace`;
  }
}

function stepText(view: TrendView, p: number): string {
  const pr = view.pullRequest;
  if (!pr) return '';
  const step = `${deltaText(pr.step, p)} pp`;
  if (pr.days === null || Math.abs(pr.days) < 0.5) return `this PR: ${step}`;
  const days = Math.round(Math.abs(pr.days));
  return pr.days > 0
    ? `this PR: ${step}, about ${days} day${days === 1 ? '' : 's'} of the current pace`
    : `this PR: ${step}, setting the push back about ${days} day${days === 1 ? '' : 's'} of the current pace`;
}

/** One line that is enough alone: sparkline, first → now (→ this PR), pace, ETA. */
export function trendTextLine(view: TrendView, points: readonly TrendPoint[], p: number): string {
  const history = points.filter((x) => !x.pullRequest);
  const first = history[0] as TrendPoint;
  const last = history[history.length - 1] as TrendPoint;
  const pr = points.find((x) => x.pullRequest);
  const parts = [
    `${sparkline(points.map((x) => x.value))} ${fixed(first.value, p)}% (${first.label}) → ${fixed(last.value, p)}% (${last.label})${pr ? ` → ${fixed(pr.value, p)}% (this PR)` : ''}`,
    `pace ${paceText(view.pace, p)}`,
  ];
  const eta = etaText(view.eta, view.target);
  if (eta) parts.push(eta);
  return parts.join(' · ');
}

/** The text line for a view on its own (the command line's text output). */
export function trendLine(
  view: TrendView,
  options: { maxPoints: number; precision: number; rounding: PercentRounding },
): string {
  const points = chartPoints(view, options.maxPoints, options.precision, options.rounding);
  const step = stepText(view, options.precision);
  return `${trendTextLine(view, points, options.precision)}${step ? ` · ${step}` : ''}`;
}

/**
 * Bounds that hug the points, so the movement shows, widened to take in the
 * target: the distance still to go is what the team steers by.
 */
function yRange(values: readonly number[], target: number | null): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const spread = Math.max(hi - lo, 1);
  let bottom = Math.max(0, Math.floor(lo - spread * 0.2));
  let top = Math.min(100, Math.ceil(hi + spread * 0.2));
  if (target !== null) {
    top = Math.max(top, Math.min(100, Math.ceil(target + spread * 0.1)));
    bottom = Math.min(bottom, Math.max(0, Math.floor(target - spread * 0.1)));
  }
  return [bottom, top];
}

/** The x-axis' width in px at labelFontSize 11, and a label's width: its characters and a gap. */
const AXIS_PX = 800;
const labelPx = (label: string) => label.length * 5 + 8;

/**
 * X-axis labels, every one unique (Mermaid draws points of one label at one
 * x): dates as M/D, with the year (M/D/YY) when the points span more than
 * one; this PR is `PR`. The chart has one point a day; should a day come
 * twice all the same, its second is `M/D·2`. When the dates would not fit
 * side by side, every k-th is written (counted back from the last point)
 * and the points between get labels of zero-width spaces, unique and unseen.
 */
export function axisLabels(points: readonly TrendPoint[]): string[] {
  const dated = points.filter((x) => !x.pullRequest);
  const years = new Set(dated.map((x) => x.label.slice(0, 4)));
  const seen = new Map<string, number>();
  const labels = points.map((x) => {
    if (x.pullRequest) return 'PR';
    const day = `${Number(x.label.slice(5, 7))}/${Number(x.label.slice(8, 10))}`;
    const base = years.size > 1 ? `${day}/${x.label.slice(2, 4)}` : day;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}·${n}`;
  });
  const widest = Math.max(...labels.map(labelPx));
  const every = Math.ceil((labels.length * widest) / AXIS_PX);
  if (every <= 1) return labels;
  const last = labels.length - 1;
  let hidden = 0;
  return labels.map((label, i) => ((last - i) % every === 0 ? label : '\u200b'.repeat(++hidden)));
}

export function mermaidChart(
  points: readonly TrendPoint[],
  target: number | null,
  p: number,
): string {
  const values = points.map((x) => x.value);
  const [bottom, top] = yRange(values, target);
  const withTarget = target !== null;
  const labels = axisLabels(points).map((l) => JSON.stringify(l));
  const lines = [
    '```mermaid',
    '---',
    'config:',
    '  xyChart:',
    '    width: 860',
    '    height: 360',
    '    xAxis:',
    '      labelFontSize: 11',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${PALETTE}"`,
    '---',
    'xychart-beta',
    `  title "Coverage, %${withTarget ? ` (blue) and target ${target}% (green)` : ''}"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "%" ${bottom} --> ${top}`,
    `  line [${values.map((v) => fixed(v, p)).join(', ')}]`,
  ];
  if (withTarget) lines.push(`  line [${points.map(() => String(target)).join(', ')}]`);
  lines.push('```');
  return lines.join('\n');
}

/** The block under the headline: figures, the text line, the folded chart. */
export function renderTrend(
  view: TrendView,
  options: { maxPoints: number; precision: number; rounding: PercentRounding },
): string {
  const p = options.precision;
  const r = options.rounding;
  const points = chartPoints(view, options.maxPoints, p, r);
  const now = percentText(view.now, p, r);
  const head: string[] = [];
  if (view.target !== null) {
    // Reached as the gate compares; otherwise the distance, never shown as 0.
    const reached = !isBelowThreshold(view.now, view.target, p, r);
    const toGo = view.target - view.now;
    head.push(
      `**${now}** now → target **${view.target}%**${reached || toGo <= 0 ? '' : ` (${distanceText(toGo, p)} pp to go)`}`,
    );
  } else head.push(`**${now}** now`);
  head.push(`pace ${paceText(view.pace, p)}`);
  const eta = etaText(view.eta, view.target);
  if (eta) head.push(eta);
  const step = stepText(view, p);
  const days = points.filter((x) => !x.pullRequest).length;
  const chartNote =
    view.historyLength > days
      ? ` (${days} day${days === 1 ? '' : 's'}, the last point of each; ${view.historyLength} in the history)`
      : '';
  return [
    '#### 📈 Coverage push',
    '',
    `${head.join(' · ')}.${step ? ` ${step[0]?.toUpperCase()}${step.slice(1)}.` : ''}`,
    '',
    `\`${trendTextLine(view, points, p)}\``,
    '',
    ...componentTrendRows(view, p, r),
    `<details><summary>Chart${chartNote}</summary>`,
    '',
    mermaidChart(points, view.target, p),
    '',
    '</details>',
    '',
  ].join('\n');
}

/** Per component with a history: now, target, pace and ETA, by the total's rules. */
function componentTrendRows(view: TrendView, p: number, r: PercentRounding): string[] {
  const trends = view.components ?? [];
  if (trends.length === 0) return [];
  return [
    '| Component | Now | Target | Pace | ETA |',
    '|:--|--:|--:|:--|:--|',
    ...trends.map(
      (t) =>
        `| ${inert(t.name)} | ${percentText(t.now, p, r)} | ${t.target === null ? '' : `${t.target}%`} | ${paceText(t.pace, p)} | ${etaText(t.eta, t.target) ?? ''} |`,
    ),
    '',
  ];
}

/** The components' push rows as plain lines, for the CLI's text. */
export function componentTrendLines(view: TrendView, p: number, r: PercentRounding): string[] {
  return (view.components ?? []).map((t) => {
    const target = t.target === null ? '' : ` → target ${t.target}%`;
    const eta = etaText(t.eta, t.target);
    return `${t.name}: ${percentText(t.now, p, r)} now${target} · pace ${paceText(t.pace, p)}${eta ? ` · ${eta}` : ''}`;
  });
}
