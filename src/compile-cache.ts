/**
 * Runs the command line's CommonJS bundle with V8's code cache kept between
 * runs, so a run on a laptop does not parse and compile the same code again
 * (Node 22's `module.enableCompileCache` does this for every module; Node 20
 * has nothing of the kind). The first run compiles as usual and leaves the
 * cache behind when it exits; later runs hand it to V8, which checks it
 * against its own version and flags and falls back to compiling when it does
 * not fit. The cache's name carries the bundle's content hash, so a changed
 * bundle never meets an old cache.
 *
 * The cache lives in `<tmpdir>/coverage-gate-<uid>/`, a folder (not a link)
 * only its owner may write; anything else there is left alone and the run
 * compiles as usual.
 * `NODE_DISABLE_COMPILE_CACHE` (Node's own switch) turns it off. A cache that
 * cannot be read or written never fails a run.
 */
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The folder that holds the cache, or undefined when it may not be used. */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const uid = process.getuid?.();
  const folder = join(temporaryFolder(env), `coverage-gate-${uid ?? 'user'}`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    // A folder, not a link someone planted under the name to one of the user's folders.
    const stat = lstatSync(folder);
    if (!stat.isDirectory()) return undefined;
    // On POSIX: ours, and writable by no one else (a shared temporary folder).
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
    return folder;
  } catch {
    return undefined;
  }
}

/**
 * `os.tmpdir()`, spelt out on POSIX as Node does (TMPDIR, TMP, TEMP, else
 * `/tmp`, no trailing slash): loading `node:os` costs every run a fraction of
 * a millisecond of a start-up that is only a few milliseconds of our own.
 */
export function temporaryFolder(env: NodeJS.ProcessEnv): string {
  if (process.platform === 'win32')
    return (require('node:os') as typeof import('node:os')).tmpdir();
  const path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCache(file: string, data: Buffer): void {
  // Written aside and renamed into place: a run started meanwhile reads the old cache or the new one, never half.
  const aside = `${file}.${process.pid}`;
  try {
    writeFileSync(aside, data, { mode: 0o600 });
    renameSync(aside, file);
  } catch {
    // No cache this time: the next run compiles as this one did.
    return;
  }
  prune(dirname(file));
}

/** Caches kept in the folder: one per version of the tool and of Node, the most recently written. */
export const CACHES_KEPT = 8;
/** A file written aside this long ago belongs to a run that died before renaming it. */
const ASIDE_STALE_MS = 10 * 60 * 1000;
const CACHE_NAME = /^cli-[0-9a-f]{16}-v[0-9.]+-[a-z0-9]+\.bin$/;
const ASIDE_NAME = /^cli-[0-9a-f]{16}-v[0-9.]+-[a-z0-9]+\.bin\.[0-9]+$/;

/**
 * Keeps the folder from growing with every version the user ever ran: only
 * the newest caches stay, and files left aside by runs that died go. Runs
 * only after a cache is written, so a run that found its cache pays nothing;
 * anything not named like ours is left alone.
 */
function prune(folder: string): void {
  try {
    const now = Date.now();
    const caches: { path: string; written: number }[] = [];
    for (const name of readdirSync(folder)) {
      const isCache = CACHE_NAME.test(name);
      if (!isCache && !ASIDE_NAME.test(name)) continue;
      const path = join(folder, name);
      const written = statSync(path).mtimeMs;
      if (isCache) caches.push({ path, written });
      else if (now - written > ASIDE_STALE_MS) remove(path);
    }
    caches.sort((a, b) => b.written - a.written);
    for (const { path } of caches.slice(CACHES_KEPT)) remove(path);
  } catch {
    // Pruning is housekeeping: a folder that cannot be listed is left for next time.
  }
}

function remove(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Gone already (another run pruned it), or it resists: left for next time.
  }
}

/**
 * Runs the CommonJS file `file` as `node file` would, with the code cache
 * named by `key` (the file's content hash) when the cache folder may be used.
 * `load` is the caller's `require`, which resolves from the same folder.
 * The file is ASCII (esbuild escapes the rest), so it is read as latin1.
 */
export function runWithCompileCache(file: string, key: string, load: NodeJS.Require): void {
  const source = readFileSync(file, 'latin1');
  const folder = cacheFolder();
  const cacheFile = folder && join(folder, `cli-${key}-${process.version}-${process.arch}.bin`);
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: file, cachedData },
  );
  if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) {
    // At exit the cache also holds every function this run compiled, not only the top level.
    process.once('exit', () => writeCache(cacheFile, script.createCachedData()));
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, load, module, file, dirname(file));
}
