// A local fake of the GitHub REST API, served over real HTTP on 127.0.0.1, for
// the action's end-to-end tests. It keeps GitHub's query semantics (filters,
// pagination with Link headers, redirects to a storage host that refuses the
// token, 410/422 errors) so the action is tested the way it meets GitHub.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface GitRef {
  sha: string;
  ref: string;
  repoFullName: string;
}

export interface FakeUser {
  login: string;
  type: 'Bot' | 'User';
}

export interface FakeCommit {
  sha: string;
  parents: string[];
}

export interface FakePullFile {
  filename: string;
  status: string;
  patch?: string;
  previous_filename?: string;
}

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  title?: string;
  head: GitRef;
  base: GitRef;
  diff: string;
  files?: FakePullFile[];
  diffTooLarge?: boolean;
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export interface FakeWorkflow {
  id: number;
  path: string;
  name: string;
}

export interface FakeRun {
  id: number;
  workflowId: number;
  headBranch: string;
  headSha: string;
  event: string;
  status: 'completed' | 'in_progress';
  conclusion: 'success' | 'failure' | null;
  createdAt: string;
  runNumber: number;
  pullRequests?: { number: number }[];
}

export interface FakeArtifact {
  id: number;
  runId: number;
  name: string;
  expired: boolean;
  sizeInBytes?: number;
  zip: Uint8Array;
  createdAt?: string;
}

/** A commit made through the Git Data API (the badge branch). */
export interface FakeGitCommit {
  sha: string;
  message: string;
  tree: string;
  parents: string[];
}

export interface FakeGitTree {
  sha: string;
  entries: { path: string; mode: string; type: string; sha: string; content: string }[];
}

/** A check run (the Checks API), as the action's token writes it. */
export interface FakeCheckRun {
  id: number;
  headSha: string;
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  title: string | null;
  summary: string | null;
  text: string | null;
  externalId: string;
  detailsUrl: string | null;
  startedAt: string;
  completedAt: string | null;
}

export interface FakeState {
  owner: string;
  repo: string;
  /** Sent by the client as `Authorization: token X` or `Bearer X`; API routes answer 401 without it. */
  token: string;
  commits: FakeCommit[];
  pulls: FakePull[];
  comments: FakeComment[];
  workflows: FakeWorkflow[];
  runs: FakeRun[];
  artifacts: FakeArtifact[];
  /** The login the token posts as. */
  botLogin: string;
  /** A fork PR's token: writes answer 403 "Resource not accessible by integration". */
  readOnlyToken: boolean;
  /** The compare endpoint's diff media type: unified diffs by `baseSha...headSha` (full shas). */
  compareDiffs?: Record<string, string>;
  /** Git Data API objects and branch refs (`refs/heads/x` → sha). */
  gitTrees: FakeGitTree[];
  gitCommits: FakeGitCommit[];
  refs: Record<string, string>;
  /** Check runs on commits of the repository. */
  checkRuns: FakeCheckRun[];
  /** The token's `checks` permission: without `write`, creating or updating a check run answers 403. */
  checksWritable: boolean;
  /** The repository's default branch (`GET /repos/{owner}/{repo}`); main unless set. */
  defaultBranch?: string;
  /** Branches that answer `protected: true`; they exist whether or not a ref is held. */
  protectedBranches?: string[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  /** The status the fake answered with. */
  status?: number;
  /** When the request arrived and when its answer was sent, ms (performance.now()). */
  startedAt: number;
  endedAt?: number;
}

export interface Fault {
  method?: string;
  /** Tested against the path, and against the path with its query string. */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests get this answer; default 1. */
  times?: number;
  /** Accept the request and never answer it; `status` is not sent and the request records none. */
  hang?: boolean;
}

export interface FakeGitHub {
  /** Base URL of the API, e.g. http://127.0.0.1:43123 (use as GITHUB_API_URL). */
  url: string;
  /** Base URL of the artifact storage host (another port, so another origin). */
  storageUrl: string;
  state: FakeState;
  requests: RecordedRequest[];
  fault(f: Fault): void;
  /** Milliseconds every answer (API and storage) waits before it is sent, like a real round trip. */
  latencyMs: number;
  /**
   * Up to `maxMs` more per answer, drawn from a generator seeded with `seed`:
   * requests started together settle in an order of the seed's choosing, the
   * same order for the same seed.
   */
  jitter(maxMs: number, seed: number): void;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';
const MAX_COMMENT = 65536;
const RATE_LIMIT = 5000;
const MAX_BODY_BYTES = 16 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

function errorBody(status: number, message: string, doc = DOCS, extra: object = {}) {
  return { message, documentation_url: doc, status: String(status), ...extra };
}

const notFound = () => new HttpError(404, errorBody(404, 'Not Found'));

export function defaultState(): FakeState {
  return {
    owner: 'octo-org',
    repo: 'octo-repo',
    token: 'ghs_test_token',
    commits: [],
    pulls: [],
    comments: [],
    workflows: [],
    runs: [],
    artifacts: [],
    botLogin: 'github-actions[bot]',
    readOnlyToken: false,
    gitTrees: [],
    gitCommits: [],
    refs: {},
    checkRuns: [],
    checksWritable: true,
  };
}

// Stable numbers and node ids derived from a name, so repeated answers agree.
function numberFor(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0) % 900_000_000;
}

function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
}

function iso(date: string | undefined, fallback = '2024-01-01T00:00:00Z'): string {
  const d = new Date(date ?? fallback);
  return `${d.toISOString().slice(0, 19)}Z`;
}

// ---------------------------------------------------------------------------
// Response objects shaped as GitHub's.

function userObject(base: string, login: string, type: 'Bot' | 'User' | 'Organization') {
  const id = login === 'github-actions[bot]' ? 41898282 : numberFor(`user:${login}`);
  const url = `${base}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId(type === 'Bot' ? 'BOT' : 'U', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${login.replace('[bot]', '')}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

function repoId(fullName: string): number {
  return numberFor(`repo:${fullName.toLowerCase()}`);
}

function minimalRepo(base: string, fullName: string, fork: boolean) {
  const [owner = '', name = ''] = fullName.split('/');
  const id = repoId(fullName);
  const url = `${base}/repos/${fullName}`;
  return {
    id,
    node_id: nodeId('R', id),
    name,
    full_name: fullName,
    private: false,
    owner: userObject(base, owner, 'Organization'),
    html_url: `https://github.com/${fullName}`,
    description: null,
    fork,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    hooks_url: `${url}/hooks`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
  };
}

function fullRepo(base: string, fullName: string, fork: boolean) {
  const min = minimalRepo(base, fullName, fork);
  return {
    ...min,
    clone_url: `https://github.com/${fullName}.git`,
    git_url: `git://github.com/${fullName}.git`,
    ssh_url: `git@github.com:${fullName}.git`,
    svn_url: `https://github.com/${fullName}`,
    mirror_url: null,
    homepage: null,
    language: 'Python',
    default_branch: 'main',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    open_issues: 0,
    open_issues_count: 0,
    size: 100,
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    license: null,
    topics: [],
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    pushed_at: '2024-01-01T00:00:00Z',
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
  };
}

// ---------------------------------------------------------------------------
// Commit graph.

