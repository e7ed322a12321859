// The push over time on the action (in process): record mode keeps the history in
// the baseline artifact, the test uploads each run's files as
// upload-artifact would, and pull requests see the history with their step.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  checkRun,
  inProcess,
  plantPushRun,
  pushRun,
  resultOf,
  startGitHubWith,
} from '../support/e2e.js';
import { workflowRunEvent } from '../support/fake-github/events.js';
import type { FakeGitHub, FakeRun } from '../support/fake-github/index.js';
import { makeZip } from '../support/fake-github/zip.js';
import { runInProcess } from '../support/in-process.js';
import type { ActionRun } from '../support/run-action.js';
import { fixture, reportTotal, sha, WORKFLOW, workspace } from '../support/scenario.js';

inProcess();

let gh: FakeGitHub;

const DAY = 86_400_000;
/** Forty days ago, 10:00 UTC: the pushes are recent, so the ETA they give is ahead. */
const START = Math.floor(Date.now() / DAY) * DAY - 40 * DAY + 10 * 3_600_000;
const dayOf = (days: number) => new Date(START + days * DAY).toISOString().slice(0, 10);
/** Four reports whose totals rise: the push's first four weeks. */
const REPORTS = [
  'py6-branch/head',
  'py7-branch/head',
  'py6-branch/base',
  'py7-branch/base',
] as const;
const COMMITS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'].map(sha);
const PR_HEAD = sha('pr-head');

function totalsOf(report: string) {
  const t = JSON.parse(fixture(`${report}/coverage.json`).toString('utf8')).totals;
  return {
    statements: t.num_statements as number,
    covered: t.covered_lines as number,
    branches: t.num_branches as number,
    coveredBranches: t.covered_branches as number,
    percent: t.percent_covered as number,
  };
}

async function start(options: { readOnly?: boolean } = {}) {
  gh = await startGitHubWith({
    commits: [
      ...COMMITS.map((c, i) => ({ sha: c, parents: i ? [COMMITS[i - 1] as string] : [] })),
      { sha: PR_HEAD, parents: [COMMITS[3] as string] },
    ],
    workflows: [WORKFLOW],
    pulls: [
      {
        number: 31,
        state: 'open',
        head: { sha: PR_HEAD, ref: 'feature', repoFullName: 'octo-org/octo-repo' },
        base: { sha: COMMITS[3] as string, ref: 'main', repoFullName: 'octo-org/octo-repo' },
        diff: fixture('pr.diff').toString('utf8'),
      },
    ],
    readOnlyToken: options.readOnly ?? false,
  });
}

interface Push {
  index: number;
  report: string;
  runId: number;
  commit: string;
  day: number;
  message?: string;
  inputs?: Record<string, string>;
  files?: Record<string, string>;
}

async function recordRun(p: Push): Promise<ActionRun> {
  const dir = workspace(fixture(`${p.report}/coverage.json`));
  for (const [name, text] of Object.entries(p.files ?? {})) writeFileSync(join(dir, name), text);
  return pushRun(gh, {
    workspace: dir,
    commit: p.commit,
    headCommit: {
      timestamp: new Date(START + p.day * DAY).toISOString().replace('.000Z', 'Z'),
      message: p.message ?? `Step ${p.index} (#${100 + p.index})\n\nDetails`,
    },
    runId: p.runId,
    inputs: p.inputs ?? {},
  });
}

/** What `actions/upload-artifact` does with the README's one upload step. */
function upload(
  run: ActionRun,
  p: Pick<Push, 'runId' | 'commit' | 'day' | 'index'>,
  extra: Partial<FakeRun> = {},
) {
  const entries: Record<string, Uint8Array> = {
    'coverage.json': readFileSync(run.outputs['baseline-file'] as string),
    'coverage-history.json': readFileSync(run.outputs['history-file'] as string),
  };
  plantPushRun(
    gh,
    {
      id: p.runId,
      headSha: p.commit,
      createdAt: new Date(START + p.day * DAY + 60_000).toISOString(),
      runNumber: p.index,
      ...extra,
    },
    entries,
  );
}

const history = (run: ActionRun) =>
  JSON.parse(readFileSync(run.outputs['history-file'] as string, 'utf8')) as {
    schema: string;
    entries: Record<string, unknown>[];
  };

