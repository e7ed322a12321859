/**
 * The Istanbul reader against Istanbul's own printed figures for the same
 * data (Jest's text-summary and text reporters), at their printed precision.
 */

import { InputError } from '../../src/report/errors.js';
import { readIstanbulFinal, readIstanbulSummary } from '../../src/report/istanbul.js';
import { parseReport } from '../../src/report/load.js';
import {
  type CoverageReport,
  computeTotals,
  type Metrics,
  type Totals,
} from '../../src/report/model.js';
import { normaliseReport } from '../../src/report/paths.js';
import { displayPercent } from '../../src/report/rounding.js';
import {
  JS_RUNS,
  JS_WORKDIR,
  parseRanges,
  parseTextSummary,
  parseTextTable,
  readFixture,
} from '../support/js-fixture-data.js';

/** Istanbul prints its pct as a plain number: "50", "53.84". */
const asPrinted = (covered: number, total: number): string =>
  String(Number(displayPercent(total === 0 ? 100 : (100 * covered) / total, 2, 'truncate')));

const load = async (run: string, name: string): Promise<CoverageReport> =>
  normaliseReport(await parseReport(Buffer.from(readFixture('istanbul', run, name)), name), {
    workspace: JS_WORKDIR,
  });

const METRIC_NAMES = ['statements', 'branches', 'functions', 'lines'] as const;

describe.each(JS_RUNS)('Jest run %s', (run) => {
  const printed = parseTextSummary(readFixture('istanbul', run, 'text-summary.txt'));
  const table = parseTextTable(readFixture('istanbul', run, 'text.txt'));

  describe.each(['coverage-final.json', 'coverage-summary.json'])('%s', (name) => {
    let report: CoverageReport;
    let totals: Totals;
    beforeAll(async () => {
      report = await load(run, name);
      totals = computeTotals(report);
    });

    test('is detected as Istanbul', () => {
      expect(report.format).toBe('istanbul');
    });

    test('the headline is the text-summary "Lines" row, counts and printed percent', () => {
      const lines = printed.lines;
      expect(lines).toBeDefined();
      expect([totals.covered, totals.statements]).toEqual([lines?.covered, lines?.total]);
      expect(String(Number(displayPercent(totals.percent, 2, 'truncate')))).toBe(lines?.pct);
      expect(totals.branches).toBeNull();
    });

    test.each(METRIC_NAMES)('totals.metrics.%s equal the text-summary row', (metric) => {
      const own = totals.metrics?.[metric as keyof Metrics];
      const theirs = printed[metric];
      expect(own).toEqual({ total: theirs?.total, covered: theirs?.covered });
      expect(asPrinted(own?.covered ?? -1, own?.total ?? -1)).toBe(theirs?.pct);
    });

    test('every file equals its row of the text table', () => {
      expect([...report.files.keys()].sort()).toEqual([...table.keys()].sort());
      for (const [path, row] of table) {
        const file = report.files.get(path);
        const m = file?.metrics;
        expect(file && asPrinted(file.covered, file.statements)).toBe(row.lines);
        expect(m && asPrinted(m.statements?.covered ?? -1, m.statements?.total ?? -1)).toBe(
          row.statements,
        );
        expect(m && asPrinted(m.branches?.covered ?? -1, m.branches?.total ?? -1)).toBe(
          row.branches,
        );
        expect(m && asPrinted(m.functions?.covered ?? -1, m.functions?.total ?? -1)).toBe(
          row.functions,
        );
      }
    });
  });

  test('coverage-final.json: missing lines match the table\'s "Uncovered Line #s"', async () => {
    // The table joins uncovered lines into a range when no covered line lies between them.
    const report = await load(run, 'coverage-final.json');
    for (const [path, row] of table) {
      const file = report.files.get(path);
      if (row.lines === '100') {
        // A fully covered file lists the lines of its missed branches instead.
        expect(file?.missingLines).toEqual([]);
        continue;
      }
      const ranges = parseRanges(row.uncovered);
      const inRange = (line: number) => ranges.some(([a, b]) => a <= line && line <= b);
      expect(ranges.flat().every((line) => file?.missingLines.includes(line))).toBe(true);
      expect(file?.missingLines.every(inRange)).toBe(true);
      expect(file?.executedLines.some(inRange)).toBe(false);
      expect((file?.executedLines.length ?? 0) + (file?.missingLines.length ?? 0)).toBe(
        file?.statements,
      );
    }
  });

  test('coverage-summary.json says it has no line lists', async () => {
    const report = await load(run, 'coverage-summary.json');
    expect(report.notes?.join(' ')).toMatch(/no line lists/);
    for (const file of report.files.values()) expect(file.executedLines).toEqual([]);
  });
});

