// The bundled action on a producer's report whose stated totals disagree
// with its lines (a Cobertura root counting method lines twice), with the
// branch gate on: the listed lines count, and the note is in the log, the
// result and the comment; the branch gate has its row and fails the step.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pullRequestEvent } from '../support/fake-github/events.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { ROOT, runAction } from '../support/run-action.js';
import { C, FIXTURES, PR_NUMBER, startScenario } from '../support/scenario.js';

let gh: FakeGitHub;
afterEach(async () => {
  await gh?.close();
});

beforeAll(() => {
  execFileSync('node', ['scripts/build.mjs'], { cwd: ROOT });
}, 120_000);

const NOTE =
  'coverage.xml: its root (lines-covered / lines-valid) states 13 of 18 lines (72.22%), but the lines it lists are 7 of 10 (70.00%); the listed lines count (difference -2.22 pp, -8 lines, -6 covered).';

async function check(minBranchCoverage: string) {
  gh = await startScenario();
  const ws = mkdtempSync(join(tmpdir(), 'cg-producers-'));
  copyFileSync(
    join(FIXTURES, 'producers/cobertura-double-count/coverage.xml'),
    join(ws, 'coverage.xml'),
  );
  copyFileSync(join(FIXTURES, 'cobertura/base/coverage.xml'), join(ws, 'base.xml'));
  return runAction({
    apiUrl: gh.url,
    token: gh.state.token,
    eventName: 'pull_request',
    payload: pullRequestEvent({
      number: PR_NUMBER,
      head: { sha: C.head, ref: 'feature' },
      base: { sha: C.tip, ref: 'main' },
    }),
    workspace: ws,
    sha: C.head,
    ref: `refs/pull/${PR_NUMBER}/merge`,
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
  const result = JSON.parse(readFileSync(run.outputs['report-json'] as string, 'utf8'));
  expect(result.totals).toMatchObject({ covered: 7, statements: 10 });
  expect(result.notes).toContain(NOTE);
  const body = gh.state.comments.find((x) => x.issueNumber === PR_NUMBER)?.body ?? '';
  expect(body.replace(/\\/g, '')).toContain(NOTE);
  expect(body).toMatch(/\| Branch coverage \| ✅ \| 50\.00% \| ≥ 50% \|/);
});

test('min-branch-coverage above the branch figure fails the step, after the comment', async () => {
  const run = await check('60');
  expect(run.code).toBe(1);
  expect(run.outputs.passed).toBe('false');
  expect(run.errors.join('\n')).toContain('min-branch-coverage');
  const body = gh.state.comments.find((x) => x.issueNumber === PR_NUMBER)?.body ?? '';
  expect(body).toMatch(/\| Branch coverage \| ❌ \| 50\.00% \| ≥ 60% \|/);
});
