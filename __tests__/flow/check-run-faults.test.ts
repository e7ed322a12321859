// `checks: gates` against a check-run API that fails: a 5xx that outlasts
// the retries, a listing that never answers, a 403 on the update of a run
// another app owns. The verdict stays the gates' and the comment is posted.
import { checkRun, inProcess, prComments, startGitHub } from '../support/e2e.js';
import type { FakeGitHub } from '../support/fake-github/index.js';

inProcess();

let gh: FakeGitHub;

const FAST = { COVERAGE_GATE_HTTP_TIMEOUT_MS: '300', COVERAGE_GATE_HTTP_RETRY_BASE_MS: '20' };
const PASSING = { 'min-coverage': '50', checks: 'gates' };
const FAILING = { 'min-coverage': '90', checks: 'gates' };
const check = (inputs: Record<string, string>) => checkRun(gh, { inputs, env: FAST });
const aboutChecks = (warnings: { message: string }[]) =>
  warnings.filter((w) => /check run/i.test(w.message));

test('a 5xx on every check-run write → one warning, exit 0 when the gates pass, the comment posted', async () => {
  gh = await startGitHub();
  gh.fault({ method: 'POST', path: /\/check-runs$/, status: 502, times: 50 });
  const run = await check(PASSING);
  expect(run.code).toBe(0);
  expect(aboutChecks(run.warnings)).toHaveLength(1);
  expect(gh.state.checkRuns).toHaveLength(0);
  expect(prComments(gh)).toHaveLength(1);
  expect(run.outputs.passed).toBe('true');
});

test('a 5xx on the check runs does not turn a failing verdict into another one', async () => {
  gh = await startGitHub();
  gh.fault({ method: 'POST', path: /\/check-runs$/, status: 500, times: 50 });
  const run = await check(FAILING);
  expect(run.code).toBe(1);
  expect(run.errors).toHaveLength(1);
  expect(run.errors[0]).toMatch(/^Coverage gate failed: min-coverage/);
  expect(aboutChecks(run.warnings)).toHaveLength(1);
});

test('a check-run listing that never answers → one warning after the timeouts; the step ends', async () => {
  gh = await startGitHub();
  gh.fault({ method: 'GET', path: /\/check-runs/, status: 200, hang: true, times: 50 });
  const started = Date.now();
  const run = await check(PASSING);
  expect(run.code).toBe(0);
  expect(Date.now() - started).toBeLessThan(20_000);
  const about = aboutChecks(run.warnings);
  expect(about).toHaveLength(1);
  expect(about[0]?.message).toMatch(/no answer within 0.3 s/);
  expect(prComments(gh)).toHaveLength(1);
});

test('the second and later gates failing after the first was written → one warning, not one per gate', async () => {
  gh = await startGitHub();
  // The first gate's run is created; every later write gets a 503 past the retries.
  gh.fault({
    method: 'GET',
    path: /check_name=Coverage%20Gate%20%2F%20patch|check_name=Coverage\+Gate\+%2F\+patch/,
    status: 503,
    times: 50,
  });
  const run = await check({ ...PASSING, 'min-patch-coverage': '10' });
  expect(run.code).toBe(0);
  expect(aboutChecks(run.warnings)).toHaveLength(1);
  expect(gh.state.checkRuns.map((r) => r.name)).toContain('Coverage Gate / total');
});
