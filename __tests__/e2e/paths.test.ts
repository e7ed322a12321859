// Report paths become repository paths on real repositories measured by the
// real coverage.py: a monorepo service's report never speaks for its sibling,
// a report made in a subdirectory is read with the subdirectory in front,
// and a baseline made under another root names each file as the head does.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDeltaParts } from '../support/e2e.js';
import { pullRequestEvent } from '../support/fake-github/events.js';
import { type FakeGitHub, makeZip, startFakeGitHub } from '../support/fake-github/index.js';
import { PYTHON, pythonRepo, reportKeys } from '../support/python-repo.js';
import { CLI_BUNDLE, runAction } from '../support/run-action.js';
import { buildState, PR_NUMBER, startScenario, WORKFLOW } from '../support/scenario.js';
import { tempDir } from '../support/temp.js';

interface ResultJson {
  passed: boolean;
  patch: { percent: number | null; lines: number; covered: number } | null;
  files: { path: string; changed: boolean; basePercent: number | null; patchLines: number }[];
  removedFiles: { path: string }[];
  gates: { name: string; passed: boolean; message: string }[];
}

let gh: FakeGitHub;
afterEach(async () => {
  await gh?.close();
});

const readResult = (path: string | undefined) => {
  const result = JSON.parse(readFileSync(path as string, 'utf8'));
  checkDeltaParts(result);
  return result as ResultJson;
};

const MODELS = `def price(amount, rate):
    total = amount * rate
    return round(total, 2)


def label(name):
    return name.title()
`;

const NEW_FUNCTION = `

def discount(amount, percent):
    cut = amount * percent / 100
    if cut > amount:
        cut = amount
    return amount - cut
`;

async function pullRequestRun(
  dir: string,
  base: string,
  head: string,
  inputs: Record<string, string>,
) {
  return runAction({
    apiUrl: gh.url,
    token: gh.state.token,
    eventName: 'pull_request',
    payload: pullRequestEvent({
      number: PR_NUMBER,
      head: { sha: head, ref: 'feature' },
      base: { sha: base, ref: 'main' },
    }),
    workspace: dir,
    sha: head,
    ref: `refs/pull/${PR_NUMBER}/merge`,
    inputs: { comment: 'off', ...inputs },
  });
}

test("a monorepo service's report never claims its sibling's file of the same name, nor a new __init__.py", async () => {
  gh = await startScenario();
  const repo = pythonRepo();
  repo.write({
    '.gitignore': '.coverage\n__pycache__/\n',
    'svc_a/app/__init__.py': '',
    'svc_a/app/models.py': MODELS,
    'svc_a/run_tests.py':
      'import json\nfrom app.models import price\n\njson.dumps({"p": price(10, 2)})\n',
    'svc_b/app/__init__.py': '',
    'svc_b/app/models.py': MODELS,
  });
  const base = repo.commit('two services');
  // A package outside the repository is measured too (stdlib json, as a site-packages one would be).
  const measureA = (out: string) =>
    repo.measure('svc_a', ['--source=app,json', 'run_tests.py'], out);
  writeFileSync(join(repo.dir, 'svc_a', 'base.json'), measureA('base.json'));
  repo.write({
    'svc_b/app/models.py': MODELS + NEW_FUNCTION,
    'docs/__init__.py': 'VERSION = "1"\nNAME = "docs"\nPARTS = [VERSION, NAME]\n',
  });
  const head = repo.commit('svc_b gains a function; docs becomes a package');
  const keys = reportKeys(measureA('coverage.json'));
  expect(keys).toContain('app/models.py');
  expect(keys.filter((k) => /^\/.*\/json\/__init__\.py$/.test(k))).toHaveLength(1);

  const run = await pullRequestRun(repo.dir, base, head, {
    'coverage-file': 'svc_a/coverage.json',
    'base-coverage-file': 'svc_a/base.json',
    'min-patch-coverage': '80',
  });
  expect(run.errors).toEqual([]);
  expect(run.code).toBe(0);
  const result = readResult(run.outputs['report-json']);
  // svc_a's files carry their repository paths; none of them is a changed file.
  expect(result.files.map((f) => f.path)).toEqual(
    expect.arrayContaining(['svc_a/app/__init__.py', 'svc_a/app/models.py', '__init__.py']),
  );
  expect(result.files.filter((f) => f.changed)).toEqual([]);
  expect(result.patch).toEqual({ percent: null, lines: 0, covered: 0 });
  expect(run.outputs['patch-coverage']).toBe('n/a');
  expect(run.warnings.filter((w) => w.props.includes('file='))).toEqual([]);
});

