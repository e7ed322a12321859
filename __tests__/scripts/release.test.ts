// scripts/release.mjs in a scratch git repository shaped like this one: a
// package.json, a CHANGELOG, a build that writes dist/ from src/, and a bare
// "origin". It tags and moves v1 only when every check passes.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from '../support/run-action.js';
import { tempDir } from '../support/temp.js';

const SCRIPT = join(ROOT, 'scripts', 'release.mjs');

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.3.0]

### Added

- Sharded suites.

## [1.2.0]

### Added

- The gate.
`;

// Deterministic, like the real build: dist/ is a pure function of src/.
const BUILD = `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
mkdirSync('dist', { recursive: true });
writeFileSync('dist/index.js', '// built\\n' + readFileSync('src/index.js', 'utf8'));
`;

interface Repo {
  dir: string;
  origin: string;
  git: (...args: string[]) => string;
  release: (...args: string[]) => { code: number | null; stdout: string; stderr: string };
  tagCommit: (tag: string, where?: string) => string | undefined;
}

async function scratchRepo(version = '1.2.0'): Promise<Repo> {
  const base = tempDir('cg-release-');
  const dir = join(base, 'work');
  const origin = join(base, 'origin.git');
  await mkdir(join(dir, 'src'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  execFileSync('git', ['init', '-q', '--bare', origin]);
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'release@example.invalid');
  git('config', 'user.name', 'Release');
  git('remote', 'add', 'origin', origin);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'scratch', version, scripts: { build: 'node build.mjs' } }),
  );
  writeFileSync(join(dir, 'build.mjs'), BUILD);
  writeFileSync(join(dir, 'CHANGELOG.md'), CHANGELOG);
  writeFileSync(join(dir, 'src', 'index.js'), 'export const answer = 42;\n');
  execFileSync('node', ['build.mjs'], { cwd: dir });
  git('add', '-A');
  git('commit', '-q', '-m', 'first');
  git('push', '-q', 'origin', 'main');
  const release = (...args: string[]) => {
    const r = spawnSync('node', [SCRIPT, ...args], { cwd: dir, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const tagCommit = (tag: string, where = dir) => {
    const r = spawnSync('git', ['rev-parse', '-q', '--verify', `refs/tags/${tag}^{commit}`], {
      cwd: where,
      encoding: 'utf8',
    });
    return r.status === 0 ? r.stdout.trim() : undefined;
  };
  return { dir, origin, git, release, tagCommit };
}

function commitVersion(repo: Repo, version: string, source: string) {
  const pkg = JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8'));
  writeFileSync(join(repo.dir, 'package.json'), JSON.stringify({ ...pkg, version }));
  writeFileSync(join(repo.dir, 'src', 'index.js'), source);
  execFileSync('node', ['build.mjs'], { cwd: repo.dir });
  repo.git('commit', '-q', '-am', version);
}

test('a fresh dist/ and the matching version: tags vX.Y.Z, moves v1, pushes both', async () => {
  const repo = await scratchRepo();
  const notes = join(repo.dir, '..', 'notes.md');
  const first = repo.release('v1.2.0', '--push', '--notes', notes);
  expect(first).toMatchObject({ code: 0, stderr: '' });
  const head = repo.git('rev-parse', 'HEAD');
  expect(repo.tagCommit('v1.2.0')).toBe(head);
  expect(repo.tagCommit('v1')).toBe(head);
  expect(repo.tagCommit('v1.2.0', repo.origin)).toBe(head);
  expect(repo.tagCommit('v1', repo.origin)).toBe(head);
  expect(readFileSync(notes, 'utf8')).toBe('### Added\n\n- The gate.\n');

  // The next minor moves v1 forward, on the remote too (a forced push).
  commitVersion(repo, '1.3.0', 'export const answer = 43;\n');
  expect(repo.release('1.3.0', '--push').code).toBe(0);
  const next = repo.git('rev-parse', 'HEAD');
  expect(next).not.toBe(head);
  expect(repo.tagCommit('v1', repo.origin)).toBe(next);
  expect(repo.tagCommit('v1.2.0', repo.origin)).toBe(head);

  // The release workflow runs it again on the pushed tag: accepted, nothing moves.
  expect(repo.release('v1.3.0').code).toBe(0);
  expect(repo.tagCommit('v1')).toBe(next);
});

test('refuses a stale dist/: no tag, and the working tree is left as it was', async () => {
  const repo = await scratchRepo();
  writeFileSync(join(repo.dir, 'src', 'index.js'), 'export const answer = 41;\n');
  repo.git('commit', '-q', '-am', 'source changed, dist not rebuilt');
  const run = repo.release('1.2.0', '--push');
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/^release: dist\/ differs from a fresh build/);
  expect(run.stderr).toContain('dist/index.js');
  expect(repo.tagCommit('v1.2.0')).toBeUndefined();
  expect(repo.tagCommit('v1')).toBeUndefined();
  expect(repo.git('status', '--porcelain')).toBe('');
});

test('refuses a version that is not the one in package.json', async () => {
  const repo = await scratchRepo();
  const run = repo.release('v1.3.0', '--push');
  expect(run.code).toBe(1);
  expect(run.stderr.trim()).toBe(
    'release: package.json has version 1.2.0, not 1.3.0; run "npm version 1.3.0 --no-git-tag-version" and commit',
  );
  expect(repo.tagCommit('v1.3.0')).toBeUndefined();
  expect(repo.tagCommit('v1')).toBeUndefined();
});

test('refuses an uncommitted change, a missing CHANGELOG section, a non-semver version, a tag on another commit', async () => {
  const repo = await scratchRepo();
  writeFileSync(join(repo.dir, 'src', 'index.js'), 'export const answer = 0;\n');
  expect(repo.release('1.2.0').stderr).toMatch(/^release: the working tree has uncommitted/);
  repo.git('checkout', '--', 'src');

  expect(repo.release('1.2').stderr.trim()).toBe(
    'release: the version must be semver such as 1.2.3 or v1.2.3, got "1.2"',
  );

  commitVersion(repo, '1.4.0', 'export const answer = 44;\n');
  expect(repo.release('1.4.0').stderr.trim()).toBe(
    'release: CHANGELOG.md has no "## [1.4.0]" section; move the Unreleased entries under it',
  );

  repo.git('tag', '-a', 'v1.4.0', '-m', 'v1.4.0', 'HEAD~1');
  writeFileSync(
    join(repo.dir, 'CHANGELOG.md'),
    CHANGELOG.replace('## [1.3.0]', '## [1.4.0]\n\n- More.\n\n## [1.3.0]'),
  );
  repo.git('commit', '-q', '-am', 'changelog');
  expect(repo.release('1.4.0').stderr).toMatch(
    /^release: tag v1\.4\.0 already exists on \w{12}, not on HEAD/,
  );
  expect(repo.tagCommit('v1')).toBeUndefined();
});

test('a patch of an older minor does not pull v1 back', async () => {
  const repo = await scratchRepo();
  expect(repo.release('1.2.0').code).toBe(0);
  commitVersion(repo, '1.3.0', 'export const answer = 43;\n');
  expect(repo.release('1.3.0').code).toBe(0);
  const latest = repo.git('rev-parse', 'HEAD');
  repo.git('checkout', '-q', '-b', 'release-1.2', 'v1.2.0');
  writeFileSync(
    join(repo.dir, 'CHANGELOG.md'),
    CHANGELOG.replace('## [1.3.0]', '## [1.2.1]\n\n- A fix.\n\n## [1.3.0]'),
  );
  commitVersion(repo, '1.2.1', 'export const answer = 42.1;\n');
  const run = repo.release('1.2.1');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('v1 stays: v1.3.0 is newer than v1.2.1');
  expect(repo.tagCommit('v1.2.1')).toBe(repo.git('rev-parse', 'HEAD'));
  expect(repo.tagCommit('v1')).toBe(latest);
});
