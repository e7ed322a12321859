// Which commit was measured, and what that makes the anchor.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type CheckEvent, localCommit, resolveMeasured } from '../../src/flow/measured.js';
import { isOurComment, lastPage } from '../../src/github/comments.js';
import { tempDir } from '../support/temp.js';

const sha = (c: string) => c.repeat(40);
const repo = { owner: 'o', repo: 'r' };
const pr: CheckEvent = {
  eventName: 'pull_request',
  eventSha: sha('e'),
  baseSha: sha('b'),
  headSha: sha('a'),
  mergeGroup: false,
};

describe('resolveMeasured', () => {
  test('the PR head checked out: head, whatever its parents', async () => {
    const m = await resolveMeasured(pr, { sha: pr.headSha, parents: [sha('1')] }, null, repo);
    expect(m).toEqual({
      commit: pr.headSha,
      checkout: 'head',
      firstParent: null,
      parentsFrom: null,
    });
  });
  test('two parents, the second the PR head: a merge commit anchored at the first', async () => {
    const m = await resolveMeasured(
      pr,
      { sha: pr.eventSha, parents: [sha('c'), pr.headSha] },
      null,
      repo,
    );
    expect(m).toEqual({
      commit: pr.eventSha,
      checkout: 'merge',
      firstParent: sha('c'),
      parentsFrom: 'git',
    });
  });
  test('one parent, or a merge of something else: not the PR (other)', async () => {
    for (const parents of [[sha('c')], [sha('c'), sha('d')]]) {
      const m = await resolveMeasured(pr, { sha: pr.eventSha, parents }, null, repo);
      expect(m.checkout).toBe('other');
    }
  });
  test("parents unknown and no API: the event's commit is taken for the merge, its base assumed", async () => {
    const m = await resolveMeasured(pr, null, null, repo);
    expect(m).toEqual({
      commit: pr.eventSha,
      checkout: 'merge',
      firstParent: pr.baseSha,
      parentsFrom: 'event',
    });
  });
  test('pull_request_target with parents unknown is not assumed to be a merge', async () => {
    const m = await resolveMeasured({ ...pr, eventName: 'pull_request_target' }, null, null, repo);
    expect(m.checkout).toBe('other');
  });
  test('a merge group measures its head', async () => {
    const m = await resolveMeasured({ ...pr, mergeGroup: true }, null, null, repo);
    expect(m).toMatchObject({ commit: pr.eventSha, checkout: 'merge-group' });
  });
});

test('localCommit: a shallow clone still names the parents its commit object holds', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
  const origin = tempDir('cg-shallow-origin-');
  git(origin, 'init', '-q', '-b', 'main');
  const commit = (m: string) =>
    git(
      origin,
      '-c',
      'user.email=t@e.invalid',
      '-c',
      'user.name=T',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      m,
    );
  commit('one');
  const first = git(origin, 'rev-parse', 'HEAD');
  commit('two');
  const clone = join(tempDir('cg-shallow-'), 'c');
  git(origin, 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
  return localCommit(clone).then((local) => {
    expect(local).toEqual({ sha: git(origin, 'rev-parse', 'HEAD'), parents: [first] });
  });
});

test('localCommit: no repository, no commit', async () => {
  expect(await localCommit(tempDir('cg-no-git-'))).toBeNull();
});

describe('comment helpers', () => {
  const marker = '<!-- coverage-gate:default -->';
  const comment = (login: string, type: string, body: string) => ({
    id: 1,
    html_url: '',
    body,
    user: { login, type },
  });
  test("ours: github-actions[bot]'s, or a bot's signed with its own login", () => {
    expect(isOurComment(comment('github-actions[bot]', 'Bot', marker), marker)).toBe(true);
    const signed = `${marker}\n<!-- coverage-gate-author:app[bot] -->`;
    expect(isOurComment(comment('app[bot]', 'Bot', signed), marker)).toBe(true);
    // A copy of an App's comment by another bot, a human, another comment id: not ours.
    expect(isOurComment(comment('other[bot]', 'Bot', signed), marker)).toBe(false);
    expect(isOurComment(comment('other[bot]', 'Bot', marker), marker)).toBe(false);
    expect(isOurComment(comment('octocat', 'User', signed), marker)).toBe(false);
    expect(
      isOurComment(comment('github-actions[bot]', 'Bot', '<!-- coverage-gate:py311 -->'), marker),
    ).toBe(false);
  });
  test("lastPage reads the Link header's last page", () => {
    const link =
      '<https://api.github.com/repositories/1/issues/7/comments?per_page=100&page=2>; rel="next", <https://api.github.com/repositories/1/issues/7/comments?per_page=100&page=5>; rel="last"';
    expect(lastPage(link)).toBe(5);
    expect(lastPage(undefined)).toBe(1);
    expect(lastPage('<https://x.invalid/?page=1>; rel="prev"')).toBe(1);
  });
});
