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
  it('matches the same repository path', () => {
    expect(matchReportPath('core/x.py', report(['core/x.py', 'app/core/x.py']))).toBe('core/x.py');
  });

  it('never matches a report path that only ends the same way', () => {
    // The report's root is learnt when it is read; here it is svc_a's `app/`.
    expect(matchReportPath('svc_b/app/models.py', report(['app/models.py']))).toBeNull();
    expect(matchReportPath('docs/__init__.py', report(['__init__.py', 'app/x.py']))).toBeNull();
    expect(matchReportPath('core/x.py', report(['qa/py/core/x.py']))).toBeNull();
  });

  it('a changed file the report does not hold counts for nothing in patch coverage', () => {
    const changes = [
      {
        path: 'svc_b/app/models.py',
        previousPath: null,
        status: 'modified' as const,
        addedLines: [1, 2, 3],
      },
    ];
    const patch = computePatchCoverage(changes, report(['svc_a/app/models.py']));
    expect([patch.lines, patch.covered, patch.percent]).toEqual([0, 0, null]);
    expect([...patch.changedPaths]).toEqual(['svc_b/app/models.py']);
  });

  it('patch coverage uses the match', () => {
    const changes = [
      { path: 'core/x.py', previousPath: null, status: 'modified' as const, addedLines: [1, 2, 3] },
    ];
    const patch = computePatchCoverage(changes, report(['core/x.py']));
    expect([patch.lines, patch.covered]).toEqual([2, 1]);
    expect(patch.changedPaths.has('core/x.py')).toBe(true);
  });
});
