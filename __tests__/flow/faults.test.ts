// Faults that must never break CI: artifact storage, the artifact listing
// and the zip endpoint failing or never answering, and the comment listing
// never answering. the action (in process) against the fake GitHub API.
import { checkRun, inProcess, prComments, resultOf, startGitHub } from '../support/e2e.js';
import type { FakeGitHub, Fault } from '../support/fake-github/index.js';
import type { ActionRun } from '../support/run-action.js';
import { reportTotal } from '../support/scenario.js';

inProcess();

let gh: FakeGitHub;

/** Short clocks, so a hang costs the test well under a second per attempt. */
const FAST = { COVERAGE_GATE_HTTP_TIMEOUT_MS: '300', COVERAGE_GATE_HTTP_RETRY_BASE_MS: '20' };

const check = (inputs: Record<string, string> = {}) => checkRun(gh, { inputs, env: FAST });
const hits = (g: FakeGitHub, path: RegExp) => g.requests.filter((r) => path.test(r.path));

const STORAGE = /^\/_storage\//;
// The repository-wide listing of artifacts with our name.
const LISTING = /\/actions\/artifacts$/;
const ZIP = /\/actions\/artifacts\/\d+\/zip$/;
const COMMENTS = /\/issues\/\d+\/comments$/;

/** No baseline, said as a warning; the verdict, outputs and comment all there. */
function expectVerdictWithoutBaseline(run: ActionRun, reason: RegExp): void {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.errors).toEqual([]);
  const warning = run.warnings.find((w) => /^No baseline: /.test(w.message));
  expect(warning?.message).toMatch(reason);
  expect(run.outputs.passed).toBe('true');
  expect(run.outputs.coverage).toBe(reportTotal('py7-branch', 'head'));
  expect(run.outputs['base-coverage']).toBe('');
  expect(resultOf(run).base).toBeNull();
  const comments = prComments(gh);
  expect(comments).toHaveLength(1);
  expect(comments[0]?.body).toMatch(/No baseline was found/);
  expect(run.outputs['comment-url']).toContain(`#issuecomment-${comments[0]?.id}`);
}

const failing: [string, Fault, RegExp, RegExp][] = [
  [
    'artifact storage answering 503',
    { method: 'GET', path: STORAGE, status: 503, body: 'Server Busy', times: 100 },
    STORAGE,
    /storage answered 503/,
  ],
  [
    'the artifact listing answering 500',
    { method: 'GET', path: LISTING, status: 500, times: 100 },
    LISTING,
    /artifacts named "coverage-baseline" could not be listed: Fault 500/,
  ],
  [
    'the artifact listing answering 403',
    { method: 'GET', path: LISTING, status: 403, body: { message: 'Forbidden' }, times: 100 },
    LISTING,
    /could not be listed: Forbidden.*actions: read/,
  ],
  [
    'the zip endpoint answering 502',
    { method: 'GET', path: ZIP, status: 502, times: 100 },
    ZIP,
    /"coverage-baseline" of run #12 could not be downloaded: Fault 502/,
  ],
  [
    'the zip endpoint answering 403',
    { method: 'GET', path: ZIP, status: 403, body: { message: 'Forbidden' }, times: 100 },
    ZIP,
    /could not be downloaded: Forbidden.*actions: read/,
  ],
];

test.each(failing)(
  '%s is a "no baseline" warning after the retries; the step ends with the verdict, comment and outputs',
  async (_label, fault, site, reason) => {
    gh = await startGitHub();
    gh.fault(fault);
    const run = await check();
    expectVerdictWithoutBaseline(run, reason);
    // A 5xx is tried four times in all; a 403 is an answer, asked once.
    expect(hits(gh, site)).toHaveLength(fault.status >= 500 ? 4 : 1);
  },
);

test('a baseline fault leaves a failing gate the verdict: exit 1 naming the gate, not the fault', async () => {
  gh = await startGitHub();
  gh.fault({ method: 'GET', path: STORAGE, status: 503, times: 100 });
  const run = await check({ 'min-coverage': '90' });
  expect(run.code).toBe(1);
  expect(run.errors).toHaveLength(1);
  expect(run.errors[0]).toMatch(/^Coverage gate failed: min-coverage/);
  expect(run.warnings.some((w) => /^No baseline: .*storage answered 503/.test(w.message))).toBe(
    true,
  );
  expect(run.outputs.passed).toBe('false');
  expect(prComments(gh)[0]?.body).toContain('❌');
});

test('storage answering 503 once is retried: the baseline is used', async () => {
  gh = await startGitHub();
  gh.fault({ method: 'GET', path: STORAGE, status: 503 });
  const run = await check();
  expect(run.code).toBe(0);
  expect(run.warnings.filter((w) => /baseline/i.test(w.message))).toEqual([]);
  expect(run.outputs['base-coverage']).toBe(reportTotal('py7-branch', 'base'));
  expect(hits(gh, STORAGE).map((r) => r.status)).toEqual([503, 200]);
});

test('artifact storage that accepts and never answers: a "no baseline" warning, and the step ends with its verdict', async () => {
  gh = await startGitHub();
  gh.fault({ method: 'GET', path: STORAGE, status: 0, hang: true, times: 100 });
  const run = await check();
  expectVerdictWithoutBaseline(run, /storage: no answer within 0\.3 s/);
  // Each attempt was abandoned (no answer recorded), and the attempts were bounded.
  expect(hits(gh, STORAGE).map((r) => r.status)).toEqual([
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
});

test('a zip endpoint that never answers once is retried: the baseline is used', async () => {
  gh = await startGitHub();
  gh.fault({ method: 'GET', path: ZIP, status: 0, hang: true });
  const run = await check();
  expect(run.code).toBe(0);
  expect(run.outputs['base-coverage']).toBe(reportTotal('py7-branch', 'base'));
  expect(hits(gh, ZIP).map((r) => r.status)).toEqual([undefined, 302]);
});

test('a comment listing that never answers after the gates passed: a warning, the verdict and outputs stand', async () => {
  gh = await startGitHub();
  gh.fault({ method: 'GET', path: COMMENTS, status: 0, hang: true, times: 100 });
  const run = await check();
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.errors).toEqual([]);
  expect(run.outputs.passed).toBe('true');
  expect(run.outputs['base-coverage']).toBe(reportTotal('py7-branch', 'base'));
  expect(run.outputs['comment-url']).toBe('');
  const warning = run.warnings.find((w) => /comment/.test(w.message));
  expect(warning?.message).toMatch(
    /^Could not write the pull request comment: GET \S+\/issues\/7\/comments\S*: no answer within 0\.3 s/,
  );
  expect(hits(gh, COMMENTS)).toHaveLength(4);
  expect(prComments(gh)).toHaveLength(0);
});
