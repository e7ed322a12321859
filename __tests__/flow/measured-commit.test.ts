// What was measured decides the changed lines and the baseline's anchor: real
// git repositories where main moved on after the PR branched off, real
// coverage.py reports, the action (in process) over the fake GitHub API.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDeltaParts } from '../support/e2e.js';
import { pullRequestEvent } from '../support/fake-github/events.js';
import { type FakeGitHub, startFakeGitHub } from '../support/fake-github/index.js';
import { runInProcess } from '../support/in-process.js';
import {
  buildMovedMain,
  checkout,
  type MovedMain,
  measure,
  movedMainState,
} from '../support/moved-main.js';
import type { ActionRun } from '../support/run-action.js';
import { PR_NUMBER } from '../support/scenario.js';
import { tempDir } from '../support/temp.js';

let repo: MovedMain;
let gh: FakeGitHub;

beforeAll(() => {
  repo = buildMovedMain();
}, 120_000);

afterEach(async () => {
  await gh?.close();
});

const percentOf = (report: Buffer) =>
  JSON.parse(report.toString('utf8')).totals.percent_covered as number;

/** Runs the action on the PR's event, GITHUB_SHA the merge commit as on GitHub, in `workspace`. */
async function check(workspace: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runInProcess({
    apiUrl: gh.url,
    token: gh.state.token,
    eventName: 'pull_request',
    payload: pullRequestEvent({
      number: PR_NUMBER,
      head: { sha: repo.head, ref: 'feature' },
      base: { sha: repo.c1, ref: 'main' },
    }),
    workspace,
    sha: repo.merge,
    ref: `refs/pull/${PR_NUMBER}/merge`,
    inputs: { 'min-patch-coverage': '80', ...inputs },
  });
}

/** A checkout of `ref` with coverage.py's report made in it, as the workflow would. */
function measuredCheckout(ref: string, depth?: number): string {
  const dir = checkout(repo, ref, depth ? { depth } : {});
  writeFileSync(join(dir, 'coverage.json'), measure(dir));
  return dir;
}

const result = (run: ActionRun) => {
  const read = JSON.parse(readFileSync(run.outputs['report-json'] as string, 'utf8'));
  checkDeltaParts(read);
  return read;
};
const comment = () => gh.state.comments.find((c) => c.issueNumber === PR_NUMBER)?.body ?? '';
const short = (sha: string) => sha.slice(0, 7);

test('merge-commit checkout after main moved: changed lines in its own numbering, 1 of 4 (25%) fails min-patch-coverage; the delta is against its first parent', async () => {
  gh = await startFakeGitHub(movedMainState(repo));
  const dir = measuredCheckout(`refs/pull/${PR_NUMBER}/merge`);
  const run = await check(dir);

  expect(run.stdout).toContain('Changed lines from local git diff');
  const r = result(run);
  expect(r.patch).toEqual({ percent: 25, lines: 4, covered: 1 });
  expect(run.outputs['patch-coverage']).toBe('25.00');
  expect(run.code).not.toBe(0);
  expect(JSON.parse(run.outputs['failed-gates'] as string)).toEqual(['min-patch-coverage']);

  // Anchored at the first parent (main's tip when the merge was made), not the merge base.
  expect(r.base.commit).toBe(repo.c1);
  expect(r.base.how).toMatch(/first parent/);
  const headReport = JSON.parse(readFileSync(join(dir, 'coverage.json'), 'utf8'));
  const delta = headReport.totals.percent_covered - percentOf(repo.report(repo.c1));
  expect(Number(run.outputs['coverage-delta'])).toBeCloseTo(delta, 2);
  expect(r.measured).toEqual({ commit: repo.merge, checkout: 'merge', anchor: repo.c1 });

  // The log and the footer name the measured commit and the anchor.
  expect(run.stdout).toMatch(
    new RegExp(
      `Measured commit ${short(repo.merge)} \\(the pull request's merge commit.*anchor ${short(repo.c1)}`,
    ),
  );
  expect(comment()).toContain(`Measured \`${short(repo.merge)}\`, the pull request's merge commit`);
  expect(comment()).toContain(`first parent \`${short(repo.c1)}\``);
  // The fork-safe file still names the PR head.
  const file = JSON.parse(readFileSync(run.outputs['comment-file'] as string, 'utf8'));
  expect(file.headSha).toBe(repo.head);
});

