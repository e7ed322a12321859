// Event payloads for GITHUB_EVENT_PATH, built from GitHub's real webhook
// examples (@octokit/webhooks-examples): only the fields a test names are
// changed (numbers, shas, refs, repositories); everything else stays real.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type {
  PullRequestOpenedEvent,
  PullRequestReopenedEvent,
  PullRequestSynchronizeEvent,
  PushEvent,
  WorkflowRunCompletedEvent,
} from '@octokit/webhooks-types';

type Json = Record<string, unknown>;
interface Definition {
  name: string;
  examples: Json[];
}

const require = createRequire(import.meta.url);
const definitions = require('@octokit/webhooks-examples') as Definition[];

function example(event: string, pick: (e: Json) => boolean): Json {
  const found = definitions.find((d) => d.name === event)?.examples.find(pick);
  if (!found) throw new Error(`@octokit/webhooks-examples has no matching ${event} example`);
  return structuredClone(found);
}

// Rewrites every string in a value (URLs, labels...) with the given replacements.
function rewrite<T>(value: T, replacements: [string | RegExp, string][]): T {
  let text = JSON.stringify(value);
  for (const [from, to] of replacements) {
    text = typeof from === 'string' ? text.split(from).join(to) : text.replace(from, to);
  }
  return JSON.parse(text) as T;
}

const obj = (v: unknown): Json => v as Json;

function numberFor(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h % 900_000_000;
}

// Points a repository object (from an example) at `fullName`.
function retarget(repo: Json, fromFullName: string, fullName: string, fork: boolean): Json {
  const [owner = '', name = ''] = fullName.split('/');
  const out = rewrite(repo, [[fromFullName, fullName]]);
  out.name = name;
  out.full_name = fullName;
  out.fork = fork;
  if (fromFullName.toLowerCase() !== fullName.toLowerCase()) out.id = numberFor(fullName);
  if (typeof out.node_id === 'string')
    out.node_id = `R_${Buffer.from(fullName).toString('base64url')}`;
  const ownerObj = obj(out.owner);
  if (ownerObj && typeof ownerObj === 'object') ownerObj.login = owner;
  return out;
}

export interface PullRequestEventOptions {
  action?: 'opened' | 'synchronize' | 'reopened';
  number: number;
  /** The base repository, the one the workflow runs in; default 'octo-org/octo-repo'. */
  repoFullName?: string;
  /** `repoFullName` other than the base repository's makes this a fork PR. */
  head: { sha: string; ref: string; repoFullName?: string };
  base: { sha: string; ref: string };
  /** `before` of a synchronize event. */
  before?: string;
  title?: string;
}

/** A `pull_request` event (from the real "opened"/"synchronize" examples). */
export type PullRequestPayload =
  | PullRequestOpenedEvent
  | PullRequestSynchronizeEvent
  | PullRequestReopenedEvent;

export function pullRequestEvent(opts: PullRequestEventOptions): PullRequestPayload {
  const action = opts.action ?? 'opened';
  const source = action === 'synchronize' ? 'synchronize' : 'opened';
  const raw = example('pull_request', (e) => e.action === source);
  const pr0 = obj(raw.pull_request);
  const fromFull = obj(raw.repository).full_name as string;
  const fromHeadSha = obj(pr0.head).sha as string;
  const fromBaseSha = obj(pr0.base).sha as string;
  const fromNumber = raw.number as number;
  const baseFull = opts.repoFullName ?? 'octo-org/octo-repo';
  const headFull = opts.head.repoFullName ?? baseFull;
  const fork = headFull.toLowerCase() !== baseFull.toLowerCase();

  const payload = rewrite(raw, [
    [fromHeadSha, opts.head.sha],
    [fromBaseSha, opts.base.sha],
    [new RegExp(`/(pulls?|issues)/${fromNumber}(?=["/#])`, 'g'), `/$1/${opts.number}`],
  ]);
  payload.action = action;
  payload.number = opts.number;
  payload.repository = retarget(obj(payload.repository), fromFull, baseFull, false);
  const pr = rewrite(obj(payload.pull_request), [[fromFull, baseFull]]);
  pr.number = opts.number;
  pr.state = 'open';
  if (opts.title !== undefined) pr.title = opts.title;

  const head = obj(pr.head);
  const headOwner = headFull.split('/')[0] ?? '';
  head.ref = opts.head.ref;
  head.sha = opts.head.sha;
  head.label = `${headOwner}:${opts.head.ref}`;
  head.repo = retarget(obj(head.repo), baseFull, headFull, fork);
  obj(head.user).login = headOwner;

  const base = obj(pr.base);
  const baseOwner = baseFull.split('/')[0] ?? '';
  base.ref = opts.base.ref;
  base.sha = opts.base.sha;
  base.label = `${baseOwner}:${opts.base.ref}`;
  base.repo = retarget(obj(base.repo), baseFull, baseFull, false);
  obj(base.user).login = baseOwner;
  payload.pull_request = pr;

  if (action === 'synchronize') {
    payload.before = opts.before ?? `${'0'.repeat(39)}1`;
    payload.after = opts.head.sha;
  } else {
    delete payload.before;
    delete payload.after;
  }
  return payload as unknown as PullRequestPayload;
}

export interface PushEventOptions {
  repoFullName?: string;
  /** A branch name or a full ref (refs/heads/main). */
  ref: string;
  after: string;
  before?: string;
  /** The pushed head commit's time and message. */
  headCommit?: { timestamp?: string; message?: string };
}

