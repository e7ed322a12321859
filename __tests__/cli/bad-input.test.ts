/**
 * Bad input ends in exit 2 and exactly one stderr line that names the file
 * and the problem, never a stack trace. Hand-written JSON lives only here,
 * generated into a temporary directory.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CliRun, FIXTURES, runDist, runMain } from '../support/cli.js';
import { tempDir } from '../support/temp.js';

let dir: string;

const summary = (statements: number, covered: number, missing: number) => ({
  covered_lines: covered,
  num_statements: statements,
  missing_lines: missing,
  excluded_lines: 0,
});
const fileEntry = (executed: unknown, missing: unknown, s = summary(1, 1, 0)) => ({
  executed_lines: executed,
  missing_lines: missing,
  excluded_lines: [],
  summary: s,
});
const report = (files: unknown) =>
  JSON.stringify({ meta: { version: '7.16.2', format: 3 }, files });

const BAD: Record<string, string | Buffer> = {
  'empty.json': '',
  'blank.json': '  \n\n',
  'truncated.json': readFileSync(join(FIXTURES, 'py7-line', 'head', 'coverage.json'), 'utf8').slice(
    0,
    500,
  ),
  'not-json.json': 'Name    Stmts   Miss  Cover\nTOTAL     10      0   100%\n',
  'broken.json': '{"files": {"a.py": [1, 2,]}}',
  'istanbul.json': JSON.stringify({
    '/repo/src/a.js': {
      path: '/repo/src/a.js',
      statementMap: { '0': { start: { line: 1, column: 0 }, end: { line: 1, column: 9 } } },
      fnMap: {},
      branchMap: {},
      s: { '0': 1 },
      f: {},
      b: {},
    },
  }),
  'files-array.json': JSON.stringify({ meta: { format: 3 }, files: [] }),
  'files-string.json': JSON.stringify({ meta: { format: 3 }, files: 'a.py' }),
  'no-files.json': JSON.stringify({ meta: { format: 3 }, totals: summary(1, 1, 0) }),
  'fractional.json': report({
    'a.py': fileEntry([1], [], { ...summary(1, 1, 0), num_statements: 1.5 }),
  }),
  'fractional-line.json': report({ 'a.py': fileEntry([1.5], []) }),
  'huge.json': report({ 'a.py': fileEntry([1], []) }).replace(
    '"num_statements":1',
    '"num_statements":1e400',
  ),
  'disagree.json': report({ 'a.py': fileEntry([1, 2], [3], summary(3, 2, 2)) }),
  'disagree-covered.json': report({ 'a.py': fileEntry([1, 2], [3], summary(3, 1, 1)) }),
  'both.json': report({ 'a.py': fileEntry([9, 7, 5, 3, 1], [8, 7, 2], summary(6, 3, 3)) }),
  'dup-dot.json': report({ 'a.py': fileEntry([1], []), './a.py': fileEntry([1], []) }),
  // Keys from Windows (`\` only): `\` is a separator there, so the two name one file.
  'dup-backslash.json': report({ 'a\\b.py': fileEntry([1], []), 'a\\.\\b.py': fileEntry([1], []) }),
  'deep.json': `{"meta":{"format":3},"files":{"a.py":{"executed_lines":${'['.repeat(100000)}${']'.repeat(100000)},"missing_lines":[],"summary":{"covered_lines":0,"num_statements":0,"missing_lines":0}}}}`,
  'deep-object.json': `{"meta":${'{"a":'.repeat(100000)}1${'}'.repeat(100000)},"files":{}}`,
};

beforeAll(() => {
  dir = tempDir('cli-bad-input-');
  for (const [name, content] of Object.entries(BAD)) writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, 'negative'));
  writeFileSync(
    join(dir, 'negative', 'coverage.json'),
    report({ 'a.py': fileEntry([1], [], { ...summary(1, 1, 0), num_statements: -1 }) }),
  );
  mkdirSync(join(dir, 'a-directory.json'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Exactly one line, naming the file, no stack trace; returns the line. */
function oneLine(run: CliRun, file: string): string {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  const lines = run.stderr.slice(0, -1).split('\n');
  expect(lines).toHaveLength(1);
  const line = lines[0] as string;
  expect(line).toContain(file);
  expect(line).not.toMatch(/\bat .*:\d+:\d+|Error:|RangeError|TypeError|undefined/);
  return line;
}

