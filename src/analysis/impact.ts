/**
 * "Which files to test next": large files with low coverage, ranked by how
 * many statements they leave uncovered, with the gain each would bring if
 * tested to the target.
 */
import type { PercentRounding } from '../report/rounding.js';
import { compileGlob } from './gates.js';
import { firstSorted } from './select.js';

export interface ImpactOptions {
  minStatements: number;
  maxCoverage: number;
  target: number;
  count: number;
  /** Globs that scope the list (empty: every file); the gates never change with them. */
  include?: readonly string[];
  /** Globs of files never suggested. */
  exclude?: readonly string[];
}

export interface ImpactFile {
  path: string;
  statements: number;
  covered: number;
  percent: number;
  /** Its producer's rounding, when it is not the report's (a merge of several producers). */
  rounding?: PercentRounding;
}

export interface ImpactEntry {
  path: string;
  statements: number;
  covered: number;
  percent: number;
  uncovered: number;
  tier: 1 | 2 | 3;
  /** Percentage points of the total the file adds when tested to the target. */
  gain: number;
  /** Statements that reaching the target covers. */
  gainStatements: number;
  changed: boolean;
  /** The components the file is in, `(other)` when none (with `components`). */
  components?: string[];
  rounding?: PercentRounding;
}

export interface ImpactSummary {
  files: number;
  target: number;
  gainStatements: number;
  /** Sum of the rows' gains, in percentage points. */
  gain: number;
  from: number;
  to: number;
  /**
   * Folders that hold two or more suggested files, largest uncovered first;
   * empty when all the suggestions share one folder (grouping tells nothing then).
   */
  folders: { folder: string; files: number; uncovered: number }[];
  /** Eligible files that did not fit in the list. */
  more: number;
}

export function tierOf(statements: number): 1 | 2 | 3 {
  if (statements > 500) return 1;
  if (statements >= 300) return 2;
  return 3;
}

/** Statements covered at `target` percent, exact for decimal targets such as 33.3. */
export function statementsAtTarget(target: number, statements: number): number {
  const exact = (target * statements) / 100;
  // Guard the ceiling against binary noise (0.3 × 10 = 3.0000000000000004).
  const nearest = Math.round(exact);
  return Math.abs(exact - nearest) < 1e-9 ? nearest : Math.ceil(exact);
}

function compareEntries(a: ImpactEntry, b: ImpactEntry): number {
  return (
    b.uncovered - a.uncovered ||
    b.statements - a.statements ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
}

export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '.' : path.slice(0, slash);
}

/** Whether a path is in the list's scope: matched by an include glob (or none given) and by no exclude glob. */
export function scopeMatcher(
  include: readonly string[],
  exclude: readonly string[],
): (path: string) => boolean {
  const included = include.map(compileGlob);
  const excluded = exclude.map(compileGlob);
  return (path) =>
    (included.length === 0 || included.some((m) => m(path))) && !excluded.some((m) => m(path));
}

export function rankImpact(
  files: Iterable<ImpactFile>,
  total: { statements: number; percent: number },
  options: ImpactOptions,
  changedPaths: ReadonlySet<string> = new Set(),
): { entries: ImpactEntry[]; summary: ImpactSummary } {
  const inScope = scopeMatcher(options.include ?? [], options.exclude ?? []);
  const eligible: ImpactEntry[] = [];
  for (const file of files) {
    if (file.statements < options.minStatements || file.percent >= options.maxCoverage) continue;
    if (!inScope(file.path)) continue;
    const gainStatements = Math.max(
      0,
      statementsAtTarget(options.target, file.statements) - file.covered,
    );
    // A file already at or above the target gains nothing: listing it would make the sum a lie.
    if (file.percent >= options.target || gainStatements === 0) continue;
    eligible.push({
      path: file.path,
      statements: file.statements,
      covered: file.covered,
      percent: file.percent,
      uncovered: file.statements - file.covered,
      tier: tierOf(file.statements),
      gain: total.statements > 0 ? (100 * gainStatements) / total.statements : 0,
      gainStatements,
      changed: changedPaths.has(file.path),
      ...(file.rounding ? { rounding: file.rounding } : {}),
    });
  }
  const entries = firstSorted(eligible, options.count, compareEntries);
  let gainStatements = 0;
  let gain = 0;
  const folders = new Map<string, { folder: string; files: number; uncovered: number }>();
  for (const entry of entries) {
    gainStatements += entry.gainStatements;
    gain += entry.gain;
    const folder = folderOf(entry.path);
    const group = folders.get(folder) ?? { folder, files: 0, uncovered: 0 };
    group.files++;
    group.uncovered += entry.uncovered;
    folders.set(folder, group);
  }
  return {
    entries,
    summary: {
      files: entries.length,
      target: options.target,
      gainStatements,
      gain,
      from: total.percent,
      to: Math.min(100, total.percent + gain),
      folders:
        folders.size > 1
          ? [...folders.values()]
              .filter((g) => g.files > 1)
              .sort((a, b) => b.uncovered - a.uncovered || (a.folder < b.folder ? -1 : 1))
          : [],
      more: eligible.length - entries.length,
    },
  };
}