test('a report made in backend/ is read with backend/ in front: thresholds, annotations and the base line up', async () => {
  gh = await startScenario();
  const repo = pythonRepo();
  repo.write({
    '.gitignore': '.coverage\n__pycache__/\n',
    'backend/core/__init__.py': '',
    'backend/core/x.py': MODELS,
    'backend/run_tests.py': 'from core.x import price, label\n\nprice(1, 2)\nlabel("a")\n',
    // A top-level file of the same relative name: the report is not about it.
    'core/x.py': 'print("tooling")\n',
  });
  const base = repo.commit('backend');
  const measure = (out: string) => repo.measure('backend', ['--source=core', 'run_tests.py'], out);
  writeFileSync(join(repo.dir, 'backend', 'base.json'), measure('base.json'));
  repo.write({ 'backend/core/x.py': MODELS + NEW_FUNCTION });
  const head = repo.commit('an untested function');
  expect(reportKeys(measure('coverage.json'))).toEqual(['core/__init__.py', 'core/x.py']);

  const run = await pullRequestRun(repo.dir, base, head, {
    'coverage-file': 'backend/coverage.json',
    'base-coverage-file': 'backend/base.json',
    'file-thresholds': 'backend/core/**: 90',
  });
  const result = readResult(run.outputs['report-json']);
  expect(result.files.map((f) => f.path)).toEqual([
    'backend/core/__init__.py',
    'backend/core/x.py',
  ]);
  const x = result.files.find((f) => f.path === 'backend/core/x.py');
  // The new function: its `def` ran at import, its four statements never did.
  expect(x).toMatchObject({ changed: true, patchLines: 5 });
  expect(x?.basePercent).toBe(100);
  expect(result.removedFiles).toEqual([]);
  const threshold = result.gates.find((g) => !g.passed);
  expect(threshold?.message).toContain('backend/core/x.py');
  expect(run.code).toBe(1);
  const annotated = run.warnings.filter((w) => w.props.includes('file='));
  expect(annotated.length).toBeGreaterThan(0);
  for (const w of annotated) expect(w.props).toContain('file=backend/core/x.py');

  // The same report gathered to the repository root: learnt from the checkout, or said with path-prefix.
  cpSync(join(repo.dir, 'backend', 'coverage.json'), join(repo.dir, 'gathered.json'));
  const extras: Record<string, string>[] = [{}, { 'path-prefix': '=> backend' }];
  for (const extra of extras) {
    const gathered = await pullRequestRun(repo.dir, base, head, {
      'coverage-file': 'gathered.json',
      'base-coverage-file': 'backend/base.json',
      'file-thresholds': 'backend/core/**: 90',
      ...extra,
    });
    const paths = readResult(gathered.outputs['report-json']).files.map((f) => f.path);
    expect(paths).toEqual(['backend/core/__init__.py', 'backend/core/x.py']);
  }
});

