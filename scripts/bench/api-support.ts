// The cases `npm run bench:api` times: the e2e scenario on the fake GitHub,
// run through the same runner harness as the end-to-end tests.
import { pullRequestEvent, pushEvent } from '../../__tests__/support/fake-github/events.js';
import { sequentialDepth } from '../../__tests__/support/fake-github/index.js';
import { runAction } from '../../__tests__/support/run-action.js';
import {
  addCommentPages,
  C,
  PR_NUMBER,
  startScenario,
  workspace,
} from '../../__tests__/support/scenario.js';

export const CASES = [
  'pull request, 1 page of comments',
  'pull request, 5 pages of comments',
  'push (record mode)',
  "pull request, the merge base's artifact expired",
] as const;

export async function runCase(
  name: (typeof CASES)[number],
  latencyMs: number,
): Promise<{ wallMs: number; firstRequestMs: number; requests: number; depth: number }> {
  const gh = await startScenario(
    name.includes('expired') ? { patch: (r) => (r.id === 501 ? { ...r, expired: true } : r) } : {},
  );
  try {
    if (name.includes('1 page')) addCommentPages(gh, 1);
    if (name.includes('5 pages')) addCommentPages(gh, 5);
    gh.latencyMs = latencyMs;
    const push = name.startsWith('push');
    const started = performance.now();
    const run = await runAction({
      apiUrl: gh.url,
      token: gh.state.token,
      eventName: push ? 'push' : 'pull_request',
      payload: push
        ? pushEvent({ ref: 'main', after: C.tip })
        : pullRequestEvent({
            number: PR_NUMBER,
            head: { sha: C.head, ref: 'feature' },
            base: { sha: C.tip, ref: 'main' },
          }),
      workspace: workspace(),
      sha: push ? C.tip : C.head,
      ref: push ? 'refs/heads/main' : `refs/pull/${PR_NUMBER}/merge`,
    });
    const wallMs = performance.now() - started;
    if (run.code !== 0) throw new Error(`${name}: the action failed\n${run.stdout}`);
    // From the spawn to the first request the fake saw: the action's own start-up.
    const firstRequestMs = Math.min(...gh.requests.map((r) => r.startedAt)) - started;
    return {
      wallMs,
      firstRequestMs,
      requests: gh.requests.length,
      depth: sequentialDepth(gh.requests),
    };
  } finally {
    await gh.close();
  }
}
