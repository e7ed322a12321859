// A component's members, found by trying each glob only under its literal
// folder, are exactly the paths a plain test of every glob on every path keeps.
import fc from 'fast-check';
import { componentMembers } from '../../src/analysis/components.js';
import { compileGlob } from '../../src/analysis/gates.js';

const segment = fc.constantFrom('core', 'api', 'core2', 'a', '.hidden', 'x y', 'core-api');
const path = fc
  .tuple(
    fc.array(segment, { maxLength: 3 }),
    fc.constantFrom('m.py', 'n.py', '__init__.py', 'core'),
  )
  .map(([dirs, name]) => [...dirs, name].join('/'));
const glob = fc.constantFrom(
  'core/**',
  'core/*.py',
  'core/**/m.py',
  'api/**',
  '*.py',
  '**/n.py',
  'a/core/**',
  'core*/**',
  '{core,api}/**',
  'x y/**',
  '.hidden/**',
);

test('componentMembers equals testing every glob on every path', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(path, { maxLength: 40 }),
      fc.array(glob, { minLength: 1, maxLength: 3 }),
      fc.array(glob, { maxLength: 2 }),
      (paths, include, exclude) => {
        const globs = [...include, ...exclude.map((g) => `!${g}`)];
        const sorted = [...paths].sort();
        const inc = include.map(compileGlob);
        const exc = exclude.map(compileGlob);
        const plain = sorted.filter((p) => inc.some((m) => m(p)) && !exc.some((m) => m(p)));
        expect([...componentMembers({ name: 'c', globs }, sorted)].sort()).toEqual(plain);
      },
    ),
    { numRuns: 500 },
  );
});
