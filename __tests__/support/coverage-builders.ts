// Small in-memory coverage reports for unit tests, where a fixture made by a
// real tool would not isolate the case (hostile paths, colliding keys,
// generated line sets).
import type { CoverageReport, FileCoverage } from '../../src/report/model.js';

/**
 * A line-only file from the lines that ran and those that did not. Lines are
 * deduplicated and sorted; a line listed as both is missing. Like coverage.py
 * 6.5, an excluded line may also be executed, never missing.
 */
export function lineFile(
  path: string,
  executed: readonly number[] = [],
  missing: readonly number[] = [],
  excluded: readonly number[] = [],
): FileCoverage {
  const missingSet = new Set(missing);
  const sorted = (lines: Iterable<number>) => [...new Set(lines)].sort((a, b) => a - b);
  const executedLines = sorted(executed).filter((l) => !missingSet.has(l));
  const missingLines = sorted(missingSet);
  return {
    path,
    reportPath: path,
    statements: executedLines.length + missingLines.length,
    covered: executedLines.length,
    branches: null,
    coveredBranches: null,
    executedLines,
    missingLines,
    excludedLines: sorted(excluded).filter((l) => !missingSet.has(l)),
    executedBranches: null,
    missingBranches: null,
    partialBranches: null,
  };
}

/** A line-only file of `statements` lines whose first `covered` ran. */
export function firstLinesRan(path: string, statements: number, covered: number): FileCoverage {
  const lines = Array.from({ length: statements }, (_, i) => i + 1);
  return lineFile(path, lines.slice(0, covered), lines.slice(covered));
}

/** A line-only coverage.py report of these files, keyed by their paths. */
export function reportOf(files: readonly FileCoverage[], source = 'coverage.json'): CoverageReport {
  return {
    format: 'coverage.py',
    files: new Map(files.map((f) => [f.path, f])),
    hasBranches: false,
    source,
  };
}