const cases: [string, string[], RegExp][] = [
  ['missing file', ['--coverage', 'nope.json'], /^coverage-gate: nope\.json: file not found$/],
  ['a directory', ['--coverage', 'a-directory.json'], /a-directory\.json: is a directory/],
  ['empty file', ['--coverage', 'empty.json'], /empty\.json: is empty$/],
  ['whitespace-only file', ['--coverage', 'blank.json'], /blank\.json: is empty$/],
  [
    'truncated JSON',
    ['--coverage', 'truncated.json'],
    /truncated\.json: is not valid JSON: the file ends early/,
  ],
  ['not JSON', ['--coverage', 'not-json.json'], /not-json\.json: is not a coverage report/],
  ['JSON with a syntax error', ['--coverage', 'broken.json'], /broken\.json: is not valid JSON/],
  [
    'an Istanbul report given as coverage.py',
    ['--coverage', 'istanbul.json', '--coverage-format', 'coverage.py'],
    /istanbul\.json: is an Istanbul coverage-final\.json, not a coverage\.py JSON report/,
  ],
  [
    'files is an array',
    ['--coverage', 'files-array.json'],
    /files-array\.json: files must be an object, got \[\]$/,
  ],
  [
    'files is a string',
    ['--coverage', 'files-string.json', '--coverage-format', 'coverage.py'],
    /files-string\.json: files must be an object, got "a\.py"$/,
  ],
  [
    'no files at all',
    ['--coverage', 'no-files.json', '--coverage-format', 'coverage.py'],
    /no-files\.json: the report has no "files"$/,
  ],
  [
    'a fractional count',
    ['--coverage', 'fractional.json'],
    /^coverage-gate: fractional\.json: files\["a\.py"\]\.summary\.num_statements must be a non-negative integer, got 1\.5$/,
  ],
  [
    'a count too large for a number (1e400)',
    ['--coverage', 'huge.json'],
    /huge\.json: files\["a\.py"\]\.summary\.num_statements must be a non-negative integer, got Infinity$/,
  ],
  [
    'a fractional line number',
    ['--coverage', 'fractional-line.json'],
    /fractional-line\.json: files\["a\.py"\]\.executed_lines\[0\] must be a line number, got 1\.5$/,
  ],
  [
    'a summary that disagrees with missing_lines',
    ['--coverage', 'disagree.json'],
    /disagree\.json: files\["a\.py"\]\.summary\.missing_lines is 2 but missing_lines\[\] gives 1; the summary disagrees with the line lists$/,
  ],
  [
    'a summary that disagrees about covered lines',
    ['--coverage', 'disagree-covered.json'],
    /disagree-covered\.json: files\["a\.py"\]\.summary\.covered_lines is 1 but .* gives 2; the summary disagrees/,
  ],
  [
    'a line both executed and missing (lists unsorted)',
    ['--coverage', 'both.json'],
    /both\.json: files\["a\.py"\]: line 7 is both executed and missing$/,
  ],
  [
    'a.py and ./a.py',
    ['--coverage', 'dup-dot.json'],
    /dup-dot\.json: "a\.py" and "\.\/a\.py" both normalise to "a\.py"/,
  ],
  [
    'a\\b.py and a\\.\\b.py from Windows',
    ['--coverage', 'dup-backslash.json'],
    /dup-backslash\.json: "a\\\\b\.py" and "a\\\\\.\\\\b\.py" both normalise to "a\/b\.py"/,
  ],
  [
    'a 100,000-deep nested array in place of a line list',
    ['--coverage', 'deep.json'],
    /deep\.json: files\["a\.py"\]\.executed_lines\[0\] must be a line number, got \[/,
  ],
  [
    'a bad baseline',
    ['--coverage', join(FIXTURES, 'py7-line', 'head', 'coverage.json'), '--base', 'empty.json'],
    /empty\.json: is empty$/,
  ],
  [
    'a missing diff',
    ['--coverage', join(FIXTURES, 'py7-line', 'head', 'coverage.json'), '--diff', 'nope.diff'],
    /nope\.diff: file not found$/,
  ],
  [
    'a diff that is not a diff',
    ['--coverage', join(FIXTURES, 'py7-line', 'head', 'coverage.json'), '--diff', 'not-json.json'],
    /not-json\.json: is not a unified diff/,
  ],
];

describe.each(cases)('%s', (_name, argv, message) => {
  test('exits 2 with one line naming the file and the problem', async () => {
    const run = await runMain(argv, { cwd: dir });
    const file = (argv.find(
      (a, i) =>
        i > 0 && argv[i - 1] !== '--coverage-format' && !a.startsWith('-') && !a.startsWith('/'),
    ) ?? argv[1]) as string;
    expect(oneLine(run, file)).toMatch(message);
  });
});

test('a bad report and a missing diff: the report is told', async () => {
  const run = await runMain(['--coverage', 'truncated.json', '--diff', 'nope.diff'], { cwd: dir });
  expect(oneLine(run, 'truncated.json')).toMatch(/truncated\.json: is not valid JSON/);
  expect(run.stderr).not.toContain('nope.diff');
});

test('a negative count names the file and the JSON path', async () => {
  const run = await runMain(['--coverage', 'coverage.json'], { cwd: join(dir, 'negative') });
  expect(oneLine(run, 'coverage.json')).toBe(
    'coverage-gate: coverage.json: files["a.py"].summary.num_statements must be a non-negative integer, got -1',
  );
});

test('a 100,000-deep object elsewhere in the report does not crash either', async () => {
  const run = await runMain(['--coverage', 'deep-object.json'], { cwd: dir });
  expect(run.stderr).not.toMatch(/call stack/i);
  expect([0, 2]).toContain(run.code);
  if (run.code === 2) oneLine(run, 'deep-object.json');
});

describe('invalid flags', () => {
  const coverage = join(FIXTURES, 'py7-line', 'head', 'coverage.json');
  test.each([
    [['--min-coverage', '8o'], '--min-coverage must be a number from 0 to 100, got "8o"'],
    [['--min-coverage', '101'], '--min-coverage must be a number from 0 to 100, got "101"'],
    [['--min-file-coverage', '-1'], '--min-file-coverage must be a number from 0 to 100, got "-1"'],
    [
      ['--max-coverage-drop', 'lots'],
      '--max-coverage-drop must be a number from 0 to 100, got "lots"',
    ],
    [
      ['--min-patch-coverage', '50%'],
      '--min-patch-coverage must be a number from 0 to 100, got "50%"',
    ],
    [
      ['--min-file-statements', '1.5'],
      '--min-file-statements must be a whole number 0 or more, got "1.5"',
    ],
    [['--impact-count', 'ten'], '--impact-count must be a whole number 0 or more, got "ten"'],
    [['--precision', '11'], '--precision must be a whole number from 0 to 10, got "11"'],
    [['--format', 'xml'], '--format must be text, markdown or json, got "xml"'],
    [['--coverage-format', 'gcov'], '--coverage-format must be one of'],
    [['--file-thresholds', 'core/**'], '--file-thresholds: each line must be "glob: percent"'],
  ])('%j', async (flags, message) => {
    const run = await runMain(['--coverage', coverage, ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`coverage-gate: ${run.stderr.slice(15, -1)}\n`);
    expect(run.stderr).toContain(message);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  test('an unknown flag exits 2 and points to --help', async () => {
    const run = await runMain(['--coverage', coverage, '--min-coverag', '80']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^coverage-gate: .*--min-coverag.*see --help\n$/);
  });

  test('a flag without its value exits 2', async () => {
    const run = await runMain(['--coverage', coverage, '--min-coverage']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });
});

describe('accepted oddities', () => {
  const original = readFileSync(join(FIXTURES, 'py7-line', 'head', 'coverage.json'), 'utf8');
  const headTotal = async () =>
    JSON.parse(
      (
        await runMain([
          '--coverage',
          join(FIXTURES, 'py7-line', 'head', 'coverage.json'),
          '--format',
          'json',
        ])
      ).stdout,
    );

  test('a UTF-8 byte-order mark', async () => {
    writeFileSync(
      join(dir, 'bom.json'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original)]),
    );
    const run = await runMain(['--coverage', 'bom.json', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).totals).toEqual((await headTotal()).totals);
  });

  test('Windows separators, relative and absolute, become repository paths', async () => {
    const document = JSON.parse(original) as { files: Record<string, unknown> };
    const relative: Record<string, unknown> = {};
    const absolute: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(document.files)) {
      relative[key.replace(/\//g, '\\')] = value;
      absolute[`C:\\work\\repo\\${key.replace(/\//g, '\\')}`] = value;
    }
    writeFileSync(join(dir, 'windows.json'), JSON.stringify({ ...document, files: relative }));
    writeFileSync(join(dir, 'windows-abs.json'), JSON.stringify({ ...document, files: absolute }));
    const expected = (await headTotal()).files as { path: string }[];
    const pathsOf = async (argv: string[]) => {
      const run = await runMain([...argv, '--format', 'json'], { cwd: dir });
      expect(run.stderr).toBe('');
      const files = JSON.parse(run.stdout).files as { path: string }[];
      for (const f of files) expect(f.path).not.toMatch(/\\|^\/|^[A-Za-z]:/);
      return files;
    };
    expect(await pathsOf(['--coverage', 'windows.json'])).toEqual(expected);
    // With the checkout's root as the prefix, the paths are the repository's.
    expect(
      await pathsOf(['--coverage', 'windows-abs.json', '--path-prefix', 'C:\\work\\repo']),
    ).toEqual(expected);
    // Without it, the reports' common root is stripped: all files sit in invoicing/.
    const stripped = await pathsOf(['--coverage', 'windows-abs.json']);
    expect(stripped.map((f) => f.path)).toEqual(
      expected.map((f) => f.path.replace(/^invoicing\//, '')),
    );
  });
});

describe('through the bundled dist/cli.js', () => {
  test.each([
    [['--coverage', 'empty.json'], 'empty.json: is empty'],
    [
      ['--coverage', 'deep.json'],
      'deep.json: files["a.py"].executed_lines[0] must be a line number',
    ],
    [['--coverage', 'nope.json'], 'nope.json: file not found'],
    [['--coverage', 'fractional.json'], 'must be a non-negative integer, got 1.5'],
    [['--min-coverage', '8o'], '--min-coverage must be a number from 0 to 100, got "8o"'],
  ])('%j', (argv, message) => {
    const run = runDist(argv, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([expect.stringContaining(message), '']);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('an unknown flag exits 2', () => {
    const run = runDist(['--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });
});
