// Components over a real monorepo whose run merges two producers: two Python
// packages measured by the real coverage.py in one run, and a JS package
// measured by Jest (its Istanbul coverage-final.json given beside
// coverage.json). The base comes from record mode on the base commit (the
// mixed merge kept as one baseline); the pull request changes pkg_a and
// web/src/pricing.js. Expected figures come from `coverage report
// --include=...` run here and from Istanbul's own printed summary.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ComponentRow } from '../../src/analysis/components.js';
import { displayPercent } from '../../src/report/rounding.js';
import { prComments, resultOf } from '../support/e2e.js';
import { pullRequestEvent, pushEvent } from '../support/fake-github/events.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { runInProcess } from '../support/in-process.js';
import {
  addedLines,
  buildMonorepo,
  COMPONENTS,
  COVERAGE_FILES,
  istanbulFileLines,
  istanbulLines,
  lcovLines,
  type Monorepo,
} from '../support/monorepo.js';
import { FIXTURES, PR_NUMBER, startScenario } from '../support/scenario.js';

let gh: FakeGitHub;
afterEach(async () => {
  await gh?.close();
});

const INPUTS = { 'coverage-file': COVERAGE_FILES, components: COMPONENTS };

async function record(m: Monorepo) {
  m.reportsOf('base');
  const run = await runInProcess({
    apiUrl: gh.url,
    token: gh.state.token,
    eventName: 'push',
    payload: pushEvent({ ref: 'refs/heads/main', after: m.base }),
    workspace: m.repo.dir,
    sha: m.base,
    inputs: INPUTS,
  });
  expect(run.code).toBe(0);
  // The baseline as the next pull request's workflow downloads it.
  mkdirSync(join(m.repo.dir, 'baseline'), { recursive: true });
  copyFileSync(
    run.outputs['baseline-file'] as string,
    join(m.repo.dir, 'baseline', 'coverage.json'),
  );
  return run;
}

function check(m: Monorepo, side: 'base' | 'head', extra: Record<string, string> = {}) {
  m.reportsOf(side);
  return runInProcess({
    apiUrl: gh.url,
    token: gh.state.token,
    eventName: 'pull_request',
    payload: pullRequestEvent({
      number: PR_NUMBER,
      head: { sha: m.head, ref: 'feature' },
      base: { sha: m.base, ref: 'main' },
    }),
    workspace: m.repo.dir,
    sha: m.head,
    ref: `refs/pull/${PR_NUMBER}/merge`,
    inputs: { ...INPUTS, 'base-coverage-file': 'baseline/coverage.json', ...extra },
  });
}

const rowsOf = (result: { components: ComponentRow[] }) =>
  new Map(result.components.map((row) => [row.name, row]));

/** Changed lines of `prefix` that `lines` counts, and of those the ones in `ran`. */
function patchCount(
  diff: string,
  prefix: string,
  linesOf: (path: string) => { lines: readonly number[]; ran: readonly number[] },
) {
  let lines = 0;
  let covered = 0;
  for (const [path, changed] of addedLines(diff)) {
    if (!path.startsWith(prefix)) continue;
    const file = linesOf(path);
    for (const line of changed) {
      if (file.lines.includes(line)) lines++;
      if (file.ran.includes(line)) covered++;
    }
  }
  return { lines, covered };
}

