/**
 * The delta explained, line by line: a file present on both sides has its
 * lines sorted into the parts (changed, deleted, lost or gained coverage),
 * mapped from the base's numbering to the head's through the diff. The
 * arrays a file is compared in are reused from file to file, since every
 * file of a large report may pass here.
 */
import type { FileCoverage } from '../report/model.js';
import type { CountChange, DeltaPartName } from './delta-parts.js';
import type { ChangedFile } from './diff.js';

export type Tally = Record<DeltaPartName, { statements: CountChange; branches: CountChange }>;

export function add(into: CountChange, covered: number, total: number): void {
  into.covered += covered;
  into.total += total;
}

/**
 * The opposite of `add`. Not `add(into, -covered, -total)`: negating 0 gives
 * -0, a double, and one double in a count turns the tally's fields from small
 * integers to doubles, which throws away the optimised code of every function
 * that has used them, mid-run.
 */
export function subtract(into: CountChange, covered: number, total: number): void {
  into.covered -= covered;
  into.total -= total;
}

interface Side {
  /** Statement lines, ascending: the first `size` entries. */
  lines: Int32Array;
  /** Per entry of `lines`: 1 ran, 0 missed. */
  ran: Uint8Array;
  /** Per entry of `lines`: the arcs from that line, and how many of them ran (0 and 0: no branch). */
  arcs: Int32Array;
  arcsRan: Int32Array;
  size: number;
  /** Arcs from lines that are not statements, by source line; null when there are none (almost always). */
  strays: Map<number, number> | null;
}

const emptySide = (): Side => ({
  lines: new Int32Array(256),
  ran: new Uint8Array(256),
  arcs: new Int32Array(256),
  arcsRan: new Int32Array(256),
  size: 0,
  strays: null,
});

/**
 * A file's statements into `side` (its arrays reused from file to file: every
 * file of a large report passes here), a merge of its sorted lists. A line
 * listed both as executed and as missing counts as missing; excluded lines,
 * and line 0 (a module docstring in old reports), are not statements.
 */
function fillSide(side: Side, file: FileCoverage): Side {
  const { executedLines: run, missingLines: missed, excludedLines: excluded } = file;
  const capacity = run.length + missed.length;
  if (side.lines.length < capacity) {
    side.lines = new Int32Array(capacity * 2);
    side.ran = new Uint8Array(capacity * 2);
    side.arcs = new Int32Array(capacity * 2);
    side.arcsRan = new Int32Array(capacity * 2);
  }
  const { lines, ran } = side;
  let n = 0;
  let i = 0;
  let j = 0;
  let x = 0;
  while (i < run.length || j < missed.length) {
    const r = i < run.length ? (run[i] as number) : Number.MAX_SAFE_INTEGER;
    const m = j < missed.length ? (missed[j] as number) : Number.MAX_SAFE_INTEGER;
    if (m <= r) {
      lines[n] = m;
      ran[n++] = 0;
      j++;
      if (r === m) i++;
      continue;
    }
    i++;
    while (x < excluded.length && (excluded[x] as number) < r) x++;
    if (r <= 0 || (x < excluded.length && excluded[x] === r)) continue;
    lines[n] = r;
    ran[n++] = 1;
  }
  side.size = n;
  side.arcs.fill(0, 0, n);
  side.arcsRan.fill(0, 0, n);
  side.strays = null;
  countArcs(side, file.executedBranches, 1);
  countArcs(side, file.missingBranches, 0);
  return side;
}

/**
 * Each arc onto its source line's entry (a stray when that line is no
 * statement). coverage.py lists arcs by source line, so a cursor finds each
 * entry; a source line out of order is searched for.
 */
