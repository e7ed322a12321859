// The action (in process) on push (record mode) and the fork-safe two stages.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommentStage, TRIGGER_RUN } from '../support/comment-stage.js';
import { checkRun, inProcess, prComments, pushRun, startGitHub, writes } from '../support/e2e.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { CLI_BUNDLE, ROOT } from '../support/run-action.js';
import { C, PR_NUMBER, reportTotal, sha, workspace } from '../support/scenario.js';

inProcess();

let gh: FakeGitHub;

const push = (inputs: Record<string, string>) => pushRun(gh, { inputs });

test('push: record mode, absolute gates applied, no comment, the baseline left for upload', async () => {
  gh = await startGitHub();
  const failing = await push({ 'min-coverage': '80', 'max-coverage-drop': '0' });
  expect(failing.stdout).toMatch(/Mode: record/);
  expect(failing.code).not.toBe(0);
  expect(failing.errors).toHaveLength(1);
  expect(failing.errors[0]).toMatch(/min-coverage/);
  expect(failing.errors[0]).not.toMatch(/max-coverage-drop/);

  const passing = await push({ 'min-coverage': '70' });
  expect(passing.code).toBe(0);
  expect(passing.outputs.coverage).toBe(reportTotal('py7-branch', 'head'));
  expect(passing.outputs['comment-url']).toBe('');
  expect(passing.summary).toContain(`${reportTotal('py7-branch', 'head')}%`);
  expect(writes(gh)).toHaveLength(0);

  // The baseline file reads back, through the command line, to the same total.
  const file = passing.outputs['baseline-file'] as string;
  const cli = JSON.parse(
    execFileSync('node', [CLI_BUNDLE, '--coverage', file, '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );
  expect(cli.totals.percent.toFixed(2)).toBe(reportTotal('py7-branch', 'head'));
});

test("push with one LCOV report: the baseline is the producer's own file, byte for byte", async () => {
  gh = await startGitHub();
  const lcov = readFileSync(new URL('../../fixtures/reports/lcov/head/lcov.info', import.meta.url));
  const dir = workspace();
  writeFileSync(join(dir, 'lcov.info'), lcov);
  const run = await pushRun(gh, { workspace: dir, inputs: { 'coverage-file': 'lcov.info' } });
  expect(run.code).toBe(0);
  const file = run.outputs['baseline-file'] as string;
  expect(file.endsWith('/lcov.info')).toBe(true);
  expect(readFileSync(file).equals(lcov)).toBe(true);
});

const forkCheck = () =>
  checkRun(gh, { fork: true, inputs: { 'min-coverage': '90', 'max-new-uncovered-lines': '1000' } });

const commentStage = (
  artifacts: Parameters<typeof runCommentStage>[1],
  options?: Parameters<typeof runCommentStage>[2],
) => runCommentStage(gh, artifacts, options);

test('fork PR: check saves the comment file without commenting; comment mode in workflow_run posts it', async () => {
  gh = await startGitHub({ fork: true });
  const stage1 = await forkCheck();
  expect(stage1.code).not.toBe(0); // min-coverage 90 fails in stage 1
  expect(writes(gh)).toHaveLength(0);
  expect(stage1.stdout).toMatch(/::notice::.*fork/);
  const file = readFileSync(stage1.outputs['comment-file'] as string, 'utf8');
  const saved = JSON.parse(file);
  expect(saved).toMatchObject({
    schema: 'coverage-gate-comment/1',
    pullRequest: PR_NUMBER,
    headSha: C.head,
    commentId: 'default',
  });
  expect(saved.result.totals.percent.toFixed(2)).toBe(reportTotal('py7-branch', 'head'));

  const stage2 = await commentStage([{ name: 'coverage-gate-comment-default', file }]);
  expect(stage2.stdout).toMatch(/Mode: comment/);
  expect(stage2.errors).toEqual([]);
  expect(stage2.code).toBe(0); // stage 2 never fails on gates
  const comments = prComments(gh);
  expect(comments).toHaveLength(1);
  expect(comments[0]?.body).toContain('<!-- coverage-gate:default -->');
  expect(comments[0]?.body).toContain(`${reportTotal('py7-branch', 'head')}%`);
  expect(comments[0]?.body).toContain('❌');
  // The footer's measured commit and anchor survive the file's validation.
  expect(saved.result.measured).toEqual({
    commit: C.head,
    checkout: 'head',
    anchor: C.mergeBase,
  });
  expect(comments[0]?.body).toContain(
    `Measured \`${C.head.slice(0, 7)}\`, the pull request's head; anchored at the merge base \`${C.mergeBase.slice(0, 7)}\``,
  );
  expect(stage2.outputs['comment-url']).toContain(`#issuecomment-${comments[0]?.id}`);
  // The file carries what stage 2 needs to explain the delta and link the PR's lines.
  expect(saved.result.deltaParts.parts.length).toBeGreaterThan(0);
  const first = saved.result.newUncovered[0];
  expect(comments[0]?.body).toContain('Why coverage changed');
  const anchor = createHash('sha256').update(first.path).digest('hex');
  expect(comments[0]?.body).toContain(
    `(https://github.com/octo-org/octo-repo/pull/${PR_NUMBER}/files#diff-${anchor}R${first.ranges[0][0]})`,
  );
  expect(comments[0]?.body).toContain(
    `(https://github.com/octo-org/octo-repo/blob/${C.head}/${first.path})`,
  );
});

test('comment mode refuses a tampered file, names the artifact, posts nothing', async () => {
  gh = await startGitHub({ fork: true });
  const stage1 = await forkCheck();
  const good = JSON.parse(readFileSync(stage1.outputs['comment-file'] as string, 'utf8'));

  const cases: [string, (f: typeof good) => void, RegExp][] = [
    [
      'a number turned into markup',
      (f) => {
        f.result.totals.percent = '<img src=x onerror=alert(1)>';
      },
      /\/result\/totals\/percent must be number/,
    ],
    [
      'another commit',
      (f) => {
        f.headSha = 'f'.repeat(40);
      },
      /is for commit fffffff/,
    ],
    [
      'another pull request',
      (f) => {
        f.pullRequest = 999;
      },
      /pull request #999/,
    ],
    [
      'a forged marker id',
      (f) => {
        f.commentId = 'x --><script>';
      },
      /\/commentId must match pattern/,
    ],
  ];
  for (const [label, tamper, reason] of cases) {
    await gh.close();
    gh = await startGitHub({ fork: true });
    const bad = structuredClone(good);
    tamper(bad);
    const run = await commentStage([
      { name: 'coverage-gate-comment-default', file: JSON.stringify(good) },
      { name: 'coverage-gate-comment-evil', file: JSON.stringify(bad) },
    ]);
    expect({ label, code: run.code }).toEqual({ label, code: 1 });
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('artifact "coverage-gate-comment-evil"');
    expect(run.errors[0]).toMatch(reason);
    expect(writes(gh)).toHaveLength(0);
  }
});

/** Stage 1 on the fork PR, then its saved comment file. */
async function savedCommentFile(): Promise<{
  schema: string;
  headSha: string;
  pullRequest: number;
}> {
  const stage1 = await forkCheck();
  return JSON.parse(readFileSync(stage1.outputs['comment-file'] as string, 'utf8'));
}

test('comment mode on a superseded push: the pull request moved on, a notice, nothing posted, exit 0', async () => {
  gh = await startGitHub({ fork: true });
  const file = await savedCommentFile();
  // A newer push to the fork's branch lands before stage 2 of the older run.
  const pull = gh.state.pulls.find((p) => p.number === PR_NUMBER);
  if (!pull) throw new Error('no pull request in the scenario');
  pull.head.sha = sha('h2');
  const stage2 = await commentStage([
    { name: 'coverage-gate-comment-default', file: JSON.stringify(file) },
  ]);
  expect(stage2.errors).toEqual([]);
  expect(stage2.code).toBe(0);
  expect(stage2.stdout).toMatch(
    new RegExp(
      `::notice::artifact "coverage-gate-comment-default": pull request #${PR_NUMBER} has moved on to ${sha('h2').slice(0, 7)} since run ${TRIGGER_RUN} built ${C.head.slice(0, 7)}; nothing posted`,
    ),
  );
  expect(writes(gh)).toHaveLength(0);
  expect(prComments(gh)).toHaveLength(0);
});

test('comment mode: a file that disagrees with the run, or names a pull request of another branch, stays a failure', async () => {
  gh = await startGitHub({ fork: true });
  const good = await savedCommentFile();
  const cases: [string, (state: FakeGitHub['state'], f: typeof good) => void, RegExp][] = [
    [
      'the file claims the pull request new head, the run built the old one',
      (state, f) => {
        const pull = state.pulls.find((p) => p.number === PR_NUMBER);
        if (pull) pull.head.sha = sha('h2');
        f.headSha = sha('h2');
      },
      new RegExp(`is for commit ${sha('h2').slice(0, 7)}, but pull request #${PR_NUMBER}`),
    ],
    [
      "another open pull request, from another branch, whose head never was the run's",
      (state, f) => {
        state.pulls.push(otherPull(8, 'other-branch', 'someone/octo-repo'));
        f.pullRequest = 8;
      },
      /pull request #8 is at [0-9a-f]{7} and the run at/,
    ],
    [
      'another open pull request, from a same-named branch of another repository',
      (state, f) => {
        state.pulls.push(otherPull(9, 'feature', 'mallory/octo-repo'));
        f.pullRequest = 9;
      },
      /pull request #9 is at [0-9a-f]{7} and the run at/,
    ],
  ];
  for (const [label, tamper, reason] of cases) {
    await gh.close();
    gh = await startGitHub({ fork: true });
    const bad = structuredClone(good);
    tamper(gh.state, bad);
    const run = await commentStage([
      { name: 'coverage-gate-comment-evil', file: JSON.stringify(bad) },
    ]);
    expect({ label, code: run.code }).toEqual({ label, code: 1 });
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('artifact "coverage-gate-comment-evil"');
    expect(run.errors[0]).toMatch(reason);
    expect(run.errors[0]).toMatch(/nothing was posted$/);
    expect(writes(gh)).toHaveLength(0);
  }
});

function otherPull(number: number, ref: string, repoFullName: string) {
  return {
    number,
    state: 'open' as const,
    head: { sha: sha(`other-${number}`), ref, repoFullName },
    base: { sha: C.tip, ref: 'main', repoFullName: 'octo-org/octo-repo' },
    diff: '',
  };
}

test('comment mode: no comment artifact is nothing to post; off posts nothing; a closed, unknown or expired one fails; a refused comment fails the step', async () => {
  gh = await startGitHub({ fork: true });
  const file = JSON.stringify(await savedCommentFile());
  const artifact = { name: 'coverage-gate-comment-default', file };

  const none = await commentStage([{ name: 'coverage-baseline', file }]);
  expect({ code: none.code, errors: none.errors }).toEqual({ code: 0, errors: [] });
  expect(none.stdout).toMatch(/left no coverage-gate-comment\* artifact; nothing to post/);

  await gh.close();
  gh = await startGitHub({ fork: true });
  const off = await commentStage([artifact], { inputs: { comment: 'off' } });
  expect(off.code).toBe(0);
  expect(off.stdout).toContain(
    'artifact "coverage-gate-comment-default": comment: off, not posted',
  );
  expect(writes(gh)).toHaveLength(0);

  const failing: [string, (state: FakeGitHub['state']) => void, boolean, RegExp][] = [
    ['closed', (state) => closePull(state), false, /names pull request #7, which is closed/],
    [
      'unknown',
      (state) => {
        state.pulls = state.pulls.filter((p) => p.number !== PR_NUMBER);
      },
      false,
      /names pull request #7, which this repository does not have/,
    ],
    ['expired', () => undefined, true, /artifact "coverage-gate-comment-default": has expired/],
  ];
  for (const [label, change, expired, reason] of failing) {
    await gh.close();
    gh = await startGitHub({ fork: true });
    change(gh.state);
    const run = await commentStage([{ ...artifact, expired }]);
    expect({ label, code: run.code }).toEqual({ label, code: 1 });
    expect(run.errors[0]).toMatch(reason);
    expect(writes(gh)).toHaveLength(0);
  }

  await gh.close();
  gh = await startGitHub({ fork: true });
  gh.fault({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 403, times: 10 });
  const refused = await commentStage([artifact]);
  expect(refused.code).toBe(1);
  expect(refused.errors[0]).toMatch(
    /^Could not write the pull request comment: .*pull-requests: write/,
  );
});

test('comment mode outside a workflow_run event: one error line, nothing asked of GitHub', async () => {
  gh = await startGitHub({ fork: true });
  const run = await pushRun(gh, { inputs: { mode: 'comment' } });
  expect(run.code).toBe(1);
  expect(run.errors).toEqual([
    'mode: comment runs in a workflow_run workflow; the push event has no workflow_run',
  ]);
  expect(gh.requests).toHaveLength(0);
});

function closePull(state: FakeGitHub['state']) {
  const pull = state.pulls.find((p) => p.number === PR_NUMBER);
  if (pull) pull.state = 'closed';
}
