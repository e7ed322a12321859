/**
 * The validator compiled ahead of time must be exactly what ajv compiles
 * from the schema today: current, and agreeing on every verdict and error.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { coveragePySchema } from '../../src/report/coveragepy-schema.js';
import { hasCoveragePyShape } from '../../src/report/coveragepy-shape.js';
import { validateCoveragePy } from '../../src/report/coveragepy-validate.generated.js';
import { FIXTURES, REPO_ROOT } from '../support/fixture-data.js';

const ajv = new Ajv({
  allErrors: false,
  verbose: true,
  strict: false,
  strictNumbers: true,
}).compile(coveragePySchema);

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

const firstError = (errors: typeof ajv.errors) => {
  const e = errors?.[0];
  return e ? { instancePath: e.instancePath, keyword: e.keyword, params: e.params } : null;
};

describe('the ahead-of-time coverage.py validator', () => {
  test('is current with the schema', () => {
    expect(() =>
      execFileSync('node', ['scripts/generate-validators.mjs', '--check'], {
        cwd: REPO_ROOT,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });

  test.each(['py7-branch', 'py7-line', 'py6-branch', 'py6-line', 'py7-contexts'])(
    'accepts the real %s report, as ajv does',
    (variant) => {
      const doc = fixture(variant);
      expect(ajv(doc)).toBe(true);
      expect(validateCoveragePy(doc)).toBe(true);
      expect(hasCoveragePyShape(doc)).toBe(true);
    },
  );

  test("gives ajv's verdict and first error on documents with one value replaced or removed", () => {
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
      [[1]],
      [[1, 2]],
      [[1, -2]],
      [[1, 2.5]],
      [-1],
      Number.MAX_SAFE_INTEGER,
      Number.POSITIVE_INFINITY,
      Number.NaN,
      -0,
      0,
      2.0,
      'text',
    );
    let rejected = 0;
    fc.assert(
      fc.property(fc.constantFrom(...all), replacement, (path, value) => {
        const changed = withValueAt(doc, path, value);
        const byAjv = ajv(changed);
        if (!byAjv) rejected++;
        const ours = validateCoveragePy(changed);
        expect(ours).toBe(byAjv);
        if (!ours) expect(firstError(validateCoveragePy.errors)).toEqual(firstError(ajv.errors));
        // The hand-written fast check gives the same verdict, never a yes where ajv says no.
        expect(hasCoveragePyShape(changed)).toBe(byAjv);
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(rejected).toBeGreaterThan(100);
  });
});
