import {
  type FakeGitHub,
  longestChain,
  mulberry32,
  sequentialDepth,
  startFakeGitHub,
} from '../support/fake-github/index.js';

const TOKEN = 'ghs_test_token';
const REPO = '/repos/octo-org/octo-repo';

let gh: FakeGitHub;

afterEach(async () => {
  await gh?.close();
});

async function api(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('authorization')) headers.set('authorization', `token ${TOKEN}`);
  return fetch(`${gh.url}${path}`, { ...init, headers, redirect: 'manual' });
}

function links(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (res.headers.get('link') ?? '').split(', ').filter(Boolean)) {
    const m = /^<([^>]+)>; rel="(\w+)"$/.exec(part);
    if (!m) throw new Error(`malformed Link part: ${part}`);
    out[m[2] as string] = m[1] as string;
  }
  return out;
}

function human(id: number, issueNumber: number, body = `human ${id}`) {
  return {
    id,
    issueNumber,
    body,
    user: { login: 'someone', type: 'User' as const },
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
  };
}

const pull = (number: number, headOwner = 'octo-org') => ({
  number,
  state: 'open' as const,
  head: { sha: 'c'.repeat(40), ref: `feature-${number}`, repoFullName: `${headOwner}/octo-repo` },
  base: { sha: 'a'.repeat(40), ref: 'main', repoFullName: 'octo-org/octo-repo' },
  diff: 'diff --git a/x.py b/x.py\n--- a/x.py\n+++ b/x.py\n@@ -1 +1,2 @@\n a\n+b\n',
});

