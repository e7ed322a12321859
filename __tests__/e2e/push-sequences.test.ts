// The push over time on sequences of pushes that real repositories produce,
// through the bundled action: several merges a day, a commit dated in the
// future, an older-dated commit pushed last, a base history gone stale, a
// pace of almost nothing, the badge at the gate's edge, and the badge branch
// asked for on refs that must not publish it.
import { readFileSync } from 'node:fs';
import { checkRun, endToEnd, plantPushRun, startGitHubWith } from '../support/e2e.js';
import { pushEvent } from '../support/fake-github/events.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { type ActionRun, runAction } from '../support/run-action.js';
import { fixture, reportTotal, sha, WORKFLOW, workspace } from '../support/scenario.js';

endToEnd();

let gh: FakeGitHub;

const DAY = 86_400_000;
/** Today, midnight UTC: the tests' dates are counted back from the real clock. */
const TODAY = Math.floor(Date.now() / DAY) * DAY;
const COMMITS = Array.from({ length: 10 }, (_, i) => sha(`seq-${i}`));
const PR_HEAD = sha('seq-pr-head');
const BASE = COMMITS[9] as string;
const iso = (ms: number) => new Date(ms).toISOString();

async function start(state: Record<string, unknown> = {}) {
  gh = await startGitHubWith({
    commits: [
      ...COMMITS.map((c, i) => ({ sha: c, parents: i ? [COMMITS[i - 1] as string] : [] })),
      { sha: PR_HEAD, parents: [BASE] },
    ],
    workflows: [WORKFLOW],
    pulls: [
      {
        number: 31,
        state: 'open',
        head: { sha: PR_HEAD, ref: 'feature', repoFullName: 'octo-org/octo-repo' },
        base: { sha: BASE, ref: 'main', repoFullName: 'octo-org/octo-repo' },
        diff: fixture('pr.diff').toString('utf8'),
      },
    ],
    ...state,
  });
}

interface Push {
  index: number;
  report: string;
  /** The head commit's timestamp. */
  at: string;
  ref?: string;
  eventName?: string;
  inputs?: Record<string, string>;
  payload?: (p: Record<string, unknown>) => void;
  env?: Record<string, string>;
}

async function recordRun(p: Push): Promise<ActionRun> {
  const commit = COMMITS[p.index] as string;
  const payload = pushEvent({
    ref: p.ref ?? 'refs/heads/main',
    after: commit,
    headCommit: { timestamp: p.at, message: `Step ${p.index} (#${100 + p.index})` },
  }) as unknown as Record<string, unknown>;
  p.payload?.(payload);
  return runAction({
    apiUrl: gh.url,
    token: gh.state.token,
    eventName: p.eventName ?? 'push',
    payload,
    workspace: workspace(fixture(`${p.report}/coverage.json`)),
    sha: commit,
    ref: p.ref ?? 'refs/heads/main',
    runId: 700 + p.index,
    inputs: p.inputs ?? {},
    env: p.env ?? {},
  });
}

/** What `actions/upload-artifact` does with the README's upload step. */
function upload(run: ActionRun, index: number) {
  plantPushRun(
    gh,
    {
      id: 700 + index,
      headSha: COMMITS[index] as string,
      createdAt: iso(Date.now()),
      runNumber: index + 1,
    },
    {
      'coverage.json': readFileSync(run.outputs['baseline-file'] as string),
      'coverage-history.json': readFileSync(run.outputs['history-file'] as string),
    },
  );
}

const entries = (run: ActionRun) =>
  JSON.parse(readFileSync(run.outputs['history-file'] as string, 'utf8')).entries as {
    commit: string;
    time: string;
    percent: number;
  }[];
const xLabels = (text: string) =>
  [...text.matchAll(/^ {2}x-axis \[(.*)\]$/gm)].map((m) => JSON.parse(`[${m[1]}]`) as string[]);

