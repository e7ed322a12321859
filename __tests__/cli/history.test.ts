/**
 * `--history` and `--target-coverage`: the push offline, the same block and
 * figures as the action's comment.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runMain } from '../support/cli.js';
import { tempDir } from '../support/temp.js';

const HEAD = join(FIXTURES, 'py7-branch', 'head', 'coverage.json');
const dir = tempDir('cg-history-');
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const CSV = join(FIXTURES, '..', 'history', 'trending.csv');
const JSON_POINTS = join(FIXTURES, '..', 'history', 'trending.json');

test('text: the push line with pace, ETA and this report as the next point', async () => {
  // The history's newest point is January 26th, 2026: at its pace 80% was due in May.
  const run = await runMain(['--coverage', HEAD, '--history', CSV, '--target-coverage', '80']);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(
    '60.00% (2026-01-05) → 63.00% (2026-01-26) → 72.76% (this PR) · pace +1.00 pp/week over 12 weeks · at this pace 80% was due 2026-05-25; no push since 2026-01-26 · this PR: +9.76 pp, about 68 days of the current pace',
  );
  // The same points ending yesterday: the date is ahead.
  const DAY = 86_400_000;
  const today = Math.floor(Date.now() / DAY) * DAY;
  const day = (back: number) => new Date(today - back * DAY).toISOString().slice(0, 10);
  const recent = file(
    'recent.csv',
    ['date,percent', `${day(22)},60`, `${day(15)},61`, `${day(8)},62.5`, `${day(1)},63`].join('\n'),
  );
  const ahead = await runMain(['--coverage', HEAD, '--history', recent, '--target-coverage', '80']);
  expect(ahead.stdout).toContain(
    `pace +1.00 pp/week over 12 weeks · 80% around ${day(1 - 17 * 7)} (in 17 weeks)`,
  );
});

test('markdown and json carry the same push as the action', async () => {
  const md = await runMain(['--coverage', HEAD, '--history', JSON_POINTS, '--format', 'markdown']);
  expect(md.stdout).toContain('#### 📈 Coverage push');
  expect(md.stdout).toContain('line [60.00, 61.00, 62.50, 63.00, 72.76]');
  expect(md.stdout).not.toContain('around'); // no target, no ETA
  const json = JSON.parse(
    (
      await runMain([
        '--coverage',
        HEAD,
        '--history',
        CSV,
        '--target-coverage',
        '80',
        '--format',
        'json',
      ])
    ).stdout,
  );
  expect(json.push.pace).toMatchObject({ enough: true, perWeek: 1 });
  expect(json.push.eta).toEqual({ kind: 'overdue', date: '2026-05-25', since: '2026-01-26' });
});

test('without enough history: the plain sentence and no date', async () => {
  const short = file(
    'short.json',
    JSON.stringify([
      { date: '2026-01-05', percent: 60 },
      { date: '2026-01-12', percent: 61 },
    ]),
  );
  const run = await runMain(['--coverage', HEAD, '--history', short, '--target-coverage', '80']);
  expect(run.stdout).toContain('not enough history yet');
  expect(run.stdout).not.toMatch(/around \d{4}/);
});

test.each([
  [['--history', join(dir, 'missing.csv')], /missing\.csv: file not found/],
  [
    ['--history', file('bad.csv', 'date,percent\n2026-01-05,x\n')],
    /bad\.csv: point 1 needs a percent from 0 to 100/,
  ],
  [
    ['--history', CSV, '--target-coverage', '120'],
    /--target-coverage must be a number from 0 to 100/,
  ],
])('bad input exits 2 with one line: %j', async (argv, message) => {
  const run = await runMain(['--coverage', HEAD, ...argv]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
});
