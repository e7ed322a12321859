// The fork-safe comment file carries the push view: only numbers, dates and
// hex commits get through to the renderer.
import { readFileSync } from 'node:fs';
import { parseUnifiedDiff } from '../../src/analysis/diff.js';
import { trendView } from '../../src/analysis/pace.js';
import { analyse } from '../../src/analysis/result.js';
import { COMMENT_FILE_SCHEMA, parseCommentFile } from '../../src/analysis/result-schema.js';
import { parseReport } from '../../src/report/load.js';
import { normaliseReport } from '../../src/report/paths.js';
import { readSettings } from '../../src/settings.js';

const fixtures = new URL('../../fixtures/reports/', import.meta.url);
const load = async (path: string) =>
  normaliseReport(await parseReport(readFileSync(new URL(path, fixtures)), path), {
    workspace: '/x',
  });

async function commentFile() {
  const s = readSettings(() => undefined);
  const result = analyse({
    head: await load('py7-branch/head/coverage.json'),
    base: await load('py7-branch/base/coverage.json'),
    changes: parseUnifiedDiff(readFileSync(new URL('pr.diff', fixtures), 'utf8'), 'pr.diff'),
    gates: s.gates,
    impact: s.impact,
  });
  const history = [0, 7, 14, 21].map((d, i) => ({
    commit: `${'ABCDEF'.repeat(6)}000${i}`,
    time: `2026-01-${String(5 + d).padStart(2, '0')}`,
    run: i + 1,
    statements: 10,
    covered: 5,
    percent: 70 + i,
  }));
  result.push =
    trendView(history, 80, result.totals.percent, {
      precision: 2,
      rounding: 'half-even',
      today: Date.UTC(2026, 0, 26),
    }) ?? undefined;
  return JSON.parse(
    JSON.stringify({
      schema: COMMENT_FILE_SCHEMA,
      pullRequest: 7,
      headSha: 'a'.repeat(40),
      commentId: 'default',
      result,
    }),
  );
}

// biome-ignore lint/suspicious/noExplicitAny: a parsed comment file, tampered field by field
type Json = any;

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

test('our own push view passes whole (dates from an import, upper-case commits)', async () => {
  const file = await commentFile();
  const parsed = await parseCommentFile(bytes(file), 'a');
  expect(parsed.result.push).toEqual(file.result.push);
  expect(parsed.result.push?.pace.enough).toBe(true);
});

test.each([
  [
    'markup in a time',
    (f: Json) => {
      f.result.push.points[0].time = '2026-01-05T00:00:00Z<img src=x>';
    },
    /\/result\/push\/points\/0\/time must match pattern/,
  ],
  [
    'markup in a commit',
    (f: Json) => {
      f.result.push.points[0].commit = '<b>';
    },
    /\/result\/push\/points\/0\/commit must match pattern/,
  ],
  [
    'a string for a number',
    (f: Json) => {
      f.result.push.now = '71';
    },
    /\/result\/push\/now must be number/,
  ],
  [
    'over 100 points',
    (f: Json) => {
      f.result.push.points = new Array(101).fill(f.result.push.points[0]);
    },
    /\/result\/push\/points must NOT have more than 100 items/,
  ],
  [
    'markup in the ETA date',
    (f: Json) => {
      f.result.push.eta.date = '<script>';
    },
    /\/result\/push\/eta\/date must match pattern/,
  ],
])('a tampered push view is refused: %s', async (_what, tamper, problem) => {
  const file = await commentFile();
  tamper(file);
  await expect(parseCommentFile(bytes(file), 'artifact x')).rejects.toThrow(problem);
});

test('a push view whose fields disagree with its tags is dropped, the rest is kept', async () => {
  const file = await commentFile();
  delete file.result.push.pace.perWeek;
  const parsed = await parseCommentFile(bytes(file), 'a');
  expect(parsed.result.push).toBeUndefined();
  expect(parsed.result.totals.percent).toBe(file.result.totals.percent);
});
