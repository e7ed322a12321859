// Zip reading from memory: names checked first, one entry inflated under a cap.
import {
  isUnsafeEntryName,
  listZipEntries,
  pickReportEntry,
  readOptionalEntry,
  readZipEntry,
} from '../../src/report/zip.js';
import { makeZip, traversalZip, withDeclaredSize } from '../support/fake-github/zip.js';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

test('lists the entries from the central directory, sizes as declared', () => {
  const zip = makeZip({ 'coverage.json': '{"files":{}}', 'dir/badge.svg': '<svg/>' });
  const entries = listZipEntries(zip, 'artifact "a"');
  expect(entries.map((e) => [e.name, e.size])).toEqual([
    ['coverage.json', 12],
    ['dir/badge.svg', 6],
  ]);
  expect(() => listZipEntries(new Uint8Array([1, 2, 3]), 'artifact "a"')).toThrow(/artifact "a"/);
});

test('unsafe names: parent parts, absolute paths, drive letters, NUL, empty', () => {
  for (const name of ['../x', 'a/../../x', '/etc/passwd', '\\x', 'C:x', 'a\0b', '', 'a\\..\\b'])
    expect([name, isUnsafeEntryName(name)]).toEqual([name, true]);
  for (const name of ['coverage.json', 'a/b/c.xml', '..coverage', 'a..b/c'])
    expect([name, isUnsafeEntryName(name)]).toEqual([name, false]);
});

test('reads the picked entry; one unsafe name refuses the whole archive', () => {
  const zip = makeZip({ 'coverage.json': 'report', 'other.txt': 'x' });
  const read = readZipEntry(zip, 'artifact "a"', pickReportEntry(null));
  expect(read.entry.name).toBe('coverage.json');
  expect(text(read.bytes)).toBe('report');
  const hostile = traversalZip(Buffer.from('report'), '../coverage.json');
  expect(() => readZipEntry(hostile, 'artifact "a"', pickReportEntry(null))).toThrow(
    /unsafe path "\.\.\/coverage\.json"/,
  );
});

test('the cap holds on the declared size and on the real size of a lying entry', () => {
  const big = 'x'.repeat(5000);
  const zip = makeZip({ 'coverage.json': big });
  expect(() => readZipEntry(zip, 'artifact "a"', pickReportEntry(null), 1000)).toThrow(
    /past the .* cap/,
  );
  const lying = withDeclaredSize(zip, 'coverage.json', 10);
  expect(() => readZipEntry(lying, 'artifact "a"', pickReportEntry(null), 1000)).toThrow(
    /expands past the .* cap/,
  );
  expect(text(readZipEntry(zip, 'artifact "a"', pickReportEntry(null), 5000).bytes)).toBe(big);
});

test('picks the report: the preferred name, else the one report-like entry, never a companion file', () => {
  const pick = (names: string[], preferred: string | null) =>
    pickReportEntry(preferred)(
      names.map((name) => ({ name, method: 8, compressedSize: 1, size: 1 })),
    ).name;
  expect(pick(['a/cov.json', 'b/other.json'], 'cov.json')).toBe('a/cov.json');
  expect(pick(['coverage.xml', 'notes.txt'], null)).toBe('coverage.xml');
  expect(pick(['coverage-history.json', 'badge.json', 'coverage.json'], null)).toBe(
    'coverage.json',
  );
  expect(pick(['only.dat'], null)).toBe('only.dat');
  expect(() => pick([], null)).toThrow(/the artifact is empty/);
  expect(() => pick(['a.json', 'b.json'], 'c.json')).toThrow(
    /holds 2 files \("a\.json", "b\.json"\); expected one coverage report named "c\.json"/,
  );
});

test('an optional entry: null when absent, read under its own cap when present', () => {
  const zip = makeZip({ 'coverage.json': 'r', 'coverage-history.json': 'h'.repeat(100) });
  expect(readOptionalEntry(zip, 'a', 'badge.json', 1000)).toBeNull();
  expect(text(readOptionalEntry(zip, 'a', 'coverage-history.json', 1000) as Uint8Array)).toBe(
    'h'.repeat(100),
  );
  expect(() => readOptionalEntry(zip, 'a', 'coverage-history.json', 10)).toThrow(/cap/);
});
