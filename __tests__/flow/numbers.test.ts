// the action (in process)'s numbers at their edges, over the fake GitHub API:
// like with like when only one side measured branches, outputs exactly as
// the comment shows them, empty reports refused, a job summary within
// GitHub's byte limit, and a fork's hostile comment file rendered inert.
import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCoveragePyJson } from '../../src/github/outputs.js';
import { firstLinesRan, reportOf } from '../support/coverage-builders.js';
import { checkRun, inProcess, prComments, resultOf, startGitHub } from '../support/e2e.js';
import { workflowRunEvent } from '../support/fake-github/events.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { makeZip } from '../support/fake-github/zip.js';
import { runInProcess } from '../support/in-process.js';
import { liveMarkup } from '../support/markdown-safety.js';
import { ROOT } from '../support/run-action.js';
import { baselineZip, C, FIXTURES, fixture, WORKFLOW, workspace } from '../support/scenario.js';
import { tempDir } from '../support/temp.js';

inProcess();

let gh: FakeGitHub;

const check = (inputs: Record<string, string> = {}, ws?: string, fork = false) =>
  checkRun(gh, { inputs, workspace: ws, fork });

const pyTotal = (path: string) =>
  JSON.parse(fixture(path).toString('utf8')).totals.percent_covered as number;

test('a branch-measuring head against a line-only baseline compares statements alone: no false drop, and the comment says so', async () => {
  // The merge base's run kept a line-only report: the first PR after turning on --cov-branch.
  gh = await startGitHub({
    patch: (run) => (run.id === 501 ? { ...run, zip: baselineZip('py7-line') } : run),
  });
  const run = await check({ 'max-coverage-drop': '1' });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);

  // The same statements with and without --branch: the line-only head report is the reference.
  const expected = pyTotal('py7-line/head/coverage.json') - pyTotal('py7-line/base/coverage.json');
  const mixed = pyTotal('py7-branch/head/coverage.json') - pyTotal('py7-line/base/coverage.json');
  expect(mixed).toBeLessThan(-3); // what a mixed comparison would call a drop
  const r = resultOf(run);
  expect(r.deltaBasis).toBe('statements');
  expect(r.delta).toBeCloseTo(expected, 10);
  expect(run.outputs['coverage-delta']).toBe(expected.toFixed(2));
  expect(r.gates.find((g: { name: string }) => g.name === 'max-coverage-drop').passed).toBe(true);

  const body = prComments(gh)[0]?.body ?? '';
  expect(body).toContain(`(${expected.toFixed(2)} pp on statements)`);
  expect(body).toMatch(
    /Only this run measured branches, so the change against the base compares statements alone/,
  );
});

test('outputs equal what the comment shows: 24,999 of 25,000 is 99.99 and 1 of 100,000 is 0.01, as coverage report prints', async () => {
  for (const [variant, shown] of [
    ['near-full', '99.99'],
    ['near-zero', '0.01'],
  ] as const) {
    gh = await startGitHub();
    const run = await check({}, workspace(fixture(`edge/${variant}/coverage.json`)));
    expect(run.stderr).toBe('');
    // What `coverage report --precision=2` printed for the same data.
    expect(readFileSync(join(FIXTURES, 'edge', variant, 'report.txt'), 'utf8')).toMatch(
      new RegExp(`TOTAL .* ${shown.replace('.', '\\.')}%\\n`),
    );
    expect(run.outputs.coverage).toBe(shown);
    expect(prComments(gh)[0]?.body).toContain(`· ${shown}%`);
    await gh.close();
  }
});

test("an Istanbul patch figure follows Istanbul's truncation in the outputs as in the comment", async () => {
  gh = await startGitHub();
  // Lines 17 and 21 of src/pricing.js ran, 19 did not: 2 of 3 is 66.66 truncated (66.67 rounded).
  (gh.state.pulls[0] as { diff: string }).diff = [
    'diff --git a/src/pricing.js b/src/pricing.js',
    '--- a/src/pricing.js',
    '+++ b/src/pricing.js',
    '@@ -17 +17 @@',
    '-a',
    '+b',
    '@@ -19 +19 @@',
    '-a',
    '+b',
    '@@ -21 +21 @@',
    '-a',
    '+b',
    '',
  ].join('\n');
  const ws = tempDir('cg-istanbul-');
  // The checkout holds the sources the report names: its root is learnt from them.
  cpSync(join(ROOT, 'fixtures', 'js', 'src'), join(ws, 'src'), { recursive: true });
  copyFileSync(
    join(FIXTURES, 'istanbul/head/coverage-final.json'),
    join(ws, 'coverage-final.json'),
  );
  const run = await check({ 'coverage-file': 'coverage-final.json' }, ws);
  expect(run.stderr).toBe('');
  const r = resultOf(run);
  expect(r.patch).toMatchObject({ lines: 3, covered: 2 });
  expect(run.outputs['patch-coverage']).toBe('66.66');
  expect(prComments(gh)[0]?.body).toContain('| Changed lines | 66.66% |');
});

