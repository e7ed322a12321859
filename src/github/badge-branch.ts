/**
 * `badge-branch`: the badge and the history as one commit on a branch of
 * their own, through the Git Data API. The commit has no parent and the ref
 * is force-moved, so the branch is replaced each run and never grows. What
 * the publish decision asks of the repository (its default branch, whether
 * the badge branch is protected) is asked here too. A failure is a
 * GitHubApiError (the flow warns; the verdict stands).
 */
import * as core from '@actions/core';
import { type GitHubClient, statusOf } from './client.js';
import { apiCall, GitHubApiError } from './errors.js';
import type { Repo } from './event.js';

export interface BadgeBranchTarget {
  owner: string;
  repo: string;
  branch: string;
  /** The measured commit, named in the message. */
  sha: string;
  files: Record<string, string>;
}

/** The repository's default branch (`GET /repos/{owner}/{repo}`). */
export async function getDefaultBranch(client: GitHubClient, repo: Repo): Promise<string> {
  const { data } = await apiCall('the repository could not be read', 'contents', () =>
    client.rest.repos.get({ owner: repo.owner, repo: repo.repo }),
  );
  return data.default_branch;
}

/** Whether `branch` is protected; false for a branch not made yet (404). */
export async function isProtectedBranch(
  client: GitHubClient,
  repo: Repo,
  branch: string,
): Promise<boolean> {
  try {
    return (await client.rest.repos.getBranch({ ...repo, branch })).data.protected;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw new GitHubApiError(
      `the branch ${JSON.stringify(branch)} could not be read`,
      'contents',
      error,
    );
  }
}

/** Returns the new commit's sha. */
export async function publishBadgeBranch(
  client: GitHubClient,
  target: BadgeBranchTarget,
): Promise<string> {
  const { owner, repo, branch } = target;
  try {
    const tree = await client.rest.git.createTree({
      owner,
      repo,
      tree: Object.entries(target.files)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([path, content]) => ({
          path,
          mode: '100644' as const,
          type: 'blob' as const,
          content,
        })),
    });
    const commit = await client.rest.git.createCommit({
      owner,
      repo,
      message: `Coverage badge and history for ${target.sha.slice(0, 7)}`,
      tree: tree.data.sha,
      parents: [],
    });
    const sha = commit.data.sha;
    try {
      await client.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: true });
      core.info(`Badge branch ${branch} replaced by commit ${sha.slice(0, 7)}`);
    } catch (error) {
      // GitHub answers 422 "Reference does not exist" for a branch not made yet.
      if (statusOf(error) !== 422) throw error;
      await client.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha });
      core.info(`Badge branch ${branch} created at commit ${sha.slice(0, 7)}`);
    }
    return sha;
  } catch (error) {
    throw new GitHubApiError(
      `The badge was not published on ${JSON.stringify(branch)}`,
      'contents',
      error,
    );
  }
}
