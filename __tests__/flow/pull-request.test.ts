// The action (in process) on pull_request events against the fake GitHub API.

import { existsSync } from 'node:fs';
import { checkRun, inProcess, prComments, resultOf, startGitHub, writes } from '../support/e2e.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import {
  C,
  FIXTURES,
  fixture,
  PR_NUMBER,
  RUNS,
  reportTotal,
  workspace,
} from '../support/scenario.js';

inProcess();

let gh: FakeGitHub;

const check = (inputs: Record<string, string> = {}, ws?: string) =>
  checkRun(gh, { inputs, workspace: ws });

/** Two decimals, from the totals coverage.py itself wrote in the JSON reports. */
const pyTotal = (path: string) =>
  JSON.parse(fixture(path).toString('utf8')).totals.percent_covered as number;

test('PR: the baseline is the merge base run, not main tip, another workflow or a failed run; outputs; one comment', async () => {
  gh = await startGitHub();
  const run = await check();
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);

  // Figures as `coverage report` printed them for the head and the merge base's report.
  expect(run.outputs.coverage).toBe(reportTotal('py7-branch', 'head'));
  expect(run.outputs['base-coverage']).toBe(reportTotal('py7-branch', 'base'));
  const delta = pyTotal('py7-branch/head/coverage.json') - pyTotal('py7-branch/base/coverage.json');
  expect(run.outputs['coverage-delta']).toBe(delta.toFixed(2));
  // 65 of the 88 changed executable lines run (fixtures/reports/NOTES.md, "diff-cover vs the JSON").
  expect(run.outputs['patch-coverage']).toBe(((100 * 65) / 88).toFixed(2));
  expect(run.outputs.passed).toBe('true');
  expect(JSON.parse(run.outputs['failed-gates'] as string)).toEqual([]);

  const r = resultOf(run);
  expect(r.base.commit).toBe(C.mergeBase);
  expect(r.base.source).toBe('artifact');
  expect(r.base.how).toMatch(/merge base/);
  // Only the merge base's artifact was downloaded.
  const downloads = gh.requests.filter((q) => /\/actions\/artifacts\/\d+\/zip$/.test(q.path));
  expect(downloads.map((q) => q.path)).toEqual([
    expect.stringContaining(`/artifacts/${9000 + 501}/zip`),
  ]);
  // Storage got no token.
  const storage = gh.requests.filter((q) => q.path.startsWith('/_storage/'));
  expect(storage).toHaveLength(1);
  expect(storage[0]?.headers.authorization).toBeUndefined();

  const comments = prComments(gh);
  expect(comments).toHaveLength(1);
  expect(comments[0]?.user.type).toBe('Bot');
  expect(comments[0]?.body).toContain('<!-- coverage-gate:default -->');
  expect(comments[0]?.body).toContain(C.mergeBase.slice(0, 7));
  expect(run.outputs['comment-url']).toContain(`#issuecomment-${comments[0]?.id}`);
  expect(run.summary).toContain(`${reportTotal('py7-branch', 'head')}%`);
  expect(existsSync(run.outputs['comment-file'] as string)).toBe(true);
});

test('annotations: uncovered changed lines as ranges, largest first, capped at 10 with the rest counted', async () => {
  gh = await startGitHub();
  const run = await check();
  const annotations = run.warnings.filter((w) => w.props.includes('file='));
  expect(annotations).toHaveLength(10);
  // diff-cover's own list of changed lines no test runs (fixtures/.../diff-cover.json).
  const diffCover = JSON.parse(fixture('py7-branch/head/diff-cover.json').toString('utf8'));
  const parsed = annotations.map((a) => {
    const get = (k: string) => new RegExp(`${k}=([^,]*)`).exec(a.props)?.[1] ?? '';
    return { file: get('file'), start: Number(get('line')), end: Number(get('endLine')) };
  });
  for (const a of parsed) {
    const violations: number[] = diffCover.src_stats[a.file]?.violation_lines ?? [];
    for (let line = a.start; line <= a.end; line++) expect(violations).toContain(line);
  }
  // The multi-line ranges come first: refunds.py 62-69, 76-79, render.py 55-56.
  expect(parsed.slice(0, 3)).toEqual([
    { file: 'invoicing/refunds.py', start: 62, end: 69 },
    { file: 'invoicing/refunds.py', start: 76, end: 79 },
    { file: 'invoicing/render.py', start: 55, end: 56 },
  ]);
  expect(run.summary).toMatch(/\d+ more uncovered changed ranges? (was|were) not annotated/);
});

