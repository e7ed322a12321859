/**
 * Diff parsing on the fixture PR made by `git diff -M`: every added line
 * number points at the same text in the head tree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseUnifiedDiff, remainingFiles } from '../../src/analysis/diff.js';
import { InputError } from '../../src/report/errors.js';
import { FIXTURES, REPO_ROOT } from '../support/fixture-data.js';

const prDiff = readFileSync(join(FIXTURES, 'pr.diff'), 'utf8');
const headTree = join(REPO_ROOT, 'fixtures', 'python', 'head');
const headLines = (path: string) => readFileSync(join(headTree, path), 'utf8').split('\n');

/** The `+` lines of each file in the diff, in order, without the marker. */
function addedTexts(diff: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4).replace(/^b\//, '').trim();
      current = name === '/dev/null' ? null : [];
      if (current) out.set(name, current);
    } else if (line.startsWith('+') && current) current.push(line.slice(1));
  }
  return out;
}

test('the fixture PR: statuses, renames and new files', () => {
  const files = parseUnifiedDiff(prDiff, 'pr.diff');
  const byPath = new Map(files.map((f) => [f.path, f]));
  expect(byPath.get('invoicing/refunds.py')).toMatchObject({ status: 'added', previousPath: null });
  expect(byPath.get('invoicing/render.py')).toMatchObject({
    status: 'renamed',
    previousPath: 'invoicing/formatting.py',
  });
  expect(byPath.get('invoicing/cart.py')?.status).toBe('modified');
  expect(byPath.has('invoicing/formatting.py')).toBe(false);
  const refunds = headLines('invoicing/refunds.py');
  const refundsCount = refunds[refunds.length - 1] === '' ? refunds.length - 1 : refunds.length;
  expect(byPath.get('invoicing/refunds.py')?.addedLines).toEqual(
    Array.from({ length: refundsCount }, (_, i) => i + 1),
  );
});

test('every added line number holds the added text in the head tree', () => {
  const files = parseUnifiedDiff(prDiff, 'pr.diff');
  const texts = addedTexts(prDiff);
  expect(files.map((f) => f.path).sort()).toEqual([...texts.keys()].sort());
  for (const file of files) {
    if (!existsSync(join(headTree, file.path))) continue;
    const lines = headLines(file.path);
    expect([file.path, file.addedLines.map((n) => lines[n - 1])]).toEqual([
      file.path,
      texts.get(file.path),
    ]);
  }
});

test("a last line without a newline is counted where git puts it (tax.py's line 69)", () => {
  const tax = parseUnifiedDiff(prDiff, 'pr.diff').find((f) => f.path === 'invoicing/tax.py');
  const lines = headLines('invoicing/tax.py');
  expect(lines).toHaveLength(69);
  expect(tax?.addedLines).toContain(69);
  expect(lines[68]).toContain('ROUND_HALF_UP');
});

test('a deleted file is listed as deleted with its base lines; a pure rename has no added lines', () => {
  const diff = [
    'diff --git a/gone.py b/gone.py',
    'deleted file mode 100644',
    'index 1111111..0000000',
    '--- a/gone.py',
    '+++ /dev/null',
    '@@ -1,2 +0,0 @@',
    '-a = 1',
    '-b = 2',
    'diff --git a/old.py b/new.py',
    'similarity index 100%',
    'rename from old.py',
    'rename to new.py',
    '',
  ].join('\n');
  const changes = parseUnifiedDiff(diff, 'x.diff');
  expect(changes).toEqual([
    {
      path: 'gone.py',
      previousPath: null,
      status: 'deleted',
      addedLines: [],
      deletedLines: [1, 2],
    },
    {
      path: 'new.py',
      previousPath: 'old.py',
      status: 'renamed',
      addedLines: [],
      deletedLines: [],
    },
  ]);
  // Patch figures look at the files that remain.
  expect(remainingFiles(changes).map((c) => c.path)).toEqual(['new.py']);
});

test('an empty diff changes nothing; text that is not a diff is bad input', () => {
  expect(parseUnifiedDiff('', 'empty.diff')).toEqual([]);
  expect(parseUnifiedDiff('\n\n', 'empty.diff')).toEqual([]);
  expect(() => parseUnifiedDiff('hello world\n', 'notes.txt')).toThrow(InputError);
  expect(() => parseUnifiedDiff('hello world\n', 'notes.txt')).toThrow(
    /^notes\.txt: is not a unified diff/,
  );
});

test('hunks written out of order still give ascending lines (patch figures walk them in order)', () => {
  const hunk = (start: number) => [`@@ -${start},1 +${start},2 @@`, ' kept', '+added'];
  const diff = (starts: number[]) =>
    ['diff --git a/m.py b/m.py', '--- a/m.py', '+++ b/m.py', ...starts.flatMap(hunk), ''].join(
      '\n',
    );
  const inOrder = parseUnifiedDiff(diff([10, 40]), 'pr.diff');
  const reversed = parseUnifiedDiff(diff([40, 10]), 'pr.diff');
  expect(inOrder[0]?.addedLines).toEqual([11, 41]);
  expect(reversed).toEqual(inOrder);
});

test('a file in two sections of one diff: its lines once each, ascending', () => {
  const section = (hunks: string) =>
    `diff --git a/app.py b/app.py\n--- a/app.py\n+++ b/app.py\n${hunks}`;
  const diff =
    section('@@ -10,2 +10,3 @@\n ctx\n-old10\n+new10\n+new11\n') +
    // The same file again, with a hunk below the first and one overlapping it.
    section('@@ -30,1 +31,1 @@\n-old30\n+new31\n@@ -11,1 +11,1 @@\n-old11\n+new11\n');
  const [file, ...rest] = parseUnifiedDiff(diff, 'two.diff');
  expect(rest).toEqual([]);
  expect(file).toMatchObject({ path: 'app.py', status: 'modified' });
  expect(file?.addedLines).toEqual([11, 12, 31]);
  expect(file?.deletedLines).toEqual([11, 30]);
});

test('a broken hunk is named by its line in the whole diff, not in its file section', () => {
  const section = (name: string, hunk: string[]) => [
    `diff --git a/${name} b/${name}`,
    `--- a/${name}`,
    `+++ b/${name}`,
    ...hunk,
  ];
  const good = ['@@ -1,1 +1,2 @@', ' kept', '+added'];
  // Says two lines are added, holds one.
  const broken = ['@@ -1,1 +1,3 @@', ' kept', '+added'];
  const lines = [...section('a.py', good), ...section('b.py', good), ...section('c.py', broken)];
  const brokenAt = lines.indexOf('@@ -1,1 +1,3 @@') + 1;
  expect(brokenAt).toBe(16);
  expect(() => parseUnifiedDiff(`${lines.join('\n')}\n`, 'pr.diff')).toThrow(
    new RegExp(`^pr\\.diff: is not a unified diff: .*hunk at line ${brokenAt}\\b`, 'i'),
  );
});
