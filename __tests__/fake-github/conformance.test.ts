// Every route of the fake, called over HTTP, answers bodies that GitHub's own
// OpenAPI description (the vendored subset, see extract-openapi.mjs) accepts
// for that operation and status, and serves only operations GitHub has.
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import {
  type FakeGitHub,
  type FakeState,
  ROUTES,
  startFakeGitHub,
  templatePattern,
} from '../support/fake-github/index.js';

interface Operation {
  parameters?: { name: string; in: string }[];
  responses: Record<
    string,
    { content?: Record<string, { schema: object }>; headers?: Record<string, unknown> }
  >;
}
interface Subset {
  info: { version: string };
  paths: Record<string, Record<string, Operation>>;
}

const subset = JSON.parse(
  readFileSync(new URL('../support/fake-github/openapi-subset.json', import.meta.url), 'utf8'),
) as Subset;

// ajv-formats is CommonJS: under NodeNext its default export is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));

// OpenAPI 3.0's `nullable` next to `oneOf` with no `type` (GitHub uses it for
// commit authors) means "null or one of these"; say so in JSON Schema terms.
function jsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(jsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = jsonSchema(v);
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    return { anyOf: [{ type: 'null' }, out] };
  }
  // Likewise a nullable enum (a queued check run's conclusion) takes null too.
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) {
    out.enum = [...out.enum, null];
  }
  return out;
}

const validators = new Map<object, ValidateFunction>();
function validatorFor(schema: object): ValidateFunction {
  let v = validators.get(schema);
  if (!v) {
    v = ajv.compile(jsonSchema(schema) as object);
    validators.set(schema, v);
  }
  return v;
}

const sha = (c: string) => c.repeat(40);
const ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
const DIFF = 'diff --git a/a.py b/a.py\n--- a/a.py\n+++ b/a.py\n@@ -1 +1,2 @@\n x\n+y\n';

function state(): Partial<FakeState> {
  return {
    commits: [
      { sha: sha('1'), parents: [] },
      { sha: sha('2'), parents: [sha('1')] },
      { sha: sha('3'), parents: [sha('2')] },
      { sha: sha('4'), parents: [sha('2')] },
    ],
    pulls: [
      {
        number: 1,
        state: 'open',
        title: 'Same repository',
        head: { sha: sha('4'), ref: 'feature', repoFullName: 'octo-org/octo-repo' },
        base: { sha: sha('3'), ref: 'main', repoFullName: 'octo-org/octo-repo' },
        diff: DIFF,
      },
      {
        number: 2,
        state: 'open',
        head: { sha: sha('5'), ref: 'patch-1', repoFullName: 'outsider/octo-repo' },
        base: { sha: sha('3'), ref: 'main', repoFullName: 'octo-org/octo-repo' },
        diff: DIFF,
        diffTooLarge: true,
        files: [
          {
            filename: 'b.py',
            status: 'renamed',
            previous_filename: 'a.py',
            patch: '@@ -1 +1 @@\n-x\n+y',
          },
          { filename: 'big.bin', status: 'added' },
        ],
      },
    ],
    comments: [
      {
        id: 10,
        issueNumber: 1,
        body: 'a human',
        user: { login: 'someone', type: 'User' },
        createdAt: '2024-01-01T00:00:00Z',
        updatedAt: '2024-01-01T00:00:00Z',
      },
      {
        id: 12,
        issueNumber: 1,
        body: 'ours',
        user: { login: 'github-actions[bot]', type: 'Bot' },
        createdAt: '2024-01-01T00:00:00Z',
        updatedAt: '2024-01-01T00:00:00Z',
      },
    ],
    workflows: [{ id: 11, path: '.github/workflows/ci.yml', name: 'CI' }],
    checkRuns: [
      {
        id: 7,
        headSha: sha('4'),
        name: 'Coverage Gate / total',
        status: 'completed',
        conclusion: 'failure',
        title: '71.00% (minimum 80%)',
        summary: 'Total coverage 71.00% is below the minimum 80%',
        text: null,
        externalId: '',
        detailsUrl: null,
        startedAt: '2024-01-02T00:00:00Z',
        completedAt: '2024-01-02T00:00:01Z',
      },
    ],
    runs: [
      {
        id: 100,
        workflowId: 11,
        headBranch: 'main',
        headSha: sha('2'),
        event: 'push',
        status: 'completed',
        conclusion: 'success',
        createdAt: '2024-01-01T00:00:00Z',
        runNumber: 1,
      },
      {
        id: 101,
        workflowId: 11,
        headBranch: 'feature',
        headSha: sha('4'),
        event: 'pull_request',
        status: 'in_progress',
        conclusion: null,
        createdAt: '2024-01-02T00:00:00Z',
        runNumber: 2,
        pullRequests: [{ number: 1 }],
      },
      {
        id: 102,
        workflowId: 11,
        headBranch: 'patch-1',
        headSha: sha('5'),
        event: 'pull_request',
        status: 'completed',
        conclusion: 'failure',
        createdAt: '2024-01-03T00:00:00Z',
        runNumber: 3,
        pullRequests: [{ number: 2 }],
      },
    ],
    gitTrees: [{ sha: sha('7'), entries: [] }],
    gitCommits: [{ sha: sha('8'), message: 'badge', tree: sha('7'), parents: [] }],
    refs: { 'refs/heads/badges': sha('8') },
    protectedBranches: ['release'],
    artifacts: [
      { id: 200, runId: 100, name: 'coverage-gate-report', expired: false, zip: ZIP },
      { id: 201, runId: 100, name: 'old', expired: true, zip: ZIP, sizeInBytes: 5 },
    ],
  };
}

