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

/** Files the diff touches, with their added and deleted lines; a deleted file has status `deleted`. */
export function parseUnifiedDiff(text: string, source: string): ChangedFile[] {
  if (text.trim() === '') return [];
  let patches: ReturnType<typeof parsePatch>;
  try {
    patches = parsePatch(text);
  } catch (error) {
    throw new InputError(source, `is not a unified diff: ${describeError(error)}`);
  }
  if (
    patches.length === 0 ||
    patches.every((p) => !p.newFileName && !p.oldFileName && p.hunks.length === 0)
  ) {
    throw new InputError(source, 'is not a unified diff (no file headers found)');
  }
  const byPath = new Map<string, ChangedFile>();
  for (const patch of patches) {
    const newPath = stripSide(patch.newFileName, 'b/');
    const previous = stripSide(patch.oldFileName, 'a/');
    const path = newPath ?? previous;
    if (path === null) continue;
    const added: number[] = [];
    const deleted: number[] = [];
    for (const hunk of patch.hunks) {
      let line = hunk.newStart;
      let old = hunk.oldStart;
      for (const text of hunk.lines) {
        const mark = text[0];
        if (mark === '+') added.push(line++);
        else if (mark === '-') deleted.push(old++);
        else if (mark === ' ') {
          line++;
          old++;
        }
      }
    }
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
  return [...byPath.values()];
}
