/**
 * Artifact download and in-memory unzip. The REST download answers with a
 * redirect to storage; the redirect is followed here, without the token.
 * The zip is read from memory: only the entry we want is inflated, streamed
 * with a byte cap, and nothing is ever written to disk. An archive holding
 * an entry with a `..` or absolute name is refused as a whole.
 */
import { Inflate } from 'fflate';
import { InputError } from '../report/errors.js';
import { type GitHubClient, statusOf } from './client.js';

/** Default cap on an artifact zip and on any entry read from it. */
export const DEFAULT_ZIP_LIMIT = 256 * 1024 * 1024;

/** Compressed bytes handed to the inflater at a time; bounds each output burst (~1000×). */
const INFLATE_CHUNK = 4096;

const MIB = 1024 * 1024;
const sizeText = (bytes: number) =>
  bytes >= MIB ? `${(bytes / MIB).toFixed(0)} MiB` : `${bytes} bytes`;

export class ArtifactExpiredError extends Error {}

/**
 * Downloads an artifact's zip. The API's 302 is not followed by fetch (the
 * token must not go to storage); the storage URL is fetched without it.
 */
export async function downloadArtifact(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  artifactId: number,
  limit = DEFAULT_ZIP_LIMIT,
): Promise<Uint8Array> {
  let response: {
    status: number;
    headers: Record<string, string | number | undefined>;
    data: unknown;
  };
  try {
    response = (await client.request(
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
      {
        ...repo,
        artifact_id: artifactId,
        archive_format: 'zip',
        request: { redirect: 'manual', parseSuccessResponseBody: false },
      },
    )) as typeof response;
  } catch (error) {
    if (statusOf(error) === 410)
      throw new ArtifactExpiredError(`artifact ${artifactId} has expired`);
    throw error;
  }
  const location = response.headers.location;
  if (response.status >= 300 && response.status < 400) {
    await cancel(response.data);
    if (typeof location !== 'string' || location === '') {
      throw new Error(
        `artifact ${artifactId}: download answered ${response.status} without a location`,
      );
    }
    const storage = await fetch(location, { redirect: 'follow' });
    if (!storage.ok) {
      await storage.body?.cancel();
      throw new Error(
        `artifact ${artifactId}: storage answered ${storage.status} ${storage.statusText}`,
      );
    }
    return readCapped(storage.body, limit, `artifact ${artifactId}`);
  }
  return readCapped(
    response.data as ReadableStream<Uint8Array> | null,
    limit,
    `artifact ${artifactId}`,
  );
}

async function cancel(body: unknown): Promise<void> {
  if (body && typeof (body as ReadableStream).cancel === 'function') {
    await (body as ReadableStream).cancel().catch(() => undefined);
  }
}

async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
  what: string,
): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new InputError(what, `the zip is larger than the ${sizeText(limit)} cap; refused`);
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** Uncompressed size as the archive declares it. */
  size: number;
  localOffset: number;
}

const u16 = (view: DataView, at: number) => view.getUint16(at, true);
const u32 = (view: DataView, at: number) => view.getUint32(at, true);
const u64 = (view: DataView, at: number) => {
  const value = view.getBigUint64(at, true);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
};

