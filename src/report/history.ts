/**
 * The base branch's coverage history (`coverage-gate-history/1`): one entry
 * per commit, carried in the baseline artifact as `coverage-history.json`.
 * Validated by hand with bounds, like everything downloaded; united by
 * commit, ordered by time, thinned past a year and capped.
 */

import { InputError } from './errors.js';
import { type ComponentPoints, componentPointsProblem } from './history-components.js';

export const HISTORY_SCHEMA = 'coverage-gate-history/1';
export const HISTORY_FILE = 'coverage-history.json';
export const MAX_HISTORY_ENTRIES = 5_000;
export const MAX_HISTORY_BYTES = 5 * 1024 * 1024;

const DAY_MS = 86_400_000;
const YEAR_MS = 365 * DAY_MS;
const WEEK_MS = 7 * DAY_MS;

export interface HistoryEntry {
  commit: string;
  /** The commit's time, ISO 8601. */
  time: string;
  /** The run id that measured it. */
  run: number;
  pullRequest?: number;
  statements: number;
  covered: number;
  branches?: number;
  coveredBranches?: number;
  /** Unrounded. */
  percent: number;
  /** Per component of `components`, when the run had components. */
  components?: ComponentPoints;
}

export interface HistoryFile {
  schema: typeof HISTORY_SCHEMA;
  entries: HistoryEntry[];
}

const COUNT_MAX = 1e12;
const ENTRY_KEYS = new Set([
  'commit',
  'time',
  'run',
  'pullRequest',
  'statements',
  'covered',
  'branches',
  'coveredBranches',
  'percent',
  'components',
]);

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const isCount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= COUNT_MAX;