interface Call {
  method: string;
  template: string;
  path: string;
  status: number;
  body?: unknown;
  accept?: string;
}

const R = '/repos/octo-org/octo-repo';
const TOO_LONG = { body: 'x'.repeat(65537) };
const CALLS: Call[] = [
  { method: 'GET', template: '/repos/{owner}/{repo}', path: R, status: 200 },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/branches/{branch}',
    path: `${R}/branches/main`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/branches/{branch}',
    path: `${R}/branches/badges`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/branches/{branch}',
    path: `${R}/branches/release`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/branches/{branch}',
    path: `${R}/branches/nope`,
    status: 404,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/compare/{basehead}',
    path: `${R}/compare/${sha('3')}...${sha('4')}`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/compare/{basehead}',
    path: `${R}/compare/${sha('2')}...${sha('4')}?per_page=1&page=1`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/compare/{basehead}',
    path: `${R}/compare/${sha('3')}...${sha('9')}`,
    status: 404,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{ref}',
    path: `${R}/commits/${sha('4')}`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{ref}',
    path: `${R}/commits/${sha('9')}`,
    status: 404,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/artifacts',
    path: `${R}/actions/artifacts?name=coverage-gate-report&per_page=100`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/artifacts',
    path: `${R}/actions/artifacts?per_page=1&page=2`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/runs/{run_id}',
    path: `${R}/actions/runs/100`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/runs/{run_id}',
    path: `${R}/actions/runs/101`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/runs/{run_id}',
    path: `${R}/actions/runs/102?exclude_pull_requests=true`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
    path: `${R}/actions/runs/100/artifacts?per_page=1&page=2`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
    path: `${R}/actions/runs/100/artifacts?name=coverage-gate-report`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}',
    path: `${R}/actions/workflows/11`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}',
    path: `${R}/actions/workflows/ci.yml`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    path: `${R}/actions/workflows/ci.yml/runs`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    path: `${R}/actions/workflows/11/runs?branch=main&status=success&event=push&head_sha=${sha('2')}&per_page=5&page=1`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}',
    path: `${R}/actions/artifacts/201`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    path: `${R}/actions/artifacts/200/zip`,
    status: 302,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    path: `${R}/actions/artifacts/201/zip`,
    status: 410,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls',
    path: `${R}/pulls?state=open&head=outsider:patch-1&base=main&per_page=10&page=1`,
    status: 200,
  },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls', path: `${R}/pulls`, status: 200 },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}',
    path: `${R}/pulls/1`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}',
    path: `${R}/pulls/2`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}',
    path: `${R}/pulls/1`,
    status: 200,
    accept: 'application/vnd.github.diff',
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}',
    path: `${R}/pulls/2`,
    status: 406,
    accept: 'application/vnd.github.v3.diff',
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}',
    path: `${R}/pulls/99`,
    status: 404,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    path: `${R}/pulls/1/files`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    path: `${R}/pulls/2/files?per_page=100&page=1`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    path: `${R}/issues/1/comments?per_page=100&page=1&since=2020-01-01T00:00:00Z`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    path: `${R}/issues/99/comments`,
    status: 404,
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    path: `${R}/issues/1/comments`,
    status: 201,
    body: { body: 'new' },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    path: `${R}/issues/1/comments`,
    status: 422,
    body: TOO_LONG,
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    path: `${R}/issues/1/comments`,
    status: 422,
    body: {},
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    path: `${R}/issues/99/comments`,
    status: 404,
    body: { body: 'x' },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    path: `${R}/issues/comments/10`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    path: `${R}/issues/comments/404`,
    status: 404,
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    path: `${R}/issues/comments/12`,
    status: 200,
    body: { body: 'edited' },
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    path: `${R}/issues/comments/12`,
    status: 422,
    body: TOO_LONG,
  },
  {
    method: 'DELETE',
    template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    path: `${R}/issues/comments/10`,
    status: 204,
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/git/trees',
    path: `${R}/git/trees`,
    status: 201,
    body: { tree: [{ path: 'badge.svg', mode: '100644', type: 'blob', content: '<svg/>' }] },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/git/trees',
    path: `${R}/git/trees`,
    status: 422,
    body: {},
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/git/commits',
    path: `${R}/git/commits`,
    status: 201,
    body: { message: 'badge', tree: sha('7'), parents: [] },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/git/commits',
    path: `${R}/git/commits`,
    status: 422,
    body: { message: 'badge', tree: sha('9'), parents: [] },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/git/refs',
    path: `${R}/git/refs`,
    status: 201,
    body: { ref: 'refs/heads/new-badges', sha: sha('8') },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/git/refs',
    path: `${R}/git/refs`,
    status: 422,
    body: { ref: 'refs/heads/badges', sha: sha('8') },
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/git/refs/{ref}',
    path: `${R}/git/refs/heads%2Fbadges`,
    status: 200,
    body: { sha: sha('8'), force: true },
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/git/refs/{ref}',
    path: `${R}/git/refs/heads%2Fmissing`,
    status: 422,
    body: { sha: sha('8'), force: true },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/check-runs',
    path: `${R}/check-runs`,
    status: 201,
    body: {
      name: 'Coverage Gate / patch',
      head_sha: sha('4'),
      status: 'completed',
      conclusion: 'neutral',
      output: { title: '60.00% (minimum 80%)', summary: 'informational' },
    },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/check-runs',
    path: `${R}/check-runs`,
    status: 201,
    body: { name: 'Coverage Gate / drop', head_sha: sha('4') },
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    path: `${R}/check-runs/7`,
    status: 200,
    body: { conclusion: 'success', output: { title: '81.00% (minimum 80%)', summary: 'ok' } },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
    path: `${R}/commits/${sha('4')}/check-runs?check_name=Coverage%20Gate%20%2F%20total&filter=latest&per_page=100`,
    status: 200,
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
    path: `${R}/commits/${sha('4')}/check-runs?filter=all`,
    status: 200,
  },
];

