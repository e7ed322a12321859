/**
 * What the comment and the terminal say for the producers' reports: a line
 * format's impact list and sentences say lines, not statements; the branch
 * gate has its row ("n/a" without branch data); a stated-totals note shows.
 */
import { join } from 'node:path';
import type { GateOptions } from '../../src/analysis/gates.js';
import { analyse, type Result } from '../../src/analysis/result.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { readReportFile } from '../../src/report/load.js';
import { FIXTURES } from '../support/fixture-data.js';

const gates = (over: Partial<GateOptions> = {}): GateOptions => ({
  minCoverage: 0,
  minFileCoverage: 0,
  minFileStatements: 0,
  fileThresholds: [],
  maxCoverageDrop: null,
  minPatchCoverage: null,
  failOnMissingBaseline: false,
  precision: 2,
  ...over,
});
const impact = { minStatements: 0, maxCoverage: 80, target: 75, count: 10 };

async function run(path: string, over: Partial<GateOptions> = {}): Promise<Result> {
  const head = await readReportFile(join(FIXTURES, path));
  return analyse({ head, base: null, changes: null, gates: gates(over), impact });
}

// Markdown escapes punctuation in notes; compare without the escapes.
const plain = (markdown: string): string => markdown.replace(/\\/g, '');
// Istanbul's own statements metric is a figure of its own, shown as such.
const withoutMetricRows = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !/_statements_|^\s*statements\s/i.test(line))
    .join('\n');

describe.each([
  ['lcov', 'producers/lcov-stated/lcov.info', 2],
  ['istanbul', 'istanbul/head/coverage-final.json', 11],
  ['cobertura', 'producers/cobertura-xcode/coverage.xml', 5],
])('%s: a line format says lines', (_format, path, minFileStatements) => {
  let result: Result;
  beforeAll(async () => {
    result = await run(path, { minFileCoverage: 1, minFileStatements });
  });

  test('the impact table and every sentence count lines; none says statements', () => {
    expect(result.impact.length).toBeGreaterThan(0);
    expect(result.gates.find((g) => g.name === 'min-file-coverage')?.message).toBe(
      `Every file with ${minFileStatements}+ lines is at or above 1%`,
    );
    const markdown = renderMarkdown(result);
    expect(markdown).toContain('| # | File | Lines | Coverage | Uncovered | Tier | Gain |');
    expect(withoutMetricRows(markdown)).not.toMatch(/statements?/i);
    const text = renderText(result, { colour: false });
    expect(text).toMatch(/#\s+File\s+Lines\s+Cover/);
    expect(withoutMetricRows(text)).not.toMatch(/statements?|stmts/i);
  });
});

test('coverage.py keeps its statements', async () => {
  const result = await run('py7-line/head/coverage.json', {
    minFileCoverage: 1,
    minFileStatements: 40,
  });
  expect(renderMarkdown(result)).toContain('| # | File | Statements | Coverage |');
  expect(result.gates.find((g) => g.name === 'min-file-coverage')?.message).toBe(
    'Every file with 40+ statements is at or above 1%',
  );
});

test('the branch gate has its row: a figure, or n/a with the note', async () => {
  const measured = renderMarkdown(
    await run('py7-branch/head/coverage.json', { minBranchCoverage: 65 }),
  );
  expect(measured).toMatch(/\| Branch coverage \| ❌ \| 64\.88% \| ≥ 65% \|/);
  const none = await run('py7-line/head/coverage.json', { minBranchCoverage: 65 });
  const markdown = plain(renderMarkdown(none));
  expect(markdown).toMatch(/\| Branch coverage \| ➖ \| n\/a \| ≥ 65% \|/);
  expect(markdown).toMatch(/> \[!NOTE\]\n> min-branch-coverage is 65% but .* has no branch data/);
  expect(renderText(none, { colour: false })).toMatch(
    /skip\s+min-branch-coverage: Branch coverage is n\/a/,
  );
});

test("a producer's stated totals that differ show as a note in the comment and the terminal", async () => {
  const result = await run('producers/cobertura-double-count/coverage.xml');
  const note = result.notes.find((n) => n.includes('states 13 of 18 lines'));
  expect(note).toContain('the listed lines count (difference -2.22 pp');
  expect(plain(renderMarkdown(result))).toContain('states 13 of 18 lines (72.22%)');
  expect(renderText(result, { colour: false })).toContain('states 13 of 18 lines (72.22%)');
});
