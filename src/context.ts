/**
 * RunContext: what a flow may know about its run, gathered once at the entry
 * (the inputs, the typed event, the workspace) and the GitHub client, made
 * on first use. The flows read nothing else from the runner.
 */
import { createClient, type GitHubClient } from './github/client.js';
import { type Repo, type RunEvent, readEvent } from './github/event.js';
import { getInputs, type Inputs, type ResolvedMode, resolveMode } from './github/inputs.js';
import type { PullLinks } from './render/delta.js';

export interface RunContext {
  repo: Repo;
  event: RunEvent;
  mode: ResolvedMode;
  inputs: Inputs;
  /** The checkout (`GITHUB_WORKSPACE`). */
  workspace: string;
  /** `GITHUB_SERVER_URL`: where links to the pull request's files point. */
  serverUrl?: string;
  /** The client, made on first use: a run that asks GitHub nothing makes none. */
  api: () => GitHubClient;
}

export function createContext(
  env: NodeJS.ProcessEnv = process.env,
  event: RunEvent = readEvent(env),
): RunContext {
  const inputs = getInputs();
  let client: GitHubClient | null = null;
  return {
    repo: event.repo,
    event,
    mode: resolveMode(inputs.mode, event.name),
    inputs,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    api: () => {
      client ??= createClient(inputs.token);
      return client;
    },
  };
}

/** Links into a pull request's Files view and to its head's files. */
export function pullLinks(ctx: RunContext, pull: number, headSha: string): PullLinks {
  return {
    serverUrl: ctx.serverUrl ?? 'https://github.com',
    repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
    pull,
    headSha,
  };
}
