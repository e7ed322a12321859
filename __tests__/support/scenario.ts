// A repository on the fake GitHub API shaped like the acceptance cases:
// main moved on after the pull request branched off, and the base branch's
// runs (of this and another workflow, successful and failed) carry artifacts.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type FakeArtifact,
  type FakeGitHub,
  type FakeRun,
  type FakeState,
  startFakeGitHub,
} from './fake-github/index.js';
import { makeZip } from './fake-github/zip.js';
import { ROOT } from './run-action.js';
import { tempDir } from './temp.js';

export const FIXTURES = join(ROOT, 'fixtures', 'reports');
export const fixture = (path: string) => readFileSync(join(FIXTURES, path));

export const sha = (name: string) => createHash('sha1').update(name).digest('hex');

/** main: c1 ← c2 (the merge base) ← c3 ← c4 (tip); the PR: c2 ← h1. */
export const C = {
  c1: sha('c1'),
  mergeBase: sha('c2'),
  c3: sha('c3'),
  tip: sha('c4'),
  head: sha('h1'),
};

export const WORKFLOW = { id: 1001, path: '.github/workflows/coverage.yml', name: 'Coverage' };
export const OTHER_WORKFLOW = { id: 1002, path: '.github/workflows/lint.yml', name: 'Lint' };
export const PR_NUMBER = 7;

/** Totals `coverage report` printed for the fixture reports (their report.txt). */
export function reportTotal(variant: string, side: 'base' | 'head'): string {
  const lines = readFileSync(join(FIXTURES, variant, side, 'report.txt'), 'utf8')
    .trim()
    .split('\n');
  const total = lines[lines.length - 1] ?? '';
  const m = /(\d+\.\d+)%$/.exec(total);
  if (!m?.[1]) throw new Error(`no TOTAL in ${variant}/${side}/report.txt`);
  return m[1];
}

export const baselineZip = (variant: string) =>
  makeZip({ 'coverage.json': fixture(`${variant}/base/coverage.json`) });

interface RunSpec {
  id: number;
  runNumber: number;
  workflowId: number;
  headSha: string;
  conclusion: 'success' | 'failure';
  createdAt: string;
  zip?: Uint8Array;
  expired?: boolean;
}

export const RUNS: RunSpec[] = [
  // Newest first. The tip of main: newer than the merge base, must not be used.
  {
    id: 504,
    runNumber: 14,
    workflowId: WORKFLOW.id,
    headSha: C.tip,
    conclusion: 'success',
    createdAt: '2024-03-04T00:00:00Z',
    zip: baselineZip('py7-line'),
  },
  // Another workflow's run at the merge base, with an artifact of the same name.
  {
    id: 503,
    runNumber: 3,
    workflowId: OTHER_WORKFLOW.id,
    headSha: C.mergeBase,
    conclusion: 'success',
    createdAt: '2024-03-03T00:00:00Z',
    zip: baselineZip('py6-line'),
  },
  // A failed run at the merge base.
  {
    id: 502,
    runNumber: 13,
    workflowId: WORKFLOW.id,
    headSha: C.mergeBase,
    conclusion: 'failure',
    createdAt: '2024-03-02T12:00:00Z',
    zip: baselineZip('py6-line'),
  },
  // The run at the merge base.
  {
    id: 501,
    runNumber: 12,
    workflowId: WORKFLOW.id,
    headSha: C.mergeBase,
    conclusion: 'success',
    createdAt: '2024-03-02T00:00:00Z',
    zip: baselineZip('py7-branch'),
  },
  // An older ancestor.
  {
    id: 500,
    runNumber: 11,
    workflowId: WORKFLOW.id,
    headSha: C.c1,
    conclusion: 'success',
    createdAt: '2024-03-01T00:00:00Z',
    zip: baselineZip('py6-branch'),
  },
];

export function buildState(
  options: { runs?: RunSpec[]; fork?: boolean; patch?: (run: RunSpec) => RunSpec } = {},
): Partial<FakeState> {
  const specs = (options.runs ?? RUNS).map((r) => (options.patch ? options.patch(r) : r));
  const runs: FakeRun[] = specs.map((r) => ({
    id: r.id,
    workflowId: r.workflowId,
    headBranch: 'main',
    headSha: r.headSha,
    event: 'push',
    status: 'completed',
    conclusion: r.conclusion,
    createdAt: r.createdAt,
    runNumber: r.runNumber,
  }));
  const artifacts: FakeArtifact[] = specs
    .filter((r) => r.zip)
    .map((r) => ({
      id: 9000 + r.id,
      runId: r.id,
      name: 'coverage-baseline',
      expired: r.expired ?? false,
      zip: r.zip as Uint8Array,
    }));
  return {
    commits: [
      { sha: C.c1, parents: [] },
      { sha: C.mergeBase, parents: [C.c1] },
      { sha: C.c3, parents: [C.mergeBase] },
      { sha: C.tip, parents: [C.c3] },
      { sha: C.head, parents: [C.mergeBase] },
    ],
    workflows: [WORKFLOW, OTHER_WORKFLOW],
    runs,
    artifacts,
    pulls: [
      {
        number: PR_NUMBER,
        state: 'open',
        head: {
          sha: C.head,
          ref: 'feature',
          repoFullName: options.fork ? 'someone/octo-repo' : 'octo-org/octo-repo',
        },
        base: { sha: C.tip, ref: 'main', repoFullName: 'octo-org/octo-repo' },
        diff: fixture('pr.diff').toString('utf8'),
      },
    ],
    readOnlyToken: options.fork ?? false,
  };
}

export async function startScenario(
  options: Parameters<typeof buildState>[0] = {},
): Promise<FakeGitHub> {
  return startFakeGitHub(buildState(options));
}

/** A workspace holding `coverage.json` (the head report by default). */
export function workspace(
  report: Uint8Array | string = fixture('py7-branch/head/coverage.json'),
): string {
  const dir = tempDir('cg-workspace-');
  writeFileSync(join(dir, 'coverage.json'), report);
  return dir;
}

/** `pages` pages of 100 comments on the pull request, ours (with an old body) last. */
export function addCommentPages(gh: FakeGitHub, pages: number): void {
  const total = (pages - 1) * 100 + 1;
  for (let i = 0; i < total; i++) {
    const ours = i === total - 1;
    gh.state.comments.push({
      id: 5000 + i,
      issueNumber: PR_NUMBER,
      body: ours ? '<!-- coverage-gate:default -->\nold figures' : `review note ${i}`,
      user: ours
        ? { login: 'github-actions[bot]', type: 'Bot' }
        : { login: 'octocat', type: 'User' },
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
    });
  }
}
