/**
 * The delta explanation's tally: each part's statements and branches, and
 * what one file's comparison adds to it (in JavaScript or in WebAssembly,
 * see delta-lines.ts).
 */
import type { CountChange, DeltaPartName } from './delta-parts.js';

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

/** What of a file's diff is the PR's own: its added head lines, and whether its deletions are. */
export interface Ownership {
  /** Ascending. */
  added: readonly number[];
  deletes: boolean;
}

export interface Compared {
  /** Head lines that ran at base and no longer run. */
  lost: number[];
}

/** What one file's comparison counts, before it goes into the tally. */
export interface Counts {
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

/** The PR's added lines that are statements, covered and not: lines, their arcs, the arcs that ran. */
export interface Added {
  coveredLines: number;
  coveredArcs: number;
  coveredArcsRan: number;
  uncoveredLines: number;
  uncoveredArcs: number;
  uncoveredArcsRan: number;
}

/** The PR's added statements into changed-covered and changed-uncovered. */
export function tallyAdded(tally: Tally, added: Added): void {
  add(tally['changed-covered'].statements, added.coveredLines, added.coveredLines);
  add(tally['changed-covered'].branches, added.coveredArcsRan, added.coveredArcs);
  add(tally['changed-uncovered'].statements, 0, added.uncoveredLines);
  add(tally['changed-uncovered'].branches, added.uncoveredArcsRan, added.uncoveredArcs);
}

/** The lines and arcs a comparison found lost and gained, into the tally. */
export function tallyLinesAndArcs(tally: Tally, counts: Counts): void {
  subtract(tally['lost-coverage'].statements, counts.lostLines, 0);
  add(tally['lost-coverage'].branches, counts.lostArcs, 0);
  add(tally['gained-coverage'].statements, counts.gainedLines, 0);
  add(tally['gained-coverage'].branches, counts.gainedArcs, 0);
}

/** The deleted statements a comparison found, out of the tally. */
export function tallyDeleted(tally: Tally, counts: Counts): void {
  subtract(tally['deleted-covered'].statements, counts.deletedRan, counts.deletedRan);
  subtract(tally['deleted-covered'].branches, counts.deletedRanArcsRan, counts.deletedRanArcs);
  subtract(tally['deleted-uncovered'].statements, 0, counts.deletedMissed);
  subtract(
    tally['deleted-uncovered'].branches,
    counts.deletedMissedArcsRan,
    counts.deletedMissedArcs,
  );
}
