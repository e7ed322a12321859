/**
 * The delta explained: the change of the total split into parts that add up
 * to it exactly. With base covered C of T (p = C/T) and head total T', a part
 * that changes covered by ΔC and total by ΔT contributes (ΔC − p·ΔT)/T'
 * (×100 pp); the parts' ΔC and ΔT add up to C' − C and T' − T, so their
 * contributions add up to C'/T' − C/T.
 */
import type { CoverageReport, FileCoverage } from '../report/model.js';
import { compareFile, sameCoverage } from './delta-lines.js';
import { add, subtract, type Tally } from './delta-tally.js';
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

function emptyTally(): Tally {
  const tally = {} as Tally;
  for (const name of DELTA_PART_NAMES)
    tally[name] = { statements: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
  return tally;
}

/** A whole side of a file into one part: its lines and branches, with `sign` +1 (head) or −1 (base). */
function addWhole(tally: Tally, name: DeltaPartName, file: FileCoverage, sign: 1 | -1): void {
  const into = sign === 1 ? add : subtract;
  into(tally[name].statements, file.covered, file.statements);
  into(tally[name].branches, file.coveredBranches ?? 0, file.branches ?? 0);
}

export interface FileLines {
  path: string;
  lines: number[];
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
  // Written into the tally's own counts, as every other part is: a new object here would
  // change the shape the optimised code of the line comparison relies on.
  const residue = tally['not-in-diff'];
  residue.statements.covered = stmtChange.covered - statements.covered;
  residue.statements.total = stmtChange.total - statements.total;
  residue.branches.covered =
    input.headTotals.covered - input.baseTotals.covered - stmtChange.covered - branches.covered;
  residue.branches.total =
    input.headTotals.total - input.baseTotals.total - stmtChange.total - branches.total;

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
