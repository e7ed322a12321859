// Components over a real monorepo: two packages measured by the real
// coverage.py in one run; each component's figures must equal what
// `coverage json --include=<its globs>` (the data `coverage report` prints) says.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseComponentGates, parseComponents } from '../../src/analysis/components.js';
import type { Result } from '../../src/analysis/result.js';
import { runMain } from '../support/cli.js';
import { lib } from '../support/monorepo.js';
import { PYTHON, pythonRepo } from '../support/python-repo.js';

interface CoverageJson {
  totals: { num_statements: number; covered_lines: number; percent_covered: number };
  files: Record<string, { executed_lines: number[]; missing_lines: number[] }>;
}

const TESTS = `import pkg_a.core, pkg_b.api, pkg_b.util
pkg_a.core.a_add(1, 2)
pkg_a.core.a_sign(3)
pkg_b.api.b_add(1, 2)
pkg_b.util.u_sign(-1)
`;

function build() {
  const repo = pythonRepo('cg-components-');
  repo.write({
    'pkg_a/__init__.py': '',
    'pkg_a/core.py': lib('a'),
    'pkg_b/__init__.py': '',
    'pkg_b/api.py': lib('b'),
    'pkg_b/util.py': lib('u'),
    'run_all.py': TESTS,
  });
  repo.commit('two packages');
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: repo.dir };
  const include = (glob: string, out: string): CoverageJson => {
    execFileSync(PYTHON, ['-m', 'coverage', 'json', '-q', `--include=${glob}`, '-o', out], {
      cwd: repo.dir,
      env,
    });
    return JSON.parse(readFileSync(join(repo.dir, out), 'utf8')) as CoverageJson;
  };
  const run = ['--branch', '--source=pkg_a,pkg_b', 'run_all.py'];
  repo.measure('.', run, 'base.json');
  const baseA = include('pkg_a/*', 'base-a.json');
  const baseB = include('pkg_b/*', 'base-b.json');
  // The PR changes both packages: a tested function in pkg_a, an untested one in pkg_b.
  repo.write({
    'pkg_a/core.py': lib('a', '\n\ndef a_twice(x):\n    return 2 * x\n'),
    'pkg_b/util.py': lib('u', '\n\ndef u_half(x):\n    y = x / 2\n    return y\n'),
    'run_all.py': `${TESTS}pkg_a.core.a_twice(4)\n`,
  });
  const diff = repo.git('diff', '-U0', 'HEAD');
  writeFileSync(join(repo.dir, 'pr.diff'), `${diff}\n`);
  const head = JSON.parse(repo.measure('.', run, 'head.json')) as CoverageJson;
  const headA = include('pkg_a/*', 'head-a.json');
  const headB = include('pkg_b/*', 'head-b.json');
  return { repo, head, baseA, baseB, headA, headB, diff };
}

/** Added lines per file, read from the -U0 diff's hunk headers. */
function addedLines(diff: string): Map<string, number[]> {
  const added = new Map<string, number[]>();
  let file = '';
  for (const line of diff.split('\n')) {
    const path = /^\+\+\+ b\/(.+)$/.exec(line);
    if (path) file = path[1] as string;
    const hunk = /^@@ -\S+ \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      const lines = added.get(file) ?? [];
      for (let i = 0; i < count; i++) lines.push(start + i);
      added.set(file, lines);
    }
  }
  return added;
}

