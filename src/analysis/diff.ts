/**
 * The lines a pull request adds or modifies, from a unified diff (`git diff`
 * or the API's diff media type), parsed with jsdiff.
 */
import { parsePatch } from 'diff';
import { describeError, InputError } from '../report/errors.js';
import { cleanPath } from '../report/paths.js';

export interface ChangedFile {
  /** Path in the head commit, repository-relative. */
  path: string;
  /** Path in the base commit when the file was renamed, else null. */
  previousPath: string | null;
  status: 'added' | 'modified' | 'renamed';
  /** Head-side line numbers added or modified, ascending. */
  addedLines: number[];
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

/** Files the diff leaves in the head commit, with their added lines. Deleted files are dropped. */
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
    const path = stripSide(patch.newFileName, 'b/');
    if (path === null) continue;
    const previous = stripSide(patch.oldFileName, 'a/');
    const added: number[] = [];
    for (const hunk of patch.hunks) {
      let line = hunk.newStart;
      for (const text of hunk.lines) {
        const mark = text[0];
        if (mark === '+') added.push(line++);
        else if (mark === ' ') line++;
      }
    }
    const status = previous === null ? 'added' : previous !== path ? 'renamed' : 'modified';
    const existing = byPath.get(path);
    if (existing) {
      existing.addedLines = [...new Set([...existing.addedLines, ...added])].sort((a, b) => a - b);
    } else {
      byPath.set(path, {
        path,
        previousPath: status === 'renamed' ? previous : null,
        status,
        addedLines: added,
      });
    }
  }
  return [...byPath.values()];
}
