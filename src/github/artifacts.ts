/**
 * Artifact download and in-memory unzip. The REST download answers with a
 * redirect to storage; the redirect is followed here, without the token.
 * The zip is read from memory with fflate: only the entry we want is
 * inflated, streamed with a byte cap, and nothing is ever written to disk. An archive holding
 * an entry with a `..` or absolute name is refused as a whole.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { describeError, InputError } from '../report/errors.js';
import {
  FAULT_RETRIES,
  type GitHubClient,
  type HttpTiming,
  httpTiming,
  noAnswer,
  statusOf,
} from './client.js';

/** Default cap on an artifact zip and on any entry read from it. */
export const DEFAULT_ZIP_LIMIT = 256 * 1024 * 1024;

const MIB = 1024 * 1024;
const sizeText = (bytes: number) =>
  bytes >= MIB ? `${(bytes / MIB).toFixed(0)} MiB` : `${bytes} bytes`;

export class ArtifactExpiredError extends Error {}

/**
 * Downloads an artifact's zip. The API's 302 is not followed by fetch (the
 * token must not go to storage); the storage URL is fetched without it,
 * with the client's timeout and retries.
 */
export async function downloadArtifact(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  artifactId: number,
  limit = DEFAULT_ZIP_LIMIT,
  timing: HttpTiming = httpTiming(),
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
    return fetchFromStorage(location, limit, `artifact ${artifactId}`, timing);
  }
  return readCapped(
    response.data as ReadableStream<Uint8Array> | null,
    limit,
    `artifact ${artifactId}`,
  );
}

/** A storage answer worth another try: a 5xx, 408 or 429. */
const transient = (status: number) => status >= 500 || status === 408 || status === 429;

/** Storage did not hand over the zip; `transient` when another try may work. */
class StorageError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

/**
 * Fetches a storage URL and reads it with the byte cap. A 5xx, a network
 * error or a stall (no headers, or no next chunk, within the timeout) is
 * tried again, up to FAULT_RETRIES times, waiting n² × the retry base.
 */
async function fetchFromStorage(
  url: string,
  limit: number,
  what: string,
  timing: HttpTiming,
): Promise<Uint8Array> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, limit, what, timing.timeoutMs);
    } catch (error) {
      const again = error instanceof StorageError && error.transient && attempt < FAULT_RETRIES;
      if (!again) throw error;
      await new Promise((resolve) => setTimeout(resolve, (attempt + 1) ** 2 * timing.retryBaseMs));
    }
  }
}

async function fetchOnce(
  url: string,
  limit: number,
  what: string,
  timeoutMs: number,
): Promise<Uint8Array> {
  // One clock, restarted by every chunk: a slow large download is fine, a stall is not.
  const stall = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stall.abort(), timeoutMs);
  };
  restart();
  try {
    const storage = await fetch(url, { redirect: 'follow', signal: stall.signal });
    if (!storage.ok) {
      await storage.body?.cancel();
      const message = `${what}: storage answered ${storage.status} ${storage.statusText}`;
      throw new StorageError(message, transient(storage.status));
    }
    return await readCapped(storage.body, limit, what, restart);
  } catch (error) {
    if (error instanceof StorageError || error instanceof InputError) throw error;
    if (stall.signal.aborted) throw new StorageError(noAnswer(`${what}: storage`, timeoutMs), true);
    throw new StorageError(`${what}: storage could not be reached (${describeError(error)})`, true);
  } finally {
    clearTimeout(timer);
  }
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
  onChunk: () => void = () => undefined,
): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onChunk();
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
