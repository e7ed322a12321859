#!/usr/bin/env node
// Cuts a release: checks that the commit can be released, tags it vX.Y.Z and
// moves the major tag (v1) to it, so `uses: coverage-gate/coverage-gate@v1`
// picks it up.
//
//   node scripts/release.mjs 1.2.3 [--push] [--notes FILE]
//
// Refuses (exit 1, one line naming the problem) when the working tree is not
// clean, package.json's version is not the one asked for, CHANGELOG.md has
// no section for it, dist/ differs from a fresh build, or the tag exists on
// another commit. A tag already on this commit is accepted, so the release
// workflow can run it on the pushed tag. --push pushes both tags to origin;
// --notes writes the version's CHANGELOG section to FILE.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

class Refusal extends Error {}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error) throw new Refusal(`${command} could not run: ${result.error.message}`);
  return { code: result.status, out: result.stdout.trim(), err: result.stderr.trim() };
}

function git(...args) {
  const result = run('git', args);
  if (result.code !== 0) throw new Refusal(`git ${args.join(' ')} failed: ${result.err}`);
  return result.out;
}

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/;

function parseVersion(text) {
  const m = SEMVER.exec(text ?? '');
  if (!m) throw new Refusal(`the version must be semver such as 1.2.3 or v1.2.3, got "${text}"`);
  const [, major, minor, patch, pre] = m;
  return {
    version: text.replace(/^v/, ''),
    parts: [Number(major), Number(minor), Number(patch)],
    prerelease: pre !== undefined,
  };
}

const newer = (a, b) => {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
};

/** The CHANGELOG section for a version, without its heading; undefined if none. */
function changelogSection(text, version) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}

function checkClean() {
  const status = git('status', '--porcelain');
  if (status) throw new Refusal(`the working tree has uncommitted changes:\n${status}`);
}

function checkPackageVersion(root, version) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (pkg.version !== version)
    throw new Refusal(
      `package.json has version ${pkg.version}, not ${version}; run "npm version ${version} --no-git-tag-version" and commit`,
    );
}

function checkChangelog(root, version) {
  const section = changelogSection(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version);
  if (!section)
    throw new Refusal(
      `CHANGELOG.md has no "## [${version}]" section; move the Unreleased entries under it`,
    );
  return section;
}

function checkDistFresh() {
  const build = run('npm', ['run', '-s', 'build']);
  if (build.code !== 0) throw new Refusal(`npm run build failed:\n${build.err || build.out}`);
  const changed = git('status', '--porcelain', '--', 'dist');
  if (changed) {
    // Leave the working tree as it was; the fresh build is one command away.
    git('checkout', '--', 'dist');
    git('clean', '-fdq', '--', 'dist');
    throw new Refusal(
      `dist/ differs from a fresh build of this commit; run "npm run build" and commit dist/:\n${changed}`,
    );
  }
}

/** Tags vX.Y.Z on HEAD (or accepts it there already); returns the tag. */
function tagVersion(version) {
  const tag = `v${version}`;
  const head = git('rev-parse', 'HEAD');
  const existing = run('git', ['rev-parse', '-q', '--verify', `refs/tags/${tag}^{commit}`]);
  if (existing.code === 0) {
    if (existing.out !== head)
      throw new Refusal(`tag ${tag} already exists on ${existing.out.slice(0, 12)}, not on HEAD`);
  } else {
    git('tag', '-a', tag, '-m', tag);
  }
  return tag;
}

/** Moves vMAJOR to this release unless a newer vMAJOR.x.y exists. */
function moveMajor(parsed, tag) {
  const [major] = parsed.parts;
  const major_ = `v${major}`;
  const newest = git('tag', '--list', `v${major}.*`)
    .split('\n')
    .map((t) => SEMVER.exec(t))
    .filter((m) => m && m[4] === undefined)
    .map((m) => [Number(m[1]), Number(m[2]), Number(m[3])])
    .find((parts) => newer(parts, parsed.parts));
  if (newest) {
    console.log(`${major_} stays: v${newest.join('.')} is newer than ${tag}`);
    return undefined;
  }
  git('tag', '-fa', major_, '-m', `${major_} is ${tag}`, `${tag}^{commit}`);
  return major_;
}

function main(argv) {
  const args = argv.slice(2);
  const push = args.includes('--push');
  const notesAt = args.indexOf('--notes');
  const notesFile = notesAt >= 0 ? args[notesAt + 1] : undefined;
  if (notesAt >= 0 && !notesFile) throw new Refusal('--notes needs a file name');
  const positional = args.filter(
    (a, i) => !a.startsWith('--') && (notesAt < 0 || i !== notesAt + 1),
  );
  if (positional.length !== 1)
    throw new Refusal('usage: node scripts/release.mjs VERSION [--push] [--notes FILE]');

  const parsed = parseVersion(positional[0]);
  const root = git('rev-parse', '--show-toplevel');
  process.chdir(root);
  checkClean();
  checkPackageVersion(root, parsed.version);
  const notes = checkChangelog(root, parsed.version);
  checkDistFresh();
  console.log(`checked: clean tree, package.json ${parsed.version}, CHANGELOG, dist/ fresh`);

  const tag = tagVersion(parsed.version);
  const major = parsed.prerelease ? undefined : moveMajor(parsed, tag);
  console.log(`tagged ${tag}${major ? ` and moved ${major}` : ''} at ${git('rev-parse', 'HEAD')}`);
  if (notesFile) writeFileSync(notesFile, `${notes}\n`);
  const pushes = [['push', 'origin', `refs/tags/${tag}`]];
  if (major) pushes.push(['push', '--force', 'origin', `refs/tags/${major}`]);
  for (const p of pushes) {
    if (push) git(...p);
    else console.log(`to publish: git ${p.join(' ')}`);
  }
}

try {
  main(process.argv);
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`release: ${error.message}`);
  process.exit(1);
}
