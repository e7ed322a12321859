/**
 * A large report is read with one request to the thread pool (readWhole):
 * the bytes must be the file's, whatever the size said, and the report read
 * from disk must equal the same bytes parsed in memory.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWhole } from '../../src/report/fs-async.js';
import { parseReport, readReportFile } from '../../src/report/load.js';
import { FIXTURES } from '../support/fixture-data.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-read-whole-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes that differ all along, so a chunk read twice or out of place shows. */
function counterBytes(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let k = 0; k < length; k += 4) bytes.writeUInt32LE(k, k);
  return bytes;
}

test('reads a file of several megabytes exactly', async () => {
  const file = join(dir, 'big.bin');
  const bytes = counterBytes(3 * 1024 * 1024 + 4);
  writeFileSync(file, bytes);
  const read = await readWhole(file, statSync(file).size);
  expect(read.length).toBe(bytes.length);
  expect(read.equals(bytes)).toBe(true);
});

test('a file shorter than its size said (it shrank after the stat) gives what is there', async () => {
  const file = join(dir, 'shrunk.bin');
  const bytes = counterBytes(300_000);
  writeFileSync(file, bytes);
  const read = await readWhole(file, bytes.length + 5000);
  expect(read.length).toBe(bytes.length);
  expect(read.equals(bytes)).toBe(true);
});

test('a missing file is refused with its error code', async () => {
  await expect(readWhole(join(dir, 'absent.bin'), 1000)).rejects.toMatchObject({ code: 'ENOENT' });
});

test('a report over the synchronous-read size reads from disk as it parses in memory', async () => {
  // A real coverage.py report, its files repeated under new folders until it passes 256 KB.
  const original = JSON.parse(
    readFileSync(join(FIXTURES, 'py7-branch', 'head', 'coverage.json'), 'utf8'),
  );
  const copies = Math.ceil(400 / Object.keys(original.files).length);
  const files: Record<string, unknown> = {};
  for (let copy = 0; copy < copies; copy++) {
    for (const [path, data] of Object.entries(original.files)) files[`copy${copy}/${path}`] = data;
  }
  // The counts grow with the copies; the percentages stay.
  const totals = Object.fromEntries(
    Object.entries(original.totals as Record<string, unknown>).map(([key, value]) => [
      key,
      key.startsWith('percent') ? value : (value as number) * copies,
    ]),
  );
  const file = join(dir, 'coverage.json');
  writeFileSync(file, JSON.stringify({ ...original, files, totals }, null, 2));
  expect(statSync(file).size).toBeGreaterThan(256 * 1024);

  const fromDisk = await readReportFile(file, 'auto', dir);
  const inMemory = await parseReport(readFileSync(file), file, 'auto', dir);
  expect(fromDisk.files.size).toBeGreaterThanOrEqual(400);
  expect(fromDisk).toEqual(inMemory);
});