test('the command line run in a subdirectory reads a report made there with repository paths', () => {
  const repo = pythonRepo();
  repo.write({
    'backend/core/__init__.py': '',
    'backend/core/x.py': MODELS,
    'backend/run_tests.py': 'from core.x import price\n\nprice(1, 2)\n',
  });
  const base = repo.commit('backend');
  repo.write({ 'backend/core/x.py': MODELS + NEW_FUNCTION });
  const head = repo.commit('an untested function');
  repo.measure('backend', ['--source=core', 'run_tests.py'], 'coverage.json');
  writeFileSync(join(repo.dir, 'pr.diff'), repo.git('diff', `${base}...${head}`));
  const cli = spawnSync(
    process.execPath,
    [
      CLI_BUNDLE,
      '--coverage',
      'coverage.json',
      '--diff',
      '../pr.diff',
      '--file-thresholds',
      'backend/core/**: 90',
      '--format',
      'json',
    ],
    { cwd: join(repo.dir, 'backend'), encoding: 'utf8' },
  );
  expect(cli.stderr).toBe('');
  expect(cli.status).toBe(1);
  const result = JSON.parse(cli.stdout) as ResultJson;
  expect(result.files.map((f) => f.path)).toEqual([
    'backend/core/__init__.py',
    'backend/core/x.py',
  ]);
  expect(result.patch).toMatchObject({ lines: 5, covered: 1 });
  expect(result.gates.find((g) => !g.passed)?.message).toContain('backend/core/x.py');
});

test('a baseline made under another root (Windows or another POSIX path) names each file as the head does', async () => {
  gh = await startScenario();
  const repo = pythonRepo();
  repo.write({
    '.gitignore': '.coverage\n__pycache__/\n',
    'core/__init__.py': '',
    'core/x.py': MODELS,
    'run_tests.py': 'from core.x import price\n\nprice(1, 2)\n',
  });
  const base = repo.commit('core');
  // Measured from outside the checkout, coverage.py writes absolute keys.
  const outside = tempDir('cg-elsewhere-');
  const measureAt = (root: string, out: string) => {
    execFileSync(
      PYTHON,
      ['-m', 'coverage', 'run', `--source=${root}/core`, `${root}/run_tests.py`],
      {
        cwd: outside,
      },
    );
    execFileSync(PYTHON, ['-m', 'coverage', 'json', '-q', '-o', out], { cwd: outside });
    return readFileSync(out, 'utf8');
  };
  // The base branch's run on another machine: a clone at another path.
  const other = join(tempDir('cg-other-machine-'), 'repo', 'repo');
  cpSync(repo.dir, other, { recursive: true });
  const posixBase = measureAt(other, join(outside, 'posix-base.json'));
  expect(reportKeys(posixBase)).toEqual([`${other}/core/__init__.py`, `${other}/core/x.py`]);
  // A Windows runner writes the same keys with a drive and `\` (a shape no run here can produce).
  const windowsBase = JSON.parse(posixBase) as { files: Record<string, unknown> };
  windowsBase.files = Object.fromEntries(
    Object.entries(windowsBase.files).map(([key, value]) => [
      `C:\\a\\repo\\${key.slice(other.length + 1).replace(/\//g, '\\')}`,
      value,
    ]),
  );
  writeFileSync(join(repo.dir, 'posix-base.json'), posixBase);
  writeFileSync(join(repo.dir, 'windows-base.json'), JSON.stringify(windowsBase));
  repo.write({ 'core/x.py': MODELS + NEW_FUNCTION });
  const head = repo.commit('an untested function');
  const headReport = measureAt(repo.dir, join(repo.dir, 'coverage.json'));
  expect(reportKeys(headReport)[1]).toBe(`${repo.dir}/core/x.py`);

  // The Windows baseline also as the base branch's artifact, found over the API.
  await gh.close();
  gh = await startFakeGitHub({
    ...buildState({
      runs: [
        {
          id: 601,
          runNumber: 21,
          workflowId: WORKFLOW.id,
          headSha: base,
          conclusion: 'success',
          createdAt: '2024-03-02T00:00:00Z',
          zip: makeZip({ 'coverage.json': JSON.stringify(windowsBase) }),
        },
      ],
    }),
    commits: [
      { sha: base, parents: [] },
      { sha: head, parents: [base] },
    ],
  });
  for (const baseFile of ['posix-base.json', 'windows-base.json', '(artifact)']) {
    const run = await pullRequestRun(repo.dir, base, head, {
      ...(baseFile === '(artifact)' ? {} : { 'base-coverage-file': baseFile }),
      'file-thresholds': 'core/**: 90',
    });
    const result = readResult(run.outputs['report-json']);
    expect(run.warnings.filter((w) => w.message.startsWith('No baseline'))).toEqual([]);
    expect(run.outputs['base-coverage']).not.toBe('');
    expect(result.removedFiles).toEqual([]);
    expect(result.files.map((f) => [f.path, f.basePercent])).toEqual([
      ['core/__init__.py', 100],
      ['core/x.py', 80],
    ]);
    expect(result.gates.find((g) => !g.passed)?.message).toContain('core/x.py');
  }
});

