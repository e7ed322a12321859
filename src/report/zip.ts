/**
 * Zip archives read from memory with fflate: only the entry we want is
 * inflated, streamed with a byte cap, and nothing is ever written to disk.
 * An archive holding an entry with a `..` or absolute name is refused as a
 * whole.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { describeError, InputError } from './errors.js';

/** Default cap on an artifact zip and on any entry read from it. */
export const DEFAULT_ZIP_LIMIT = 256 * 1024 * 1024;

const MIB = 1024 * 1024;
export const sizeText = (bytes: number) =>
  bytes >= MIB ? `${(bytes / MIB).toFixed(0)} MiB` : `${bytes} bytes`;

export interface ZipEntry {
  name: string;
  /** Compression method: 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  /** Uncompressed size as the archive declares it. */
  size: number;
}

/** Compressed bytes fed to the streaming unzip at a time; bounds each output burst (~1000×). */
const FEED_CHUNK = 4096;

/** The archive's entries, from its central directory (fflate reads zip64 too); nothing is inflated. */
export function listZipEntries(zip: Uint8Array, source: string): ZipEntry[] {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(zip, {
      filter: (file) => {
        entries.push({
          name: file.name,
          method: file.compression,
          compressedSize: file.size,
          size: file.originalSize,
        });
        return false;
      },
    });
  } catch (error) {
    throw new InputError(source, `is not a readable zip archive (${describeError(error)})`);
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
  if (unsafe) throw unsafeEntry(source, unsafe.name);
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

const unsafeEntry = (source: string, name: string) =>
  new InputError(
    source,
    `holds an entry with an unsafe path ${JSON.stringify(name)} (".." or absolute); the archive is refused`,
  );

/** Streams the archive through fflate's unzip, inflating only `entry`, with a cap on its real size. */
function inflateEntry(zip: Uint8Array, entry: ZipEntry, source: string, limit: number): Uint8Array {
  const named = JSON.stringify(entry.name);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let found = false;
  let finished = false;
  let failure: InputError | undefined;
  const unzip = new Unzip((file) => {
    // Local headers can disagree with the central directory: check them too.
    if (isUnsafeEntryName(file.name)) failure ??= unsafeEntry(source, file.name);
    if (found || file.name !== entry.name || failure) return;
    found = true;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new InputError(source, `entry ${named} is corrupt (${describeError(error)})`);
        return;
      }
      total += chunk.length;
      if (total > limit) {
        failure = new InputError(
          source,
          `entry ${named} expands past the ${sizeText(limit)} cap; refused`,
        );
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) finished = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < zip.length && !failure; at += FEED_CHUNK) {
      unzip.push(zip.subarray(at, at + FEED_CHUNK), at + FEED_CHUNK >= zip.length);
    }
  } catch (error) {
    failure ??= new InputError(source, `entry ${named} is corrupt (${describeError(error)})`);
  }
  if (failure) throw failure;
  if (!found || !finished) throw new InputError(source, `entry ${named} could not be read`);
  if (total !== entry.size) {
    throw new InputError(
      source,
      `entry ${named} declares ${entry.size} bytes but holds ${total}; refused`,
    );
  }
  return concat(chunks, total);
}

const REPORT_EXTENSIONS = /\.(json|xml|info|lcov)$/i;

/** Files record mode writes beside the report; never taken for the report itself. */
export const COMPANION_FILES = new Set(['coverage-history.json', 'badge.json', 'badge.svg']);

/**
 * The entry named `name` at the archive's top level, or null when there is
 * none; a present entry is read with the same checks and a cap of `limit`.
 */
export function readOptionalEntry(
  zip: Uint8Array,
  source: string,
  name: string,
  limit: number,
): Uint8Array | null {
  const present = listZipEntries(zip, source).some((e) => e.name === name);
  if (!present) return null;
  return readZipEntry(zip, source, (files) => files.find((f) => f.name === name) as ZipEntry, limit)
    .bytes;
}

/**
 * The report inside a baseline artifact: the entry named like the
 * coverage file, else the only report-like entry, else the only entry.
 */
export function pickReportEntry(preferredName: string | null) {
  return (all: readonly ZipEntry[]): ZipEntry => {
    let files = all;
    const base = (name: string) => name.slice(name.lastIndexOf('/') + 1);
    if (all.some((f) => !COMPANION_FILES.has(f.name)))
      files = all.filter((f) => !COMPANION_FILES.has(f.name));
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

/** The chunks as one array of `total` bytes. */
export function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