async function pushes(count: number, inputs: Record<string, string> = {}): Promise<ActionRun[]> {
  const runs: ActionRun[] = [];
  for (let i = 0; i < count; i++) {
    const p = {
      index: i + 1,
      report: REPORTS[i] as string,
      runId: 700 + i,
      commit: COMMITS[i] as string,
      day: 7 * i,
      inputs,
    };
    const run = await recordRun(p);
    expect(run.code).toBe(0);
    upload(run, p);
    runs.push(run);
  }
  return runs;
}

async function pullRequestRun(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return checkRun(gh, {
    number: 31,
    head: PR_HEAD,
    base: COMMITS[3] as string,
    workspace: workspace(fixture('py7-line/head/coverage.json')),
    runId: 800,
    inputs: { 'target-coverage': '80', ...inputs },
  });
}

const mermaidValues = (text: string, n = 0) =>
  [...text.matchAll(/^ {2}line \[(.*)\]$/gm)].map((m) => (m[1] as string).split(', '))[n] ?? [];

test('four weekly pushes build the history; a PR then sees a five-point chart, the pace and an ETA', async () => {
  await start();
  const runs = await pushes(4);
  const fourth = history(runs[3] as ActionRun);
  expect(fourth.schema).toBe('coverage-gate-history/1');
  expect(fourth.entries.map((e) => e.commit)).toEqual(COMMITS.slice(0, 4));
  fourth.entries.forEach((entry, i) => {
    const t = totalsOf(REPORTS[i] as string);
    expect(entry).toEqual({
      commit: COMMITS[i],
      time: new Date(START + 7 * i * DAY).toISOString(),
      run: 700 + i,
      pullRequest: 101 + i,
      statements: t.statements,
      covered: t.covered,
      branches: t.branches,
      coveredBranches: t.coveredBranches,
      percent: expect.closeTo(t.percent, 10),
    });
  });
  // Record mode's own outputs: the course is already there after four weeks.
  expect(runs[3]?.outputs.pace).toMatch(/^\d+\.\d\d$/);
  expect(runs[3]?.outputs['badge-file']).toMatch(/badge\.svg$/);
  expect(runs[3]?.summary).toContain('Coverage push');

  const pr = await pullRequestRun();
  expect(pr.code).toBe(0);
  const body = gh.state.comments[0]?.body as string;
  expect(body).toContain('#### 📈 Coverage push');
  const values = mermaidValues(body);
  expect(values).toHaveLength(5);
  expect(values.slice(0, 4)).toEqual(
    REPORTS.map((r) => reportTotal(r.split('/')[0] as string, r.split('/')[1] as 'base' | 'head')),
  );
  expect(values[4]).toBe(reportTotal('py7-line', 'head'));
  expect(body).toMatch(/x-axis \[.*"PR"\]/);
  expect(mermaidValues(body, 1)).toEqual(new Array(5).fill('80'));
  // Pace and ETA: the base branch's, shown and given as outputs.
  const pace = pr.outputs.pace as string;
  expect(pace).toMatch(/^\d+\.\d\d$/);
  expect(body).toContain(`pace +${pace} pp/week over 12 weeks`);
  expect(pr.outputs.eta).toMatch(/^\d{4}-\d\d-\d\d$/);
  expect(body).toContain(`80% around ${pr.outputs.eta}`);
  const step = (
    Number(reportTotal('py7-line', 'head')) - totalsOf('py7-branch/base').percent
  ).toFixed(2);
  expect(body).toMatch(
    new RegExp(`This PR: \\+${step.replace('.', '\\.')} pp, about \\d+ days of the current pace`),
  );
  // The text line and the chart agree on every number.
  const line = /^`(.*)`$/m.exec(body)?.[1] as string;
  expect(line).toContain(`${values[0]}% (${dayOf(0)})`);
  expect(line).toContain(`→ ${values[3]}% (${dayOf(21)}) → ${values[4]}% (this PR)`);
  expect(line).toContain(`pace +${pace} pp/week`);
  expect(line).toContain(`80% around ${pr.outputs.eta}`);
  // A pull request run never writes a history.
  expect(pr.outputs['history-file'] ?? '').toBe('');
  expect(body.length).toBeLessThanOrEqual(65_536);
}, 180_000);

