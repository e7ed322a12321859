/**
 * The run's event, read once: the runner's context and its payload become
 * one typed `RunEvent`, so nothing below the entry casts a payload or reads
 * `context` again.
 */
import { context } from '@actions/github';

export interface Repo {
  owner: string;
  repo: string;
}

export interface PullRequestInfo {
  number: number;
  baseRef: string;
  baseSha: string;
  headSha: string;
  /** Head repository differs from the base repository (or is gone). */
  fromFork: boolean;
}

/** What a check compares: a pull request, or a merge group. */
export interface CheckTarget {
  baseRef: string;
  baseSha: string;
  headSha: string;
  pull: PullRequestInfo | null;
  mergeGroup: boolean;
}

/** The run a `workflow_run` event names (the fork-safe second stage). */
export interface TriggeringRun {
  id: number;
  head_sha: string;
  head_branch?: unknown;
  head_repository?: { full_name?: unknown } | null;
}

export interface RunEvent {
  name: string;
  repo: Repo;
  sha: string;
  ref: string;
  runId: number;
  /** The workflow file, from `GITHUB_WORKFLOW_REF`; else the run is asked. */
  workflowRef: string;
  /** A pull request or a merge group; null on other events. */
  target: CheckTarget | null;
  /** A push: the pushed head commit's time and message. */
  headCommit: { timestamp?: string; message?: string } | null;
  defaultBranch: string | null;
  /** A push that deleted its ref (`deleted`, or `after` all zeros). */
  deleted: boolean;
  /** `workflow_run`: the triggering run, when its payload names one. */
  workflowRun: TriggeringRun | null;
}

interface Payload {
  pull_request?: {
    number?: number;
    base?: { ref?: string; sha?: string; repo?: { full_name?: string } | null };
    head?: { sha?: string; repo?: { full_name?: string } | null };
  };
  merge_group?: { base_ref?: string; base_sha?: string; head_sha?: string };
  head_commit?: { timestamp?: string; message?: string } | null;
  repository?: { default_branch?: string } | null;
  deleted?: boolean;
  after?: string;
  workflow_run?: Partial<TriggeringRun> & { id?: unknown; head_sha?: unknown };
}

/** The pull request or merge group an event names, if any. */
export function checkTarget(name: string, payload: Payload, sha: string): CheckTarget | null {
  const pr = payload.pull_request;
  if (pr && typeof pr.number === 'number') {
    const headRepo = pr.head?.repo?.full_name;
    const baseRepo = pr.base?.repo?.full_name;
    const pull: PullRequestInfo = {
      number: pr.number,
      baseRef: String(pr.base?.ref ?? ''),
      baseSha: String(pr.base?.sha ?? ''),
      headSha: String(pr.head?.sha ?? sha),
      fromFork: name === 'pull_request' && (!headRepo || headRepo !== baseRepo),
    };
    return {
      baseRef: pull.baseRef,
      baseSha: pull.baseSha,
      headSha: pull.headSha,
      pull,
      mergeGroup: false,
    };
  }
  const group = payload.merge_group;
  if (group && typeof group.base_sha === 'string') {
    return {
      baseRef: String(group.base_ref ?? '').replace(/^refs\/heads\//, ''),
      baseSha: group.base_sha,
      headSha: String(group.head_sha ?? sha),
      pull: null,
      mergeGroup: true,
    };
  }
  return null;
}

/** A `RunEvent` from the runner's fields and the event payload. */
export function parseEvent(
  fields: Pick<RunEvent, 'name' | 'repo' | 'sha' | 'ref' | 'runId' | 'workflowRef'>,
  raw: unknown,
): RunEvent {
  const payload = (raw && typeof raw === 'object' ? raw : {}) as Payload;
  const run = payload.workflow_run;
  return {
    ...fields,
    target: checkTarget(fields.name, payload, fields.sha),
    headCommit: payload.head_commit ?? null,
    defaultBranch: payload.repository?.default_branch ?? null,
    deleted: payload.deleted === true || /^0{40}$/.test(payload.after ?? ''),
    workflowRun:
      run && typeof run.id === 'number' && typeof run.head_sha === 'string'
        ? (run as TriggeringRun)
        : null,
  };
}

/** The event of this run, from the runner. */
export function readEvent(env: NodeJS.ProcessEnv = process.env): RunEvent {
  return parseEvent(
    {
      name: context.eventName,
      repo: context.repo,
      sha: context.sha,
      ref: context.ref,
      runId: context.runId,
      workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
    },
    context.payload,
  );
}
