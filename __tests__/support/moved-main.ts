// A real git repository where main moved on after the pull request branched
// off, with real coverage.py reports, and the fake GitHub state that goes with
// it (DESIGN, "What was measured decides everything else"):
//
//   main:  c0 ── c1            c1 adds 8 lines at the top of calc.py
//           \      \
//   PR:      h ──── M          h adds scaled() (4 statements, 3 never run);
//                              M is GitHub's merge commit (refs/pull/7/merge)
//
// Patch coverage is 1 of 4 (25%) in every numbering; read in the wrong
// numbering (the head's diff on the merge commit's report) it is 2 of 2.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeState } from './fake-github/index.js';
import { makeZip } from './fake-github/zip.js';
import { PR_NUMBER, WORKFLOW } from './scenario.js';
import { tempDir } from './temp.js';

const CALC = `def add(a, b):
    return a + b


def sub(a, b):
    return a - b
`;

const MOVED_TOP = `# Arithmetic helpers.
#
# Main gained these eight lines after the pull request branched off.
#
PRECISION = 2
ROUNDING = "half-even"
LIMIT = 10**6

`;

const SCALED = `

def scaled(values, k):
    if not values:
        return []
    return [v * k for v in values]
`;

const TESTS = `import unittest

import calc


class CalcTest(unittest.TestCase):
    def test_add(self):
        self.assertEqual(calc.add(1, 2), 3)

    def test_sub(self):
        self.assertEqual(calc.sub(3, 2), 1)
`;

export interface MovedMain {
  /** A non-bare repository holding every commit; refs/pull/7/merge names M. */
  origin: string;
  c0: string;
  c1: string;
  head: string;
  merge: string;
  /** coverage.py's JSON report at a commit, made in a checkout of it. */
  report: (sha: string) => Buffer;
  /** Unified diffs, as git prints them. */
  diff: (range: string) => string;
}

export const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

/** Runs the tests under coverage.py 6.5 (Debian's python3-coverage) in `dir`; returns its JSON report. */
export function measure(dir: string): Buffer {
  const python = (...args: string[]) =>
    execFileSync('/usr/bin/python3', ['-m', 'coverage', ...args], { cwd: dir, stdio: 'pipe' });
  python('run', '--include=calc.py', '-m', 'unittest', '-q', 'test_calc');
  python('json', '-q', '-o', 'coverage.json');
  const report = readFileSync(join(dir, 'coverage.json'));
  rmSync(join(dir, '.coverage'), { force: true });
  rmSync(join(dir, 'coverage.json'), { force: true });
  return report;
}

export function buildMovedMain(): MovedMain {
  const origin = tempDir('cg-moved-main-');
  const g = (...args: string[]) => git(origin, ...args);
  g('init', '-q', '-b', 'main');
  g('config', 'user.email', 'test@example.invalid');
  g('config', 'user.name', 'Test');
  const commit = (files: Record<string, string>, message: string) => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(origin, name), text);
    g('add', ...Object.keys(files));
    g('commit', '-q', '-m', message);
    return g('rev-parse', 'HEAD');
  };
  const c0 = commit({ 'calc.py': CALC, 'test_calc.py': TESTS }, 'calc');
  g('checkout', '-q', '-b', 'feature');
  const head = commit({ 'calc.py': CALC + SCALED }, 'Add scaled()');
  g('checkout', '-q', 'main');
  const c1 = commit({ 'calc.py': MOVED_TOP + CALC }, 'Header for calc');
  // GitHub's test merge: first parent the base tip, second the PR head.
  g('checkout', '-q', '--detach', c1);
  g('merge', '-q', '--no-ff', '--no-edit', head);
  const merge = g('rev-parse', 'HEAD');
  g('update-ref', `refs/pull/${PR_NUMBER}/merge`, merge);
  g('update-ref', `refs/pull/${PR_NUMBER}/head`, head);
  g('checkout', '-q', 'main');

  const reports = new Map<string, Buffer>();
  const report = (sha: string) => {
    let known = reports.get(sha);
    if (!known) {
      g('checkout', '-q', '--detach', sha);
      known = measure(origin);
      g('checkout', '-q', 'main');
      reports.set(sha, known);
    }
    return known;
  };
  const diff = (range: string) =>
    execFileSync('git', ['diff', '--no-color', '--src-prefix=a/', '--dst-prefix=b/', range], {
      cwd: origin,
      encoding: 'utf8',
    });
  return { origin, c0, c1, head, merge, report, diff };
}

/** A checkout as `actions/checkout` makes it: the ref fetched (shallow by default), detached. */
export function checkout(repo: MovedMain, ref: string, options: { depth?: number } = {}): string {
  const dir = tempDir('cg-checkout-');
  git(dir, 'init', '-q');
  const depth = options.depth ? [`--depth=${options.depth}`] : [];
  git(dir, 'fetch', '-q', ...depth, `file://${repo.origin}`, ref);
  git(dir, 'checkout', '-q', '--detach', 'FETCH_HEAD');
  return dir;
}

/**
 * The fake GitHub for this repository: push runs of main at c0 and c1
 * (unless left out) with the reports made there, and pull request 7.
 */
export function movedMainState(
  repo: MovedMain,
  options: { runsAt?: ('c0' | 'c1')[] } = {},
): Partial<FakeState> {
  const at = options.runsAt ?? ['c0', 'c1'];
  const specs = [
    { key: 'c0' as const, id: 601, runNumber: 20, sha: repo.c0, createdAt: '2024-05-01T00:00:00Z' },
    { key: 'c1' as const, id: 602, runNumber: 21, sha: repo.c1, createdAt: '2024-05-02T00:00:00Z' },
  ].filter((s) => at.includes(s.key));
  return {
    commits: [
      { sha: repo.c0, parents: [] },
      { sha: repo.c1, parents: [repo.c0] },
      { sha: repo.head, parents: [repo.c0] },
      { sha: repo.merge, parents: [repo.c1, repo.head] },
    ],
    workflows: [WORKFLOW],
    runs: specs.map((s) => ({
      id: s.id,
      workflowId: WORKFLOW.id,
      headBranch: 'main',
      headSha: s.sha,
      event: 'push',
      status: 'completed' as const,
      conclusion: 'success' as const,
      createdAt: s.createdAt,
      runNumber: s.runNumber,
    })),
    artifacts: specs.map((s) => ({
      id: 9000 + s.id,
      runId: s.id,
      name: 'coverage-baseline',
      expired: false,
      zip: makeZip({ 'coverage.json': repo.report(s.sha) }),
    })),
    pulls: [
      {
        number: PR_NUMBER,
        state: 'open',
        head: { sha: repo.head, ref: 'feature', repoFullName: 'octo-org/octo-repo' },
        base: { sha: repo.c1, ref: 'main', repoFullName: 'octo-org/octo-repo' },
        diff: repo.diff(`${repo.c0}...${repo.head}`),
      },
    ],
    compareDiffs: {
      [`${repo.c1}...${repo.merge}`]: repo.diff(`${repo.c1}..${repo.merge}`),
    },
  };
}
