// examples/workflows/coverage-sharded.yml's gate job on the action (in process):
// the fixture package's suite split in two shards, each measured by the real
// coverage.py, their reports laid out as actions/download-artifact lays out
// the shards' artifacts, and the gate step run with the example's own inputs.
// The merged figures must be `coverage combine`'s on the same data.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import picomatch from 'picomatch';
import { checkRun, inProcess, prComments, pushRun, resultOf, startGitHub } from '../support/e2e.js';
import { CLI_BUNDLE, ROOT } from '../support/run-action.js';
import { tempDir } from '../support/temp.js';

inProcess();

interface Step {
  uses?: string;
  with?: Record<string, string | number | boolean>;
}
interface Workflow {
  jobs: {
    test: { strategy: { matrix: { shard: number[] } }; steps: Step[] };
    coverage: { needs: string; steps: Step[] };
  };
}

const example = load(
  readFileSync(join(ROOT, 'examples', 'workflows', 'coverage-sharded.yml'), 'utf8'),
) as Workflow;

function step(steps: Step[], uses: string): Step & { with: Record<string, string> } {
  const found = steps.find((s) => s.uses?.startsWith(uses));
  if (!found) throw new Error(`coverage-sharded.yml has no ${uses} step`);
  return {
    ...found,
    with: Object.fromEntries(Object.entries(found.with ?? {}).map(([k, v]) => [k, String(v)])),
  };
}

/** A step input the example must set. */
function input(s: { with: Record<string, string> }, name: string): string {
  const value = s.with[name];
  if (value === undefined) throw new Error(`coverage-sharded.yml: a step lacks ${name}`);
  return value;
}

const upload = step(example.jobs.test.steps, 'actions/upload-artifact@');
const download = step(example.jobs.coverage.steps, 'actions/download-artifact@');
const gate = step(example.jobs.coverage.steps, 'coverage-gate/coverage-gate@');

const uploadName = input(upload, 'name');
const uploadPath = input(upload, 'path');
const downloadPath = input(download, 'path');

/** The artifact a shard uploads, named by the upload step's template. */
const artifactName = (shard: number) =>
  uploadName.replace(/\$\{\{\s*matrix\.shard\s*\}\}/, String(shard));

// The same halves scripts/make-fixtures.sh measures.
const HALVES = [
  ['tests.test_cart', 'tests.test_formatting'],
  ['tests.test_money', 'tests.test_refunds', 'tests.test_tax'],
];

interface CoverageJson {
  totals: Record<string, number>;
  files: Record<string, { summary: Record<string, number> }>;
}

interface Measured {
  workspace: string;
  combined: CoverageJson;
  /** The TOTAL percent `coverage report --precision=2` prints for the combined data. */
  reportTotal: string;
  shardPercents: number[];
}

/**
 * A checkout of the fixture package with the shards' reports under the
 * download step's path, one folder per artifact; and `coverage combine` of
 * the same data files.
 */
function measureShards(branch: boolean): Measured {
  const workspace = tempDir('cg-sharded-');
  const data = tempDir('cg-sharded-data-');
  for (const entry of ['invoicing', 'tests'])
    cpSync(join(ROOT, 'fixtures', 'python', 'head', entry), join(workspace, entry), {
      recursive: true,
    });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: data,
    PYTHONDONTWRITEBYTECODE: '1',
  };
  const coverage = (...args: string[]) =>
    execFileSync('python3-coverage', args, {
      cwd: workspace,
      env,
      encoding: 'utf8',
      stdio: 'pipe',
    });

  const dataFiles = HALVES.map((modules, i) => {
    const dataFile = join(data, `.coverage.shard-${i + 1}`);
    const flags = branch ? ['--branch'] : [];
    coverage(
      'run',
      ...flags,
      '--source=invoicing',
      `--data-file=${dataFile}`,
      '-m',
      'unittest',
      '-q',
      ...modules,
    );
    const folder = join(workspace, downloadPath, artifactName(i + 1));
    mkdirSync(folder, { recursive: true });
    coverage('json', `--data-file=${dataFile}`, '-o', join(folder, uploadPath));
    return dataFile;
  });
  const combinedData = join(data, '.coverage.combined');
  coverage('combine', '--keep', `--data-file=${combinedData}`, ...dataFiles);
  coverage('json', `--data-file=${combinedData}`, '-o', join(data, 'combined.json'));
  const report = coverage('report', `--data-file=${combinedData}`, '--precision=2');
  const reportTotal = /^TOTAL\s.*?(\d+\.\d+)%$/m.exec(report)?.[1];
  if (!reportTotal) throw new Error(`no TOTAL in coverage report:\n${report}`);
  const shardPercents = HALVES.map((_, i) => {
    const file = join(workspace, downloadPath, artifactName(i + 1), uploadPath);
    return (JSON.parse(readFileSync(file, 'utf8')) as CoverageJson).totals.percent_covered ?? NaN;
  });
  return {
    workspace,
    combined: JSON.parse(readFileSync(join(data, 'combined.json'), 'utf8')),
    reportTotal,
    shardPercents,
  };
}

