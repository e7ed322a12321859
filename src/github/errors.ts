/**
 * The one error of the GitHub adapters: an API call that failed (after the
 * client's retries), with the operation it was, GitHub's status, and what
 * the user can do about it, from one table of hints. The flows decide
 * whether it is fatal, a warning, or a reason there is no baseline.
 */
import { describeError } from '../report/errors.js';
import { statusOf } from './client.js';

/** What a call needs of the token: the permission its hints name. */
export type Access = 'actions' | 'comments' | 'contents' | 'checks';

const HINTS: Record<Access, Partial<Record<number, string>>> = {
  actions: { 403: 'the job needs `actions: read`' },
  comments: {
    403: 'the job needs `pull-requests: write` to comment; on pull requests from forks the token is read-only, so use the two-stage setup (see README, "Fork pull requests")',
    404: 'the pull request was not found, or the token cannot see it',
    422: 'GitHub refused the comment body',
  },
  contents: { 403: 'the job needs `contents: write`' },
  checks: {
    403: 'the job needs `checks: write` for `checks: gates`; on pull requests from forks the token is read-only, so the two-stage setup creates them (see README, "Check runs")',
    422: 'GitHub refused the check run (is the commit in this repository?)',
  },
};

/** The hint for a status, or ''. */
export function permissionHint(access: Access, status: number | undefined): string {
  return status === undefined ? '' : (HINTS[access][status] ?? '');
}

export class GitHubApiError extends Error {
  readonly status: number | undefined;
  readonly hint: string;

  /** `operation` says what failed ("the artifacts of run id 5 could not be listed"). */
  constructor(
    readonly operation: string,
    access: Access,
    cause: unknown,
    /** A hint of the call's own for a status, before the table's. */
    own: Partial<Record<number, string>> = {},
  ) {
    const status = statusOf(cause);
    const hint = (status !== undefined ? own[status] : undefined) ?? permissionHint(access, status);
    super(`${operation}: ${describeError(cause)}${hint ? `; ${hint}` : ''}`, { cause });
    this.status = status;
    this.hint = hint;
  }
}

/** Runs one API call; its failure becomes a GitHubApiError naming the operation. */
export async function apiCall<T>(
  operation: string,
  access: Access,
  call: () => Promise<T>,
  own?: Partial<Record<number, string>>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new GitHubApiError(operation, access, error, own);
  }
}