describe('fake GitHub conforms to GitHub OpenAPI description', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub(state());
  });
  afterAll(async () => {
    await gh.close();
  });

  test('serves exactly the operations in the vendored subset, each of which GitHub has', () => {
    const served = ROUTES.map((r) => `${r.method.toLowerCase()} ${r.template}`).sort();
    const vendored = Object.entries(subset.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`))
      .sort();
    expect(served).toEqual(vendored);
    expect(subset.info.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('the validator is not vacuous: a body missing a required field is rejected', async () => {
    const op = subset.paths['/repos/{owner}/{repo}/issues/comments/{comment_id}']?.get;
    const schema = op?.responses['200']?.content?.['application/json']?.schema as object;
    const res = await fetch(`${gh.url}${R}/issues/comments/10`, {
      headers: { authorization: 'token ghs_test_token' },
    });
    const body = (await res.json()) as Record<string, unknown>;
    expect(validatorFor(schema)(body)).toBe(true);
    const { html_url: _dropped, ...missing } = body;
    expect(validatorFor(schema)(missing)).toBe(false);
    expect(validatorFor(schema)({ ...body, created_at: 'yesterday' })).toBe(false);
  });

  test('every route is exercised below', () => {
    const called = new Set(CALLS.map((c) => `${c.method} ${c.template}`));
    for (const r of ROUTES) expect(called).toContain(`${r.method} ${r.template}`);
  });

  test.each(
    CALLS.map((c) => [
      `${c.method} ${c.path.slice(0, 110)} → ${c.status}${c.accept ? ` (${c.accept})` : ''}`,
      c,
    ]),
  )('%s', async (_name, call) => {
    const c = call as Call;
    const url = new URL(`${gh.url}${c.path}`);
    expect(url.pathname).toMatch(templatePattern(c.template));
    const op = subset.paths[c.template]?.[c.method.toLowerCase()];
    if (!op) throw new Error(`${c.method} ${c.template} is not in the OpenAPI subset`);
    const declared = new Set(
      (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    );
    for (const name of url.searchParams.keys()) expect(declared).toContain(name);

    const res = await fetch(url, {
      method: c.method,
      redirect: 'manual',
      headers: {
        authorization: 'token ghs_test_token',
        accept: c.accept ?? 'application/vnd.github+json',
        ...(c.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: c.body !== undefined ? JSON.stringify(c.body) : undefined,
    });
    expect(res.status).toBe(c.status);
    const documented = op.responses[String(c.status)];
    if (!documented)
      throw new Error(`status ${c.status} is not documented for ${c.method} ${c.template}`);
    const text = await res.text();

    if (c.accept?.includes('diff') && c.status === 200) {
      expect(res.headers.get('content-type')).toMatch(/^application\/vnd\.github\.diff/);
      expect(text).toBe(DIFF);
      return;
    }
    const schema = documented.content?.['application/json']?.schema;
    if (!schema) {
      expect(text).toBe('');
      for (const header of Object.keys(documented.headers ?? {})) {
        expect(res.headers.get(header)).toBeTruthy();
      }
      return;
    }
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body: unknown = JSON.parse(text);
    const validate = validatorFor(schema);
    const ok = validate(body);
    if (!ok) {
      throw new Error(
        `response does not match the schema:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`,
      );
    }
  });
});
