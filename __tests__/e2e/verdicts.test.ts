// The bundled action (dist/index.js, a child process) with informational
// gates, check runs and quiet comments, against the fake GitHub: the exit
// code and outputs the runner sees, and what GitHub holds afterwards.
import { readFileSync } from 'node:fs';
import { runCommentStage } from '../support/comment-stage.js';
import { checkRun, endToEnd, prComments, startGitHub, writes } from '../support/e2e.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { runAction } from '../support/run-action.js';
import { C, reportTotal } from '../support/scenario.js';

endToEnd();

let gh: FakeGitHub;
const TOTAL = reportTotal('py7-branch', 'head');

test('bundle: informational gates exit 0 with warned-gates; checks: gates writes one run per gate, updated by the re-run', async () => {
  gh = await startGitHub();
  const inputs = {
    'min-coverage': '90',
    'min-patch-coverage': '80',
    informational: 'min-coverage\nmin-patch-coverage',
    checks: 'gates',
  };
  const first = await checkRun(gh, { inputs });
  expect(first.code).toBe(0);
  expect(first.outputs.passed).toBe('true');
  expect(JSON.parse(first.outputs['warned-gates'] as string)).toEqual([
    'min-coverage',
    'min-patch-coverage',
  ]);
  const runs = () =>
    gh.state.checkRuns
      .map((r) => [r.headSha, r.name, r.conclusion, r.title])
      .sort((a, b) => String(a[1]).localeCompare(String(b[1])));
  expect(runs()).toEqual([
    [C.head, 'Coverage Gate / patch', 'neutral', '73.86% (required ≥ 80%)'],
    [C.head, 'Coverage Gate / total', 'neutral', `${TOTAL}% (required ≥ 90%)`],
  ]);
  const second = await checkRun(gh, { inputs: { ...inputs, informational: '' } });
  expect(second.code).toBe(1);
  expect(JSON.parse(second.outputs['failed-gates'] as string)).toEqual([
    'min-coverage',
    'min-patch-coverage',
  ]);
  expect(runs()).toEqual([
    [C.head, 'Coverage Gate / patch', 'failure', '73.86% (required ≥ 80%)'],
    [C.head, 'Coverage Gate / total', 'failure', `${TOTAL}% (required ≥ 90%)`],
  ]);
});

test('bundle: comment-when: changed replaces an unchanged comment by one line, then stays quiet', async () => {
  gh = await startGitHub();
  const inputs = { 'comment-when': 'changed' };
  await checkRun(gh, { inputs });
  expect(prComments(gh)[0]?.body).toContain(`${TOTAL}%`);
  const second = await checkRun(gh, { inputs });
  expect(second.code).toBe(0);
  expect(prComments(gh)).toHaveLength(1);
  expect(prComments(gh)[0]?.body).toContain(
    `\nNo coverage change since \`${C.head.slice(0, 7)}\`.\n`,
  );
  const count = writes(gh).length;
  const third = await checkRun(gh, { inputs });
  expect(third.code).toBe(0);
  expect(writes(gh)).toHaveLength(count);
  expect(third.summary).toContain(`${TOTAL}%`);
});

test('bundle: a fork pull request with checks: gates — stage 2 writes the check runs on the run head_sha', async () => {
  gh = await startGitHub({ fork: true });
  const stage1 = await checkRun(gh, {
    fork: true,
    inputs: { 'min-coverage': '90', checks: 'gates' },
  });
  expect(stage1.code).toBe(1);
  expect(gh.state.checkRuns).toEqual([]);
  const file = readFileSync(stage1.outputs['comment-file'] as string, 'utf8');
  const stage2 = await runCommentStage(gh, [{ name: 'coverage-gate-comment-default', file }], {
    runner: runAction,
  });
  expect(stage2.code).toBe(0);
  expect(stage2.warnings).toEqual([]);
  expect(stage2.stdout).toMatch(/Check run created: Coverage Gate \/ total/);
  expect(gh.state.checkRuns.map((r) => [r.headSha, r.name, r.conclusion])).toEqual([
    [C.head, 'Coverage Gate / total', 'failure'],
  ]);
  expect(prComments(gh)).toHaveLength(1);
});
