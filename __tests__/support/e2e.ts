// What the end-to-end and the flow test files share: the fake GitHub each test
// starts, closed after it, and the action run on the scenario's pull request
// or on a push to main: the bundle (built once per run, see global-setup.mjs)
// as a child process in an end-to-end file, the entry in process in a flow
// test file.
import { readFileSync } from 'node:fs';
import { pullRequestEvent, pushEvent } from './fake-github/events.js';
import {
  type FakeGitHub,
  type FakeRun,
  makeZip,
  startFakeGitHub,
  type ZipEntries,
} from './fake-github/index.js';
import { runInProcess } from './in-process.js';
import { type ActionRun, type RunOptions, runAction } from './run-action.js';
import { C, PR_NUMBER, startScenario, WORKFLOW, workspace } from './scenario.js';

let started: FakeGitHub | undefined;
let runner: (options: RunOptions) => Promise<ActionRun> = runAction;

function closeAfterEach(): void {
  afterEach(async () => {
    await started?.close();
    started = undefined;
  });
}

/** Call once at the top of an end-to-end file: the runs are the bundle's, in a child process. */
export function endToEnd(): void {
  runner = runAction;
  closeAfterEach();
}

/** Call once at the top of a flow test file: the runs are the entry's, in this process. */
export function inProcess(): void {
  runner = runInProcess;
  closeAfterEach();
}

/** The scenario's fake GitHub, closed after the test. */
export async function startGitHub(options?: Parameters<typeof startScenario>[0]) {
  started = await startScenario(options);
  return started;
}

/** A fake GitHub of the file's own state (not the scenario's), closed after the test. */
export async function startGitHubWith(state: Parameters<typeof startFakeGitHub>[0]) {
  started = await startFakeGitHub(state);
  return started;
}

export interface CheckOptions {
  inputs?: Record<string, string>;
  /** The checkout; a workspace holding the head report by default. */
  workspace?: string;
  /** The pull request comes from a fork. */
  fork?: boolean;
  /** Head and base commits of the pull request; the scenario's by default. */
  head?: string;
  base?: string;
  /** Extra environment of the step. */
  env?: Record<string, string>;
  /** The pull request's number; the scenario's by default. */
  number?: number;
  runId?: number;
}

/** The action on the scenario's `pull_request` event (check mode). */
export function checkRun(gh: FakeGitHub, options: CheckOptions = {}): Promise<ActionRun> {
  return runner(checkRunOptions(gh, options));
}

/** The runner's view of the scenario's `pull_request` event. */
export function checkRunOptions(gh: FakeGitHub, options: CheckOptions = {}): RunOptions {
  const head = options.head ?? C.head;
  const number = options.number ?? PR_NUMBER;
  return {
    apiUrl: gh.url,
    token: gh.state.token,
    eventName: 'pull_request',
    payload: pullRequestEvent({
      number,
      head: {
        sha: head,
        ref: 'feature',
        ...(options.fork ? { repoFullName: 'someone/octo-repo' } : {}),
      },
      base: { sha: options.base ?? C.tip, ref: 'main' },
    }),
    workspace: options.workspace ?? workspace(),
    sha: head,
    ref: `refs/pull/${number}/merge`,
    ...(options.runId ? { runId: options.runId } : {}),
    inputs: options.inputs ?? {},
    env: options.env ?? {},
  };
}

export interface PushOptions {
  inputs?: Record<string, string>;
  workspace?: string;
  /** The pushed commit; the scenario's tip by default. */
  commit?: string;
  headCommit?: { timestamp: string; message: string };
  runId?: number;
}

/** The action on a push to main (record mode). */
export function pushRun(gh: FakeGitHub, options: PushOptions = {}): Promise<ActionRun> {
  return runner(pushRunOptions(gh, options));
}

/** The runner's view of a push to main. */
export function pushRunOptions(gh: FakeGitHub, options: PushOptions = {}): RunOptions {
  const commit = options.commit ?? C.tip;
  return {
    apiUrl: gh.url,
    token: gh.state.token,
    eventName: 'push',
    payload: pushEvent({
      ref: 'refs/heads/main',
      after: commit,
      ...(options.headCommit ? { headCommit: options.headCommit } : {}),
    }),
    workspace: options.workspace ?? workspace(),
    sha: commit,
    ...(options.runId ? { runId: options.runId } : {}),
    inputs: options.inputs ?? {},
  };
}

/** The whole result the run wrote to its `report-json` output. */
export const resultOf = (run: ActionRun) =>
  JSON.parse(readFileSync(run.outputs['report-json'] as string, 'utf8'));

export const prComments = (gh: FakeGitHub) =>
  gh.state.comments.filter((c) => c.issueNumber === PR_NUMBER);

/** Every request that changed something on GitHub. */
export const writes = (gh: FakeGitHub) => gh.requests.filter((r) => r.method !== 'GET');

/**
 * A successful push run of the scenario's workflow on main, with its
 * `coverage-baseline` artifact (id 9000 + the run's id) holding `entries`.
 */
export function plantPushRun(
  gh: FakeGitHub,
  run: { id: number; headSha: string; createdAt: string; runNumber: number } & Partial<FakeRun>,
  entries: ZipEntries,
): void {
  gh.state.runs.push({
    workflowId: WORKFLOW.id,
    headBranch: 'main',
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    ...run,
  });
  gh.state.artifacts.push({
    id: 9000 + run.id,
    runId: run.id,
    name: 'coverage-baseline',
    expired: false,
    zip: makeZip(entries),
  });
}
