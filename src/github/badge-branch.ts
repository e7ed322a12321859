/**
 * `badge-branch`: the badge and the history as one commit on a branch of
 * their own, through the Git Data API. The commit has no parent and the ref
 * is force-moved, so the branch is replaced each run and never grows. A
 * failure is a GitHubApiError (the flow warns; the verdict stands).
 */
import * as core from '@actions/core';
import { type GitHubClient, statusOf } from './client.js';
import { GitHubApiError } from './errors.js';

export interface BadgeBranchTarget {
  owner: string;
  repo: string;
  branch: string;
  defaultBranch: string | null;
  /** The measured commit, named in the message. */
  sha: string;
  files: Record<string, string>;
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
