/**
 * Patch coverage: of the lines a PR adds or modifies that the head report
 * knows as executable (executed or missing), the share that ran.
 */
import { type CoverageReport, type FileCoverage, unionSorted } from '../report/model.js';
import { type ChangedFile, remainingFiles } from './diff.js';

export interface FilePatch {
  path: string;
  /** Changed lines that are executable, ascending. */
  lines: number[];
  /** Of those, the ones no test ran, ascending. */
  uncovered: number[];
}

export interface PatchCoverage {
  /** null when no changed line is executable ("n/a"). */
  percent: number | null;
  lines: number;
  covered: number;
  files: Map<string, FilePatch>;
  /** Every path the diff touches in the head commit, matched to report paths where possible. */
  changedPaths: Set<string>;
}

/**
 * Finds the report's name for a repository path. Report paths are made
 * repository-relative when the report is read (its root is learnt once, from
 * the checkout), so a diff path matches only the same path: never a file
 * that merely ends the same way (`svc_a`'s `app/models.py` is not
 * `svc_b/app/models.py`).
 */
export function matchReportPath(diffPath: string, report: CoverageReport): string | null {
  return report.files.has(diffPath) ? diffPath : null;
}

/**
 * A file's changed lines that are statements, and the ones no test ran.
 * `added` and the report's lists all ascend, so one cursor per list walks
 * them once.
 */
function filePatch(path: string, file: FileCoverage, added: readonly number[]): FilePatch {
  const { missingLines: missing, executedLines: executed, excludedLines: excluded } = file;
  const lines: number[] = [];
  const uncovered: number[] = [];
  let m = 0;
  let e = 0;
  let x = 0;
  for (const line of added) {
    while (m < missing.length && (missing[m] as number) < line) m++;
    if (missing[m] === line) {
      lines.push(line);
      uncovered.push(line);
      continue;
    }
    while (e < executed.length && (executed[e] as number) < line) e++;
    if (executed[e] !== line) continue;
    // coverage.py 6.5 also lists excluded lines that ran (`if x:  # pragma: no cover`)
    // among the executed ones; excluded lines are never statements.
    while (x < excluded.length && (excluded[x] as number) < line) x++;
    if (excluded[x] !== line) lines.push(line);
  }
  return { path, lines, uncovered };
}

export function computePatchCoverage(
  changed: readonly ChangedFile[],
  head: CoverageReport,
): PatchCoverage {
  const files = new Map<string, FilePatch>();
  const changedPaths = new Set<string>();
  let lines = 0;
  let uncovered = 0;
  for (const change of remainingFiles(changed)) {
    const path = matchReportPath(change.path, head) ?? change.path;
    changedPaths.add(path);
    const file = head.files.get(path);
    if (!file) continue;
    const patch = filePatch(path, file, change.addedLines);
    const existing = files.get(path);
    if (existing) {
      // Two diff entries for one report file: keep each line once.
      const merged = filePatch(path, file, unionSorted(existing.lines, change.addedLines));
      lines += merged.lines.length - existing.lines.length;
      uncovered += merged.uncovered.length - existing.uncovered.length;
      files.set(path, merged);
      continue;
    }
    files.set(path, patch);
    lines += patch.lines.length;
    uncovered += patch.uncovered.length;
  }
  const covered = lines - uncovered;
  return {
    percent: lines === 0 ? null : (100 * covered) / lines,
    lines,
    covered,
    files,
    changedPaths,
  };
}