/** A `push` event to a branch (from the real branch push example). */
export function pushEvent(opts: PushEventOptions): PushEvent {
  const raw = example('push', (e) => String(e.ref).startsWith('refs/heads/'));
  const fromFull = obj(raw.repository).full_name as string;
  const fromAfter = raw.after as string;
  const fullName = opts.repoFullName ?? 'octo-org/octo-repo';
  const payload = rewrite(raw, [
    [fromFull, fullName],
    [fromAfter, opts.after],
  ]);
  const ref = opts.ref.startsWith('refs/') ? opts.ref : `refs/heads/${opts.ref}`;
  const before = opts.before ?? '0'.repeat(40);
  payload.ref = ref;
  payload.before = before;
  payload.after = opts.after;
  payload.created = /^0+$/.test(before);
  payload.compare = `https://github.com/${fullName}/compare/${before.slice(0, 12)}...${opts.after.slice(0, 12)}`;
  payload.repository = retarget(obj(payload.repository), fullName, fullName, false);
  const repo = obj(payload.repository);
  repo.default_branch = repo.master_branch = 'main';
  if (opts.headCommit) Object.assign(obj(payload.head_commit), opts.headCommit);
  return payload as unknown as PushEvent;
}

export interface WorkflowRunEventOptions {
  repoFullName?: string;
  runId: number;
  headSha: string;
  headBranch: string;
  /** The repository the triggering run's commit came from; another one means a fork PR. */
  headRepoFullName?: string;
  event?: string;
  conclusion?: 'success' | 'failure' | 'cancelled' | null;
  workflow?: { id: number; path: string; name: string };
  /**
   * The PRs GitHub lists on the run. Default: the one PR given by `pullRequest`
   * for a same-repository run, and none for a fork (GitHub lists none then).
   */
  pullRequests?: { number: number; base: { ref: string; sha: string } }[];
  pullRequest?: { number: number; base: { ref: string; sha: string } };
}

/** A `workflow_run` event with action "completed" (from the real example). */
export function workflowRunEvent(opts: WorkflowRunEventOptions): WorkflowRunCompletedEvent {
  const raw = example(
    'workflow_run',
    (e) => e.action === 'completed' && (obj(e.workflow_run).pull_requests as unknown[]).length > 0,
  );
  const run0 = obj(raw.workflow_run);
  const fromFull = obj(raw.repository).full_name as string;
  const fromRunId = run0.id as number;
  const fromSha = run0.head_sha as string;
  const fullName = opts.repoFullName ?? 'octo-org/octo-repo';
  const headFull = opts.headRepoFullName ?? fullName;
  const fork = headFull.toLowerCase() !== fullName.toLowerCase();
  const examplePr = structuredClone(obj((run0.pull_requests as Json[])[0]));

  const payload = rewrite(raw, [
    [fromFull, fullName],
    [fromSha, opts.headSha],
    [new RegExp(`/runs/${fromRunId}(?=["/])`, 'g'), `/runs/${opts.runId}`],
  ]);
  payload.action = 'completed';
  payload.repository = retarget(obj(payload.repository), fullName, fullName, false);
  const run = obj(payload.workflow_run);
  run.id = opts.runId;
  run.head_sha = opts.headSha;
  run.head_branch = opts.headBranch;
  run.event = opts.event ?? 'pull_request';
  run.status = 'completed';
  run.conclusion = opts.conclusion === undefined ? 'success' : opts.conclusion;
  obj(run.head_commit).id = opts.headSha;
  run.repository = retarget(obj(run.repository), fullName, fullName, false);
  run.head_repository = retarget(obj(run.head_repository), fullName, headFull, fork);

  if (opts.workflow) {
    const wf = obj(payload.workflow);
    const fromWfId = wf.id as number;
    Object.assign(
      wf,
      rewrite(wf, [
        [String(wf.path), opts.workflow.path],
        [`/workflows/${fromWfId}`, `/workflows/${opts.workflow.id}`],
      ]),
    );
    wf.id = opts.workflow.id;
    wf.name = opts.workflow.name;
    wf.path = opts.workflow.path;
    run.workflow_id = opts.workflow.id;
    run.workflow_url = wf.url;
    run.path = opts.workflow.path;
    run.name = opts.workflow.name;
  }

  const defaults = fork ? [] : opts.pullRequest ? [opts.pullRequest] : [];
  const repoRef = {
    id: obj(run.repository).id,
    url: `https://api.github.com/repos/${fullName}`,
    name: fullName.split('/')[1],
  };
  run.pull_requests = (opts.pullRequests ?? defaults).map((p) => ({
    ...examplePr,
    url: `https://api.github.com/repos/${fullName}/pulls/${p.number}`,
    id: numberFor(`pull:${p.number}`),
    number: p.number,
    head: { ref: opts.headBranch, sha: opts.headSha, repo: repoRef },
    base: { ref: p.base.ref, sha: p.base.sha, repo: repoRef },
  }));
  return payload as unknown as WorkflowRunCompletedEvent;
}

/** Writes a payload to `dir/event.json` and returns its path (for GITHUB_EVENT_PATH). */
export function writeEvent(dir: string, payload: object, file = 'event.json'): string {
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify(payload, null, 2));
  return path;
}