test('head checkout after main moved: merge-base...head, 1 of 4, anchored at the merge base', async () => {
  gh = await startFakeGitHub(movedMainState(repo));
  const run = await check(measuredCheckout(`refs/pull/${PR_NUMBER}/head`));
  const r = result(run);
  expect(r.patch).toEqual({ percent: 25, lines: 4, covered: 1 });
  expect(run.code).not.toBe(0);
  expect(r.base.commit).toBe(repo.c0);
  expect(r.base.how).toMatch(/merge base/);
  expect(r.measured).toEqual({ commit: repo.head, checkout: 'head', anchor: repo.c0 });
  expect(comment()).toContain(`Measured \`${short(repo.head)}\`, the pull request's head`);
});

test('shallow merge-commit checkout (fetch-depth 1): parents read from the commit object, the changed lines from the REST compare of the first parent with it', async () => {
  gh = await startFakeGitHub(movedMainState(repo));
  const dir = measuredCheckout(`refs/pull/${PR_NUMBER}/merge`, 1);
  expect(
    execFileSync('git', ['rev-parse', '--is-shallow-repository'], {
      cwd: dir,
      encoding: 'utf8',
    }).trim(),
  ).toBe('true');
  const run = await check(dir);
  expect(run.stdout).toContain(
    `Changed lines from the API compare of ${short(repo.c1)}...${short(repo.merge)}`,
  );
  expect(result(run).patch).toEqual({ percent: 25, lines: 4, covered: 1 });
  expect(result(run).base.commit).toBe(repo.c1);
  // Parents came from the object, so the REST commit was not needed.
  expect(gh.requests.some((q) => /\/commits\/[0-9a-f]{40}$/.test(q.path))).toBe(false);
});

test('no git in the workspace: GITHUB_SHA is measured, its parents come from the REST commit', async () => {
  gh = await startFakeGitHub(movedMainState(repo));
  const report = measure(checkout(repo, `refs/pull/${PR_NUMBER}/merge`));
  const dir = tempDir('cg-no-git-');
  writeFileSync(join(dir, 'coverage.json'), report);
  const run = await check(dir);
  expect(gh.requests.some((q) => q.path.endsWith(`/commits/${repo.merge}`))).toBe(true);
  expect(result(run).measured).toEqual({ commit: repo.merge, checkout: 'merge', anchor: repo.c1 });
  expect(result(run).patch).toEqual({ percent: 25, lines: 4, covered: 1 });
});

