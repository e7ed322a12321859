/**
 * Patch coverage: of the lines a PR adds or modifies that the head report
 * knows as executable (executed or missing), the share that ran.
 */
import type { CoverageReport, FileCoverage } from '../report/model.js';
import type { ChangedFile } from './diff.js';

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

/** Report paths by file name, built once per report, for suffix matches. */
const byFileName = new WeakMap<CoverageReport['files'], Map<string, string[]>>();

function pathsNamed(report: CoverageReport, name: string): string[] {
  let index = byFileName.get(report.files);
  if (!index) {
    index = new Map();
    for (const path of report.files.keys()) {
      const key = path.slice(path.lastIndexOf('/') + 1);
      const list = index.get(key);
      if (list) list.push(path);
      else index.set(key, [path]);
    }
    byFileName.set(report.files, index);
  }
  return index.get(name) ?? [];
}

/**
 * Finds the report's name for a repository path. Coverage may have run in a
 * subdirectory, so `backend/core/x.py` in the diff is `core/x.py` in the
 * report; or above the repository, so `core/x.py` is `repo/core/x.py` there
 * (taken only when one report path ends that way).
 */
export function matchReportPath(diffPath: string, report: CoverageReport): string | null {
  if (report.files.has(diffPath)) return diffPath;
  let rest = diffPath;
  for (let slash = rest.indexOf('/'); slash !== -1; slash = rest.indexOf('/')) {
    rest = rest.slice(slash + 1);
    if (report.files.has(rest)) return rest;
  }
  const name = diffPath.slice(diffPath.lastIndexOf('/') + 1);
  const longer = pathsNamed(report, name).filter((path) => path.endsWith(`/${diffPath}`));
  return longer.length === 1 ? (longer[0] as string) : null;
}

function sortedHas(sorted: readonly number[], value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function filePatch(path: string, file: FileCoverage, added: readonly number[]): FilePatch {
  const lines: number[] = [];
  const uncovered: number[] = [];
  for (const line of added) {
    if (sortedHas(file.missingLines, line)) {
      lines.push(line);
      uncovered.push(line);
    } else if (sortedHas(file.executedLines, line) && !sortedHas(file.excludedLines, line)) {
      // coverage.py 6.5 also lists excluded lines that ran (`if x:  # pragma: no cover`)
      // among the executed ones; excluded lines are never statements.
      lines.push(line);
    }
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
  for (const change of changed) {
    const path = matchReportPath(change.path, head) ?? change.path;
    changedPaths.add(path);
    const file = head.files.get(path);
    if (!file) continue;
    const patch = filePatch(path, file, change.addedLines);
    const existing = files.get(path);
    if (existing) {
      // Two diff entries for one report file: keep each line once.
      const merged = filePatch(
        path,
        file,
        [...new Set([...existing.lines, ...change.addedLines])].sort((a, b) => a - b),
      );
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
