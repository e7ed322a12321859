// action.yml, the example workflows and this repository's own workflows pass
// @action-validator/cli's schemas, use only inputs and outputs the action
// declares, and refer only to steps that exist.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { actionYml, CLI_BUNDLE, ROOT } from '../support/run-action.js';
import { tempDir } from '../support/temp.js';

const validator = join(ROOT, 'node_modules', '.bin', 'action-validator');
const examples = join(ROOT, 'examples', 'workflows');
const own = join(ROOT, '.github', 'workflows');
const workflowFiles = [examples, own].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => join(dir, f)),
);
const relative = (file: string) => file.slice(ROOT.length + 1);

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
const loadWorkflow = (file: string) =>
  load(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps?: Step[] }> };

function validate(file: string) {
  const run = spawnSync(validator, [file], { encoding: 'utf8' });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

test.each(workflowFiles.map(relative))('%s is a valid workflow', (name) => {
  expect(validate(join(ROOT, name))).toEqual({ code: 0, out: '' });
});

test('the repository has its own CI, coverage, second-stage and release workflows', () => {
  expect(readdirSync(own).sort()).toEqual(
    expect.arrayContaining(['ci.yml', 'coverage-comment.yml', 'coverage.yml', 'release.yml']),
  );
});

test('action.yml is a valid action', () => {
  const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  expect(/^\s+using:\s*node24\s*$/m.test(text)).toBe(true);
  // @action-validator/cli 0.6's schema predates node24; check the rest with node20 in its place.
  const dir = tempDir('cg-action-');
  const copy = join(dir, 'action.yml');
  writeFileSync(copy, text.replace(/using:\s*node24/, 'using: node20'));
  expect(validate(copy)).toEqual({ code: 0, out: '' });
  // And it does reject a broken action, so the check above means something.
  writeFileSync(copy, text.replace(/using:\s*node24/, 'using: node7'));
  expect(validate(copy).code).not.toBe(0);
});

test('every input has a description naming its default, every output a description', () => {
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const description = (spec as { description?: string }).description ?? '';
    expect({ name, ok: /default/i.test(description) }).toEqual({ name, ok: true });
  }
  for (const spec of Object.values(actionYml.outputs))
    expect(spec.description.length).toBeGreaterThan(10);
});

const isThisAction = (step: Step) =>
  step.uses === './' || step.uses?.startsWith('coverage-gate/coverage-gate@') === true;

test('the workflows use only declared inputs and outputs', () => {
  for (const file of workflowFiles) {
    let gates = 0;
    const text = readFileSync(file, 'utf8');
    for (const job of Object.values(loadWorkflow(file).jobs)) {
      for (const step of (job.steps ?? []).filter(isThisAction)) {
        gates++;
        for (const input of Object.keys(step.with ?? {}))
          expect({ file: relative(file), input, declared: input in actionYml.inputs }).toEqual({
            file: relative(file),
            input,
            declared: true,
          });
      }
    }
    for (const m of text.matchAll(/steps\.coverage\.outputs\.([\w-]+)/g)) {
      expect([...Object.keys(actionYml.outputs)]).toContain(m[1]);
    }
    // Every coverage workflow runs the action (this repository's own: `uses: ./`).
    if (/\/coverage[\w-]*\.yml$/.test(file))
      expect({ file: relative(file), gates }).not.toEqual({ file: relative(file), gates: 0 });
  }
});

// A step that refers to a step id no step has is silently skipped or empty on
// GitHub (actions/checkout's check-dist upload once never ran for that reason).
test('every steps.<id> a workflow refers to is a step of the same job', () => {
  for (const file of workflowFiles) {
    for (const [name, job] of Object.entries(loadWorkflow(file).jobs)) {
      const ids = new Set((job.steps ?? []).map((s) => s.id).filter(Boolean));
      const text = JSON.stringify(job);
      for (const m of text.matchAll(/steps\.([\w-]+)\./g))
        expect({ file: relative(file), job: name, step: m[1], exists: ids.has(m[1]) }).toEqual({
          file: relative(file),
          job: name,
          step: m[1],
          exists: true,
        });
    }
  }
});

// ci.yml's dist check, run as GitHub runs a `run:` step, in a scratch
// repository whose build writes dist/ from src/.
test("ci.yml's dist step passes on a fresh dist/ and fails on a stale one", () => {
  const ci = loadWorkflow(join(own, 'ci.yml'));
  const script = ci.jobs.ci?.steps?.find((s) => s.id === 'dist') as { run?: string } | undefined;
  expect(script?.run).toContain('npm run build');
  const dir = tempDir('cg-ci-dist-');
  const sh = (cmd: string) => spawnSync('bash', ['-c', cmd], { cwd: dir, encoding: 'utf8' });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'scratch', scripts: { build: 'node build.mjs' } }),
  );
  writeFileSync(
    join(dir, 'build.mjs'),
    "import { cpSync } from 'node:fs'; cpSync('src', 'dist', { recursive: true });\n",
  );
  sh('mkdir src && echo one > src/a.js && node build.mjs');
  sh('git init -q && git add -A && git -c user.name=t -c user.email=t@t commit -qm fresh');
  const step = () => {
    const r = spawnSync(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script?.run ?? 'false'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    sh('git checkout -q -- dist && git clean -fdq dist');
    return { code: r.status, out: r.stdout };
  };
  expect(step().code).toBe(0);
  sh('echo two > src/a.js && git -c user.name=t -c user.email=t@t commit -qam changed');
  expect(step()).toMatchObject({ code: 1, out: expect.stringContaining('::error::dist/ differs') });
  sh(
    'node build.mjs && echo new > src/b.js && git add -A && git -c user.name=t -c user.email=t@t commit -qm added',
  );
  // A new source whose bundle was never committed: an untracked file under dist/.
  expect(step().code).toBe(1);
});

