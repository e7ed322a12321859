/**
 * The impact ranking against DESIGN: candidates, order, tiers and the
 * projected gain, checked on a real report against figures derived from
 * `coverage report`'s own table.
 */
import { join } from 'node:path';
import { rankImpact, statementsAtTarget, tierOf } from '../../src/analysis/impact.js';
import { readReportFile } from '../../src/report/load.js';
import { computeTotals, filePercent } from '../../src/report/model.js';
import { FIXTURES, parseReportText, REPO_ROOT, readText } from '../support/fixture-data.js';

test.each([
  [1, 3],
  [299, 3],
  [300, 2],
  [500, 2],
  [501, 1],
  [57828, 1],
])('a file of %i statements is tier %i', (statements, tier) => {
  expect(tierOf(statements)).toBe(tier);
});

test.each([
  // target %, statements, ceil(target% × statements) done by hand
  [50, 1163, 582],
  [50, 1162, 581],
  [50, 7, 4],
  [30, 10, 3],
  [33.3, 10, 4],
  [10, 30, 3],
  [70, 10, 7],
  [0, 100, 0],
  [100, 37, 37],
])('%f%% of %i statements is %i', (target, statements, expected) => {
  expect(statementsAtTarget(target, statements)).toBe(expected);
});

test('the DESIGN example: 1163 statements, 56 covered, in a 57,828-statement project', () => {
  const { entries } = rankImpact(
    [
      {
        path: 'core/workflow_engine.py',
        statements: 1163,
        covered: 56,
        percent: (100 * 56) / 1163,
      },
    ],
    { statements: 57828, percent: 22.64 },
    { minStatements: 150, maxCoverage: 30, target: 50, count: 10 },
  );
  expect(entries[0]).toMatchObject({ uncovered: 1107, tier: 1, gainStatements: 526 });
  // (582 − 56) / 57828 = 0.9096 pp, shown as 0.91 in DESIGN.
  expect(entries[0]?.gain.toFixed(2)).toBe('0.91');
});

test('eligibility: at least min statements, strictly below max coverage', () => {
  const files = [
    { path: 'at-min.py', statements: 150, covered: 0, percent: 0 },
    { path: 'below-min.py', statements: 149, covered: 0, percent: 0 },
    { path: 'at-max.py', statements: 200, covered: 60, percent: 30 },
    { path: 'just-below-max.py', statements: 1000, covered: 299, percent: 29.9 },
  ];
  const { entries } = rankImpact(
    files,
    { statements: 1499, percent: 23.9 },
    {
      minStatements: 150,
      maxCoverage: 30,
      target: 50,
      count: 10,
    },
  );
  expect(entries.map((e) => e.path)).toEqual(['just-below-max.py', 'at-min.py']);
});

test('ties: more uncovered first, then the larger file, then the path', () => {
  const files = [
    { path: 'b.py', statements: 200, covered: 0, percent: 0 },
    { path: 'a.py', statements: 200, covered: 0, percent: 0 },
    { path: 'big.py', statements: 300, covered: 100, percent: 100 / 3 },
    { path: 'c.py', statements: 250, covered: 50, percent: 20 },
    { path: 'd.py', statements: 400, covered: 10, percent: 2.5 },
  ];
  const rank = (count: number) =>
    rankImpact(
      files,
      { statements: 1350, percent: 11.85 },
      { minStatements: 0, maxCoverage: 50, target: 50, count },
    );
  // d.py leaves 390 uncovered; the other four leave 200 each.
  expect(rank(10).entries.map((e) => e.path)).toEqual(['d.py', 'big.py', 'c.py', 'a.py', 'b.py']);
  const { entries, summary } = rank(3);
  expect(entries.map((e) => e.path)).toEqual(['d.py', 'big.py', 'c.py']);
  expect([summary.files, summary.more]).toEqual([3, 2]);
  expect(rank(0).entries).toEqual([]);
});

test('a file already at or above the target gains nothing, so it is never listed', () => {
  const { entries, summary } = rankImpact(
    [
      { path: 'above.py', statements: 400, covered: 110, percent: 27.5 },
      { path: 'at.py', statements: 400, covered: 80, percent: 20 },
      { path: 'below.py', statements: 400, covered: 79, percent: 19.75 },
    ],
    { statements: 1200, percent: 22.416 },
    { minStatements: 0, maxCoverage: 30, target: 20, count: 10 },
  );
  expect(entries.map((e) => [e.path, e.gainStatements])).toEqual([['below.py', 1]]);
  expect(summary).toMatchObject({ files: 1, gainStatements: 1, more: 0 });
});