test('with two pushes: not enough history yet, and pace and eta are empty', async () => {
  await start();
  await pushes(2);
  const pr = await pullRequestRun();
  expect(pr.code).toBe(0);
  const body = gh.state.comments[0]?.body as string;
  expect(body).toContain('not enough history yet');
  expect(pr.outputs.pace).toBe('');
  expect(pr.outputs.eta).toBe('');
  expect(body).not.toMatch(/around \d{4}-/);
}, 120_000);

test("components: each entry keeps its components' figures; entries without them (older, or a run without components) still read", async () => {
  await start();
  const components =
    'money: invoicing/money.py invoicing/tax.py\nrest: invoicing/** !invoicing/money.py !invoicing/tax.py\nghost: billing/**';
  const p1 = {
    index: 1,
    report: REPORTS[0] as string,
    runId: 700,
    commit: COMMITS[0] as string,
    day: 0,
  };
  const plain = await recordRun(p1);
  expect(plain.code).toBe(0);
  upload(plain, p1);
  const p2 = {
    index: 2,
    report: REPORTS[1] as string,
    runId: 701,
    commit: COMMITS[1] as string,
    day: 7,
    inputs: { components },
  };
  const run = await recordRun(p2);
  expect(run.code).toBe(0);
  const entries = history(run).entries;
  expect(entries).toHaveLength(2);
  expect(entries[0]?.components).toBeUndefined();
  const points = entries[1]?.components as Record<
    string,
    { statements: number; covered: number; percent: number }
  >;
  // The component matching nothing has no point; the two that split the package add up to the total.
  expect(Object.keys(points)).toEqual(['money', 'rest']);
  const { money, rest } = points as Record<
    'money' | 'rest',
    { statements: number; covered: number; percent: number }
  >;
  expect(money.statements + rest.statements).toBe(entries[1]?.statements);
  expect(money.covered + rest.covered).toBe(entries[1]?.covered);
  const rows = (resultOf(run).components as { name: string; percent: number }[]).filter(
    (r) => r.name === 'money',
  );
  expect(money.percent).toBe(rows[0]?.percent);
  // badge-NAME.svg / .json beside badge.svg, labelled with the name, for the components with files.
  const dir = dirname(run.outputs['badge-file'] as string);
  const moneyBadge = JSON.parse(readFileSync(join(dir, 'badge-money.json'), 'utf8'));
  expect(moneyBadge).toMatchObject({ schemaVersion: 1, label: 'money' });
  expect(moneyBadge.message).toBe(`${money.percent.toFixed(1)}%`);
  expect(readFileSync(join(dir, 'badge-rest.svg'), 'utf8')).toContain('<svg');
  expect(existsSync(join(dir, 'badge-ghost.svg'))).toBe(false);
  // A later run without components reads the history with them.
  upload(run, p2);
  const p3 = {
    index: 3,
    report: REPORTS[2] as string,
    runId: 702,
    commit: COMMITS[2] as string,
    day: 14,
  };
  const later = await recordRun(p3);
  expect(later.code).toBe(0);
  expect(history(later).entries.map((e) => e.components === undefined)).toEqual([
    true,
    false,
    true,
  ]);
}, 120_000);

test("components: the push block shows each component's now, target, pace and ETA from its own history", async () => {
  await start();
  const components =
    'money: invoicing/money.py invoicing/tax.py\nrest: invoicing/** !invoicing/money.py !invoicing/tax.py';
  const runs = await pushes(4, { components });
  const newest = history(runs[3] as ActionRun).entries[3]?.components as Record<
    string,
    { percent: number }
  >;
  const pr = await pullRequestRun({ components, 'component-gates': 'money: target-coverage=99' });
  expect(pr.code).toBe(0);
  const body = gh.state.comments[0]?.body as string;
  expect(body).toContain('| Component | Now | Target | Pace | ETA |');
  const pushBlock = body.slice(body.indexOf('Coverage push'));
  const money = pushBlock.split('\n').find((line) => line.startsWith('| money | '));
  const moneyNow = newest.money as { percent: number };
  expect(money).toContain(`| money | ${moneyNow.percent.toFixed(2)}% | 99% | `);
  expect(money).toMatch(/pp\/week|not enough history/);
  const push = resultOf(pr).push as { components: { name: string; target: number | null }[] };
  expect(push.components.map((c) => [c.name, c.target])).toEqual([
    ['money', 99],
    ['rest', null],
  ]);
}, 180_000);