// coverage.yml's test step writes the report its gate step reads: jest's
// Istanbul coverage-final.json, which the gate reads as Istanbul.
test("coverage.yml's test step writes the report its gate step reads", () => {
  // Its two jobs (the pull request's check, the push's record) test and read alike.
  const { check, record } = loadWorkflow(join(own, 'coverage.yml')).jobs;
  const testsOf = (job: typeof check) => {
    const steps = (job?.steps ?? []) as (Step & { run?: string })[];
    return {
      tests: steps.find((s) => s.run?.includes('--coverage'))?.run ?? '',
      report: String(steps.find((s) => s.uses === './')?.with?.['coverage-file']),
    };
  };
  const { tests, report } = testsOf(check);
  expect(testsOf(record)).toEqual({ tests, report });
  expect(tests).toMatch(/^npm test -- /);
  const flags = tests.replace(/^npm test -- /, '').split(/\s+/);
  // One small suite stands in for the whole one, as the workflow runs it. Its
  // path goes first: an array flag such as --coverageReporters would take it as a value.
  const suite = ['--runTestsByPath', '__tests__/report/rounding.test.ts'];
  const run = spawnSync('npx', ['jest', ...suite, ...flags], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules' },
  });
  expect(run.status).toBe(0);
  const gate = spawnSync('node', [CLI_BUNDLE, '--coverage', report, '--format', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(gate.stderr).toBe('');
  const result = JSON.parse(gate.stdout);
  expect(result.format).toBe('istanbul');
  expect(result.files.map((f: { path: string }) => f.path)).toContain('src/report/rounding.ts');
  expect(result.totals.covered).toBeGreaterThan(0);
}, 120_000);

// A write token only where it is used: the push to the default branch that
// publishes the badge branch. Checkouts keep no token in .git/config while
// `npm ci` scripts and the tests run.
describe("this repository's own workflows: least privilege", () => {
  interface Job {
    if?: string;
    permissions?: Record<string, string>;
    steps?: (Step & { with?: Record<string, unknown> })[];
  }
  const own = (name: string) =>
    load(readFileSync(join(ROOT, '.github', 'workflows', name), 'utf8')) as {
      permissions?: Record<string, string>;
      jobs: Record<string, Job>;
    };
  const ownFiles = workflowFiles.filter((f) => f.includes('/.github/workflows/'));

  test('contents: write only on a job that runs on a push to the default branch (or a release tag)', () => {
    for (const file of ownFiles) {
      const wf = own(file.slice(file.lastIndexOf('/') + 1));
      expect({ file: relative(file), top: wf.permissions?.contents }).not.toEqual({
        file: relative(file),
        top: 'write',
      });
      for (const [name, job] of Object.entries(wf.jobs)) {
        if (job.permissions?.contents !== 'write') continue;
        const onDefaultPush =
          /github\.event_name == 'push'/.test(job.if ?? '') &&
          /github\.ref == format\('refs\/heads\/\{0\}', github\.event\.repository\.default_branch\)/.test(
            job.if ?? '',
          );
        const releaseOnTag = file.endsWith('release.yml');
        expect({ file: relative(file), job: name, ok: onDefaultPush || releaseOnTag }).toEqual({
          file: relative(file),
          job: name,
          ok: true,
        });
      }
    }
    // The pull request's job of coverage.yml reads only.
    const coverage = own('coverage.yml');
    const check = Object.values(coverage.jobs).find((j) => /pull_request/.test(j.if ?? ''));
    expect(check?.permissions?.contents).toBe('read');
  });

  test('every checkout keeps no credentials on disk', () => {
    for (const file of ownFiles) {
      for (const [name, job] of Object.entries(own(file.slice(file.lastIndexOf('/') + 1)).jobs)) {
        for (const step of (job.steps ?? []).filter((s) => s.uses?.startsWith('actions/checkout')))
          expect({
            file: relative(file),
            job: name,
            persist: step.with?.['persist-credentials'],
          }).toEqual({
            file: relative(file),
            job: name,
            persist: false,
          });
      }
    }
  });

  test("README's permission table says where contents: write is needed", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| permission | why |'));
    const row =
      /^\| `contents: read` \|(.*)\|$/m.exec(table.slice(0, table.indexOf('\n\n')))?.[1] ?? '';
    expect(row).toMatch(/`contents: write`/);
    expect(row).toMatch(/push to the default branch/);
    expect(row).toMatch(/persist-credentials: false/);
  });
});
