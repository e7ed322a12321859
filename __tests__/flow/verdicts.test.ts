// The action (in process) on the scenario's pull request: informational
// gates (warnings, not failures) and the check runs of `checks: gates`,
// re-runs and the fork-safe second stage included.
import { readFileSync } from 'node:fs';
import { runCommentStage } from '../support/comment-stage.js';
import { checkRun, inProcess, prComments, resultOf, startGitHub } from '../support/e2e.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { C, reportTotal } from '../support/scenario.js';

inProcess();

let gh: FakeGitHub;

const check = (inputs: Record<string, string>, fork = false) => checkRun(gh, { inputs, fork });

// The scenario's head: 72.76% total (fails 90), 73.86% patch (65 of 88; fails 80).
const TOTAL = reportTotal('py7-branch', 'head');
const FAILING = { 'min-coverage': '90', 'min-patch-coverage': '80' };

test('informational: a listed gate that fails warns (⚠️, warned-gates, one annotation); the others still fail the step', async () => {
  gh = await startGitHub();
  const run = await check({ ...FAILING, informational: 'min-patch-coverage' });
  expect(run.code).toBe(1);
  expect(JSON.parse(run.outputs['failed-gates'] as string)).toEqual(['min-coverage']);
  expect(JSON.parse(run.outputs['warned-gates'] as string)).toEqual(['min-patch-coverage']);
  expect(run.outputs.passed).toBe('false');
  expect(run.errors).toHaveLength(1);
  expect(run.errors[0]).toMatch(/min-coverage/);
  expect(run.errors[0]).not.toMatch(/min-patch-coverage/);
  const warned = run.warnings.filter((w) => w.message.includes('(informational)'));
  expect(warned.map((w) => w.message)).toEqual([
    expect.stringMatching(/^min-patch-coverage \(informational\): Patch coverage 73\.86% of 88/),
  ]);
  const body = prComments(gh)[0]?.body ?? '';
  expect(body).toMatch(/\| Patch coverage \(informational\) \| ⚠️ \| 73\.86% \| ≥ 80% \|/);
  expect(body).toContain(`| ❌ | ${TOTAL}% | ≥ 90% |`);
  expect(run.summary).toContain('⚠️');
  const gate = resultOf(run).gates.find((g: { name: string }) => g.name === 'min-patch-coverage');
  expect(gate).toMatchObject({ passed: false, informational: true });
});

test('informational: all → the step passes with warnings (exit 0), every failed gate warned', async () => {
  gh = await startGitHub();
  const run = await check({ ...FAILING, informational: 'all' });
  expect(run.code).toBe(0);
  expect(run.errors).toEqual([]);
  expect(run.outputs.passed).toBe('true');
  expect(JSON.parse(run.outputs['failed-gates'] as string)).toEqual([]);
  expect(JSON.parse(run.outputs['warned-gates'] as string)).toEqual([
    'min-coverage',
    'min-patch-coverage',
  ]);
  expect(prComments(gh)[0]?.body).toContain('### ⚠️ Coverage Gate passed with warnings');
  expect(run.summary).toContain('### ⚠️ Coverage Gate passed with warnings');
});

test('informational: a malformed line fails the step in one line naming the input, nothing posted', async () => {
  gh = await startGitHub();
  const run = await check({ informational: 'min-patch-coverage\nmin patch coverage' });
  expect(run.code).toBe(1);
  expect(run.errors).toHaveLength(1);
  expect(run.errors[0]).toMatch(/^informational: .*"min patch coverage"/);
  expect(gh.state.comments).toHaveLength(0);
});

const runsOn = (sha: string) =>
  gh.state.checkRuns
    .filter((r) => r.headSha === sha)
    .map((r) => ({ name: r.name, conclusion: r.conclusion, title: r.title }))
    .sort((a, b) => a.name.localeCompare(b.name));

const CHECKED = {
  ...FAILING,
  'max-coverage-drop': '5',
  'min-branch-coverage': '10',
  informational: 'min-patch-coverage',
  checks: 'gates',
};

