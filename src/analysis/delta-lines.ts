/**
 * The delta explained, line by line: a file present on both sides has its
 * lines sorted into the parts (changed, deleted, lost or gained coverage),
 * mapped from the base's numbering to the head's through the diff.
 *
 * Every file of a large report may pass here, once: the comparison runs in
 * WebAssembly (wasm/delta-lines.ts, compiled by scripts/generate-wasm.mjs),
 * which is compiled before it runs, where JavaScript would run mostly in
 * V8's interpreter (case e of the bench: 13 against 20 ms). The loops below
 * are the same comparison, for where WebAssembly cannot run; a property test
 * holds the two to the same answers. They reuse the arrays a file is
 * compared in from file to file.
 */
import type { FileCoverage } from '../report/model.js';
import { compileWasm, instantiateWasm } from '../wasm.js';
import { DELTA_LINES_WASM } from './delta-lines.generated.js';
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

/** What one file's comparison counts, before it goes into the tally. */
interface Counts {
  lostLines: number;
  gainedLines: number;
  /** Branch arcs that stopped running (negative) and that started, on lines present on both sides. */
  lostArcs: number;
  gainedArcs: number;
  /** Deleted statements that ran and that did not, and their arcs (all, and those that ran). */
  deletedRan: number;
  deletedMissed: number;
  deletedRanArcs: number;
  deletedRanArcsRan: number;
  deletedMissedArcs: number;
  deletedMissedArcsRan: number;
}

