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
 * V8 compiles a function when it is first called, and a cache holds what the
 * run that wrote it compiled: a first run on a small report leaves out the
 * large reports' read, the diff and the delta's explanation. So the cache
 * also names the ways of running it has seen (the option names given, values
 * left out), and a run given another set of options writes it again, with
 * what that run compiled besides. Each way costs one writing (a millisecond
 * or two at exit); after that runs only read.
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

/** A cache file starts with this and the ways of running it has seen, on one line; V8's data follows. */
const HEADER = 'coverage-gate code cache, runs seen: ';
/** Beyond this many ways of running, a new one no longer rewrites the cache. */
export const WAYS_KEPT = 32;

interface Cache {
  ways: string[];
  data: Buffer;
}

/**
 * How the command is run, as the cache tells runs apart: the option names
 * given, sorted and joined (`base,coverage,diff,format`), values left out.
 */
export function wayOfRunning(args: readonly string[]): string {
  const names = new Set<string>();
  for (const arg of args) {
    if (arg === '--') break;
    // Plain names only: the cache's first line holds them.
    const name = /^--?([A-Za-z0-9-]+)(=|$)/.exec(arg)?.[1];
    if (name) names.add(name);
  }
  return [...names].sort().join(',');
}

function readCache(file: string): Cache | undefined {
  try {
    const bytes = readFileSync(file);
    const end = bytes.indexOf(0x0a);
    if (end === -1 || bytes.toString('latin1', 0, HEADER.length) !== HEADER) return undefined;
    return {
      ways: bytes.toString('latin1', HEADER.length, end).split(' '),
      data: bytes.subarray(end + 1),
    };
  } catch {
    return undefined;
  }
}

function cacheBytes(cache: Cache): Buffer {
  return Buffer.concat([Buffer.from(`${HEADER}${cache.ways.join(' ')}\n`, 'latin1'), cache.data]);
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
  const cache = cacheFile ? readCache(cacheFile) : undefined;
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: file, cachedData: cache?.data },
  );
  const way = wayOfRunning(process.argv.slice(2));
  const ways = cache && !script.cachedDataRejected ? cache.ways : [];
  if (cacheFile && !ways.includes(way) && ways.length < WAYS_KEPT) {
    // At exit the cache holds every function this run compiled, not only the top level, and
    // the ones it was given: what the runs before compiled is kept.
    process.once('exit', () =>
      writeCache(cacheFile, cacheBytes({ ways: [...ways, way], data: script.createCachedData() })),
    );
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, load, module, file, dirname(file));
}
