// The changed lines come from the checkout's own history when it has it:
// `git diff base...head`, no API call for the diff.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRun, inProcess, resultOf, startGitHub } from '../support/e2e.js';
import { CLI_BUNDLE, ROOT } from '../support/run-action.js';
import { FIXTURES, fixture } from '../support/scenario.js';
import { tempDir } from '../support/temp.js';

inProcess();

/** A checkout with the fixture package's base and head commits; returns their shas. */
function checkout(dir: string): { base: string; head: string } {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.invalid');
  git('config', 'user.name', 'Test');
  // A user's own git settings must not change the diff we read.
  git('config', 'diff.noprefix', 'true');
  git('config', 'diff.mnemonicPrefix', 'true');
  git('config', 'diff.renames', 'false');
  const commit = (tree: string) => {
    for (const entry of ['invoicing', 'tests'])
      rmSync(join(dir, entry), { recursive: true, force: true });
    cpSync(join(ROOT, 'fixtures', 'python', tree), dir, { recursive: true });
    git('add', '-A', 'invoicing', 'tests');
    git('commit', '-q', '-m', tree);
    return git('rev-parse', 'HEAD');
  };
  return { base: commit('base'), head: commit('head') };
}

test('a checkout with history: the diff is read locally and gives the same patch coverage', async () => {
  const gh = await startGitHub();
  const dir = tempDir('cg-local-diff-');
  const { base, head } = checkout(dir);
  writeFileSync(join(dir, 'coverage.json'), fixture('py7-branch/head/coverage.json'));
  writeFileSync(join(dir, 'base.json'), fixture('py7-branch/base/coverage.json'));
  const run = await checkRun(gh, {
    workspace: dir,
    head,
    base,
    inputs: { 'base-coverage-file': 'base.json', comment: 'off' },
  });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('Changed lines from local git diff');
  expect(gh.requests.filter((r) => /\/pulls\//.test(r.path))).toHaveLength(0);
  // A local baseline, a local diff, no comment: nothing to ask GitHub at all.
  expect(gh.requests).toHaveLength(0);
  // The same figure the command line gives on the committed diff of the same change.
  const cli = JSON.parse(
    execFileSync(
      'node',
      [
        CLI_BUNDLE,
        '--coverage',
        join(FIXTURES, 'py7-branch/head/coverage.json'),
        '--diff',
        join(FIXTURES, 'pr.diff'),
        '--format',
        'json',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    ),
  );
  const result = resultOf(run);
  expect(result.patch).toEqual(cli.patch);
  expect(result.patch.lines).toBeGreaterThan(0);
});
