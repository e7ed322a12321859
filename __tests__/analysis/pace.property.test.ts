import fc from 'fast-check';
import { computeEta, computePace, theilSen, trendView } from '../../src/analysis/pace.js';
import type { HistoryEntry } from '../../src/report/history.js';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const START = Date.UTC(2025, 0, 6);
/** The gate's comparison, and the run's time on day 56. */
const O = { precision: 2, rounding: 'half-even' as const, today: START + 56 * DAY };

function history(points: readonly [number, number][], merged: number[] = []): HistoryEntry[] {
  return points.map(([day, percent], i) => ({
    commit: (i + 1).toString(16).padStart(40, '0'),
    time: new Date(START + day * DAY).toISOString(),
    run: i + 1,
    statements: 100,
    covered: 0,
    percent,
    ...(merged.includes(i) ? { pullRequest: i + 1 } : {}),
  }));
}

/** The definition, written the plain way: every pair, sorted, the middle. */
function reference(points: { t: number; percent: number }[]): number | null {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i] as { t: number; percent: number };
      const b = points[j] as { t: number; percent: number };
      if (a.t !== b.t) slopes.push(((b.percent - a.percent) * WEEK) / (b.t - a.t));
    }
  if (slopes.length === 0) return null;
  slopes.sort((x, y) => x - y);
  const n = slopes.length;
  return n % 2
    ? (slopes[(n - 1) / 2] as number)
    : ((slopes[n / 2 - 1] as number) + (slopes[n / 2] as number)) / 2;
}

const series = fc.array(
  fc.record({
    t: fc.integer({ min: 0, max: 84 * 4 }).map((q) => START + q * 6 * 3_600_000),
    percent: fc.double({ min: 0, max: 100, noNaN: true }),
  }),
  { minLength: 0, maxLength: 60 },
);

test('Theil–Sen equals the reference computation on generated series', () => {
  fc.assert(
    fc.property(series, (points) => {
      const ours = theilSen(points);
      const ref = reference(points);
      if (ref === null) expect(ours).toBeNull();
      else expect(ours).toBeCloseTo(ref, 9);
    }),
    { numRuns: 300 },
  );
});

