/**
 * The lean read's walk in WebAssembly (wasm/json-walk.ts) and its host
 * (src/report/json-walk.ts): the committed module is what its source
 * compiles to; the kept text is the report with the cut values made `{}` and
 * the arc lists flat; a report read into a walker's memory is walked where
 * it lies (and written over: a report file the lean read does not give is
 * read again for the full parse), anything else from a copy with the same
 * answer.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCoveragePyLean } from '../../src/report/fast-json.js';
import { leanText, walkableBuffer, walkedOver } from '../../src/report/json-walk.js';
import { parseReport, readReportFile } from '../../src/report/load.js';
import { FIXTURES, REPO_ROOT } from '../support/fixture-data.js';
import { tempDir } from '../support/temp.js';

const report = readFileSync(join(FIXTURES, 'py7-contexts', 'head', 'coverage.json'));

/** `bytes` in a walker's memory, as readReportFile reads a large report. */
function inWalker(bytes: Buffer): Buffer {
  const buffer = walkableBuffer(bytes.length);
  bytes.copy(buffer);
  return buffer;
}

test('the committed modules are what wasm/json-walk.ts and wasm/delta-lines.ts compile to', () => {
  expect(() =>
    execFileSync('node', ['scripts/generate-wasm.mjs', '--check'], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
    }),
  ).not.toThrow();
});

test('the kept text has the cut values as {} and the arc lists flat, the rest as it was', () => {
  const functions = '{"f": {"executed_lines": [2], "start_line": 1}}';
  const text =
    '{"meta": {"format": 3}, "files": {"a.py": {"executed_lines": [1, 2], ' +
    `"functions": ${functions}, "executed_branches": [[1, 2], [1, -1]], "classes": {"C": {}}}}, ` +
    '"totals": {"functions": {}}}';
  const expected = text
    .replace(functions, '{}')
    .replace('[[1, 2], [1, -1]]', '[1, 2, 1, -1]')
    .replace('{"C": {}}', '{}');
  const bytes = Buffer.from(text);
  expect(leanText(bytes, 0)).toBe(expected);
  expect(leanText(inWalker(bytes), 0)).toBe(expected);
  // A byte-order mark is left out.
  expect(leanText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]), 3)).toBe(expected);
});

test('a report with nothing to cut or flatten gets no kept text', () => {
  const text = '{"meta": {}, "files": {"a.py": {"executed_lines": [1]}}, "totals": {}}';
  expect(leanText(Buffer.from(text), 0)).toBeUndefined();
});

test('a report in a walker is walked where it lies, with the answer a copy gets', () => {
  const copy = Buffer.from(report);
  const inPlace = inWalker(report);
  const kept = leanText(inPlace, 0);
  expect(kept?.length).toBeGreaterThan(0);
  expect(kept?.length).toBeLessThan(report.length);
  expect(leanText(copy, 0)).toBe(kept);
  // A copy is walked in a walker of its own: the caller's bytes stay as they were.
  expect(copy.equals(report)).toBe(true);
  expect(walkedOver(copy)).toBe(false);
  // The walker's own report now starts with the kept text, and is not walked twice.
  expect(walkedOver(inPlace)).toBe(true);
  expect(inPlace.subarray(0, 64).toString()).toBe(kept?.slice(0, 64));
  expect(() => leanText(inPlace, 0)).toThrow(/walked over/);
  expect(parseCoveragePyLean(inWalker(report))).toEqual(parseCoveragePyLean(copy));
});

test.each([
  ['', 0],
  ['after a byte-order mark', 3],
])('a report in a walker with nothing to cut is left as it was %s', (_, from) => {
  const text = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]).subarray(0, from),
    Buffer.from(
      '{"meta": {}, "files": {"a.py": {"executed_lines": [1], "contexts_note": "none"}}, "totals": {}}',
    ),
  ]);
  const inPlace = inWalker(text);
  expect(leanText(inPlace, from)).toBeUndefined();
  expect(walkedOver(inPlace)).toBe(false);
  expect(inPlace.equals(text)).toBe(true);
});

test('a report in a walker after a byte-order mark gives what a copy gives', () => {
  const text = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), report]);
  const kept = leanText(Buffer.from(text), 3);
  expect(kept?.startsWith('{')).toBe(true);
  expect(leanText(inWalker(text), 3)).toBe(kept);
});

describe('a report file the lean read writes over and does not give', () => {
  const text = report.toString('utf8');
  const cases: [string, string][] = [
    ['cut short', text.slice(0, text.length - 40)],
    ['with a bad byte in its last cut value', replaceLast(text, '"contexts": {', '"contexts": {,')],
    // The walk accepts it; the reader refuses the kept document, the full parse names why.
    ['whose first file has no summary', text.replace('"summary"', '"summery"')],
  ];

  test.each(cases)('is read again and fails as the full parse does: %s', async (_, bad) => {
    expect(bad.length).toBeGreaterThan(256 * 1024);
    const dir = tempDir('cg-walk-');
    writeFileSync(join(dir, 'coverage.json'), bad);
    const full = await parseReport(Buffer.from(bad), 'coverage.json').then(
      () => 'read',
      (error: Error) => error.message,
    );
    expect(full).not.toBe('read');
    await expect(readReportFile('coverage.json', 'auto', dir)).rejects.toThrow(full);
  });

  test('and a whole one read from its file is the report a copy gives', async () => {
    const dir = tempDir('cg-walk-');
    writeFileSync(join(dir, 'coverage.json'), report);
    expect(await readReportFile('coverage.json', 'auto', dir)).toEqual(
      await parseReport(Buffer.from(report), 'coverage.json'),
    );
  });
});

