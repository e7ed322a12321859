// The delta explained on real repositories measured by the real coverage.py:
// deleting a tested function, removing a test, and lines moved by the diff
// each land in their own part, and the parts add up to the delta (resultOf
// checks that for every result it reads).
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prComments, resultOf } from '../support/e2e.js';
import { pullRequestEvent } from '../support/fake-github/events.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { runInProcess } from '../support/in-process.js';
import { type PythonRepo, pythonRepo } from '../support/python-repo.js';
import { PR_NUMBER, startScenario } from '../support/scenario.js';

interface Part {
  part: string;
  statements: { covered: number; total: number };
  branches?: { covered: number; total: number };
  points: number;
}

let gh: FakeGitHub;
afterEach(async () => {
  await gh?.close();
});

const CALC = `def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b
`;

const TESTS = `import unittest

import calc


class CalcTest(unittest.TestCase):
    def test_add(self):
        self.assertEqual(calc.add(1, 2), 3)

    def test_sub(self):
        self.assertEqual(calc.sub(3, 2), 1)
`;

function measure(repo: PythonRepo, out: string, branch = false): void {
  const args = [
    ...(branch ? ['--branch'] : []),
    '--include=calc.py',
    '-m',
    'unittest',
    '-q',
    'test_calc',
  ];
  writeFileSync(join(repo.dir, out), repo.measure('.', args, out));
}

/** A repository with calc.py and its tests at base; `change` makes the PR's commit. */
function twoCommits(change: (repo: PythonRepo) => void, branch = false) {
  const repo = pythonRepo();
  repo.write({
    '.gitignore': '.coverage\n__pycache__/\n*.json\n',
    'calc.py': CALC,
    'test_calc.py': TESTS,
  });
  const base = repo.commit('calc');
  measure(repo, 'base.json', branch);
  change(repo);
  const head = repo.commit('the change');
  measure(repo, 'coverage.json', branch);
  return { repo, base, head };
}

async function check(
  { repo, base, head }: ReturnType<typeof twoCommits>,
  inputs: Record<string, string>,
) {
  gh = await startScenario();
  return runInProcess({
    apiUrl: gh.url,
    token: gh.state.token,
    eventName: 'pull_request',
    payload: pullRequestEvent({
      number: PR_NUMBER,
      head: { sha: head, ref: 'feature' },
      base: { sha: base, ref: 'main' },
    }),
    workspace: repo.dir,
    sha: head,
    ref: `refs/pull/${PR_NUMBER}/merge`,
    inputs: { 'base-coverage-file': 'base.json', ...inputs },
  });
}

const partsOf = (result: { deltaParts: { parts: Part[] } }) =>
  Object.fromEntries(result.deltaParts.parts.map((p) => [p.part, p]));

test('deleting a tested function drops the total under "deleted lines": the drop gate fails, new-uncovered passes', async () => {
  const scenario = twoCommits((repo) => {
    repo.write({
      'calc.py': CALC.replace('def add(a, b):\n    return a + b\n\n\n', ''),
      'test_calc.py': TESTS.replace(
        '    def test_add(self):\n        self.assertEqual(calc.add(1, 2), 3)\n\n',
        '',
      ),
    });
  });
  const run = await check(scenario, { 'max-coverage-drop': '0', 'max-new-uncovered-lines': '0' });
  const result = resultOf(run);
  // Base: 5 of 6 statements (mul's body never runs); head: 3 of 4.
  expect([result.base.covered, result.base.statements]).toEqual([5, 6]);
  expect([result.totals.covered, result.totals.statements]).toEqual([3, 4]);
  const parts = partsOf(result);
  expect(parts['deleted-covered']?.statements).toEqual({ covered: -2, total: -2 });
  // (−2 − 5/6·(−2)) / 4 × 100
  expect(parts['deleted-covered']?.points).toBeCloseTo((100 * (-2 + (5 / 6) * 2)) / 4, 12);
  for (const name of ['changed-covered', 'lost-coverage', 'gained-coverage', 'not-in-diff'])
    expect(parts[name]?.statements).toEqual({ covered: 0, total: 0 });
  expect(result.failedGates).toEqual(['max-coverage-drop']);
  const gate = result.gates.find((g: { name: string }) => g.name === 'max-new-uncovered-lines');
  expect(gate).toMatchObject({ passed: true, skipped: false, actual: 0, threshold: 0 });
  expect(run.outputs['failed-gates']).toBe('["max-coverage-drop"]');
  const body = prComments(gh)[0]?.body ?? '';
  expect(body).toMatch(/Why coverage changed/);
  expect(body).toMatch(/\| Deleted lines, covered at base \| -2 \/ -2 \| \*\*-8\.33 pp\*\* \|/);
});

