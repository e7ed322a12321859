// The REST client's clocks: each attempt times out and is retried, a bounded number of times.
import { createClient, httpTiming } from '../../src/github/client.js';
import { type FakeGitHub, startFakeGitHub } from '../support/fake-github/index.js';

let gh: FakeGitHub;
afterEach(async () => {
  await gh?.close();
});

test('timing: 30 s per attempt and a 1 s retry base unless the environment says otherwise', () => {
  expect(httpTiming({})).toEqual({ timeoutMs: 30_000, retryBaseMs: 1_000 });
  expect(
    httpTiming({ COVERAGE_GATE_HTTP_TIMEOUT_MS: '250', COVERAGE_GATE_HTTP_RETRY_BASE_MS: '5' }),
  ).toEqual({ timeoutMs: 250, retryBaseMs: 5 });
  // Nonsense falls back to the defaults rather than disabling the clock.
  expect(
    httpTiming({ COVERAGE_GATE_HTTP_TIMEOUT_MS: '0', COVERAGE_GATE_HTTP_RETRY_BASE_MS: 'soon' }),
  ).toEqual({ timeoutMs: 30_000, retryBaseMs: 1_000 });
});

async function client() {
  gh = await startFakeGitHub({
    pulls: [
      {
        number: 3,
        state: 'open',
        head: { sha: 'a'.repeat(40), ref: 'f', repoFullName: 'octo-org/octo-repo' },
        base: { sha: 'b'.repeat(40), ref: 'main', repoFullName: 'octo-org/octo-repo' },
        diff: '',
      },
    ],
  });
  process.env.GITHUB_API_URL = gh.url;
  return createClient(gh.state.token, { timeoutMs: 200, retryBaseMs: 5 });
}

const list = (c: Awaited<ReturnType<typeof client>>) =>
  c.rest.issues.listComments({ owner: 'octo-org', repo: 'octo-repo', issue_number: 3 });

test('an attempt that is never answered times out and is retried with a fresh clock', async () => {
  const c = await client();
  gh.fault({ method: 'GET', path: /\/issues\/3\/comments$/, status: 0, hang: true, times: 2 });
  const { status } = await list(c);
  expect(status).toBe(200);
  expect(gh.requests.map((r) => r.status)).toEqual([undefined, undefined, 200]);
});

test('a request that is never answered fails after four attempts, saying how long it waited', async () => {
  const c = await client();
  gh.fault({ method: 'GET', path: /\/issues\/3\/comments$/, status: 0, hang: true, times: 100 });
  await expect(list(c)).rejects.toMatchObject({
    status: 500,
    message: expect.stringMatching(
      /^GET .*\/issues\/\{issue_number\}\/comments: no answer within 0\.2 s$/,
    ),
  });
  expect(gh.requests).toHaveLength(4);
});

test('a POST that is never answered is not tried again: it may have been done, and a retry could post twice', async () => {
  const c = await client();
  gh.fault({ method: 'POST', path: /\/issues\/3\/comments$/, status: 0, hang: true, times: 100 });
  await expect(
    c.rest.issues.createComment({
      owner: 'octo-org',
      repo: 'octo-repo',
      issue_number: 3,
      body: 'x',
    }),
  ).rejects.toThrow(/^POST .*\/comments: no answer within 0\.2 s$/);
  expect(gh.requests.map((r) => r.method)).toEqual(['POST']);
});
