/**
 * The command line's behaviour: exit codes, the JSON result's shape, stdin
 * diffs, merging several reports, the text report, colour.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SETTING_DEFAULTS } from '../../src/settings.js';
import { FIXTURES, REPO_ROOT, runDist, runMain } from '../support/cli.js';
import { checkDeltaParts } from '../support/e2e.js';
import { tempDir } from '../support/temp.js';

const fixture = (...parts: string[]) => join(FIXTURES, ...parts);
const HEAD = fixture('py7-branch', 'head', 'coverage.json');
const BASE = fixture('py7-branch', 'base', 'coverage.json');
const DIFF = fixture('pr.diff');
const PR = ['--coverage', HEAD, '--base', BASE, '--diff', DIFF];

// biome-ignore lint/suspicious/noExplicitAny: the parsed JSON output is checked field by field
async function json(argv: string[], stdin?: string): Promise<any> {
  const run = await runMain([...argv, '--format', 'json'], stdin === undefined ? {} : { stdin });
  expect(run.stderr).toBe('');
  const result = JSON.parse(run.stdout);
  checkDeltaParts(result);
  return result;
}

/** `Cover` of the TOTAL line coverage.py printed beside a fixture. */
function printedTotal(dir: string): string {
  const total = readFileSync(join(dir, 'report.txt'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('TOTAL')) as string;
  return total.trim().split(/\s+/).pop() as string;
}

describe('exit codes', () => {
  test('0 when every gate passes, 1 when one fails', async () => {
    expect((await runMain([...PR, '--min-coverage', '72'])).code).toBe(0);
    const failed = await runMain([...PR, '--min-coverage', '73']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe('');
    expect(failed.stdout).toMatch(/FAILED \(min-coverage\)/);
  });

  // The PR lowers total coverage from 74.35% to 72.76% (coverage report, base and head).
  test.each([
    [['--max-coverage-drop', '2'], 0],
    [['--max-coverage-drop', '1.5'], 1],
    [['--min-patch-coverage', '73'], 0],
    [['--min-patch-coverage', '74'], 1],
    [['--min-file-coverage', '30'], 1],
    [['--min-file-coverage', '30', '--min-file-statements', '36'], 0],
    [['--min-file-coverage', '30', '--file-thresholds', 'invoicing/export.py: 0'], 0],
    [['--file-thresholds', 'invoicing/export.py: 0', '--file-thresholds', 'invoicing/*.py: 40'], 1],
    [
      [
        '--file-thresholds',
        'invoicing/*.py: 40',
        '--file-thresholds',
        'invoicing/re*.py: 30',
        '--file-thresholds',
        'invoicing/export.py: 0',
      ],
      0,
    ],
  ])('%j exits %i', async (flags, code) => {
    expect((await runMain([...PR, ...flags])).code).toBe(code);
  });

  test('--informational: exit 0 when only informational gates fail, 1 when another fails; WARN in the text', async () => {
    const warned = await runMain([
      ...PR,
      '--min-coverage',
      '73',
      '--informational',
      'min-coverage',
    ]);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/PASSED with warnings \(min-coverage\)/);
    expect(warned.stdout).toMatch(/WARN {2}min-coverage: Total coverage 72\.76% is below/);
    const all = await runMain([
      ...[...PR, '--min-coverage', '73', '--min-patch-coverage', '74'],
      ...['--informational', 'all', '--format', 'json'],
    ]);
    expect(all.code).toBe(0);
    expect(JSON.parse(all.stdout).warnedGates).toEqual(['min-coverage', 'min-patch-coverage']);
    const mixed = await runMain([
      ...[...PR, '--min-coverage', '73', '--min-patch-coverage', '74'],
      ...['--informational', 'min-patch-coverage'],
    ]);
    expect(mixed.code).toBe(1);
    expect(mixed.stdout).toMatch(/FAILED \(min-coverage\)/);
    const bad = await runMain([...PR, '--informational', 'min_coverage']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'coverage-gate: --informational: each line must be a gate name as failed-gates lists it (such as min-patch-coverage or component:NAME:min-coverage), or all; got "min_coverage"\n',
    );
  });

  test('fail-on-missing-baseline fails without --base and passes with it', async () => {
    const without = await runMain(['--coverage', HEAD, '--fail-on-missing-baseline']);
    expect(without.code).toBe(1);
    expect(without.stdout).toMatch(/baseline/);
    expect(
      (await runMain(['--coverage', HEAD, '--base', BASE, '--fail-on-missing-baseline'])).code,
    ).toBe(0);
    expect((await runMain(['--coverage', HEAD])).code).toBe(0);
  });

  test('the bundled CLI exits the same way', () => {
    expect(runDist([...PR, '--min-coverage', '72']).code).toBe(0);
    const failed = runDist([...PR, '--min-coverage', '73', '--format', 'json']);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout).passed).toBe(false);
  });

  test('the bundled CLI matches globs (its matcher loads on first use)', () => {
    const rules = ['--file-thresholds', 'invoicing/*.py: 40'];
    expect(runDist([...PR, ...rules]).code).toBe(1);
    expect(runDist([...PR, ...rules, '--file-thresholds', 'invoicing/re*.py: 30']).code).toBe(1);
    const impact = (...flags: string[]) =>
      (
        JSON.parse(
          runDist([...PR, '--impact-min-statements', '1', '--impact-max-coverage', '100', ...flags])
            .stdout,
        ).impact as { path: string }[]
      ).map((entry) => entry.path);
    expect(impact('--format', 'json')).toEqual(['invoicing/export.py', 'invoicing/render.py']);
    expect(impact('--impact-exclude', '*port.py', '--format', 'json')).toEqual([
      'invoicing/render.py',
    ]);
    expect(impact('--impact-include', 'invoicing/e*', '--format', 'json')).toEqual([
      'invoicing/export.py',
    ]);
  });
});