test('race: two pushes that read the same older history; a third run sees both commits', async () => {
  await start();
  await pushes(1);
  const a = {
    index: 2,
    report: REPORTS[1] as string,
    runId: 711,
    commit: COMMITS[1] as string,
    day: 7,
  };
  const b = {
    index: 3,
    report: REPORTS[2] as string,
    runId: 712,
    commit: COMMITS[2] as string,
    day: 7.01,
  };
  const runA = await recordRun(a);
  const runB = await recordRun(b); // A's artifact is not uploaded yet
  expect(history(runB).entries.map((e) => e.commit)).toEqual([COMMITS[0], COMMITS[2]]);
  upload(runA, a);
  upload(runB, b);
  const c = {
    index: 4,
    report: REPORTS[3] as string,
    runId: 713,
    commit: COMMITS[3] as string,
    day: 14,
  };
  const runC = await recordRun(c);
  expect(history(runC).entries.map((e) => e.commit)).toEqual(COMMITS.slice(0, 4));
}, 120_000);

test('untrusted runs never feed the history: a PR run, another branch, a failed run, a fork', async () => {
  await start();
  await pushes(1);
  const planted = (commit: string) =>
    JSON.stringify({
      schema: 'coverage-gate-history/1',
      entries: [
        { commit, time: '2026-01-06T00:00:00Z', run: 1, statements: 10, covered: 10, percent: 100 },
      ],
    });
  const untrusted: Partial<FakeRun>[] = [
    { event: 'pull_request', headBranch: 'main' },
    { headBranch: 'release' },
    { conclusion: 'failure' },
  ];
  untrusted.forEach((extra, i) => {
    const id = 720 + i;
    gh.state.runs.push({
      id,
      workflowId: WORKFLOW.id,
      headBranch: 'main',
      headSha: COMMITS[0] as string,
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      createdAt: new Date(START + DAY * (2 + i)).toISOString(),
      runNumber: 50 + i,
      ...extra,
    });
    gh.state.artifacts.push({
      id: 9500 + i,
      runId: id,
      name: 'coverage-baseline',
      expired: false,
      zip: makeZip({
        'coverage.json': fixture('py6-line/head/coverage.json'),
        'coverage-history.json': planted(sha(`planted-${i}`)),
      }),
    });
  });
  // A fork's pull request whose run says push on a branch called main.
  gh.state.pulls.push({
    number: 40,
    state: 'open',
    head: { sha: sha('fork-head'), ref: 'main', repoFullName: 'someone/octo-repo' },
    base: { sha: COMMITS[0] as string, ref: 'main', repoFullName: 'octo-org/octo-repo' },
    diff: '',
  });
  gh.state.runs.push({
    id: 730,
    workflowId: WORKFLOW.id,
    headBranch: 'main',
    headSha: sha('fork-head'),
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    createdAt: new Date(START + DAY * 6).toISOString(),
    runNumber: 60,
    pullRequests: [{ number: 40 }],
  });
  gh.state.artifacts.push({
    id: 9600,
    runId: 730,
    name: 'coverage-baseline',
    expired: false,
    zip: makeZip({
      'coverage.json': fixture('py6-line/head/coverage.json'),
      'coverage-history.json': planted(sha('planted-fork')),
    }),
  });

  const run = await recordRun({
    index: 2,
    report: REPORTS[1] as string,
    runId: 740,
    commit: COMMITS[1] as string,
    day: 7,
  });
  expect(run.code).toBe(0);
  expect(history(run).entries.map((e) => e.commit)).toEqual([COMMITS[0], COMMITS[1]]);
}, 120_000);

const HOSTILE: [string, () => string | Uint8Array][] = [
  ['a wrong schema', () => JSON.stringify({ schema: 'trending/9', entries: [] })],
  [
    '10^6 entries',
    () =>
      `{"schema":"coverage-gate-history/1","entries":[${new Array(1_000_000).fill('{"commit":"aaaaaaa","time":"2026-01-01","run":1,"statements":1,"covered":1,"percent":100}').join(',')}]}`,
  ],
  [
    'NaN',
    () =>
      '{"schema":"coverage-gate-history/1","entries":[{"commit":"aaaaaaa","time":"2026-01-01","run":1,"statements":1,"covered":1,"percent":NaN}]}',
  ],
  [
    'a string where a number goes',
    () =>
      '{"schema":"coverage-gate-history/1","entries":[{"commit":"aaaaaaa","time":"2026-01-01","run":1,"statements":"1","covered":1,"percent":100}]}',
  ],
  // A 200 MB file, whose point is the memory of the step: e2e/bundle.test.ts.
];

