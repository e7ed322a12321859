/**
 * What was measured decides everything else: which commit the report's line
 * numbers belong to, which lines count as changed, and which commit of the
 * base branch the baseline is anchored at (DESIGN, "GitHub behaviour").
 *
 * On `pull_request`, `actions/checkout` checks out the PR's merge commit by
 * default; its first parent is the base branch's tip at that moment, so the
 * changed lines are first parent → merge, and the anchor is that first parent.
 * A checkout of the PR head keeps the merge base.
 */
import * as core from '@actions/core';
import type { MeasuredInfo } from '../analysis/result.js';
import { git } from '../git.js';
import type { GitHubClient } from '../github/client.js';
import { describeError } from '../report/errors.js';

/** The event's view of what was built. */
export interface CheckEvent {
  eventName: string;
  /** `GITHUB_SHA`. */
  eventSha: string;
  /** The pull request's base branch tip and head, or the merge group's base and head. */
  baseSha: string;
  headSha: string;
  mergeGroup: boolean;
}

/** The workspace's HEAD and its parents as the commit object names them. */
export interface LocalCommit {
  sha: string;
  /** null when the object could not be read. */
  parents: string[] | null;
}

export type Checkout = MeasuredInfo['checkout'];

/** The measured commit, how it relates to the event, and what the anchor is. */
export interface Measured {
  commit: string;
  checkout: Checkout;
  /** A merge commit's first parent (the anchor); null for the other kinds. */
  firstParent: string | null;
  /** Where the merge commit's parents came from. */
  parentsFrom: 'git' | 'api' | 'event' | null;
}

/**
 * HEAD of the git repository at `dir`, and its parents from the commit
 * object itself: a shallow clone hides them from `rev-list`, but the object
 * still names them.
 */
export async function localCommit(dir: string): Promise<LocalCommit | null> {
  let sha: string;
  try {
    sha = (await git(dir, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
  } catch {
    return null;
  }
  try {
    const object = await git(dir, ['cat-file', 'commit', sha]);
    const header = object.slice(0, object.indexOf('\n\n'));
    const parents = [...header.matchAll(/^parent ([0-9a-f]{40,64})$/gm)].map((m) => m[1] as string);
    return { sha, parents };
  } catch {
    return { sha, parents: null };
  }
}

/** A merge commit of this pull request: two parents, the second its head. */
const mergesHead = (parents: readonly string[], head: string) =>
  parents.length === 2 && parents[1] === head;

/**
 * Classifies the measured commit. Parents come from local git, else the REST
 * commit (only asked when the local object is not there), else the event's
 * base (then `parentsFrom` is `event`, and the comment says it was assumed).
 */
export async function resolveMeasured(
  event: CheckEvent,
  local: LocalCommit | null,
  client: GitHubClient | null,
  repo: { owner: string; repo: string },
): Promise<Measured> {
  const commit = local?.sha ?? event.eventSha;
  const plain = (checkout: Checkout): Measured => ({
    commit,
    checkout,
    firstParent: null,
    parentsFrom: null,
  });
  if (event.mergeGroup) return plain('merge-group');
  if (commit === event.headSha) return plain('head');
  const merge = (parents: readonly string[], from: Measured['parentsFrom']): Measured => ({
    commit,
    checkout: 'merge',
    firstParent: parents[0] as string,
    parentsFrom: from,
  });
  if (local?.parents) {
    return mergesHead(local.parents, event.headSha) ? merge(local.parents, 'git') : plain('other');
  }
  // Parents unknown: only the event's own commit can be its merge commit.
  if (commit !== event.eventSha) return plain('other');
  if (client) {
    try {
      const { data } = await client.rest.repos.getCommit({ ...repo, ref: commit });
      const parents = data.parents.map((p) => p.sha);
      return mergesHead(parents, event.headSha) ? merge(parents, 'api') : plain('other');
    } catch (error) {
      core.info(`Could not read commit ${commit.slice(0, 7)} (${describeError(error)})`);
    }
  }
  return event.eventName === 'pull_request'
    ? merge([event.baseSha, event.headSha], 'event')
    : plain('other');
}

/** The merge base of the PR's base and head: local git when it has both, else the REST compare. */
export async function mergeBase(
  client: GitHubClient | null,
  repo: { owner: string; repo: string },
  workspace: string,
  base: string,
  head: string,
): Promise<string> {
  try {
    return (await git(workspace, ['merge-base', base, head])).trim();
  } catch {
    // A shallow or unrelated checkout: ask the API.
  }
  const short = (sha: string) => sha.slice(0, 7);
  if (!client) return base;
  try {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${base}...${head}`,
      per_page: 1,
    });
    return data.merge_base_commit.sha;
  } catch (error) {
    core.warning(
      `Could not compare ${short(base)}...${short(head)} (${describeError(error)}); using the base commit ${short(base)} as the merge base`,
    );
    return base;
  }
}

/** The anchor's name in sentences: "the merge base", "the merge commit's first parent". */
export function anchorLabel(checkout: Checkout): string {
  switch (checkout) {
    case 'merge':
      return "the merge commit's first parent";
    case 'merge-group':
      return "the merge queue's base";
    default:
      return 'the merge base';
  }
}