const EXPECTED_RUNS = [
  {
    name: 'Coverage Gate / branches',
    conclusion: 'success',
    title: expect.stringMatching(/^\d+\.\d\d% \(required ≥ 10%\)$/),
  },
  {
    name: 'Coverage Gate / drop',
    conclusion: 'success',
    title: expect.stringMatching(/^[+−-]?\d+\.\d\d pp \(allowed drop 5 pp\)$/),
  },
  { name: 'Coverage Gate / patch', conclusion: 'neutral', title: '73.86% (required ≥ 80%)' },
  {
    name: 'Coverage Gate / total',
    conclusion: 'failure',
    title: `${TOTAL}% (required ≥ 90%)`,
  },
];

test('checks: gates → one check run per gate on the head commit, figure in the title, neutral when informational; a re-run updates them', async () => {
  gh = await startGitHub();
  const first = await check(CHECKED);
  expect(first.code).toBe(1);
  expect(runsOn(C.head)).toEqual(EXPECTED_RUNS);
  expect(gh.state.checkRuns.every((r) => r.status === 'completed')).toBe(true);
  const patch = gh.state.checkRuns.find((r) => r.name === 'Coverage Gate / patch');
  expect(patch?.summary).toMatch(/informational/);

  const posts = () =>
    gh.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/check-runs'));
  const patches = () =>
    gh.requests.filter((q) => q.method === 'PATCH' && /\/check-runs\/\d+$/.test(q.path));
  expect(posts()).toHaveLength(4);
  expect(patches()).toHaveLength(0);

  // The re-run, now with the total informational too: the same four runs, updated.
  const second = await check({ ...CHECKED, informational: 'all' });
  expect(second.code).toBe(0);
  expect(gh.state.checkRuns).toHaveLength(4);
  expect(posts()).toHaveLength(4);
  expect(patches()).toHaveLength(4);
  expect(runsOn(C.head).find((r) => r.name === 'Coverage Gate / total')?.conclusion).toBe(
    'neutral',
  );
});

test("checks: gates without checks: write → one warning naming the permission; the verdict is the gates'", async () => {
  gh = await startGitHub();
  gh.state.checksWritable = false;
  const run = await check({ 'min-coverage': '50', checks: 'gates' });
  expect(run.code).toBe(0);
  const about = run.warnings.filter((w) => /check run/i.test(w.message));
  expect(about).toHaveLength(1);
  expect(about[0]?.message).toMatch(
    /Resource not accessible by integration.*the job needs `checks: write`/,
  );
  expect(gh.state.checkRuns).toHaveLength(0);
  expect(prComments(gh)).toHaveLength(1);
});

test('checks: off (the default) writes no check run', async () => {
  gh = await startGitHub();
  await check(FAILING);
  expect(gh.state.checkRuns).toHaveLength(0);
  expect(gh.requests.some((q) => q.path.includes('check-runs'))).toBe(false);
});

test('fork PR: stage 1 writes no check run and carries checks in the comment file; stage 2 creates them on the run head_sha, and its re-run updates them', async () => {
  gh = await startGitHub({ fork: true });
  const stage1 = await check(CHECKED, true);
  expect(stage1.code).toBe(1);
  expect(gh.state.checkRuns).toHaveLength(0);
  expect(stage1.stdout).toMatch(/second stage \(mode: comment\) creates them/);
  const file = readFileSync(stage1.outputs['comment-file'] as string, 'utf8');
  expect(JSON.parse(file).checks).toBe('gates');

  const artifact = [{ name: 'coverage-gate-comment-default', file }];
  const stage2 = await runCommentStage(gh, artifact);
  expect(stage2.code).toBe(0);
  expect(stage2.warnings).toEqual([]);
  expect(runsOn(C.head)).toEqual(EXPECTED_RUNS);

  gh.state.runs = gh.state.runs.filter((r) => r.id !== 777);
  gh.state.artifacts = gh.state.artifacts.filter((a) => a.runId !== 777);
  const again = await runCommentStage(gh, artifact);
  expect(again.code).toBe(0);
  expect(gh.state.checkRuns).toHaveLength(4);
  expect(prComments(gh)).toHaveLength(1);
});
