/**
 * The push over time on the bundled command line, on histories that real
 * repositories produce: unsorted imports, impossible dates, other key
 * spellings, precision 0, a target at a rounding edge, and one file to test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, runDist } from '../support/cli.js';

const HEAD = join(FIXTURES, 'py7-branch', 'head', 'coverage.json');
const DAY = 86_400_000;
/** Midnight UTC, `days` before today: recent enough that no ETA is already past. */
const daysAgo = (days: number) =>
  new Date(Math.floor(Date.now() / DAY) * DAY - days * DAY).toISOString().slice(0, 10);
const dir = mkdtempSync(join(tmpdir(), 'cg-push-seq-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('an unsorted import is read in time order, as the action reads it', () => {
  const csv = file(
    'unsorted.csv',
    [
      'date,percent',
      `${daysAgo(14)},62.50`,
      `${daysAgo(35)},60.00`,
      `${daysAgo(7)},63.00`,
      `${daysAgo(28)},61.00`,
    ].join('\n'),
  );
  const run = runDist(['--coverage', HEAD, '--history', csv]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(
    `60.00% (${daysAgo(35)}) → 63.00% (${daysAgo(7)}) → 72.76% (this PR)`,
  );
  expect(run.stdout).toMatch(/pace \+\d\.\d\d pp\/week over 12 weeks/);
  expect(run.stdout).not.toContain('not enough history');
});

test('JSON keys in any case, as CSV headers are', () => {
  const points = [35, 28, 21, 14].map((d, i) => ({ Date: daysAgo(d), Coverage: 60 + i }));
  const run = runDist(['--coverage', HEAD, '--history', file('caps.json', JSON.stringify(points))]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`60.00% (${daysAgo(35)}) → 63.00% (${daysAgo(14)})`);
});

test.each([
  [
    'impossible.csv',
    'date,percent\n2026-02-27,60\n2026-02-30,61\n',
    'point 2 has a date that does not exist (2026-02-30)',
  ],
  [
    'impossible.json',
    JSON.stringify([{ date: '2025-04-31T10:00:00Z', percent: 60 }]),
    'point 1 has a date that does not exist (2025-04-31T10:00:00Z)',
  ],
  [
    'shape.json',
    JSON.stringify({ points: [] }),
    'is neither a coverage-gate-history/1 file ({"schema": "coverage-gate-history/1", "entries": [...]}) nor a JSON array of points with a date and a percent (or a CSV with date and percent columns)',
  ],
])('%s is refused in one line naming the file and the point', (name, text, message) => {
  const path = file(name, text);
  const run = runDist(['--coverage', HEAD, '--history', path]);
  expect(run.code).toBe(2);
  expect(run.stderr.trim()).toBe(`coverage-gate: ${path}: ${message}`);
});

test('precision 0: the pace keeps two decimals (it is not a coverage percent)', () => {
  const csv = file(
    'slow.csv',
    ['date,percent', ...[28, 21, 14, 7].map((d, i) => `${daysAgo(d)},${60 + 0.32 * i}`)].join('\n'),
  );
  const run = runDist(['--coverage', HEAD, '--history', csv, '--precision', '0']);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('pace +0.32 pp/week over 12 weeks');
  expect(run.stdout).not.toContain('±0 pp/week');
});

describe('the target at a rounding edge: reached only as the gate compares', () => {
  /** The markdown block for a history rising to `last`, against `target`. */
  const block = (last: number, target: string) => {
    const csv = file(
      `edge-${target}.csv`,
      [
        'date,percent',
        ...[28, 21, 14].map((d) => `${daysAgo(d)},${last - 1}`),
        `${daysAgo(7)},${last}`,
      ].join('\n'),
    );
    const args = ['--history', csv, '--target-coverage', target, '--format', 'markdown'];
    const run = runDist(['--coverage', HEAD, ...args]);
    expect(run.code).toBe(0);
    return run.stdout;
  };

  test('79.996% with target 80 rounds to 80.00: reached, no distance, no ETA', () => {
    const out = block(79.996, '80');
    expect(out).toContain('**80.00%** now → target **80%** · pace');
    expect(out).toContain('the 80% target is reached');
    expect(out).not.toContain('pp to go');
    expect(out).not.toMatch(/around \d{4}-/);
  });

  test('99.996% with target 100 is not 100: the distance shown is not zero', () => {
    const out = block(99.996, '100');
    expect(out).toContain('**99.99%** now → target **100%** (0.004 pp to go)');
    expect(out).not.toContain('target is reached');
    expect(out).not.toContain('0.00 pp to go');
  });
});

test('one file to test reads "this file", several "these N files"', () => {
  const impact = ['--impact-min-statements', '30', '--impact-max-coverage', '80'];
  const one = runDist(['--coverage', HEAD, ...impact, '--impact-count', '1']);
  expect(one.stdout).toMatch(/Testing this file to 50% adds ~\d+\.\d\d pp/);
  expect(one.stdout).not.toContain('Testing these 1 file');
  const several = runDist(['--coverage', HEAD, ...impact, '--impact-count', '2']);
  expect(several.stdout).toMatch(/Testing these 2 files to 50% adds/);
});