test.each(HOSTILE)(
  'a hostile history (%s) is skipped with a warning naming the artifact; the baseline stands',
  async (_what, make) => {
    await start();
    plantPushRun(
      gh,
      {
        id: 750,
        headSha: COMMITS[3] as string,
        createdAt: new Date(START).toISOString(),
        runNumber: 9,
      },
      {
        'coverage.json': fixture('py7-branch/base/coverage.json'),
        'coverage-history.json': make(),
      },
    );
    const pr = await pullRequestRun();
    expect(pr.code).toBe(0);
    expect(pr.stderr).toBe('');
    const warning = pr.warnings.find((w) => /history/.test(w.message));
    expect(warning?.message).toMatch(
      /^The history in artifact "coverage-baseline" of run #9 was skipped: /,
    );
    // The report in the same artifact is still the baseline.
    expect(pr.outputs['base-coverage']).toBe(reportTotal('py7-branch', 'base'));
    expect(gh.state.comments[0]?.body).not.toContain('Coverage push');
  },
  120_000,
);

test('history-import: a JSON array and a CSV are united; a bad import fails the step naming the file', async () => {
  await start();
  const json = JSON.stringify([
    { date: '2025-12-01', percent: 60.5 },
    { date: '2025-12-08', percent: 61.25 },
  ]);
  const run = await recordRun({
    index: 1,
    report: REPORTS[0] as string,
    runId: 760,
    commit: COMMITS[0] as string,
    day: 0,
    files: { 'trending.json': json, 'trend.csv': 'date,coverage\n2025-12-15,62\n' },
    inputs: { 'history-import': 'trending.json' },
  });
  expect(run.code).toBe(0);
  expect(history(run).entries.map((e) => e.percent)).toEqual([
    60.5,
    61.25,
    expect.closeTo(totalsOf(REPORTS[0] as string).percent, 10),
  ]);

  const csv = await recordRun({
    index: 1,
    report: REPORTS[0] as string,
    runId: 761,
    commit: COMMITS[0] as string,
    day: 0,
    files: { 'trend.csv': 'date,coverage\n2025-12-15,62\n2025-12-22,"63.5%"\n' },
    inputs: { 'history-import': 'trend.csv' },
  });
  expect(
    history(csv)
      .entries.map((e) => e.percent)
      .slice(0, 2),
  ).toEqual([62, 63.5]);

  const bad = await recordRun({
    index: 1,
    report: REPORTS[0] as string,
    runId: 762,
    commit: COMMITS[0] as string,
    day: 0,
    files: { 'trend.csv': 'date,coverage\n2025-12-15,lots\n' },
    inputs: { 'history-import': 'trend.csv' },
  });
  expect(bad.code).not.toBe(0);
  expect(bad.errors).toEqual(['trend.csv: point 1 needs a percent from 0 to 100']);
}, 120_000);

