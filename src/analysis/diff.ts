/**
 * The lines a pull request adds or modifies, from a unified diff (`git diff`
 * or the API's diff media type), parsed with jsdiff.
 */
import { parsePatch } from 'diff';
import { describeError, InputError } from '../report/errors.js';
import { sortedUnique, unionSorted } from '../report/model.js';
import { cleanPath } from '../report/paths.js';

export interface ChangedFile {
  /** Path in the head commit, repository-relative. */
  path: string;
  /** Path in the base commit when the file was renamed, else null. */
  previousPath: string | null;
  /** `deleted`: the file is gone at head; `path` is its base path. */
  status: 'added' | 'modified' | 'renamed' | 'deleted';
  /** Head-side line numbers added or modified, ascending. */
  addedLines: number[];
  /** Base-side line numbers removed or modified, ascending (absent when the source could not tell). */
  deletedLines?: number[];
}

/** The files that remain at head: the ones the patch figures look at. */
export function remainingFiles(changes: readonly ChangedFile[]): ChangedFile[] {
  return changes.filter((change) => change.status !== 'deleted');
}

function stripSide(name: string | undefined, side: 'a/' | 'b/'): string | null {
  if (!name || name === '/dev/null') return null;
  let n = name;
  // jsdiff keeps git's quoting of unusual names in some versions.
  if (n.startsWith('"') && n.endsWith('"')) n = JSON.parse(n) as string;
  if (n.startsWith(side)) n = n.slice(2);
  // git's paths always use `/`; a `\` is part of a file name.
  return cleanPath(n, false);
}

type Patch = ReturnType<typeof parsePatch>[number];

/**
 * Files the diff touches, with their added and deleted lines; a deleted file
 * has status `deleted`. jsdiff parses the diff one `diff --git` section at a
 * time, so the strings it makes for each line die with their section instead
 * of living, 50,000 of them in a large diff, until the whole diff is read.
 */
export function parseUnifiedDiff(text: string, source: string): ChangedFile[] {
  if (text.trim() === '') return [];
  const byPath = new Map<string, ChangedFile>();
  let headers = false;
  let start = 0;
  while (start < text.length) {
    // A hunk's lines start with a space, `+`, `-` or a backslash: `diff --git` opening a line is a header.
    const next = text.indexOf('\ndiff --git ', start);
    const end = next === -1 ? text.length : next + 1;
    let patches: Patch[];
    try {
      patches = parsePatch(text.slice(start, end));
    } catch {
      // jsdiff's message counts lines from where it started: the whole diff, parsed again, names the right one.
      throw new InputError(source, `is not a unified diff: ${wholeDiffError(text)}`);
    }
    for (const patch of patches) {
      if (patch.newFileName || patch.oldFileName || patch.hunks.length > 0) headers = true;
      addPatch(byPath, patch);
    }
    start = end;
  }
  if (!headers) throw new InputError(source, 'is not a unified diff (no file headers found)');
  return [...byPath.values()];
}

function wholeDiffError(text: string): string {
  try {
    parsePatch(text);
  } catch (error) {
    return describeError(error);
  }
  return 'jsdiff could not read one of its sections';
}

/** One file's section into `byPath` (keyed by side and path: a file may have several). */
function addPatch(byPath: Map<string, ChangedFile>, patch: Patch): void {
  const newPath = stripSide(patch.newFileName, 'b/');
  const previous = stripSide(patch.oldFileName, 'a/');
  const path = newPath ?? previous;
  if (path === null) return;
  const added: number[] = [];
  const deleted: number[] = [];
  for (const hunk of patch.hunks) hunkLines(hunk, added, deleted);
  const status =
    newPath === null
      ? 'deleted'
      : previous === null
        ? 'added'
        : previous !== path
          ? 'renamed'
          : 'modified';
  const key = `${status === 'deleted' ? '-' : '+'}${path}`;
  const existing = byPath.get(key);
  if (existing) {
    existing.addedLines = unionSorted(existing.addedLines, sortedUnique(added));
    existing.deletedLines = unionSorted(existing.deletedLines ?? [], sortedUnique(deleted));
  } else {
    byPath.set(key, {
      path,
      previousPath: status === 'renamed' ? previous : null,
      status,
      // git writes hunks in order; a hand-made diff need not.
      addedLines: sortedUnique(added),
      deletedLines: sortedUnique(deleted),
    });
  }
}

/** A hunk's added head lines and deleted base lines, by their markers. */
function hunkLines(hunk: Patch['hunks'][number], added: number[], deleted: number[]): void {
  const { lines } = hunk;
  let line = hunk.newStart;
  let old = hunk.oldStart;
  for (let i = 0; i < lines.length; i++) {
    const mark = (lines[i] as string).charCodeAt(0);
    if (mark === PLUS) added.push(line++);
    else if (mark === MINUS) deleted.push(old++);
    else if (mark === SPACE) {
      line++;
      old++;
    }
  }
}

const PLUS = 0x2b;
const MINUS = 0x2d;
const SPACE = 0x20;