describe('fake GitHub', () => {
  test('answers 401 without the token and 404 with GitHub error shape for unknown routes', async () => {
    gh = await startFakeGitHub();
    const noAuth = await fetch(`${gh.url}${REPO}/pulls`);
    expect(noAuth.status).toBe(401);
    expect(await noAuth.json()).toMatchObject({ message: 'Bad credentials' });
    const bearer = await api(`${REPO}/pulls`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bearer.status).toBe(200);
    const unknown = await api(`${REPO}/no/such/route`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ message: 'Not Found' });
    expect(unknown.headers.get('x-github-request-id')).toBeTruthy();
    expect(unknown.headers.get('x-ratelimit-resource')).toBe('core');
    const otherRepo = await api('/repos/someone/else/pulls');
    expect(otherRepo.status).toBe(404);
  });

  test('rate-limit headers count requests down', async () => {
    gh = await startFakeGitHub();
    const a = await api(`${REPO}/pulls`);
    const b = await api(`${REPO}/pulls`);
    const remaining = (r: Response) => Number(r.headers.get('x-ratelimit-remaining'));
    expect(remaining(a) - remaining(b)).toBe(1);
    expect(Number(b.headers.get('x-ratelimit-used'))).toBe(2);
    expect(Number(a.headers.get('x-ratelimit-limit'))).toBe(remaining(a) + 1);
    expect(Number(a.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  test('lists comments ascending with GitHub-style Link headers across pages', async () => {
    const comments = Array.from({ length: 7 }, (_, i) => human(100 + (7 - i), 5));
    gh = await startFakeGitHub({ pulls: [pull(5)], comments });
    const first = await api(`${REPO}/issues/5/comments?per_page=3`);
    expect(first.status).toBe(200);
    const body = (await first.json()) as { id: number }[];
    expect(body.map((c) => c.id)).toEqual([101, 102, 103]);
    const rel = links(first);
    expect(Object.keys(rel)).toEqual(['next', 'last']);
    expect(new URL(rel.next as string).searchParams.get('page')).toBe('2');
    expect(new URL(rel.last as string).searchParams.get('page')).toBe('3');
    expect(new URL(rel.next as string).searchParams.get('per_page')).toBe('3');

    // Following "next" to the end visits every comment exactly once.
    const seen: number[] = [];
    let next: string | undefined = `${gh.url}${REPO}/issues/5/comments?per_page=3`;
    while (next) {
      const res: Response = await fetch(next, { headers: { authorization: `token ${TOKEN}` } });
      seen.push(...((await res.json()) as { id: number }[]).map((c) => c.id));
      next = links(res).next;
    }
    expect(seen).toEqual([101, 102, 103, 104, 105, 106, 107]);

    const middle = await api(`${REPO}/issues/5/comments?per_page=3&page=2`);
    expect(Object.keys(links(middle))).toEqual(['prev', 'next', 'last', 'first']);
    const last = await api(`${REPO}/issues/5/comments?per_page=3&page=3`);
    expect(Object.keys(links(last))).toEqual(['prev', 'first']);

    // per_page over 100 is clamped to 100; default is 30.
    gh.state.comments = Array.from({ length: 130 }, (_, i) => human(i + 1, 5));
    const clamped = (await (
      await api(`${REPO}/issues/5/comments?per_page=500`)
    ).json()) as unknown[];
    expect(clamped).toHaveLength(100);
    const dflt = await api(`${REPO}/issues/5/comments`);
    expect((await dflt.json()) as unknown[]).toHaveLength(30);
    expect(new URL(links(dflt).last as string).searchParams.get('page')).toBe('5');
  });

  test('creates, edits and deletes comments as the bot, enforcing the 65536-character limit', async () => {
    gh = await startFakeGitHub({ pulls: [pull(7)] });
    const created = await api(`${REPO}/issues/7/comments`, {
      method: 'POST',
      body: JSON.stringify({ body: 'hello' }),
    });
    expect(created.status).toBe(201);
    const c = (await created.json()) as {
      id: number;
      html_url: string;
      user: { login: string; type: string };
    };
    expect(c.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    expect(c.html_url).toBe(`https://github.com/octo-org/octo-repo/pull/7#issuecomment-${c.id}`);
    expect(gh.state.comments).toHaveLength(1);

    const tooLong = await api(`${REPO}/issues/7/comments`, {
      method: 'POST',
      body: JSON.stringify({ body: 'x'.repeat(65537) }),
    });
    expect(tooLong.status).toBe(422);
    expect(await tooLong.json()).toMatchObject({
      message: 'Validation Failed',
      errors: [{ field: 'body' }],
    });
    const exactly = await api(`${REPO}/issues/7/comments`, {
      method: 'POST',
      body: JSON.stringify({ body: 'x'.repeat(65536) }),
    });
    expect(exactly.status).toBe(201);
    const noBody = await api(`${REPO}/issues/7/comments`, { method: 'POST', body: '{}' });
    expect(noBody.status).toBe(422);

    const patched = await api(`${REPO}/issues/comments/${c.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'edited' }),
    });
    expect(patched.status).toBe(200);
    expect(gh.state.comments.find((x) => x.id === c.id)?.body).toBe('edited');
    const patchLong = await api(`${REPO}/issues/comments/${c.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'y'.repeat(70000) }),
    });
    expect(patchLong.status).toBe(422);
    expect(gh.state.comments.find((x) => x.id === c.id)?.body).toBe('edited');
    const missing = await api(`${REPO}/issues/comments/999`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'z' }),
    });
    expect(missing.status).toBe(404);

    expect((await api(`${REPO}/issues/comments/${c.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(gh.state.comments.map((x) => x.id)).not.toContain(c.id);
    expect(gh.requests.filter((r) => r.method === 'PATCH')[0]?.body).toEqual({ body: 'edited' });
  });

  test('a read-only token cannot comment', async () => {
    gh = await startFakeGitHub({ pulls: [pull(7, 'a-fork')], readOnlyToken: true });
    const res = await api(`${REPO}/issues/7/comments`, { method: 'POST', body: '{"body":"x"}' });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ message: 'Resource not accessible by integration' });
    expect(gh.state.comments).toHaveLength(0);
  });

  test('injected faults answer the given number of times, then the route works again', async () => {
    gh = await startFakeGitHub({ pulls: [pull(3)] });
    gh.fault({ method: 'GET', path: /\/issues\/3\/comments$/, status: 502, times: 2 });
    gh.fault({
      method: 'POST',
      path: /\/issues\/3\/comments$/,
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
    });
    expect((await api(`${REPO}/issues/3/comments?per_page=100`)).status).toBe(502);
    expect((await api(`${REPO}/issues/3/comments`)).status).toBe(502);
    expect((await api(`${REPO}/issues/3/comments`)).status).toBe(200);
    const limited = await api(`${REPO}/issues/3/comments`, {
      method: 'POST',
      body: '{"body":"x"}',
    });
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(((await limited.json()) as { message: string }).message).toMatch(/secondary rate limit/);
    expect(gh.state.comments).toHaveLength(0);
    expect(
      (await api(`${REPO}/issues/3/comments`, { method: 'POST', body: '{"body":"x"}' })).status,
    ).toBe(201);
    expect(gh.requests.map((r) => r.status)).toEqual([502, 502, 200, 403, 201]);

    // A global pattern matches every time (no lastIndex carried over); a query can be matched too.
    gh.fault({ path: /comments\?per_page=7/g, status: 500, times: 2 });
    expect((await api(`${REPO}/issues/3/comments?per_page=7`)).status).toBe(500);
    expect((await api(`${REPO}/issues/3/comments?per_page=7`)).status).toBe(500);
    expect((await api(`${REPO}/issues/3/comments?per_page=7`)).status).toBe(200);
    // Faults come before authentication, as a failing front end would.
    gh.fault({ path: /\/pulls$/, status: 503, body: 'upstream unavailable' });
    const down = await fetch(`${gh.url}${REPO}/pulls`);
    expect(down.status).toBe(503);
    expect(await down.text()).toBe('upstream unavailable');
  });

  test('a hang fault accepts the request and never answers it; the next request is answered', async () => {
    gh = await startFakeGitHub({ pulls: [pull(3)] });
    gh.fault({ method: 'GET', path: /\/issues\/3\/comments$/, status: 0, hang: true });
    const hung = api(`${REPO}/issues/3/comments`, { signal: AbortSignal.timeout(300) });
    await expect(hung).rejects.toThrow(/timeout/i);
    expect(gh.requests).toHaveLength(1);
    expect(gh.requests[0]?.status).toBeUndefined();
    expect((await api(`${REPO}/issues/3/comments`)).status).toBe(200);
  });

  test('compare finds the merge base and counts ahead/behind', async () => {
    // main: m1 - m2 - m3 ; feature branches off m2: f1 - f2
    const commits = [
      { sha: 'm1'.padEnd(40, '0'), parents: [] },
      { sha: 'm2'.padEnd(40, '0'), parents: ['m1'.padEnd(40, '0')] },
      { sha: 'm3'.padEnd(40, '0'), parents: ['m2'.padEnd(40, '0')] },
      { sha: 'f1'.padEnd(40, '0'), parents: ['m2'.padEnd(40, '0')] },
      { sha: 'f2'.padEnd(40, '0'), parents: ['f1'.padEnd(40, '0')] },
    ];
    const s = (x: string) => x.padEnd(40, '0');
    gh = await startFakeGitHub({ commits });
    const res = await api(`${REPO}/compare/${s('m3')}...${s('f2')}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown> & {
      merge_base_commit: { sha: string };
      base_commit: { sha: string };
      commits: { sha: string }[];
    };
    expect(body.merge_base_commit.sha).toBe(s('m2'));
    expect(body.base_commit.sha).toBe(s('m3'));
    expect(body).toMatchObject({ status: 'diverged', ahead_by: 2, behind_by: 1, total_commits: 2 });
    expect(body.commits.map((c) => c.sha)).toEqual([s('f1'), s('f2')]);

    const ahead = (await (await api(`${REPO}/compare/${s('m2')}...${s('m3')}`)).json()) as Record<
      string,
      unknown
    >;
    expect(ahead).toMatchObject({ status: 'ahead', ahead_by: 1, behind_by: 0 });
    const behind = (await (await api(`${REPO}/compare/${s('m3')}...${s('m1')}`)).json()) as Record<
      string,
      unknown
    >;
    expect(behind).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 2, commits: [] });
    const same = (await (await api(`${REPO}/compare/${s('m3')}...${s('m3')}`)).json()) as Record<
      string,
      unknown
    >;
    expect(same).toMatchObject({ status: 'identical', ahead_by: 0, behind_by: 0 });
    expect((await api(`${REPO}/compare/${s('m3')}...${'9'.repeat(40)}`)).status).toBe(404);
    // With per_page/page the commits are paginated (oldest first) with Link headers.
    const page2 = await api(`${REPO}/compare/${s('m1')}...${s('f2')}?per_page=2&page=2`);
    const p2 = (await page2.json()) as { commits: { sha: string }[]; ahead_by: number };
    expect(p2.ahead_by).toBe(3);
    expect(p2.commits.map((c) => c.sha)).toEqual([s('f2')]);
    expect(Object.keys(links(page2))).toEqual(['prev', 'first']);
    expect(res.headers.get('link')).toBeNull();
  });

  test('workflow runs: filters, newest first, lookup by file name, pagination', async () => {
    const run = (id: number, over: object = {}) => ({
      id,
      workflowId: 11,
      headBranch: 'main',
      headSha: `${id}`.padEnd(40, 'a'),
      event: 'push',
      status: 'completed' as const,
      conclusion: 'success' as const,
      createdAt: `2024-01-${String(id).padStart(2, '0')}T00:00:00Z`,
      runNumber: id,
      ...over,
    });
    gh = await startFakeGitHub({
      workflows: [
        { id: 11, path: '.github/workflows/ci.yml', name: 'CI' },
        { id: 12, path: '.github/workflows/other.yml', name: 'Other' },
      ],
      runs: [
        run(1),
        run(2, { conclusion: 'failure' }),
        run(3, { headBranch: 'feature', event: 'pull_request' }),
        run(4, { workflowId: 12 }),
        run(5, { status: 'in_progress', conclusion: null }),
        run(6),
      ],
    });
    const list = async (q: string) => {
      const res = await api(`${REPO}/actions/workflows/ci.yml/runs${q}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { total_count: number; workflow_runs: { id: number }[] };
      return { ids: body.workflow_runs.map((r) => r.id), total: body.total_count, res };
    };
    expect((await list('')).ids).toEqual([6, 5, 3, 2, 1]);
    expect((await list('?branch=main&status=success')).ids).toEqual([6, 1]);
    expect((await list('?status=completed')).ids).toEqual([6, 3, 2, 1]);
    expect((await list('?status=failure')).ids).toEqual([2]);
    expect((await list('?status=in_progress')).ids).toEqual([5]);
    expect((await list('?event=pull_request')).ids).toEqual([3]);
    expect((await list(`?head_sha=${'1'.padEnd(40, 'a')}`)).ids).toEqual([1]);
    const paged = await list('?per_page=2&page=2');
    expect(paged.ids).toEqual([3, 2]);
    expect(paged.total).toBe(5);
    expect(Object.keys(links(paged.res))).toEqual(['prev', 'next', 'last', 'first']);

    const wf = (await (await api(`${REPO}/actions/workflows/11`)).json()) as { path: string };
    expect(wf.path).toBe('.github/workflows/ci.yml');
    expect((await api(`${REPO}/actions/workflows/nope.yml`)).status).toBe(404);
    const one = (await (await api(`${REPO}/actions/runs/4`)).json()) as Record<string, unknown>;
    expect(one).toMatchObject({ id: 4, workflow_id: 12, path: '.github/workflows/other.yml' });

    // Pull requests on runs: listed for same-repository PRs, never for forks.
    gh.state.pulls = [pull(1), pull(2, 'outsider')];
    gh.state.runs.push(
      run(7, { pullRequests: [{ number: 1 }] }),
      run(8, { pullRequests: [{ number: 2 }] }),
    );
    const prsOf = async (path: string) =>
      (
        (await (await api(path)).json()) as { pull_requests: { number: number }[] }
      ).pull_requests.map((p) => p.number);
    expect(await prsOf(`${REPO}/actions/runs/7`)).toEqual([1]);
    expect(await prsOf(`${REPO}/actions/runs/7?exclude_pull_requests=true`)).toEqual([]);
    expect(await prsOf(`${REPO}/actions/runs/8`)).toEqual([]);
    const forkRun = (await (await api(`${REPO}/actions/runs/8`)).json()) as {
      head_repository: { full_name: string };
    };
    expect(forkRun.head_repository.full_name).toBe('outsider/octo-repo');
  });

  test('artifacts: name filter, 302 to storage that refuses the token, 410 when expired', async () => {
    const zip = Buffer.from('PK\x05\x06'.padEnd(22, '\0'), 'latin1');
    gh = await startFakeGitHub({
      runs: [
        {
          id: 9,
          workflowId: 1,
          headBranch: 'main',
          headSha: 'a'.repeat(40),
          event: 'push',
          status: 'completed',
          conclusion: 'success',
          createdAt: '2024-01-01T00:00:00Z',
          runNumber: 1,
        },
      ],
      artifacts: [
        { id: 21, runId: 9, name: 'coverage-gate-report', expired: false, zip },
        { id: 22, runId: 9, name: 'other', expired: false, zip },
        { id: 23, runId: 9, name: 'old', expired: true, zip },
      ],
    });
    const listed = (await (
      await api(`${REPO}/actions/runs/9/artifacts?name=coverage-gate-report`)
    ).json()) as {
      total_count: number;
      artifacts: { id: number; archive_download_url: string; size_in_bytes: number }[];
    };
    expect(listed.total_count).toBe(1);
    expect(listed.artifacts[0]?.size_in_bytes).toBe(zip.length);

    const redirect = await fetch(listed.artifacts[0]?.archive_download_url as string, {
      headers: { authorization: `token ${TOKEN}` },
      redirect: 'manual',
    });
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location') as string;
    expect(new URL(location).origin).not.toBe(new URL(gh.url).origin);

    const withToken = await fetch(location, { headers: { authorization: `token ${TOKEN}` } });
    expect(withToken.status).toBe(403);
    const tampered = await fetch(location.replace(/sig=\w+/, 'sig=0'));
    expect(tampered.status).toBe(403);
    const ok = await fetch(location);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/zip');
    expect(Buffer.from(await ok.arrayBuffer()).equals(zip)).toBe(true);
    expect(gh.requests.filter((r) => r.path.startsWith('/_storage/')).map((r) => r.status)).toEqual(
      [403, 403, 200],
    );

    const gone = await api(`${REPO}/actions/artifacts/23/zip`);
    expect(gone.status).toBe(410);
  });

  test('pulls: diff media type, 406 when too large, files derived from the diff, head filter', async () => {
    const diff = [
      'diff --git a/pkg/a.py b/pkg/a.py',
      'index 1111111..2222222 100644',
      '--- a/pkg/a.py',
      '+++ b/pkg/a.py',
      '@@ -1,2 +1,3 @@',
      ' x = 1',
      '-y = 2',
      '+y = 3',
      '+z = 4',
      'diff --git a/pkg/new.py b/pkg/new.py',
      'new file mode 100644',
      'index 0000000..3333333',
      '--- /dev/null',
      '+++ b/pkg/new.py',
      '@@ -0,0 +1 @@',
      '+print(1)',
      '',
    ].join('\n');
    gh = await startFakeGitHub({
      pulls: [
        { ...pull(1), diff },
        { ...pull(2, 'a-fork'), diffTooLarge: true },
        { ...pull(3), state: 'closed' },
      ],
    });
    const text = await api(`${REPO}/pulls/1`, {
      headers: { accept: 'application/vnd.github.v3.diff' },
    });
    expect(text.status).toBe(200);
    expect(await text.text()).toBe(diff);
    const big = await api(`${REPO}/pulls/2`, {
      headers: { accept: 'application/vnd.github.diff' },
    });
    expect(big.status).toBe(406);
    expect(((await big.json()) as { message: string }).message).toMatch(/diff exceeded/);
    const json = (await (await api(`${REPO}/pulls/2`)).json()) as {
      head: { repo: { fork: boolean } };
    };
    expect(json.head.repo.fork).toBe(true);

    const files = (await (await api(`${REPO}/pulls/1/files`)).json()) as Record<string, unknown>[];
    expect(files).toMatchObject([
      { filename: 'pkg/a.py', status: 'modified', additions: 2, deletions: 1, changes: 3 },
      {
        filename: 'pkg/new.py',
        status: 'added',
        additions: 1,
        deletions: 0,
        patch: '@@ -0,0 +1 @@\n+print(1)',
      },
    ]);

    const open = (await (await api(`${REPO}/pulls?state=open`)).json()) as { number: number }[];
    expect(open.map((p) => p.number)).toEqual([2, 1]);
    const all = (await (await api(`${REPO}/pulls?state=all`)).json()) as { number: number }[];
    expect(all.map((p) => p.number)).toEqual([3, 2, 1]);
    const byHead = (await (await api(`${REPO}/pulls?head=a-fork:feature-2`)).json()) as {
      number: number;
    }[];
    expect(byHead.map((p) => p.number)).toEqual([2]);
    const wrongOwner = (await (
      await api(`${REPO}/pulls?head=octo-org:feature-2`)
    ).json()) as unknown[];
    expect(wrongOwner).toEqual([]);
  });

  test('close() ends promptly with a keep-alive connection open', async () => {
    gh = await startFakeGitHub();
    await api(`${REPO}/pulls`, { headers: { connection: 'keep-alive' } });
    const started = Date.now();
    await gh.close();
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(fetch(`${gh.url}${REPO}/pulls`)).rejects.toThrow();
  });
});

describe('latency and the request log', () => {
  test('every answer waits the latency; the log has start and end times; depth counts only chains', async () => {
    gh = await startFakeGitHub({
      commits: [{ sha: 'a'.repeat(40), parents: [] }],
    });
    gh.latencyMs = 100;
    const commit = `${REPO}/commits/${'a'.repeat(40)}`;
    const started = performance.now();
    // Two at once, then one after them: a depth of 2 from three requests.
    await Promise.all([api(commit), api(commit)]);
    await api(commit);
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
    for (const r of gh.requests) {
      expect((r.endedAt ?? 0) - r.startedAt).toBeGreaterThanOrEqual(99);
    }
    expect(sequentialDepth(gh.requests)).toBe(2);
    expect(longestChain(gh.requests)).toHaveLength(2);
  });

  test('seeded jitter: requests started together settle in an order the seed decides, the same each time', async () => {
    const order = async (seed: number) => {
      gh = await startFakeGitHub({ commits: [{ sha: 'a'.repeat(40), parents: [] }] });
      gh.jitter(40, seed);
      const settled: number[] = [];
      await Promise.all(
        [0, 1, 2, 3, 4, 5].map((i) =>
          api(`${REPO}/commits/${'a'.repeat(40)}`).then(() => settled.push(i)),
        ),
      );
      await gh.close();
      return settled;
    };
    const orders = [];
    for (const seed of [1, 2, 3, 4]) orders.push(await order(seed));
    // Not the order they were started in, for some seed; a seed's own order again.
    expect(orders.some((o) => o.join() !== '0,1,2,3,4,5')).toBe(true);
    expect(new Set(orders.map((o) => o.join())).size).toBeGreaterThan(1);
    expect(mulberry32(7)()).toBe(mulberry32(7)());
    expect(mulberry32(7)()).not.toBe(mulberry32(8)());
  });

  test('the compare as a diff answers the diff the state holds for that pair', async () => {
    const [a, b] = ['a'.repeat(40), 'b'.repeat(40)];
    const diff = 'diff --git a/x.py b/x.py\n--- a/x.py\n+++ b/x.py\n@@ -1 +1,2 @@\n x\n+y\n';
    gh = await startFakeGitHub({
      commits: [
        { sha: a, parents: [] },
        { sha: b, parents: [a] },
      ],
      compareDiffs: { [`${a}...${b}`]: diff },
    });
    const res = await api(`${REPO}/compare/${a}...${b}`, {
      headers: { accept: 'application/vnd.github.diff' },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(diff);
    const json = await api(`${REPO}/compare/${a}...${b}`);
    expect(((await json.json()) as { status: string }).status).toBe('ahead');
  });
});
