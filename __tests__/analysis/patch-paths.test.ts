import { computePatchCoverage, matchReportPath } from '../../src/analysis/patch.js';
import { lineFile, reportOf } from '../support/coverage-builders.js';

/** Reports whose files each have one line run and one missed. */
const report = (paths: string[]) =>
  reportOf(
    paths.map((p) => lineFile(p, [1], [2])),
    'r.json',
  );

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
