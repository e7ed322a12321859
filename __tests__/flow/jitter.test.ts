// The check flow starts its GitHub work at once; under seeded latency jitter
// the answers settle in other orders, and what the step publishes must not
// depend on which came first.
import { checkRun, inProcess, prComments, resultOf, startGitHub } from '../support/e2e.js';

inProcess();

/** What a check publishes, without the run's own paths. */
async function published(seed: number | null) {
  const gh = await startGitHub();
  if (seed !== null) gh.jitter(30, seed);
  const run = await checkRun(gh);
  const { 'report-json': _json, 'comment-file': _file, ...outputs } = run.outputs;
  const seen = {
    code: run.code,
    outputs,
    result: resultOf(run),
    comments: prComments(gh).map((c) => c.body),
    summary: run.summary,
    warnings: run.warnings.map((w) => w.message).sort(),
  };
  await gh.close();
  return seen;
}

test('the same outputs, result, comment and summary whatever order the answers settle in', async () => {
  const calm = await published(null);
  expect(calm.code).toBe(0);
  expect(calm.comments).toHaveLength(1);
  for (const seed of [1, 2, 3, 4, 5]) {
    expect({ seed, ...(await published(seed)) }).toEqual({ seed, ...calm });
  }
}, 60_000);
