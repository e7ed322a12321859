/**
 * The delta explained: the change of the total split into parts that add up
 * to it exactly. With base covered C of T (p = C/T) and head total T', a part
 * that changes covered by ΔC and total by ΔT contributes (ΔC − p·ΔT)/T'
 * (×100 pp); the parts' ΔC and ΔT add up to C' − C and T' − T, so their
 * contributions add up to C'/T' − C/T.
 */
import type { CoverageReport, FileCoverage } from '../report/model.js';
import type { ChangedFile } from './diff.js';

export type DeltaPartName =
  | 'changed-covered'
  | 'changed-uncovered'
  | 'deleted-covered'
  | 'deleted-uncovered'
  | 'lost-coverage'
  | 'gained-coverage'
  | 'files-added'
  | 'files-removed'
  | 'not-in-diff';

export const DELTA_PART_NAMES: readonly DeltaPartName[] = [
  'changed-covered',
  'changed-uncovered',
  'deleted-covered',
  'deleted-uncovered',
  'lost-coverage',
  'gained-coverage',
  'files-added',
  'files-removed',
  'not-in-diff',
];

/** A change in covered and in total, signed. */
export interface CountChange {
  covered: number;
  total: number;
}

export interface DeltaPart {
  part: DeltaPartName;
  statements: CountChange;
  /** Present when both sides have branch data. */
  branches?: CountChange;
  /** The part's share of the delta, in percentage points, unrounded. */
  points: number;
}

/** Lines of one file as [from, to] ranges, and how many lines they hold. */
export interface FileRanges {
  path: string;
  ranges: [from: number, to: number][];
  lines: number;
}

export interface DeltaParts {
  /** What the parts count: statements, or statements and branches (both sides measured branches). */
  basis: 'statements' | 'statements-and-branches';
  parts: DeltaPart[];
  /** Unchanged lines that lost coverage, by file, most lines first. */
  lostCoverage: FileRanges[];
}

interface Side {
  /** Statement lines, ascending: the first `size` entries. */
  lines: Int32Array;
  /** Per entry of `lines`: 1 ran, 0 missed. */
  ran: Uint8Array;
  size: number;
  /** Branch source line → arcs found and covered; null when the file has no arcs. */
  branches: Map<number, { total: number; covered: number }> | null;
}

