/**
 * The host of the delta explanation's comparison in WebAssembly
 * (wasm/delta-lines.ts, compiled by scripts/generate-wasm.mjs into
 * delta-lines.generated.js): a file's lists are written into the module's
 * memory, compared there, and the answers read back into the tally. Where
 * WebAssembly cannot run, `compareInWasm` answers null and delta-lines.ts
 * compares in JavaScript.
 */
import type { FileCoverage } from '../report/model.js';
import { compileWasm, growTo, instantiateWasm, type WasmMemory } from '../wasm.js';
import { DELTA_LINES_WASM } from './delta-lines.generated.js';
import {
  type Compared,
  type Counts,
  type Ownership,
  type Tally,
  tallyAdded,
  tallyDeleted,
  tallyLinesAndArcs,
} from './delta-tally.js';
import type { ChangedFile } from './diff.js';

interface CompareExports {
  memory: WasmMemory;
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

/*
 * Where compare() leaves its answers, in words from countsStart(): the ten
 * counts of `Counts`, in its order (all 0 for a file not compared line by
 * line); the PR's added statements (covered: lines, arcs, arcs that ran;
 * then uncovered, the same three); the lost head lines' byte offset and
 * number.
 */
const CHANGED = 10;
const LOST = 16;

let comparer: Comparer | null | undefined;

/** The WebAssembly comparison, made once; null where WebAssembly cannot run. */
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

/** One file present on both sides, compared in WebAssembly into the tally; null where WebAssembly cannot run. */
export function compareInWasm(
  tally: Tally,
  head: FileCoverage,
  base: FileCoverage,
  change: ChangedFile | null,
  own: Ownership,
): Compared | null {
  const wasm = loadComparer();
  if (!wasm) return null;
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
  if (growTo(memory, needed)) wasm.words = new Int32Array(memory.buffer);
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
  tallyAdded(tally, {
    coveredLines: words[changed] as number,
    coveredArcs: words[changed + 1] as number,
    coveredArcsRan: words[changed + 2] as number,
    uncoveredLines: words[changed + 3] as number,
    uncoveredArcs: words[changed + 4] as number,
    uncoveredArcsRan: words[changed + 5] as number,
  });
  // Counts of a file not compared are 0: adding them changes nothing.
  const counts: Counts = {
    lostLines: words[c] as number,
    gainedLines: words[c + 1] as number,
    lostArcs: words[c + 2] as number,
    gainedArcs: words[c + 3] as number,
    deletedRan: words[c + 4] as number,
    deletedMissed: words[c + 5] as number,
    deletedRanArcs: words[c + 6] as number,
    deletedRanArcsRan: words[c + 7] as number,
    deletedMissedArcs: words[c + 8] as number,
    deletedMissedArcsRan: words[c + 9] as number,
  };
  tallyLinesAndArcs(tally, counts);
  tallyDeleted(tally, counts);
  const lostAt = (words[c + LOST] as number) >> 2;
  return { lost: Array.from(words.subarray(lostAt, lostAt + (words[c + LOST + 1] as number))) };
}