function countArcs(side: Side, arcs: FileCoverage['executedBranches'], ran: number): void {
  if (!arcs) return;
  const { lines, size } = side;
  let k = 0;
  for (let a = 0; a < arcs.length; a += 2) {
    const from = arcs[a] as number;
    if (k > 0 && (lines[k - 1] as number) >= from) k = lowerBound(side, from);
    else while (k < size && (lines[k] as number) < from) k++;
    if (k === size || lines[k] !== from) {
      side.strays ??= new Map();
      side.strays.set(from, (side.strays.get(from) ?? 0) + 1);
      continue;
    }
    side.arcs[k] = (side.arcs[k] as number) + 1;
    side.arcsRan[k] = (side.arcsRan[k] as number) + ran;
  }
}

/** The first index of the side's ascending lines not below `line`. */
function lowerBound(side: Side, line: number): number {
  const { lines } = side;
  let lo = 0;
  let hi = side.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((lines[mid] as number) < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Maps unchanged base lines, asked in ascending order, to their head lines:
 * the k-th line the diff keeps on the base side is the k-th it keeps on the
 * head side; null for a deleted line. Cursors over both lists, so a file's
 * lines are mapped in one walk.
 */
export function headLineMapper(
  deleted: readonly number[],
  added: readonly number[],
): (baseLine: number) => number | null {
  let d = 0;
  let a = 0;
  return (baseLine) => {
    while (d < deleted.length && (deleted[d] as number) < baseLine) d++;
    if (d < deleted.length && deleted[d] === baseLine) return null;
    // The least head line with as many unadded lines before it as the base line has kept lines.
    const kept = baseLine - d;
    while (a < added.length && (added[a] as number) <= kept + a) a++;
    return kept + a;
  };
}

/** What of a file's diff is the PR's own: its added head lines, and whether its deletions are. */
export interface Ownership {
  /** Ascending. */
  added: readonly number[];
  deletes: boolean;
}

interface Compared {
  /** Head lines that ran at base and no longer run. */
  lost: number[];
}

/** One file present on both sides: each line into its part, whatever is left over to not-in-diff. */
export function compareFile(
  tally: Tally,
  head: FileCoverage,
  base: FileCoverage,
  change: ChangedFile | null,
  own: Ownership,
): Compared {
  const headSide = fillSide(sides.head, head);
  const baseSide = fillSide(sides.base, base);
  const lost: number[] = [];
  tallyChanged(tally, headSide, own.added);
  if (!change) {
    // Outside the diff a file whose executable lines moved cannot be mapped line by line.
    if (sameLines(headSide, baseSide)) compareAligned(tally, headSide, baseSide, lost);
    return { lost };
  }
  const { lines: headLines, ran: headRan, size: headSize } = headSide;
  const { lines: baseLines, ran: baseRan, size: baseSize } = baseSide;
  const headLineOf = headLineMapper(change.deletedLines ?? [], change.addedLines ?? []);
  let lostLines = 0;
  let gainedLines = 0;
  // Base lines ascend and map to ascending head lines, so one cursor walks the head's.
  let h = 0;
  for (let k = 0; k < baseSize; k++) {
    const baseLine = baseLines[k] as number;
    const ranAtBase = baseRan[k] === 1;
    const headLine = headLineOf(baseLine);
    if (headLine === null) {
      if (!own.deletes) continue;
      const name = ranAtBase ? 'deleted-covered' : 'deleted-uncovered';
      subtract(tally[name].statements, ranAtBase ? 1 : 0, 1);
      const arcs = baseSide.arcs[k] as number;
      if (arcs > 0) subtract(tally[name].branches, baseSide.arcsRan[k] as number, arcs);
      continue;
    }
    while (h < headSize && (headLines[h] as number) < headLine) h++;
    // A line executable on one side only is left to not-in-diff (settings, exclusions).
    if (h === headSize || headLines[h] !== headLine) continue;
    const ranAtHead = headRan[h] === 1;
    if (ranAtBase && !ranAtHead) {
      lostLines++;
      lost.push(headLine);
    } else if (!ranAtBase && ranAtHead) gainedLines++;
    addBranchChange(tally, baseSide, k, headSide, h);
  }
  subtract(tally['lost-coverage'].statements, lostLines, 0);
  add(tally['gained-coverage'].statements, gainedLines, 0);
  return { lost };
}

/** The PR's added lines that are statements, into changed-covered and changed-uncovered. */
function tallyChanged(tally: Tally, head: Side, added: readonly number[]): void {
  const covered = { statements: 0, branches: 0, arcs: 0 };
  const uncovered = { statements: 0, branches: 0, arcs: 0 };
  // Both ascending: one walk.
  let h = 0;
  for (const line of added) {
    while (h < head.size && (head.lines[h] as number) < line) h++;
    if (h === head.size) break;
    if (head.lines[h] !== line) continue;
    const into = head.ran[h] === 1 ? covered : uncovered;
    into.statements++;
    into.branches += head.arcsRan[h] as number;
    into.arcs += head.arcs[h] as number;
  }
  add(tally['changed-covered'].statements, covered.statements, covered.statements);
  add(tally['changed-covered'].branches, covered.branches, covered.arcs);
  add(tally['changed-uncovered'].statements, 0, uncovered.statements);
  add(tally['changed-uncovered'].branches, uncovered.branches, uncovered.arcs);
}

/** The side's arrays, reused by every file compared. */
const sides = { head: emptySide(), base: emptySide() };

/** A file the diff leaves alone, its executable lines the same on both sides: compared entry by entry. */
function compareAligned(tally: Tally, head: Side, base: Side, lost: number[]): void {
  let lostLines = 0;
  let gainedLines = 0;
  for (let k = 0; k < base.size; k++) {
    const before = base.ran[k];
    const after = head.ran[k];
    if (before === after) continue;
    if (before === 1) {
      lostLines++;
      lost.push(head.lines[k] as number);
    } else gainedLines++;
  }
  subtract(tally['lost-coverage'].statements, lostLines, 0);
  add(tally['gained-coverage'].statements, gainedLines, 0);
  // Only a statement's arcs, as when the lines are mapped one by one.
  for (let k = 0; k < base.size; k++) addBranchChange(tally, base, k, head, k);
}

/** Arcs of a line present on both sides (entry `k` of base, `h` of head) with the same count: what it gained or lost. */
function addBranchChange(tally: Tally, base: Side, k: number, head: Side, h: number): void {
  const arcs = base.arcs[k] as number;
  if (arcs === 0 || head.arcs[h] !== arcs) return;
  const change = (head.arcsRan[h] as number) - (base.arcsRan[k] as number);
  if (change < 0) add(tally['lost-coverage'].branches, change, 0);
  else if (change > 0) add(tally['gained-coverage'].branches, change, 0);
}

/** The same executed, missing and excluded lines and branch arcs, element by element. */
export function sameCoverage(a: FileCoverage, b: FileCoverage): boolean {
  const same = (x: readonly number[], y: readonly number[]): boolean =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  const sameArcs = (x: FileCoverage['executedBranches'], y: FileCoverage['executedBranches']) =>
    x === y || (x !== null && y !== null && same(x, y));
  return (
    same(a.executedLines, b.executedLines) &&
    same(a.missingLines, b.missingLines) &&
    same(a.excludedLines, b.excludedLines) &&
    sameArcs(a.executedBranches, b.executedBranches) &&
    sameArcs(a.missingBranches, b.missingBranches)
  );
}

function sameLines(a: Side, b: Side): boolean {
  if (a.size !== b.size || (a.strays?.size ?? 0) !== (b.strays?.size ?? 0)) return false;
  for (let k = 0; k < a.size; k++) {
    if (a.lines[k] !== b.lines[k] || a.arcs[k] !== b.arcs[k]) return false;
  }
  for (const [line, arcs] of a.strays ?? []) if (b.strays?.get(line) !== arcs) return false;
  return true;
}