describe('badge', () => {
  test('byte-identical for the same input, coloured by the thresholds', async () => {
    await start();
    const p = {
      index: 1,
      report: REPORTS[0] as string,
      runId: 770,
      commit: COMMITS[0] as string,
      day: 0,
    };
    const one = await recordRun({
      ...p,
      inputs: { 'min-coverage': '50', 'target-coverage': '80' },
    });
    const two = await recordRun({
      ...p,
      inputs: { 'min-coverage': '50', 'target-coverage': '80' },
    });
    const svg = readFileSync(one.outputs['badge-file'] as string);
    expect(readFileSync(two.outputs['badge-file'] as string).equals(svg)).toBe(true);
    const text = svg.toString('utf8');
    const shown = `${Number(totalsOf(REPORTS[0] as string).percent.toFixed(1))}%`;
    expect(text).toContain(`<title>coverage: ${shown}</title>`);
    expect(text).not.toMatch(/<script|on\w+=|javascript:/i);
    // 72.3% between 50 and 80: the third of four grades.
    expect(text).toContain('fill="#95991a"'); // badge-maker's yellowgreen
    const json = JSON.parse(
      readFileSync(join(one.outputs['badge-file'] as string, '..', 'badge.json'), 'utf8'),
    );
    expect(json).toEqual({
      schemaVersion: 1,
      label: 'coverage',
      message: shown,
      color: 'yellowgreen',
    });

    const red = await recordRun({ ...p, inputs: { 'min-coverage': '73' } });
    expect(red.code).not.toBe(0);
    expect(readFileSync(red.outputs['badge-file'] as string, 'utf8')).toContain('fill="#dd4343"');
  }, 120_000);

  test('badge-branch: created on the first run, replaced by one commit on the second', async () => {
    await start();
    const inputs = { 'badge-branch': 'coverage-badge' };
    const first = await recordRun({
      index: 1,
      report: REPORTS[0] as string,
      runId: 780,
      commit: COMMITS[0] as string,
      day: 0,
      inputs,
    });
    expect(first.code).toBe(0);
    const ref1 = gh.state.refs['refs/heads/coverage-badge'] as string;
    expect(ref1).toBeDefined();
    const second = await recordRun({
      index: 2,
      report: REPORTS[1] as string,
      runId: 781,
      commit: COMMITS[1] as string,
      day: 7,
      inputs,
    });
    expect(second.code).toBe(0);
    const ref2 = gh.state.refs['refs/heads/coverage-badge'] as string;
    expect(ref2).not.toBe(ref1);
    const commit = gh.state.gitCommits.find((c) => c.sha === ref2);
    expect(commit?.parents).toEqual([]);
    const tree = gh.state.gitTrees.find((t) => t.sha === commit?.tree);
    expect(tree?.entries.map((e) => e.path)).toEqual([
      'badge.json',
      'badge.svg',
      'coverage-history.json',
    ]);
    expect(tree?.entries.find((e) => e.path === 'badge.svg')?.content).toBe(
      readFileSync(second.outputs['badge-file'] as string, 'utf8'),
    );
    expect(Object.keys(gh.state.refs)).toEqual(['refs/heads/coverage-badge']);
  }, 120_000);

  test("badge-branch: the components' badges are published in the same commit", async () => {
    await start();
    const run = await recordRun({
      index: 1,
      report: REPORTS[1] as string,
      runId: 790,
      commit: COMMITS[0] as string,
      day: 0,
      inputs: {
        'badge-branch': 'coverage-badge',
        components: 'Money Core: invoicing/money.py\nrest: invoicing/** !invoicing/money.py',
      },
    });
    expect(run.code).toBe(0);
    const ref = gh.state.refs['refs/heads/coverage-badge'] as string;
    const commit = gh.state.gitCommits.find((c) => c.sha === ref);
    const tree = gh.state.gitTrees.find((t) => t.sha === commit?.tree);
    expect(tree?.entries.map((e) => e.path)).toEqual([
      'badge-money-core.json',
      'badge-money-core.svg',
      'badge-rest.json',
      'badge-rest.svg',
      'badge.json',
      'badge.svg',
      'coverage-history.json',
    ]);
    const dir = dirname(run.outputs['badge-file'] as string);
    expect(tree?.entries.find((e) => e.path === 'badge-rest.svg')?.content).toBe(
      readFileSync(join(dir, 'badge-rest.svg'), 'utf8'),
    );
  }, 120_000);

  test('badge-branch: a 403 is a warning and the verdict stands; the default branch is refused', async () => {
    await start({ readOnly: true });
    const run = await recordRun({
      index: 1,
      report: REPORTS[0] as string,
      runId: 790,
      commit: COMMITS[0] as string,
      day: 0,
      inputs: { 'badge-branch': 'coverage-badge', 'min-coverage': '10' },
    });
    expect(run.code).toBe(0);
    expect(run.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/badge was not published on "coverage-badge".*contents: write/),
    );
    const main = await recordRun({
      index: 1,
      report: REPORTS[0] as string,
      runId: 791,
      commit: COMMITS[0] as string,
      day: 0,
      inputs: { 'badge-branch': 'main' },
    });
    expect(main.code).toBe(0);
    expect(main.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/is the default branch/),
    );
    expect(
      gh.requests.filter((r) => r.path.includes('/git/') && r.method !== 'GET' && r.status !== 403),
    ).toHaveLength(0);
  }, 120_000);
});

