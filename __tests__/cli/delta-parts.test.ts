/**
 * The command line explains the delta and gates the PR's own lines, from the
 * bundle as a user runs it, on the real coverage.py reports and git diff of
 * the fixtures.
 */
import { join } from 'node:path';
import { FIXTURES, runDist } from '../support/cli.js';
import { checkDeltaParts } from '../support/e2e.js';

const fixture = (...parts: string[]) => join(FIXTURES, ...parts);
const PR = [
  '--coverage',
  fixture('py7-branch', 'head', 'coverage.json'),
  '--base',
  fixture('py7-branch', 'base', 'coverage.json'),
  '--diff',
  fixture('pr.diff'),
];

test('--format json carries deltaParts that add up to the delta; the text shows them as plain text', () => {
  const json = runDist([...PR, '--format', 'json']);
  expect(json.code).toBe(0);
  const result = JSON.parse(json.stdout);
  checkDeltaParts(result);
  expect(result.deltaParts.basis).toBe('statements-and-branches');
  const text = runDist([...PR, '--no-color']);
  expect(text.stdout).toMatch(/^Why coverage changed$/m);
  expect(text.stdout).toMatch(/Changed lines, covered/);
  // No pull request is known here: no links.
  expect(text.stdout).not.toContain('](');
});

test('--max-new-uncovered-lines: at the count passes, below it fails with exit 1, a bad value exits 2', () => {
  const result = JSON.parse(runDist([...PR, '--format', 'json']).stdout);
  const count = result.newUncovered.reduce((sum: number, f: { lines: number }) => sum + f.lines, 0);
  expect(count).toBeGreaterThan(0);
  const patchMissing = result.files.reduce(
    (sum: number, f: { patchMissing: number[] }) => sum + f.patchMissing.length,
    0,
  );
  // The changed lines left uncovered are among them.
  expect(count).toBeGreaterThanOrEqual(patchMissing);
  expect(runDist([...PR, '--max-new-uncovered-lines', String(count)]).code).toBe(0);
  const failed = runDist([
    ...PR,
    '--max-new-uncovered-lines',
    String(count - 1),
    '--format',
    'json',
  ]);
  expect(failed.code).toBe(1);
  expect(JSON.parse(failed.stdout).failedGates).toEqual(['max-new-uncovered-lines']);
  const bad = runDist([...PR, '--max-new-uncovered-lines', '1.5']);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(
    /max-new-uncovered-lines must be a whole number 0 or more, got "1\.5"/,
  );
});
