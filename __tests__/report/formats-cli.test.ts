/**
 * The other formats through the command line's main(): detection from the
 * content, bad input ending in exit 2 with one line naming the file and the
 * problem, and a base and head of different formats compared by path.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../support/cli.js';
import { FIXTURES } from '../support/js-fixture-data.js';
import { tempDir } from '../support/temp.js';

let dir: string;
const files: Record<string, string> = {
  'notes.txt': 'Name    Stmts   Miss  Cover\nTOTAL     10      0   100%\n',
  'other.json': JSON.stringify({ total: { statements: 3 } }),
  'da-first.info': 'TN:\nDA:1,1\nSF:a.c\nend_of_record\n',
  'negative.info': 'SF:a.c\nDA:1,-1\nend_of_record\n',
  'truncated.xml': readFileSync(join(FIXTURES, 'cobertura', 'head', 'coverage.xml'), 'utf8').slice(
    0,
    700,
  ),
  'bomb.xml': `<?xml version="1.0"?>\n<!DOCTYPE c [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<coverage><sources><source>&c;</source></sources></coverage>\n`,
  'backwards.json': JSON.stringify({
    'a.js': {
      path: 'a.js',
      statementMap: { '0': { start: { line: 5, column: 0 }, end: { line: 2, column: 1 } } },
      s: { '0': 1 },
      fnMap: {},
      f: {},
      branchMap: {},
      b: {},
    },
  }),
};

beforeAll(() => {
  dir = tempDir('formats-cli-');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  [
    'a text table',
    'notes.txt',
    /notes\.txt: is not a coverage report this tool reads \(tried: coverage\.py JSON .*Istanbul .*LCOV .*Cobertura XML/,
  ],
  [
    'JSON of no known format',
    'other.json',
    /other\.json: is JSON but not a coverage report this tool reads \(tried: coverage\.py JSON .*Istanbul .*LCOV .*Cobertura/,
  ],
  ['LCOV with DA before SF', 'da-first.info', /da-first\.info: line 2: DA: before any SF:/],
  [
    'LCOV with a negative hit count',
    'negative.info',
    /negative\.info: line 2: the DA hit count is negative/,
  ],
  ['truncated Cobertura XML', 'truncated.xml', /truncated\.xml: is not well-formed XML/],
  ['an XML entity bomb', 'bomb.xml', /bomb\.xml: declares XML entities/],
  [
    'an Istanbul statement that ends before it starts',
    'backwards.json',
    /backwards\.json: \["a\.js"\]\.statementMap\["0"\] ends on line 2, before it starts/,
  ],
])('%s: exit 2, one line naming the file and the problem', async (_name, file, message) => {
  const run = await runMain(['--coverage', file], { cwd: dir });
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(lines[0]).not.toMatch(/\bat .*:\d+:\d+|TypeError|RangeError/);
});

test('an explicit format that does not match the content is refused', async () => {
  const lcov = join(FIXTURES, 'lcov', 'head', 'lcov.info');
  const run = await runMain(['--coverage', lcov, '--coverage-format', 'cobertura']);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/lcov\.info: is an LCOV tracefile, not a Cobertura XML report/);
});

test.each([
  ['istanbul/head/coverage-final.json', 'istanbul'],
  ['istanbul/head/coverage-summary.json', 'istanbul'],
  ['lcov/head/lcov.info', 'lcov'],
  ['cobertura/head/coverage.xml', 'cobertura'],
  ['py7-branch/head/coverage.xml', 'cobertura'],
  ['py7-branch/head/coverage.json', 'coverage.py'],
])('%s is detected as %s, and so accepted when named', async (path, format) => {
  const file = join(FIXTURES, path);
  const auto = await runMain(['--coverage', file, '--format', 'json']);
  expect(auto.code).toBe(0);
  expect(JSON.parse(auto.stdout).format).toBe(format);
  const named = await runMain([
    '--coverage',
    file,
    '--format',
    'json',
    '--coverage-format',
    format,
  ]);
  expect(named.code).toBe(0);
});

test('head as Cobertura, base as coverage.py JSON: compared by path', async () => {
  const run = await runMain(
    [
      '--coverage',
      join(FIXTURES, 'py7-line', 'head', 'coverage.xml'),
      '--base',
      join(FIXTURES, 'py7-line', 'base', 'coverage.json'),
      '--diff',
      join(FIXTURES, 'pr.diff'),
      '--format',
      'json',
    ],
    { cwd: '/tmp/coverage-gate-fixtures/repo' },
  );
  expect(run.stderr).toBe('');
  const result = JSON.parse(run.stdout);
  const sameRun = await runMain([
    '--coverage',
    join(FIXTURES, 'py7-line', 'head', 'coverage.json'),
    '--base',
    join(FIXTURES, 'py7-line', 'base', 'coverage.json'),
    '--diff',
    join(FIXTURES, 'pr.diff'),
    '--format',
    'json',
  ]);
  const reference = JSON.parse(sameRun.stdout);
  // A line-only coverage.py run: the XML's lines are its statements.
  expect(result.format).toBe('cobertura');
  expect(result.totals.percent).toBe(reference.totals.percent);
  expect(result.delta).toBe(reference.delta);
  expect(result.patch).toEqual(reference.patch);
  expect(result.files.map((f: { path: string }) => f.path)).toEqual(
    reference.files.map((f: { path: string }) => f.path),
  );
});

describe("each producer's rounding, shown and gated", () => {
  // 21 of 39 lines: 53.846...%. Istanbul prints 53.84 (it truncates, and Jest's
  // coverageThreshold compares that figure); lcov and coverage.py round to 53.85.
  const istanbul = join(FIXTURES, 'istanbul', 'head', 'coverage-final.json');
  const lcov = join(FIXTURES, 'lcov', 'head', 'lcov.info');
  const printed = readFileSync(join(FIXTURES, 'istanbul', 'head', 'text-summary.txt'), 'utf8');

  test('Istanbul figures are shown truncated, as Istanbul prints them', async () => {
    expect(printed).toMatch(/Lines\s+: 53\.84% \( 21\/39 \)/);
    const text = await runMain(['--coverage', istanbul]);
    expect(text.stdout).toMatch(/\b53\.84%/);
    expect(text.stdout).not.toMatch(/53\.85%/);
    const markdown = await runMain(['--coverage', istanbul, '--format', 'markdown']);
    expect(markdown.stdout).toMatch(/· 53\.84%/);
  });

  test('a 53.85% minimum fails the Istanbul report and passes the same lines as LCOV', async () => {
    const fromIstanbul = await runMain(['--coverage', istanbul, '--min-coverage', '53.85']);
    expect(fromIstanbul.code).toBe(1);
    const fromLcov = await runMain(['--coverage', lcov, '--min-coverage', '53.85']);
    expect(fromLcov.code).toBe(0);
    expect(fromLcov.stdout).toMatch(/\b53\.85%/);
  });
});
