import fc from 'fast-check';
import { marked } from 'marked';
import { parseUnifiedDiff } from '../../src/analysis/diff.js';
import { trendView } from '../../src/analysis/pace.js';
import { analyse } from '../../src/analysis/result.js';
import { badgeColour, badgeFigure } from '../../src/render/badge.js';
import { COMMENT_LIMIT, renderMarkdown, SUMMARY_LIMIT } from '../../src/render/markdown.js';
import { axisLabels, renderTrend, sparkline } from '../../src/render/trend.js';
import type { HistoryEntry } from '../../src/report/history.js';
import type { CoverageReport, FileCoverage } from '../../src/report/model.js';
import { readSettings } from '../../src/settings.js';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5);
/** The gate's comparison; the run on the first day. */
const O = { precision: 2, rounding: 'half-even' as const, today: START };

function history(percents: readonly number[], stepDays = 3): HistoryEntry[] {
  return percents.map((percent, i) => ({
    commit: (i + 1).toString(16).padStart(40, '0'),
    time: new Date(START + i * stepDays * DAY).toISOString(),
    run: i + 1,
    statements: 1000,
    covered: 0,
    percent,
  }));
}

const mermaidLines = (text: string) =>
  [...text.matchAll(/^ {2}line \[(.*)\]$/gm)].map((m) => (m[1] as string).split(', '));
const textLine = (text: string) => /^`(.*)`$/m.exec(text)?.[1] as string;

