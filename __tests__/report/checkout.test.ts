/**
 * The checkout's files outside git: a bounded walk that never enters
 * node_modules, .git or folders a .gitignore names, and says when it stopped
 * short; and the run from a big folder that is not a repository.
 */
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allFilesExist, scanCheckout, WALK_LIMIT } from '../../src/report/checkout.js';
import { FIXTURES, runDist } from '../support/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-checkout-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function put(path: string, text = '') {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

test('the walk lists files but never node_modules, .git or what a .gitignore names', async () => {
  put('app/core.py');
  put('app/build/gen.py');
  put('app/keep.log');
  put('app/.gitignore', 'build/\n*.tmp\n');
  put('app/notes.tmp');
  put('.gitignore', '/dist\n');
  put('dist/bundle.py');
  put('lib/dist/kept.py');
  put('node_modules/pkg/index.py');
  put('.git/HEAD');
  put('app/node_modules/x.py');
  const scan = scanCheckout(dir);
  expect([...(await scan.files())].sort()).toEqual([
    '.gitignore',
    'app/.gitignore',
    'app/core.py',
    'app/keep.log',
    'lib/dist/kept.py',
  ]);
  expect(scan.note()).toBeUndefined();
});

test('a walk past the file limit stops there and says so, shallow files first', async () => {
  put('top.py');
  for (let d = 0; d < 11; d++) {
    mkdirSync(join(dir, `d${d}`, 'deep'), { recursive: true });
    for (let f = 0; f < 1000; f++) writeFileSync(join(dir, `d${d}`, `f${f}.py`), '');
  }
  put('d0/deep/last.py');
  const scan = scanCheckout(dir);
  const files = await scan.files();
  expect(files.size).toBe(WALK_LIMIT);
  expect(files.has('top.py')).toBe(true);
  expect(files.has('d0/deep/last.py')).toBe(false);
  expect(scan.note()).toMatch(/not a git repository.*stopped at 10,000 files/);
});

test('a scan nobody needed says nothing, and stopping it ends the walk', async () => {
  for (let f = 0; f < WALK_LIMIT + 5; f++) put(`f${f}.py`);
  const scan = scanCheckout(dir);
  scan.stop();
  expect(scan.note()).toBeUndefined();
  expect((await scan.files()).size).toBeLessThan(WALK_LIMIT);
});

test('a run that never needs the checkout listing stops git instead of waiting for it', () => {
  // A git that says it started and never answers on its own; a report large enough for the
  // listing to start alongside its read, with path-prefix set so that nothing waits for it.
  const started = join(dir, 'started');
  put('bin/git', `#!/bin/sh\ntouch '${started}'\nexec sleep 60\n`);
  chmodSync(join(dir, 'bin/git'), 0o755);
  put('repo/.git/HEAD');
  cpSync(join(FIXTURES, 'py7-contexts/head/coverage.json'), join(dir, 'repo/coverage.json'));
  const run = runDist(['--coverage', 'coverage.json', '--path-prefix', 'src', '--format', 'json'], {
    cwd: join(dir, 'repo'),
    env: { PATH: `${join(dir, 'bin')}:${process.env.PATH}` },
  });
  // runDist gives up after 20 seconds; git alone would take 60.
  expect(run.code).toBe(0);
  expect(existsSync(started)).toBe(true);
});

test('allFilesExist: files only, every one of them', () => {
  put('a/x.py');
  put('b.py');
  expect(allFilesExist(dir, ['a/x.py', 'b.py'])).toBe(true);
  expect(allFilesExist(dir, [])).toBe(true);
  expect(allFilesExist(dir, ['a/x.py', 'c.py'])).toBe(false);
  expect(allFilesExist(dir, ['a'])).toBe(false);
});

test('the CLI run from a big folder that is not a repository ends with a note on the walk', () => {
  for (let d = 0; d < 11; d++) {
    mkdirSync(join(dir, `d${d}`));
    for (let f = 0; f < 1000; f++) writeFileSync(join(dir, `d${d}`, `f${f}.py`), '');
  }
  const report = join(FIXTURES, 'py7-branch/head/coverage.json');
  const run = runDist(['--coverage', report], { cwd: dir });
  expect(run.stderr).toBe('');
  expect(run.stdout).toMatch(/Note: The checkout is not a git repository and its walk stopped/);
  // The same folder holding the report's files: they confirm the paths, nothing is walked.
  cpSync(join(FIXTURES, '../python/head/invoicing'), join(dir, 'invoicing'), { recursive: true });
  const beside = runDist(['--coverage', report, '--format', 'json'], { cwd: dir });
  expect(beside.stdout).not.toMatch(/walk stopped/);
  expect(JSON.parse(beside.stdout).notes).toEqual([
    'No baseline was given (--base), so there is no comparison with the base branch.',
  ]);
});

test('the bundle outside git: a Cobertura report named by a glob, its root learnt through a walk that reads .gitignore', () => {
  // Each step loads a library the bundle keeps apart (dist/lib/): the glob
  // expander and matcher, the XML parser, the .gitignore matcher.
  for (const file of ['src/pricing.js', 'src/report.js', 'src/util/round.js']) put(file, '// x\n');
  put('.gitignore', 'build/\n');
  put('build/src/pricing.js', '// a copy the walk must not enter\n');
  cpSync(join(FIXTURES, 'cobertura/head/coverage.xml'), join(dir, 'reports/cobertura.xml'));
  const run = runDist(['--coverage', 'reports/*.xml', '--format', 'json'], { cwd: dir });
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  const result = JSON.parse(run.stdout);
  expect(result.format).toBe('cobertura');
  expect(result.files.map((f: { path: string }) => f.path).sort()).toEqual([
    'src/pricing.js',
    'src/report.js',
    'src/util/round.js',
  ]);
  expect(result.notes).toEqual([
    'No baseline was given (--base), so there is no comparison with the base branch.',
  ]);
});