describe('--format json', () => {
  /** DESIGN's fields, and the fields added since (DESIGN: "Fields may be added, never renamed"). */
  const DESIGN = {
    top: ['passed', 'totals', 'base', 'delta', 'patch', 'gates', 'impact', 'files'],
    topAdded: [
      'schema',
      'precision',
      'format',
      'rounding',
      'failedGates',
      'impactSummary',
      'removedFiles',
      'notes',
      'deltaParts',
      'newUncovered',
    ],
    totals: ['percent', 'statements', 'covered', 'branches', 'coveredBranches'],
    base: ['percent', 'commit', 'source'],
    baseAdded: ['statements', 'covered'],
    patch: ['percent', 'lines', 'covered'],
    gate: ['name', 'passed', 'actual', 'threshold', 'message'],
    gateAdded: ['skipped', 'files'],
    impact: ['path', 'statements', 'covered', 'percent', 'uncovered', 'tier', 'gain', 'changed'],
    impactAdded: ['gainStatements'],
    file: [
      'path',
      'statements',
      'covered',
      'percent',
      'basePercent',
      'delta',
      'changed',
      'patchLines',
      'patchCovered',
    ],
    fileAdded: ['branches', 'coveredBranches', 'patchMissing'],
  };
  const keys = (value: object) => Object.keys(value).sort();
  const allowed = (...lists: string[][]) => [...new Set(lists.flat())].sort();

  test('holds every DESIGN field under its DESIGN name, and no unknown field', async () => {
    const result = await json([
      ...PR,
      '--impact-min-statements',
      '30',
      '--impact-max-coverage',
      '80',
      '--min-file-coverage',
      '10',
    ]);
    expect(keys(result)).toEqual(allowed(DESIGN.top, DESIGN.topAdded));
    expect(keys(result.totals)).toEqual(allowed(DESIGN.totals));
    expect(keys(result.base)).toEqual(allowed(DESIGN.base, DESIGN.baseAdded));
    expect(keys(result.patch)).toEqual(allowed(DESIGN.patch));
    expect(result.gates.length).toBe(2);
    for (const gate of result.gates) {
      expect(keys(gate)).toEqual(expect.arrayContaining(DESIGN.gate));
      expect(allowed(DESIGN.gate, DESIGN.gateAdded)).toEqual(expect.arrayContaining(keys(gate)));
    }
    expect(result.impact.length).toBeGreaterThan(0);
    for (const entry of result.impact)
      expect(keys(entry)).toEqual(allowed(DESIGN.impact, DESIGN.impactAdded));
    for (const file of result.files)
      expect(keys(file)).toEqual(allowed(DESIGN.file, DESIGN.fileAdded));
  });

  test("has DESIGN's fields, with unrounded percentages and integer counts", async () => {
    const result = await json(PR);
    expect(typeof result.passed).toBe('boolean');
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining([
        'passed',
        'totals',
        'base',
        'delta',
        'patch',
        'gates',
        'impact',
        'files',
      ]),
    );
    expect(Object.keys(result.totals)).toEqual(
      expect.arrayContaining(['percent', 'statements', 'covered', 'branches', 'coveredBranches']),
    );
    // 337 of 445 statements and 149 of 168 branches: (337 + 149) / (445 + 168).
    expect(result.totals).toMatchObject({ statements: 445, covered: 337, branches: 168 });
    const { covered, coveredBranches, statements, branches } = result.totals;
    expect(result.totals.percent).toBe(
      (100 * (covered + coveredBranches)) / (statements + branches),
    );
    expect(`${result.totals.percent.toFixed(2)}%`).toBe(
      printedTotal(fixture('py7-branch', 'head')),
    );
    expect(result.totals.percent).not.toBe(Number(result.totals.percent.toFixed(2)));

    expect(Object.keys(result.base)).toEqual(
      expect.arrayContaining(['percent', 'commit', 'source']),
    );
    expect(result.base.source).toBe('file');
    expect(result.base.commit).toBeNull();
    expect(`${result.base.percent.toFixed(2)}%`).toBe(printedTotal(fixture('py7-branch', 'base')));
    expect(result.delta).toBe(result.totals.percent - result.base.percent);

    expect(Object.keys(result.patch).sort()).toEqual(['covered', 'lines', 'percent']);
    expect(result.patch.percent).toBe((100 * result.patch.covered) / result.patch.lines);

    for (const gate of result.gates) {
      expect(Object.keys(gate)).toEqual(
        expect.arrayContaining(['name', 'passed', 'actual', 'threshold', 'message']),
      );
    }
    expect(result.gates[0]).toMatchObject({ name: 'min-coverage', passed: true, threshold: 0 });

    for (const file of result.files) {
      expect(Object.keys(file)).toEqual(
        expect.arrayContaining([
          'path',
          'statements',
          'covered',
          'percent',
          'basePercent',
          'delta',
          'changed',
          'patchLines',
          'patchCovered',
        ]),
      );
      for (const key of ['statements', 'covered', 'patchLines', 'patchCovered']) {
        expect(Number.isInteger(file[key])).toBe(true);
      }
      if (file.basePercent === null) expect(file.delta).toBeNull();
      else expect(file.delta).toBe(file.percent - file.basePercent);
    }
    const sum = (key: string) =>
      result.files.reduce((n: number, f: Record<string, number>) => n + (f[key] ?? 0), 0);
    expect(sum('patchLines')).toBe(result.patch.lines);
    expect(sum('patchCovered')).toBe(result.patch.covered);
    expect(sum('statements')).toBe(result.totals.statements);
    const renamed = result.files.find((f: { path: string }) => f.path === 'invoicing/render.py');
    // formatting.py was renamed to render.py: it is compared with its old self.
    const base = await json(['--coverage', BASE]);
    const before = base.files.find((f: { path: string }) => f.path === 'invoicing/formatting.py');
    expect(renamed).toMatchObject({ changed: true, basePercent: before.percent });
    expect(result.files.some((f: { path: string }) => f.path === 'invoicing/formatting.py')).toBe(
      false,
    );
    expect(
      result.files.find((f: { path: string }) => f.path === 'invoicing/errors.py').changed,
    ).toBe(false);
  });

  test('the impact rows have the documented fields', async () => {
    const result = await json([
      ...PR,
      '--impact-min-statements',
      '30',
      '--impact-max-coverage',
      '80',
    ]);
    expect(result.impact.length).toBeGreaterThan(0);
    for (const entry of result.impact) {
      expect(Object.keys(entry)).toEqual(
        expect.arrayContaining([
          'path',
          'statements',
          'covered',
          'percent',
          'uncovered',
          'tier',
          'gain',
          'changed',
        ]),
      );
    }
    expect(
      result.impact.find((e: { path: string }) => e.path === 'invoicing/render.py').changed,
    ).toBe(true);
  });

  test('without base or diff, base, delta and patch are null', async () => {
    const result = await json(['--coverage', HEAD]);
    expect([result.base, result.delta, result.patch]).toEqual([null, null, null]);
  });
});