test('re-run: our comment on page 3 is edited in place; other comment ids and humans untouched', async () => {
  gh = await startGitHub();
  const comments = gh.state.comments;
  const at = (i: number) => new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString();
  let id = 5000;
  const push = (body: string, user: { login: string; type: 'Bot' | 'User' }) =>
    comments.push({
      id: id++,
      issueNumber: PR_NUMBER,
      body,
      user,
      createdAt: at(id),
      updatedAt: at(id),
    });
  const human = { login: 'octocat', type: 'User' as const };
  const bot = { login: 'github-actions[bot]', type: 'Bot' as const };
  for (let i = 0; i < 210; i++) push(`review note ${i}`, human);
  push('<!-- coverage-gate:default --> quoting the marker by hand', human);
  push('<!-- coverage-gate:py311 -->\nanother job', bot);
  const oursId = id;
  push('<!-- coverage-gate:default -->\nold figures', bot);
  for (let i = 0; i < 5; i++) push(`later ${i}`, human);
  const before = new Map(comments.map((c) => [c.id, c.body]));

  const run = await check();
  expect(run.code).toBe(0);
  const pages = gh.requests.filter(
    (q) => q.method === 'GET' && /\/issues\/\d+\/comments$/.test(q.path),
  );
  expect(pages.length).toBeGreaterThanOrEqual(3);
  const w = writes(gh);
  expect(w).toHaveLength(1);
  expect(w[0]?.method).toBe('PATCH');
  expect(w[0]?.path).toMatch(new RegExp(`/issues/comments/${oursId}$`));
  expect(prComments(gh)).toHaveLength(before.size);
  for (const c of prComments(gh)) {
    if (c.id === oursId) expect(c.body).toContain(`${reportTotal('py7-branch', 'head')}%`);
    else expect(c.body).toBe(before.get(c.id));
  }

  // A second run edits the same comment again.
  const again = await check();
  expect(again.code).toBe(0);
  expect(prComments(gh)).toHaveLength(before.size);
  expect(writes(gh).filter((q) => q.method === 'POST')).toHaveLength(0);
});

test('gate failure: non-zero exit, ::error:: names the gates, the comment still shows the failure', async () => {
  gh = await startGitHub();
  const run = await check({ 'min-coverage': '90', 'min-patch-coverage': '80' });
  expect(run.code).not.toBe(0);
  expect(run.errors).toHaveLength(1);
  expect(run.errors[0]).toMatch(/min-coverage/);
  expect(run.errors[0]).toMatch(/min-patch-coverage/);
  expect(run.outputs.passed).toBe('false');
  expect(JSON.parse(run.outputs['failed-gates'] as string).sort()).toEqual([
    'min-coverage',
    'min-patch-coverage',
  ]);
  const comments = prComments(gh);
  expect(comments).toHaveLength(1);
  expect(comments[0]?.body).toContain('❌');
});

test("merge base's artifact expired: the older ancestor run's baseline is used", async () => {
  gh = await startGitHub({ patch: (r) => (r.id === 501 ? { ...r, expired: true } : r) });
  const run = await check();
  expect(run.code).toBe(0);
  expect(run.outputs['base-coverage']).toBe(reportTotal('py6-branch', 'base'));
  expect(resultOf(run).base.commit).toBe(C.c1);
  expect(run.stdout).toMatch(/run #12 .*expired/);
});

test('no baseline: said plainly, drop gate skipped, exit 0; fail-on-missing-baseline fails', async () => {
  gh = await startGitHub({ runs: [] });
  const run = await check({ 'max-coverage-drop': '0.5' });
  expect(run.code).toBe(0);
  expect(run.outputs['base-coverage']).toBe('');
  const r = resultOf(run);
  expect(r.base).toBeNull();
  expect(r.gates.find((g: { name: string }) => g.name === 'max-coverage-drop')).toMatchObject({
    skipped: true,
    passed: true,
  });
  expect(prComments(gh)[0]?.body).toMatch(/No baseline was found/);
  await gh.close();

  gh = await startGitHub({ runs: [] });
  const strict = await check({ 'fail-on-missing-baseline': 'true' });
  expect(strict.code).not.toBe(0);
  expect(strict.errors.join('\n')).toMatch(/baseline/);
});

test('broken report: one error line naming the file, no comment posted or edited', async () => {
  gh = await startGitHub();
  const text = fixture('py7-branch/head/coverage.json').toString('utf8');
  const run = await check({}, workspace(text.slice(0, text.length / 2)));
  expect(run.code).not.toBe(0);
  expect(run.errors).toHaveLength(1);
  expect(run.errors[0]).toMatch(/coverage\.json/);
  expect(run.errors[0]).not.toMatch(/\n/);
  expect(run.stdout).not.toMatch(/^\s+at /m);
  expect(writes(gh)).toHaveLength(0);
});

test('API faults: a 502 listing comments and a secondary rate limit on posting are absorbed, nothing duplicated', async () => {
  gh = await startGitHub();
  gh.fault({
    method: 'GET',
    path: /\/issues\/\d+\/comments$/,
    status: 502,
    body: { message: 'Server Error' },
  });
  gh.fault({
    method: 'POST',
    path: /\/issues\/\d+\/comments$/,
    status: 403,
    headers: { 'retry-after': '1' },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
    },
  });
  const run = await check();
  expect(run.code).toBe(0);
  const statuses = gh.requests.map((q) => q.status);
  expect(statuses).toContain(502);
  expect(statuses).toContain(403);
  expect(prComments(gh)).toHaveLength(1);
});