test('pace uses exactly the 12 weeks ending at the newest point, inclusive', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 100, noNaN: true })),
        {
          minLength: 1,
          maxLength: 40,
        },
      ),
      (raw) => {
        const sorted = [...raw].sort((a, b) => a[0] - b[0]);
        const h = history(sorted);
        const newest = sorted[sorted.length - 1]?.[0] as number;
        const window = sorted.filter(([d]) => d >= newest - 84);
        const span = newest - (window[0]?.[0] as number);
        const pace = computePace(h);
        if (window.length < 4 || span < 14) {
          expect(pace.enough).toBe(false);
        } else {
          const ref = reference(window.map(([d, p]) => ({ t: START + d * DAY, percent: p })));
          expect(pace.enough).toBe(ref !== null);
          if (pace.enough) expect(pace.perWeek).toBeCloseTo(ref as number, 9);
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('a steady climb: pace, pp per merged PR and the ETA', () => {
  // +1 pp a week for 8 weeks, two merged PRs.
  const h = history(
    Array.from({ length: 9 }, (_, w) => [w * 7, 30 + w] as [number, number]),
    [3, 6],
  );
  const pace = computePace(h);
  expect(pace).toMatchObject({ enough: true, perWeek: 1, perPullRequest: 4 });
  const eta = computeEta(h[8] as HistoryEntry, 50, pace, O);
  // 38% now, 12 weeks to go from the newest point (day 56).
  expect(eta).toEqual({
    kind: 'date',
    weeks: 12,
    date: new Date(START + (56 + 84) * DAY).toISOString().slice(0, 10),
  });
});

describe('no date from thin data, a flat or falling pace, or past two years', () => {
  const target = 80;
  test('under 4 points', () => {
    const h = history([
      [0, 20],
      [10, 21],
      [20, 22],
    ]);
    expect(computePace(h)).toMatchObject({ enough: false, points: 3 });
    expect(computeEta(h[2] as HistoryEntry, target, computePace(h), O)).toEqual({
      kind: 'no-course',
    });
  });
  test('under 14 days', () => {
    const h = history([
      [0, 20],
      [4, 21],
      [8, 22],
      [13, 23],
    ]);
    expect(computePace(h)).toMatchObject({ enough: false, points: 4, spanDays: 13 });
    expect(computeEta(h[3] as HistoryEntry, target, computePace(h), O).kind).toBe('no-course');
  });
  test('flat', () => {
    const h = history([0, 7, 14, 21].map((d) => [d, 40] as [number, number]));
    expect(computePace(h)).toMatchObject({ enough: true, perWeek: 0 });
    expect(computeEta(h[3] as HistoryEntry, target, computePace(h), O)).toEqual({
      kind: 'not-in-sight',
    });
  });
  test('falling', () => {
    const h = history([0, 7, 14, 21].map((d, i) => [d, 40 - i] as [number, number]));
    expect(computeEta(h[3] as HistoryEntry, target, computePace(h), O)).toEqual({
      kind: 'not-in-sight',
    });
  });
  test('past two years', () => {
    // +0.1 pp a week: 40 pp to go is 400 weeks.
    const h = history([0, 7, 14, 21].map((d, i) => [d, 40 + i / 10] as [number, number]));
    expect(computeEta(h[3] as HistoryEntry, target, computePace(h), O)).toEqual({
      kind: 'not-in-sight',
    });
  });
  test('already there', () => {
    const h = history([[0, 85]]);
    expect(computeEta(h[0] as HistoryEntry, target, computePace(h), O)).toEqual({
      kind: 'reached',
    });
  });
});

test('an ETA already past is said as such: the date and the newest point, no weeks', () => {
  const h = history([0, 7, 14, 21].map((d, i) => [d, 40 + i] as [number, number]));
  // 43% on day 21 at +1 pp a week: 50% was due on day 70; the run is on day 100.
  expect(
    computeEta(h[3] as HistoryEntry, 50, computePace(h), { ...O, today: START + 100 * DAY }),
  ).toEqual({
    kind: 'overdue',
    date: new Date(START + 70 * DAY).toISOString().slice(0, 10),
    since: new Date(START + 21 * DAY).toISOString().slice(0, 10),
  });
  // On day 28 it is 6 weeks away.
  expect(
    computeEta(h[3] as HistoryEntry, 50, computePace(h), { ...O, today: START + 28 * DAY }),
  ).toMatchObject({
    kind: 'date',
    weeks: 6,
  });
});

test('the target is reached as the gate compares: half-even at the precision, 100 only when exactly 100', () => {
  const at = (percent: number) =>
    history([0, 7, 14, 21].map((d) => [d, percent] as [number, number]))[3] as HistoryEntry;
  const pace = computePace(history([0, 7, 14, 21].map((d, i) => [d, 70 + i] as [number, number])));
  expect(computeEta(at(79.996), 80, pace, O).kind).toBe('reached');
  expect(computeEta(at(79.994), 80, pace, O).kind).not.toBe('reached');
  expect(computeEta(at(79.6), 80, pace, { ...O, precision: 0 }).kind).toBe('reached');
  expect(computeEta(at(99.999), 100, pace, O).kind).not.toBe('reached');
  expect(computeEta(at(100), 100, pace, O).kind).toBe('reached');
});

test("trendView: this PR's step in days of the current pace, not counted in the pace", () => {
  const h = history(Array.from({ length: 5 }, (_, w) => [w * 7, 30 + w] as [number, number]));
  const view = trendView(h, 80, 34.5, O);
  expect(view?.pace).toMatchObject({ enough: true, perWeek: 1 });
  expect(view?.pullRequest).toEqual({ percent: 34.5, step: 0.5, days: 3.5 });
  expect(view?.points).toHaveLength(5);
  expect(trendView([], 80, 50, O)).toBeNull();
});
