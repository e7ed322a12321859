// Today's inputs together: informational with fail-on-missing-baseline,
// and checks: gates with comment-when: changed across re-runs of one pull
// request (nothing changes, a gate is fixed).
import { checkRun, inProcess, prComments, resultOf, startGitHub } from '../support/e2e.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { C } from '../support/scenario.js';

inProcess();

let gh: FakeGitHub;
const check = (inputs: Record<string, string>) => checkRun(gh, { inputs });

test('fail-on-missing-baseline with informational: baseline → a warning, exit 0, a neutral check run', async () => {
  gh = await startGitHub({ runs: [] });
  const run = await check({
    'fail-on-missing-baseline': 'true',
    informational: 'baseline',
    checks: 'gates',
  });
  expect(run.code).toBe(0);
  expect(run.errors).toEqual([]);
  expect(JSON.parse(run.outputs['warned-gates'] as string)).toEqual(['baseline']);
  expect(run.outputs.passed).toBe('true');
  expect(resultOf(run).base).toBeNull();
  expect(run.warnings.map((w) => w.message)).toContainEqual(
    expect.stringMatching(/^baseline \(informational\)/),
  );
  const baseline = gh.state.checkRuns.find((r) => r.name === 'Coverage Gate / baseline');
  expect(baseline?.conclusion).toBe('neutral');
  expect(baseline?.headSha).toBe(C.head);
});

test('fail-on-missing-baseline with another gate informational: the missing baseline still fails the step', async () => {
  gh = await startGitHub({ runs: [] });
  const run = await check({
    'fail-on-missing-baseline': 'true',
    informational: 'min-coverage',
    'min-coverage': '90',
  });
  expect(run.code).toBe(1);
  expect(JSON.parse(run.outputs['failed-gates'] as string)).toEqual(['baseline']);
  expect(JSON.parse(run.outputs['warned-gates'] as string)).toEqual(['min-coverage']);
});

test('checks: gates with comment-when: changed: a re-run with nothing new updates the check runs and replaces the comment once; fixing the gate writes it again and the run turns green', async () => {
  gh = await startGitHub();
  const failing = { checks: 'gates', 'comment-when': 'changed', 'min-coverage': '90' };
  const first = await check(failing);
  expect(first.code).toBe(1);
  const total = () => gh.state.checkRuns.filter((r) => r.name === 'Coverage Gate / total');
  expect(total().map((r) => r.conclusion)).toEqual(['failure']);
  expect(prComments(gh)[0]?.body).toContain('❌');

  const again = await check(failing);
  expect(again.code).toBe(1);
  expect(total().map((r) => r.conclusion)).toEqual(['failure']);
  expect(prComments(gh)).toHaveLength(1);
  expect(prComments(gh)[0]?.body).toContain('No coverage change since');

  const fixed = await check({ ...failing, 'min-coverage': '70' });
  expect(fixed.code).toBe(0);
  expect(total().map((r) => r.conclusion)).toEqual(['success']);
  expect(prComments(gh)).toHaveLength(1);
  expect(prComments(gh)[0]?.body).not.toContain('No coverage change');
  expect(prComments(gh)[0]?.body).toContain('✅');
});