test('a removed test leaves unchanged lines uncovered: "lost coverage" names them in head numbering, and new-uncovered fails', async () => {
  const scenario = twoCommits((repo) => {
    // Two lines at the top move sub() down by two; its body no longer runs.
    repo.write({
      'calc.py': `"""Arithmetic."""\nSCALE = 1\n${CALC}`,
      'test_calc.py': TESTS.replace(
        '\n    def test_sub(self):\n        self.assertEqual(calc.sub(3, 2), 1)\n',
        '',
      ),
    });
  });
  const run = await check(scenario, { 'max-new-uncovered-lines': '0' });
  const result = resultOf(run);
  const parts = partsOf(result);
  expect(parts['lost-coverage']?.statements).toEqual({ covered: -1, total: 0 });
  expect(parts['changed-covered']?.statements).toEqual({ covered: 2, total: 2 });
  expect(result.deltaParts.lostCoverage).toEqual([{ path: 'calc.py', ranges: [[8, 8]], lines: 1 }]);
  expect(result.newUncovered).toEqual([{ path: 'calc.py', ranges: [[8, 8]], lines: 1 }]);
  expect(result.failedGates).toEqual(['max-new-uncovered-lines']);
  const body = prComments(gh)[0]?.body ?? '';
  expect(body).toMatch(/Lost coverage \(unchanged lines\)/);
  const anchor = createHash('sha256').update('calc.py').digest('hex');
  expect(body).toContain(
    `[8](https://github.com/octo-org/octo-repo/pull/${PR_NUMBER}/files#diff-${anchor}R8)`,
  );
  expect(body).toContain(
    `[\`calc.py\`](https://github.com/octo-org/octo-repo/blob/${scenario.head}/calc.py)`,
  );
  // The job summary explains the delta too.
  expect(run.summary).toMatch(/Why coverage changed/);
});

test('with branch data the parts count branches too and still add up', async () => {
  const scenario = twoCommits((repo) => {
    repo.write({
      'calc.py': `${CALC}\n\ndef clamp(x):\n    if x < 0:\n        return 0\n    return x\n`,
      'test_calc.py': `${TESTS}\n    def test_clamp(self):\n        self.assertEqual(calc.clamp(3), 3)\n`,
    });
  }, true);
  const run = await check(scenario, {});
  const result = resultOf(run);
  expect(result.deltaParts.basis).toBe('statements-and-branches');
  const parts = partsOf(result);
  // clamp: 4 statements, `return 0` never runs; one of the `if`'s two arcs.
  expect(parts['changed-covered']?.statements).toEqual({ covered: 3, total: 3 });
  expect(parts['changed-uncovered']?.statements).toEqual({ covered: 0, total: 1 });
  expect(parts['changed-covered']?.branches).toEqual({ covered: 1, total: 2 });
  expect(parts['not-in-diff']?.statements).toEqual({ covered: 0, total: 0 });
  expect(parts['not-in-diff']?.branches).toEqual({ covered: 0, total: 0 });
});

test('a changed Python file the report does not list is named in a note and counted in unmeasured-files', async () => {
  const scenario = twoCommits((repo) => {
    repo.write({
      'tools/report.py': 'def render():\n    return 1\n',
      // Not languages the report measures, or tests: never named.
      'README.txt': 'docs\n',
      'tests/test_tools.py': 'def test_render():\n    pass\n',
    });
  });
  const run = await check(scenario, {});
  const result = resultOf(run);
  expect(result.unmeasuredFiles).toEqual(['tools/report.py']);
  expect(run.outputs['unmeasured-files']).toBe('1');
  expect(result.notes.join('\n')).toMatch(
    /A changed file is not in the report \(no test imports it, or the coverage source setting does not include it\): tools\/report\.py\./,
  );
  // Nothing covered changed, so the delta is ±0 and its parts are all zero.
  expect(result.delta).toBe(0);
  expect(result.deltaParts.parts.every((p: Part) => p.points === 0)).toBe(true);
});
