/**
 * Artifact download. The REST download answers with a redirect to storage;
 * the redirect is followed here, without the token, and the zip is kept in
 * memory under a byte cap (report/zip.ts reads it).
 */
import { describeError, InputError } from '../report/errors.js';
import { concat, DEFAULT_ZIP_LIMIT, sizeText } from '../report/zip.js';
import {
  FAULT_RETRIES,
  type GitHubClient,
  type HttpTiming,
  httpTiming,
  noAnswer,
  statusOf,
} from './client.js';
import { GitHubApiError } from './errors.js';

/** GitHub answered 410: the artifact's retention ran out; an older run may still have one. */
export class ArtifactExpiredError extends GitHubApiError {}

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
      throw new ArtifactExpiredError(`artifact ${artifactId} has expired`, 'actions', error);
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
