/**
 * A report's root is learnt once, from the files the checkout holds: keys
 * relative to a subdirectory, or absolute from another machine, become the
 * repository's paths, and a file that only shares a name or a suffix with a
 * checkout file is never moved onto it.
 */
import fc from 'fast-check';
import { toCoveragePyJson } from '../../src/github/outputs.js';
import { readCoveragePy } from '../../src/report/coveragepy.js';
import {
  learnRoot,
  normalisePaths,
  normaliseReport,
  pathsConfirmingKeys,
} from '../../src/report/paths.js';

const segment = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/);
const relativePath = fc
  .tuple(fc.array(segment, { maxLength: 3 }), segment)
  .map(([dirs, name]) => [...dirs, `${name}.py`].join('/'));
const relativePaths = fc.uniqueArray(relativePath, { minLength: 1, maxLength: 8 });
/** Where coverage ran, inside the repository. */
const runDir = fc.array(segment, { minLength: 1, maxLength: 2 }).map((d) => d.join('/'));

const WORKSPACE = '/home/runner/work/repo/repo';

test('keys relative to the subdirectory coverage ran in become repository paths', () => {
  fc.assert(
    fc.property(relativePaths, runDir, fc.boolean(), (keys, dir, sibling) => {
      const checkout = new Set(keys.map((k) => `${dir}/${k}`));
      // A sibling service holding files of the same names must not be chosen.
      if (sibling) for (const k of keys) checkout.add(`zz_sibling/${k}`);
      const out = normalisePaths(keys, {
        workspace: WORKSPACE,
        checkoutFiles: checkout,
        reportDir: dir,
      });
      expect(out).toEqual(keys.map((k) => `${dir}/${k}`));
    }),
  );
});

test('a report beside its sources, and one gathered to the root, learn the same root', () => {
  fc.assert(
    fc.property(relativePaths, runDir, (keys, dir) => {
      const checkout = new Set(keys.map((k) => `${dir}/${k}`));
      const expected = keys.map((k) => `${dir}/${k}`);
      for (const reportDir of [dir, '', undefined]) {
        const options = { workspace: WORKSPACE, checkoutFiles: checkout };
        expect(
          normalisePaths(keys, reportDir === undefined ? options : { ...options, reportDir }),
        ).toEqual(expected);
      }
    }),
  );
});

