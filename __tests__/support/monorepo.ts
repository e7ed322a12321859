// A real monorepo for the components tests: two Python packages measured by
// the real coverage.py (Debian's python3-coverage) in one run, and the JS
// package of fixtures/js/ as `web/` with the committed Jest/Istanbul reports
// made from it (scripts/make-js-fixtures.sh). The pull request changes pkg_a
// and web/src/pricing.js, and leaves pkg_b alone.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PYTHON, type PythonRepo, pythonRepo } from './python-repo.js';
import { ROOT } from './run-action.js';
import { FIXTURES } from './scenario.js';

/** A small Python module of three functions named after its package, with `extra` code after them. */
export const lib = (name: string, extra = '') => `def ${name}_add(a, b):
    return a + b


def ${name}_sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0


def ${name}_unused():
    total = 0
    for i in range(3):
        total += i
    return total
${extra}`;

const RUN_ALL = `import pkg_a.core, pkg_b.api
pkg_a.core.a_add(1, 2)
pkg_a.core.a_sign(3)
pkg_b.api.b_add(1, 2)
pkg_b.api.b_sign(-1)
`;

/** Where the Istanbul report sits in the checkout, beside coverage.json at the root. */
export const JS_REPORT = 'web/coverage/coverage-final.json';
export const COVERAGE_FILES = `coverage.json\n${JS_REPORT}`;
export const COMPONENTS = 'alpha: pkg_a/**\nbeta: pkg_b/**\nweb: web/**';
/** The Python components' globs for `coverage report --include` (fnmatch: `*` crosses `/`). */
const PYTHON_INCLUDES = { alpha: 'pkg_a/*', beta: 'pkg_b/*' };

/**
 * The base commit's pricing.js differs from the fixture's (the head) only in
 * two numbers, on lines 15 and 24: the statements are the same, so the
 * fixture's `base` run (only the rounding tests, pricing.js never loaded)
 * is what Jest reports for it.
 */
const PRICING_CHANGES: [string, string][] = [
  ['if (subtotalCents >= 5000) return 0;', 'if (subtotalCents >= 4000) return 0;'],
  ['fee += 900;', 'fee += 800;'],
];

/** What `coverage report --include=GLOB` prints on its TOTAL line. */
export interface ReportTotal {
  statements: number;
  missing: number;
  branches: number;
  partial: number;
  cover: string;
  /** Unrounded, from `coverage json --include=GLOB` of the same data. */
  percent: number;
}

/** Istanbul's own "Lines" row of text-summary.txt. */
export interface IstanbulLines {
  percent: string;
  covered: number;
  total: number;
}

export interface Monorepo {
  repo: PythonRepo;
  base: string;
  head: string;
  /** `git diff -U0 base head`. */
  diff: string;
  /** The head's coverage.json as coverage.py wrote it. */
  headCoverageJson: string;
  /** `coverage report --include=<the component's glob>` of each side, per Python component. */
  python: Record<'base' | 'head', Record<string, ReportTotal>>;
  /** Puts one side's reports (coverage.json, the Istanbul report) in the checkout. */
  reportsOf: (side: 'base' | 'head') => void;
}

export function istanbulLines(side: 'base' | 'head'): IstanbulLines {
  const text = readFileSync(join(FIXTURES, 'istanbul', side, 'text-summary.txt'), 'utf8');
  const m = /^Lines\s*: ([\d.]+)% \( (\d+)\/(\d+) \)$/m.exec(text);
  if (!m) throw new Error(`no Lines row in istanbul/${side}/text-summary.txt`);
  return { percent: m[1] as string, covered: Number(m[2]), total: Number(m[3]) };
}

/** A file's "% Lines" as Istanbul's text table of the head run prints it (its file name, as the table shows it). */
export function istanbulFileLines(name: string): string {
  const text = readFileSync(join(FIXTURES, 'istanbul', 'head', 'text.txt'), 'utf8');
  const row = text.split('\n').find((line) => line.trim().startsWith(`${name} `));
  const cells = row?.split('|').map((cell) => cell.trim());
  if (!cells?.[4]) throw new Error(`no ${name} row in istanbul/head/text.txt`);
  return cells[4];
}

/** The lines Jest's lcov reporter lists (DA) for a file of the head run, and those that ran. */
export function lcovLines(file: string): { lines: number[]; ran: number[] } {
  const text = readFileSync(join(FIXTURES, 'lcov', 'head', 'lcov.info'), 'utf8');
  const record = text.split('end_of_record').find((r) => r.includes(`SF:${file}\n`));
  if (!record) throw new Error(`no ${file} in lcov/head/lcov.info`);
  const lines: number[] = [];
  const ran: number[] = [];
  for (const m of record.matchAll(/^DA:(\d+),(\d+)/gm)) {
    lines.push(Number(m[1]));
    if (Number(m[2]) > 0) ran.push(Number(m[1]));
  }
  return { lines, ran };
}