test('a day of merges, a commit dated 2028, an older-dated commit pushed last: one point per x, nothing lost, "now" is this push', async () => {
  await start();
  const reports = ['py6-branch/head', 'py7-branch/head', 'py6-branch/base', 'py7-branch/base'];
  // Four weekly pushes, then two merges on one day.
  const days = [40, 33, 26, 19, 12, 12];
  let last: ActionRun | undefined;
  for (const [i, d] of days.entries()) {
    const hour = i === 5 ? 15 : 9;
    last = await recordRun({
      index: i,
      report: reports[i % 4] as string,
      at: iso(TODAY - d * DAY + hour * 3_600_000),
    });
    expect(last.code).toBe(0);
    upload(last, i);
  }
  const sameDay = last as ActionRun;
  // One point a day in the chart (the day's last), every x label its own; the history keeps both.
  const [labels = []] = xLabels(sameDay.summary);
  expect(labels).toHaveLength(5);
  expect(new Set(labels).size).toBe(labels.length);
  expect(entries(sameDay)).toHaveLength(6);
  const [drawn = []] = [...sameDay.summary.matchAll(/^ {2}line \[(.*)\]$/gm)].map((m) =>
    (m[1] as string).split(', '),
  );
  expect(drawn.at(-1)).toBe(reportTotal('py7-branch', 'head'));

  // A commit whose clock said 2028: its time is the run's, with a warning.
  const before = Date.now();
  const future = await recordRun({ index: 6, report: 'py7-line/base', at: '2028-06-01T12:00:00Z' });
  const after = Date.now();
  expect(future.code).toBe(0);
  expect(future.warnings.map((w) => w.message)).toContainEqual(
    expect.stringMatching(
      /^The commit time 2028-06-01T12:00:00(\.000)?Z is later than this run's time; .* is used$/,
    ),
  );
  const clamped = Date.parse(entries(future).at(-1)?.time as string);
  expect(clamped).toBeGreaterThanOrEqual(before - 1000);
  expect(clamped).toBeLessThanOrEqual(after);
  upload(future, 6);

  // The next normal push keeps every entry and has a pace.
  const normal = await recordRun({ index: 7, report: 'py7-line/head', at: iso(Date.now() - 1000) });
  expect(normal.code).toBe(0);
  expect(entries(normal).map((e) => e.commit)).toEqual(COMMITS.slice(0, 8));
  expect(normal.outputs.pace).toMatch(/^-?\d+\.\d\d$/);
  upload(normal, 7);

  // A commit dated a month ago, pushed last (a rebase-merge): "now" is this push.
  const older = await recordRun({
    index: 8,
    report: 'py6-branch/head',
    at: iso(TODAY - 30 * DAY),
  });
  expect(older.code).toBe(0);
  const coverage = older.outputs.coverage as string;
  expect(coverage).toBe(reportTotal('py6-branch', 'head'));
  expect(older.summary).toContain(`**${coverage}%** now`);
  const newest = entries(older).at(-1);
  expect(newest?.commit).toBe(COMMITS[8]);
  expect(Date.parse(newest?.time as string)).toBeGreaterThan(
    Date.parse(entries(normal).at(-1)?.time as string),
  );
  const line = /^`(.*)`$/m.exec(older.summary)?.[1] as string;
  expect(line).toMatch(
    new RegExp(`→ ${coverage.replace('.', '\\.')}% \\(\\d{4}-\\d\\d-\\d\\d\\) ·`),
  );
}, 180_000);

function plantBaseline(points: { daysAgo: number; percent: number }[]) {
  const history = {
    schema: 'coverage-gate-history/1',
    entries: points.map((p, i) => ({
      commit: sha(`old-${i}`),
      time: iso(TODAY - p.daysAgo * DAY),
      run: 100 + i,
      statements: 1000,
      covered: Math.round(p.percent * 10),
      percent: p.percent,
    })),
  };
  gh.state.runs = [];
  gh.state.artifacts = [];
  plantPushRun(
    gh,
    { id: 750, headSha: BASE, createdAt: iso(TODAY - 70 * DAY), runNumber: 9 },
    {
      'coverage.json': fixture('py7-branch/base/coverage.json'),
      'coverage-history.json': JSON.stringify(history),
    },
  );
}

const prRun = () =>
  checkRun(gh, {
    number: 31,
    head: PR_HEAD,
    base: BASE,
    workspace: workspace(fixture('py7-line/head/coverage.json')),
    runId: 800,
    inputs: { 'target-coverage': '80' },
  });

