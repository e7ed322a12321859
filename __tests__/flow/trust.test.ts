// Nothing a fork or another bot controls: baselines come only from trusted
// push runs, and only our own comments are edited.
import { checkRun, inProcess, resultOf, startGitHub, startGitHubWith } from '../support/e2e.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { makeZip } from '../support/fake-github/zip.js';
import type { ActionRun } from '../support/run-action.js';
import { buildState, C, fixture, PR_NUMBER, reportTotal, WORKFLOW } from '../support/scenario.js';

inProcess();

let gh: FakeGitHub;

const check = (inputs: Record<string, string> = {}): Promise<ActionRun> => checkRun(gh, { inputs });

const prComments = () => gh.state.comments.filter((c) => c.issueNumber === PR_NUMBER);

test("a fork's pull_request run on a branch it named main is never a baseline, even at the merge base and newest", async () => {
  const state = buildState();
  const FORK_PR = 8;
  state.pulls?.push({
    number: FORK_PR,
    state: 'open',
    head: { sha: C.mergeBase, ref: 'main', repoFullName: 'mallory/octo-repo' },
    base: { sha: C.tip, ref: 'main', repoFullName: 'octo-org/octo-repo' },
    diff: '',
  });
  state.runs?.push({
    id: 505,
    workflowId: WORKFLOW.id,
    headBranch: 'main',
    headSha: C.mergeBase,
    event: 'pull_request',
    status: 'completed',
    conclusion: 'success',
    createdAt: '2024-03-05T00:00:00Z',
    runNumber: 15,
    pullRequests: [{ number: FORK_PR }],
  });
  state.artifacts?.push({
    id: 9505,
    runId: 505,
    name: 'coverage-baseline',
    expired: false,
    zip: makeZip({ 'coverage.json': fixture('py6-line/base/coverage.json') }),
  });
  gh = await startGitHubWith(state);
  const run = await check({ comment: 'off' });
  expect(run.code).toBe(0);
  // The merge base's push run (#12), as coverage report printed its total.
  expect(run.outputs['base-coverage']).toBe(reportTotal('py7-branch', 'base'));
  expect(resultOf(run).base.how).toMatch(/run #12/);
  const downloads = gh.requests.filter((q) => /\/actions\/artifacts\/\d+\/zip$/.test(q.path));
  expect(downloads.map((q) => q.path)).toEqual([expect.stringContaining('/artifacts/9501/zip')]);
  // Only push runs were asked for.
  const listing = gh.requests.find((q) => q.path.endsWith('/runs'));
  expect(listing?.query.event).toBe('push');
});

test("another bot's comment carrying our marker is left alone: we write our own, and no warning blames permissions", async () => {
  gh = await startGitHub();
  const foreign = {
    id: 7001,
    issueNumber: PR_NUMBER,
    body: '<!-- coverage-gate:default -->\nquoted by another bot',
    user: { login: 'other-coverage[bot]', type: 'Bot' as const },
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
  };
  gh.state.comments.push({ ...foreign });
  const run = await check();
  expect(run.code).toBe(0);
  expect(gh.requests.filter((q) => q.method === 'PATCH')).toHaveLength(0);
  expect(gh.state.comments.find((c) => c.id === foreign.id)?.body).toBe(foreign.body);
  const ours = prComments().filter((c) => c.user.login === 'github-actions[bot]');
  expect(ours).toHaveLength(1);
  expect(run.outputs['comment-url']).toContain(`#issuecomment-${ours[0]?.id}`);
  expect(run.warnings.map((w) => w.message).join('\n')).not.toMatch(
    /permission|pull-requests: write|comment was not written|Could not write/i,
  );

  // The next run edits our comment, still not theirs.
  const again = await check();
  expect(again.code).toBe(0);
  expect(prComments()).toHaveLength(2);
  const patches = gh.requests.filter((q) => q.method === 'PATCH');
  expect(patches.map((q) => q.path)).toEqual([
    expect.stringMatching(new RegExp(`/issues/comments/${ours[0]?.id}$`)),
  ]);
});

test("a GitHub App's token: its identity is learnt from its first comment, which later runs edit in place", async () => {
  gh = await startGitHub();
  gh.state.botLogin = 'coverage-app[bot]';
  gh.state.comments.push({
    id: 7002,
    issueNumber: PR_NUMBER,
    body: '<!-- coverage-gate:default -->\nfrom another bot',
    user: { login: 'other-coverage[bot]', type: 'Bot' },
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
  });
  const first = await check();
  expect(first.code).toBe(0);
  const mine = () => prComments().filter((c) => c.user.login === 'coverage-app[bot]');
  expect(mine()).toHaveLength(1);
  const id = mine()[0]?.id;

  for (let i = 0; i < 2; i++) {
    const again = await check();
    expect(again.code).toBe(0);
    expect(mine()).toHaveLength(1);
    expect(mine()[0]?.id).toBe(id);
  }
  expect(prComments()).toHaveLength(2);
  expect(gh.state.comments.find((c) => c.id === 7002)?.body).toBe(
    '<!-- coverage-gate:default -->\nfrom another bot',
  );
});