/** One file present on both sides: each line into its part, whatever is left over to not-in-diff. */
export function compareFile(
  tally: Tally,
  head: FileCoverage,
  base: FileCoverage,
  change: ChangedFile | null,
  own: Ownership,
): Compared {
  const wasm = loadComparer();
  if (wasm) return compareInWasm(wasm, tally, head, base, change, own);
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

/** The deleted statements a comparison found, out of the tally. */
function tallyDeleted(tally: Tally, counts: Counts): void {
  subtract(tally['deleted-covered'].statements, counts.deletedRan, counts.deletedRan);
  subtract(tally['deleted-covered'].branches, counts.deletedRanArcsRan, counts.deletedRanArcs);
  subtract(tally['deleted-uncovered'].statements, 0, counts.deletedMissed);
  subtract(
    tally['deleted-uncovered'].branches,
    counts.deletedMissedArcsRan,
    counts.deletedMissedArcs,
  );
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

/** The lines and arcs a comparison found lost and gained, into the tally. */
function tallyLinesAndArcs(tally: Tally, counts: Counts): void {
  subtract(tally['lost-coverage'].statements, counts.lostLines, 0);
  add(tally['lost-coverage'].branches, counts.lostArcs, 0);
  add(tally['gained-coverage'].statements, counts.gainedLines, 0);
  add(tally['gained-coverage'].branches, counts.gainedArcs, 0);
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
  add(tally['changed-covered'].statements, coveredLines, coveredLines);
  add(tally['changed-covered'].branches, coveredArcsRan, coveredArcs);
  add(tally['changed-uncovered'].statements, 0, uncoveredLines);
  add(tally['changed-uncovered'].branches, uncoveredArcsRan, uncoveredArcs);
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

interface CompareExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  inputStart(): number;
  countsStart(): number;
  compare(...lengths: number[]): void;
}

interface Comparer {
  exports: CompareExports;
  /** Word offsets of the input and the counts. */
  input: number;
  counts: number;
  words: Int32Array;
}

const PAGE = 65536;

/*
 * Where compare() leaves its answers, in words from countsStart():
 * how the file was compared; the ten counts of `Counts`, in its order; the
 * PR's added statements (covered: lines, arcs, arcs that ran; then
 * uncovered, the same three); the lost head lines' byte offset and number.
 */
const COMPARED = 0;
/** Its statements differ from the base's and no diff maps them: only the PR's added lines count. */
const NOT_COMPARED = 0;
/** (1: the same statements on both sides, compared line for line.) Mapped through the diff: its deletions count too. */
const THROUGH_DIFF = 2;
const LINE_COUNTS = 1;
const CHANGED = 11;
const LOST = 17;

let comparer: Comparer | null | undefined;

/** The WebAssembly comparison, made once; null where WebAssembly cannot run (then the loops above do the work). */
function loadComparer(): Comparer | null {
  if (comparer !== undefined) return comparer;
  try {
    const exports = instantiateWasm(compileWasm(DELTA_LINES_WASM)) as CompareExports;
    const input = exports.inputStart() >> 2;
    comparer = {
      exports,
      input,
      counts: exports.countsStart() >> 2,
      words: new Int32Array(exports.memory.buffer),
    };
  } catch {
    comparer = null;
  }
  return comparer;
}

const NONE: readonly number[] = [];

/** `list` into the memory's words from `at`; where the next list goes. */
function write(words: Int32Array, list: readonly number[], at: number): number {
  if (list.length > 0) words.set(list, at);
  return at + list.length;
}

function compareInWasm(
  wasm: Comparer,
  tally: Tally,
  head: FileCoverage,
  base: FileCoverage,
  change: ChangedFile | null,
  own: Ownership,
): Compared {
  const hRun = head.executedLines;
  const hMissed = head.missingLines;
  const hArcsRun = head.executedBranches ?? NONE;
  const hArcsMissed = head.missingBranches ?? NONE;
  const bRun = base.executedLines;
  const bMissed = base.missingLines;
  const bArcsRun = base.executedBranches ?? NONE;
  const bArcsMissed = base.missingBranches ?? NONE;
  const added = change?.addedLines ?? NONE;
  const deleted = change?.deletedLines ?? NONE;
  const hCap = hRun.length + hMissed.length;
  const bCap = bRun.length + bMissed.length;
  const arcs = hArcsRun.length + hArcsMissed.length + bArcsRun.length + bArcsMissed.length;
  const lines =
    head.excludedLines.length + base.excludedLines.length + added.length + deleted.length;
  // The lists (a word an entry), then the workspace (four words per head statement, six per base
  // one, half a word per arc), with room to spare.
  const needed = 4 * (wasm.input + 6 * hCap + 8 * bCap + 2 * arcs + lines + own.added.length + 16);
  const { memory } = wasm.exports;
  if (memory.buffer.byteLength < needed) {
    memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE));
    wasm.words = new Int32Array(memory.buffer);
  }
  const { words } = wasm;
  let at = write(words, hRun, wasm.input);
  at = write(words, hMissed, at);
  at = write(words, head.excludedLines, at);
  at = write(words, hArcsRun, at);
  at = write(words, hArcsMissed, at);
  at = write(words, bRun, at);
  at = write(words, bMissed, at);
  at = write(words, base.excludedLines, at);
  at = write(words, bArcsRun, at);
  at = write(words, bArcsMissed, at);
  at = write(words, added, at);
  at = write(words, deleted, at);
  write(words, own.added, at);
  wasm.exports.compare(
    hRun.length,
    hMissed.length,
    head.excludedLines.length,
    hArcsRun.length,
    hArcsMissed.length,
    bRun.length,
    bMissed.length,
    base.excludedLines.length,
    bArcsRun.length,
    bArcsMissed.length,
    added.length,
    deleted.length,
    own.added.length,
    (change ? 1 : 0) | (own.deletes ? 2 : 0),
  );
  const c = wasm.counts;
  const changed = c + CHANGED;
  add(tally['changed-covered'].statements, words[changed] as number, words[changed] as number);
  add(
    tally['changed-covered'].branches,
    words[changed + 2] as number,
    words[changed + 1] as number,
  );
  add(tally['changed-uncovered'].statements, 0, words[changed + 3] as number);
  add(
    tally['changed-uncovered'].branches,
    words[changed + 5] as number,
    words[changed + 4] as number,
  );
  const compared = words[c + COMPARED] as number;
  if (compared !== NOT_COMPARED) {
    const k = c + LINE_COUNTS;
    const counts: Counts = {
      lostLines: words[k] as number,
      gainedLines: words[k + 1] as number,
      lostArcs: words[k + 2] as number,
      gainedArcs: words[k + 3] as number,
      deletedRan: words[k + 4] as number,
      deletedMissed: words[k + 5] as number,
      deletedRanArcs: words[k + 6] as number,
      deletedRanArcsRan: words[k + 7] as number,
      deletedMissedArcs: words[k + 8] as number,
      deletedMissedArcsRan: words[k + 9] as number,
    };
    tallyLinesAndArcs(tally, counts);
    if (compared === THROUGH_DIFF) tallyDeleted(tally, counts);
  }
  const lostAt = (words[c + LOST] as number) >> 2;
  return { lost: Array.from(words.subarray(lostAt, lostAt + (words[c + LOST + 1] as number))) };
}