test('a stale base history: the ETA already past is said plainly and `eta` is empty', async () => {
  await start();
  // 1 pp a week up to 74% seventy days ago: 80% was due six weeks later, four weeks ago.
  plantBaseline([98, 91, 84, 77, 70].map((d, i) => ({ daysAgo: d, percent: 70 + i })));
  const stale = await prRun();
  expect(stale.code).toBe(0);
  expect(stale.outputs.pace).toBe('1.00');
  expect(stale.outputs.eta).toBe('');
  const due = iso(TODAY - 70 * DAY + 6 * 7 * DAY).slice(0, 10);
  const since = iso(TODAY - 70 * DAY).slice(0, 10);
  const body = gh.state.comments[0]?.body as string;
  expect(body).toContain(`at this pace 80% was due ${due}; no push since ${since}`);
  expect(body).not.toMatch(/\(in \d+ weeks?\)/);
}, 120_000);

test('a history an earlier commit clock poisoned (an entry dated 2028) heals on the next push', async () => {
  await start();
  plantBaseline([35, 28, 21, 14, -600].map((d, i) => ({ daysAgo: d, percent: 70 + i })));
  const run = await recordRun({
    index: 0,
    report: 'py7-branch/head',
    at: iso(Date.now() - 60_000),
  });
  const after = Date.now();
  expect(run.code).toBe(0);
  const times = entries(run).map((e) => Date.parse(e.time));
  expect(times).toHaveLength(6);
  for (const t of times) expect(t).toBeLessThanOrEqual(after);
  expect(entries(run).at(-1)?.commit).toBe(COMMITS[0]);
  expect(run.outputs.pace).toMatch(/^\d+\.\d\d$/);
  expect(run.stdout).toContain("History: 1 entry dated after this run's time moved to it");
}, 60_000);

test('a pace of almost nothing is never -0.00 in the `pace` output', async () => {
  await start();
  // Down by a ten-thousandth of a point a week.
  plantBaseline([28, 21, 14, 7].map((d, i) => ({ daysAgo: d, percent: 74.0004 - i * 0.0001 })));
  const flat = await prRun();
  expect(flat.code).toBe(0);
  expect(flat.outputs.pace).toBe('0.00');
  expect(gh.state.comments[0]?.body).toContain('pace ±0.00 pp/week');
}, 120_000);

test('the badge follows the gate: 72.76% under min-coverage 72.8 is a red "72.76%", never an orange "72.8%"', async () => {
  await start();
  const run = await recordRun({
    index: 0,
    report: 'py7-branch/head',
    at: iso(TODAY),
    inputs: { 'min-coverage': '72.8', 'target-coverage': '90' },
  });
  expect(run.code).not.toBe(0);
  expect(run.outputs['failed-gates']).toBe('["min-coverage"]');
  const badge = JSON.parse(
    readFileSync((run.outputs['badge-file'] as string).replace(/svg$/, 'json'), 'utf8'),
  );
  expect(badge).toMatchObject({ message: '72.76%', color: 'red' });
  expect(readFileSync(run.outputs['badge-file'] as string, 'utf8')).toContain('fill="#dd4343"');
}, 60_000);