test('an empty report is refused like "No data to report": one error line naming the file, failed step, nothing posted', async () => {
  gh = await startGitHub();
  const ws = workspace(fixture('edge/no-lines/coverage.json'));
  // Also a report with no files at all (coverage.py never writes one; a hand-made stand-in).
  const noFiles = join(ws, 'nofiles.json');
  writeFileSync(
    noFiles,
    JSON.stringify({
      meta: { version: '7.6.1', format: 3 },
      files: {},
      totals: {
        covered_lines: 0,
        num_statements: 0,
        percent_covered: 100,
        missing_lines: 0,
        excluded_lines: 0,
      },
    }),
  );
  for (const [file, problem] of [
    [
      'coverage.json',
      /coverage\.json: no data to report: its one file has no executable statements/,
    ],
    ['nofiles.json', /nofiles\.json: no data to report: the report lists no files/],
  ] as const) {
    const run = await check({ 'coverage-file': file }, ws);
    expect(run.code).not.toBe(0);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(problem);
    expect(run.outputs.passed).toBeUndefined();
  }
  expect(prComments(gh)).toHaveLength(0);
});

/** A line-only coverage.py report of `files` files, in the shape record mode keeps baselines. */
function manyFiles(files: number, covered: (i: number) => number): string {
  // Non-ASCII names: bytes outnumber characters, as in many real repositories.
  const path = (i: number) => `сервис/модуль_${String(i).padStart(5, '0')}/обработчик.py`;
  const all = Array.from({ length: files }, (_, i) => firstLinesRan(path(i), 10, covered(i)));
  return toCoveragePyJson(reportOf(all, 'generated'));
}

test("the job summary stays within GitHub's 1 MiB in bytes with 20,000 files, footer kept and the rest counted", async () => {
  gh = await startGitHub();
  const ws = workspace(manyFiles(20_000, (i) => 1 + (i % 9)));
  writeFileSync(
    join(ws, 'base.json'),
    manyFiles(20_000, (i) => (i % 9) + 2),
  );
  const run = await check({ 'base-coverage-file': 'base.json' }, ws);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const bytes = Buffer.byteLength(run.summary, 'utf8');
  expect(bytes).toBeLessThanOrEqual(1024 * 1024);
  // Full use of the room, not an empty summary.
  expect(bytes).toBeGreaterThan(900 * 1024);
  expect(run.summary).toMatch(/Coverage changed in 20,000 other files/);
  expect(run.summary).toMatch(/…and [\d,]+ more\./);
  expect(run.summary.trimEnd()).toMatch(/<\/sub>$/);
  expect(liveMarkup(run.summary)).toEqual([]);
}, 120_000);

test('fork stage 2: a comment file with long hostile paths is posted cut between rows, nothing live, footer kept', async () => {
  gh = await startGitHub({ fork: true });
  const stage1 = await check(
    { 'min-coverage': '90', 'min-file-coverage': '95' },
    workspace(),
    true,
  );
  const file = JSON.parse(readFileSync(stage1.outputs['comment-file'] as string, 'utf8'));
  // The fork rewrites every path: long, full of mentions, images, HTML and backticks.
  const hostile = (i: number) =>
    `${i}/@mallory <img src=x onerror=alert(1)> ![m](https://e.example/m.png) </details> \`\` \\| `
      .repeat(40)
      .slice(0, 4000);
  let n = 0;
  for (const row of file.result.files) {
    row.path = hostile(n++);
    row.changed = true;
  }
  for (const gate of file.result.gates) {
    if (gate.files)
      gate.files = gate.files.map((f: object) => ({
        ...f,
        path: hostile(n++),
        rule: hostile(n++).slice(0, 1000),
      }));
  }
  for (const entry of file.result.impact) entry.path = hostile(n++);
  expect(file.result.gates.some((g: { files?: unknown[] }) => (g.files?.length ?? 0) > 0)).toBe(
    true,
  );

  gh.state.runs.push({
    id: 777,
    workflowId: WORKFLOW.id,
    headBranch: 'feature',
    headSha: C.head,
    event: 'pull_request',
    status: 'completed',
    conclusion: 'failure',
    createdAt: '2024-03-05T00:00:00Z',
    runNumber: 20,
  });
  gh.state.artifacts.push({
    id: 8000,
    runId: 777,
    name: 'coverage-gate-comment-default',
    expired: false,
    zip: makeZip({ 'coverage-gate-comment.json': JSON.stringify(file) }),
  });
  gh.state.readOnlyToken = false;
  const stage2 = await runInProcess({
    apiUrl: gh.url,
    token: gh.state.token,
    eventName: 'workflow_run',
    payload: workflowRunEvent({
      runId: 777,
      headSha: C.head,
      headBranch: 'feature',
      headRepoFullName: 'someone/octo-repo',
      conclusion: 'failure',
      workflow: WORKFLOW,
    }),
    workspace: workspace(),
    sha: C.tip,
    workflowRef: 'octo-org/octo-repo/.github/workflows/coverage-comment.yml@refs/heads/main',
  });
  expect(stage2.errors).toEqual([]);
  expect(stage2.code).toBe(0);
  const body = prComments(gh)[0]?.body ?? '';
  expect(body.length).toBeGreaterThan(30_000);
  expect(body.length).toBeLessThanOrEqual(65_536);
  expect(liveMarkup(body, { canary: 'mallory' })).toEqual([]);
  expect(body.trimEnd()).toMatch(/Figures as `coverage report` computes them\.<\/sub>$/);
}, 120_000);