test('--diff - reads the diff from stdin', async () => {
  const fromFile = await json(PR);
  const fromStdin = await json(
    ['--coverage', HEAD, '--base', BASE, '--diff', '-'],
    readFileSync(DIFF, 'utf8'),
  );
  expect(fromStdin.patch).toEqual(fromFile.patch);
  expect(fromStdin.files).toEqual(fromFile.files);
  const child = runDist(['--coverage', HEAD, '--diff', '-', '--format', 'json'], {
    stdin: readFileSync(DIFF, 'utf8'),
  });
  expect(child.code).toBe(0);
  expect(JSON.parse(child.stdout).patch).toEqual(fromFile.patch);
});

test('--diff naming a pipe (`--diff <(git diff ...)`) reads it to its end', async () => {
  const pipe = join(tempDir('cg-diff-pipe-'), 'diff');
  execFileSync('mkfifo', [pipe]);
  // The writer, another process, as the shell's process substitution is.
  const writer = spawn('sh', ['-c', 'cat "$0" > "$1"', DIFF, pipe], { stdio: 'ignore' });
  const written = new Promise((resolve) => writer.on('close', resolve));
  const fromPipe = await json(['--coverage', HEAD, '--base', BASE, '--diff', pipe]);
  const fromFile = await json(PR);
  expect(fromPipe.patch).toEqual(fromFile.patch);
  expect(fromPipe.patch.lines).toBeGreaterThan(0);
  expect(await written).toBe(0);
});

