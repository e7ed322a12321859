import fc from 'fast-check';
import { firstSorted } from '../../src/analysis/select.js';

describe('firstSorted', () => {
  it('equals sorting everything and taking the first k, ties included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 20 }), id: fc.nat() })),
        fc.integer({ min: 0, max: 30 }),
        (items, k) => {
          const compare = (a: { key: number; id: number }, b: { key: number; id: number }) =>
            b.key - a.key || a.id - b.id;
          expect(firstSorted(items, k, compare)).toEqual([...items].sort(compare).slice(0, k));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps nothing for k = 0 and everything when k is larger than the input', () => {
    expect(firstSorted([3, 1, 2], 0, (a, b) => a - b)).toEqual([]);
    expect(firstSorted([3, 1, 2], 10, (a, b) => a - b)).toEqual([1, 2, 3]);
  });
});