test('a diff GitHub will not render (406): the paginated files list gives the same patch', async () => {
  gh = await startGitHub();
  const normal = resultOf(await check({ comment: 'off' }));
  for (const pull of gh.state.pulls) pull.diffTooLarge = true;
  gh.requests.length = 0;
  const run = await check({ comment: 'off' });
  expect(run.code).toBe(0);
  expect(gh.requests.some((r) => r.path.endsWith(`/pulls/${PR_NUMBER}`) && r.status === 406)).toBe(
    true,
  );
  expect(gh.requests.some((r) => r.path.endsWith(`/pulls/${PR_NUMBER}/files`))).toBe(true);
  expect(resultOf(run).patch).toEqual(normal.patch);
  expect(resultOf(run).files).toEqual(normal.files);
});

test('a comment GitHub refuses is a warning: the verdict and outputs stand', async () => {
  gh = await startGitHub();
  gh.fault({
    method: 'POST',
    path: /\/issues\/\d+\/comments$/,
    status: 422,
    body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom' }] },
    times: 10,
  });
  const run = await check();
  expect(run.code).toBe(0);
  expect(run.outputs.passed).toBe('true');
  expect(run.outputs['comment-url']).toBe('');
  expect(run.stdout).toMatch(/::warning::Could not write the pull request comment/);
  expect(prComments(gh)).toHaveLength(0);
});

test('report paths with |, <img> and @someone render inert; tables stay intact', async () => {
  const { marked } = await import('marked');
  gh = await startGitHub();
  const report = JSON.parse(fixture('py7-branch/head/coverage.json').toString('utf8'));
  const evil = 'invoicing/a|b <img src=x onerror=alert(1)> @someone.py';
  report.files[evil] = report.files['invoicing/export.py'];
  delete report.files['invoicing/export.py'];
  const run = await check({}, workspace(JSON.stringify(report)));
  expect(run.code).toBe(0);
  const body = prComments(gh)[0]?.body ?? '';
  expect(body).toContain('onerror');
  const tokens = marked.lexer(body);
  const problems: string[] = [];
  marked.walkTokens(tokens, (token) => {
    if ((token.type === 'html' || token.type === 'tag') && /<img|onerror/i.test(token.raw))
      problems.push(token.raw);
    if (token.type === 'text' && /@someone/.test((token as { text: string }).text))
      problems.push(token.raw);
    if (token.type === 'table') {
      const t = token as unknown as { header: unknown[]; rows: unknown[][] };
      for (const row of t.rows)
        if (row.length !== t.header.length) problems.push(JSON.stringify(row));
    }
  });
  expect(problems).toEqual([]);
  // The path is there, whole, in a code span.
  const spans: string[] = [];
  marked.walkTokens(tokens, (token) => {
    if (token.type === 'codespan') spans.push((token as { text: string }).text);
  });
  expect(
    spans.some(
      (s) =>
        s.replace(/\\\|/g, '|').includes('a|b <img src=x onerror=alert(1)> @someone.py') ||
        s.includes('@someone'),
    ),
  ).toBe(true);
});

// The zip bombs, whose point is the memory of the step, are e2e/bundle.test.ts's.
test('hostile artifacts: a ../ entry, a 4 GiB declared entry: refused, nothing written', async () => {
  const { traversalZip, hugeDeclaredZip } = await import('../support/fake-github/zip.js');
  const cases: [string, Uint8Array, RegExp][] = [
    [
      'traversal',
      traversalZip(fixture('py7-branch/base/coverage.json'), '../coverage.json'),
      /unsafe path "\.\.\/coverage\.json"/,
    ],
    [
      'declared',
      hugeDeclaredZip('coverage.json', fixture('py7-branch/base/coverage.json')),
      /declares 4096 MiB, past the 256 MiB cap/,
    ],
  ];
  for (const [name, zip, message] of cases) {
    gh = await startGitHub({ patch: (r) => (r.id === 501 ? { ...r, zip } : r) });
    const ws = workspace();
    const run = await check({}, ws);
    expect({ name, errors: run.errors, code: run.code }).toEqual({ name, errors: [], code: 0 });
    expect(run.outputs['base-coverage']).toBe('');
    expect(run.warnings.map((w) => w.message).join('\n')).toMatch(message);
    expect(prComments(gh)[0]?.body).toMatch(/No baseline was found/);
    // Nothing written next to the workspace or the runner's temp.
    expect(existsSync(`${ws}/../coverage.json`)).toBe(false);
    expect(existsSync(`${run.runnerTemp}/../coverage.json`)).toBe(false);
    await gh.close();
  }
}, 120_000);

test('fixtures stay what the tests assume', () => {
  expect(RUNS.find((r) => r.id === 501)?.headSha).toBe(C.mergeBase);
  expect(existsSync(`${FIXTURES}/pr.diff`)).toBe(true);
});