function replaceLast(text: string, find: string, by: string): string {
  const at = text.lastIndexOf(find);
  if (at === -1) throw new Error(`no ${find} in the fixture`);
  return text.slice(0, at) + by + text.slice(at + find.length);
}

test('a read cut short (zeros after what was read) is refused like the truncated text', () => {
  const buffer = inWalker(report);
  const half = buffer.subarray(0, report.length >> 1);
  buffer.fill(0, half.length);
  expect(leanText(half, 0)).toBeUndefined();
  expect(leanText(Buffer.from(half), 0)).toBeUndefined();
});

test('a view followed by other bytes is walked from a copy, not past its end', () => {
  // The report, then a second copy of its tail: walked in place, the walk would read on.
  const buffer = walkableBuffer(report.length + 64);
  report.copy(buffer);
  buffer.fill(0x20, report.length);
  const view = buffer.subarray(0, report.length - 1); // without the closing brace
  expect(leanText(view, 0)).toBeUndefined();
  expect(leanText(buffer.subarray(0, report.length), 0)).toEqual(leanText(report, 0));
});

test('nesting deeper than the walk follows is declined, and the full parse decides', () => {
  const depth = 40_000;
  const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const text = `{"meta": {}, "files": {"a.py": {"executed_lines": [], "contexts": {"x": ${deep}}}}, "totals": {}}`;
  expect(leanText(Buffer.from(text), 0)).toBeUndefined();
  const shallow = text.replace(deep, '[[1]]');
  expect(leanText(Buffer.from(shallow), 0)).toBe(shallow.replace('{"x": [[1]]}', '{}'));
});

/** JSON.parse's verdict on `text`. */
function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

test('strings read sixteen bytes at a time: any length, any place of an escape or a control character, any alignment', () => {
  // Inside a string: a plain run, then one of these, then more of the run.
  const inserts = ['\\"', '\\\\', '\\n', '\\u00e9', '\\x', '\u0001', '\t', '\u007f', 'é', '"'];
  let checked = 0;
  for (const align of [0, 5, 15]) {
    for (let length = 0; length <= 34; length++) {
      for (let at = 0; at <= length; at += length > 18 ? 4 : 1) {
        for (const insert of inserts) {
          const value = `${'s'.repeat(at)}${insert}${'t'.repeat(length - at)}`;
          for (const inCut of [true, false]) {
            const name = inCut ? value : 'f';
            const path = inCut ? 'a.py' : value;
            const functions = `{"${name}": {"executed_lines": [1]}}`;
            const text = `${' '.repeat(align)}{"meta": {}, "files": {"${path}": {"executed_lines": [1], "functions": ${functions}}}, "totals": {}}`;
            const valid = parses(text);
            const kept = leanText(Buffer.from(text), 0);
            expect([value, inCut, kept]).toEqual([
              value,
              inCut,
              valid ? text.replace(functions, '{}') : undefined,
            ]);
            checked++;
          }
        }
      }
    }
  }
  expect(checked).toBeGreaterThan(10_000);
});

test('a report cut short inside a long string is refused', () => {
  for (let length = 0; length <= 40; length++) {
    const text = `{"meta": {}, "files": {"a.py": {"executed_lines": [1], "contexts": {"1": ["${'c'.repeat(length)}`;
    expect(leanText(Buffer.from(text), 0)).toBeUndefined();
    expect(leanText(inWalker(Buffer.from(text)), 0)).toBeUndefined();
  }
});

test.each([
  '[]',
  '[ ]',
  '[1, 2, 3]',
  '[1,2,3]',
  '[ 1 , 2 ,3 ]',
  '[\n  1,\n  2\n]',
  '[0, 10, -1, -0]',
  '[01]',
  '[1, 02]',
  '[1,]',
  '[,1]',
  '[1 2]',
  '[1,, 2]',
  '[-]',
  '[1.5]',
  '[1e3]',
  '[1, "a"]',
  '[1, [2]]',
  '[1',
])('an array of line numbers %j is taken or refused as JSON.parse does', (list) => {
  for (const member of ['functions', 'executed_lines']) {
    const value = member === 'functions' ? `{"f": {"executed_lines": ${list}}}` : list;
    const text = `{"meta": {}, "files": {"a.py": {"${member}": ${value}, "classes": {"C": {}}}}, "totals": {}}`;
    const valid = parses(text);
    const expected = text.replace(member === 'functions' ? value : '{"C": {}}', '{}');
    const kept = member === 'functions' ? expected.replace('{"C": {}}', '{}') : expected;
    expect([member, leanText(Buffer.from(text), 0)]).toEqual([member, valid ? kept : undefined]);
  }
});
