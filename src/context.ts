/**
 * RunContext: what a flow may know about its run, gathered once at the entry
 * (the inputs, the typed event, the workspace) and the GitHub client, made
 * on first use. The flows read nothing else from the runner.
 */
import { createClient, type GitHubClient } from './github/client.js';
import { type Repo, type RunEvent, readEvent } from './github/event.js';
import { getInputs, type Inputs, type ResolvedMode, resolveMode } from './github/inputs.js';

export interface RunContext {
  repo: Repo;
  event: RunEvent;
  mode: ResolvedMode;
  inputs: Inputs;
  /** The checkout (`GITHUB_WORKSPACE`). */
  workspace: string;
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
    api: () => {
      client ??= createClient(inputs.token);
      return client;
    },
  };
}
