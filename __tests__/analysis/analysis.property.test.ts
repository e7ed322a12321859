/**
 * Invariants of patch coverage, the impact list and diff parsing, over
 * generated data; diffs are made with jsdiff's own patch writer.
 */
import { createTwoFilesPatch, diffArrays } from 'diff';
import fc from 'fast-check';
import { parseUnifiedDiff } from '../../src/analysis/diff.js';
import { rankImpact } from '../../src/analysis/impact.js';
import { computePatchCoverage } from '../../src/analysis/patch.js';
import type { CoverageReport, FileCoverage } from '../../src/report/model.js';
import { lineFile } from '../support/coverage-builders.js';

const lineSet = fc.uniqueArray(fc.integer({ min: 1, max: 300 }), { maxLength: 60 });

describe('patch coverage', () => {
  const scenario = fc.array(
    fc.record({
      path: fc.constantFrom('a.py', 'pkg/b.py', 'pkg/c.py', 'd.py'),
      executed: lineSet,
      missing: lineSet,
      excluded: lineSet,
      added: lineSet,
      inReport: fc.boolean(),
    }),
    { maxLength: 6 },
  );

  test('counts only executable lines (never excluded ones), never more than the diff adds', () => {
    fc.assert(
      fc.property(scenario, (files) => {
        const report: CoverageReport = {
          format: 'coverage.py',
          files: new Map(),
          hasBranches: false,
          source: 'r',
        };
        for (const f of files) {
          if (f.inReport && !report.files.has(f.path))
            report.files.set(f.path, lineFile(f.path, f.executed, f.missing, f.excluded));
        }
        const changes = files.map((f) => ({
          path: f.path,
          previousPath: null,
          status: 'modified' as const,
          addedLines: [...f.added].sort((a, b) => a - b),
        }));
        const patch = computePatchCoverage(changes, report);
        const addedByPath = new Map<string, Set<number>>();
        for (const c of changes) {
          const set = addedByPath.get(c.path) ?? new Set<number>();
          for (const l of c.addedLines) set.add(l);
          addedByPath.set(c.path, set);
        }
        let expectedLines = 0;
        let expectedCovered = 0;
        for (const [path, added] of addedByPath) {
          const file = report.files.get(path);
          if (!file) continue;
          for (const line of added) {
            if (file.executedLines.includes(line) && !file.excludedLines.includes(line)) {
              expectedLines++;
              expectedCovered++;
            } else if (file.missingLines.includes(line)) expectedLines++;
          }
        }
        expect([patch.lines, patch.covered]).toEqual([expectedLines, expectedCovered]);
        const totalAdded = [...addedByPath.values()].reduce((n, s) => n + s.size, 0);
        expect(patch.lines).toBeLessThanOrEqual(totalAdded);
        for (const [path, fp] of patch.files) {
          const file = report.files.get(path) as FileCoverage;
          for (const line of fp.lines) {
            expect(file.executedLines.includes(line) || file.missingLines.includes(line)).toBe(
              true,
            );
            expect(file.excludedLines).not.toContain(line);
            expect(addedByPath.get(path)?.has(line)).toBe(true);
          }
          for (const line of fp.uncovered) expect(file.missingLines).toContain(line);
        }
        if (patch.lines === 0) expect(patch.percent).toBeNull();
        else expect(patch.percent).toBe((100 * patch.covered) / patch.lines);
      }),
    );
  });
});