test('a PR changing a Python component and the JS component: both rows with their delta and patch, each equal to its producer', async () => {
  const m = buildMonorepo();
  gh = await startScenario();
  const recorded = await record(m);
  const run = await check(m, 'head');
  expect(run.code).toBe(0);
  const result = resultOf(run);
  const rows = rowsOf(result);
  expect([...rows.keys()]).toEqual(['alpha', 'beta', 'web']);
  const outputs = JSON.parse(run.outputs.components as string) as Record<
    string,
    { coverage: number; delta: number | null; patch: number | null }
  >;

  // The Python components equal `coverage report --include=...` on each side.
  for (const name of ['alpha', 'beta']) {
    const row = rows.get(name) as ComponentRow;
    const [head, base] = [m.python.head[name], m.python.base[name]];
    if (!head || !base) throw new Error(`no coverage report for ${name}`);
    expect([name, row.statements, row.statements - row.covered, row.branches]).toEqual([
      name,
      head.statements,
      head.missing,
      head.branches,
    ]);
    expect(displayPercent(row.percent, 2)).toBe(head.cover);
    expect(row.percent).toBe(head.percent);
    expect(row.basePercent).toBe(base.percent);
    expect(row.delta).toBe(head.percent - base.percent);
    expect(row.rounding).toBeUndefined();
  }
  expect(rows.get('alpha')?.delta).toBeGreaterThan(0);
  expect(rows.get('beta')?.delta).toBe(0);

  // The JS component reads as Istanbul's own "Lines" row, truncated as Istanbul prints it.
  const web = rows.get('web') as ComponentRow;
  const [jsHead, jsBase] = [istanbulLines('head'), istanbulLines('base')];
  expect([web.statements, web.covered, web.branches]).toEqual([jsHead.total, jsHead.covered, null]);
  expect(web.rounding).toBe('truncate');
  expect(outputs.web?.coverage).toBe(Number(jsHead.percent));
  expect(displayPercent(web.percent, 2, 'truncate')).toBe(jsHead.percent);
  // 21 of 39 lines is 53.846…%: Istanbul prints 53.84, half-even would print 53.85.
  expect(displayPercent(web.percent, 2, 'half-even')).not.toBe(jsHead.percent);
  expect(web.delta).toBe(
    (100 * jsHead.covered) / jsHead.total - (100 * jsBase.covered) / jsBase.total,
  );

  // Patch: the changed lines each producer counts, and of those the ones that ran.
  const headJson = JSON.parse(m.headCoverageJson) as {
    files: Record<string, { executed_lines: number[]; missing_lines: number[] }>;
  };
  const alphaPatch = patchCount(m.diff, 'pkg_a/', (path) => {
    const file = headJson.files[path];
    return {
      lines: [...(file?.executed_lines ?? []), ...(file?.missing_lines ?? [])],
      ran: file?.executed_lines ?? [],
    };
  });
  expect(alphaPatch.lines).toBeGreaterThan(0);
  expect(rows.get('alpha')?.patch).toEqual({
    percent: (100 * alphaPatch.covered) / alphaPatch.lines,
    ...alphaPatch,
  });
  const webPatch = patchCount(m.diff, 'web/', (path) => lcovLines(path.slice('web/'.length)));
  expect(webPatch).toEqual({ lines: 2, covered: 1 });
  expect(web.patch).toEqual({ percent: 50, ...webPatch });
  expect(rows.get('beta')?.patch).toEqual({ percent: null, lines: 0, covered: 0 });

  // The comment: both changed rows with their figures, the merge said in a note.
  const body = prComments(gh)[0]?.body ?? '';
  const table = body.slice(body.indexOf('**Components**'));
  expect(table).toContain(
    `| web | ${jsHead.percent}% | +${(web.delta as number).toFixed(2)} pp | 50.00% (1/2) |`,
  );
  const alpha = rows.get('alpha') as ComponentRow;
  expect(table).toContain(
    `| alpha | ${m.python.head.alpha?.cover}% | +${(alpha.delta as number).toFixed(2)} pp | ${displayPercent(alpha.patch?.percent as number, 2)}% (${alphaPatch.covered}/${alphaPatch.lines}) |`,
  );
  // Notes are markdown-escaped in the comment.
  expect(body.replace(/\\(.)/g, '$1')).toContain(
    '> Merged coverage.py (4 files) and istanbul (3 files); the istanbul files count lines.',
  );
  expect(run.stdout).toContain('Merged coverage.py (4 files) and istanbul (3 files)');
  // The Istanbul keys name the machine the fixtures were made on: web/ takes that root's place.
  expect(run.stdout).toContain(
    'web/coverage/coverage-final.json: 3 absolute keys from another machine: "/tmp/coverage-gate-js-fixtures/repo/" dropped, "web/" put in front (learnt from 3 files of the checkout)',
  );

  expect(run.summary).toContain(`| web | ${jsHead.percent}% |`);

  // A JS file's own row reads as Istanbul's table prints it (7 of 11 lines: 63.63, not 63.64),
  // the totals count statements and lines, and the footer names each producer's figures.
  const pricing = istanbulFileLines('pricing.js');
  expect(body).toContain(`| \`web/src/pricing.js\` | ${pricing}% | +`);
  const file = result.files.find((f: { path: string }) => f.path === 'web/src/pricing.js');
  expect(file?.rounding).toBe('truncate');
  expect(body).toMatch(/\| \d+ \/ \d+ statements and lines/);
  expect(body).toContain(
    "Figures as each producer computes them: coverage.py's as `coverage report` computes them; Istanbul's (lines) as its text summary prints them.",
  );

  // The recorded base read back: the same component figures the record run had.
  const recordedRows = rowsOf(resultOf(recorded));
  for (const [name, row] of rows) {
    expect([name, row.basePercent]).toEqual([name, recordedRows.get(name)?.percent]);
  }
});

