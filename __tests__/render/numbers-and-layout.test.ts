// The numbers a reader sees and how the comment is laid out on large PRs,
// on reports made by coverage.py (fixtures/reports/edge: scripts/make-edge-fixtures.sh).
import { readFileSync } from 'node:fs';
import { marked, type Tokens } from 'marked';
import { parseUnifiedDiff } from '../../src/analysis/diff.js';
import { analyse, type Result } from '../../src/analysis/result.js';
import { code } from '../../src/render/format.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { parseReport } from '../../src/report/load.js';
import type { FileCoverage } from '../../src/report/model.js';
import { normaliseReport } from '../../src/report/paths.js';
import { readSettings } from '../../src/settings.js';
import { FIXTURES, runMain } from '../support/cli.js';
import { firstLinesRan, reportOf } from '../support/coverage-builders.js';

const fixtures = new URL('../../fixtures/reports/', import.meta.url);
const read = async (path: string) =>
  normaliseReport(await parseReport(readFileSync(new URL(path, fixtures)), path), {
    workspace: '/nowhere',
  });
const settings = (values: Record<string, string> = {}) => readSettings((name) => values[name]);

describe('an empty report is refused like coverage.py\'s "No data to report."', () => {
  it('a file with no statements: exit 2, one line naming the file', async () => {
    const run = await runMain(['--coverage', `${FIXTURES}/edge/no-lines/coverage.json`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      /edge\/no-lines\/coverage\.json: no data to report: its one file has no executable statements/,
    );
  });

  it('an empty baseline file is refused too, not read as 100% and a drop', async () => {
    const run = await runMain([
      '--coverage',
      `${FIXTURES}/py7-line/head/coverage.json`,
      '--base',
      `${FIXTURES}/edge/no-lines/coverage.json`,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no-lines\/coverage\.json: no data to report/);
  });
});

describe('coverage.py before 7.13.1 lists a module docstring among executed_lines', () => {
  const diff = readFileSync(new URL('edge/docstring/pr.diff', fixtures), 'utf8');

  it('the result and the comment say the patch figure may count it', async () => {
    const head = await read('edge/docstring/coverage.json');
    const prices = head.files.get('pkg/prices.py') as FileCoverage;
    // coverage.py 6.5: line 1 (the docstring) is "executed", yet only 4 statements.
    expect(prices.executedLines).toContain(1);
    expect(prices.executedLines.length + prices.missingLines.length).toBeGreaterThan(
      prices.statements,
    );
    const s = settings();
    const result = analyse({
      head,
      base: null,
      changes: parseUnifiedDiff(diff, 'pr.diff'),
      gates: s.gates,
      impact: s.impact,
    });
    // Lines 1 (docstring), 8 (ran) and 9 (missed) count: 2 of 3, though only 8 and 9 are statements.
    expect(result.patch).toMatchObject({ lines: 3, covered: 2 });
    expect(result.patchNonStatements).toEqual(['pkg/prices.py']);
    const body = renderMarkdown(result);
    expect(body).toMatch(/\| Changed lines \| 66\.67% ¹ \|/);
    expect(body).toContain('¹ The changed-lines figure may count lines that are not statements');
    expect(body).toContain(code('pkg/prices.py'));
    expect(renderText(result)).toMatch(/the patch figure may count lines that are not statements/);
  });

  it('a report whose lines add up (coverage.py 7.16.2) carries no such caveat', async () => {
    const head = await read('py7-line/head/coverage.json');
    const s = settings();
    const result = analyse({
      head,
      base: null,
      changes: parseUnifiedDiff(readFileSync(new URL('pr.diff', fixtures), 'utf8'), 'pr.diff'),
      gates: s.gates,
      impact: s.impact,
    });
    expect(result.patchNonStatements).toBeUndefined();
    expect(renderMarkdown(result)).not.toContain('¹');
  });
});

describe('like with like when only one side measured branches', () => {
  it('every file and the total compare statements alone, both ways round', async () => {
    const branch = await read('py7-branch/head/coverage.json');
    const line = await read('py7-line/head/coverage.json');
    const s = settings();
    for (const [head, base] of [
      [branch, line],
      [line, branch],
    ] as const) {
      const result = analyse({ head, base, changes: null, gates: s.gates, impact: s.impact });
      // The same run with and without --branch: no change at all on statements.
      expect(result.deltaBasis).toBe('statements');
      expect(result.delta).toBe(0);
      for (const row of result.files) expect(row.delta).toBe(0);
      expect(renderText(result)).toMatch(/compares statements alone/);
    }
    const same = analyse({
      head: branch,
      base: branch,
      changes: null,
      gates: s.gates,
      impact: s.impact,
    });
    expect(same.deltaBasis).toBeUndefined();
  });
});

const file = firstLinesRan;
const report = (files: FileCoverage[]) => reportOf(files, 'synthetic.json');

/** A PR touching `changed` files of a large report, with big untested files to suggest. */
function largePr(changed: number, values: Record<string, string> = {}): Result {
  const paths = Array.from(
    { length: changed },
    (_, i) => `services/area_${String(i).padStart(4, '0')}/a/rather/long/module/path/handlers.py`,
  );
  const big = Array.from({ length: 5 }, (_, i) => file(`core/engine_${i}.py`, 600 + i, 10));
  const head = report([...paths.map((p) => file(p, 40, 20)), ...big]);
  const base = report([...paths.map((p) => file(p, 40, 19)), ...big]);
  const diff = paths
    .map(
      (p) =>
        `diff --git a/${p} b/${p}\n--- a/${p}\n+++ b/${p}\n@@ -1,0 +1,30 @@\n${'+x\n'.repeat(30)}`,
    )
    .join('');
  const s = settings(values);
  return analyse({
    head,
    base,
    changes: parseUnifiedDiff(diff, 'big.diff'),
    gates: s.gates,
    impact: s.impact,
  });
}

const headings = (body: string) =>
  marked
    .lexer(body, { gfm: true })
    .filter((t): t is Tokens.Heading => t.type === 'heading')
    .map((t) => t.text);

describe('large pull requests', () => {
  it('"Test these next" leads and is never squeezed out by the changed-files table', () => {
    const result = largePr(3000);
    for (const limit of [65_536, 20_000, 6_000]) {
      const body = renderMarkdown(result, { commentId: 'default', maxLength: limit });
      expect(body.length).toBeLessThanOrEqual(limit);
      const impact = body.indexOf('#### 🎯 Test these next');
      expect(impact).toBeGreaterThan(0);
      for (const entry of result.impact) expect(body).toContain(code(entry.path));
      const changed = body.indexOf('Files changed in this PR');
      if (changed !== -1) expect(impact).toBeLessThan(changed);
    }
    expect(headings(renderMarkdown(result))[1]).toBe('🎯 Test these next');
  });

  it('"Test these next" also survives twenty long notes (a fork may write them)', () => {
    const result = largePr(50);
    result.notes = Array.from({ length: 20 }, (_, i) => `${i} ${'<&>'.repeat(660)}`);
    const body = renderMarkdown(result, { commentId: 'default' });
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('#### 🎯 Test these next');
    expect(body).toMatch(/Some sections were left out/);
  });

  it('no table is ever rendered with a header and no rows', () => {
    const result = largePr(600, { 'min-file-coverage': '90' });
    for (let limit = 2_500; limit <= 30_000; limit += 1_500) {
      const body = renderMarkdown(result, { maxLength: limit });
      expect(body.length).toBeLessThanOrEqual(limit);
      for (const token of marked.lexer(body, { gfm: true })) {
        if (token.type === 'table') expect((token as Tokens.Table).rows.length).toBeGreaterThan(0);
      }
    }
  });

  it('says "1 file", never "1 files"', () => {
    const one = largePr(1, { 'impact-count': '1', 'file-thresholds': 'services/**: 60' });
    const body = renderMarkdown(one);
    const text = renderText(one);
    expect(body).toContain('Testing this file to');
    expect(text).toContain('Testing this file to');
    expect(body).toMatch(/1 file below its threshold/);
    for (const out of [body, text]) expect(out).not.toMatch(/\b1 (files|more files)\b/);
  });
});

describe('precision 0', () => {
  it('an unchanged file (50% → 50%) is not listed as a change', () => {
    // 50.4% → 49.8%: shown as 50% and 50%, a move the reader cannot see.
    const head = report([file('a.py', 500, 249), file('b.py', 100, 90), file('c.py', 100, 10)]);
    const base = report([file('a.py', 500, 252), file('b.py', 100, 80), file('c.py', 100, 10)]);
    const s = settings({ precision: '0' });
    const result = analyse({ head, base, changes: [], gates: s.gates, impact: s.impact });
    const body = renderMarkdown(result);
    expect(body).toContain('Coverage changed in 1 other file<');
    expect(body).toContain(code('b.py'));
    expect(body).not.toContain(code('a.py'));
    expect(body).not.toMatch(/50% \| 50%/);
  });
});