describe('components', () => {
  const built = build();
  const cli = (...extra: string[]) =>
    runMain(
      [
        '--coverage',
        'head.json',
        '--base',
        'base.json',
        '--diff',
        'pr.diff',
        '--components',
        'alpha: pkg_a/**\nbeta: pkg_b/** !pkg_b/__init__.py',
        ...extra,
      ],
      { cwd: built.repo.dir },
    );

  it('gives each component the totals of coverage --include, with delta and patch', async () => {
    const run = await cli('--format', 'json');
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as Result;
    const rows = new Map((result.components ?? []).map((row) => [row.name, row]));
    const alpha = rows.get('alpha');
    const beta = rows.get('beta');
    expect(alpha?.statements).toBe(built.headA.totals.num_statements);
    expect(alpha?.covered).toBe(built.headA.totals.covered_lines);
    expect(alpha?.percent).toBe(built.headA.totals.percent_covered);
    expect(alpha?.delta).toBe(
      built.headA.totals.percent_covered - built.baseA.totals.percent_covered,
    );
    // beta leaves out an empty __init__.py: the same totals as pkg_b/* (it has no statement).
    expect(beta?.statements).toBe(built.headB.totals.num_statements);
    expect(beta?.covered).toBe(built.headB.totals.covered_lines);
    expect(beta?.percent).toBe(built.headB.totals.percent_covered);
    expect(beta?.delta).toBe(
      built.headB.totals.percent_covered - built.baseB.totals.percent_covered,
    );
    // Patch: the changed lines coverage.py counts as statements, and of those the ones that ran.
    const added = addedLines(built.diff);
    const patchOf = (prefix: string) => {
      let lines = 0;
      let covered = 0;
      for (const [path, changed] of added) {
        const file = built.head.files[path];
        if (!path.startsWith(prefix) || !file) continue;
        for (const line of changed) {
          const ran = file.executed_lines.includes(line);
          if (ran || file.missing_lines.includes(line)) lines++;
          if (ran) covered++;
        }
      }
      return { lines, covered };
    };
    expect(alpha?.patch).toEqual({ percent: 100, ...patchOf('pkg_a/') });
    const b = patchOf('pkg_b/');
    expect(b.lines).toBeGreaterThan(0);
    expect(beta?.patch).toEqual({ percent: (100 * b.covered) / b.lines, ...b });
    // run_all.py is not measured (--source); beta's excluded pkg_b/__init__.py is the (other) row.
    expect([...rows.keys()]).toEqual(['alpha', 'beta', '(other)']);
    expect(rows.get('(other)')).toMatchObject({ files: 1, statements: 0, percent: 100 });
  });

  it('fails a component gate by name and shows the failing row first', async () => {
    const run = await cli(
      '--component-gates',
      '*: min-coverage=10 min-patch-coverage=50\nalpha: min-coverage=99',
      '--format',
      'markdown',
    );
    expect(run.code).toBe(1);
    const table = run.stdout.slice(run.stdout.indexOf('| Component |'));
    expect(table.split('\n')[2]).toMatch(/^\| alpha \|.*❌ min-coverage/);
    expect(table.split('\n')[3]).toMatch(/^\| beta \|.*✅ min-coverage.*❌ min-patch-coverage/);
    const json = JSON.parse(
      (
        await cli(
          '--component-gates',
          '*: min-coverage=10 min-patch-coverage=50\nalpha: min-coverage=99',
          '--format',
          'json',
        )
      ).stdout,
    ) as Result;
    expect(json.failedGates).toEqual([
      'component:alpha:min-coverage',
      'component:beta:min-patch-coverage',
    ]);
  });

  it('names each suggested file\'s component in "Test these next", scoped by impact-include', async () => {
    const run = await cli(
      '--impact-min-statements',
      '1',
      '--impact-max-coverage',
      '99',
      '--impact-include',
      'pkg_b/**',
      '--format',
      'markdown',
    );
    const impact = run.stdout.slice(run.stdout.indexOf('Test these next'));
    expect(impact).toContain('| # | File | Component | Statements |');
    const rows = impact.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^\| \d+ \| `pkg_b\/\w+\.py`( ✏️)? \| beta \|/);
  });

  it("prints each component's push line in the text output, from the history's component points", async () => {
    const week = 7 * 86_400_000;
    const entries = [0, 1, 2, 3, 4].map((i) => ({
      commit: `${i}`.repeat(40),
      time: new Date(Date.now() - (5 - i) * week).toISOString(),
      run: i + 1,
      statements: 100,
      covered: 50 + i,
      percent: 50 + i,
      // The newest four carry alpha; beta was added later and has one point.
      ...(i === 0
        ? {}
        : {
            components: {
              alpha: { statements: 10, covered: 2 * i, percent: 20 * i },
              ...(i === 4 ? { beta: { statements: 10, covered: 5, percent: 50 } } : {}),
            },
          }),
    }));
    writeFileSync(
      join(built.repo.dir, 'history.json'),
      JSON.stringify({ schema: 'coverage-gate-history/1', entries }),
    );
    const run = await cli(
      '--history',
      'history.json',
      '--component-gates',
      'alpha: target-coverage=100',
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /alpha: 80\.00% now → target 100% · pace \+20\.0+ pp\/week over 12 weeks/,
    );
    expect(run.stdout).toMatch(
      /beta: 50\.00% now · pace not enough history yet for a pace \(1 point/,
    );
  });

  it('warns about a component that matches no file and shows the (other) row', async () => {
    const run = await runMain(
      [
        '--coverage',
        'head.json',
        '--components',
        'alpha: pkg_a/**\nghost: nowhere/**',
        '--format',
        'text',
      ],
      { cwd: built.repo.dir },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Component "ghost" matches no file of the report.');
    expect(run.stdout).toMatch(/\(other\)\s+\d/);
  });
});

describe('components and component-gates refuse a bad line in one line', () => {
  it.each([
    ['a: x/**\na: y/**', /components: line 2: duplicate name "a"/],
    ['bad/name: x/**', /components: line 1: the name "bad\/name" must be/],
    ['a: x/[ab', /components: line 1: the glob "x\/\[ab" cannot compile/],
    ['a: !x/**', /components: line 1: component "a" needs at least one glob/],
  ])('components %j', (text, message) => {
    expect(() => parseComponents(text)).toThrow(message);
  });

  const defs = parseComponents('a: x/**\nb: y/**');
  it.each([
    ['a: min-coverage=60 speed=3', /component-gates: line 1: unknown key "speed"/],
    ['\nb: min-coverage=abc', /component-gates: line 2: min-coverage must be a number/],
    ['c: min-coverage=1', /component-gates: line 1: no component is named "c"/],
  ])('component-gates %j', (text, message) => {
    expect(() => parseComponentGates(text, defs)).toThrow(message);
  });

  it('lets the last matching line win per key', () => {
    const gates = parseComponentGates(
      '*: min-coverage=60 target-coverage=70\na: min-coverage=80',
      defs,
    );
    expect(gates.get('a')).toEqual({ 'min-coverage': 80, 'target-coverage': 70 });
    expect(gates.get('b')).toEqual({ 'min-coverage': 60, 'target-coverage': 70 });
  });

  it('exits 2 naming the flag and line on the command line', async () => {
    const run = await runMain(['--components', 'a: x/**', '--component-gates', 'a: nope=1']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--component-gates: line 1: unknown key "nope"');
  });
});
