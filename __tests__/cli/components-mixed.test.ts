// The bundled command line (dist/cli.js) with a coverage.py report and an
// Istanbul report given together: the Components table in its text output,
// each producer's figures in its own rows; and a file both reports name
// refused in one line.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDist } from '../support/cli.js';
import { buildMonorepo, COMPONENTS, istanbulLines, JS_REPORT } from '../support/monorepo.js';
import { FIXTURES } from '../support/scenario.js';

const m = buildMonorepo();
m.reportsOf('head');

test('coverage.json and coverage-final.json together: the Components table of the text output', () => {
  const run = runDist(
    ['--coverage', 'coverage.json', '--coverage', JS_REPORT, '--components', COMPONENTS],
    { cwd: m.repo.dir },
  );
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const table = run.stdout.slice(run.stdout.indexOf('Components'));
  const row = (name: string) => table.split('\n').find((line) => line.trim().startsWith(name));
  expect(row('alpha')).toMatch(new RegExp(`^\\s*alpha\\s+${m.python.head.alpha?.cover}%`));
  expect(row('beta')).toMatch(new RegExp(`^\\s*beta\\s+${m.python.head.beta?.cover}%`));
  // Istanbul's own "Lines" figure, truncated as Istanbul prints it.
  expect(row('web')).toMatch(new RegExp(`^\\s*web\\s+${istanbulLines('head').percent}%`));
  expect(run.stdout).toContain(
    'Note: Merged coverage.py (4 files) and istanbul (3 files); the istanbul files count lines.',
  );
});

test("the JS component gates with Istanbul's rounding: 21 of 39 lines is 53.84%, below 53.85", () => {
  const js = istanbulLines('head');
  const run = runDist(
    [
      '--coverage',
      'coverage.json',
      '--coverage',
      JS_REPORT,
      '--components',
      COMPONENTS,
      '--component-gates',
      'web: min-coverage=53.85\nalpha: min-coverage=42.86',
      '--format',
      'markdown',
    ],
    { cwd: m.repo.dir },
  );
  expect(js.percent).toBe('53.84');
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(`| web · Total coverage | ❌ | ${js.percent}% | ≥ 53.85% |`);
  // coverage.py's component keeps half-even: alpha's 42.857…% prints 42.86 and passes.
  expect(m.python.head.alpha?.cover).toBe('42.86');
  expect(run.stdout).toContain('| alpha · Total coverage | ✅ | 42.86% | ≥ 42.86% |');
});

test('an LCOV and an Istanbul report of the same package: refused in one line naming both and the file, exit 2', () => {
  // Jest's lcov.info of the same run, with its keys relative to the package.
  copyFileSync(
    join(FIXTURES, 'lcov', 'head', 'lcov.info'),
    join(m.repo.dir, 'web', 'coverage', 'lcov.info'),
  );
  const run = runDist(
    ['--coverage', JS_REPORT, '--coverage', 'web/coverage/lcov.info', '--components', COMPONENTS],
    { cwd: m.repo.dir },
  );
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    /web\/coverage\/(lcov\.info|coverage-final\.json): "web\/src\/[a-z/]+\.js" is in this (lcov|istanbul) report and in web\/coverage\/(coverage-final\.json|lcov\.info) \((istanbul|lcov)\); the two producers count different lines, so one file cannot be merged across formats$/,
  );
});
