// Artifact zips for tests: ordinary ones, and the hostile ones an action that
// downloads artifacts must refuse (path traversal, lying size fields, bombs).

import { once } from 'node:events';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, createDeflateRaw } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

export type ZipEntries = Record<string, string | Uint8Array>;

const toBytes = (v: string | Uint8Array) => (typeof v === 'string' ? strToU8(v) : v);

/** A zip holding the given entries (names are used verbatim, `../x` included). */
export function makeZip(entries: ZipEntries): Buffer {
  const input: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(entries)) input[name] = toBytes(content);
  return Buffer.from(zipSync(input, { level: 6, mtime: new Date('2024-01-01T00:00:00Z') }));
}

/** A zip with an entry that climbs out of the extraction directory. */
export function traversalZip(
  content: string | Uint8Array = '{"evil":true}',
  name = '../evil.json',
): Buffer {
  return makeZip({ [name]: content });
}

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;

/**
 * Rewrites the uncompressed-size field of entry `name` in a zip: in the local
 * header, the central directory, or both. The data stays what it was, so the
 * zip is tiny while it declares a multi-GiB entry (0xFFFFFFFE at most: larger
 * values need Zip64 records).
 */
export function withDeclaredSize(
  zip: Uint8Array,
  name: string,
  declaredSize: number,
  where: 'both' | 'local' | 'central' = 'both',
): Buffer {
  if (!Number.isInteger(declaredSize) || declaredSize < 0 || declaredSize > 0xfffffffe) {
    throw new RangeError(
      `declared size must be an integer from 0 to 0xFFFFFFFE, got ${declaredSize}`,
    );
  }
  const buf = Buffer.from(zip);
  const endAt = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0 || buf.readUInt32LE(endAt) !== END_SIG) throw new Error('not a zip: no end record');
  const count = buf.readUInt16LE(endAt + 10);
  let at = buf.readUInt32LE(endAt + 16);
  let patched = false;
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== CENTRAL_SIG) throw new Error('bad central directory');
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const entryName = buf.toString('utf8', at + 46, at + 46 + nameLen);
    if (entryName === name) {
      if (where !== 'local') buf.writeUInt32LE(declaredSize, at + 24);
      const local = buf.readUInt32LE(at + 42);
      if (buf.readUInt32LE(local) !== LOCAL_SIG) throw new Error('bad local header');
      if (where !== 'central') buf.writeUInt32LE(declaredSize, local + 22);
      patched = true;
    }
    at += 46 + nameLen + extraLen + commentLen;
  }
  if (!patched) throw new Error(`no entry named ${name}`);
  return buf;
}

/** A small zip whose entry `name` declares a multi-GiB size (default ~4 GiB). */
export function hugeDeclaredZip(
  name = 'coverage.json',
  content: string | Uint8Array = '{}',
  declaredSize = 0xfffffffe,
): Buffer {
  return withDeclaredSize(makeZip({ [name]: content }), name, declaredSize);
}

/**
 * A real zip bomb: entry `name` holding `size` zero bytes (default 300 MiB),
 * deflated to a few hundred KiB. Streamed through native zlib (the content is
 * never held in memory) and cached in the OS temp directory.
 */
export async function zerosZip(size = 300 * 1024 * 1024, name = 'coverage.json'): Promise<Buffer> {
  if (!Number.isInteger(size) || size < 0 || size > 0xfffffffe) {
    throw new RangeError(`size must be an integer from 0 to 0xFFFFFFFE, got ${size}`);
  }
  const cache = join(
    tmpdir(),
    `fake-github-zeros-v1-${size}-${Buffer.from(name).toString('hex')}.zip`,
  );
  if (existsSync(cache)) {
    const cached = readFileSync(cache);
    if (cached.length >= 22 && cached.readUInt32LE(cached.length - 22) === END_SIG) return cached;
  }

  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (b: Buffer) => parts.push(b));
  const done = once(deflate, 'end');
  const chunk = Buffer.alloc(4 * 1024 * 1024);
  let crc = 0;
  for (let left = size; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await once(deflate, 'drain');
  }
  deflate.end();
  await done;
  const data = Buffer.concat(parts);

  const nameBytes = Buffer.from(name, 'utf8');
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1; // 2024-01-01
  const local = Buffer.alloc(30);
  local.writeUInt32LE(LOCAL_SIG, 0);
  local.writeUInt16LE(20, 4); // version needed: deflate
  local.writeUInt16LE(0x0800, 6); // UTF-8 names
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt16LE(DOS_TIME, 10);
  local.writeUInt16LE(DOS_DATE, 12);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(CENTRAL_SIG, 0);
  central.writeUInt16LE(20, 4); // made by
  central.writeUInt16LE(20, 6);
  local.copy(central, 8, 6, 30); // flags .. name length, same layout
  central.writeUInt16LE(0, 30); // extra
  central.writeUInt16LE(0, 32); // comment
  central.writeUInt16LE(0, 34); // disk
  central.writeUInt16LE(0, 36); // internal attributes
  central.writeUInt32LE(0, 38); // external attributes
  central.writeUInt32LE(0, 42); // local header offset
  const centralOffset = local.length + nameBytes.length + data.length;
  const centralSize = central.length + nameBytes.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_SIG, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralOffset, 16);
  const out = Buffer.concat([local, nameBytes, data, central, nameBytes, end]);

  const partial = `${cache}.${process.pid}.tmp`;
  writeFileSync(partial, out);
  renameSync(partial, cache);
  return out;
}