test('a file whose name holds a backslash, measured on POSIX, keeps its name in the result and the patch', async () => {
  gh = await startScenario();
  const repo = pythonRepo();
  const weird = 'tools/weird\\name.py';
  repo.write({
    '.gitignore': '.coverage\n__pycache__/\n',
    [weird]: MODELS,
    'tools/ok.py': 'VALUE = 1\n',
  });
  const base = repo.commit('a script with a backslash in its name');
  repo.write({ [weird]: `${MODELS}\nprice(1, 2)\n${NEW_FUNCTION}` });
  const head = repo.commit('the script runs a function and gains one');
  const keys = reportKeys(repo.measure('.', [weird], 'coverage.json'));
  expect(keys).toEqual([weird]);

  const run = await pullRequestRun(repo.dir, base, head, {});
  expect(run.errors).toEqual([]);
  const result = readResult(run.outputs['report-json']);
  expect(result.files.map((f) => f.path)).toEqual([weird]);
  // The changed lines reach the file: the call ran, the new function's body did not.
  expect(result.files[0]).toMatchObject({ changed: true, patchLines: 6 });
  expect(result.patch).toMatchObject({ lines: 6, covered: 2 });
});

test('the log names the report root learnt for the head and for a Windows baseline artifact made in backend/', async () => {
  const repo = pythonRepo();
  repo.write({
    '.gitignore': '.coverage\n__pycache__/\n',
    'backend/core/__init__.py': '',
    'backend/core/x.py': MODELS,
    'backend/run_tests.py': 'from core.x import price\n\nprice(1, 2)\n',
  });
  const base = repo.commit('backend');
  const measure = (out: string) => repo.measure('backend', ['--source=core', 'run_tests.py'], out);
  // The base branch's run on Windows: the same relative keys, written with `\`.
  const windowsBase = JSON.parse(measure('base.json')) as { files: Record<string, unknown> };
  windowsBase.files = Object.fromEntries(
    Object.entries(windowsBase.files).map(([key, value]) => [key.replace(/\//g, '\\'), value]),
  );
  repo.write({ 'backend/core/x.py': MODELS + NEW_FUNCTION });
  const head = repo.commit('an untested function');
  measure('coverage.json');
  gh = await startFakeGitHub({
    ...buildState({
      runs: [
        {
          id: 602,
          runNumber: 22,
          workflowId: WORKFLOW.id,
          headSha: base,
          conclusion: 'success',
          createdAt: '2024-03-02T00:00:00Z',
          zip: makeZip({ 'coverage.json': JSON.stringify(windowsBase) }),
        },
      ],
    }),
    commits: [
      { sha: base, parents: [] },
      { sha: head, parents: [base] },
    ],
  });

  const run = await pullRequestRun(repo.dir, base, head, {
    'coverage-file': 'backend/coverage.json',
  });
  const lines = run.stdout.split('\n');
  expect(lines).toContainEqual(
    expect.stringMatching(
      /^Report root: backend\/coverage\.json: 2 relative keys: "backend\/" put in front \(learnt from 2 files of the checkout\)/,
    ),
  );
  expect(lines).toContainEqual(
    expect.stringMatching(/^Baseline root: .*2 relative keys: "backend\/" put in front \(learnt/),
  );
  const result = readResult(run.outputs['report-json']);
  expect(result.removedFiles).toEqual([]);
  expect(result.files.map((f) => [f.path, f.basePercent])).toEqual([
    ['backend/core/__init__.py', 100],
    ['backend/core/x.py', 80],
  ]);
});