describe('impact list', () => {
  const files = fc.uniqueArray(
    fc
      .record({
        path: fc.stringMatching(/^[a-c]{1,2}\/[a-z]{1,4}\.py$/),
        statements: fc.integer({ min: 0, max: 1200 }),
        coveredShare: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ path, statements, coveredShare }) => {
        const covered = Math.floor(statements * coveredShare);
        return {
          path,
          statements,
          covered,
          percent: statements ? (100 * covered) / statements : 100,
        };
      }),
    { selector: (f) => f.path, maxLength: 40 },
  );
  const options = fc.record({
    minStatements: fc.integer({ min: 0, max: 600 }),
    maxCoverage: fc.integer({ min: 0, max: 100 }),
    target: fc.integer({ min: 0, max: 100 }),
    count: fc.integer({ min: 0, max: 15 }),
  });

  test('is sorted, eligible (below the target: it gains something), at most impact-count long, and its gain is the sum of its rows', () => {
    fc.assert(
      fc.property(files, options, (list, opts) => {
        const statements = list.reduce((n, f) => n + f.statements, 0);
        const covered = list.reduce((n, f) => n + f.covered, 0);
        const percent = statements ? (100 * covered) / statements : 100;
        const changed = new Set(list.filter((_, i) => i % 3 === 0).map((f) => f.path));
        const { entries, summary } = rankImpact(list, { statements, percent }, opts, changed);
        // DESIGN: a file at or above impact-target is never a candidate.
        const eligible = list.filter(
          (f) =>
            f.statements >= opts.minStatements &&
            f.percent < opts.maxCoverage &&
            f.covered < (opts.target * f.statements) / 100 - 1e-9,
        );
        expect(entries.length).toBe(Math.min(opts.count, eligible.length));
        expect(summary.more).toBe(eligible.length - entries.length);
        for (const e of entries) {
          expect(e.statements).toBeGreaterThanOrEqual(opts.minStatements);
          expect(e.percent).toBeLessThan(opts.maxCoverage);
          expect(e.percent).toBeLessThan(opts.target);
          expect(e.gainStatements).toBeGreaterThan(0);
          expect(e.uncovered).toBe(e.statements - e.covered);
          expect(e.tier).toBe(e.statements > 500 ? 1 : e.statements >= 300 ? 2 : 3);
          expect(e.changed).toBe(changed.has(e.path));
          const gainStatements = Math.max(
            0,
            Math.ceil((opts.target * e.statements) / 100 - 1e-9) - e.covered,
          );
          expect(e.gainStatements).toBe(gainStatements);
          expect(e.gain).toBeCloseTo(statements ? (100 * gainStatements) / statements : 0, 12);
        }
        for (let i = 1; i < entries.length; i++) {
          const a = entries[i - 1] as (typeof entries)[number];
          const b = entries[i] as (typeof entries)[number];
          const ordered =
            a.uncovered > b.uncovered ||
            (a.uncovered === b.uncovered &&
              (a.statements > b.statements || (a.statements === b.statements && a.path < b.path)));
          expect(ordered).toBe(true);
        }
        // Nothing left out ranks above the last entry.
        const last = entries[entries.length - 1];
        if (last) {
          for (const f of eligible.filter((f) => !entries.some((e) => e.path === f.path))) {
            expect(f.statements - f.covered).toBeLessThanOrEqual(last.uncovered);
          }
        }
        expect(summary.gain).toBe(entries.reduce((n, e) => n + e.gain, 0));
        expect(summary.gainStatements).toBe(entries.reduce((n, e) => n + e.gainStatements, 0));
        expect(summary.files).toBe(entries.length);
      }),
    );
  });
});

describe('diff parsing', () => {
  const text = fc.array(fc.constantFrom('a', 'b', 'c', 'x = 1', 'pass', '', 'return y'), {
    maxLength: 30,
  });

  /**
   * New-side line numbers the change adds, from jsdiff's array diff over
   * lines that keep their terminator: a last line that gains or loses its
   * newline is a changed line, as in `git diff`.
   */
  function addedLines(oldText: string, newText: string): number[] {
    const lines = (t: string) => t.match(/[^\n]*\n|[^\n]+$/g) ?? [];
    const added: number[] = [];
    let line = 1;
    for (const part of diffArrays(lines(oldText), lines(newText))) {
      for (let i = 0; i < part.value.length; i++) {
        if (part.added) added.push(line);
        if (!part.removed) line++;
      }
    }
    return added;
  }

  const asText = (lines: string[], finalNewline: boolean) =>
    lines.join('\n') + (finalNewline && lines.length ? '\n' : '');

  test('the added lines of a generated patch are the lines the change adds', () => {
    fc.assert(
      fc.property(
        text,
        text,
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 4 }),
        (a, b, endA, endB, context) => {
          const oldText = asText(a, endA);
          const newText = asText(b, endB);
          const patch = createTwoFilesPatch(
            'a/pkg/mod.py',
            'b/pkg/mod.py',
            oldText,
            newText,
            '',
            '',
            { context },
          );
          const files = parseUnifiedDiff(patch, 'gen.diff');
          const got = files.find((f) => f.path === 'pkg/mod.py')?.addedLines ?? [];
          expect(got).toEqual(addedLines(oldText, newText));
          for (const line of got) expect(line).toBeLessThanOrEqual(b.length);
        },
      ),
    );
  });

  test('several files in one diff keep their own lines', () => {
    fc.assert(
      fc.property(text, text, text, text, (a1, b1, a2, b2) => {
        const one = createTwoFilesPatch('a/one.py', 'b/one.py', asText(a1, true), asText(b1, true));
        const two = createTwoFilesPatch('a/two.py', 'b/two.py', asText(a2, true), asText(b2, true));
        const files = parseUnifiedDiff(one + two, 'gen.diff');
        const byPath = new Map(files.map((f) => [f.path, f.addedLines]));
        expect(byPath.get('one.py') ?? []).toEqual(addedLines(asText(a1, true), asText(b1, true)));
        expect(byPath.get('two.py') ?? []).toEqual(addedLines(asText(a2, true), asText(b2, true)));
      }),
    );
  });
});
