// The parts of the delta, stated in words: whatever the two reports and the
// diff, the parts' counts add up to the change of the totals and their points
// to the delta; an unchanged line maps to a kept head line, in order; and each
// part counts what a plain line-by-line model of its definition counts.
import fc from 'fast-check';
import { mapToHead } from '../../src/analysis/delta-lines.js';
import type { ChangedFile } from '../../src/analysis/diff.js';
import { analyse } from '../../src/analysis/result.js';
import { readSettings } from '../../src/settings.js';
import { lineFile, reportOf } from '../support/coverage-builders.js';
import { changesOver, keptHeadLine, partCounter, ranByLine } from '../support/delta-model.js';
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
const changes = changesOver(PATHS, lines, 4);

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
  const baseLines = Int32Array.from({ length: 70 }, (_, k) => k + 1);
  const everyThird = baseLines.filter((line) => line % 3 === 0);
  fc.assert(
    fc.property(lines.map(sorted), lines.map(sorted), (deleted, added) => {
      const mapped = new Int32Array(baseLines.length);
      mapToHead(baseLines, baseLines.length, deleted, added, mapped);
      // Asked for every third line only, the mapping answers alike (a file's statements skip lines).
      const skipping = new Int32Array(everyThird.length);
      mapToHead(everyThird, everyThird.length, deleted, added, skipping);
      expect([...skipping]).toEqual([...everyThird].map((line) => mapped[line - 1]));
      let previous = 0;
      for (const base of baseLines) {
        const head = mapped[base - 1] as number;
        if (deleted.includes(base)) {
          expect(head).toBe(0);
          continue;
        }
        expect(added).not.toContain(head);
        expect(head).toBeGreaterThan(previous);
        // As many kept lines before it on both sides.
        const keptBefore = (n: number, changed: number[]) =>
          n - 1 - changed.filter((l) => l < n).length;
        expect(keptBefore(head, added)).toBe(keptBefore(base, deleted));
        previous = head;
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

/**
 * The parts as their definitions read, one line at a time with maps: the
 * model the walk over sorted arrays must agree with.
 */
function partsByDefinition(
  head: ReturnType<typeof reportOf>,
  base: ReturnType<typeof reportOf>,
  diff: ChangedFile[] | null,
) {
  const { counts, bump } = partCounter();
  const lost = new Map<string, number[]>();
  for (const file of head.files.values()) {
    const before = base.files.get(file.path);
    const change = diff?.find((c) => c.path === file.path && c.status !== 'deleted');
    if (!before) continue;
    const now = ranByLine(file);
    const then = ranByLine(before);
    for (const line of change?.addedLines ?? []) {
      const ran = now.get(line);
      if (ran !== undefined) bump(ran ? 'changed-covered' : 'changed-uncovered', ran ? 1 : 0, 1);
    }
    const sameLines = now.size === then.size && [...now.keys()].every((l) => then.has(l));
    if (!change && !sameLines) continue;
    const deleted = change?.deletedLines ?? [];
    const added = change?.addedLines ?? [];
    for (const [line, ranBefore] of then) {
      if (deleted.includes(line)) {
        bump(ranBefore ? 'deleted-covered' : 'deleted-uncovered', ranBefore ? -1 : 0, -1);
        continue;
      }
      const headLine = keptHeadLine(line, deleted, added);
      const ranAfter = now.get(headLine);
      if (ranAfter === undefined || ranAfter === ranBefore) continue;
      if (ranBefore) {
        bump('lost-coverage', -1, 0);
        lost.set(file.path, [...(lost.get(file.path) ?? []), headLine]);
      } else bump('gained-coverage', 1, 0);
    }
  }
  return { counts, lost };
}

test('each part counts the lines its definition names, as a line-by-line model counts them', () => {
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
      const model = partsByDefinition(head, base, diff as ChangedFile[] | null);
      for (const part of result.deltaParts?.parts ?? []) {
        if (part.part === 'not-in-diff' || part.part.startsWith('files-')) continue;
        expect([part.part, part.statements]).toEqual([
          part.part,
          model.counts[part.part] ?? { covered: 0, total: 0 },
        ]);
      }
      const lostLines = new Map(
        (result.deltaParts?.lostCoverage ?? []).map((f) => [
          f.path,
          f.ranges.flatMap(([from, to]) =>
            Array.from({ length: to - from + 1 }, (_, k) => from + k),
          ),
        ]),
      );
      expect(lostLines).toEqual(
        new Map([...model.lost].map(([p, l]) => [p, l.sort((a, b) => a - b)])),
      );
    }),
    { numRuns: 400 },
  );
});

test('a file the diff leaves alone, its lines run differently at base, counts as the model counts it', () => {
  const defaults = readSettings(() => undefined);
  // The base holds the head's executable lines with some of them run the other way.
  const pair = report.chain((head) =>
    fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 20 }).map((flips) => {
      const flipped = new Set(flips);
      const files = [...head.files.values()].map((file) => {
        const all = [...file.executedLines, ...file.missingLines];
        const ran = new Set(file.executedLines);
        const runs = (l: number) => ran.has(l) !== flipped.has(l);
        return lineFile(
          file.path,
          all.filter(runs),
          all.filter((l) => !runs(l)),
        );
      });
      return { head, base: reportOf(files) };
    }),
  );
  fc.assert(
    fc.property(pair, changes, ({ head, base }, diff) => {
      const result = analyse({
        head,
        base,
        changes: diff as ChangedFile[] | null,
        gates: defaults.gates,
        impact: defaults.impact,
      });
      const model = partsByDefinition(head, base, diff as ChangedFile[] | null);
      const parts = Object.fromEntries(
        result.deltaParts?.parts.map((p) => [p.part, p.statements]) ?? [],
      );
      for (const name of [
        'lost-coverage',
        'gained-coverage',
        'changed-covered',
        'changed-uncovered',
      ])
        expect([name, parts[name]]).toEqual([name, model.counts[name] ?? { covered: 0, total: 0 }]);
    }),
    { numRuns: 300 },
  );
});
