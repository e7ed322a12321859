import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import { parseUnifiedDiff } from '../../src/analysis/diff.js';
import { analyse, type Result } from '../../src/analysis/result.js';
import { code, inert, lineRanges } from '../../src/render/format.js';
import {
  COMMENT_LIMIT,
  commentMarker,
  renderMarkdown,
  SUMMARY_LIMIT,
} from '../../src/render/markdown.js';
import { parseReport } from '../../src/report/load.js';
import type { CoverageReport } from '../../src/report/model.js';
import { normaliseReport } from '../../src/report/paths.js';
import { readSettings } from '../../src/settings.js';
import { firstLinesRan, reportOf } from '../support/coverage-builders.js';

const fixtures = new URL('../../fixtures/reports/', import.meta.url);

async function fixture(path: string): Promise<CoverageReport> {
  const bytes = readFileSync(new URL(path, fixtures));
  return normaliseReport(await parseReport(bytes, path), { workspace: '/nowhere' });
}

function settings(values: Record<string, string> = {}) {
  return readSettings((name) => values[name]);
}

async function fixtureResult(values: Record<string, string> = {}): Promise<Result> {
  const s = settings(values);
  return analyse({
    head: await fixture('py7-branch/head/coverage.json'),
    base: await fixture('py7-branch/base/coverage.json'),
    changes: parseUnifiedDiff(readFileSync(new URL('pr.diff', fixtures), 'utf8'), 'pr.diff'),
    gates: s.gates,
    impact: s.impact,
  });
}

/** The HTML GitHub would make of the body (GFM tables, raw HTML allowed like cmark-gfm --unsafe). */
function html(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true }) as string;
}

const fixturePr = await fixtureResult({
  'impact-min-statements': '20',
  'impact-max-coverage': '60',
  'min-coverage': '75',
});

describe('renderMarkdown on the fixture PR', () => {
  const result = fixturePr;
  const body = renderMarkdown(result, { commentId: 'default' });

  it('starts with the hidden marker of its comment id', () => {
    expect(body.startsWith(`${commentMarker('default')}\n`)).toBe(true);
    expect(commentMarker('py3.12')).toBe('<!-- coverage-gate:py3.12 -->');
  });

  it('shows the verdict, the total and its change in the headline', () => {
    const headline = body.split('\n')[1] ?? '';
    expect(headline).toContain(result.passed ? 'passed' : 'failed');
    expect(headline).toContain('72.76%');
    expect(headline).toContain('(-1.59 pp)');
  });

  it('lists every file the PR changes with its uncovered changed lines', () => {
    const changed = result.files.filter((f) => f.changed);
    expect(changed.length).toBeGreaterThan(0);
    for (const file of changed) {
      const row = body.split('\n').find((line) => line.startsWith(`| ${code(file.path)} |`));
      expect(row).toBeDefined();
      if (file.patchMissing.length) expect(row).toContain(lineRanges(file.patchMissing, 8));
    }
  });

  it('ends the impact list with the cumulative projection', () => {
    const s = result.impactSummary;
    expect(result.impact.length).toBeGreaterThan(0);
    expect(body).toContain(
      `Testing these ${s.files} files to 50% adds **~${s.gain.toFixed(2)} pp**`,
    );
    for (const entry of result.impact) expect(body).toContain(code(entry.path));
  });

  it('marks a failed gate and names it', () => {
    expect(result.passed).toBe(false);
    expect(body).toMatch(/\| Total coverage \| ❌ \| 72\.76% \| ≥ 75% \|/);
  });

  it('parses as tables whose rows keep their column count', () => {
    const page = html(body);
    const tables = page.match(/<table>[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) {
      const header = (table.match(/<thead>[\s\S]*?<\/thead>/)?.[0].match(/<th[ >]/g) ?? []).length;
      for (const row of table.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr>[\s\S]*?<\/tr>/g) ??
        []) {
        expect((row.match(/<td[ >]/g) ?? []).length).toBe(header);
      }
    }
  });
});

