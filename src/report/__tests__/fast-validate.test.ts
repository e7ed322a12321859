/**
 * The quick check may only say "valid" when ajv, compiled from the same
 * schema, says so too; on real reports it must say "valid" (or it saves
 * nothing).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { coveragePySchema } from '../coveragepy.js';
import { compileQuickCheck } from '../fast-validate.js';
import { FIXTURES } from './fixture-data.js';

const ajv = new Ajv({ allErrors: false, strict: false }).compile(coveragePySchema);
const quick = compileQuickCheck(coveragePySchema);

const fixture = (variant: string) =>
  JSON.parse(readFileSync(join(FIXTURES, variant, 'head', 'coverage.json'), 'utf8')) as unknown;

/** Every path to a value inside `value`. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) paths(value[i], [...at, i], out);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function withValueAt(doc: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  if (path.length === 0) return value;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

describe('quick schema check', () => {
  test('the coverage.py schema is within what it understands', () => {
    expect(quick).not.toBeNull();
  });

  test.each(['py7-branch', 'py7-line', 'py6-branch', 'py6-line', 'py7-contexts'])(
    'accepts the real %s report, as ajv does',
    (variant) => {
      const doc = fixture(variant);
      expect(ajv(doc)).toBe(true);
      expect(quick?.(doc)).toBe(true);
    },
  );

  test('never accepts a document ajv rejects (one value replaced or removed)', () => {
    const doc = fixture('py7-branch');
    const all = paths(doc).filter((p) => p[2] !== 'functions' && p[2] !== 'classes');
    const replacement = fc.constantFrom<unknown>(
      undefined,
      -1,
      1.5,
      '3',
      null,
      true,
      [],
      {},
      [1],
      [[1, 2, 3]],
      Number.MAX_SAFE_INTEGER,
    );
    let rejected = 0;
    fc.assert(
      fc.property(fc.constantFrom(...all), replacement, (path, value) => {
        const changed = withValueAt(doc, path, value);
        const byAjv = ajv(changed);
        if (!byAjv) rejected++;
        return !quick?.(changed) || byAjv;
      }),
      { numRuns: 3000, seed: 7 },
    );
    expect(rejected).toBeGreaterThan(100);
  });

  test('declines schemas with keywords it does not know', () => {
    expect(compileQuickCheck({ type: 'string', pattern: '^a' })).toBeNull();
    expect(compileQuickCheck({ type: 'object', properties: { a: { enum: [1] } } })).toBeNull();
    expect(compileQuickCheck({ type: 'array', items: [{ type: 'integer' }] })).toBeNull();
  });
});
