// The bundled action on a real repository whose pull request is checked out
// as its merge commit after main moved on (coverage.py's reports), with
// checks: gates and comment-when: changed over two pushes of the same PR.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pullRequestEvent } from '../support/fake-github/events.js';
import { type FakeGitHub, startFakeGitHub } from '../support/fake-github/index.js';
import {
  buildMovedMain,
  checkout,
  type MovedMain,
  measure,
  movedMainState,
} from '../support/moved-main.js';
import { type ActionRun, runAction } from '../support/run-action.js';
import { PR_NUMBER } from '../support/scenario.js';

let repo: MovedMain;
let gh: FakeGitHub;

beforeAll(() => {
  repo = buildMovedMain();
}, 120_000);

afterEach(async () => {
  await gh?.close();
});

const INPUTS = { 'min-patch-coverage': '80', checks: 'gates', 'comment-when': 'changed' };

function check(
  workspace: string,
  head: string,
  merge: string,
  inputs = INPUTS,
): Promise<ActionRun> {
  return runAction({
    apiUrl: gh.url,
    token: gh.state.token,
    eventName: 'pull_request',
    payload: pullRequestEvent({
      number: PR_NUMBER,
      head: { sha: head, ref: 'feature' },
      base: { sha: repo.c1, ref: 'main' },
    }),
    workspace,
    sha: merge,
    ref: `refs/pull/${PR_NUMBER}/merge`,
    inputs,
  });
}

function measuredMerge(): string {
  const dir = checkout(repo, `refs/pull/${PR_NUMBER}/merge`);
  writeFileSync(join(dir, 'coverage.json'), measure(dir));
  return dir;
}

const comments = () => gh.state.comments.filter((c) => c.issueNumber === PR_NUMBER);

test('bundle, merge-commit checkout: the check runs land on the PR head, not the merge commit; a second run of the same commit replaces the comment by one line and updates the runs', async () => {
  gh = await startFakeGitHub(movedMainState(repo));
  const dir = measuredMerge();
  const first = await check(dir, repo.head, repo.merge);
  expect(first.code).toBe(1);
  expect(JSON.parse(first.outputs['failed-gates'] as string)).toEqual(['min-patch-coverage']);
  const patch = () => gh.state.checkRuns.filter((r) => r.name === 'Coverage Gate / patch');
  expect(patch()).toHaveLength(1);
  expect(patch()[0]).toMatchObject({
    headSha: repo.head,
    conclusion: 'failure',
    title: '25.00% (required ≥ 80%)',
  });
  expect(gh.state.checkRuns.some((r) => r.headSha === repo.merge)).toBe(false);
  expect(comments()).toHaveLength(1);
  expect(comments()[0]?.body).toContain('25.00%');

  const second = await check(dir, repo.head, repo.merge);
  expect(second.code).toBe(1);
  expect(patch()).toHaveLength(1);
  expect(comments()).toHaveLength(1);
  expect(comments()[0]?.body).toContain(`No coverage change since \`${repo.head.slice(0, 7)}\``);

  // The gate lowered to what the patch has: a new outcome, the full comment again, green runs.
  const third = await check(dir, repo.head, repo.merge, { ...INPUTS, 'min-patch-coverage': '25' });
  expect(third.code).toBe(0);
  expect(patch()).toHaveLength(1);
  expect(patch()[0]?.conclusion).toBe('success');
  expect(comments()).toHaveLength(1);
  expect(comments()[0]?.body).toContain('25.00%');
  expect(comments()[0]?.body).not.toContain('No coverage change');
}, 120_000);