test('a line counts once, hit when any statement starting on it ran', () => {
  const loc = (line: number, endLine = line) => ({
    start: { line, column: 0 },
    end: { line: endLine, column: 1 },
  });
  const report = readIstanbulFinal(
    {
      'a.js': {
        path: 'a.js',
        statementMap: { '0': loc(1), '1': loc(1), '2': loc(2, 5), '3': loc(3), '4': loc(4) },
        s: { '0': 0, '1': 3, '2': 0, '3': 0, '4': 1 },
        fnMap: {},
        f: {},
        branchMap: {},
        b: {},
      },
    },
    'a.json',
  );
  const file = report.files.get('a.js');
  // Lines 1 (one of two statements ran), 2 (a multi-line statement counts on its start line), 3, 4.
  expect(file?.executedLines).toEqual([1, 4]);
  expect(file?.missingLines).toEqual([2, 3]);
  expect(file?.metrics?.statements).toEqual({ total: 5, covered: 2 });
});

describe('bad Istanbul data', () => {
  const entry = (over: Record<string, unknown>) => ({
    'a.js': {
      path: 'a.js',
      statementMap: { '0': { start: { line: 1, column: 0 }, end: { line: 1, column: 5 } } },
      s: { '0': 1 },
      fnMap: {},
      f: {},
      branchMap: {},
      b: {},
      ...over,
    },
  });
  test.each([
    [
      'a statement that ends before it starts',
      entry({
        statementMap: { '0': { start: { line: 9, column: 0 }, end: { line: 3, column: 1 } } },
      }),
      /\["a\.js"\]\.statementMap\["0"\] ends on line 3, before it starts \(line 9\)/,
    ],
    [
      'line 0',
      entry({
        statementMap: { '0': { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } } },
      }),
      /statementMap\["0"\]\.start\.line must be a line number \(1 or more\), got 0/,
    ],
    [
      'a count with no statement',
      entry({ s: { '0': 1, '7': 2 } }),
      /\["a\.js"\]\.s\["7"\] has no statementMap entry/,
    ],
    [
      'a negative count',
      entry({ s: { '0': -1 } }),
      /s\["0"\] must be a non-negative integer hit count, got -1/,
    ],
    ['a fractional count', entry({ f: { '0': 0.5 } }), /f\["0"\] must be a non-negative integer/],
    ['branch counts that are not a list', entry({ b: { '0': 3 } }), /b\["0"\] must be an array/],
    ['no fnMap', entry({ fnMap: undefined }), /has no "fnMap" object/],
  ])('%s', (_name, document, message) => {
    expect(() => readIstanbulFinal(document, 'bad.json')).toThrow(InputError);
    expect(() => readIstanbulFinal(document, 'bad.json')).toThrow(message);
  });

  test('a summary whose total disagrees with its files', () => {
    const row = { total: 4, covered: 2, skipped: 0, pct: 50 };
    const file = { lines: row, statements: row, functions: row, branches: row };
    const document = { total: { ...file, lines: { ...row, covered: 3, pct: 75 } }, 'a.js': file };
    expect(() => readIstanbulSummary(document, 's.json')).toThrow(
      /total\.lines says 3 of 4 but the files add up to 2 of 4/,
    );
  });
});
