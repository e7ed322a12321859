/**
 * The REST client: `@actions/github`'s Octokit with the retry plugin (5xx)
 * and the throttling plugin (primary and secondary rate limits, honouring
 * `retry-after`), pointed at `GITHUB_API_URL` so GitHub Enterprise Server
 * works.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** How many times a rate-limited request is tried again before giving up. */
const RATE_LIMIT_RETRIES = 3;

export function apiBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

export function createClient(token: string): GitHubClient {
  if (!token) {
    throw new Error(
      'github-token is empty; leave it at its default (`github.token`) or pass a token with `actions: read` and `pull-requests: write`',
    );
  }
  const options = {
    baseUrl: apiBaseUrl(),
    log: {
      debug: (message: string) => core.debug(message),
      info: (message: string) => core.debug(message),
      warn: (message: string) => core.info(message),
      error: (message: string) => core.info(message),
    },
    throttle: {
      onRateLimit: retryWhileAllowed('Rate limit'),
      onSecondaryRateLimit: retryWhileAllowed('Secondary rate limit'),
    },
    // Client errors are answers, not faults; 406 is "diff too large", which the
    // files list then replaces at once.
    retry: { retries: 3, doNotRetry: [400, 401, 403, 404, 406, 410, 422, 451] },
  };
  // The plugin options are not part of OctokitOptions' static type.
  return getOctokit(token, options as Parameters<typeof getOctokit>[1], retry, throttling);
}

interface RequestLike {
  method: string;
  url: string;
}

/** A throttling handler: log the wait, retry up to RATE_LIMIT_RETRIES times. */
function retryWhileAllowed(what: string) {
  return (retryAfter: number, request: RequestLike, _octokit: unknown, retryCount: number) => {
    core.info(
      `${what} on ${request.method} ${request.url}; retrying in ${retryAfter}s (attempt ${retryCount + 1} of ${RATE_LIMIT_RETRIES})`,
    );
    return retryCount < RATE_LIMIT_RETRIES;
  };
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
