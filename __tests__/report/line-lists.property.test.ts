/**
 * The model's line-list helpers against their plain definitions: a sorted
 * list of distinct lines, and the union of two such lists.
 */
import fc from 'fast-check';
import { sortedUnique, unionSorted } from '../../src/report/model.js';

const distinctAscending = fc
  .uniqueArray(fc.integer({ min: 1, max: 400 }), { maxLength: 60 })
  .map((lines) => lines.sort((a, b) => a - b));

const model = (...lists: readonly number[][]) => [...new Set(lists.flat())].sort((a, b) => a - b);

describe('line lists', () => {
  it('unionSorted is the sorted set of both lists, and leaves them alone', () => {
    fc.assert(
      fc.property(distinctAscending, distinctAscending, (a, b) => {
        const before = [[...a], [...b]];
        const union = unionSorted(a, b);
        expect(union).toEqual(model(a, b));
        expect([a, b]).toEqual(before);
        // A new array even when one side is empty: callers may keep it.
        expect(union).not.toBe(a);
        expect(union).not.toBe(b);
      }),
    );
  });

  it('sortedUnique sorts and removes repeats, whatever the order given', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 40 }), (lines) => {
        expect(sortedUnique(lines)).toEqual(model(lines));
      }),
    );
  });
});
