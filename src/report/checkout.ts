/**
 * The checkout: its root and the files it holds, the evidence a report's
 * root is learnt from (see paths.ts).
 */
import { readdir } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { git } from '../git.js';

/** A directory walk outside git stops here, so a stray home directory cannot stall a run. */
const WALK_LIMIT = 200_000;
const SKIPPED = new Set(['.git', 'node_modules']);

/** The git top level holding `dir` (spelt from `dir`, symlinks and all), or `dir` itself outside a repository. */
export async function checkoutRoot(dir: string): Promise<string> {
  try {
    return resolve(dir, (await git(dir, ['rev-parse', '--show-cdup'])).trim());
  } catch {
    return dir;
  }
}

/** Repository-relative paths of the checkout's files: git's tracked and untracked ones, else a walk. */
export async function listCheckoutFiles(root: string): Promise<Set<string>> {
  try {
    const stdout = await git(root, [
      '-c',
      'core.quotePath=false',
      'ls-files',
      '-z',
      '--cached',
      '--others',
      '--exclude-standard',
    ]);
    // `git ls-files` answers for the directory it runs in, relative to it.
    const files = stdout.split('\0').filter(Boolean);
    if (files.length > 0) return new Set(files);
  } catch {
    // Not a git checkout (or no git): walk the directory instead.
  }
  return walk(root);
}

async function walk(root: string): Promise<Set<string>> {
  const files = new Set<string>();
  const pending = [root];
  while (pending.length > 0 && files.size < WALK_LIMIT) {
    const dir = pending.pop() as string;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (SKIPPED.has(entry.name)) continue;
      const path = resolve(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) files.add(relative(root, path).split(sep).join('/'));
    }
  }
  return files;
}

/** The repository-relative directory of a report file, or undefined when it lies outside the checkout. */
export function reportDirectory(reportFile: string, cwd: string, root: string): string | undefined {
  const dir = relative(root, resolve(cwd, reportFile, '..'));
  if (dir === '..' || dir.startsWith(`..${sep}`) || isAbsolute(dir)) return undefined;
  return dir.split(sep).join('/');
}
