/**
 * The delta explained, line by line: a file present on both sides has its
 * lines sorted into the parts (changed, deleted, lost or gained coverage),
 * mapped from the base's numbering to the head's through the diff.
 *
 * Every file of a large report may pass here, once: the comparison runs in
 * WebAssembly (delta-wasm.ts) where it can, compiled before it runs, where
 * JavaScript would run mostly in V8's interpreter (case e of the bench: 13
 * against 20 ms). The loops below are the same comparison, for where
 * WebAssembly cannot run; a property test holds the two to the same
 * answers. They reuse the arrays a file is compared in from file to file.
 */
import type { FileCoverage } from '../report/model.js';
import {
  type Compared,
  type Counts,
  type Ownership,
  type Tally,
  tallyAdded,
  tallyDeleted,
  tallyLinesAndArcs,
} from './delta-tally.js';
import { compareInWasm } from './delta-wasm.js';
import type { ChangedFile } from './diff.js';

interface Side {
  /** Statement lines, ascending: the first `size` entries. */
  lines: Int32Array;
  /** Per entry of `lines`: 1 ran, 0 missed. */
  ran: Uint8Array;
  /** Per entry of `lines`: the arcs from that line, and how many of them ran (0 and 0: no branch). */
  arcs: Int32Array;
  arcsRan: Int32Array;
  /** Per entry of `lines` (the base's): its head line through the diff, 0 when the diff deletes it. */
  headLine: Int32Array;
  size: number;
  /** Arcs from lines that are not statements, by source line; null when there are none (almost always). */
  strays: Map<number, number> | null;
}

const sized = (capacity: number): Side => ({
  lines: new Int32Array(capacity),
  ran: new Uint8Array(capacity),
  arcs: new Int32Array(capacity),
  arcsRan: new Int32Array(capacity),
  headLine: new Int32Array(capacity),
  size: 0,
  strays: null,
});

/*
 * Every loop over a file's lines is a small function of its own, with no
 * call on its common path. A one-shot run compares each file once, so V8
 * compiles these loops while they run: small functions are compiled in a
 * millisecond or two and run optimised for most of the files, where one
 * large function took about ten milliseconds and ran unoptimised for nearly
 * all of them.
 */

/**
 * A file's statements into `side` (its arrays reused from file to file: every
 * file of a large report passes here), a merge of its sorted lists. A line
 * listed both as executed and as missing counts as missing; excluded lines,
 * and line 0 (a module docstring in old reports), are not statements.
 */
function fillSide(side: Side, file: FileCoverage): Side {
  const capacity = file.executedLines.length + file.missingLines.length;
  const filled = side.lines.length < capacity ? sized(capacity * 2) : side;
  filled.size = mergeLines(filled, file.executedLines, file.missingLines, file.excludedLines);
  filled.strays = null;
  countArcs(filled, file.executedBranches, 1);
  countArcs(filled, file.missingBranches, 0);
  return filled;
}

/** The merge of `fillSide`, each entry's arc counts zeroed; how many statements it wrote. */
function mergeLines(
  side: Side,
  run: readonly number[],
  missed: readonly number[],
  excluded: readonly number[],
): number {
  const { lines, ran, arcs, arcsRan } = side;
  let n = 0;
  let i = 0;
  let j = 0;
  let x = 0;
  while (i < run.length || j < missed.length) {
    const r = i < run.length ? (run[i] as number) : Number.MAX_SAFE_INTEGER;
    const m = j < missed.length ? (missed[j] as number) : Number.MAX_SAFE_INTEGER;
    // Each entry's arc counts start at 0 for countArcs.
    arcs[n] = 0;
    arcsRan[n] = 0;
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
  return n;
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
      addStray(side, from);
      continue;
    }
    side.arcs[k] = (side.arcs[k] as number) + 1;
    side.arcsRan[k] = (side.arcsRan[k] as number) + ran;
  }
}

