// The parts of the delta, stated in words: whatever the two reports and the
// diff, the parts' counts add up to the change of the totals and their points
// to the delta; an unchanged line maps to a kept head line, in order.
import fc from 'fast-check';
import { headLineMapper } from '../../src/analysis/delta-parts.js';
import type { ChangedFile } from '../../src/analysis/diff.js';
import { analyse } from '../../src/analysis/result.js';
import { readSettings } from '../../src/settings.js';
import { lineFile, reportOf } from '../support/coverage-builders.js';
import { checkDeltaParts } from '../support/e2e.js';

const PATHS = ['a.py', 'b.py', 'c.py', 'd.py'];
const lines = fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 25 });
const sorted = (l: number[]) => [...l].sort((a, b) => a - b);
const report = fc
  .uniqueArray(fc.record({ path: fc.constantFrom(...PATHS), executed: lines, missing: lines }), {
    selector: (f) => f.path,
    minLength: 1,
    maxLength: 4,
  })
  .map((files) => reportOf(files.map((f) => lineFile(f.path, f.executed, f.missing))));
const changes = fc.option(
  fc.uniqueArray(
    fc.record({
      path: fc.constantFrom(...PATHS),
      previousPath: fc.constant(null),
      status: fc.constantFrom('added' as const, 'modified' as const, 'deleted' as const),
      addedLines: lines.map(sorted),
      deletedLines: lines.map(sorted),
    }),
    { selector: (c) => c.path, maxLength: 4 },
  ),
  { nil: null },
);

test('the parts add up to the delta: counts exactly, points to within floating-point addition', () => {
  const defaults = readSettings(() => undefined);
  fc.assert(
    fc.property(report, report, changes, (head, base, diff) => {
      const result = analyse({
        head,
        base,
        changes: diff as ChangedFile[] | null,
        gates: defaults.gates,
        impact: defaults.impact,
      });
      expect(() => checkDeltaParts(result)).not.toThrow();
      // The lines that lost coverage are head lines that are missing there.
      for (const file of result.deltaParts?.lostCoverage ?? []) {
        const missing = new Set(head.files.get(file.path)?.missingLines);
        for (const [from, to] of file.ranges)
          for (let line = from; line <= to; line++) expect(missing.has(line)).toBe(true);
      }
    }),
    { numRuns: 300 },
  );
});

test('an unchanged base line maps to a head line the diff kept, in the same order', () => {
  fc.assert(
    fc.property(lines.map(sorted), lines.map(sorted), (deleted, added) => {
      let previous = 0;
      const headLineOf = headLineMapper(deleted, added);
      // Asked for every third line only, the mapper answers alike (a file's statements skip lines).
      const skipping = headLineMapper(deleted, added);
      for (let base = 1; base <= 70; base++) {
        const head = headLineOf(base);
        if (base % 3 === 0) expect(skipping(base)).toBe(head);
        if (deleted.includes(base)) {
          expect(head).toBeNull();
          continue;
        }
        expect(head).not.toBeNull();
        expect(added).not.toContain(head);
        expect(head as number).toBeGreaterThan(previous);
        // As many kept lines before it on both sides.
        const keptBefore = (n: number, changed: number[]) =>
          n - 1 - changed.filter((l) => l < n).length;
        expect(keptBefore(head as number, added)).toBe(keptBefore(base, deleted));
        previous = head as number;
      }
    }),
  );
});

test("an older baseline's diff maps the lines, and what it holds beyond the PR's diff is main's: not-in-diff", () => {
  const defaults = readSettings(() => undefined);
  // Main put two statements on top of a.py (one ran) after the baseline; the PR adds line 6 (ran).
  const base = reportOf([lineFile('a.py', [1, 2], [3])]);
  const head = reportOf([lineFile('a.py', [1, 3, 4, 6], [2, 5])]);
  const pr: ChangedFile[] = [
    { path: 'a.py', previousPath: null, status: 'modified', addedLines: [6], deletedLines: [] },
  ];
  const sinceBaseline: ChangedFile[] = [
    {
      path: 'a.py',
      previousPath: null,
      status: 'modified',
      addedLines: [1, 2, 6],
      deletedLines: [],
    },
  ];
  const explain = (baselineChanges?: ChangedFile[]) => {
    const result = analyse({
      head,
      base,
      changes: pr,
      ...(baselineChanges ? { baselineChanges } : {}),
      gates: defaults.gates,
      impact: defaults.impact,
    });
    checkDeltaParts(result);
    return Object.fromEntries(result.deltaParts?.parts.map((p) => [p.part, p.statements]) ?? []);
  };
  const parts = explain(sinceBaseline);
  expect(parts['changed-covered']).toEqual({ covered: 1, total: 1 });
  expect(parts['not-in-diff']).toEqual({ covered: 1, total: 2 });
  expect(parts['lost-coverage']).toEqual({ covered: 0, total: 0 });
  expect(parts['gained-coverage']).toEqual({ covered: 0, total: 0 });
  // Through the PR's diff alone the old numbering is read as the new: lines seem to lose and gain coverage.
  expect(explain()['lost-coverage']).toEqual({ covered: -1, total: 0 });
});