/** Added lines per file, read from the -U0 diff's hunk headers. */
export function addedLines(diff: string): Map<string, number[]> {
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

export function buildMonorepo(): Monorepo {
  const repo = pythonRepo('cg-monorepo-');
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: repo.dir };
  const coverage = (...args: string[]) =>
    execFileSync(PYTHON, ['-m', 'coverage', ...args], { cwd: repo.dir, env, encoding: 'utf8' });
  const pricing = join(repo.dir, 'web', 'src', 'pricing.js');
  const headPricing = readFileSync(join(ROOT, 'fixtures', 'js', 'src', 'pricing.js'), 'utf8');

  cpSync(join(ROOT, 'fixtures', 'js'), join(repo.dir, 'web'), { recursive: true });
  let basePricing = headPricing;
  for (const [now, before] of PRICING_CHANGES) {
    if (!basePricing.includes(now)) throw new Error(`pricing.js has no ${now}`);
    basePricing = basePricing.replace(now, before);
  }
  writeFileSync(pricing, basePricing);
  repo.write({
    '.gitignore': '.coverage\n__pycache__/\ncoverage.json\ncoverage/\n',
    'pkg_a/__init__.py': '',
    'pkg_a/core.py': lib('a'),
    'pkg_b/__init__.py': '',
    'pkg_b/api.py': lib('b'),
    'run_all.py': RUN_ALL,
  });
  const run = ['--branch', '--source=pkg_a,pkg_b', 'run_all.py'];
  /** `coverage report --include=GLOB` of the checkout as it stands, for each Python component. */
  const reportTotals = (): Record<string, ReportTotal> =>
    Object.fromEntries(
      Object.entries(PYTHON_INCLUDES).map(([name, include]) => {
        const text = coverage('report', `--include=${include}`, '--precision=2');
        const total = text.trim().split('\n').at(-1) ?? '';
        const m = /^TOTAL\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)%$/.exec(total);
        if (!m) throw new Error(`no TOTAL in coverage report --include=${include}:\n${text}`);
        coverage('json', '-q', `--include=${include}`, '-o', 'coverage/include.json');
        const json = JSON.parse(readFileSync(join(repo.dir, 'coverage/include.json'), 'utf8')) as {
          totals: { percent_covered: number };
        };
        const figures: ReportTotal = {
          statements: Number(m[1]),
          missing: Number(m[2]),
          branches: Number(m[3]),
          partial: Number(m[4]),
          cover: m[5] as string,
          percent: json.totals.percent_covered,
        };
        return [name, figures];
      }),
    );
  const base = repo.commit('two Python packages and the web package');
  repo.measure('.', run, 'coverage.json');
  const baseJson = readFileSync(join(repo.dir, 'coverage.json'));
  const baseTotals = reportTotals();

  // The pull request: a tested function in pkg_a, two numbers in pricing.js.
  repo.write({
    'pkg_a/core.py': lib('a', '\n\ndef a_twice(x):\n    return 2 * x\n'),
    'run_all.py': `${RUN_ALL}pkg_a.core.a_twice(4)\n`,
  });
  writeFileSync(pricing, headPricing);
  const head = repo.commit('pkg_a: a_twice; pricing: the threshold and the world fee');
  repo.measure('.', run, 'coverage.json');
  const headJson = readFileSync(join(repo.dir, 'coverage.json'));
  const headTotals = reportTotals();
  const diff = repo.git('diff', '-U0', base, head);

  const reportsOf = (side: 'base' | 'head') => {
    writeFileSync(join(repo.dir, 'coverage.json'), side === 'base' ? baseJson : headJson);
    // Jest's absolute keys name the scratch copy the fixtures were made in
    // (/tmp/coverage-gate-js-fixtures/repo/): the report root is learnt from
    // the checkout's files, web/ in its place since the report sits in web/.
    mkdirSync(join(repo.dir, 'web', 'coverage'), { recursive: true });
    cpSync(join(FIXTURES, 'istanbul', side, 'coverage-final.json'), join(repo.dir, JS_REPORT));
  };
  return {
    repo,
    base,
    head,
    diff,
    headCoverageJson: headJson.toString('utf8'),
    python: { base: baseTotals, head: headTotals },
    reportsOf,
  };
}