function ancestors(commits: FakeCommit[], sha: string): Map<string, number> {
  // Distance (in edges) from `sha` to each ancestor, breadth first, itself included.
  const parents = new Map(commits.map((c) => [c.sha, c.parents]));
  const dist = new Map<string, number>([[sha, 0]]);
  const queue = [sha];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i] as string;
    for (const p of parents.get(at) ?? []) {
      if (!dist.has(p)) {
        dist.set(p, (dist.get(at) ?? 0) + 1);
        queue.push(p);
      }
    }
  }
  return dist;
}

function resolveSha(state: FakeState, ref: string): string {
  const exact = state.commits.find((c) => c.sha === ref);
  if (exact) return exact.sha;
  if (/^[0-9a-f]{7,}$/i.test(ref)) {
    const hits = state.commits.filter((c) => c.sha.startsWith(ref.toLowerCase()));
    if (hits.length === 1) return (hits[0] as FakeCommit).sha;
  }
  throw notFound();
}

// ---------------------------------------------------------------------------
// Unified diff → per-file entries (for /pulls/{n}/files when `files` is not given).

export function filesFromDiff(diff: string): FakePullFile[] {
  const files: FakePullFile[] = [];
  const chunks = diff.split(/^(?=diff --git )/m).filter((c) => c.startsWith('diff --git '));
  for (const chunk of chunks) {
    const lines = chunk.split('\n');
    const header = /^diff --git a\/(.*) b\/(.*)$/.exec(lines[0] ?? '');
    let from = header?.[1] ?? '';
    let to = header?.[2] ?? '';
    let status = 'modified';
    const hunkStart = lines.findIndex((l) => l.startsWith('@@'));
    const meta = hunkStart === -1 ? lines : lines.slice(0, hunkStart);
    for (const line of meta) {
      if (line.startsWith('new file mode')) status = 'added';
      else if (line.startsWith('deleted file mode')) status = 'removed';
      else if (line.startsWith('rename from ')) {
        status = 'renamed';
        from = line.slice('rename from '.length);
      } else if (line.startsWith('rename to ')) to = line.slice('rename to '.length);
      else if (line.startsWith('--- a/')) from = line.slice(6);
      else if (line.startsWith('+++ b/')) to = line.slice(6);
    }
    const file: FakePullFile = { filename: status === 'removed' ? from : to, status };
    if (status === 'renamed') file.previous_filename = from;
    if (hunkStart !== -1) file.patch = lines.slice(hunkStart).join('\n').replace(/\n$/, '');
    files.push(file);
  }
  return files;
}

function countPatch(patch: string | undefined): { additions: number; deletions: number } {
  let additions = 0;
  let deletions = 0;
  for (const line of (patch ?? '').split('\n')) {
    if (line.startsWith('+')) additions++;
    else if (line.startsWith('-')) deletions++;
  }
  return { additions, deletions };
}

// ---------------------------------------------------------------------------
// The server.

interface Ctx {
  req: IncomingMessage;
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  base: string;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (ctx: Ctx, params: string[]) => Reply;

/** The operations the fake serves: method and GitHub's OpenAPI path template. */
export const ROUTES: readonly { method: string; template: string }[] = [
  { method: 'GET', template: '/repos/{owner}/{repo}' },
  { method: 'GET', template: '/repos/{owner}/{repo}/branches/{branch}' },
  { method: 'GET', template: '/repos/{owner}/{repo}/compare/{basehead}' },
  { method: 'GET', template: '/repos/{owner}/{repo}/commits/{ref}' },
  { method: 'GET', template: '/repos/{owner}/{repo}/actions/runs/{run_id}' },
  { method: 'GET', template: '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts' },
  { method: 'GET', template: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}' },
  { method: 'GET', template: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs' },
  { method: 'GET', template: '/repos/{owner}/{repo}/actions/artifacts' },
  { method: 'GET', template: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}' },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
  },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls' },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}' },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}/files' },
  { method: 'GET', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments' },
  { method: 'POST', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments' },
  { method: 'GET', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}' },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}' },
  { method: 'DELETE', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}' },
  { method: 'POST', template: '/repos/{owner}/{repo}/git/trees' },
  { method: 'POST', template: '/repos/{owner}/{repo}/git/commits' },
  { method: 'POST', template: '/repos/{owner}/{repo}/git/refs' },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/git/refs/{ref}' },
  { method: 'POST', template: '/repos/{owner}/{repo}/check-runs' },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/check-runs/{check_run_id}' },
  { method: 'GET', template: '/repos/{owner}/{repo}/commits/{ref}/check-runs' },
];

/** A path template such as `/repos/{owner}/{repo}/pulls/{pull_number}` as an anchored pattern. */
export function templatePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\{\w+\}/g, '([^/]+)')}$`);
}

function pageParams(query: URLSearchParams): { perPage: number; page: number } {
  const rawPer = Number.parseInt(query.get('per_page') ?? '', 10);
  const rawPage = Number.parseInt(query.get('page') ?? '', 10);
  const perPage = Number.isFinite(rawPer) && rawPer > 0 ? Math.min(rawPer, 100) : 30;
  const page = Number.isFinite(rawPage) && rawPage > 0 ? rawPage : 1;
  return { perPage, page };
}

// GitHub's Link header: prev, next, last, first (each only when it applies).
function linkHeader(ctx: Ctx, page: number, lastPage: number): string | undefined {
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(ctx.query);
    q.set('page', String(p));
    return `<${ctx.base}${ctx.path}?${q.toString()}>; rel="${rel}"`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(link(Math.min(page - 1, lastPage), 'prev'));
  if (page < lastPage) {
    parts.push(link(page + 1, 'next'));
    parts.push(link(lastPage, 'last'));
  }
  if (page > 1) parts.push(link(1, 'first'));
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function paginate<T>(ctx: Ctx, items: T[]): { items: T[]; headers: Record<string, string> } {
  const { perPage, page } = pageParams(ctx.query);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const link = linkHeader(ctx, page, lastPage);
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: link ? { link } : {},
  };
}

function requireWrite(state: FakeState, doc: string): void {
  if (state.readOnlyToken) {
    throw new HttpError(403, errorBody(403, 'Resource not accessible by integration', doc));
  }
}

function commentBodyFrom(ctx: Ctx, doc: string): string {
  const body = ctx.body as { body?: unknown } | undefined;
  if (body === undefined || typeof body !== 'object' || body === null) {
    throw new HttpError(400, errorBody(400, 'Problems parsing JSON', doc));
  }
  if (body.body === undefined) {
    throw new HttpError(422, errorBody(422, 'Invalid request.\n\n"body" wasn\'t supplied.', doc));
  }
  if (typeof body.body !== 'string') {
    throw new HttpError(
      422,
      errorBody(
        422,
        `Invalid request.\n\nFor 'properties/body', ${JSON.stringify(body.body)} is not a string.`,
        doc,
      ),
    );
  }
  if (body.body.length > MAX_COMMENT) {
    throw new HttpError(
      422,
      errorBody(422, 'Validation Failed', doc, {
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${MAX_COMMENT} characters)`,
          },
        ],
      }),
    );
  }
  return body.body;
}

