/**
 * Check runs (`checks: gates`): one per gate on a commit, found again by
 * name and commit so a re-run updates it instead of adding another.
 */
import type { CheckRunPlan } from '../render/checks.js';
import { type GitHubClient, statusOf } from './client.js';
import { apiCall, GitHubApiError } from './errors.js';
import type { Repo } from './event.js';

export interface CheckRunOutcome {
  name: string;
  action: 'created' | 'updated';
  url: string;
}

/** Creates or updates one check run of that name on `headSha`. */
export async function upsertCheckRun(
  client: GitHubClient,
  repo: Repo,
  headSha: string,
  plan: CheckRunPlan,
): Promise<CheckRunOutcome> {
  const operation = `The check run ${JSON.stringify(plan.name)} could not be written`;
  const fields = {
    ...repo,
    status: 'completed' as const,
    conclusion: plan.conclusion,
    completed_at: new Date().toISOString(),
    output: { title: plan.title, summary: plan.summary },
  };
  const { data: listed } = await apiCall(operation, 'checks', () =>
    client.rest.checks.listForRef({
      ...repo,
      ref: headSha,
      check_name: plan.name,
      filter: 'latest',
      per_page: 100,
    }),
  );
  const existing = listed.check_runs[0];
  if (existing) {
    try {
      const { data } = await client.rest.checks.update({ ...fields, check_run_id: existing.id });
      return { name: plan.name, action: 'updated', url: data.html_url ?? '' };
    } catch (error) {
      // Another app's run of that name cannot be edited: write our own.
      if (statusOf(error) !== 404 && statusOf(error) !== 403)
        throw new GitHubApiError(operation, 'checks', error);
    }
  }
  const { data } = await apiCall(operation, 'checks', () =>
    client.rest.checks.create({ ...fields, name: plan.name, head_sha: headSha }),
  );
  return { name: plan.name, action: 'created', url: data.html_url ?? '' };
}

/**
 * Every plan's check run. The first goes alone, so a token without
 * `checks: write` fails once, not once per gate; the rest go together.
 */
export async function upsertCheckRuns(
  client: GitHubClient,
  repo: Repo,
  headSha: string,
  plans: readonly CheckRunPlan[],
): Promise<CheckRunOutcome[]> {
  const [first, ...rest] = plans;
  if (!first) return [];
  const outcomes = [await upsertCheckRun(client, repo, headSha, first)];
  const settled = await Promise.allSettled(
    rest.map((plan) => upsertCheckRun(client, repo, headSha, plan)),
  );
  for (const s of settled) {
    if (s.status === 'rejected') throw s.reason;
    outcomes.push(s.value);
  }
  return outcomes;
}