export const isPercent = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(T(\d{2}):(\d{2})(:(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** ISO 8601 date-time in its form, whatever its date (2026-02-30 passes here). */
export const isIsoForm = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 40 && ISO_TIME.test(v);

/**
 * A date and time that exist: Date.parse rolls 2026-02-30 over to March
 * 2nd and reads 24:00 as the next day, so the fields are checked themselves.
 */
export function isRealTime(v: string): boolean {
  const m = ISO_TIME.exec(v);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  if (m[4] && (Number(m[5]) > 23 || Number(m[6]) > 59 || Number(m[8] ?? 0) > 59)) return false;
  const ms = Date.parse(v);
  return Number.isFinite(ms) && ms >= 0;
}

/** ISO 8601 date-time of a day that exists, within 1970..9999. */
export function isIsoTime(v: unknown): v is string {
  return isIsoForm(v) && isRealTime(v);
}

/** The first problem of one entry, or null. */
function entryProblem(e: unknown, at: string): string | null {
  if (!isObject(e)) return `${at} is not an object`;
  for (const key of Object.keys(e)) if (!ENTRY_KEYS.has(key)) return `${at}.${key} is not allowed`;
  if (typeof e.commit !== 'string' || !/^[0-9a-f]{7,64}$/i.test(e.commit))
    return `${at}.commit must be a commit sha`;
  if (!isIsoTime(e.time)) return `${at}.time must be an ISO 8601 time`;
  if (!isCount(e.run) || e.run === 0) return `${at}.run must be a run id`;
  if (e.pullRequest !== undefined && (!isCount(e.pullRequest) || e.pullRequest === 0))
    return `${at}.pullRequest must be a pull request number`;
  if (!isCount(e.statements)) return `${at}.statements must be a whole number`;
  if (!isCount(e.covered) || e.covered > e.statements)
    return `${at}.covered must be a whole number no larger than statements`;
  if ((e.branches === undefined) !== (e.coveredBranches === undefined))
    return `${at} must have both branches and coveredBranches, or neither`;
  if (e.branches !== undefined) {
    if (!isCount(e.branches)) return `${at}.branches must be a whole number`;
    if (!isCount(e.coveredBranches) || e.coveredBranches > e.branches)
      return `${at}.coveredBranches must be a whole number no larger than branches`;
  }
  if (!isPercent(e.percent)) return `${at}.percent must be a number from 0 to 100`;
  return componentPointsProblem(e.components, at, { isCount, isPercent });
}

/**
 * Parses a `coverage-gate-history/1` file. Throws an InputError naming
 * `source` and the first problem; the caller decides whether that is fatal.
 */
export function parseHistory(bytes: Uint8Array | string, source: string): HistoryEntry[] {
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
  if (size > MAX_HISTORY_BYTES)
    throw new InputError(source, `the history is larger than 5 MB (${size} bytes); refused`);
  const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(source, `the history is not valid JSON (${(error as Error).message})`);
  }
  return validateHistory(data, source);
}

export function validateHistory(data: unknown, source: string): HistoryEntry[] {
  if (!isObject(data) || data.schema !== HISTORY_SCHEMA)
    throw new InputError(source, `the history's schema is not ${JSON.stringify(HISTORY_SCHEMA)}`);
  const entries = data.entries;
  if (!Array.isArray(entries)) throw new InputError(source, 'the history has no entries array');
  if (entries.length > MAX_HISTORY_ENTRIES)
    throw new InputError(
      source,
      `the history has ${entries.length} entries, more than ${MAX_HISTORY_ENTRIES}`,
    );
  for (const [i, e] of entries.entries()) {
    const problem = entryProblem(e, `entries[${i}]`);
    if (problem) throw new InputError(source, problem);
  }
  return entries as HistoryEntry[];
}

const timeOf = (e: HistoryEntry) => Date.parse(e.time);

/** Time order; ties by run id. */
export function byTime(a: HistoryEntry, b: HistoryEntry): number {
  return timeOf(a) - timeOf(b) || a.run - b.run;
}

/**
 * Unites histories by commit: the higher run id wins a commit, so two quick
 * merges that raced both survive. `imported` points only add commits the
 * artifacts do not have (the artifact wins a commit).
 */
export function uniteHistories(
  sources: readonly (readonly HistoryEntry[])[],
  imported: readonly HistoryEntry[] = [],
): HistoryEntry[] {
  const chosen = new Map<string, HistoryEntry>();
  for (const entries of sources) {
    for (const entry of entries) {
      const key = entry.commit.toLowerCase();
      const held = chosen.get(key);
      if (!held || entry.run > held.run) chosen.set(key, entry);
    }
  }
  for (const entry of imported) {
    const key = entry.commit.toLowerCase();
    if (!chosen.has(key)) chosen.set(key, entry);
  }
  return [...chosen.values()].sort(byTime);
}

/**
 * Entries older than a year before the run's time (never a data point's:
 * one commit dated in the future would thin the real ones) are thinned to
 * one a week (the newest of each week, counted from the cut); then the
 * newest MAX_HISTORY_ENTRIES are kept.
 */
export function thinHistory(entries: readonly HistoryEntry[], runTime: number): HistoryEntry[] {
  const sorted = [...entries].sort(byTime);
  if (sorted.length === 0) return [];
  const cut = runTime - YEAR_MS;
  const weeks = new Map<number, HistoryEntry>();
  const recent: HistoryEntry[] = [];
  for (const e of sorted) {
    const t = timeOf(e);
    if (t >= cut) recent.push(e);
    else weeks.set(Math.floor((cut - 1 - t) / WEEK_MS), e);
  }
  const old = [...weeks.values()].sort(byTime);
  return [...old, ...recent].slice(-MAX_HISTORY_ENTRIES);
}

/** A commit clock this far ahead of the run's is taken as skew, not as the future. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export interface PlacedTime {
  /** ISO 8601, UTC. */
  time: string;
  /** Why the commit's own time was not used, for the log; null when it was. */
  moved: 'future' | 'older' | null;
}

/**
 * Record mode's time for this push: its commit time, except that a time
 * later than the run's (past the skew allowance) is the run's time, and a
 * time that would sort it before the newest entry of another commit is the
 * run's time too, so this push is the newest point ("now" is this push).
 */
export function placeThisPush(
  commitTime: string | null,
  runTime: number,
  newestOther: number | null,
): PlacedTime {
  const run = new Date(runTime).toISOString();
  const own = commitTime === null ? Number.NaN : Date.parse(commitTime);
  if (!Number.isFinite(own)) return { time: run, moved: null };
  if (own > runTime + CLOCK_SKEW_MS) return { time: run, moved: 'future' };
  if (newestOther !== null && own < newestOther) return { time: run, moved: 'older' };
  return { time: new Date(own).toISOString(), moved: null };
}

/**
 * Entries dated later than the run's time (past the skew allowance) moved to
 * it, in time order: a history that one commit clock once poisoned (written
 * before times were clamped) heals instead of holding its newest point in
 * the future. Returns how many were moved.
 */
export function clampToRunTime(
  entries: readonly HistoryEntry[],
  runTime: number,
): { entries: HistoryEntry[]; moved: number } {
  const run = new Date(runTime).toISOString();
  let moved = 0;
  const out = entries.map((e) => {
    if (timeOf(e) <= runTime + CLOCK_SKEW_MS) return e;
    moved++;
    return { ...e, time: run };
  });
  return { entries: moved ? out.sort(byTime) : out, moved };
}

/** The newest time among entries of other commits than `commit`; null when there are none. */
export function newestOtherTime(entries: readonly HistoryEntry[], commit: string): number | null {
  const key = commit.toLowerCase();
  let newest: number | null = null;
  for (const e of entries) {
    if (e.commit.toLowerCase() === key) continue;
    const t = timeOf(e);
    if (newest === null || t > newest) newest = t;
  }
  return newest;
}

export function serializeHistory(entries: readonly HistoryEntry[]): string {
  const file: HistoryFile = { schema: HISTORY_SCHEMA, entries: [...entries] };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** The merged PR a pushed commit's message names ("Merge pull request #N", or a title ending "(#N)"). */
export function pullRequestFromMessage(message: string | null | undefined): number | undefined {
  if (!message) return undefined;
  const merge = /^Merge pull request #(\d+)\b/.exec(message);
  const title = message.split('\n')[0] ?? '';
  const squash = /\(#(\d+)\)\s*$/.exec(title);
  const n = Number(merge?.[1] ?? squash?.[1]);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export interface Totals {
  percent: number;
  statements: number;
  covered: number;
  branches: number | null;
  coveredBranches: number | null;
}

export function entryFor(
  totals: Totals,
  at: { commit: string; time: string; run: number; pullRequest?: number | undefined },
  components?: ComponentPoints,
): HistoryEntry {
  const entry: HistoryEntry = {
    commit: at.commit,
    time: at.time,
    run: at.run,
    statements: totals.statements,
    covered: totals.covered,
    percent: totals.percent,
  };
  if (at.pullRequest !== undefined) entry.pullRequest = at.pullRequest;
  if (components) entry.components = components;
  if (totals.branches !== null && totals.coveredBranches !== null) {
    entry.branches = totals.branches;
    entry.coveredBranches = totals.coveredBranches;
  }
  return entry;
}