/** Reads the central directory (zip64 included). */
export function listZipEntries(zip: Uint8Array, source: string): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const broken = (why: string) => new InputError(source, `is not a readable zip archive (${why})`);
  let eocd = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (u32(view, at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw broken('no end of central directory');
  let count = u16(view, eocd + 10);
  let cdOffset = u32(view, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(view, locator) !== 0x07064b50) throw broken('zip64 locator missing');
    const z64 = u64(view, locator + 8);
    if (z64 + 56 > zip.length || u32(view, z64) !== 0x06064b50)
      throw broken('zip64 record missing');
    count = u64(view, z64 + 32);
    cdOffset = u64(view, z64 + 48);
  }
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || u32(view, at) !== 0x02014b50) throw broken('bad central directory');
    const nameLength = u16(view, at + 28);
    const extraLength = u16(view, at + 30);
    const commentLength = u16(view, at + 32);
    if (at + 46 + nameLength + extraLength > zip.length) throw broken('bad central directory');
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    let compressedSize = u32(view, at + 20);
    let size = u32(view, at + 24);
    let localOffset = u32(view, at + 42);
    // zip64 extra field: the 32-bit fields that overflowed, in this order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(view, extra);
      const length = u16(view, extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        const take = () => {
          const value = field + 8 <= extra + 4 + length ? u64(view, field) : 0;
          field += 8;
          return value;
        };
        if (size === 0xffffffff) size = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localOffset === 0xffffffff) localOffset = take();
      }
      extra += 4 + length;
    }
    entries.push({ name, method: u16(view, at + 10), compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A name that would land outside the extraction folder, or a device path. */
export function isUnsafeEntryName(name: string): boolean {
  if (name === '' || name.includes('\0')) return true;
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) return true;
  return name.split(/[/\\]/).some((part) => part === '..');
}

/**
 * Checks every entry's name, then inflates the one `pick` chooses, aborting
 * as soon as its real size passes `limit`.
 */
export function readZipEntry(
  zip: Uint8Array,
  source: string,
  pick: (files: readonly ZipEntry[]) => ZipEntry,
  limit = DEFAULT_ZIP_LIMIT,
): { entry: ZipEntry; bytes: Uint8Array } {
  const entries = listZipEntries(zip, source);
  const unsafe = entries.find((e) => isUnsafeEntryName(e.name));
  if (unsafe) {
    throw new InputError(
      source,
      `holds an entry with an unsafe path ${JSON.stringify(unsafe.name)} (".." or absolute); the archive is refused`,
    );
  }
  const files = entries.filter((e) => !e.name.endsWith('/'));
  let entry: ZipEntry;
  try {
    entry = pick(files);
  } catch (error) {
    if (error instanceof InputError && error.source === '')
      throw new InputError(source, error.problem);
    throw error;
  }
  if (entry.size > limit) {
    throw new InputError(
      source,
      `entry ${JSON.stringify(entry.name)} declares ${sizeText(entry.size)}, past the ${sizeText(limit)} cap; refused`,
    );
  }
  return { entry, bytes: inflateEntry(zip, entry, source, limit) };
}

function inflateEntry(zip: Uint8Array, entry: ZipEntry, source: string, limit: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = entry.localOffset;
  if (at + 30 > zip.length || u32(view, at) !== 0x04034b50) {
    throw new InputError(source, `entry ${JSON.stringify(entry.name)} has no local header`);
  }
  const start = at + 30 + u16(view, at + 26) + u16(view, at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length)
    throw new InputError(source, `entry ${JSON.stringify(entry.name)} is truncated`);
  const data = zip.subarray(start, end);
  const tooLarge = () =>
    new InputError(
      source,
      `entry ${JSON.stringify(entry.name)} expands past the ${sizeText(limit)} cap; refused`,
    );
  if (entry.method === 0) {
    if (data.length > limit) throw tooLarge();
    return data.slice();
  }
  if (entry.method !== 8) {
    throw new InputError(
      source,
      `entry ${JSON.stringify(entry.name)} uses compression method ${entry.method}, not deflate`,
    );
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw tooLarge();
    chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    for (let i = 0; i < data.length; i += INFLATE_CHUNK) {
      inflater.push(data.subarray(i, i + INFLATE_CHUNK), i + INFLATE_CHUNK >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(), true);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      source,
      `entry ${JSON.stringify(entry.name)} is corrupt (${String((error as Error).message ?? error)})`,
    );
  }
  if (!finished && total === 0 && data.length > 0) {
    throw new InputError(source, `entry ${JSON.stringify(entry.name)} is corrupt`);
  }
  if (total !== entry.size) {
    throw new InputError(
      source,
      `entry ${JSON.stringify(entry.name)} declares ${entry.size} bytes but holds ${total}; refused`,
    );
  }
  return concat(chunks, total);
}

const REPORT_EXTENSIONS = /\.(json|xml|info|lcov)$/i;

/**
 * The report inside a baseline artifact: the entry named like the
 * coverage file, else the only report-like entry, else the only entry.
 */
export function pickReportEntry(preferredName: string | null) {
  return (files: readonly ZipEntry[]): ZipEntry => {
    const base = (name: string) => name.slice(name.lastIndexOf('/') + 1);
    if (preferredName) {
      const named = files.filter((f) => base(f.name) === preferredName);
      if (named.length === 1 && named[0]) return named[0];
    }
    const reports = files.filter((f) => REPORT_EXTENSIONS.test(f.name));
    if (reports.length === 1 && reports[0]) return reports[0];
    if (files.length === 1 && files[0]) return files[0];
    const names = files.slice(0, 5).map((f) => JSON.stringify(f.name));
    throw new InputError(
      '',
      files.length === 0
        ? 'the artifact is empty'
        : `the artifact holds ${files.length} files (${names.join(', ')}${files.length > 5 ? ', …' : ''}); expected one coverage report${preferredName ? ` named ${JSON.stringify(preferredName)}` : ''}`,
    );
  };
}
