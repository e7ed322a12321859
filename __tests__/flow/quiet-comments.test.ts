// The action (in process) with `comment-when`: the comment is written only
// when it has news, an existing one is replaced by one line (never deleted),
// and the job summary is written every time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommentStage, TRIGGER_RUN } from '../support/comment-stage.js';
import { checkRun, inProcess, prComments, startGitHub, writes } from '../support/e2e.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { C, reportTotal, workspace } from '../support/scenario.js';

inProcess();

let gh: FakeGitHub;
const TOTAL = reportTotal('py7-branch', 'head');
const check = (inputs: Record<string, string>, ws?: string) =>
  checkRun(gh, { inputs, ...(ws ? { workspace: ws } : {}) });
const commentWrites = () => writes(gh).filter((q) => q.path.includes('/comments'));

test('changed: the first run writes the comment; an unchanged re-run replaces it by one line; the next writes nothing; a new outcome writes it again', async () => {
  gh = await startGitHub();
  const inputs = { 'comment-when': 'changed', 'min-coverage': '70' };
  const first = await check(inputs);
  expect(first.code).toBe(0);
  expect(prComments(gh)).toHaveLength(1);
  const full = prComments(gh)[0]?.body ?? '';
  expect(full).toContain(`${TOTAL}%`);
  expect(full).toMatch(/<!-- coverage-gate-digest:\{.*"total":"72\.76".*\} -->/);

  const second = await check(inputs);
  expect(second.code).toBe(0);
  expect(prComments(gh)).toHaveLength(1);
  expect((prComments(gh)[0]?.body ?? '').split('\n').filter((l) => !l.startsWith('<!--'))).toEqual([
    `No coverage change since \`${C.head.slice(0, 7)}\`.`,
    '',
  ]);
  expect(second.summary).toContain(`${TOTAL}%`);
  expect(second.outputs['comment-url']).toContain('#issuecomment-');

  const before = commentWrites().length;
  const third = await check(inputs);
  expect(third.code).toBe(0);
  expect(commentWrites()).toHaveLength(before);
  expect(third.stdout).toMatch(
    /comment-when: changed: no comment written \(no change since the last comment\)/,
  );
  expect(third.summary).toContain(`${TOTAL}%`);
  expect(third.outputs['comment-url']).toBe('');

  // The total gate now fails: an outcome changed, so the full comment is back.
  const fourth = await check({ ...inputs, 'min-coverage': '90' });
  expect(fourth.code).toBe(1);
  expect(prComments(gh)).toHaveLength(1);
  expect(prComments(gh)[0]?.body).toContain('❌ Coverage Gate failed');
});

test('changed: figures as on the base branch (the same report as baseline) post nothing; the summary is still written', async () => {
  gh = await startGitHub();
  const ws = workspace();
  const run = await check(
    { 'comment-when': 'changed', 'base-coverage-file': join(ws, 'coverage.json') },
    ws,
  );
  expect(run.code).toBe(0);
  expect(gh.state.comments).toHaveLength(0);
  expect(run.stdout).toMatch(/total, patch and gates are as on the base branch/);
  expect(run.summary).toContain(`${TOTAL}%`);
  expect(run.outputs['comment-url']).toBe('');
});

test('failed: nothing while the gates pass; the comment when one fails; "All gates pass now" once they pass again, then quiet', async () => {
  gh = await startGitHub();
  const pass = { 'comment-when': 'failed', 'min-coverage': '70' };
  const fail = { 'comment-when': 'failed', 'min-coverage': '90' };
  const quiet = await check(pass);
  expect(quiet.code).toBe(0);
  expect(gh.state.comments).toHaveLength(0);
  expect(quiet.summary).toContain(`${TOTAL}%`);

  const failing = await check(fail);
  expect(failing.code).toBe(1);
  expect(prComments(gh)).toHaveLength(1);
  expect(prComments(gh)[0]?.body).toContain('❌ Coverage Gate failed');

  const fixed = await check(pass);
  expect(fixed.code).toBe(0);
  expect(prComments(gh)).toHaveLength(1);
  expect(prComments(gh)[0]?.body).toContain('\n✅ All gates pass now.\n');
  expect(prComments(gh)[0]?.body).toContain('<!-- coverage-gate:default -->');

  const before = commentWrites().length;
  await check(pass);
  expect(commentWrites()).toHaveLength(before);
  // Never deleted.
  expect(gh.requests.some((q) => q.method === 'DELETE')).toBe(false);
});

test('failed: an informational gate that fails is no reason to comment', async () => {
  gh = await startGitHub();
  const run = await check({
    'comment-when': 'failed',
    'min-coverage': '90',
    informational: 'min-coverage',
  });
  expect(run.code).toBe(0);
  expect(gh.state.comments).toHaveLength(0);
});

test('failed: once no gate blocks but an informational one still fails, the one line says so, not "All gates pass"', async () => {
  gh = await startGitHub();
  const failing = await check({ 'comment-when': 'failed', 'min-coverage': '90' });
  expect(failing.code).toBe(1);
  expect(prComments(gh)).toHaveLength(1);

  const warned = await check({
    'comment-when': 'failed',
    'min-coverage': '90',
    informational: 'min-coverage',
  });
  expect(warned.code).toBe(0);
  const body = prComments(gh)[0]?.body ?? '';
  expect(body).not.toContain('All gates pass');
  expect(body).toContain('\n✅ No gate fails now (⚠️ informational: `min-coverage`).\n');
});

test('fork PR, stage 2 with comment-when: changed: the same file a second time replaces the comment by one line', async () => {
  gh = await startGitHub({ fork: true });
  const stage1 = await checkRun(gh, { fork: true });
  const file = readFileSync(stage1.outputs['comment-file'] as string, 'utf8');
  const artifacts = [{ name: 'coverage-gate-comment-default', file }];
  const options = { inputs: { 'comment-when': 'changed' } };
  await runCommentStage(gh, artifacts, options);
  expect(prComments(gh)[0]?.body).toContain(`${TOTAL}%`);
  gh.state.runs = gh.state.runs.filter((r) => r.id !== TRIGGER_RUN);
  gh.state.artifacts = gh.state.artifacts.filter((a) => a.runId !== TRIGGER_RUN);
  const again = await runCommentStage(gh, artifacts, options);
  expect(again.code).toBe(0);
  expect(prComments(gh)).toHaveLength(1);
  expect(prComments(gh)[0]?.body).toContain(`No coverage change since \`${C.head.slice(0, 7)}\`.`);
});
