// The action (in process) on a producer's report whose stated totals disagree
// with its lines (a Cobertura root counting method lines twice), with the
// branch gate on: the listed lines count, and the note is in the log, the
// result and the comment; the branch gate has its row and fails the step.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRun, inProcess, prComments, resultOf, startGitHub } from '../support/e2e.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { FIXTURES } from '../support/scenario.js';
import { tempDir } from '../support/temp.js';

inProcess();

let gh: FakeGitHub;

const NOTE =
  'coverage.xml: its root (lines-covered / lines-valid) states 13 of 18 lines (72.22%), but the lines it lists are 7 of 10 (70.00%); the listed lines count (difference -2.22 pp, -8 lines, -6 covered).';

async function check(minBranchCoverage: string) {
  gh = await startGitHub();
  const ws = tempDir('cg-producers-');
  copyFileSync(
    join(FIXTURES, 'producers/cobertura-double-count/coverage.xml'),
    join(ws, 'coverage.xml'),
  );
  copyFileSync(join(FIXTURES, 'cobertura/base/coverage.xml'), join(ws, 'base.xml'));
  return checkRun(gh, {
    workspace: ws,
    inputs: {
      'coverage-file': 'coverage.xml',
      'base-coverage-file': 'base.xml',
      'min-branch-coverage': minBranchCoverage,
    },
  });
}

test('stated totals that disagree: the listed lines count; the note is in the log, result and comment', async () => {
  const run = await check('50');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`Note: ${NOTE}`);
  const result = resultOf(run);
  expect(result.totals).toMatchObject({ covered: 7, statements: 10 });
  expect(result.notes).toContain(NOTE);
  const body = prComments(gh)[0]?.body ?? '';
  expect(body.replace(/\\/g, '')).toContain(NOTE);
  expect(body).toMatch(/\| Branch coverage \| ✅ \| 50\.00% \| ≥ 50% \|/);
});

test('min-branch-coverage above the branch figure fails the step, after the comment', async () => {
  const run = await check('60');
  expect(run.code).toBe(1);
  expect(run.outputs.passed).toBe('false');
  expect(run.errors.join('\n')).toContain('min-branch-coverage');
  const body = prComments(gh)[0]?.body ?? '';
  expect(body).toMatch(/\| Branch coverage \| ❌ \| 50\.00% \| ≥ 60% \|/);
});