test('a mixed head recorded and read back as the base gives the same component figures and a zero delta', async () => {
  const m = buildMonorepo();
  gh = await startScenario();
  const recorded = rowsOf(resultOf(await record(m)));
  const run = await check(m, 'base');
  expect(run.code).toBe(0);
  const rows = rowsOf(resultOf(run));
  expect(rows.get('web')?.rounding).toBe('truncate');
  for (const [name, row] of rows) {
    const before = recorded.get(name) as ComponentRow;
    expect([
      name,
      row.statements,
      row.covered,
      row.branches,
      row.coveredBranches,
      row.percent,
    ]).toEqual([
      name,
      before.statements,
      before.covered,
      before.branches,
      before.coveredBranches,
      before.percent,
    ]);
    expect([name, row.delta, row.basePercent]).toEqual([name, 0, before.percent]);
  }
  expect(recorded.get('web')?.statements).toBe(istanbulLines('base').total);
});

test('a file in reports of two formats fails the step in one line naming both reports and the file, nothing posted', async () => {
  const m = buildMonorepo();
  gh = await startScenario();
  m.reportsOf('head');
  // Jest's lcov.info of the same run beside its coverage-final.json.
  copyFileSync(
    join(FIXTURES, 'lcov', 'head', 'lcov.info'),
    join(m.repo.dir, 'web', 'coverage', 'lcov.info'),
  );
  const run = await runInProcess({
    apiUrl: gh.url,
    token: gh.state.token,
    eventName: 'pull_request',
    payload: pullRequestEvent({
      number: PR_NUMBER,
      head: { sha: m.head, ref: 'feature' },
      base: { sha: m.base, ref: 'main' },
    }),
    workspace: m.repo.dir,
    sha: m.head,
    ref: `refs/pull/${PR_NUMBER}/merge`,
    inputs: { ...INPUTS, 'coverage-file': `${COVERAGE_FILES}\nweb/coverage/lcov.info` },
  });
  expect(run.code).toBe(1);
  expect(run.errors).toEqual([
    expect.stringMatching(
      /^web\/coverage\/lcov\.info: "web\/src\/[a-z/]+\.js" is in this lcov report and in web\/coverage\/coverage-final\.json \(istanbul\); the two producers count different lines, so one file cannot be merged across formats$/,
    ),
  ]);
  expect(prComments(gh)).toEqual([]);
});

test("the JS component's gate and its check run read Istanbul's figure: 53.84% is below 53.85%", async () => {
  const m = buildMonorepo();
  gh = await startScenario();
  // Check runs are written on the monorepo's own commits.
  gh.state.commits.push({ sha: m.base, parents: [] }, { sha: m.head, parents: [m.base] });
  await record(m);
  // pricing.js: 7 of 11 lines, 63.63% as Istanbul prints it (63.64 half-even): below 63.64.
  const pricing = istanbulFileLines('pricing.js');
  const run = await check(m, 'head', {
    'component-gates': 'web: min-coverage=53.85',
    'file-thresholds': 'web/src/pricing.js: 63.64',
    checks: 'gates',
  });
  expect(run.code).toBe(1);
  expect(JSON.parse(run.outputs['failed-gates'] as string)).toEqual([
    'file-thresholds',
    'component:web:min-coverage',
  ]);
  const thresholds = resultOf(run).gates.find(
    (g: { name: string }) => g.name === 'file-thresholds',
  );
  expect(thresholds?.message).toContain(`web/src/pricing.js (${pricing}% < 63.64%)`);
  const web = gh.state.checkRuns.find((r) => r.name === 'Coverage Gate / web / total');
  expect([web?.conclusion, web?.title]).toEqual(['failure', '53.84% (required ≥ 53.85%)']);
  const body = prComments(gh)[0]?.body ?? '';
  expect(body).toContain('| web · Total coverage | ❌ | 53.84% | ≥ 53.85% |');
});
