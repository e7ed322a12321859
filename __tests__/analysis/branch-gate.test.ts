/**
 * `min-branch-coverage`: the share of branches covered, from coverage.py's
 * branch counts (= its `percent_branches_covered`) or the other formats'
 * branch metric (= their own summaries); "n/a" with a note, never a pass
 * that pretends, when the report has no branch data.
 */
import { join } from 'node:path';
import type { GateOptions, GateResult } from '../../src/analysis/gates.js';
import { analyse, type Result } from '../../src/analysis/result.js';
import { COMMENT_FILE_SCHEMA, parseCommentFile } from '../../src/analysis/result-schema.js';
import { readReportFile } from '../../src/report/load.js';
import { FIXTURES, readJson } from '../support/fixture-data.js';
import { parseLcovSummary, readFixture } from '../support/js-fixture-data.js';

const gates = (minBranchCoverage: number | null): GateOptions => ({
  minCoverage: 0,
  minFileCoverage: 0,
  minFileStatements: 0,
  fileThresholds: [],
  maxCoverageDrop: null,
  minPatchCoverage: null,
  minBranchCoverage,
  failOnMissingBaseline: false,
  precision: 2,
});
const impact = { minStatements: 0, maxCoverage: 0, target: 50, count: 0 };

async function run(path: string, minBranchCoverage: number | null): Promise<Result> {
  const head = await readReportFile(join(FIXTURES, path));
  return analyse({ head, base: null, changes: null, gates: gates(minBranchCoverage), impact });
}

function branchGate(result: Result): GateResult | undefined {
  return result.gates.find((g) => g.name === 'min-branch-coverage');
}

describe('coverage.py', () => {
  const totals = (
    readJson(join(FIXTURES, 'py7-branch/head/coverage.json')) as {
      totals: { percent_branches_covered: number; num_branches: number; covered_branches: number };
    }
  ).totals;

  test("the value is coverage.py's percent_branches_covered, exactly", async () => {
    const gate = branchGate(await run('py7-branch/head/coverage.json', 60));
    expect(gate?.actual).toBe(totals.percent_branches_covered);
    expect(gate).toMatchObject({ passed: true, skipped: false, threshold: 60 });
    expect(gate?.message).toBe(
      `Branch coverage 64.88% (${totals.covered_branches} of ${totals.num_branches} branches) meets the minimum 60%`,
    );
  });

  test('a minimum above it fails the run, though the total passes', async () => {
    const result = await run('py7-branch/head/coverage.json', 65);
    expect(branchGate(result)).toMatchObject({ passed: false, skipped: false });
    expect(result.passed).toBe(false);
    expect(result.failedGates).toEqual(['min-branch-coverage']);
  });

  test('a line-only report: n/a with a note, not a pass that pretends', async () => {
    const result = await run('py7-line/head/coverage.json', 65);
    expect(branchGate(result)).toMatchObject({ skipped: true, actual: null });
    expect(branchGate(result)?.message).toMatch(/n\/a: the report has no branch data/);
    expect(
      result.notes.some((n) => /min-branch-coverage is 65% but .* has no branch data/.test(n)),
    ).toBe(true);
  });

  test('off by default: no gate, no note', async () => {
    const result = await run('py7-line/head/coverage.json', null);
    expect(branchGate(result)).toBeUndefined();
    expect(result.notes.some((n) => n.includes('min-branch-coverage'))).toBe(false);
  });
});

test("LCOV: the value is lcov --summary's branch figure", async () => {
  const printed = parseLcovSummary(readFixture('producers', 'lcov-comments', 'lcov-summary.txt'));
  const result = await run('producers/lcov-comments/lcov.info', 40);
  const gate = branchGate(result);
  expect(gate?.actual).toBe(
    (100 * (printed.branches?.covered ?? 0)) / (printed.branches?.total ?? 1),
  );
  expect(gate?.passed).toBe(true);
  expect(branchGate(await run('producers/lcov-comments/lcov.info', 40.1))?.passed).toBe(false);
});

test("Cobertura: the value is the root's branches-covered / branches-valid", async () => {
  const gate = branchGate(await run('cobertura/head/coverage.xml', 50));
  // Jest's cobertura root: branches-valid="30" branches-covered="15".
  expect(gate).toMatchObject({ actual: 50, passed: true });
  expect(branchGate(await run('cobertura/head/coverage.xml', 50.01))?.passed).toBe(false);
});

test('Cobertura with no branch counted (Xcode export): n/a with a note', async () => {
  const result = await run('producers/cobertura-xcode/coverage.xml', 10);
  expect(branchGate(result)).toMatchObject({ skipped: true, passed: true, actual: null });
  expect(result.notes.some((n) => n.startsWith('min-branch-coverage is 10% but'))).toBe(true);
});

test("a result with the branch gate passes the fork flow's comment-file check", async () => {
  const result = await run('py7-branch/head/coverage.json', 65);
  const file = {
    schema: COMMENT_FILE_SCHEMA,
    pullRequest: 7,
    headSha: 'a'.repeat(40),
    commentId: 'default',
    result,
  };
  const parsed = await parseCommentFile(Buffer.from(JSON.stringify(file)), 'comment.json');
  expect(parsed.result.gates.find((g) => g.name === 'min-branch-coverage')).toMatchObject({
    passed: false,
    threshold: 65,
  });
});