test("the anchor's own run has no artifact yet: the newest ancestor's serves, and the comment says main's changes since are in the delta", async () => {
  gh = await startFakeGitHub(movedMainState(repo, { runsAt: ['c0'] }));
  const run = await check(measuredCheckout(`refs/pull/${PR_NUMBER}/merge`));
  const r = result(run);
  expect(r.base.commit).toBe(repo.c0);
  expect(r.base.how).toMatch(
    new RegExp(`changes between ${short(repo.c0)} and ${short(repo.c1)} are counted in the delta`),
  );
  expect(comment()).toContain('are counted in the delta');
  expect(r.patch).toEqual({ percent: 25, lines: 4, covered: 1 });
  // Lines map through the checkout's diff c0 → M; main's three new statements (c0 → c1) ran,
  // and the PR's scaled() is the changed lines.
  expect(run.stdout).not.toContain("The diff from the baseline's commit is unavailable");
  const parts = Object.fromEntries(
    r.deltaParts.parts.map((p: { part: string; statements: unknown }) => [p.part, p.statements]),
  );
  expect(parts['not-in-diff']).toEqual({ covered: 3, total: 3 });
  expect(parts['changed-covered']).toEqual({ covered: 1, total: 1 });
  expect(parts['changed-uncovered']).toEqual({ covered: 0, total: 3 });
  expect(parts['lost-coverage']).toEqual({ covered: 0, total: 0 });
  expect(comment()).toMatch(/\| Not in this PR's diff \| \+3 \/ \+3 \|/);
});

test('a checkout that is not the PR (ref: main): a warning that the PR code was not measured, the merge base is the anchor', async () => {
  gh = await startFakeGitHub(movedMainState(repo));
  const run = await check(measuredCheckout('refs/heads/main'));
  expect(run.warnings.map((w) => w.message).join('\n')).toMatch(
    /pull request's code was not measured/,
  );
  expect(result(run).measured).toEqual({ commit: repo.c1, checkout: 'other', anchor: repo.c0 });
  expect(result(run).base.commit).toBe(repo.c0);
});

test("pull_request_target's default checkout (the base branch): no patch figure from code that was not measured, the patch gate is not passed on it", async () => {
  gh = await startFakeGitHub(movedMainState(repo));
  const run = await runInProcess({
    apiUrl: gh.url,
    token: gh.state.token,
    eventName: 'pull_request_target',
    payload: pullRequestEvent({
      number: PR_NUMBER,
      head: { sha: repo.head, ref: 'feature' },
      base: { sha: repo.c1, ref: 'main' },
    }),
    workspace: measuredCheckout('refs/heads/main'),
    sha: repo.c1,
    ref: 'refs/heads/main',
    inputs: { 'min-patch-coverage': '80' },
  });
  const r = result(run);
  expect(r.measured).toEqual({ commit: repo.c1, checkout: 'other', anchor: repo.c0 });
  // The PR's diff read against main's code would be 3 of 3 lines of add() and sub(): not the PR's lines.
  expect(r.patch).toBeNull();
  expect(run.outputs['patch-coverage']).toBe('');
  expect(
    r.gates.find((g: { name: string }) => g.name === 'min-patch-coverage')?.message,
  ).not.toMatch(/meets/);
  expect(run.warnings.filter((w) => w.props.includes('file='))).toEqual([]);
  expect(comment()).toContain("the pull request's changed lines are not in it");
  expect(run.code).toBe(0);
});

/** The action on the merge queue's checks_requested event for the pull request's merge commit. */
async function mergeQueueRun(inputs: Record<string, string>) {
  gh = await startFakeGitHub(movedMainState(repo));
  return runInProcess({
    apiUrl: gh.url,
    token: gh.state.token,
    eventName: 'merge_group',
    payload: {
      action: 'checks_requested',
      merge_group: {
        head_sha: repo.merge,
        head_ref: `refs/heads/gh-readonly-queue/main/pr-${PR_NUMBER}-${repo.c1}`,
        base_sha: repo.c1,
        base_ref: 'refs/heads/main',
      },
      repository: { full_name: 'octo-org/octo-repo' },
    },
    workspace: measuredCheckout(`refs/pull/${PR_NUMBER}/merge`),
    sha: repo.merge,
    ref: `refs/heads/gh-readonly-queue/main/pr-${PR_NUMBER}-${repo.c1}`,
    inputs,
  });
}

test('merge queue: measured head_sha, anchored at base_sha, changed lines base_sha..head_sha', async () => {
  const run = await mergeQueueRun({ 'min-patch-coverage': '80' });
  const r = result(run);
  expect(r.measured).toEqual({ commit: repo.merge, checkout: 'merge-group', anchor: repo.c1 });
  expect(r.base.commit).toBe(repo.c1);
  expect(r.patch).toEqual({ percent: 25, lines: 4, covered: 1 });
  expect(run.code).not.toBe(0);
});

test('merge queue with checks: gates: the check runs go on the merge group head, where the queue asks for them', async () => {
  const run = await mergeQueueRun({ 'min-patch-coverage': '80', checks: 'gates' });
  expect(run.code).toBe(1);
  expect(gh.state.checkRuns.map((r) => [r.headSha, r.name, r.conclusion, r.title]).sort()).toEqual([
    [repo.merge, 'Coverage Gate / patch', 'failure', '25.00% (required ≥ 80%)'],
    [repo.merge, 'Coverage Gate / total', 'success', expect.stringMatching(/^\d+\.\d\d%$/)],
  ]);
});
