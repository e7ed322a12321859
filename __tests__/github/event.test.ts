// The run's event, parsed once into a RunEvent.
import { parseEvent } from '../../src/github/event.js';
import { pullRequestEvent, pushEvent, workflowRunEvent } from '../support/fake-github/events.js';

const fields = (name: string, sha = 'f'.repeat(40)) => ({
  name,
  repo: { owner: 'octo-org', repo: 'octo-repo' },
  sha,
  ref: 'refs/heads/main',
  runId: 42,
  workflowRef: 'octo-org/octo-repo/.github/workflows/coverage.yml@refs/heads/main',
});

const pr = (repoFullName?: string) =>
  pullRequestEvent({
    number: 7,
    head: { sha: 'a'.repeat(40), ref: 'feature', ...(repoFullName ? { repoFullName } : {}) },
    base: { sha: 'b'.repeat(40), ref: 'main' },
  });

test('a pull request: its number, base and head; same repository is not a fork', () => {
  const event = parseEvent(fields('pull_request'), pr());
  expect(event.target).toEqual({
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
    headSha: 'a'.repeat(40),
    pull: {
      number: 7,
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
      headSha: 'a'.repeat(40),
      fromFork: false,
    },
    mergeGroup: false,
  });
  expect(event.workflowRun).toBeNull();
  expect(event.repo).toEqual({ owner: 'octo-org', repo: 'octo-repo' });
});

test("a fork's pull request is a fork on pull_request, not on pull_request_target (its token can comment)", () => {
  expect(parseEvent(fields('pull_request'), pr('someone/octo-repo')).target?.pull?.fromFork).toBe(
    true,
  );
  expect(
    parseEvent(fields('pull_request_target'), pr('someone/octo-repo')).target?.pull?.fromFork,
  ).toBe(false);
});

test('a merge group: the base branch without refs/heads/, no pull request', () => {
  const event = parseEvent(fields('merge_group', 'c'.repeat(40)), {
    merge_group: { base_ref: 'refs/heads/main', base_sha: 'b'.repeat(40) },
  });
  expect(event.target).toEqual({
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
    headSha: 'c'.repeat(40),
    pull: null,
    mergeGroup: true,
  });
});

test('a push: the head commit and the default branch; no target', () => {
  const payload = pushEvent({
    ref: 'refs/heads/main',
    after: 'd'.repeat(40),
    headCommit: { timestamp: '2026-01-05T10:00:00Z', message: 'Merge pull request #12' },
  });
  const event = parseEvent(fields('push'), payload);
  expect(event.target).toBeNull();
  expect(event.headCommit).toMatchObject({
    timestamp: '2026-01-05T10:00:00Z',
    message: 'Merge pull request #12',
  });
  expect(event.defaultBranch).toBe('main');
});

test('workflow_run: the triggering run when the payload names one with an id and a commit', () => {
  const payload = workflowRunEvent({ runId: 77, headSha: 'e'.repeat(40), headBranch: 'feature' });
  const event = parseEvent(fields('workflow_run'), payload);
  expect(event.workflowRun).toMatchObject({ id: 77, head_sha: 'e'.repeat(40) });
  expect(parseEvent(fields('workflow_run'), { workflow_run: { id: 'x' } }).workflowRun).toBeNull();
  expect(parseEvent(fields('workflow_dispatch'), null).workflowRun).toBeNull();
});
