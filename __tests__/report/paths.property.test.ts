/**
 * Normalised paths are repository-relative with `/`: they never start with
 * `/` or hold `\`, whatever separators and prefixes a report used.
 */
import fc from 'fast-check';
import { InputError } from '../../src/report/errors.js';
import { cleanPath, normalisePaths, normaliseReport } from '../../src/report/paths.js';
import { lineFile, reportOf } from '../support/coverage-builders.js';

const segment = fc.stringMatching(/^[a-zA-Z0-9_.-]{1,8}$/);
const separator = fc.constantFrom('/', '\\', '//', '\\\\', '/./', '\\.\\');
const prefix = fc.constantFrom(
  '',
  '/',
  '\\',
  './',
  '.\\',
  'C:\\',
  'c:/',
  '/home/runner/work/repo/',
  'D:\\a\\repo\\',
);
const reportKey = fc
  .tuple(prefix, fc.array(fc.tuple(segment, separator), { maxLength: 4 }), segment)
  .map(([p, parts, last]) => p + parts.map(([s, sep]) => s + sep).join('') + last);

const workspace = fc.constantFrom(
  '/home/runner/work/repo',
  '/home/runner/work/repo/',
  'C:\\a\\repo',
  '/',
);
const pathPrefix = fc.option(fc.constantFrom('/home/runner/work/repo', 'C:\\', 'src', '/'), {
  nil: undefined,
});

test('normalised paths never start with / and never hold \\', () => {
  fc.assert(
    fc.property(
      fc.array(reportKey, { minLength: 1, maxLength: 8 }),
      workspace,
      pathPrefix,
      (keys, ws, pp) => {
        const out = normalisePaths(
          keys,
          pp === undefined ? { workspace: ws } : { workspace: ws, pathPrefix: pp },
        );
        expect(out).toHaveLength(keys.length);
        for (const path of out) {
          expect(path.startsWith('/')).toBe(false);
          expect(path.includes('\\')).toBe(false);
          expect(path).not.toMatch(/^[A-Za-z]:/);
          expect(path).not.toMatch(/(^|\/)\.(\/|$)|\/\//);
        }
      },
    ),
  );
});

test('normalising twice changes nothing', () => {
  fc.assert(
    fc.property(fc.array(reportKey, { minLength: 1, maxLength: 8 }), (keys) => {
      const once = normalisePaths(keys, { workspace: '/nowhere' }).filter((p) => p !== '');
      expect(normalisePaths(once, { workspace: '/nowhere' })).toEqual(once);
      for (const p of once) expect(cleanPath(p)).toBe(p);
    }),
  );
});

test('paths under the workspace lose exactly the workspace', () => {
  fc.assert(
    fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (parts) => {
      const relative = parts.join('/');
      expect(
        normalisePaths([`/home/runner/work/repo/${relative}`], {
          workspace: '/home/runner/work/repo',
        }),
      ).toEqual([cleanPath(relative)]);
      expect(
        normalisePaths([`C:\\a\\repo\\${parts.join('\\')}`], { workspace: 'c:/a/repo' }),
      ).toEqual([cleanPath(relative)]);
    }),
  );
});

test('a report whose keys collide after normalisation is refused, naming both keys', () => {
  fc.assert(
    fc.property(fc.array(segment, { minLength: 1, maxLength: 3 }), (parts) => {
      const key = parts.join('/');
      if (cleanPath(key) === '') return;
      const twin = `./${parts.join('\\')}`;
      const report = reportOf([lineFile(key), lineFile(twin)]);
      let error: unknown;
      try {
        normaliseReport(report, { workspace: '/repo' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toContain(JSON.stringify(twin));
      expect((error as Error).message.startsWith('coverage.json: ')).toBe(true);
    }),
  );
});
