/**
 * The command line's new flags: --min-branch-coverage (off by default, fails
 * the run below its minimum, n/a without branch data) and
 * --impact-include / --impact-exclude (scope the list, never the gates).
 */
import { runMain } from '../support/cli.js';

const branchRun = ['--coverage', 'fixtures/reports/py7-branch/head/coverage.json'];
const lineRun = ['--coverage', 'fixtures/reports/py7-line/head/coverage.json'];

test('--min-branch-coverage: exit 1 below it, 0 at or above it, off by default', async () => {
  const below = await runMain([...branchRun, '--min-branch-coverage', '65']);
  expect(below.code).toBe(1);
  expect(below.stdout).toContain(
    'FAIL  min-branch-coverage: Branch coverage 64.88% (109 of 168 branches) is below the minimum 65%',
  );
  expect((await runMain([...branchRun, '--min-branch-coverage', '64.88'])).code).toBe(0);
  const off = await runMain(branchRun);
  expect(off.code).toBe(0);
  expect(off.stdout).not.toContain('min-branch-coverage');
});

test('--min-branch-coverage without branch data: n/a and a note, the run still passes', async () => {
  const run = await runMain([...lineRun, '--min-branch-coverage', '65', '--format', 'json']);
  expect(run.code).toBe(0);
  const result = JSON.parse(run.stdout);
  expect(result.gates).toContainEqual(
    expect.objectContaining({ name: 'min-branch-coverage', skipped: true, actual: null }),
  );
  expect(result.notes.join('\n')).toMatch(/min-branch-coverage is 65% but .* has no branch data/);
});

test('--min-branch-coverage rejects a bad value in one line', async () => {
  const run = await runMain([...lineRun, '--min-branch-coverage', 'lots']);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    'coverage-gate: --min-branch-coverage must be a number from 0 to 100, got "lots"\n',
  );
});

test('--impact-include / --impact-exclude scope the list; the gates do not move', async () => {
  const base = [
    ...lineRun,
    '--format',
    'json',
    '--impact-min-statements',
    '0',
    '--impact-max-coverage',
    '100',
    '--impact-target',
    '90',
    '--min-file-coverage',
    '50',
  ];
  const all = JSON.parse((await runMain(base)).stdout);
  const scoped = JSON.parse(
    (
      await runMain([
        ...base,
        '--impact-include',
        'invoicing/r*.py',
        '--impact-include',
        'invoicing/export.py',
        '--impact-exclude',
        'render.py',
      ])
    ).stdout,
  );
  expect(all.impact.map((e: { path: string }) => e.path)).toContain('invoicing/render.py');
  expect(scoped.impact.map((e: { path: string }) => e.path).sort()).toEqual([
    'invoicing/export.py',
    'invoicing/refunds.py',
  ]);
  expect(scoped.gates).toEqual(all.gates);
  expect(scoped.passed).toBe(all.passed);
});

test('a Cobertura report that states lines but lists none: exit 2, one line', async () => {
  const run = await runMain([
    '--coverage',
    'fixtures/reports/producers/cobertura-no-lines/coverage.xml',
  ]);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toBe(
    'coverage-gate: fixtures/reports/producers/cobertura-no-lines/coverage.xml: states lines-valid="12" on its root but lists no <line> under any class or method: nothing to read, so the report is refused\n',
  );
});

test('a Cobertura report with no line at all (gcovr, filter matching nothing): exit 2, one line', async () => {
  const run = await runMain(['--coverage', 'fixtures/reports/producers/gcovr-empty/coverage.xml']);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toBe(
    'coverage-gate: fixtures/reports/producers/gcovr-empty/coverage.xml: no data to report: the report lists no files\n',
  );
});
