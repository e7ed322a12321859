import { computePatchCoverage, matchReportPath } from '../../src/analysis/patch.js';
import { lineFile, reportOf } from '../support/coverage-builders.js';

/** Reports whose files each have one line run and one missed. */
const report = (paths: string[]) =>
  reportOf(
    paths.map((p) => lineFile(p, [1], [2])),
    'r.json',
  );

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