interface ResultFile {
  path: string;
  statements: number;
  covered: number;
  branches: number;
  coveredBranches: number;
}

/** coverage.py's per-file counts, in the result's terms. */
const countsOf = (summary: Record<string, number>) => ({
  statements: summary.num_statements,
  covered: summary.covered_lines,
  branches: summary.num_branches ?? null,
  coveredBranches: summary.covered_branches ?? null,
});

test('the workflow downloads every shard into its own folder and the gate globs them all', () => {
  expect(example.jobs.coverage.needs).toBe('test');
  expect(download.with['merge-multiple']).toBeUndefined();
  const shards = example.jobs.test.strategy.matrix.shard;
  expect(shards.length).toBeGreaterThan(1);
  const names = shards.map(artifactName);
  expect(new Set(names).size).toBe(shards.length);
  expect(names.every((name) => picomatch(input(download, 'pattern'))(name))).toBe(true);
  const reports = names.map((name) => `${downloadPath}/${name}/${uploadPath}`);
  expect(reports.every((path) => picomatch(input(gate, 'coverage-file'))(path))).toBe(true);
});

test.each([
  { kind: 'branch', branch: true },
  { kind: 'line-only', branch: false },
])(
  '$kind shards: the gate step merges them to coverage combine’s figures',
  async ({ branch }) => {
    const measured = measureShards(branch);
    // Both shards' reports are there, under the same file name, neither overwritten.
    expect(readdirSync(join(measured.workspace, downloadPath)).sort()).toEqual(
      [1, 2].map(artifactName),
    );
    const gh = await startGitHub();
    const run = await checkRun(gh, { workspace: measured.workspace, inputs: gate.with });
    expect(run.stderr).toBe('');
    expect(run.outputs.coverage).toBe(measured.reportTotal);

    const result = resultOf(run);
    const totals = measured.combined.totals;
    expect(result.totals).toMatchObject({
      statements: totals.num_statements,
      covered: totals.covered_lines,
      branches: totals.num_branches ?? null,
      coveredBranches: totals.covered_branches ?? null,
    });
    expect(result.totals.percent).toBeCloseTo(totals.percent_covered ?? NaN, 10);
    const perFile = Object.fromEntries(
      (result.files as ResultFile[]).map((f) => [
        f.path,
        {
          statements: f.statements,
          covered: f.covered,
          branches: f.branches,
          coveredBranches: f.coveredBranches,
        },
      ]),
    );
    expect(perFile).toEqual(
      Object.fromEntries(
        Object.entries(measured.combined.files).map(([path, f]) => [path, countsOf(f.summary)]),
      ),
    );
    if (branch) expect(result.totals.branches).toBeGreaterThan(0);
    // The merge matters: each shard alone covers less than the two together.
    for (const percent of measured.shardPercents)
      expect(percent).toBeLessThan(totals.percent_covered ?? 0);

    expect(prComments(gh)[0]?.body).toContain(`${measured.reportTotal}%`);
  },
  120_000,
);

test('on a push the merged report is the baseline, and it reads back to the same total', async () => {
  const measured = measureShards(true);
  const gh = await startGitHub();
  const run = await pushRun(gh, { workspace: measured.workspace, inputs: gate.with });
  expect(run.stdout).toMatch(/Mode: record/);
  expect(run.outputs.coverage).toBe(measured.reportTotal);
  const baseline = run.outputs['baseline-file'] as string;
  const readBack = JSON.parse(
    execFileSync('node', [CLI_BUNDLE, '--coverage', baseline, '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );
  expect(readBack.totals).toMatchObject({
    statements: measured.combined.totals.num_statements,
    covered: measured.combined.totals.covered_lines,
    coveredBranches: measured.combined.totals.covered_branches,
  });
}, 120_000);
