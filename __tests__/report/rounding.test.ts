/**
 * Rounding against Python's own round(), from a table the script
 * scripts/make-rounding-table.py wrote with python3.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  displayDelta,
  displayPercent,
  groupThousands,
  isBelowThreshold,
  roundHalfEven,
} from '../../src/report/rounding.js';

const table = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'python-round.json'), 'utf8'),
) as { rows: [string, number, string][] };

test("roundHalfEven equals Python's round() on every value of the table", () => {
  expect(table.rows.length).toBeGreaterThan(5000);
  const wrong = table.rows.filter(
    ([value, precision, python]) => roundHalfEven(Number(value), precision) !== Number(python),
  );
  expect(wrong).toEqual([]);
});

test('the table holds cases where rounding half up would be wrong', () => {
  const halfUp = (v: number, p: number) => Number(v.toFixed(p));
  const differ = table.rows.filter(([v, p, py]) => halfUp(Number(v), p) !== Number(py));
  expect(differ.length).toBeGreaterThan(10);
  const mathRound = (v: number, p: number) => Math.round(v * 10 ** p) / 10 ** p;
  expect(
    table.rows.filter(([v, p, py]) => mathRound(Number(v), p) !== Number(py)).length,
  ).toBeGreaterThan(10);
});

test.each([
  // value, precision, Python's round (checked with python3 -c "print(round(v, p))")
  [79.995, 2, 80],
  [2.675, 2, 2.67],
  [0.125, 2, 0.12],
  [0.375, 2, 0.38],
  [12.5, 0, 12],
  [13.5, 0, 14],
  [99.999, 2, 100],
])('round(%f, %i) is %f as in Python', (value, precision, expected) => {
  expect(roundHalfEven(value, precision)).toBe(expected);
});

test('rounding of negative values mirrors positive ones', () => {
  for (const [value, precision] of table.rows.slice(0, 2000)) {
    const v = Number(value);
    expect(roundHalfEven(-v, precision) + 0).toBe(-roundHalfEven(v, precision) + 0);
  }
});

describe('displayPercent is coverage.py display_covered', () => {
  test.each([
    [0, 2, '0.00'],
    [0.001, 2, '0.01'],
    [99.999, 2, '99.99'],
    [99.9951, 2, '99.99'],
    [100, 2, '100.00'],
    [79.995, 2, '80.00'],
    [72.7599, 1, '72.8'],
    [0.04, 1, '0.1'],
    [33.33333333, 0, '33'],
  ])('%f at precision %i shows %s', (value, precision, shown) => {
    expect(displayPercent(value, precision)).toBe(shown);
  });
});

describe('isBelowThreshold is coverage.py should_fail_under', () => {
  test.each([
    [79.995, 80, 2, false],
    [79.994, 80, 2, true],
    [79.95, 80, 1, false],
    [79.9, 80, 0, false],
    [79.4, 80, 0, true],
    [99.999, 100, 2, true],
    [99.9999999, 100, 2, true],
    [100, 100, 2, false],
    [0, 0, 2, false],
  ])('%f against %f at precision %i fails: %s', (value, threshold, precision, fails) => {
    expect(isBelowThreshold(value, threshold, precision)).toBe(fails);
  });
});

test('displayDelta signs the rounded value', () => {
  expect(displayDelta(0.425, 2)).toBe('+0.42');
  expect(displayDelta(-1.5949, 2)).toBe('-1.59');
  expect(displayDelta(-0.001, 2)).toBe('±0.00');
  expect(displayDelta(0, 1)).toBe('±0.0');
});

test("groupThousands writes every safe integer as toLocaleString('en-US') does", () => {
  for (const n of [0, 7, 999, 1000, -1000, 10_000, 1_234_567, -987_654_321]) {
    expect(groupThousands(n)).toBe(n.toLocaleString('en-US'));
  }
  fc.assert(
    fc.property(fc.maxSafeInteger(), (n) => {
      expect(groupThousands(n)).toBe(n.toLocaleString('en-US'));
    }),
  );
});
