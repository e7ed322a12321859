/**
 * `badge-branch`: the badge and the history as one commit on a branch of
 * their own, through the Git Data API. The commit has no parent and the ref
 * is force-moved, so the branch is replaced each run and never grows. Only
 * from the default branch, never onto it, the pushed or a protected branch
 * (analysis/badge-publish.ts); any failure is a warning, the verdict stands.
 */
import * as core from '@actions/core';
import {
  type BadgeEventFacts,
  type BadgeRepoFacts,
  badgeDecision,
  badgeEventDecision,
} from '../analysis/badge-publish.js';
import { describeError } from '../report/errors.js';
import { type GitHubClient, statusOf } from './client.js';

export interface BadgeBranchTarget {
  owner: string;
  repo: string;
  branch: string;
  /** The measured commit, named in the message. */
  sha: string;
  files: Record<string, string>;
}

/** What the run knows of the event, and what it asks GitHub, to decide whether to publish. */
export interface BadgeBranchPlan {
  event: BadgeEventFacts;
  /** Never rejects: what could not be read is null, with the problem. */
  facts: Promise<BadgeRepoFacts>;
}

export interface BadgeBranchPayload {
  after?: string;
  deleted?: boolean;
  repository?: { default_branch?: string } | null;
}

/**
 * Record mode with `badge-branch`: the default branch (from the payload, else
 * `GET /repos/{owner}/{repo}`) and the badge branch's protection (`GET
 * /repos/{owner}/{repo}/branches/{branch}`, 404: not made yet) asked for at
 * once, at the start of the run, unless the event already rules publishing out.
 */
export function planBadgeBranch(
  api: () => GitHubClient,
  at: {
    repo: { owner: string; repo: string };
    eventName: string;
    ref: string;
    payload: BadgeBranchPayload;
    badgeBranch: string;
  },
): BadgeBranchPlan {
  const event: BadgeEventFacts = {
    eventName: at.eventName,
    ref: at.ref,
    deleted: at.payload.deleted === true || /^0{40}$/.test(at.payload.after ?? ''),
    badgeBranch: at.badgeBranch,
  };
  if (badgeEventDecision(event))
    return { event, facts: Promise.resolve({ defaultBranch: null, badgeBranchProtected: null }) };
  const known = at.payload.repository?.default_branch;
  // Through a promise, so that a client that cannot be made (no token) is a reason, not a throw.
  const ask = Promise.resolve();
  const defaultBranch = known
    ? Promise.resolve(known)
    : ask.then(() => api().rest.repos.get(at.repo)).then((r) => r.data.default_branch);
  const guarded = ask
    .then(() => api().rest.repos.getBranch({ ...at.repo, branch: at.badgeBranch }))
    .then(
      (r) => r.data.protected,
      (error: unknown) => {
        if (statusOf(error) === 404) return false;
        throw error;
      },
    );
  const facts = Promise.allSettled([defaultBranch, guarded]).then(([d, g]) => {
    const problems = [d, g]
      .filter((x) => x.status === 'rejected')
      .map((x) => describeError((x as PromiseRejectedResult).reason));
    return {
      defaultBranch: d.status === 'fulfilled' ? d.value : null,
      badgeBranchProtected: g.status === 'fulfilled' ? g.value : null,
      ...(problems.length ? { problem: problems.join('; ') } : {}),
    };
  });
  return { event, facts };
}

/** Publishes when the plan allows it, else says why (a warning when a setting or GitHub is in the way). */
export async function publishIfAllowed(
  client: () => GitHubClient,
  plan: BadgeBranchPlan,
  target: BadgeBranchTarget,
): Promise<string | null> {
  const decision = badgeDecision(plan.event, await plan.facts);
  if (!decision.publish) {
    const line = `The badge was not published on ${JSON.stringify(target.branch)}: ${decision.reason}`;
    if (decision.warn) core.warning(line);
    else core.info(line);
    return null;
  }
  return publishBadgeBranch(client(), target);
}

/** Returns the new commit's sha, or null after a warning. */
export async function publishBadgeBranch(
  client: GitHubClient,
  target: BadgeBranchTarget,
): Promise<string | null> {
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
    const hint = statusOf(error) === 403 ? ' (the job needs `contents: write`)' : '';
    core.warning(
      `The badge was not published on ${JSON.stringify(branch)}: ${describeError(error)}${hint}`,
    );
    return null;
  }
}
