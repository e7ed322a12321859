/**
 * The REST client: `@actions/github`'s Octokit with the retry plugin (5xx)
 * and the throttling plugin (primary and secondary rate limits, honouring
 * `retry-after`), pointed at `GITHUB_API_URL` so GitHub Enterprise Server
 * works. Every attempt has a timeout: a connection that is accepted and never
 * answered is a retried fault, not a hung job.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** How many times a rate-limited request is tried again before giving up. */
const RATE_LIMIT_RETRIES = 3;

/** How many times a request that failed with a 5xx, a timeout or a network error is tried again. */
export const FAULT_RETRIES = 3;

export interface HttpTiming {
  /** How long one attempt may wait for an answer (for a download: for each next chunk), ms. */
  timeoutMs: number;
  /** The n-th retry waits n² times this, ms (octokit's retry plugin's schedule). */
  retryBaseMs: number;
}

const positiveInt = (text: string | undefined, fallback: number): number => {
  const n = Number(text);
  return text && Number.isInteger(n) && n > 0 ? n : fallback;
};

/** 30 s per attempt and retries after 1, 4 and 9 s; the environment may shorten both (tests do). */
export function httpTiming(env: NodeJS.ProcessEnv = process.env): HttpTiming {
  return {
    timeoutMs: positiveInt(env.COVERAGE_GATE_HTTP_TIMEOUT_MS, 30_000),
    retryBaseMs: positiveInt(env.COVERAGE_GATE_HTTP_RETRY_BASE_MS, 1_000),
  };
}

export function apiBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/** Says how long an attempt waited, in words a log reader can act on. */
export const noAnswer = (what: string, timeoutMs: number) =>
  `${what}: no answer within ${timeoutMs / 1000} s`;

/**
 * An Octokit plugin that gives every attempt its own timeout. Registered
 * before the retry plugin, its hook sits inside it, so each retry starts a
 * fresh clock; a timed-out attempt fails as a 500, which is retried (but
 * for a POST).
 */
export function attemptTimeout(timeoutMs: number) {
  return (octokit: Pick<GitHubClient, 'hook' | 'request'>) => {
    octokit.hook.wrap('request', async (request, options) => {
      const timeout = AbortSignal.timeout(timeoutMs);
      const given = options.request;
      const signal = given.signal ? AbortSignal.any([given.signal, timeout]) : timeout;
      // The hooks inside see this very object (their options are bound), so
      // it is swapped for the attempt and put back; `given` may be shared.
      options.request = { ...given, signal };
      try {
        return await request(options);
      } catch (error) {
        if (!timeout.aborted || given.signal?.aborted || !(error instanceof Error)) throw error;
        // The URL with its parameters filled in (`options.url` may still be a template).
        const url = octokit.request.endpoint.parse(options).url;
        const message = noAnswer(`${options.method} ${url}`, timeoutMs);
        // A POST may have been done though unanswered: trying again could post
        // twice, so it fails as a plain error, which the retry plugin passes on.
        if (options.method === 'POST') throw new Error(message);
        error.message = message;
        throw error;
      } finally {
        options.request = given;
      }
    });
  };
}

let clients = 0;

export function createClient(token: string, timing: HttpTiming = httpTiming()): GitHubClient {
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
      // The write queue (one POST a second) is this client's own; a process
      // that makes a client per run (the flow tests) never waits on another's.
      id: `coverage-gate-${++clients}`,
      onRateLimit: retryWhileAllowed('Rate limit'),
      onSecondaryRateLimit: retryWhileAllowed('Secondary rate limit'),
    },
    // Client errors are answers, not faults; 406 is "diff too large", which the
    // files list then replaces at once. Timeouts and network errors arrive as 500.
    retry: {
      retries: FAULT_RETRIES,
      retryAfterBaseValue: timing.retryBaseMs,
      doNotRetry: [400, 401, 403, 404, 406, 410, 422, 451],
    },
  };
  // The plugin options are not part of OctokitOptions' static type.
  return getOctokit(
    token,
    options as Parameters<typeof getOctokit>[1],
    attemptTimeout(timing.timeoutMs),
    retry,
    throttling,
  );
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