export async function startFakeGitHub(init: Partial<FakeState> = {}): Promise<FakeGitHub> {
  const state: FakeState = { ...defaultState(), ...init };
  const requests: RecordedRequest[] = [];
  const faults: (Fault & { left: number })[] = [];
  const signingKey = randomBytes(16);
  const resetAt = Math.floor(Date.now() / 1000) + 3600;
  let used = 0;
  let requestCounter = 0;
  let base = '';
  let storageBase = '';

  const repoPath = () => `${state.owner}/${state.repo}`;
  const repoUrl = () => `${base}/repos/${repoPath()}`;
  const htmlRepo = () => `https://github.com/${repoPath()}`;
  const sign = (id: number) => createHmac('sha256', signingKey).update(String(id)).digest('hex');

  // --- objects -------------------------------------------------------------

  const commitObject = (sha: string) => {
    const commit = state.commits.find((c) => c.sha === sha);
    const gitUser = {
      name: 'Mona Lisa',
      email: 'octocat@github.com',
      date: '2024-01-01T00:00:00Z',
    };
    return {
      sha,
      node_id: nodeId('C', sha),
      url: `${repoUrl()}/commits/${sha}`,
      html_url: `${htmlRepo()}/commit/${sha}`,
      comments_url: `${repoUrl()}/commits/${sha}/comments`,
      commit: {
        url: `${repoUrl()}/git/commits/${sha}`,
        author: gitUser,
        committer: gitUser,
        message: `Commit ${sha.slice(0, 7)}`,
        tree: {
          sha: createHash('sha1').update(`tree:${sha}`).digest('hex'),
          url: `${repoUrl()}/git/trees/${sha}`,
        },
        comment_count: 0,
        verification: {
          verified: false,
          reason: 'unsigned',
          signature: null,
          payload: null,
          verified_at: null,
        },
      },
      author: null,
      committer: null,
      parents: (commit?.parents ?? []).map((p) => ({
        sha: p,
        url: `${repoUrl()}/commits/${p}`,
        html_url: `${htmlRepo()}/commit/${p}`,
      })),
    };
  };

  const workflowObject = (wf: FakeWorkflow) => ({
    id: wf.id,
    node_id: nodeId('W', wf.id),
    name: wf.name,
    path: wf.path,
    state: 'active',
    created_at: '2024-01-01T00:00:00.000Z',
    updated_at: '2024-01-01T00:00:00.000Z',
    url: `${repoUrl()}/actions/workflows/${wf.id}`,
    html_url: `${htmlRepo()}/blob/main/${wf.path}`,
    badge_url: `https://github.com/${repoPath()}/workflows/${encodeURIComponent(wf.name)}/badge.svg`,
  });

  const prRefMinimal = (ref: GitRef) => ({
    ref: ref.ref,
    sha: ref.sha,
    repo: {
      id: repoId(ref.repoFullName),
      url: `${base}/repos/${ref.repoFullName}`,
      name: ref.repoFullName.split('/')[1] ?? '',
    },
  });

  const runObject = (run: FakeRun, excludePullRequests = false) => {
    const wf = state.workflows.find((w) => w.id === run.workflowId);
    const url = `${repoUrl()}/actions/runs/${run.id}`;
    // GitHub lists no pull requests on a run whose head is in a fork.
    const listed = (excludePullRequests ? [] : (run.pullRequests ?? [])).filter(({ number }) => {
      const pr = state.pulls.find((p) => p.number === number);
      return !pr || pr.head.repoFullName.toLowerCase() === pr.base.repoFullName.toLowerCase();
    });
    const pullRequests = listed.map(({ number }) => {
      const pr = state.pulls.find((p) => p.number === number);
      const fallback: GitRef = { sha: run.headSha, ref: run.headBranch, repoFullName: repoPath() };
      return {
        id: numberFor(`pull:${number}`),
        number,
        url: `${repoUrl()}/pulls/${number}`,
        head: prRefMinimal(pr?.head ?? fallback),
        base: prRefMinimal(pr?.base ?? { ...fallback, ref: 'main' }),
      };
    });
    // A fork PR's run has the fork as head repository.
    const forkPull = (run.pullRequests ?? [])
      .map(({ number }) => state.pulls.find((p) => p.number === number))
      .find((p) => p && p.head.repoFullName !== p.base.repoFullName);
    const created = iso(run.createdAt);
    return {
      id: run.id,
      name: wf?.name ?? 'CI',
      node_id: nodeId('WFR', run.id),
      check_suite_id: run.id + 1,
      check_suite_node_id: nodeId('CS', run.id + 1),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: wf?.path ?? '.github/workflows/ci.yml',
      display_title: `Run ${run.runNumber}`,
      run_number: run.runNumber,
      run_attempt: 1,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: run.workflowId,
      url,
      html_url: `${htmlRepo()}/actions/runs/${run.id}`,
      pull_requests: pullRequests,
      referenced_workflows: [],
      created_at: created,
      updated_at: created,
      run_started_at: created,
      actor: userObject(base, 'octocat', 'User'),
      triggering_actor: userObject(base, 'octocat', 'User'),
      jobs_url: `${url}/jobs`,
      logs_url: `${url}/logs`,
      check_suite_url: `${repoUrl()}/check-suites/${run.id + 1}`,
      artifacts_url: `${url}/artifacts`,
      cancel_url: `${url}/cancel`,
      rerun_url: `${url}/rerun`,
      previous_attempt_url: null,
      workflow_url: `${repoUrl()}/actions/workflows/${run.workflowId}`,
      head_commit: {
        id: run.headSha,
        tree_id: createHash('sha1').update(`tree:${run.headSha}`).digest('hex'),
        message: `Commit ${run.headSha.slice(0, 7)}`,
        timestamp: created,
        author: { name: 'Mona Lisa', email: 'octocat@github.com' },
        committer: { name: 'Mona Lisa', email: 'octocat@github.com' },
      },
      repository: minimalRepo(base, repoPath(), false),
      head_repository: forkPull
        ? minimalRepo(base, forkPull.head.repoFullName, true)
        : minimalRepo(base, repoPath(), false),
    };
  };

  /** An artifacts listing: those `keep` admits, filtered by `?name=`, newest first as GitHub lists them. */
  const artifactListing = (ctx: Ctx, keep: (a: FakeArtifact) => boolean): Reply => {
    const name = ctx.query.get('name');
    const all = state.artifacts
      .filter((a) => keep(a) && (name === null || a.name === name))
      .sort((a, b) => b.id - a.id);
    const { items, headers } = paginate(ctx, all);
    return {
      status: 200,
      headers,
      body: { total_count: all.length, artifacts: items.map(artifactObject) },
    };
  };

  const artifactObject = (a: FakeArtifact) => {
    const run = state.runs.find((r) => r.id === a.runId);
    const created = iso(a.createdAt ?? run?.createdAt);
    const expires = iso(undefined, new Date(Date.parse(created) + 90 * 86400_000).toISOString());
    return {
      id: a.id,
      node_id: nodeId('MDg', a.id),
      name: a.name,
      size_in_bytes: a.sizeInBytes ?? a.zip.byteLength,
      url: `${repoUrl()}/actions/artifacts/${a.id}`,
      archive_download_url: `${repoUrl()}/actions/artifacts/${a.id}/zip`,
      expired: a.expired,
      digest: `sha256:${createHash('sha256').update(a.zip).digest('hex')}`,
      created_at: created,
      updated_at: created,
      expires_at: expires,
      workflow_run: run
        ? {
            id: run.id,
            repository_id: repoId(repoPath()),
            head_repository_id: repoId(repoPath()),
            head_branch: run.headBranch,
            head_sha: run.headSha,
          }
        : null,
    };
  };

  const commentObject = (c: FakeComment) => ({
    id: c.id,
    node_id: nodeId('IC', c.id),
    url: `${repoUrl()}/issues/comments/${c.id}`,
    html_url: `${htmlRepo()}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: userObject(base, c.user.login, c.user.type),
    created_at: iso(c.createdAt),
    updated_at: iso(c.updatedAt),
    issue_url: `${repoUrl()}/issues/${c.issueNumber}`,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    performed_via_github_app: null,
    reactions: {
      url: `${repoUrl()}/issues/comments/${c.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
  });

  const pullRefObject = (ref: GitRef) => {
    const owner = ref.repoFullName.split('/')[0] ?? '';
    return {
      label: `${owner}:${ref.ref}`,
      ref: ref.ref,
      sha: ref.sha,
      user: userObject(base, owner, 'Organization'),
      repo: fullRepo(
        base,
        ref.repoFullName,
        ref.repoFullName.toLowerCase() !== repoPath().toLowerCase(),
      ),
    };
  };

  const pullSimpleObject = (p: FakePull) => {
    const url = `${repoUrl()}/pulls/${p.number}`;
    const html = `${htmlRepo()}/pull/${p.number}`;
    const issue = `${repoUrl()}/issues/${p.number}`;
    const statuses = `${repoUrl()}/statuses/${p.head.sha}`;
    return {
      url,
      id: numberFor(`pull:${p.number}`),
      node_id: nodeId('PR', p.number),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issue,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${repoUrl()}/pulls/comments{/number}`,
      comments_url: `${issue}/comments`,
      statuses_url: statuses,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title ?? `Pull request ${p.number}`,
      user: userObject(base, p.head.repoFullName.split('/')[0] ?? 'octocat', 'User'),
      body: null,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      closed_at: p.state === 'closed' ? '2024-01-02T00:00:00Z' : null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: pullRefObject(p.head),
      base: pullRefObject(p.base),
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: issue },
        comments: { href: `${issue}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${repoUrl()}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: statuses },
      },
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      draft: false,
    };
  };

  const pullFiles = (p: FakePull) => p.files ?? filesFromDiff(p.diff);

  const pullObject = (p: FakePull) => {
    const files = pullFiles(p);
    let additions = 0;
    let deletions = 0;
    for (const f of files) {
      const n = countPatch(f.patch);
      additions += n.additions;
      deletions += n.deletions;
    }
    return {
      ...pullSimpleObject(p),
      merged: false,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: state.comments.filter((c) => c.issueNumber === p.number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions,
      deletions,
      changed_files: files.length,
    };
  };

  const fileObject = (f: FakePullFile, headSha: string) => {
    const { additions, deletions } = countPatch(f.patch);
    const path = f.filename.split('/').map(encodeURIComponent).join('/');
    return {
      sha: createHash('sha1').update(`blob:${headSha}:${f.filename}`).digest('hex'),
      filename: f.filename,
      status: f.status,
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${htmlRepo()}/blob/${headSha}/${path}`,
      raw_url: `${htmlRepo()}/raw/${headSha}/${path}`,
      contents_url: `${repoUrl()}/contents/${path}?ref=${headSha}`,
      ...(f.patch !== undefined ? { patch: f.patch } : {}),
      ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {}),
    };
  };

  // --- lookups -------------------------------------------------------------

  const findPull = (n: string) => {
    const pr = state.pulls.find((p) => String(p.number) === n);
    if (!pr) throw notFound();
    return pr;
  };
  const findRun = (id: string) => {
    const run = state.runs.find((r) => String(r.id) === id);
    if (!run) throw notFound();
    return run;
  };
  const findWorkflow = (id: string) => {
    const wf = state.workflows.find(
      (w) => String(w.id) === id || w.path.split('/').pop() === decodeURIComponent(id),
    );
    if (!wf) throw notFound();
    return wf;
  };
  const findComment = (id: string) => {
    const c = state.comments.find((x) => String(x.id) === id);
    if (!c) throw notFound();
    return c;
  };
  const issueExists = (n: number) =>
    state.pulls.some((p) => p.number === n) || state.comments.some((c) => c.issueNumber === n);
  const nextCommentId = () => Math.max(1_000_000_000, ...state.comments.map((c) => c.id)) + 1;

  const treeObject = (treeSha: string) => {
    const tree = state.gitTrees.find((t) => t.sha === treeSha);
    return {
      sha: treeSha,
      url: `${repoUrl()}/git/trees/${treeSha}`,
      truncated: false,
      tree: (tree?.entries ?? []).map((e) => ({
        path: e.path,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        size: Buffer.byteLength(e.content),
        url: `${repoUrl()}/git/blobs/${e.sha}`,
      })),
    };
  };

  const gitCommitObject = (c: FakeGitCommit) => {
    const person = {
      name: 'github-actions[bot]',
      email: '41898282+github-actions[bot]@users.noreply.github.com',
      date: iso(new Date().toISOString()),
    };
    return {
      sha: c.sha,
      node_id: nodeId('C', c.sha),
      url: `${repoUrl()}/git/commits/${c.sha}`,
      html_url: `${htmlRepo()}/commit/${c.sha}`,
      author: person,
      committer: person,
      message: c.message,
      tree: { sha: c.tree, url: `${repoUrl()}/git/trees/${c.tree}` },
      parents: c.parents.map((p) => ({
        sha: p,
        url: `${repoUrl()}/git/commits/${p}`,
        html_url: `${htmlRepo()}/commit/${p}`,
      })),
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null,
      },
    };
  };

  const refObject = (ref: string) => {
    const sha = state.refs[ref] as string;
    return {
      ref,
      node_id: nodeId('REF', ref),
      url: `${repoUrl()}/git/${ref}`,
      object: { type: 'commit', sha, url: `${repoUrl()}/git/commits/${sha}` },
    };
  };

  // --- check runs ----------------------------------------------------------

  const CHECK_STATUSES = ['queued', 'in_progress', 'completed'];
  const CHECK_CONCLUSIONS = [
    'action_required',
    'cancelled',
    'failure',
    'neutral',
    'success',
    'skipped',
    'stale',
    'timed_out',
  ];
  const actionsApp = () => ({
    id: 15368,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    client_id: 'Iv1.05c79e9ad1f6bdfa',
    owner: userObject(base, 'github', 'Organization'),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: 'https://github.com/apps/github-actions',
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: { checks: 'write', contents: 'read', metadata: 'read' },
    events: ['check_run', 'check_suite', 'pull_request'],
  });
  const checkRunObject = (run: FakeCheckRun) => {
    const url = `${repoUrl()}/check-runs/${run.id}`;
    return {
      id: run.id,
      head_sha: run.headSha,
      node_id: nodeId('CR', run.id),
      external_id: run.externalId,
      url,
      html_url: `${htmlRepo()}/runs/${run.id}`,
      details_url: run.detailsUrl ?? `${htmlRepo()}/runs/${run.id}`,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
      output: {
        title: run.title,
        summary: run.summary,
        text: run.text,
        annotations_count: 0,
        annotations_url: `${url}/annotations`,
      },
      name: run.name,
      check_suite: { id: numberFor(`suite:${run.headSha}`) },
      app: actionsApp(),
      pull_requests: [],
    };
  };
  /** Applies a create or update body to a run, as GitHub validates it. */
  const applyCheckBody = (run: FakeCheckRun, body: Record<string, unknown>, doc: string) => {
    const invalid = (what: string) =>
      new HttpError(422, errorBody(422, `Invalid request.\n\n${what}`, doc));
    if (body.status !== undefined && !CHECK_STATUSES.includes(String(body.status)))
      throw invalid(`${JSON.stringify(body.status)} is not a member of the status enum.`);
    if (body.conclusion !== undefined && !CHECK_CONCLUSIONS.includes(String(body.conclusion)))
      throw invalid(`${JSON.stringify(body.conclusion)} is not a member of the conclusion enum.`);
    if (typeof body.name === 'string') run.name = body.name;
    if (typeof body.external_id === 'string') run.externalId = body.external_id;
    if (typeof body.details_url === 'string') run.detailsUrl = body.details_url;
    const output = body.output as Record<string, unknown> | undefined;
    if (output !== undefined) {
      if (typeof output.title !== 'string' || typeof output.summary !== 'string')
        throw invalid('"title" and "summary" are required in "output".');
      if (output.summary.length > MAX_COMMENT)
        throw invalid(`"summary" is too long (maximum is ${MAX_COMMENT} characters).`);
      run.title = output.title;
      run.summary = output.summary;
      run.text = typeof output.text === 'string' ? output.text : null;
    }
    // A conclusion completes the run, as GitHub does.
    if (body.conclusion !== undefined) {
      run.conclusion = String(body.conclusion);
      run.status = 'completed';
    } else if (body.status !== undefined) {
      run.status = body.status as FakeCheckRun['status'];
    }
    if (run.status === 'completed') {
      if (run.conclusion === null)
        throw invalid('"conclusion" is required when "status" is "completed".');
      run.completedAt = iso(
        typeof body.completed_at === 'string' ? body.completed_at : new Date().toISOString(),
      );
    }
  };
  const requireChecks = (doc: string) => {
    requireWrite(state, doc);
    if (!state.checksWritable)
      throw new HttpError(403, errorBody(403, 'Resource not accessible by integration', doc));
  };
  let nextCheckRunId = 4_000_000_001;

  function checkRunRoutes(): [string, string, Handler][] {
    return [
      [
        'POST',
        '/repos/{owner}/{repo}/check-runs',
        (ctx) => {
          const doc = `${DOCS}/checks/runs#create-a-check-run`;
          requireChecks(doc);
          const body = (ctx.body ?? {}) as Record<string, unknown>;
          if (typeof body.name !== 'string' || typeof body.head_sha !== 'string') {
            throw new HttpError(
              422,
              errorBody(422, 'Invalid request.\n\n"name" and "head_sha" are required.', doc),
            );
          }
          if (!state.commits.some((c) => c.sha === body.head_sha)) {
            throw new HttpError(
              422,
              errorBody(422, `No commit found for SHA: ${body.head_sha}`, doc),
            );
          }
          const run: FakeCheckRun = {
            id: nextCheckRunId++,
            headSha: body.head_sha,
            name: body.name,
            status: 'queued',
            conclusion: null,
            title: null,
            summary: null,
            text: null,
            externalId: '',
            detailsUrl: null,
            startedAt: iso(
              typeof body.started_at === 'string' ? body.started_at : new Date().toISOString(),
            ),
            completedAt: null,
          };
          applyCheckBody(run, body, doc);
          state.checkRuns.push(run);
          return { status: 201, body: checkRunObject(run) };
        },
      ],
      [
        'PATCH',
        '/repos/{owner}/{repo}/check-runs/{check_run_id}',
        (ctx, [id = '']) => {
          const doc = `${DOCS}/checks/runs#update-a-check-run`;
          const run = state.checkRuns.find((r) => String(r.id) === id);
          if (!run) throw notFound();
          requireChecks(doc);
          applyCheckBody(run, (ctx.body ?? {}) as Record<string, unknown>, doc);
          return { status: 200, body: checkRunObject(run) };
        },
      ],
      [
        'GET',
        '/repos/{owner}/{repo}/commits/{ref}/check-runs',
        (ctx, [ref = '']) => {
          const sha = resolveSha(state, decodeURIComponent(ref));
          const name = ctx.query.get('check_name');
          const status = ctx.query.get('status');
          let runs = state.checkRuns
            .filter(
              (r) =>
                r.headSha === sha &&
                (name === null || r.name === name) &&
                (status === null || r.status === status),
            )
            .sort((a, b) => b.id - a.id);
          // `filter=latest` (the default): the newest run of each name only.
          if (ctx.query.get('filter') !== 'all') {
            const newest = new Map<string, FakeCheckRun>();
            for (const r of runs) if (!newest.has(r.name)) newest.set(r.name, r);
            runs = [...newest.values()];
          }
          const { items, headers } = paginate(ctx, runs);
          return {
            status: 200,
            headers,
            body: { total_count: runs.length, check_runs: items.map(checkRunObject) },
          };
        },
      ],
    ];
  }

  // --- routes --------------------------------------------------------------

  const routes: [string, string, Handler][] = [
    [
      'GET',
      '/repos/{owner}/{repo}',
      () => ({
        status: 200,
        body: {
          ...fullRepo(base, repoPath(), false),
          default_branch: state.defaultBranch ?? 'main',
          network_count: 0,
          subscribers_count: 0,
        },
      }),
    ],
    [
      'GET',
      '/repos/{owner}/{repo}/branches/{branch}',
      (_ctx, [raw = '']) => {
        const name = decodeURIComponent(raw);
        const guarded = (state.protectedBranches ?? []).includes(name);
        const tip =
          state.refs[`refs/heads/${name}`] ??
          (name === (state.defaultBranch ?? 'main') || guarded
            ? (state.commits[state.commits.length - 1]?.sha ?? '0'.repeat(40))
            : null);
        if (tip === null) throw new HttpError(404, errorBody(404, 'Branch not found'));
        const url = `${repoUrl()}/branches/${encodeURIComponent(name)}`;
        return {
          status: 200,
          body: {
            name,
            commit: commitObject(tip),
            _links: { html: `${htmlRepo()}/tree/${name}`, self: url },
            protected: guarded,
            protection: guarded
              ? {
                  enabled: true,
                  required_status_checks: {
                    enforcement_level: 'non_admins',
                    contexts: [],
                    checks: [],
                  },
                }
              : {
                  enabled: false,
                  required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
                },
            protection_url: `${url}/protection`,
          },
        };
      },
    ],
    [
      'GET',
      '/repos/{owner}/{repo}/compare/{basehead}',
      (ctx, [basehead = '']) => {
        const m = /^(.+?)\.\.\.(.+)$/.exec(decodeURIComponent(basehead));
        if (!m) throw notFound();
        const baseSha = resolveSha(state, m[1] as string);
        const headSha = resolveSha(state, m[2] as string);
        const fromBase = ancestors(state.commits, baseSha);
        const fromHead = ancestors(state.commits, headSha);
        const common = [...fromHead.entries()]
          .filter(([sha]) => fromBase.has(sha))
          .sort((a, b) => a[1] - b[1]);
        const mergeBase = common[0]?.[0];
        if (mergeBase === undefined) {
          throw new HttpError(
            404,
            errorBody(
              404,
              `No common ancestor between ${m[1]} and ${m[2]}.`,
              `${DOCS}/commits/commits#compare-two-commits`,
            ),
          );
        }
        if (/application\/vnd\.github(\.v3)?\.diff/.test(String(ctx.req.headers.accept ?? ''))) {
          const diff = state.compareDiffs?.[`${baseSha}...${headSha}`];
          if (diff === undefined) {
            throw new HttpError(500, errorBody(500, 'The fake holds no diff for this comparison'));
          }
          return {
            status: 200,
            body: diff,
            headers: {
              'content-type': 'application/vnd.github.diff; charset=utf-8',
              'x-github-media-type': 'github.v3; param=diff',
            },
          };
        }
        const aheadShas = [...fromHead.entries()].filter(([sha]) => !fromBase.has(sha));
        const behindBy = [...fromBase.keys()].filter((sha) => !fromHead.has(sha)).length;
        const aheadBy = aheadShas.length;
        const status =
          aheadBy === 0 && behindBy === 0
            ? 'identical'
            : behindBy === 0
              ? 'ahead'
              : aheadBy === 0
                ? 'behind'
                : 'diverged';
        // Oldest first, as GitHub lists them: at most 250 unless paginated.
        const ordered = aheadShas.sort((a, b) => b[1] - a[1]).map(([sha]) => sha);
        const paged = ctx.query.has('page') || ctx.query.has('per_page');
        const { items, headers } = paged
          ? paginate(ctx, ordered)
          : { items: ordered.slice(0, 250), headers: {} };
        const commits = items.map(commitObject);
        const spec = `${m[1]}...${m[2]}`;
        return {
          status: 200,
          headers,
          body: {
            url: `${repoUrl()}/compare/${spec}`,
            html_url: `${htmlRepo()}/compare/${spec}`,
            permalink_url: `${htmlRepo()}/compare/${state.owner}:${baseSha.slice(0, 7)}...${state.owner}:${headSha.slice(0, 7)}`,
            diff_url: `${htmlRepo()}/compare/${spec}.diff`,
            patch_url: `${htmlRepo()}/compare/${spec}.patch`,
            base_commit: commitObject(baseSha),
            merge_base_commit: commitObject(mergeBase),
            status,
            ahead_by: aheadBy,
            behind_by: behindBy,
            total_commits: aheadBy,
            commits,
            files: [],
          },
        };
      },
    ],
    [
      'GET',
      '/repos/{owner}/{repo}/commits/{ref}',
      (_ctx, [ref = '']) => {
        const sha = resolveSha(state, decodeURIComponent(ref));
        return {
          status: 200,
          body: {
            ...commitObject(sha),
            stats: { total: 0, additions: 0, deletions: 0 },
            files: [],
          },
        };
      },
    ],
    [
      'GET',
      '/repos/{owner}/{repo}/actions/runs/{run_id}',
      (ctx, [id = '']) => ({
        status: 200,
        body: runObject(findRun(id), ctx.query.get('exclude_pull_requests') === 'true'),
      }),
    ],
    [
      'GET',
      '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
      (ctx, [id = '']) => {
        const run = findRun(id);
        return artifactListing(ctx, (a) => a.runId === run.id);
      },
    ],
    [
      'GET',
      '/repos/{owner}/{repo}/actions/workflows/{workflow_id}',
      (_ctx, [id = '']) => ({ status: 200, body: workflowObject(findWorkflow(id)) }),
    ],
    [
      'GET',
      '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
      (ctx, [id = '']) => {
        const wf = findWorkflow(id);
        const q = ctx.query;
        const branch = q.get('branch');
        const event = q.get('event');
        const status = q.get('status');
        const headSha = q.get('head_sha');
        const all = state.runs
          .filter(
            (r) =>
              r.workflowId === wf.id &&
              (branch === null || r.headBranch === branch) &&
              (event === null || r.event === event) &&
              (headSha === null || r.headSha === headSha) &&
              (status === null || r.status === status || r.conclusion === status),
          )
          .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
        const { items, headers } = paginate(ctx, all);
        return {
          status: 200,
          headers,
          body: {
            total_count: all.length,
            workflow_runs: items.map((r) =>
              runObject(r, ctx.query.get('exclude_pull_requests') === 'true'),
            ),
          },
        };
      },
    ],
    ['GET', '/repos/{owner}/{repo}/actions/artifacts', (ctx) => artifactListing(ctx, () => true)],
    [
      'GET',
      '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}',
      (_ctx, [id = '']) => {
        const a = state.artifacts.find((x) => String(x.id) === id);
        if (!a) throw notFound();
        return { status: 200, body: artifactObject(a) };
      },
    ],
    [
      'GET',
      '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
      (_ctx, [id = '', format = '']) => {
        const a = state.artifacts.find((x) => String(x.id) === id);
        if (!a || format !== 'zip') throw notFound();
        if (a.expired) {
          throw new HttpError(
            410,
            errorBody(
              410,
              'Artifact has expired',
              `${DOCS}/actions/artifacts#download-an-artifact`,
            ),
          );
        }
        const expires = new Date(Date.now() + 60_000).toISOString();
        const location = `${storageBase}/_storage/artifact-${a.id}.zip?se=${encodeURIComponent(expires)}&sig=${sign(a.id)}`;
        return { status: 302, headers: { location }, body: '' };
      },
    ],
    [
      'GET',
      '/repos/{owner}/{repo}/pulls',
      (ctx) => {
        const q = ctx.query;
        const wanted = q.get('state') ?? 'open';
        const head = q.get('head');
        const baseRef = q.get('base');
        const all = state.pulls
          .filter((p) => {
            if (wanted !== 'all' && p.state !== wanted) return false;
            if (baseRef !== null && p.base.ref !== baseRef) return false;
            if (head !== null) {
              const [user, ref] = head.includes(':') ? head.split(':', 2) : [state.owner, head];
              const headOwner = p.head.repoFullName.split('/')[0] ?? '';
              if (headOwner.toLowerCase() !== user?.toLowerCase() || p.head.ref !== ref)
                return false;
            }
            return true;
          })
          .sort((a, b) => b.number - a.number);
        const { items, headers } = paginate(ctx, all);
        return { status: 200, headers, body: items.map(pullSimpleObject) };
      },
    ],
    [
      'GET',
      '/repos/{owner}/{repo}/pulls/{pull_number}',
      (ctx, [n = '']) => {
        const pr = findPull(n);
        const accept = String(ctx.req.headers.accept ?? '');
        if (/application\/vnd\.github(\.v3)?\.diff/.test(accept)) {
          if (pr.diffTooLarge) {
            throw new HttpError(
              406,
              errorBody(
                406,
                "Sorry, the diff exceeded the maximum number of files (300). Consider using 'List pull requests files' API or locally cloning the repository instead.",
                `${DOCS}/pulls/pulls#list-pull-requests-files`,
                { errors: [{ resource: 'PullRequest', field: 'diff', code: 'too_large' }] },
              ),
            );
          }
          return {
            status: 200,
            body: pr.diff,
            headers: {
              'content-type': 'application/vnd.github.diff; charset=utf-8',
              'x-github-media-type': 'github.v3; param=diff',
            },
          };
        }
        return { status: 200, body: pullObject(pr) };
      },
    ],
    [
      'GET',
      '/repos/{owner}/{repo}/pulls/{pull_number}/files',
      (ctx, [n = '']) => {
        const pr = findPull(n);
        // GitHub lists at most 3000 files of a pull request.
        const all = pullFiles(pr).slice(0, 3000);
        const { items, headers } = paginate(ctx, all);
        return { status: 200, headers, body: items.map((f) => fileObject(f, pr.head.sha)) };
      },
    ],
    [
      'GET',
      '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      (ctx, [n = '']) => {
        const number = Number(n);
        if (!issueExists(number)) throw notFound();
        const since = ctx.query.get('since');
        const all = state.comments
          .filter(
            (c) =>
              c.issueNumber === number &&
              (since === null || Date.parse(c.updatedAt) >= Date.parse(since)),
          )
          .sort((a, b) => a.id - b.id);
        const { items, headers } = paginate(ctx, all);
        return { status: 200, headers, body: items.map(commentObject) };
      },
    ],
    [
      'POST',
      '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      (ctx, [n = '']) => {
        const doc = `${DOCS}/issues/comments#create-an-issue-comment`;
        const number = Number(n);
        if (!issueExists(number)) throw notFound();
        requireWrite(state, doc);
        const body = commentBodyFrom(ctx, doc);
        const now = iso(new Date().toISOString());
        const comment: FakeComment = {
          id: nextCommentId(),
          issueNumber: number,
          body,
          user: { login: state.botLogin, type: 'Bot' },
          createdAt: now,
          updatedAt: now,
        };
        state.comments.push(comment);
        const obj = commentObject(comment);
        return { status: 201, headers: { location: obj.url }, body: obj };
      },
    ],
    [
      'GET',
      '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      (_ctx, [id = '']) => ({ status: 200, body: commentObject(findComment(id)) }),
    ],
    [
      'PATCH',
      '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      (ctx, [id = '']) => {
        const doc = `${DOCS}/issues/comments#update-an-issue-comment`;
        const comment = findComment(id);
        requireWrite(state, doc);
        // A token edits only its own comments.
        if (comment.user.login !== state.botLogin) {
          throw new HttpError(403, errorBody(403, 'Resource not accessible by integration', doc));
        }
        comment.body = commentBodyFrom(ctx, doc);
        comment.updatedAt = iso(new Date().toISOString());
        return { status: 200, body: commentObject(comment) };
      },
    ],
    [
      'DELETE',
      '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      (_ctx, [id = '']) => {
        const comment = findComment(id);
        requireWrite(state, `${DOCS}/issues/comments#delete-an-issue-comment`);
        state.comments.splice(state.comments.indexOf(comment), 1);
        return { status: 204 };
      },
    ],
    [
      'POST',
      '/repos/{owner}/{repo}/git/trees',
      (ctx) => {
        const doc = `${DOCS}/git/trees#create-a-tree`;
        requireWrite(state, doc);
        const body = ctx.body as { tree?: unknown; base_tree?: unknown } | undefined;
        if (!body || !Array.isArray(body.tree)) {
          throw new HttpError(
            422,
            errorBody(422, 'Invalid request.\n\n"tree" wasn\'t supplied.', doc),
          );
        }
        const entries = (body.tree as Record<string, unknown>[]).map((e) => {
          if (typeof e.path !== 'string' || typeof e.content !== 'string' || e.type !== 'blob') {
            throw new HttpError(422, errorBody(422, 'Invalid tree info', doc));
          }
          const content = e.content;
          const blob = createHash('sha1')
            .update(`blob ${Buffer.byteLength(content)}\0${content}`)
            .digest('hex');
          return {
            path: e.path,
            mode: String(e.mode ?? '100644'),
            type: 'blob',
            sha: blob,
            content,
          };
        });
        const treeSha = createHash('sha1')
          .update(JSON.stringify(entries.map((e) => [e.path, e.sha])))
          .digest('hex');
        state.gitTrees.push({ sha: treeSha, entries });
        return { status: 201, body: treeObject(treeSha) };
      },
    ],
    [
      'POST',
      '/repos/{owner}/{repo}/git/commits',
      (ctx) => {
        const doc = `${DOCS}/git/commits#create-a-commit`;
        requireWrite(state, doc);
        const body = ctx.body as
          | { message?: unknown; tree?: unknown; parents?: unknown }
          | undefined;
        if (!body || typeof body.message !== 'string' || typeof body.tree !== 'string') {
          throw new HttpError(422, errorBody(422, 'Invalid request.', doc));
        }
        if (!state.gitTrees.some((t) => t.sha === body.tree)) {
          throw new HttpError(422, errorBody(422, 'Tree SHA does not exist', doc));
        }
        const parents = Array.isArray(body.parents) ? body.parents.map(String) : [];
        const commitSha = createHash('sha1')
          .update(`${body.tree}:${parents.join(',')}:${body.message}:${state.gitCommits.length}`)
          .digest('hex');
        const commit: FakeGitCommit = {
          sha: commitSha,
          message: body.message,
          tree: body.tree,
          parents,
        };
        state.gitCommits.push(commit);
        return { status: 201, body: gitCommitObject(commit) };
      },
    ],
    [
      'POST',
      '/repos/{owner}/{repo}/git/refs',
      (ctx) => {
        const doc = `${DOCS}/git/refs#create-a-reference`;
        requireWrite(state, doc);
        const body = ctx.body as { ref?: unknown; sha?: unknown } | undefined;
        if (
          !body ||
          typeof body.ref !== 'string' ||
          !/^refs\/.+\/.+/.test(body.ref) ||
          typeof body.sha !== 'string'
        ) {
          throw new HttpError(
            422,
            errorBody(
              422,
              'Reference name must start with refs/ and have at least two slashes.',
              doc,
            ),
          );
        }
        if (state.refs[body.ref] !== undefined) {
          throw new HttpError(422, errorBody(422, 'Reference already exists', doc));
        }
        state.refs[body.ref] = body.sha;
        return { status: 201, body: refObject(body.ref) };
      },
    ],
    [
      'PATCH',
      '/repos/{owner}/{repo}/git/refs/{ref}',
      (ctx, [raw = '']) => {
        const doc = `${DOCS}/git/refs#update-a-reference`;
        requireWrite(state, doc);
        const ref = `refs/${decodeURIComponent(raw)}`;
        const body = ctx.body as { sha?: unknown; force?: unknown } | undefined;
        if (!body || typeof body.sha !== 'string') {
          throw new HttpError(422, errorBody(422, 'Invalid request.', doc));
        }
        const current = state.refs[ref];
        if (current === undefined)
          throw new HttpError(422, errorBody(422, 'Reference does not exist', doc));
        const ancestorsOfNew = new Set<string>();
        const walk = (sha: string) => {
          for (const p of state.gitCommits.find((c) => c.sha === sha)?.parents ?? []) {
            if (!ancestorsOfNew.has(p)) {
              ancestorsOfNew.add(p);
              walk(p);
            }
          }
        };
        walk(body.sha);
        if (body.force !== true && !ancestorsOfNew.has(current)) {
          throw new HttpError(422, errorBody(422, 'Update is not a fast forward', doc));
        }
        state.refs[ref] = body.sha;
        return { status: 200, body: refObject(ref) };
      },
    ],
    ...checkRunRoutes(),
  ];

  // --- plumbing ------------------------------------------------------------

  const commonHeaders = (): Record<string, string> => {
    requestCounter++;
    return {
      'x-github-request-id': `FAKE:${process.pid.toString(16).toUpperCase()}:${requestCounter.toString(16).toUpperCase().padStart(6, '0')}`,
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - used)),
      'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': 'core',
    };
  };

  const send = (res: ServerResponse, reply: Reply, extra: Record<string, string>) => {
    const headers: Record<string, string> = { ...extra, ...(reply.headers ?? {}) };
    let payload: Buffer | string = '';
    if (reply.body instanceof Uint8Array) {
      payload = Buffer.from(reply.body);
    } else if (typeof reply.body === 'string') {
      payload = reply.body;
      headers['content-type'] ??= 'text/plain; charset=utf-8';
    } else if (reply.body !== undefined) {
      payload = JSON.stringify(reply.body);
      headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    headers['content-length'] = String(Buffer.byteLength(payload));
    res.writeHead(reply.status, headers);
    res.end(payload);
  };

  const readBody = (req: IncomingMessage): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          reject(new HttpError(413, errorBody(413, 'Request body too large')));
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });

  const takeFault = (method: string, path: string, full: string): Fault | undefined => {
    const matches = (re: RegExp, text: string) => {
      re.lastIndex = 0; // a /g or /y pattern keeps state between calls
      return re.test(text);
    };
    const index = faults.findIndex(
      (f) =>
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (matches(f.path, path) || matches(f.path, full)),
    );
    const fault = faults[index];
    if (!fault) return undefined;
    fault.left--;
    if (fault.left <= 0) faults.splice(index, 1);
    return fault;
  };

  const handleStorage = (ctx: Ctx, record: RecordedRequest): Reply => {
    const m = /^\/_storage\/artifact-(\d+)\.zip$/.exec(ctx.path);
    const xml = (code: string, message: string) =>
      `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
    const xmlHeaders = { 'content-type': 'application/xml' };
    const artifact = m ? state.artifacts.find((a) => String(a.id) === m[1]) : undefined;
    if (ctx.method !== 'GET' || !artifact) {
      return {
        status: 404,
        body: xml('BlobNotFound', 'The specified blob does not exist.'),
        headers: xmlHeaders,
      };
    }
    // Signed storage URLs refuse any other credentials, as real blob storage does.
    if (record.headers.authorization !== undefined) {
      return {
        status: 403,
        body: xml(
          'AuthenticationFailed',
          'Server failed to authenticate the request. Authorization header is not allowed with a SAS token.',
        ),
        headers: xmlHeaders,
      };
    }
    if (ctx.query.get('sig') !== sign(artifact.id)) {
      return {
        status: 403,
        body: xml('AuthenticationFailed', 'Signature did not match.'),
        headers: xmlHeaders,
      };
    }
    return { status: 200, body: artifact.zip, headers: { 'content-type': 'application/zip' } };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, origin: 'api' | 'storage') => {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    }
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body: undefined,
      startedAt: performance.now(),
    };
    requests.push(record);
    const ctx: Ctx = {
      req,
      method,
      path: url.pathname,
      query: url.searchParams,
      body: undefined,
      base,
    };
    const isStorage = origin === 'storage' || url.pathname.startsWith('/_storage/');
    const extra = isStorage ? {} : commonHeaders();
    const reply = (r: Reply) => {
      record.status = r.status;
      const answer = () => {
        record.endedAt = performance.now();
        send(res, r, extra);
      };
      // The round trip's cost: the answer is held, the state change is already made.
      const delay = fake.latencyMs + (jitter ? Math.floor(jitter.draw() * jitter.maxMs) : 0);
      if (delay > 0) setTimeout(answer, delay);
      else answer();
    };
    try {
      const raw = await readBody(req);
      if (raw.length > 0) {
        const text = raw.toString('utf8');
        try {
          record.body = JSON.parse(text);
        } catch {
          record.body = text;
        }
      }
      ctx.body = record.body;
      const fault = takeFault(method, url.pathname, `${url.pathname}${url.search}`);
      if (fault?.hang) return;
      if (fault) {
        reply({
          status: fault.status,
          headers: fault.headers,
          body: fault.body ?? { message: `Fault ${fault.status}`, documentation_url: DOCS },
        });
        return;
      }
      if (isStorage) {
        reply(handleStorage(ctx, record));
        return;
      }
      used++;
      extra['x-ratelimit-used'] = String(used);
      extra['x-ratelimit-remaining'] = String(Math.max(0, RATE_LIMIT - used));
      const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(headers.authorization ?? '');
      if (auth?.[1] !== state.token) {
        throw new HttpError(401, errorBody(401, 'Bad credentials'));
      }
      for (const [routeMethod, template, handler] of routes) {
        if (routeMethod !== method) continue;
        const m = templatePattern(template).exec(url.pathname);
        if (!m) continue;
        const [, owner = '', repo = '', ...params] = m;
        if (
          decodeURIComponent(owner).toLowerCase() !== state.owner.toLowerCase() ||
          decodeURIComponent(repo).toLowerCase() !== state.repo.toLowerCase()
        ) {
          throw notFound();
        }
        reply(handler(ctx, params));
        return;
      }
      throw notFound();
    } catch (err) {
      if (err instanceof HttpError) {
        reply({ status: err.status, body: err.body, headers: err.headers });
      } else {
        reply({ status: 500, body: errorBody(500, `Fake GitHub error: ${String(err)}`) });
      }
    }
  };

  const sockets = new Set<Socket>();
  const listen = async (origin: 'api' | 'storage'): Promise<Server> => {
    const server = createServer((req, res) => {
      void handle(req, res, origin);
    });
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return server;
  };

  const served = routes.map(([m, t]) => `${m} ${t}`).sort();
  const declared = ROUTES.map((r) => `${r.method} ${r.template}`).sort();
  if (served.join('\n') !== declared.join('\n')) throw new Error('ROUTES is out of date');

  const api = await listen('api');
  const storage = await listen('storage');
  base = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  storageBase = `http://127.0.0.1:${(storage.address() as AddressInfo).port}`;

  let closing: Promise<void> | undefined;
  let jitter: { maxMs: number; draw: () => number } | undefined;
  const fake: FakeGitHub = {
    latencyMs: 0,
    jitter(maxMs: number, seed: number) {
      jitter = { maxMs, draw: mulberry32(seed) };
    },
    url: base,
    storageUrl: storageBase,
    state,
    requests,
    fault(f: Fault) {
      faults.push({ ...f, left: f.times ?? 1 });
    },
    close() {
      closing ??= (async () => {
        const closed = [api, storage].map(
          (s) => new Promise<void>((resolve) => s.close(() => resolve())),
        );
        for (const socket of sockets) socket.destroy();
        api.closeAllConnections();
        storage.closeAllConnections();
        await Promise.all(closed);
      })();
      return closing;
    },
  };
  return fake;
}

/** A small seeded generator of numbers in [0, 1) (mulberry32): the same seed, the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
