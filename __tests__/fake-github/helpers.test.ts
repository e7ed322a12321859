import { createRequire } from 'node:module';
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import type { PullRequestOpenedEvent } from '@octokit/webhooks-types';
import { strFromU8, Unzip, type UnzipFileInfo, UnzipInflate, unzipSync } from 'fflate';
import { pullRequestEvent, pushEvent, workflowRunEvent } from '../support/fake-github/events.js';
import {
  hugeDeclaredZip,
  makeZip,
  traversalZip,
  withDeclaredSize,
  zerosZip,
} from '../support/fake-github/zip.js';

// Lists entries as a reader of the central directory sees them (no data inflated).
function centralEntries(zip: Uint8Array): UnzipFileInfo[] {
  const seen: UnzipFileInfo[] = [];
  unzipSync(zip, {
    filter: (f) => {
      seen.push(f);
      return false;
    },
  });
  return seen;
}

describe('zip helpers', () => {
  test('makeZip round-trips through an unzipper', () => {
    const zip = makeZip({ 'coverage.json': '{"a":1}', 'nested/b.bin': new Uint8Array([1, 2, 3]) });
    const out = unzipSync(zip);
    expect(strFromU8(out['coverage.json'] as Uint8Array)).toBe('{"a":1}');
    expect([...(out['nested/b.bin'] as Uint8Array)]).toEqual([1, 2, 3]);
  });

  test('traversalZip keeps the ../ entry name verbatim', () => {
    const names = centralEntries(traversalZip()).map((f) => f.name);
    expect(names).toEqual(['../evil.json']);
  });

  test('hugeDeclaredZip declares a multi-GiB entry while being tiny', () => {
    const zip = hugeDeclaredZip('coverage.json', '{}');
    expect(zip.length).toBeLessThan(1024);
    const [entry] = centralEntries(zip);
    expect(entry?.originalSize).toBe(0xfffffffe);
    // The local header carries the same lie (offset 22 of the first local header).
    expect(zip.readUInt32LE(22)).toBe(0xfffffffe);
  });

  test('withDeclaredSize can lie in one place only', () => {
    const zip = makeZip({ 'a.json': 'abc' });
    const central = withDeclaredSize(zip, 'a.json', 5_000_000_000 % 2 ** 32, 'central');
    expect(central.readUInt32LE(22)).toBe(3);
    expect(centralEntries(central)[0]?.originalSize).toBe(5_000_000_000 % 2 ** 32);
    const local = withDeclaredSize(zip, 'a.json', 1234, 'local');
    expect(local.readUInt32LE(22)).toBe(1234);
    expect(centralEntries(local)[0]?.originalSize).toBe(3);
    expect(() => withDeclaredSize(zip, 'missing', 1)).toThrow(/no entry/);
  });

  test('zerosZip: a small archive that really inflates to the stated size', async () => {
    const size = 3 * 1024 * 1024 + 17;
    const zip = await zerosZip(size, 'zeros.json');
    expect(zip.length).toBeLessThan(size / 100);
    expect(centralEntries(zip)[0]?.originalSize).toBe(size);
    const data = unzipSync(zip)['zeros.json'] as Uint8Array;
    expect(data.length).toBe(size);
    expect(data.every((b) => b === 0)).toBe(true);
    expect((await zerosZip(size, 'zeros.json')).equals(zip)).toBe(true);
  });

  test('zerosZip default: 300 MiB of real content, counted by streaming inflate', async () => {
    const zip = await zerosZip();
    expect(zip.length).toBeLessThan(2 * 1024 * 1024);
    let total = 0;
    const unzip = new Unzip((file) => {
      file.ondata = (_err, chunk) => {
        total += chunk.length;
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    unzip.push(zip, true);
    expect(total).toBe(300 * 1024 * 1024);
  });
});

describe('event payloads', () => {
  const require = createRequire(import.meta.url);
  const examples = require('@octokit/webhooks-examples') as WebhookDefinition[];
  const realOpened = () =>
    (
      (examples.find((d) => d.name === 'pull_request')?.examples ?? []) as { action?: string }[]
    ).find((e) => e.action === 'opened') as PullRequestOpenedEvent;

  test('pull_request: same-repository PR keeps the real payload around the overrides', () => {
    const ev = pullRequestEvent({
      number: 42,
      head: { sha: 'h'.repeat(40), ref: 'feature' },
      base: { sha: 'b'.repeat(40), ref: 'main' },
    });
    const original = realOpened();
    expect(ev.action).toBe('opened');
    expect(ev.number).toBe(42);
    expect(ev.pull_request.number).toBe(42);
    expect(ev.pull_request.head).toMatchObject({
      sha: 'h'.repeat(40),
      ref: 'feature',
      label: 'octo-org:feature',
    });
    expect(ev.pull_request.base).toMatchObject({ sha: 'b'.repeat(40), ref: 'main' });
    expect(ev.pull_request.head.repo?.full_name).toBe('octo-org/octo-repo');
    expect(ev.pull_request.head.repo?.fork).toBe(false);
    expect(ev.repository.full_name).toBe('octo-org/octo-repo');
    expect(ev.repository.owner.login).toBe('octo-org');
    expect(ev.pull_request.url).toBe('https://api.github.com/repos/octo-org/octo-repo/pulls/42');
    expect(ev.pull_request.statuses_url).toContain('h'.repeat(40));
    // Untouched fields are the example's.
    expect(ev.sender).toEqual(original.sender);
    expect(ev.pull_request.created_at).toBe(original.pull_request.created_at);
    expect(Object.keys(ev.pull_request).sort()).toEqual(Object.keys(original.pull_request).sort());
    expect(JSON.stringify(ev)).not.toContain('Hello-World');
  });

  test('pull_request: a fork PR has another head repository', () => {
    const ev = pullRequestEvent({
      action: 'synchronize',
      number: 7,
      head: { sha: 'f'.repeat(40), ref: 'patch-1', repoFullName: 'outsider/octo-repo' },
      base: { sha: 'b'.repeat(40), ref: 'main' },
      before: 'e'.repeat(40),
    });
    if (ev.action !== 'synchronize') throw new Error(`expected synchronize, got ${ev.action}`);
    expect(ev.after).toBe('f'.repeat(40));
    expect(ev.before).toBe('e'.repeat(40));
    expect(ev.pull_request.head.repo).toMatchObject({
      full_name: 'outsider/octo-repo',
      fork: true,
    });
    expect(ev.pull_request.head.repo?.owner.login).toBe('outsider');
    expect(ev.pull_request.head.label).toBe('outsider:patch-1');
    expect(ev.pull_request.head.repo?.id).not.toBe(ev.pull_request.base.repo.id);
    expect(ev.pull_request.base.repo.full_name).toBe('octo-org/octo-repo');
    expect(ev.repository.full_name).toBe('octo-org/octo-repo');
  });

  test('push: branch ref, shas and repository', () => {
    const ev = pushEvent({ ref: 'main', after: 'a'.repeat(40), before: 'c'.repeat(40) });
    expect(ev).toMatchObject({
      ref: 'refs/heads/main',
      after: 'a'.repeat(40),
      before: 'c'.repeat(40),
      created: false,
    });
    expect(ev.repository.full_name).toBe('octo-org/octo-repo');
    expect(ev.head_commit?.id).toBe('a'.repeat(40));
    expect(Array.isArray(ev.commits)).toBe(true);
  });

  test('workflow_run: same-repository run lists its PR, a fork run lists none', () => {
    const same = workflowRunEvent({
      runId: 555,
      headSha: 'h'.repeat(40),
      headBranch: 'feature',
      workflow: { id: 11, path: '.github/workflows/ci.yml', name: 'CI' },
      pullRequest: { number: 3, base: { ref: 'main', sha: 'b'.repeat(40) } },
    });
    expect(same.action).toBe('completed');
    expect(same.workflow_run).toMatchObject({
      id: 555,
      head_sha: 'h'.repeat(40),
      head_branch: 'feature',
      event: 'pull_request',
      conclusion: 'success',
      workflow_id: 11,
      path: '.github/workflows/ci.yml',
    });
    expect(same.workflow_run.artifacts_url).toBe(
      'https://api.github.com/repos/octo-org/octo-repo/actions/runs/555/artifacts',
    );
    expect(same.workflow_run.pull_requests).toHaveLength(1);
    expect(same.workflow_run.pull_requests[0]).toMatchObject({
      number: 3,
      head: { sha: 'h'.repeat(40) },
    });
    expect(same.workflow.id).toBe(11);

    const fork = workflowRunEvent({
      runId: 556,
      headSha: 'f'.repeat(40),
      headBranch: 'patch-1',
      headRepoFullName: 'outsider/octo-repo',
      pullRequest: { number: 4, base: { ref: 'main', sha: 'b'.repeat(40) } },
    });
    expect(fork.workflow_run.pull_requests).toEqual([]);
    expect(fork.workflow_run.head_repository).toMatchObject({
      full_name: 'outsider/octo-repo',
      fork: true,
    });
    expect(fork.workflow_run.repository.full_name).toBe('octo-org/octo-repo');
  });
});
