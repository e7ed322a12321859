/**
 * The checkout: its root and the files it holds, the evidence a report's
 * root is learnt from (see paths.ts).
 */
import { type Dirent, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readdir, readFile, stat } from './fs-async.js';
import { groupThousands } from './rounding.js';

/**
 * A directory walk outside git stops after this many files: enough to learn
 * a report's root from, and a run started in a stray big folder stays quick.
 */
export const WALK_LIMIT = 10_000;
const SKIPPED = new Set(['.git', 'node_modules']);

/**
 * The git top level holding `dir` (spelt from `dir`, symlinks and all): the
 * nearest folder with a `.git` (a folder, or a file in a worktree or
 * submodule), found without starting git; `dir` itself outside a repository.
 */
export function checkoutRoot(dir: string): string {
  // Synchronous: a handful of `stat` calls, and nothing else could run meanwhile.
  for (let at = resolve(dir); ; ) {
    if (statSync(join(at, '.git'), { throwIfNoEntry: false })) return at;
    const up = dirname(at);
    if (up === at) return dir;
    at = up;
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * The checkout's files, listed once: alongside the read of a large report
 * (`prefetch`), or when a report's paths turn out to need them (`files`).
 */
export interface CheckoutScan {
  /** Starts the listing now, if it has not started. */
  prefetch(): void;
  /** Whether the listing has started (then asking the file system file by file is wasted work). */
  started(): boolean;
  /**
   * Repository-relative paths of the checkout's files. `learning`: false when
   * they only confirm keys (then a walk stopped short is no news for the log).
   */
  files(learning?: boolean): Promise<ReadonlySet<string>>;
  /** Once `files()` is settled: a line saying the walk stopped short, if it did and was used. */
  note(): string | undefined;
  /** Nothing more is needed: stops git or the walk if still under way. */
  stop(): void;
}

/** The listing of the files under `root` (or under the root it resolves to); nothing starts yet. */
export function scanCheckout(root: string | Promise<string>): CheckoutScan {
  const halt: Halt = { stopped: false, stopGit: null };
  let cut = false;
  let used = false;
  let files: Promise<ReadonlySet<string>> | undefined;
  const start = (): Promise<ReadonlySet<string>> => {
    files ??= Promise.resolve(root).then(async (dir) => {
      const listed = (await exists(join(dir, '.git'))) ? await gitFiles(dir, halt) : null;
      if (listed) return listed;
      const walked = await walk(dir, halt);
      cut = walked.cut;
      return walked.files;
    });
    return files;
  };
  return {
    prefetch: () => {
      // A listing nobody waits for must not fail the run.
      start().catch(() => undefined);
    },
    started: () => files !== undefined,
    files: (learning = true) => {
      used ||= learning;
      return start();
    },
    note: () =>
      cut && used
        ? `The checkout is not a git repository and its walk stopped at ${groupThousands(WALK_LIMIT)} files (never entering node_modules, .git or ignored folders); report paths were learnt from those. Set path-prefix if they come out wrong.`
        : undefined,
    stop: () => {
      halt.stopped = true;
      halt.stopGit?.();
    },
  };
}

/** Set by CheckoutScan.stop(): the walk looks at it between folders; git is ended through `stopGit` (set when git starts). */
interface Halt {
  stopped: boolean;
  stopGit: (() => void) | null;
}

/**
 * Whether every one of `paths` (repository-relative) is a file of the
 * checkout at `root`, stopping at the first that is not. Asked one by one,
 * synchronously: a thousand `stat` calls take a few milliseconds this way
 * and tens of milliseconds as as many promises.
 */
export function allFilesExist(root: string, paths: readonly string[]): boolean {
  for (const path of paths) {
    if (!statSync(join(root, path), { throwIfNoEntry: false })?.isFile()) return false;
  }
  return true;
}

/** Git's tracked and untracked files under `root`; null outside a repository. */
async function gitFiles(root: string, halt: Halt): Promise<Set<string> | null> {
  if (halt.stopped) return null;
  // Loaded on use: a run outside git never starts a process.
  const { startGit } = await import('../git.js');
  const args = ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--others'];
  const listing = startGit(root, [...args, '--exclude-standard']);
  halt.stopGit = listing.stop;
  const stdout = await listing.output.catch(
    // Not a git checkout after all (or no git), or stopped: walk the directory instead.
    () => null,
  );
  halt.stopGit = null;
  // `git ls-files` answers for the directory it runs in, relative to it.
  const files = stdout?.split('\0').filter(Boolean) ?? [];
  return files.length > 0 ? new Set(files) : null;
}

/**
 * Breadth first, so the files nearest the root are listed before a deep tree
 * uses up the limit; folders named by a `.gitignore` on the way are skipped.
 */
async function walk(root: string, halt: Halt): Promise<{ files: Set<string>; cut: boolean }> {
  const files = new Set<string>();
  // A folder unreadable is a folder with nothing in it.
  const list = (folder: Folder): Promise<Dirent[] | null> =>
    readdir(folder.path ? join(root, folder.path) : root, { withFileTypes: true }).catch(
      () => null,
    );
  let level: Folder[] = [{ path: '', rules: [] }];
  while (level.length > 0) {
    const next: Folder[] = [];
    // The next folder is listed while this one's entries are looked at.
    let listing = list(level[0] as Folder);
    for (let k = 0; k < level.length; k++) {
      const folder = level[k] as Folder;
      if (halt.stopped) return { files, cut: false };
      const entries = await listing;
      if (k + 1 < level.length) listing = list(level[k + 1] as Folder);
      if (!entries) continue;
      const rules = entries.some((e) => e.name === '.gitignore' && e.isFile())
        ? [...folder.rules, await gitignoreRules(root, folder.path)]
        : folder.rules;
      for (const entry of entries) {
        if (SKIPPED.has(entry.name)) continue;
        const path = folder.path ? `${folder.path}/${entry.name}` : entry.name;
        const isDirectory = entry.isDirectory();
        if (!isDirectory && !entry.isFile()) continue;
        if (rules.some((r) => r.ignores(path, isDirectory))) continue;
        if (isDirectory) next.push({ path, rules });
        else {
          if (files.size >= WALK_LIMIT) return { files, cut: true };
          files.add(path);
        }
      }
    }
    level = next;
  }
  return { files, cut: false };
}

interface Folder {
  /** Relative to the walk's root, `/`-separated; '' for the root. */
  path: string;
  rules: IgnoreRules[];
}

interface IgnoreRules {
  ignores(path: string, isDirectory: boolean): boolean;
}

/** A `.gitignore`'s patterns, which speak of paths relative to its own folder. */
async function gitignoreRules(root: string, folder: string): Promise<IgnoreRules> {
  let text = '';
  try {
    text = await readFile(join(root, folder, '.gitignore'), 'utf8');
  } catch {
    // Unreadable: it ignores nothing.
  }
  // Loaded on use: most runs never walk.
  const { default: ignore } = await import('ignore');
  const matcher = ignore().add(text);
  const prefix = folder ? `${folder}/` : '';
  return {
    ignores: (path, isDirectory) => {
      const own = path.slice(prefix.length);
      return matcher.ignores(isDirectory ? `${own}/` : own);
    },
  };
}

/** The repository-relative directory of a report file, or undefined when it lies outside the checkout. */
export function reportDirectory(reportFile: string, cwd: string, root: string): string | undefined {
  const dir = relative(root, resolve(cwd, reportFile, '..'));
  if (dir === '..' || dir.startsWith(`..${sep}`) || isAbsolute(dir)) return undefined;
  return dir.split(sep).join('/');
}
