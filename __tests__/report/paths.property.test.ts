/**
 * Normalised paths are repository-relative with `/`: they never start with
 * `/` or hold `\`, whatever separators and prefixes a report used.
 */
import fc from 'fast-check';
import { InputError } from '../../src/report/errors.js';
import {
  cleanPath,
  isWindowsReport,
  normalisePaths,
  normaliseReport,
} from '../../src/report/paths.js';
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

/** Keys as Windows writes them: `\\` separators, a drive or none; `/` never appears. */
const windowsKey = fc
  .tuple(
    fc.constantFrom('', 'C:\\', 'c:\\', 'D:\\a\\repo\\', '.\\'),
    fc.array(segment, { maxLength: 4 }),
    segment,
  )
  .map(([p, parts, last]) => p + [...parts, last].join('\\'));

test('a report from Windows gives paths that never start with / and never hold \\', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(reportKey, windowsKey), { minLength: 1, maxLength: 8 }),
      workspace,
      pathPrefix,
      (keys, ws, pp) => {
        // A drive letter marks the whole report as one from Windows.
        const windows = [...keys, 'C:\\w\\x.py'];
        const out = normalisePaths(
          windows,
          pp === undefined ? { workspace: ws } : { workspace: ws, pathPrefix: pp },
        );
        expect(out).toHaveLength(windows.length);
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

test('a backslash in a file name from a POSIX run is kept', () => {
  const name = fc
    .tuple(segment, segment)
    .map(([a, b]) => `${a}\\${b}`)
    .filter((n) => !/^\.*\\|\\\.*$/.test(n));
  fc.assert(
    fc.property(fc.array(segment, { minLength: 1, maxLength: 3 }), name, (dirs, weird) => {
      const keys = [`${dirs.join('/')}/ok.py`, weird, `/home/runner/work/repo/${weird}`];
      const out = normalisePaths(keys, { workspace: '/home/runner/work/repo' });
      expect(out[1]).toBe(weird);
      expect(out[2]).toBe(weird);
    }),
  );
  expect(isWindowsReport(['weird\\name.py'], new Set(['weird\\name.py']))).toBe(false);
  expect(isWindowsReport(['core\\x.py'], new Set(['core/x.py']))).toBe(true);
  expect(isWindowsReport(['core/x.py', 'weird\\name.py'])).toBe(false);
  expect(isWindowsReport(['C:/a/x.py', 'weird\\name.py'])).toBe(true);
});

test('normalising twice changes nothing', () => {
  fc.assert(
    fc.property(fc.array(reportKey, { minLength: 1, maxLength: 8 }), (keys) => {
      const once = normalisePaths(keys, { workspace: '/nowhere' }).filter((p) => p !== '');
      // Read back as repository paths (the way a recorded baseline is), they stay as they are.
      for (const p of once) expect(cleanPath(p, false)).toBe(p);
      const slashed = once.filter((p) => !p.includes('\\'));
      expect(normalisePaths(slashed, { workspace: '/nowhere' })).toEqual(slashed);
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
      // Both from Windows (`\\` only), where `\\` is a separator.
      const key = parts.join('\\');
      if (cleanPath(key) === '') return;
      const twin = `.\\${parts.join('\\')}`;
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
