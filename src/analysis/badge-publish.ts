/**
 * Whether record mode may replace the `badge-branch`: only from a push (or a
 * dispatch) on the repository's default branch whose ref still exists, never
 * onto the default branch, the pushed branch or a protected branch. Pure:
 * the event, the ref and what GitHub said in; a decision and its reason out.
 */

/** What the event says, known before any request. */
export interface BadgeEventFacts {
  eventName: string;
  /** GITHUB_REF, e.g. refs/heads/main or refs/tags/v1. */
  ref: string;
  /** The push deleted the ref (`deleted`, or `after` all zeros). */
  deleted: boolean;
  badgeBranch: string;
}

/** What the repository says: null where it could not be read (with why). */
export interface BadgeRepoFacts {
  defaultBranch: string | null;
  /** Whether the badge branch is protected; false when it does not exist yet. */
  badgeBranchProtected: boolean | null;
  /** Why a null above could not be read, for the message. */
  problem?: string;
}

export type BadgeDecision =
  | { publish: true }
  /** `warn`: a setting or GitHub is in the way (a warning); otherwise this run is simply not the one. */
  | { publish: false; reason: string; warn: boolean };

const EVENTS = new Set(['push', 'workflow_dispatch']);

/** The pushed branch, or null for a tag or any other ref. */
export const pushedBranch = (ref: string): string | null =>
  /^refs\/heads\/(.+)$/.exec(ref)?.[1] ?? null;

/** What the event alone rules out; null when the repository must be asked. */
export function badgeEventDecision(e: BadgeEventFacts): BadgeDecision | null {
  if (!EVENTS.has(e.eventName))
    return {
      publish: false,
      reason: `a ${e.eventName} run does not publish it (only a push or a dispatch on the default branch does)`,
      warn: false,
    };
  const branch = pushedBranch(e.ref);
  if (branch === null) return { publish: false, reason: `${e.ref} is not a branch`, warn: false };
  if (e.deleted) return { publish: false, reason: `the push deleted ${branch}`, warn: false };
  return null;
}

export function badgeDecision(e: BadgeEventFacts, r: BadgeRepoFacts): BadgeDecision {
  const early = badgeEventDecision(e);
  if (early) return early;
  const branch = pushedBranch(e.ref) as string;
  const why = r.problem ? ` (${r.problem})` : '';
  if (r.defaultBranch === null)
    return { publish: false, reason: `the default branch could not be read${why}`, warn: true };
  if (e.badgeBranch === r.defaultBranch)
    return { publish: false, reason: 'it is the default branch', warn: true };
  if (e.badgeBranch === branch)
    return { publish: false, reason: 'it is the branch being pushed', warn: true };
  if (branch !== r.defaultBranch)
    return {
      publish: false,
      reason: `${branch} is not the default branch (${r.defaultBranch})`,
      warn: false,
    };
  if (r.badgeBranchProtected === null)
    return {
      publish: false,
      reason: `whether it is protected could not be read${why}`,
      warn: true,
    };
  if (r.badgeBranchProtected)
    return { publish: false, reason: 'it is a protected branch', warn: true };
  return { publish: true };
}