test('absolute keys from another machine become the same paths as the workspace gives', () => {
  const foreignRoot = fc.constantFrom(
    'C:\\a\\repo\\',
    'D:\\work\\x\\',
    '/builds/group/project/',
    '/tmp/build-123/src/repo/',
  );
  fc.assert(
    fc.property(relativePaths, foreignRoot, fc.boolean(), (paths, root, oneDir) => {
      // All files in one directory is the case a common-directory strip gets wrong.
      const repoPaths = oneDir ? paths.map((p) => `core/${p.replace(/\//g, '_')}`) : paths;
      const unique = [...new Set(repoPaths)];
      const windows = root.includes('\\');
      const keys = unique.map((p) => root + (windows ? p.replace(/\//g, '\\') : p));
      const checkout = new Set(unique);
      const base = normalisePaths(keys, { workspace: WORKSPACE, checkoutFiles: checkout });
      const head = normalisePaths(
        unique.map((p) => `${WORKSPACE}/${p}`),
        { workspace: WORKSPACE, checkoutFiles: checkout },
      );
      expect(base).toEqual(unique);
      expect(head).toEqual(unique);
    }),
  );
});

test("a package's own report from another machine: the folder holding the report takes the foreign root's place", () => {
  const foreignRoot = fc.constantFrom(
    'C:\\a\\repo\\',
    '/builds/group/project/',
    '/tmp/build-123/src/repo/',
  );
  const folder = segment.filter(
    (s) => !['a', 'repo', 'builds', 'group', 'project', 'tmp', 'src'].includes(s),
  );
  fc.assert(
    fc.property(relativePaths, foreignRoot, folder, (paths, root, pkg) => {
      const windows = root.includes('\\');
      const keys = paths.map((p) => root + (windows ? p.replace(/\//g, '\\') : p));
      // The package and a sibling with the same layout; the report sits in the package.
      const checkout = new Set(paths.flatMap((p) => [`${pkg}/${p}`, `${pkg}_b/${p}`]));
      const options = { workspace: WORKSPACE, checkoutFiles: checkout };
      expect(normalisePaths(keys, { ...options, reportDir: `${pkg}/coverage` })).toEqual(
        paths.map((p) => `${pkg}/${p}`),
      );
      expect(normalisePaths(keys, { ...options, reportDir: pkg })).toEqual(
        paths.map((p) => `${pkg}/${p}`),
      );
      // A report outside the package (at the root, or read from elsewhere) is never moved into it.
      for (const reportDir of ['', 'reports', undefined]) {
        const out = normalisePaths(keys, {
          ...options,
          ...(reportDir === undefined ? {} : { reportDir }),
        });
        paths.forEach((p, i) => {
          expect(out[i]).not.toBe(`${pkg}/${p}`);
        });
      }
    }),
  );
});

test('a file that shares only its name with a checkout file keeps its own path', () => {
  fc.assert(
    fc.property(relativePaths, segment, (keys, docs) => {
      const checkout = new Set([...keys, `${docs}/__init__.py`]);
      const stray = ['__init__.py', '/usr/lib/python3/site-packages/__init__.py'];
      for (const extra of stray) {
        if (keys.includes('__init__.py')) return;
        const out = normalisePaths([...keys, extra], {
          workspace: WORKSPACE,
          checkoutFiles: checkout,
          reportDir: '',
        });
        expect(out.slice(0, keys.length)).toEqual(keys);
        expect(out[keys.length]).toBe('__init__.py');
      }
    }),
  );
});

test('a report of one service is never read as its sibling with the same layout', () => {
  fc.assert(
    fc.property(relativePaths, (keys) => {
      // svc_a's report at its directory; the checkout holds both services.
      const checkout = new Set(keys.flatMap((k) => [`svc_a/${k}`, `svc_b/${k}`]));
      const fromA = normalisePaths(keys, {
        workspace: WORKSPACE,
        checkoutFiles: checkout,
        reportDir: 'svc_a',
      });
      expect(fromA).toEqual(keys.map((k) => `svc_a/${k}`));
      // Read from elsewhere with nothing to tell the two apart: no guess is made.
      expect(
        learnRoot(
          keys.map((k) => k.split('/')),
          checkout,
          { mayAdd: true },
        ),
      ).toBeNull();
    }),
  );
});

test('with nothing in the checkout to confirm a root, relative keys stay as they are', () => {
  fc.assert(
    fc.property(relativePaths, fc.uniqueArray(relativePath, { maxLength: 5 }), (keys, other) => {
      const checkout = new Set(other.map((o) => `unrelated_dir/${o}x`));
      expect(normalisePaths(keys, { workspace: WORKSPACE, checkoutFiles: checkout })).toEqual(keys);
    }),
  );
});

test('coverage run above the repository: the shared leading directories are dropped', () => {
  fc.assert(
    fc.property(relativePaths, runDir, (paths, above) => {
      const keys = paths.map((p) => `${above}/${p}`);
      const out = normalisePaths(keys, {
        workspace: WORKSPACE,
        checkoutFiles: new Set(paths),
        reportDir: '',
      });
      expect(out).toEqual(paths);
    }),
  );
});

test('an explicit path-prefix may strip, replace or add a prefix, and wins over learning', () => {
  const checkout = new Set(['backend/core/x.py']);
  const opts = (pathPrefix: string) => ({
    workspace: WORKSPACE,
    checkoutFiles: checkout,
    pathPrefix,
  });
  expect(normalisePaths(['core/x.py'], opts('=> backend'))).toEqual(['backend/core/x.py']);
  expect(normalisePaths(['/app/core/x.py'], opts('/app => backend'))).toEqual([
    'backend/core/x.py',
  ]);
  expect(normalisePaths(['C:\\ci\\core\\x.py'], opts('C:\\ci'))).toEqual(['core/x.py']);
});

test('a recorded baseline holds repository paths: path-prefix is not applied to it again', () => {
  const raw = {
    meta: { format: 3, branch_coverage: false },
    files: {
      'core/x.py': {
        executed_lines: [1],
        missing_lines: [2],
        excluded_lines: [],
        summary: { covered_lines: 1, num_statements: 2, missing_lines: 1, excluded_lines: 0 },
      },
    },
  };
  const options = { workspace: WORKSPACE, pathPrefix: '=> backend' };
  const head = normaliseReport(readCoveragePy(raw, 'coverage.json'), options);
  expect([...head.files.keys()]).toEqual(['backend/core/x.py']);
  const recorded = readCoveragePy(JSON.parse(toCoveragePyJson(head)), 'baseline.json');
  expect([...normaliseReport(recorded, options).files.keys()]).toEqual(['backend/core/x.py']);
});

test('keys from another machine that no checkout file places: read on, with a note that names path-prefix', () => {
  const fileEntry = {
    executed_lines: [1],
    missing_lines: [2],
    summary: { covered_lines: 1, num_statements: 2, missing_lines: 1 },
  };
  const report = (keys: readonly string[]) =>
    readCoveragePy(
      { meta: { format: 3 }, files: Object.fromEntries(keys.map((k) => [k, fileEntry])) },
      'reports/coverage.json',
    );
  const foreign = report(['/build/src/pricing.py', '/build/src/util/round.py']);
  // The sources sit under app/ here, and the report outside it: nothing says app/ is where /build/ was.
  const checkout = new Set(['app/src/pricing.py', 'app/src/util/round.py', 'README.md']);
  const options = { workspace: WORKSPACE, checkoutFiles: checkout, reportDir: 'reports' };
  const unplaced = normaliseReport(foreign, options);
  expect([...unplaced.files.keys()]).toEqual(['pricing.py', 'util/round.py']);
  expect(unplaced.notes).toEqual([
    'reports/coverage.json: its paths are from another machine and no file of the checkout confirms where they belong here, so they read as "pricing.py" and the like. Set path-prefix if that is wrong.',
  ]);
  // Placed by the checkout, by path-prefix, or relative keys kept as they are: no note.
  const atRoot = new Set(['src/pricing.py', 'src/util/round.py']);
  expect(normaliseReport(foreign, { ...options, checkoutFiles: atRoot }).notes).toBeUndefined();
  expect(
    normaliseReport(foreign, { ...options, pathPrefix: '/build => app' }).notes,
  ).toBeUndefined();
  expect(normaliseReport(report(['src/pricing.py']), options).notes).toBeUndefined();
});

/** A coverage.py report of one covered line per key. */
const reportFrom = (keys: readonly string[]) =>
  readCoveragePy(
    {
      meta: { format: 3, branch_coverage: false },
      files: Object.fromEntries(
        keys.map((k) => [
          k,
          {
            executed_lines: [1],
            missing_lines: [],
            excluded_lines: [],
            summary: { covered_lines: 1, num_statements: 1, missing_lines: 0, excluded_lines: 0 },
          },
        ]),
      ),
    },
    'coverage.json',
  );

test("keys that stand where they are: their own files confirm what the whole checkout's list does", () => {
  fc.assert(
    fc.property(
      relativePaths,
      fc.uniqueArray(relativePath, { maxLength: 6 }),
      runDir,
      fc.constantFrom('', undefined),
      fc.boolean(),
      fc.constantFrom('', './', './/'),
      (keys, others, dir, reportDir, absolute, lead) => {
        // The checkout: the keys where they stand, other files, and copies under another folder.
        const checkout = new Set([...keys, ...others, ...keys.map((k) => `${dir}/${k}`)]);
        const written = keys.map((k, i) =>
          absolute && i % 2 ? `${WORKSPACE}/${k}` : i % 3 ? k : `${lead}${k}`,
        );
        const options = {
          workspace: WORKSPACE,
          ...(reportDir === undefined ? {} : { reportDir }),
        };
        const confirming = pathsConfirmingKeys(written, options);
        expect(confirming).not.toBeNull();
        for (const path of confirming ?? []) expect(checkout.has(path)).toBe(true);
        const report = reportFrom(written);
        const fromList = normaliseReport(report, { ...options, checkoutFiles: checkout });
        const fromKeys = normaliseReport(report, {
          ...options,
          checkoutFiles: new Set(confirming),
        });
        expect([...fromKeys.files.keys()]).toEqual([...fromList.files.keys()]);
        expect(fromKeys.pathRoots).toEqual(fromList.pathRoots);
        // Confirmed keys skip the learning, which would conclude the same.
        const confirmed = normaliseReport(report, { ...options, keysConfirmed: true });
        expect([...confirmed.files.keys()]).toEqual([...fromList.files.keys()]);
        expect(confirmed.pathRoots).toEqual(fromList.pathRoots);
      },
    ),
  );
});

test('confirmed keys say what learning from their sample would, on a report larger than the sample', () => {
  for (const count of [3999, 4000, 4001, 9001]) {
    const keys = Array.from({ length: count }, (_, i) => `pkg_${i % 37}/mod_${i}.py`);
    const report = reportFrom(keys);
    const options = { workspace: WORKSPACE };
    const sample = pathsConfirmingKeys(keys, options);
    expect(sample?.length).toBeLessThanOrEqual(4000);
    const learnt = normaliseReport(report, { ...options, checkoutFiles: new Set(sample) });
    const confirmed = normaliseReport(report, { ...options, keysConfirmed: true });
    expect([...confirmed.files.keys()]).toEqual(keys);
    expect(confirmed.pathRoots).toEqual(learnt.pathRoots);
    expect(confirmed.pathRoots?.[0]).toContain(`${count} relative keys`);
  }
});

test('keys that need the checkout list: a report below the root, a `\\`, a foreign root, `..`', () => {
  const options = { workspace: WORKSPACE };
  expect(pathsConfirmingKeys(['a/x.py'], { ...options, reportDir: 'backend' })).toBeNull();
  expect(pathsConfirmingKeys(['a\\x.py'], options)).toBeNull();
  expect(pathsConfirmingKeys(['/builds/p/a/x.py'], options)).toBeNull();
  expect(pathsConfirmingKeys(['../x.py'], options)).toBeNull();
  expect(pathsConfirmingKeys(['a/x.py'], { ...options, pathPrefix: 'a' })).toBeNull();
  expect(pathsConfirmingKeys([`${WORKSPACE}/a/x.py`], options)).toEqual([]);
  expect(pathsConfirmingKeys(['./a/x.py', 'b.py'], options)).toEqual(['a/x.py', 'b.py']);
});