describe('badge-branch: published only from the default branch', () => {
  const inputs = { 'badge-branch': 'coverage-badge' };
  const published = () => gh.state.refs['refs/heads/coverage-badge'];
  const said = (run: ActionRun) =>
    `${run.stdout}\n${run.warnings.map((w) => w.message).join('\n')}`;

  test('a tag, a feature branch, a deleted branch and a dispatch on a feature branch publish nothing and say why', async () => {
    await start();
    const cases: [string, Partial<Push>][] = [
      ['tag', { ref: 'refs/tags/v1.0.0' }],
      ['feature', { ref: 'refs/heads/feature' }],
      [
        'deleted',
        {
          ref: 'refs/heads/feature',
          payload: (p) => {
            p.after = '0'.repeat(40);
            p.deleted = true;
          },
        },
      ],
      [
        'dispatch',
        {
          ref: 'refs/heads/feature',
          eventName: 'workflow_dispatch',
          payload: (p) => {
            for (const key of Object.keys(p))
              if (key !== 'repository' && key !== 'sender') delete p[key];
            p.ref = 'refs/heads/feature';
            p.inputs = {};
          },
        },
      ],
    ];
    for (const [what, extra] of cases) {
      const run = await recordRun({
        index: 1,
        report: 'py7-branch/head',
        at: iso(TODAY),
        inputs,
        ...extra,
      });
      expect({ what, code: run.code }).toEqual({ what, code: 0 });
      expect(said(run)).toMatch(/The badge was not published on "coverage-badge": /);
      expect(published()).toBeUndefined();
    }
    expect(gh.requests.filter((r) => r.path.includes('/git/'))).toEqual([]);
  }, 120_000);

  test('without default_branch in the payload, the repository answering 500 past the retries or 403: nothing published, one warning, the verdict stands', async () => {
    await start();
    const bare = (p: Record<string, unknown>) => {
      const repo = p.repository as Record<string, unknown>;
      delete repo.default_branch;
      delete repo.master_branch;
    };
    const env = { COVERAGE_GATE_HTTP_TIMEOUT_MS: '2000', COVERAGE_GATE_HTTP_RETRY_BASE_MS: '10' };
    const REPO = /^\/repos\/octo-org\/octo-repo$/;
    for (const status of [500, 403]) {
      gh.fault({ method: 'GET', path: REPO, status, times: 10 });
      const run = await recordRun({
        index: 1,
        report: 'py7-branch/head',
        at: iso(TODAY),
        inputs: { ...inputs, 'min-coverage': '90' },
        payload: bare,
        env,
      });
      expect({ status, code: run.code }).toEqual({ status, code: 1 });
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(/^Coverage gate failed: min-coverage/);
      const about = run.warnings.filter((w) => w.message.includes('badge'));
      expect(about.map((w) => w.message)).toEqual([
        expect.stringMatching(
          /^The badge was not published on "coverage-badge": the default branch could not be read \(.+\)$/,
        ),
      ]);
      expect(run.outputs['history-file']).toBeTruthy();
      expect(published()).toBeUndefined();
    }
  }, 120_000);

  test('without default_branch in the payload the API is asked; unknown, protected or the pushed branch: nothing published', async () => {
    await start();
    const bare = (p: Record<string, unknown>) => {
      const repo = p.repository as Record<string, unknown>;
      delete repo.default_branch;
      delete repo.master_branch;
    };
    // The repository's default branch is trunk: a push to main is not on it.
    gh.state.defaultBranch = 'trunk';
    const main = await recordRun({
      index: 1,
      report: 'py7-branch/head',
      at: iso(TODAY),
      inputs,
      payload: bare,
    });
    expect(main.code).toBe(0);
    expect(gh.requests.filter((r) => r.path === '/repos/octo-org/octo-repo')).toHaveLength(1);
    expect(said(main)).toMatch(/not the default branch \(trunk\)/);
    expect(published()).toBeUndefined();
    // A payload naming main would have let it through.
    const onTrunk = await recordRun({
      index: 2,
      report: 'py7-branch/head',
      at: iso(TODAY),
      ref: 'refs/heads/trunk',
      inputs,
      payload: bare,
    });
    expect(onTrunk.code).toBe(0);
    expect(published()).toBeDefined();
    const first = published();

    // The default branch cannot be read: nothing is published, with a warning.
    gh.fault({ method: 'GET', path: /^\/repos\/octo-org\/octo-repo$/, status: 404 });
    const unknown = await recordRun({
      index: 3,
      report: 'py7-branch/head',
      at: iso(TODAY),
      ref: 'refs/heads/trunk',
      inputs,
      payload: bare,
    });
    expect(unknown.code).toBe(0);
    expect(unknown.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(
        /^The badge was not published on "coverage-badge": the default branch could not be read/,
      ),
    );
    expect(published()).toBe(first);

    // A protected badge branch is never replaced.
    gh.state.protectedBranches = ['coverage-badge'];
    const guarded = await recordRun({
      index: 4,
      report: 'py7-branch/head',
      at: iso(TODAY),
      ref: 'refs/heads/trunk',
      inputs,
      payload: bare,
    });
    expect(guarded.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(
        /^The badge was not published on "coverage-badge": it is a protected branch/,
      ),
    );
    expect(published()).toBe(first);

    // Nor the branch being pushed.
    const self = await recordRun({
      index: 5,
      report: 'py7-branch/head',
      at: iso(TODAY),
      ref: 'refs/heads/trunk',
      inputs: { 'badge-branch': 'trunk' },
      payload: bare,
    });
    expect(self.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/^The badge was not published on "trunk": /),
    );
    expect(
      gh.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith('/git/refs/heads/trunk')),
    ).toEqual([]);
  }, 120_000);
});
