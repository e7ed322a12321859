import { computePatchCoverage, matchReportPath } from '../../src/analysis/patch.js';
import type { CoverageReport, FileCoverage } from '../../src/report/model.js';

function report(paths: string[]): CoverageReport {
  const file = (path: string): FileCoverage => ({
    path,
    reportPath: path,
    statements: 2,
    covered: 1,
    branches: null,
    coveredBranches: null,
    executedLines: [1],
    missingLines: [2],
    excludedLines: [],
    executedBranches: null,
    missingBranches: null,
    partialBranches: null,
  });
  return {
    format: 'coverage.py',
    files: new Map(paths.map((p) => [p, file(p)])),
    hasBranches: false,
    source: 'r.json',
  };
}

describe('matching diff paths to report paths', () => {
  it('prefers the exact path', () => {
    expect(matchReportPath('core/x.py', report(['core/x.py', 'app/core/x.py']))).toBe('core/x.py');
  });

  it('finds a report made in a subdirectory (the report path is shorter)', () => {
    expect(matchReportPath('backend/core/x.py', report(['core/x.py']))).toBe('core/x.py');
  });

  it('finds a report made above the repository (the report path is longer), when only one fits', () => {
    expect(matchReportPath('core/x.py', report(['qa/py/core/x.py', 'qa/py/core/y.py']))).toBe(
      'qa/py/core/x.py',
    );
    expect(matchReportPath('core/x.py', report(['a/core/x.py', 'b/core/x.py']))).toBeNull();
    // A longer name is not a suffix match: `xcore/x.py` does not end with `/core/x.py`.
    expect(matchReportPath('core/x.py', report(['xcore/x.py']))).toBeNull();
  });

  it('patch coverage uses the match', () => {
    const changes = [
      { path: 'core/x.py', previousPath: null, status: 'modified' as const, addedLines: [1, 2, 3] },
    ];
    const patch = computePatchCoverage(changes, report(['repo/core/x.py']));
    expect([patch.lines, patch.covered]).toEqual([2, 1]);
    expect(patch.changedPaths.has('repo/core/x.py')).toBe(true);
  });
});