test('impact-include / impact-exclude scope the list (picomatch, like file-thresholds)', () => {
  const files = [
    { path: 'core/a.py', statements: 400, covered: 0, percent: 0 },
    { path: 'core/legacy/b.py', statements: 300, covered: 0, percent: 0 },
    { path: 'web/c.py', statements: 500, covered: 0, percent: 0 },
    { path: 'web/d_test.py', statements: 200, covered: 0, percent: 0 },
  ];
  const total = { statements: 1400, percent: 0 };
  const base = { minStatements: 0, maxCoverage: 30, target: 50, count: 10 };
  const paths = (include: string[], exclude: string[]) =>
    rankImpact(files, total, { ...base, include, exclude }).entries.map((e) => e.path);
  expect(paths([], [])).toEqual(['web/c.py', 'core/a.py', 'core/legacy/b.py', 'web/d_test.py']);
  expect(paths(['core/**'], [])).toEqual(['core/a.py', 'core/legacy/b.py']);
  expect(paths(['core/**'], ['core/legacy/**'])).toEqual(['core/a.py']);
  // A pattern without a slash matches the file name in any folder.
  expect(paths([], ['*_test.py'])).toEqual(['web/c.py', 'core/a.py', 'core/legacy/b.py']);
  // The gain stays a share of the whole report, not of the scoped files.
  const [first] = rankImpact(files, total, { ...base, include: ['web/c.py'] }).entries;
  expect(first?.gain).toBeCloseTo((100 * 250) / 1400, 12);
});

test('on the fixture head, the list matches figures derived from coverage report', async () => {
  const dir = join(FIXTURES, 'py7-line', 'head');
  const printed = parseReportText(readText(join(dir, 'report.txt')));
  const report = await readReportFile(join(dir, 'coverage.json'), 'coverage.py', REPO_ROOT);
  const totals = computeTotals(report);
  const options = { minStatements: 40, maxCoverage: 80, target: 75, count: 10 };
  const { entries, summary } = rankImpact(
    [...report.files.values()].map((f) => ({
      path: f.path,
      statements: f.statements,
      covered: f.covered,
      percent: filePercent(f),
    })),
    totals,
    options,
    new Set(['invoicing/render.py']),
  );

  // Independently: from the printed table (Stmts, Miss, Cover), no engine code.
  const expected = printed.rows
    .filter((r) => r.statements >= 40 && Number(r.cover) < 80)
    .map((r) => {
      const covered = r.statements - r.missing;
      const gainStatements = Math.max(0, Math.ceil((75 * r.statements) / 100) - covered);
      return {
        path: r.name,
        uncovered: r.missing,
        statements: r.statements,
        gain: (100 * gainStatements) / printed.total.statements,
      };
    })
    // At or above the 75% target a file gains nothing and is not listed.
    .filter((r) => r.gain > 0)
    .sort((a, b) => b.uncovered - a.uncovered || b.statements - a.statements);
  expect(expected.length).toBeGreaterThan(1);
  expect(
    entries.map((e) => ({
      path: e.path,
      uncovered: e.uncovered,
      statements: e.statements,
      gain: e.gain,
    })),
  ).toEqual(expected);
  expect(entries.map((e) => [e.path, e.changed])).toEqual(
    expected.map((e) => [e.path, e.path === 'invoicing/render.py']),
  );
  const totalGain = expected.reduce((sum, e) => sum + e.gain, 0);
  expect(summary.gain).toBeCloseTo(totalGain, 12);
  expect(summary.from).toBe(totals.percent);
  expect(summary.to).toBeCloseTo(totals.percent + totalGain, 12);
  // Every suggestion is in invoicing/: naming that one folder would tell nothing.
  expect(new Set(entries.map((e) => e.path.split('/')[0])).size).toBe(1);
  expect(summary.folders).toEqual([]);
});

test('folders holding several suggestions are named, largest uncovered first', () => {
  const file = (path: string, statements: number) => ({ path, statements, covered: 0, percent: 0 });
  const { summary } = rankImpact(
    [
      file('core/a.py', 400),
      file('core/b.py', 300),
      file('api/c.py', 900),
      file('api/d.py', 200),
      file('x.py', 500),
    ],
    { statements: 10_000, percent: 10 },
    { minStatements: 150, maxCoverage: 30, target: 50, count: 10 },
  );
  expect(summary.folders).toEqual([
    { folder: 'api', files: 2, uncovered: 1100 },
    { folder: 'core', files: 2, uncovered: 700 },
  ]);
});