describe('the push block', () => {
  test('the chart and the text line agree on every number; at most `maxPoints`, this PR last', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 150 }),
        fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
        fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
        fc.constantFrom(30, 100),
        (percents, pr, target, maxPoints) => {
          const view = trendView(history(percents), target, pr, O);
          if (!view) throw new Error('no view');
          const block = renderTrend(view, { maxPoints, precision: 2, rounding: 'half-even' });
          const [values = [], targetLine] = mermaidLines(block);
          expect(values.length).toBeLessThanOrEqual(maxPoints);
          expect(values.length).toBe(Math.min(maxPoints, percents.length + (pr === null ? 0 : 1)));
          const labels = /x-axis \[(.*)\]/.exec(block)?.[1]?.split(', ') ?? [];
          expect(labels).toHaveLength(values.length);
          // One point per x: Mermaid draws points of one label at one x.
          expect(new Set(labels).size).toBe(labels.length);
          if (pr !== null) expect(labels[labels.length - 1]).toBe('"PR"');
          // With a target, its flat line is always drawn, however far away it is.
          if (target === null) expect(targetLine).toBeUndefined();
          else expect(new Set(targetLine)).toEqual(new Set([String(target)]));
          const line = textLine(block);
          // Every percent the text line states is a point of the chart.
          const stated = [...line.matchAll(/(\d+\.\d\d)% \((?:\d{4}-|this PR)/g)].map((m) => m[1]);
          expect(stated.length).toBe(pr === null ? 2 : 3);
          expect(stated[0]).toBe(values[0]);
          expect(stated[stated.length - 1]).toBe(values[values.length - 1]);
          for (const v of stated) expect(values).toContain(v);
          // The sparkline has one bar per chart point.
          expect([...(line.split(' ')[0] as string)]).toHaveLength(values.length);
          // The y-range holds every point drawn.
          const [lo, hi] = (/y-axis "%" (\d+) --> (\d+)/.exec(block)?.slice(1) ?? []).map(Number);
          for (const v of [...values, ...(target === null ? [] : [String(target)])]) {
            expect(Number(v)).toBeGreaterThanOrEqual(lo as number);
            expect(Number(v)).toBeLessThanOrEqual(hi as number);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('the text line alone says first → now, the pace and the ETA', () => {
    const view = trendView(history([30, 31, 32, 33, 34], 7), 40, 34.5, {
      ...O,
      today: START + 28 * DAY,
    });
    const block = renderTrend(view as NonNullable<typeof view>, {
      maxPoints: 30,
      precision: 2,
      rounding: 'half-even',
    });
    expect(textLine(block)).toBe(
      '▁▃▄▆▇█ 30.00% (2026-01-05) → 34.00% (2026-02-02) → 34.50% (this PR) · pace +1.00 pp/week over 12 weeks · 40% around 2026-03-16 (in 6 weeks)',
    );
    expect(block).toContain('This PR: +0.50 pp, about 4 days of the current pace.');
    expect(block).toContain('**34.00%** now → target **40%** (6.00 pp to go)');
  });

  test('sparkline: flat series sit in the middle; the range spans all eight bars', () => {
    expect(sparkline([5, 5, 5])).toBe('▄▄▄');
    expect(sparkline([0, 100])).toBe('▁█');
  });
});

test('badge colour: red when the min-coverage gate fails, bright green at the target, graded between', () => {
  const o = (minCoverage: number, target: number | null) => ({
    rounding: 'half-even' as const,
    precision: 2,
    minCoverage,
    target,
  });
  expect(badgeColour(49.9, o(50, 80))).toBe('red');
  expect(badgeColour(49.996, o(50, 80))).toBe('orange'); // the gate rounds it to 50.00
  expect(badgeColour(49.96, o(50, 80))).toBe('red');
  expect(badgeColour(50, o(50, 80))).toBe('orange');
  expect(badgeColour(58, o(50, 80))).toBe('yellow');
  expect(badgeColour(66, o(50, 80))).toBe('yellowgreen');
  expect(badgeColour(79.9, o(50, 80))).toBe('green');
  expect(badgeColour(80, o(50, 80))).toBe('brightgreen');
  expect(badgeColour(99, o(0, null))).toBe('green');
  expect(badgeColour(99.999, o(0, null))).toBe('green');
  expect(badgeColour(100, o(0, null))).toBe('brightgreen');
});

test('badge figure: one decimal, never rounded up across a min-coverage the gate fails', () => {
  const o = { rounding: 'half-even' as const, precision: 2, minCoverage: 50, target: 80 };
  expect(badgeFigure(72.25, o)).toBe('72.2');
  expect(badgeFigure(49.96, o)).toBe('49.96');
  expect(badgeFigure(49.996, o)).toBe('50.0'); // the gate passes it
  expect(badgeFigure(49.94, o)).toBe('49.9');
  expect(badgeFigure(99.999, { ...o, minCoverage: 100 })).toBe('99.9');
});

test('axis labels: unique, M/D, a second point on a day M/D·2, the year when the points span two', () => {
  const at = (label: string) => ({ label, value: 1, pullRequest: false });
  expect(
    axisLabels([
      at('2026-12-03'),
      at('2026-12-03'),
      at('2026-12-03'),
      at('2026-12-04'),
      { label: 'this PR', value: 1, pullRequest: true },
    ]),
  ).toEqual(['12/3', '12/3·2', '12/3·3', '12/4', 'PR']);
  // A hundred days: every k-th date written, counted back from this PR; the rest unseen and unique.
  const days = Array.from({ length: 99 }, (_, d) =>
    at(new Date(Date.UTC(2026, 0, 1) + d * DAY).toISOString().slice(0, 10)),
  );
  const many = axisLabels([...days, { label: 'this PR', value: 1, pullRequest: true }]);
  expect(new Set(many).size).toBe(100);
  const written = many.filter((l) => !/^\u200b+$/.test(l));
  expect(written.at(-1)).toBe('PR');
  expect(written.length).toBeGreaterThanOrEqual(10);
  expect(written.reduce((px, l) => px + l.length * 5 + 8, 0)).toBeLessThanOrEqual(800);
  expect(axisLabels([at('2025-12-03'), at('2026-01-05'), at('2026-12-03')])).toEqual([
    '12/3/25',
    '1/5/26',
    '12/3/26',
  ]);
});

function file(path: string, statements: number, covered: number): FileCoverage {
  const lines = Array.from({ length: statements }, (_, i) => i + 1);
  return {
    path,
    reportPath: path,
    statements,
    covered,
    branches: null,
    coveredBranches: null,
    executedLines: lines.slice(0, covered),
    missingLines: lines.slice(covered),
    excludedLines: [],
    executedBranches: null,
    missingBranches: null,
    partialBranches: null,
  };
}

const report = (files: FileCoverage[]): CoverageReport => ({
  format: 'coverage.py',
  files: new Map(files.map((f) => [f.path, f])),
  hasBranches: false,
  source: 'synthetic.json',
});

test('with the block, a huge comment stays within 65,536 characters and its tables intact', () => {
  const n = 3000;
  const name = (i: number) => `pkg/module_${String(i).padStart(5, '0')}/very/long/path/name.py`;
  const diff = Array.from(
    { length: n },
    (_, i) =>
      `diff --git a/${name(i)} b/${name(i)}\n--- a/x\n+++ b/${name(i)}\n@@ -1,0 +1,2 @@\n+a\n+b\n`,
  ).join('');
  const s = readSettings(() => undefined);
  const result = analyse({
    head: report(Array.from({ length: n }, (_, i) => file(name(i), 200, 10 + (i % 50)))),
    base: report(Array.from({ length: n }, (_, i) => file(name(i), 200, 20 + (i % 50)))),
    changes: parseUnifiedDiff(diff, 'big.diff'),
    gates: s.gates,
    impact: s.impact,
  });
  const view = trendView(
    history(
      Array.from({ length: 5000 }, (_, i) => 20 + i / 200),
      0.05,
    ),
    80,
    result.totals.percent,
    O,
  );
  result.push = view as NonNullable<typeof view>;
  const body = renderMarkdown(result, { commentId: 'default' });
  expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  expect(mermaidLines(body)[0]).toHaveLength(30);
  const summary = renderMarkdown(result, { maxLength: SUMMARY_LIMIT, chartPoints: 100 });
  expect(mermaidLines(summary)[0]).toHaveLength(100);
  // Every table GitHub would draw keeps its header and rows.
  const html = marked.parse(body, { async: false, gfm: true }) as string;
  expect((html.match(/<table>/g) ?? []).length).toBeGreaterThanOrEqual(2);
  expect(html).toContain('<code class="language-mermaid">');
  expect(body.indexOf('Coverage push')).toBeLessThan(body.indexOf('| | Coverage |'));
});