test('a fork PR: stage 1 saves the push view with the comment file; stage 2 draws the block', async () => {
  await start();
  await pushes(4);
  const pull = gh.state.pulls[0] as NonNullable<(typeof gh.state.pulls)[0]>;
  pull.head.repoFullName = 'someone/octo-repo';
  gh.state.readOnlyToken = true;
  const stage1 = await pullRequestRun();
  expect(gh.state.comments).toHaveLength(0);
  const file = readFileSync(stage1.outputs['comment-file'] as string);
  expect(JSON.parse(file.toString('utf8')).result.push.points).toHaveLength(4);
  gh.state.readOnlyToken = false;
  gh.state.runs.push({
    id: 880,
    workflowId: WORKFLOW.id,
    headBranch: 'feature',
    headSha: PR_HEAD,
    event: 'pull_request',
    status: 'completed',
    conclusion: 'success',
    createdAt: new Date(START + 30 * DAY).toISOString(),
    runNumber: 30,
  });
  gh.state.artifacts.push({
    id: 9880,
    runId: 880,
    name: 'coverage-gate-comment-default',
    expired: false,
    zip: makeZip({ 'coverage-gate-comment.json': file }),
  });
  const stage2 = await runInProcess({
    apiUrl: gh.url,
    token: gh.state.token,
    eventName: 'workflow_run',
    payload: workflowRunEvent({
      runId: 880,
      headSha: PR_HEAD,
      headBranch: 'feature',
      headRepoFullName: 'someone/octo-repo',
      conclusion: 'success',
      workflow: WORKFLOW,
    }),
    workspace: workspace(),
    sha: COMMITS[3] as string,
    workflowRef: 'octo-org/octo-repo/.github/workflows/coverage-comment.yml@refs/heads/main',
  });
  expect(stage2.errors).toEqual([]);
  const body = gh.state.comments[0]?.body as string;
  expect(body).toContain('#### 📈 Coverage push');
  expect(mermaidValues(body)).toHaveLength(5);
  expect(body).toContain(`80% around ${stage1.outputs.eta}`);
}, 180_000);

test("check mode: a baseline from a run history may not come from shows the nearest older trusted run's history", async () => {
  await start();
  await pushes(3);
  // main's newest run at the merge base was started by hand: its report is a baseline, its history is not trusted.
  gh.state.runs.push({
    id: 790,
    workflowId: WORKFLOW.id,
    headBranch: 'main',
    headSha: COMMITS[3] as string,
    event: 'workflow_dispatch',
    status: 'completed',
    conclusion: 'success',
    createdAt: new Date(START + 22 * DAY).toISOString(),
    runNumber: 4,
  });
  gh.state.artifacts.push({
    id: 9790,
    runId: 790,
    name: 'coverage-baseline',
    expired: false,
    zip: makeZip({
      'coverage.json': fixture('py7-branch/base/coverage.json'),
      'coverage-history.json': JSON.stringify({
        schema: 'coverage-gate-history/1',
        entries: [
          {
            commit: sha('planted'),
            time: '2026-01-20T00:00:00Z',
            run: 1,
            statements: 1,
            covered: 1,
            percent: 100,
          },
        ],
      }),
    }),
  });
  const pr = await pullRequestRun();
  expect(pr.code).toBe(0);
  // Only push runs are baseline sources (DESIGN, "Baseline discovery"): the hand-started run's
  // artifact is not even downloaded; the nearest push run's report is the baseline.
  expect(pr.outputs['base-coverage']).not.toBe('');
  expect(gh.requests.some((q) => q.path.endsWith('/actions/artifacts/9790/zip'))).toBe(false);
  const body = gh.state.comments[0]?.body as string;
  const values = mermaidValues(body);
  expect(values).toEqual([
    ...REPORTS.slice(0, 3).map((r) =>
      reportTotal(r.split('/')[0] as string, r.split('/')[1] as 'base' | 'head'),
    ),
    reportTotal('py7-line', 'head'),
  ]);
  expect(/^`(.*)`$/m.exec(body)?.[1]).not.toContain('100.00');
}, 120_000);
