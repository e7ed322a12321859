/**
 * The PR's new uncovered lines, stated plainly: per file, the changed lines
 * no test ran together with the unchanged lines that stopped running, each
 * once, ascending, as ranges; files with most lines first, then by path.
 */
import fc from 'fast-check';
import { groupRanges } from '../../src/analysis/delta-parts.js';
import { newUncoveredLines } from '../../src/analysis/pr-lines.js';

const ascending = fc
  .uniqueArray(fc.integer({ min: 1, max: 120 }), { maxLength: 30 })
  .map((lines) => lines.sort((a, b) => a - b));

const files = fc.uniqueArray(
  fc.record({
    path: fc.stringMatching(/^[a-c]{1,3}\.py$/),
    patchMissing: ascending,
    lost: fc.option(ascending, { nil: undefined }),
  }),
  { selector: (f) => f.path, maxLength: 8 },
);

test('each file has the union of its two lists, as ranges, most lines first', () => {
  fc.assert(
    fc.property(files, (given) => {
      const lost = new Map(
        given.flatMap((f) => (f.lost ? [[f.path, f.lost] as [string, number[]]] : [])),
      );
      const expected = given
        .map((f) => {
          const lines = [...new Set([...f.patchMissing, ...(f.lost ?? [])])].sort((a, b) => a - b);
          return { path: f.path, ranges: groupRanges(lines), lines: lines.length };
        })
        .filter((f) => f.lines > 0)
        .sort((a, b) => b.lines - a.lines || (a.path < b.path ? -1 : 1));
      expect(newUncoveredLines(given, lost)).toEqual(expected);
    }),
  );
});
