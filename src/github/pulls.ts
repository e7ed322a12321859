/** Pull requests: one pull request's state, head and base repository. */
import type { GitHubClient } from './client.js';
import { GitHubApiError } from './errors.js';
import type { Repo } from './event.js';

export interface PullHead {
  sha: string;
  ref: string;
  repo: { full_name: string } | null;
}

export interface PullState {
  state: string;
  head: PullHead;
  base: { repo: { full_name: string } };
}

/** The pull request, or null when this repository has none of that number. */
export async function getPull(
  client: GitHubClient,
  repo: Repo,
  number: number,
): Promise<PullState | null> {
  try {
    return (await client.rest.pulls.get({ ...repo, pull_number: number })).data;
  } catch (error) {
    const failure = new GitHubApiError(
      `pull request #${number} could not be read`,
      'comments',
      error,
    );
    if (failure.status === 404) return null;
    throw failure;
  }
}
