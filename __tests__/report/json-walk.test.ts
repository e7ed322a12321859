/**
 * The lean read's walk in WebAssembly (wasm/json-walk.ts) and its host
 * (src/report/json-walk.ts): the committed module is what its source
 * compiles to; the spans are where the values and arc lists are; a report
 * read into a walker's memory is walked where it lies, and anything else is
 * walked from a copy with the same answer.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCoveragePyLean } from '../../src/report/fast-json.js';
import { walkableBuffer, walkReport } from '../../src/report/json-walk.js';
import { FIXTURES, REPO_ROOT } from '../support/fixture-data.js';

const report = readFileSync(join(FIXTURES, 'py7-contexts', 'head', 'coverage.json'));

/** `bytes` in a walker's memory, as readReportFile reads a large report. */
function inWalker(bytes: Buffer): Buffer {
  const buffer = walkableBuffer(bytes.length);
  bytes.copy(buffer);
  return buffer;
}

test('the committed module is what wasm/json-walk.ts compiles to', () => {
  expect(() =>
    execFileSync('node', ['scripts/generate-wasm.mjs', '--check'], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
    }),
  ).not.toThrow();
});

test('the spans are the cut values and the arc lists, by offset', () => {
  const text =
    '{"meta": {"format": 3}, "files": {"a.py": {"executed_lines": [1, 2], ' +
    '"functions": {"f": {"executed_lines": [2], "start_line": 1}}, ' +
    '"executed_branches": [[1, 2], [1, -1]], "classes": {}}}, "totals": {"functions": {}}}';
  const functions = text.indexOf('{"f"');
  const functionsEnd = text.indexOf('}}', functions) + 2;
  const arcs = text.indexOf('[[1, 2]');
  const arcsEnd = text.indexOf(']]', arcs) + 2;
  const classes = text.indexOf('{}}}');
  const expected = [functions, functionsEnd, 0, arcs, arcsEnd, 1, classes, classes + 2, 0];
  const bytes = Buffer.from(text);
  expect(walkReport(bytes, 0)).toEqual(expected);
  expect(walkReport(inWalker(bytes), 0)).toEqual(expected);
});

test('a report in a walker is walked where it lies, with the answer a copy gets', () => {
  const copy = Buffer.from(report);
  const inPlace = inWalker(report);
  const spans = walkReport(inPlace, 0);
  expect(spans?.length).toBeGreaterThan(0);
  expect(walkReport(copy, 0)).toEqual(spans);
  expect(parseCoveragePyLean(inPlace)).toEqual(parseCoveragePyLean(copy));
  // The walk leaves the bytes as they were: the same buffer walks the same again.
  expect(inPlace.equals(report)).toBe(true);
  expect(walkReport(inPlace, 0)).toEqual(spans);
});

test('a read cut short (zeros after what was read) is refused like the truncated text', () => {
  const buffer = inWalker(report);
  const half = buffer.subarray(0, report.length >> 1);
  buffer.fill(0, half.length);
  expect(walkReport(half, 0)).toBeUndefined();
  expect(walkReport(Buffer.from(half), 0)).toBeUndefined();
});

test('a view followed by other bytes is walked from a copy, not past its end', () => {
  // The report, then a second copy of its tail: walked in place, the walk would read on.
  const buffer = walkableBuffer(report.length + 64);
  report.copy(buffer);
  buffer.fill(0x20, report.length);
  const view = buffer.subarray(0, report.length - 1); // without the closing brace
  expect(walkReport(view, 0)).toBeUndefined();
  expect(walkReport(buffer.subarray(0, report.length), 0)).toEqual(walkReport(report, 0));
});

test('nesting deeper than the walk follows is declined, and the full parse decides', () => {
  const depth = 40_000;
  const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const text = `{"meta": {}, "files": {"a.py": {"executed_lines": [], "contexts": {"x": ${deep}}}}, "totals": {}}`;
  expect(walkReport(Buffer.from(text), 0)).toBeUndefined();
  const shallow = text.replace(deep, '[[1]]');
  expect(walkReport(Buffer.from(shallow), 0)?.length).toBe(3);
});