describe('escaping of report strings', () => {
  const hostile = 'src/a|b/<img src=x onerror=alert(1)>/@someone/`tick`/x.py';

  function hostileResult(): Result {
    const head = reportOf([firstLinesRan(hostile, 400, 10), firstLinesRan('src/ok.py', 10, 10)]);
    const base = reportOf([firstLinesRan(hostile, 400, 20)]);
    const diff = `diff --git a/src/ok.py b/src/ok.py\n--- a/src/ok.py\n+++ b/src/ok.py\n@@ -1,1 +1,2 @@\n a\n+b\n`;
    const s = settings({ 'min-file-coverage': '50' });
    return {
      ...analyse({
        head,
        base,
        changes: parseUnifiedDiff(diff, 'x.diff'),
        gates: s.gates,
        impact: s.impact,
      }),
      notes: ['Note with <b>html</b> and @mention and | pipe'],
    };
  }

  it('keeps every path inert: no HTML element, no mention, tables intact', () => {
    const page = html(renderMarkdown(hostileResult(), { commentId: 'default' }));
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toMatch(/<b>/);
    // Outside code spans, an @ is never directly followed by a name.
    const outsideCode = page.replace(/<code>[\s\S]*?<\/code>/g, '');
    expect(outsideCode).not.toMatch(/@[A-Za-z]/);
    // The path comes back whole inside a code span.
    const escapedPath = hostile.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(page).toContain(escapedPath);
    const rows = page.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
    const withPath = rows.filter((row) => row.includes(escapedPath));
    expect(withPath.length).toBeGreaterThan(0);
  });

  it('code() picks a fence longer than any backtick run and escapes pipes', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('``x')).toBe('``` ``x ```');
    expect(code('a|b')).toBe('`a\\|b`');
    expect(code('line\nbreak')).toBe('`line break`');
  });

  it('writes out bidirectional controls instead of letting them reorder a row', () => {
    const path = 'src/\u202Eyp.evil\u202C/x.py';
    expect(code(path)).toBe('`src/\\u202Eyp.evil\\u202C/x.py`');
    expect(inert('a\u2066b')).not.toContain('\u2066');
  });

  it('inert() escapes markdown, HTML and mentions', () => {
    const text = inert('**bold** <i>x</i> @bob [l](u)');
    expect(html(text)).not.toMatch(/<strong>|<i>|<a /);
    expect(text).not.toMatch(/@b/);
  });
});

describe('size limit', () => {
  function hugeResult(files: number): Result {
    const head = reportOf(
      Array.from({ length: files }, (_, i) =>
        firstLinesRan(
          `pkg/module_${String(i).padStart(5, '0')}/very/long/path/name.py`,
          200,
          10 + (i % 50),
        ),
      ),
    );
    const base = reportOf(
      Array.from({ length: files }, (_, i) =>
        firstLinesRan(
          `pkg/module_${String(i).padStart(5, '0')}/very/long/path/name.py`,
          200,
          20 + (i % 50),
        ),
      ),
    );
    const diff = Array.from(
      { length: files },
      (_, i) =>
        `diff --git a/pkg/module_${String(i).padStart(5, '0')}/very/long/path/name.py b/pkg/module_${String(i).padStart(5, '0')}/very/long/path/name.py\n--- a/x\n+++ b/pkg/module_${String(i).padStart(5, '0')}/very/long/path/name.py\n@@ -1,0 +1,2 @@\n+a\n+b\n`,
    ).join('');
    const s = settings({ 'min-file-coverage': '90' });
    return analyse({
      head,
      base,
      changes: parseUnifiedDiff(diff, 'big.diff'),
      gates: s.gates,
      impact: s.impact,
    });
  }

  it("never exceeds GitHub's 65,536 characters and says what was left out", () => {
    const result = hugeResult(5000);
    const body = renderMarkdown(result, { commentId: 'default' });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/more changed files|left out|truncated/);
    expect(body.startsWith(commentMarker('default'))).toBe(true);
  });

  it('gives the job summary room for every changed file', () => {
    const result = hugeResult(5000);
    const body = renderMarkdown(result, { maxLength: SUMMARY_LIMIT });
    expect(body.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    for (const file of result.files) expect(body).toContain(code(file.path));
  });

  it('honours a smaller cap', () => {
    const body = renderMarkdown(hugeResult(300), { maxLength: 8000 });
    expect(body.length).toBeLessThanOrEqual(8000);
  });
});
