/**
 * The LCOV reader against `lcov --summary` (Debian lcov 1.16) for the same
 * tracefiles, at its printed precision (one decimal, sprintf rounding).
 */

import { InputError } from '../../src/report/errors.js';
import { readLcov } from '../../src/report/lcov.js';
import { parseReport } from '../../src/report/load.js';
import { type CoverageReport, computeTotals } from '../../src/report/model.js';
import { displayPercent } from '../../src/report/rounding.js';
import { JS_RUNS, parseLcovSummary, readFixture } from '../support/js-fixture-data.js';

const runs = [...JS_RUNS, 'merged'];
const reports = await Promise.all(
  runs.map((run) =>
    parseReport(Buffer.from(readFixture('lcov', run, 'lcov.info')), `lcov/${run}/lcov.info`),
  ),
);

describe.each(runs.map((run, i) => [run, i] as const))('lcov/%s', (run, i) => {
  const printed = parseLcovSummary(readFixture('lcov', run, 'lcov-summary.txt'));
  const report = reports[i] as CoverageReport;
  const totals = computeTotals(report);

  test('is detected as LCOV', () => {
    expect(report.format).toBe('lcov');
  });

  test('lines equal lcov --summary: counts and the one-decimal percent', () => {
    expect([totals.covered, totals.statements]).toEqual([
      printed.lines?.covered,
      printed.lines?.total,
    ]);
    expect(displayPercent(totals.percent, 1)).toBe(printed.lines?.pct);
  });

  test.each(['functions', 'branches'] as const)('%s equal lcov --summary', (metric) => {
    const own = totals.metrics?.[metric];
    expect(own).toEqual({ total: printed[metric]?.total, covered: printed[metric]?.covered });
    expect(displayPercent((100 * (own?.covered ?? 0)) / (own?.total ?? 1), 1)).toBe(
      printed[metric]?.pct,
    );
  });
});

test('records of one file are merged as lcov merges them', () => {
  const text = readFixture('lcov', 'merged', 'lcov.info');
  const records = text.match(/^SF:/gm)?.length ?? 0;
  const report = readLcov(text, 'merged.info');
  // The fixture holds two runs' records for each file.
  expect(records).toBe(2 * report.files.size);
  const part = readLcov(readFixture('lcov', 'part-pricing', 'lcov.info'), 'part.info');
  const base = readLcov(readFixture('lcov', 'base', 'lcov.info'), 'base.info');
  for (const [path, file] of report.files) {
    const union = new Set([
      ...(part.files.get(path)?.executedLines ?? []),
      ...(base.files.get(path)?.executedLines ?? []),
    ]);
    expect(file.executedLines).toEqual([...union].sort((a, b) => a - b));
  }
});

test('hit counts are summed per line, LF/LH are ignored, a file with no DA is dropped', () => {
  const report = readLcov(
    [
      'TN:a',
      'SF:x.c',
      'DA:1,0',
      'DA:2,0',
      'LF:99',
      'LH:99',
      'BRDA:2,0,0,-',
      'BRDA:2,0,1,0',
      'end_of_record',
      'TN:b',
      'SF:x.c',
      'DA:2,3',
      'DA:3,0',
      'BRDA:2,0,0,1',
      'FN:1,main',
      'FNDA:0,main',
      'end_of_record',
      'SF:empty.c',
      'FN:1,f',
      'end_of_record',
      '',
    ].join('\n'),
    't.info',
  );
  expect([...report.files.keys()]).toEqual(['x.c']);
  const file = report.files.get('x.c');
  expect(file?.executedLines).toEqual([2]);
  expect(file?.missingLines).toEqual([1, 3]);
  expect(file?.metrics?.branches).toEqual({ total: 2, covered: 1 });
  expect(file?.metrics?.functions).toEqual({ total: 1, covered: 0 });
});

test('a wrapped gcov counter (2^64 − 1) still counts as a line that ran', () => {
  const report = readLcov('SF:a.c\nDA:1,18446744073709551615\nDA:2,0\nend_of_record\n', 'w.info');
  expect(report.files.get('a.c')?.executedLines).toEqual([1]);
  expect(report.files.get('a.c')?.missingLines).toEqual([2]);
});

describe('bad LCOV', () => {
  test.each([
    ['a DA line before SF', 'TN:\nDA:1,1\nSF:a.c\nend_of_record\n', /line 2: DA: before any SF:/],
    [
      'a negative hit count',
      'SF:a.c\nDA:1,-3\nend_of_record\n',
      /line 2: the DA hit count is negative \(-3\)/,
    ],
    [
      'a non-integer count',
      'SF:a.c\nDA:1,1.5\nend_of_record\n',
      /line 2: the DA hit count must be an integer, got "1\.5"/,
    ],
    [
      'line 0',
      'SF:a.c\nDA:0,1\nend_of_record\n',
      /line 2: the line number must be 1 or more, got "0"/,
    ],
    [
      'a truncated file',
      'SF:a.c\nDA:1,1\nDA:2,0\n',
      /ends inside the record for "a\.c" \(line 1\) without end_of_record \(truncated\?\)/,
    ],
    [
      'a missing end_of_record',
      'SF:a.c\nDA:1,1\nSF:b.c\nDA:1,1\nend_of_record\n',
      /line 3: SF: while the record for "a\.c" \(line 1\) has no end_of_record/,
    ],
    [
      'a BRDA line that is not a number',
      'SF:a.c\nDA:1,1\nBRDA:x,0,1,1\nend_of_record\n',
      /line 3: the line number must be 0 or more, got "x"/,
    ],
    [
      'a bad BRDA',
      'SF:a.c\nDA:1,1\nBRDA:1,0,1\nend_of_record\n',
      /line 3: BRDA: must be BRDA:<line>,<block>,<branch>,<taken>/,
    ],
    ['no line data at all', 'TN:\nSF:a.c\nend_of_record\n', /has no SF: record with DA: line data/],
  ])('%s', (_name, text, message) => {
    expect(() => readLcov(text, 'bad.info')).toThrow(InputError);
    expect(() => readLcov(text, 'bad.info')).toThrow(message);
  });
});
