// Round trips are the action's real cost: with a latency on every answer of
// the fake, the longest chain of requests that do not overlap (from the
// fake's own timestamps, not wall time) stays within DESIGN's bound.
import { checkRun, inProcess, resultOf, startGitHub } from '../support/e2e.js';
import { type FakeGitHub, longestChain } from '../support/fake-github/index.js';
import { addCommentPages, C } from '../support/scenario.js';

inProcess();

const LATENCY_MS = 150;

let gh: FakeGitHub;

async function checkWithLatency() {
  gh.latencyMs = LATENCY_MS;
  const run = await checkRun(gh);
  expect(run.code).toBe(0);
  return { run, chain: longestChain(gh.requests) };
}

test.each([1, 5])(
  'a pull request whose comments span %i page(s): at most 5 requests one after another',
  async (pages) => {
    gh = await startGitHub();
    addCommentPages(gh, pages);
    const { chain } = await checkWithLatency();
    // On failure the chain itself is shown.
    expect(chain.length <= 5 ? 'at most 5' : chain).toBe('at most 5');
    const pageRequests = gh.requests.filter(
      (q) => q.method === 'GET' && /\/issues\/\d+\/comments$/.test(q.path),
    );
    expect(pageRequests).toHaveLength(pages);
    // Our comment on the last page was edited in place.
    expect(gh.requests.filter((q) => q.method === 'PATCH')).toHaveLength(1);
    expect(gh.requests.filter((q) => q.method === 'POST')).toHaveLength(0);
  },
  60_000,
);

test("the merge base's artifact expired: the fallback to an older ancestor stays within 6", async () => {
  gh = await startGitHub({ patch: (r) => (r.id === 501 ? { ...r, expired: true } : r) });
  const { run, chain } = await checkWithLatency();
  expect(run.outputs['base-coverage']).not.toBe('');
  expect(chain.length <= 6 ? 'at most 6' : chain).toBe('at most 6');
  // One repository-wide listing replaced the per-run artifact listings.
  expect(gh.requests.filter((q) => /\/runs\/\d+\/artifacts$/.test(q.path))).toHaveLength(0);
  expect(gh.requests.filter((q) => q.path.endsWith('/actions/artifacts'))).toHaveLength(1);
}, 60_000);

test("more artifacts of our name than one page holds: the chosen run's own listing finds its artifact", async () => {
  gh = await startGitHub();
  const zip = gh.state.artifacts[0]?.zip as Uint8Array;
  // Newer same-named artifacts of another workflow's run fill the first page.
  for (let i = 0; i < 100; i++) {
    gh.state.artifacts.push({
      id: 20_000 + i,
      runId: 503,
      name: 'coverage-baseline',
      expired: false,
      zip,
    });
  }
  const { run } = await checkWithLatency();
  const r = resultOf(run);
  expect(r.base.commit).toBe(C.mergeBase);
  expect(gh.requests.filter((q) => q.path.endsWith('/runs/501/artifacts'))).toHaveLength(1);
  expect(gh.requests.filter((q) => q.path.endsWith('/actions/artifacts/9501/zip'))).toHaveLength(1);
}, 60_000);
