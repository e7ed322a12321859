/**
 * For every coverage.json made by the real coverage.py, the command line's
 * total and per-file figures equal what `coverage report` printed for the
 * same data, at precision 2 and 1.
 */

import { readReportFile } from '../../src/report/load.js';
import { computeTotals, filePercent } from '../../src/report/model.js';
import { displayPercent } from '../../src/report/rounding.js';
import { runMain } from '../support/cli.js';
import {
  FIXTURES,
  fixtureReports,
  parseReportText,
  REPO_ROOT,
  readJson,
  readText,
} from '../support/fixture-data.js';

const fixtures = fixtureReports();

interface JsonResult {
  totals: { percent: number; statements: number; covered: number; branches: number | null };
  files: { path: string; statements: number; covered: number; percent: number }[];
}

test('the fixture set has every variant, side and merge result', () => {
  const names = fixtures.map((f) => f.name);
  for (const variant of ['py6-line', 'py6-branch', 'py7-line', 'py7-branch']) {
    expect(names).toContain(`${variant}/base`);
    expect(names).toContain(`${variant}/head`);
  }
  expect(names).toContain('py7-contexts/head');
  expect(names).toContain('py6-line/merge/combined');
  expect(names).toContain('py7-branch/merge/combined');
  for (const fixture of fixtures.filter((f) => !f.name.includes('merge'))) {
    expect(fixture.reports.map((r) => r.precision).sort()).toEqual([1, 2]);
  }
});

describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  let result: JsonResult;
  beforeAll(async () => {
    const run = await runMain(['--coverage', fixture.json, '--format', 'json'], {
      cwd: REPO_ROOT,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    result = JSON.parse(run.stdout) as JsonResult;
  });

  test.each(fixture.reports.map((r) => [r.precision, r.file] as const))(
    'matches `coverage report --precision=%i`',
    (precision, file) => {
      const printed = parseReportText(readText(file));
      expect(printed.precision).toBe(precision);
      expect(result.files.map((f) => f.path)).toEqual(printed.rows.map((r) => r.name).sort());
      for (const row of printed.rows) {
        const ours = result.files.find((f) => f.path === row.name);
        expect({
          path: row.name,
          statements: ours?.statements,
          missing: ours ? ours.statements - ours.covered : undefined,
          cover: ours ? displayPercent(ours.percent, precision) : undefined,
        }).toEqual({
          path: row.name,
          statements: row.statements,
          missing: row.missing,
          cover: row.cover,
        });
      }
      expect({
        statements: result.totals.statements,
        missing: result.totals.statements - result.totals.covered,
        branches: result.totals.branches,
        cover: displayPercent(result.totals.percent, precision),
      }).toEqual({
        statements: printed.total.statements,
        missing: printed.total.missing,
        branches: printed.total.branches,
        cover: printed.total.cover,
      });
    },
  );

  test('branch and partial-branch counts match the printed table', async () => {
    const printed = parseReportText(readText(fixture.reports[0]?.file as string));
    const report = await readReportFile(fixture.json, 'coverage.py', REPO_ROOT);
    expect(report.hasBranches).toBe(printed.total.branches !== null);
    for (const row of printed.rows) {
      const file = report.files.get(row.name);
      expect([row.name, file?.branches, file?.partialBranches]).toEqual([
        row.name,
        row.branches,
        row.partial,
      ]);
    }
  });

  test("unrounded percents are bit-identical to coverage.py's percent_covered", async () => {
    const raw = readJson(fixture.json) as {
      files: Record<string, { summary: { percent_covered: number } }>;
      totals: { percent_covered: number };
    };
    const report = await readReportFile(fixture.json, 'coverage.py', REPO_ROOT);
    for (const [name, file] of report.files) {
      expect([name, filePercent(file)]).toEqual([name, raw.files[name]?.summary.percent_covered]);
    }
    expect(computeTotals(report).percent).toBe(raw.totals.percent_covered);
  });
});

test('fixtures live where the tests look for them', () => {
  expect(FIXTURES.startsWith(REPO_ROOT)).toBe(true);
  expect(fixtures.length).toBeGreaterThanOrEqual(11);
});