function addStray(side: Side, from: number): void {
  side.strays ??= new Map();
  side.strays.set(from, (side.strays.get(from) ?? 0) + 1);
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
 * Maps the first `size` of the ascending base lines to their head lines
 * through a file's diff, into `into`: the k-th line the diff keeps on the
 * base side is the k-th it keeps on the head side; 0 for a deleted line.
 * Cursors over both lists, so a file's lines are mapped in one walk.
 */
export function mapToHead(
  baseLines: ArrayLike<number>,
  size: number,
  deleted: readonly number[],
  added: readonly number[],
  into: Int32Array,
): void {
  let d = 0;
  let a = 0;
  for (let k = 0; k < size; k++) {
    const baseLine = baseLines[k] as number;
    while (d < deleted.length && (deleted[d] as number) < baseLine) d++;
    if (d < deleted.length && deleted[d] === baseLine) {
      into[k] = 0;
      continue;
    }
    // The least head line with as many unadded lines before it as the base line has kept lines.
    const kept = baseLine - d;
    while (a < added.length && (added[a] as number) <= kept + a) a++;
    into[k] = kept + a;
  }
}

/** One file present on both sides: each line into its part, whatever is left over to not-in-diff. */
export function compareFile(
  tally: Tally,
  head: FileCoverage,
  base: FileCoverage,
  change: ChangedFile | null,
  own: Ownership,
): Compared {
  const inWasm = compareInWasm(tally, head, base, change, own);
  if (inWasm) return inWasm;
  const headSide = fillSide(sides.head, head);
  const baseSide = fillSide(sides.base, base);
  sides.head = headSide;
  sides.base = baseSide;
  const lost: number[] = [];
  tallyChanged(tally, headSide, own.added);
  if (!change) {
    // Outside the diff a file whose executable lines moved cannot be mapped line by line.
    // The same lines on both sides: each base line is its own head line.
    if (sameLines(headSide, baseSide)) {
      tallyLinesAndArcs(tally, compareMapped(headSide, baseSide, baseSide.lines, false, lost));
    }
    return { lost };
  }
  mapToHead(
    baseSide.lines,
    baseSide.size,
    change.deletedLines ?? [],
    change.addedLines ?? [],
    baseSide.headLine,
  );
  const counts = compareMapped(headSide, baseSide, baseSide.headLine, own.deletes, lost);
  tallyLinesAndArcs(tally, counts);
  tallyDeleted(tally, counts);
  return { lost };
}

/**
 * The base's lines compared one by one, at the head lines `mapped` gives
 * them (0: deleted); arcs count only on statements.
 */
function compareMapped(
  head: Side,
  base: Side,
  mapped: Int32Array,
  deletes: boolean,
  lost: number[],
): Counts {
  const { lines: headLines, ran: headRan, size: headSize } = head;
  const { ran: baseRan, size: baseSize } = base;
  let lostLines = 0;
  let gainedLines = 0;
  let lostArcs = 0;
  let gainedArcs = 0;
  let deletedRan = 0;
  let deletedMissed = 0;
  let deletedRanArcs = 0;
  let deletedRanArcsRan = 0;
  let deletedMissedArcs = 0;
  let deletedMissedArcsRan = 0;
  // Base lines ascend and map to ascending head lines, so one cursor walks the head's.
  let h = 0;
  for (let k = 0; k < baseSize; k++) {
    const headLine = mapped[k] as number;
    const ranAtBase = baseRan[k] === 1;
    const arcs = base.arcs[k] as number;
    if (headLine === 0) {
      if (!deletes) continue;
      if (ranAtBase) {
        deletedRan++;
        deletedRanArcs += arcs;
        deletedRanArcsRan += base.arcsRan[k] as number;
      } else {
        deletedMissed++;
        deletedMissedArcs += arcs;
        deletedMissedArcsRan += base.arcsRan[k] as number;
      }
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
    // A line's arcs count when it has the same number on both sides: what it gained or lost.
    if (arcs === 0 || head.arcs[h] !== arcs) continue;
    const arcChange = (head.arcsRan[h] as number) - (base.arcsRan[k] as number);
    if (arcChange < 0) lostArcs += arcChange;
    else gainedArcs += arcChange;
  }
  return {
    lostLines,
    gainedLines,
    lostArcs,
    gainedArcs,
    deletedRan,
    deletedMissed,
    deletedRanArcs,
    deletedRanArcsRan,
    deletedMissedArcs,
    deletedMissedArcsRan,
  };
}

/** The PR's added lines that are statements, into changed-covered and changed-uncovered. */
function tallyChanged(tally: Tally, head: Side, added: readonly number[]): void {
  let coveredLines = 0;
  let coveredArcs = 0;
  let coveredArcsRan = 0;
  let uncoveredLines = 0;
  let uncoveredArcs = 0;
  let uncoveredArcsRan = 0;
  // Both ascending: one walk.
  let h = 0;
  for (let i = 0; i < added.length; i++) {
    const line = added[i] as number;
    while (h < head.size && (head.lines[h] as number) < line) h++;
    if (h === head.size) break;
    if (head.lines[h] !== line) continue;
    if (head.ran[h] === 1) {
      coveredLines++;
      coveredArcs += head.arcs[h] as number;
      coveredArcsRan += head.arcsRan[h] as number;
    } else {
      uncoveredLines++;
      uncoveredArcs += head.arcs[h] as number;
      uncoveredArcsRan += head.arcsRan[h] as number;
    }
  }
  tallyAdded(tally, {
    coveredLines,
    coveredArcs,
    coveredArcsRan,
    uncoveredLines,
    uncoveredArcs,
    uncoveredArcsRan,
  });
}

/** The side's arrays, reused by every file compared (replaced by larger ones when a file needs them). */
const sides = { head: sized(256), base: sized(256) };

/** The same executed, missing and excluded lines and branch arcs, element by element. */
export function sameCoverage(a: FileCoverage, b: FileCoverage): boolean {
  return (
    sameList(a.executedLines, b.executedLines) &&
    sameList(a.missingLines, b.missingLines) &&
    sameList(a.excludedLines, b.excludedLines) &&
    sameArcs(a.executedBranches, b.executedBranches) &&
    sameArcs(a.missingBranches, b.missingBranches)
  );
}

/** A loop, not `every` and a callback: run cold for every untouched file, the callback costs more than the work. */
function sameList(x: readonly number[], y: readonly number[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameArcs(x: FileCoverage['executedBranches'], y: FileCoverage['executedBranches']) {
  return x === y || (x !== null && y !== null && sameList(x, y));
}

function sameLines(a: Side, b: Side): boolean {
  if (a.size !== b.size || (a.strays?.size ?? 0) !== (b.strays?.size ?? 0)) return false;
  for (let k = 0; k < a.size; k++) {
    if (a.lines[k] !== b.lines[k] || a.arcs[k] !== b.arcs[k]) return false;
  }
  for (const [line, arcs] of a.strays ?? []) if (b.strays?.get(line) !== arcs) return false;
  return true;
}
