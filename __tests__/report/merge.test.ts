/**
 * Merging reports of one run equals `coverage combine` of their data files.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../src/report/errors.js';
import { readReportFile } from '../../src/report/load.js';
import { mergeReports } from '../../src/report/merge.js';
import { type CoverageReport, computeTotals, filePercent } from '../../src/report/model.js';
import { displayPercent } from '../../src/report/rounding.js';
import {
  FIXTURES,
  mergeVariants,
  parseReportText,
  REPO_ROOT,
  readText,
} from '../support/fixture-data.js';
import { tempDir } from '../support/temp.js';

const read = (path: string): Promise<CoverageReport> => readReportFile(path, 'auto', REPO_ROOT);

function fileFacts(report: CoverageReport) {
  return [...report.files.values()].map((f) => ({
    path: f.path,
    statements: f.statements,
    covered: f.covered,
    branches: f.branches,
    coveredBranches: f.coveredBranches,
    partialBranches: f.partialBranches,
    missingLines: f.missingLines,
    executedLines: f.executedLines,
    missingBranches: f.missingBranches,
    percent: filePercent(f),
  }));
}

const variants = mergeVariants();

test('merge fixtures exist for a line-only and a branch variant', () => {
  expect(variants).toEqual(['py6-line', 'py7-branch']);
});

describe.each(variants)('%s', (variant) => {
  const dir = join(FIXTURES, variant, 'merge');

  test('part-a + part-b equals coverage combine, file by file', async () => {
    const a = await read(join(dir, 'part-a', 'coverage.json'));
    const b = await read(join(dir, 'part-b', 'coverage.json'));
    const combined = await read(join(dir, 'combined', 'coverage.json'));
    const merged = mergeReports([a, b]);
    expect(fileFacts(merged)).toEqual(
      fileFacts(combined).sort((x, y) => (x.path < y.path ? -1 : 1)),
    );
    // The parts really differ from the whole, so the merge did some work.
    expect(computeTotals(a).covered).toBeLessThan(computeTotals(merged).covered);
    expect(computeTotals(b).covered).toBeLessThan(computeTotals(merged).covered);
  });

  test("the merged total equals combined/report.txt's TOTAL line", async () => {
    const merged = mergeReports([
      await read(join(dir, 'part-a', 'coverage.json')),
      await read(join(dir, 'part-b', 'coverage.json')),
    ]);
    const printed = parseReportText(readText(join(dir, 'combined', 'report.txt')));
    const totals = computeTotals(merged);
    expect({
      statements: totals.statements,
      missing: totals.statements - totals.covered,
      branches: totals.branches,
      cover: displayPercent(totals.percent, printed.precision),
    }).toEqual({
      statements: printed.total.statements,
      missing: printed.total.missing,
      branches: printed.total.branches,
      cover: printed.total.cover,
    });
    for (const row of printed.rows) {
      const file = merged.files.get(row.name);
      expect([row.name, file && displayPercent(filePercent(file), printed.precision)]).toEqual([
        row.name,
        row.cover,
      ]);
    }
  });
});

describe('merges that cannot be exact are refused', () => {
  let temp: string;
  beforeAll(() => {
    temp = tempDir('merge-test-');
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  test('branch data with line-only data', async () => {
    const branch = await read(join(FIXTURES, 'py7-branch', 'head', 'coverage.json'));
    const line = await read(join(FIXTURES, 'py7-line', 'head', 'coverage.json'));
    for (const order of [
      [branch, line],
      [line, branch],
    ]) {
      let error: unknown;
      try {
        mergeReports(order);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      const message = (error as Error).message;
      expect(message.startsWith(`${line.source}: has line coverage only`)).toBe(true);
      expect(message).toContain(branch.source);
      expect(message).not.toContain('\n');
    }
  });

  test('branch counts without arc lists', async () => {
    const source = join(FIXTURES, 'py7-branch', 'merge', 'part-a', 'coverage.json');
    const stripped = join(temp, 'no-arcs.json');
    const document = JSON.parse(readFileSync(source, 'utf8')) as {
      files: Record<string, Record<string, unknown>>;
    };
    for (const file of Object.values(document.files)) {
      delete file.executed_branches;
      delete file.missing_branches;
    }
    writeFileSync(stripped, JSON.stringify(document));
    const withoutArcs = await readReportFile(stripped, 'auto', '');
    expect(withoutArcs.hasBranches).toBe(true);
    const other = await read(join(FIXTURES, 'py7-branch', 'merge', 'part-b', 'coverage.json'));
    for (const order of [
      [withoutArcs, other],
      [other, withoutArcs],
    ]) {
      expect(() => mergeReports(order)).toThrow(
        new RegExp(
          `^${stripped.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: has branch counts for "invoicing/[a-z_]+\\.py" but no arc lists`,
        ),
      );
    }
    // A single report without arcs is fine: nothing needs merging.
    expect(mergeReports([withoutArcs])).toBe(withoutArcs);
  });

  test('a report without line lists (Istanbul coverage-summary.json)', async () => {
    const summary = await read(join(FIXTURES, 'istanbul', 'head', 'coverage-summary.json'));
    const final = await read(join(FIXTURES, 'istanbul', 'head', 'coverage-final.json'));
    expect(() => mergeReports([summary, summary])).toThrow(
      /has no line lists for "[^"]+".*cannot be merged/,
    );
    expect(() => mergeReports([final, summary])).toThrow(
      new RegExp(`^${summary.source.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: has no line lists`),
    );
    // Reports with line lists still merge.
    expect(computeTotals(mergeReports([final, final])).covered).toBe(computeTotals(final).covered);
  });

  test('two versions of one file', async () => {
    const base = await read(join(FIXTURES, 'py7-line', 'base', 'coverage.json'));
    const head = await read(join(FIXTURES, 'py7-line', 'head', 'coverage.json'));
    expect(() => mergeReports([base, head])).toThrow(/different versions of the file/);
  });

  test('a copy merged with itself reads the same', async () => {
    const path = join(temp, 'copy.json');
    copyFileSync(join(FIXTURES, 'py7-branch', 'head', 'coverage.json'), path);
    const once = await readReportFile(path, 'auto', '');
    expect(fileFacts(mergeReports([once, once]))).toEqual(fileFacts(once));
  });
});
