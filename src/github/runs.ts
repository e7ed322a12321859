/**
 * Workflow runs and their artifact listings: which workflow this is, its
 * trusted runs on a branch, and the artifacts with our name. Failures are
 * GitHubApiErrors; which of them mean "no baseline" is the flows' call.
 */

import type { GitHubClient } from './client.js';
import { apiCall } from './errors.js';
import type { Repo } from './event.js';

/** Runs examined per listing, newest first. */
export const MAX_RUNS = 50;

export interface TrustedRun {
  id: number;
  run_number: number;
  head_sha: string;
  head_branch: string | null;
  event?: string;
  status: string | null;
  conclusion: string | null;
  workflow_id: number;
  created_at: string;
  head_repository?: { full_name?: string } | null;
}

export interface ListedArtifact {
  id: number;
  name: string;
  expired: boolean;
  workflow_run?: { id?: number } | null;
}

/** The current workflow: its file name from `GITHUB_WORKFLOW_REF`, else the run's `workflow_id`. */
export async function currentWorkflow(
  client: GitHubClient,
  repo: Repo,
  event: { workflowRef: string; runId: number },
): Promise<string | number> {
  // owner/repo/.github/workflows/ci.yml@refs/heads/main
  const match = /\/\.github\/workflows\/([^@/]+)@/.exec(event.workflowRef);
  if (match?.[1]) return match[1];
  const runId = event.runId;
  if (!Number.isInteger(runId) || runId <= 0) {
    throw new Error(
      'cannot tell the current workflow (no GITHUB_WORKFLOW_REF or GITHUB_RUN_ID); set base-workflow',
    );
  }
  const { data } = await client.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
  return data.workflow_id;
}

/**
 * Trusted sources: successful `push` runs of the workflow on the base branch
 * whose head repository is this repository. A fork's pull_request run on a
 * branch it named `main` is not one, nor a failed run, nor another branch.
 */
export function isTrustedRun(run: TrustedRun, repo: Repo, branch: string): boolean {
  const own = `${repo.owner}/${repo.repo}`.toLowerCase();
  return (
    run.event === 'push' &&
    run.conclusion === 'success' &&
    run.head_branch === branch &&
    (run.head_repository?.full_name ?? '').toLowerCase() === own
  );
}

/** The newest trusted runs of the workflow on `branch`, newest first, but `exceptRunId` (this run). */
export async function listTrustedRuns(
  client: GitHubClient,
  query: Repo & { branch: string; workflow: string | number; exceptRunId?: number },
): Promise<TrustedRun[]> {
  const repo = { owner: query.owner, repo: query.repo };
  const { data } = await apiCall(
    `the runs of workflow ${query.workflow} could not be listed`,
    'actions',
    () =>
      client.rest.actions.listWorkflowRuns({
        ...repo,
        workflow_id: query.workflow,
        branch: query.branch,
        event: 'push',
        status: 'success',
        per_page: MAX_RUNS,
      }),
    {
      404: `no workflow ${JSON.stringify(String(query.workflow))} in ${query.owner}/${query.repo}; check base-workflow`,
    },
  );
  return (data.workflow_runs as TrustedRun[]).filter(
    (r) => r.id !== query.exceptRunId && isTrustedRun(r, repo, query.branch),
  );
}

/**
 * The repository's artifacts named `name`, by run id, from one listing
 * (newest first). `complete` is false when there were more than one page
 * holds: a run missing from `byRun` may then still have one.
 */
export async function listNamedArtifacts(
  client: GitHubClient,
  repo: Repo,
  name: string,
): Promise<{ byRun: Map<number, ListedArtifact[]>; complete: boolean }> {
  const response = await apiCall(
    `the artifacts named ${JSON.stringify(name)} could not be listed`,
    'actions',
    () => client.rest.actions.listArtifactsForRepo({ ...repo, name, per_page: 100 }),
  );
  const byRun = new Map<number, ListedArtifact[]>();
  for (const a of response.data.artifacts as ListedArtifact[]) {
    const runId = a.workflow_run?.id;
    if (a.name !== name || typeof runId !== 'number') continue;
    byRun.set(runId, [...(byRun.get(runId) ?? []), a]);
  }
  const complete = !/rel="next"/.test(String(response.headers.link ?? ''));
  return { byRun, complete };
}

/** One run's artifacts with our name: for runs the repository-wide page did not reach. */
export async function listRunArtifacts(
  client: GitHubClient,
  repo: Repo,
  runId: number,
  name: string,
): Promise<ListedArtifact[]> {
  const artifacts = await apiCall(
    `the artifacts of run id ${runId} could not be listed`,
    'actions',
    () =>
      client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
        ...repo,
        run_id: runId,
        name,
        per_page: 100,
      }),
  );
  return (artifacts as ListedArtifact[]).filter((a) => a.name === name);
}

/** Every artifact of one run (the fork-safe stage filters them by prefix). */
export async function listArtifactsOfRun(
  client: GitHubClient,
  repo: Repo,
  runId: number,
): Promise<ListedArtifact[]> {
  return apiCall(`the artifacts of run id ${runId} could not be listed`, 'actions', () =>
    client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
      ...repo,
      run_id: runId,
      per_page: 100,
    }),
  );
}