const emptySide = (): Side => ({
  lines: new Int32Array(256),
  ran: new Uint8Array(256),
  size: 0,
  branches: null,
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
  side.branches = branchesOf(file);
  return side;
}

function branchesOf(file: FileCoverage): Side['branches'] {
  if (!file.executedBranches?.length && !file.missingBranches?.length) return null;
  const branches = new Map<number, { total: number; covered: number }>();
  const count = (arcs: FileCoverage['executedBranches'], ran: boolean) => {
    for (const [from] of arcs ?? []) {
      const entry = branches.get(from) ?? { total: 0, covered: 0 };
      entry.total++;
      if (ran) entry.covered++;
      branches.set(from, entry);
    }
  };
  count(file.executedBranches, true);
  count(file.missingBranches, false);
  return branches;
}

/** The index of `line` in the side's ascending lines, or -1. */
function indexOf(side: Side, line: number): number {
  const { lines } = side;
  let lo = 0;
  let hi = side.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((lines[mid] as number) < line) lo = mid + 1;
    else hi = mid;
  }
  return lo < side.size && lines[lo] === line ? lo : -1;
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

/** Adjacent lines merged into [first, last] ranges; input ascending. */
export function groupRanges(lines: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const line of lines) {
    const last = ranges[ranges.length - 1];
    if (last && line === last[1] + 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}

type Tally = Record<DeltaPartName, { statements: CountChange; branches: CountChange }>;

function emptyTally(): Tally {
  const tally = {} as Tally;
  for (const name of DELTA_PART_NAMES)
    tally[name] = { statements: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
  return tally;
}

function add(into: CountChange, covered: number, total: number): void {
  into.covered += covered;
  into.total += total;
}

/** A whole side of a file into one part: its lines and branches, with `sign` +1 (head) or −1 (base). */
function addWhole(tally: Tally, name: DeltaPartName, file: FileCoverage, sign: 1 | -1): void {
  add(tally[name].statements, sign * file.covered, sign * file.statements);
  add(tally[name].branches, sign * (file.coveredBranches ?? 0), sign * (file.branches ?? 0));
}

export interface FileLines {
  path: string;
  lines: number[];
}

/** What of a file's diff is the PR's own: its added head lines, and whether its deletions are. */
interface Ownership {
  /** Ascending. */
  added: readonly number[];
  deletes: boolean;
}

interface Compared {
  /** Head lines that ran at base and no longer run. */
  lost: number[];
}

/** One file present on both sides: each line into its part, whatever is left over to not-in-diff. */
function compareFile(
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
  const { lines: baseLines, ran: baseRan, size: baseSize, branches: baseBranches } = baseSide;
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
      const baseBranch = baseBranches?.get(baseLine);
      const name = ranAtBase ? 'deleted-covered' : 'deleted-uncovered';
      add(tally[name].statements, ranAtBase ? -1 : 0, -1);
      if (baseBranch) add(tally[name].branches, -baseBranch.covered, -baseBranch.total);
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
    if (!baseBranches || !headSide.branches) continue;
    const baseBranch = baseBranches.get(baseLine);
    const headBranch = headSide.branches.get(headLine);
    if (baseBranch && headBranch) addBranchChange(tally, baseBranch, headBranch);
  }
  add(tally['lost-coverage'].statements, -lostLines, 0);
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
    const branch = head.branches?.get(line);
    if (branch) {
      into.branches += branch.covered;
      into.arcs += branch.total;
    }
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
  add(tally['lost-coverage'].statements, -lostLines, 0);
  add(tally['gained-coverage'].statements, gainedLines, 0);
  if (!base.branches || !head.branches) return;
  for (const [line, baseBranch] of base.branches) {
    const headBranch = head.branches.get(line);
    // Only a statement's arcs, as when the lines are mapped one by one.
    if (headBranch && indexOf(base, line) !== -1) addBranchChange(tally, baseBranch, headBranch);
  }
}

/** Arcs of a line present on both sides with the same count: what it gained or lost. */
function addBranchChange(
  tally: Tally,
  base: { total: number; covered: number },
  head: { total: number; covered: number },
): void {
  if (base.total !== head.total) return;
  const change = head.covered - base.covered;
  if (change < 0) add(tally['lost-coverage'].branches, change, 0);
  else if (change > 0) add(tally['gained-coverage'].branches, change, 0);
}

/** The same executed, missing and excluded lines and branch arcs, element by element. */
function sameCoverage(a: FileCoverage, b: FileCoverage): boolean {
  const same = (x: readonly number[], y: readonly number[]) =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  const sameArcs = (x: FileCoverage['executedBranches'], y: FileCoverage['executedBranches']) =>
    x === y ||
    (x !== null &&
      y !== null &&
      x.length === y.length &&
      x.every((arc, i) => arc[0] === y[i]?.[0] && arc[1] === y[i]?.[1]));
  return (
    same(a.executedLines, b.executedLines) &&
    same(a.missingLines, b.missingLines) &&
    same(a.excludedLines, b.excludedLines) &&
    sameArcs(a.executedBranches, b.executedBranches) &&
    sameArcs(a.missingBranches, b.missingBranches)
  );
}

function sameLines(a: Side, b: Side): boolean {
  if (a.size !== b.size || (a.branches?.size ?? 0) !== (b.branches?.size ?? 0)) return false;
  for (let k = 0; k < a.size; k++) if (a.lines[k] !== b.lines[k]) return false;
  for (const [line, branch] of a.branches ?? []) {
    if (b.branches?.get(line)?.total !== branch.total) return false;
  }
  return true;
}

export interface DeltaPartsInput {
  head: CoverageReport;
  base: CoverageReport;
  /** The PR's diff, in the head's numbering; null when none was available. */
  changes: readonly ChangedFile[] | null;
  /**
   * The diff from the baseline's commit to the measured commit, when the
   * baseline is an older ancestor of the anchor: lines map through it, and
   * what it holds beyond the PR's diff (main's changes) is not-in-diff.
   */
  baselineChanges?: readonly ChangedFile[] | null;
  /** Head path → base path for renamed files. */
  renamedFrom: ReadonlyMap<string, string>;
  /** Count branches too (both sides measured them). */
  branches: boolean;
  /** The totals the delta compares. */
  headTotals: { covered: number; total: number };
  baseTotals: { covered: number; total: number };
  /** Of those, statements alone (to leave the branches' share of the residue). */
  headStatements: { covered: number; total: number };
  baseStatements: { covered: number; total: number };
}

/** A diff's files by head path, and the paths it deletes. */
function byPath(changes: readonly ChangedFile[]) {
  const remaining = new Map<string, ChangedFile>();
  const deleted = new Set<string>();
  for (const change of changes) {
    if (change.status === 'deleted') deleted.add(change.path);
    else remaining.set(change.path, change);
  }
  return { remaining, deleted };
}

export interface DeltaAnalysis {
  parts: DeltaParts;
  /** Per head file, the unchanged lines that ran at base and no longer run. */
  lost: Map<string, number[]>;
}

/** Splits the delta; pure, over the two reports and the diff already read. */
export function explainDelta(input: DeltaPartsInput): DeltaAnalysis {
  const { head, base } = input;
  const tally = emptyTally();
  const own = byPath(input.changes ?? []);
  const mapping = input.baselineChanges ? byPath(input.baselineChanges) : own;
  const comparedBase = new Set(input.renamedFrom.values());
  const lost = new Map<string, number[]>();
  for (const file of head.files.values()) {
    const baseFile = base.files.get(input.renamedFrom.get(file.path) ?? file.path);
    const ownChange = own.remaining.get(file.path);
    if (!baseFile) {
      addWhole(tally, ownChange?.status === 'added' ? 'files-added' : 'not-in-diff', file, 1);
      continue;
    }
    const change = mapping.remaining.get(file.path) ?? null;
    // Untouched and measured alike: no line moved or changed coverage, nothing to tally.
    if (!change && !ownChange && sameCoverage(file, baseFile)) continue;
    const compared = compareFile(tally, file, baseFile, change, {
      added: ownChange?.addedLines ?? [],
      deletes: ownChange !== undefined,
    });
    if (compared.lost.length) lost.set(file.path, compared.lost);
  }
  for (const file of base.files.values()) {
    if (head.files.has(file.path) || comparedBase.has(file.path)) continue;
    addWhole(tally, own.deleted.has(file.path) ? 'files-removed' : 'not-in-diff', file, -1);
  }

  // Whatever the lines do not explain (non-statements, format totals) is not the diff's doing.
  const statements = { covered: 0, total: 0 };
  const branches = { covered: 0, total: 0 };
  for (const name of DELTA_PART_NAMES) {
    if (name === 'not-in-diff') continue;
    add(statements, tally[name].statements.covered, tally[name].statements.total);
    add(branches, tally[name].branches.covered, tally[name].branches.total);
  }
  const stmtChange = {
    covered: input.headStatements.covered - input.baseStatements.covered,
    total: input.headStatements.total - input.baseStatements.total,
  };
  tally['not-in-diff'].statements = {
    covered: stmtChange.covered - statements.covered,
    total: stmtChange.total - statements.total,
  };
  tally['not-in-diff'].branches = {
    covered:
      input.headTotals.covered - input.baseTotals.covered - stmtChange.covered - branches.covered,
    total: input.headTotals.total - input.baseTotals.total - stmtChange.total - branches.total,
  };

  const { covered: c, total: t } = input.baseTotals;
  const headTotal = input.headTotals.total;
  // coverage.py's convention: nothing to cover is 100%.
  const p = t > 0 ? c / t : 1;
  const parts = DELTA_PART_NAMES.map((name): DeltaPart => {
    const s = tally[name].statements;
    const b = tally[name].branches;
    const covered = s.covered + (input.branches ? b.covered : 0);
    const total = s.total + (input.branches ? b.total : 0);
    const points =
      headTotal > 0
        ? (100 * (covered - p * total)) / headTotal
        : name === 'not-in-diff'
          ? 100 - 100 * p
          : 0;
    return { part: name, statements: s, ...(input.branches ? { branches: b } : {}), points };
  });
  const lostCoverage = [...lost]
    .map(([path, lines]) => ({ path, ranges: groupRanges(lines), lines: lines.length }))
    .sort((a, b) => b.lines - a.lines || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    parts: {
      basis: input.branches ? 'statements-and-branches' : 'statements',
      parts,
      lostCoverage,
    },
    lost,
  };
}
