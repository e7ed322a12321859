import {
  clampToRunTime,
  entryFor,
  HISTORY_SCHEMA,
  type HistoryEntry,
  newestOtherTime,
  parseHistory,
  placeThisPush,
  pullRequestFromMessage,
  serializeHistory,
  thinHistory,
  uniteHistories,
} from '../../src/report/history.js';
import { importHistory } from '../../src/report/history-import.js';

const sha = (n: number) => n.toString(16).padStart(40, 'a');
const DAY = 86_400_000;

function entry(n: number, day: number, percent: number, run = n): HistoryEntry {
  return {
    commit: sha(n),
    time: new Date(Date.UTC(2025, 0, 1) + day * DAY).toISOString(),
    run,
    statements: 1000,
    covered: Math.round(percent * 10),
    percent,
  };
}

const file = (entries: unknown[]) => JSON.stringify({ schema: HISTORY_SCHEMA, entries });

describe('parseHistory', () => {
  test('reads back what serializeHistory wrote', () => {
    const entries = [entry(1, 0, 22.6), { ...entry(2, 7, 23.1), pullRequest: 12 }];
    expect(parseHistory(serializeHistory(entries), 'h')).toEqual(entries);
  });

  test('reads per-component figures beside entries without them', () => {
    const entries = [
      entry(1, 0, 22.6),
      { ...entry(2, 7, 23.1), components: { core: { statements: 10, covered: 4, percent: 40 } } },
    ];
    expect(parseHistory(serializeHistory(entries), 'h')).toEqual(entries);
  });

  test.each([
    ['a wrong schema', JSON.stringify({ schema: 'other/1', entries: [] }), /schema is not/],
    [
      'a string where a number goes',
      file([{ ...entry(1, 0, 5), percent: '5' }]),
      /percent must be/,
    ],
    [
      'NaN (not JSON)',
      serializeHistory([entry(1, 0, 5)]).replace('"percent": 5', '"percent": NaN'),
      /not valid JSON/,
    ],
    ['a percent past 100', file([{ ...entry(1, 0, 5), percent: 100.5 }]), /percent must be/],
    ['covered past statements', file([{ ...entry(1, 0, 5), covered: 2000 }]), /covered must be/],
    ['an unknown key', file([{ ...entry(1, 0, 5), extra: 1 }]), /extra is not allowed/],
    ['a bad time', file([{ ...entry(1, 0, 5), time: 'yesterday' }]), /time must be/],
    ['a bad commit', file([{ ...entry(1, 0, 5), commit: '<b>' }]), /commit must be/],
    [
      'a component name with a slash',
      file([
        { ...entry(1, 0, 5), components: { 'a/b': { statements: 1, covered: 1, percent: 100 } } },
      ]),
      /components\["a\/b"\] is not a component name/,
    ],
    [
      'a component covering more than it has',
      file([
        { ...entry(1, 0, 5), components: { core: { statements: 1, covered: 2, percent: 100 } } },
      ]),
      /components\["core"\]\.covered must be no larger/,
    ],
    [
      'components as a list',
      file([{ ...entry(1, 0, 5), components: [] }]),
      /components must be an object/,
    ],
    ['one side of the branch pair', file([{ ...entry(1, 0, 5), branches: 4 }]), /both branches/],
  ])('refuses %s, naming the source', (_what, text, problem) => {
    expect(() => parseHistory(text, 'artifact "x" of run #3')).toThrow(problem);
    expect(() => parseHistory(text, 'artifact "x" of run #3')).toThrow(/^artifact "x" of run #3: /);
  });

  test('refuses more than 5,000 entries and more than 5 MB', () => {
    const many = file(Array.from({ length: 5001 }, (_, i) => entry(i + 1, i, 5)));
    expect(() => parseHistory(many, 'h')).toThrow(/5001 entries, more than 5000/);
    expect(() => parseHistory(' '.repeat(5 * 1024 * 1024 + 1), 'h')).toThrow(/larger than 5 MB/);
  });
});

describe('uniteHistories', () => {
  test('one entry per commit, the higher run wins, ordered by time then run', () => {
    const a = [entry(1, 0, 10, 100), entry(2, 7, 11, 101)];
    const b = [entry(1, 0, 10.5, 105), entry(3, 3, 12, 102)];
    const united = uniteHistories([a, b]);
    expect(united.map((e) => [e.commit, e.run])).toEqual([
      [sha(1), 105],
      [sha(3), 102],
      [sha(2), 101],
    ]);
  });

  test('an earlier source wins a commit over a later one (the artifact over an import)', () => {
    const artifact = [entry(1, 0, 10, 5)];
    const imported = [entry(1, 0, 99, 900)];
    expect(uniteHistories([artifact], imported)[0]?.percent).toBe(10);
  });
});

describe('placeThisPush', () => {
  const run = Date.UTC(2026, 11, 4, 12);
  test('its own time, unless it is past the run (clamped) or older than the newest other entry', () => {
    expect(placeThisPush('2026-12-04T11:00:00Z', run, run - DAY)).toEqual({
      time: '2026-12-04T11:00:00.000Z',
      moved: null,
    });
    // Within the skew allowance: a commit clock a little ahead.
    expect(placeThisPush('2026-12-04T12:04:00Z', run, null).moved).toBeNull();
    expect(placeThisPush('2028-06-01T00:00:00Z', run, null)).toEqual({
      time: new Date(run).toISOString(),
      moved: 'future',
    });
    expect(placeThisPush('2026-11-01T00:00:00Z', run, run - DAY)).toEqual({
      time: new Date(run).toISOString(),
      moved: 'older',
    });
    expect(placeThisPush(null, run, null)).toEqual({
      time: new Date(run).toISOString(),
      moved: null,
    });
  });
  test('clampToRunTime: entries dated past the run (beyond the skew) move to it, in time order', () => {
    const a = entry(1, 0, 10);
    const future = { ...entry(2, 0, 20), time: '2028-06-01T00:00:00.000Z' };
    const skewed = { ...entry(3, 0, 30), time: new Date(run + 60_000).toISOString() };
    const { entries, moved } = clampToRunTime([future, a, skewed], run);
    expect(moved).toBe(1);
    expect(entries.map((e) => e.commit)).toEqual([a.commit, future.commit, skewed.commit]);
    expect(entries[1]?.time).toBe(new Date(run).toISOString());
  });
  test('newestOtherTime leaves out the commit itself', () => {
    const a = entry(1, 0, 10);
    const b = entry(2, 5, 20);
    expect(newestOtherTime([a, b], b.commit)).toBe(Date.parse(a.time));
    expect(newestOtherTime([b], b.commit)).toBeNull();
  });
});

describe('thinHistory', () => {
  test('entries older than a year are thinned to one a week; the last year is kept whole', () => {
    const daily = Array.from({ length: 730 }, (_, d) => entry(d + 1, d, 20 + d / 100));
    const newest = Date.parse(daily[729]?.time as string);
    const thinned = thinHistory(daily, newest);
    const old = thinned.filter((e) => Date.parse(e.time) < newest - 365 * DAY);
    const recent = thinned.filter((e) => Date.parse(e.time) >= newest - 365 * DAY);
    expect(recent).toHaveLength(366);
    expect(old.length).toBeGreaterThanOrEqual(52);
    expect(old.length).toBeLessThanOrEqual(53);
    for (let i = 1; i < old.length; i++) {
      const gap = Date.parse(old[i]?.time as string) - Date.parse(old[i - 1]?.time as string);
      expect(gap).toBe(7 * DAY);
    }
  });

  test("counted from the run's time, never from a data point dated in the future", () => {
    const weekly = Array.from({ length: 20 }, (_, w) => entry(w + 1, w * 3, 50));
    const future = { ...entry(99, 0, 50), time: '2028-06-01T00:00:00.000Z' };
    const run = Date.parse(weekly[19]?.time as string);
    expect(thinHistory([...weekly, future], run)).toHaveLength(21);
  });

  test('keeps at most 5,000 entries, the newest', () => {
    const dense = Array.from({ length: 6000 }, (_, i) => ({
      ...entry(i + 1, 0, 5),
      time: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    }));
    const kept = thinHistory(dense, Date.UTC(2025, 0, 6));
    expect(kept).toHaveLength(5000);
    expect(kept[4999]?.commit).toBe(sha(6000));
  });
});

test('pullRequestFromMessage: merge commits and squash titles, nothing else', () => {
  expect(pullRequestFromMessage('Merge pull request #42 from octo/feature\n\nAdd x')).toBe(42);
  expect(pullRequestFromMessage('Add the parser (#17)\n\n* wip')).toBe(17);
  expect(pullRequestFromMessage('Fix #17 in the parser')).toBeUndefined();
  expect(pullRequestFromMessage('Body mentions (#3)\n\nsee (#4)')).toBe(3);
  expect(pullRequestFromMessage(undefined)).toBeUndefined();
});

test('entryFor: branch fields only with branch data, percent unrounded', () => {
  const totals = {
    percent: 100 / 3,
    statements: 3,
    covered: 1,
    branches: null,
    coveredBranches: null,
  };
  const e = entryFor(totals, { commit: sha(1), time: '2025-01-01T00:00:00.000Z', run: 9 });
  expect(e).toEqual({
    commit: sha(1),
    time: '2025-01-01T00:00:00.000Z',
    run: 9,
    statements: 3,
    covered: 1,
    percent: 100 / 3,
  });
  const withBranches = entryFor(
    { ...totals, branches: 4, coveredBranches: 2 },
    { commit: sha(1), time: '2025-01-01T00:00:00.000Z', run: 9, pullRequest: 5 },
  );
  expect(withBranches).toMatchObject({ branches: 4, coveredBranches: 2, pullRequest: 5 });
});

describe('importHistory', () => {
  test('a JSON array of points with a date and a percent (counts when present)', () => {
    const points = importHistory(
      JSON.stringify([
        { date: '2025-01-06', percent: 22.6 },
        { date: '2025-01-13', coverage: 23.4, statements: 1000, covered: 234 },
      ]),
      'trending.json',
    );
    expect(points.map((p) => [p.time, p.percent, p.statements, p.covered])).toEqual([
      ['2025-01-06T00:00:00.000Z', 22.6, 0, 0],
      ['2025-01-13T00:00:00.000Z', 23.4, 1000, 234],
    ]);
    expect(new Set(points.map((p) => p.commit)).size).toBe(2);
  });

  test('CSV with a header, quoted cells and a percent sign', () => {
    const points = importHistory(
      'date,percent,note\n2025-01-06,22.6%,"first, really"\n2025-01-13T12:00:00Z,23.4,\n',
      'trend.csv',
    );
    expect(points.map((p) => [p.time, p.percent])).toEqual([
      ['2025-01-06T00:00:00.000Z', 22.6],
      ['2025-01-13T12:00:00.000Z', 23.4],
    ]);
  });

  test('our own schema is taken as it is', () => {
    const entries = [entry(1, 0, 30)];
    expect(importHistory(serializeHistory(entries), 'h.json')).toEqual(entries);
  });

  test.each([
    ['[{"date": "2025-01-06"}]', /trend: point 1 needs a percent/],
    ['[{"date": "soon", "percent": 5}]', /trend: point 1 needs a date/],
    ['[{"date": "2025-01-06", "percent": 120}]', /point 1 needs a percent from 0 to 100/],
    ['[', /trend: is not valid JSON/],
    ['[]', /trend: holds no points/],
    ['when,value\n2025-01-06,5\n', /trend: the CSV header must name a date column/],
    ['date,percent\n2025-01-06,5,7\n', /trend: line 2 has 3 cells/],
  ])('a bad import is one line naming the file: %s', (text, problem) => {
    expect(() => importHistory(text, 'trend')).toThrow(problem);
  });
});