test('where WebAssembly cannot run (node --jitless), the bundle answers the same from its JavaScript forms', () => {
  // A report large enough for the lean read's walk, a base and a diff for the delta's comparison.
  const args = [
    '--coverage',
    fixture('py7-contexts', 'head', 'coverage.json'),
    '--base',
    BASE,
    '--diff',
    DIFF,
    '--format',
    'json',
  ];
  const withWasm = runDist(args);
  const without = runDist(args, { env: { NODE_OPTIONS: '--jitless' } });
  expect(without.code).toBe(withWasm.code);
  expect(without.stdout).toBe(withWasm.stdout);
  const parts = JSON.parse(withWasm.stdout).deltaParts.parts;
  expect(parts.some((p: { statements: { total: number } }) => p.statements.total !== 0)).toBe(true);
});

describe('several reports are merged', () => {
  const parts = ['part-a', 'part-b'].map((p) => fixture('py7-branch', 'merge', p, 'coverage.json'));
  const combined = fixture('py7-branch', 'merge', 'combined', 'coverage.json');

  test('--coverage a.json b.json equals coverage combine', async () => {
    const expected = await json(['--coverage', combined]);
    const merged = await json(['--coverage', ...parts]);
    expect(merged.totals).toEqual(expected.totals);
    expect(merged.files).toEqual(expected.files);
    expect(`${merged.totals.percent.toFixed(2)}%`).toBe(
      printedTotal(fixture('py7-branch', 'merge', 'combined')),
    );
  });

  test('repeated --coverage and a glob do too', async () => {
    const expected = await json(['--coverage', combined]);
    const repeated = await json([
      '--coverage',
      parts[0] as string,
      '--coverage',
      parts[1] as string,
    ]);
    expect(repeated.totals).toEqual(expected.totals);
    const globbed = await json([
      '--coverage',
      'fixtures/reports/py7-branch/merge/part-*/coverage.json',
    ]);
    expect(globbed.totals).toEqual(expected.totals);
  });

  test('a glob that matches nothing is bad input', async () => {
    const run = await runMain(['--coverage', 'fixtures/nothing-*.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'coverage-gate: fixtures/nothing-*.json: no file matches this pattern\n',
    );
  });
});

describe('text output', () => {
  const impactFlags = ['--impact-min-statements', '30', '--impact-max-coverage', '80'];

  test('shows the totals, the changed files and the "Test these next" list', async () => {
    const run = await runMain([...PR, ...impactFlags]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(printedTotal(fixture('py7-branch', 'head')));
    expect(run.stdout).toContain(printedTotal(fixture('py7-branch', 'base')));
    expect(run.stdout).toMatch(/Changed files \(6\)/);
    expect(run.stdout).toContain('Test these next');
    const result = await json([...PR, ...impactFlags]);
    const list = run.stdout.slice(run.stdout.indexOf('Test these next'));
    result.impact.forEach((entry: { path: string }, i: number) => {
      expect(list).toMatch(new RegExp(`\\n\\s+${i + 1}\\s+${entry.path.replace(/\./g, '\\.')}`));
    });
    expect(list).toMatch(
      new RegExp(
        `Testing these ${result.impact.length} files to 50% adds ~${result.impactSummary.gain.toFixed(2)} pp`,
      ),
    );
    expect(run.stdout).not.toContain('\u001b[');
  });

  test('the aligned columns line up', async () => {
    const run = await runMain([...PR, ...impactFlags]);
    const lines = run.stdout.split('\n');
    const header = lines.findIndex((l) => /^\s+#\s+File\s+Stmts/.test(l));
    const stmtsEnd = (lines[header] as string).indexOf('Stmts') + 'Stmts'.length;
    const rows = lines.slice(header + 1).filter((l) => /^\s+\d+\s/.test(l));
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row[stmtsEnd - 1]).toMatch(/\d/);
  });

  test('colour only on a terminal, and never with --no-color or NO_COLOR', async () => {
    expect((await runMain(PR, { isTTY: true })).stdout).toContain('\u001b[');
    expect((await runMain(PR, { isTTY: false })).stdout).not.toContain('\u001b[');
    expect((await runMain([...PR, '--no-color'], { isTTY: true })).stdout).not.toContain('\u001b[');
    expect((await runMain(PR, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(
      '\u001b[',
    );
    // A pipe is not a terminal.
    expect(runDist(PR).stdout).not.toContain('\u001b[');
  });

  test('--format markdown prints the comment', async () => {
    const run = await runMain([...PR, '--format', 'markdown', '--comment-id', 'unit']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<!-- coverage-gate:unit -->');
  });
});

describe('--help', () => {
  test('lists every flag with its default and exits 0', async () => {
    const run = await runMain(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const flagFor: Record<string, string> = {
      'coverage-file': '--coverage',
      'base-coverage-file': '--base',
    };
    for (const [name, value] of Object.entries(SETTING_DEFAULTS)) {
      const flag = flagFor[name] ?? `--${name}`;
      const line = run.stdout.split('\n').find((l) => l.trimStart().startsWith(`${flag} `));
      expect([flag, line]).toEqual([flag, expect.stringMatching(/\(default: [^)]+\)$/)]);
      if (value !== '')
        expect([flag, line]).toEqual([flag, expect.stringContaining(`(default: ${value})`)]);
    }
    for (const flag of ['--diff', '--format', '--comment-id', '--no-color']) {
      expect(run.stdout).toMatch(new RegExp(`\\n\\s+${flag} .*\\(default: [^)]+\\)\\n`));
    }
    expect(run.stdout).toMatch(/--version/);
  });

  test('every flag the help lists is accepted', async () => {
    const help = (await runMain(['--help'])).stdout;
    const flags = [...help.matchAll(/^\s+(--[a-z-]+)/gm)].map((m) => m[1] as string);
    expect(flags.length).toBeGreaterThan(20);
    const boolean = new Set(['--fail-on-missing-baseline', '--no-color', '--version', '--help']);
    const values: Record<string, string> = {
      '--coverage': HEAD,
      '--base': BASE,
      '--diff': DIFF,
      '--format': 'json',
      '--coverage-format': 'coverage.py',
      '--file-thresholds': '**: 0',
      '--informational': 'min-patch-coverage',
      '--components': 'all: **',
      '--component-gates': '*: min-coverage=0',
      '--path-prefix': REPO_ROOT,
      '--history': join(REPO_ROOT, 'fixtures', 'history', 'trending.csv'),
    };
    for (const flag of flags) {
      const argv = ['--coverage', HEAD, flag, ...(boolean.has(flag) ? [] : [values[flag] ?? '1'])];
      const run = await runMain(argv);
      expect([flag, run.stderr]).toEqual([flag, '']);
    }
  });

  test('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    expect((await runMain(['--version'])).stdout).toBe(`${pkg.version}\n`);
  });
});
