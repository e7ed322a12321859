/**
 * The pull request's own lines: the ones `max-new-uncovered-lines` counts
 * (changed and uncovered, or covered at base and no longer), and the changed
 * files in a measured language that the report does not list.
 */
import { type CoverageReport, unionSorted } from '../report/model.js';
import { type FileLines, type FileRanges, groupRanges } from './delta-parts.js';
import { type ChangedFile, remainingFiles } from './diff.js';

/** Changed lines no test ran and unchanged lines that no longer run, by file, most first. */
export function newUncoveredLines(
  files: readonly { path: string; patchMissing: readonly number[] }[],
  lost: ReadonlyMap<string, readonly number[]>,
): FileRanges[] {
  const byFile: FileLines[] = [];
  for (const file of files) {
    // Both ascending (the lost lines are mapped in order): one merge, and none for most files.
    const lostLines = lost.get(file.path);
    if (file.patchMissing.length === 0 && !lostLines?.length) continue;
    byFile.push({ path: file.path, lines: unionSorted(file.patchMissing, lostLines ?? []) });
  }
  return byFile
    .map(({ path, lines }) => ({ path, ranges: groupRanges(lines), lines: lines.length }))
    .sort((a, b) => b.lines - a.lines || (a.path < b.path ? -1 : 1));
}

/**
 * File extensions the report measures: `.py` for coverage.py, else the ones
 * its files have (both for a merge of coverage.py with another format).
 */
function measuredExtensions(report: CoverageReport): Set<string> {
  const extensions = new Set<string>();
  if (report.format === 'coverage.py') {
    extensions.add('.py');
    if (!report.roundings) return extensions;
  }
  for (const [path, file] of report.files) {
    if ((file.format ?? report.format) === 'coverage.py') continue;
    const extension = extensionOf(path);
    if (extension) extensions.add(extension);
  }
  return extensions;
}

function extensionOf(path: string): string | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : null;
}

/**
 * Test modules as pytest, Jest and Vitest find them: coverage is rarely
 * measured on the tests themselves, so their absence says nothing.
 */
const TEST_FILE =
  /(^|\/)(tests?|__tests__)\/|(^|\/)(test_[^/]*\.py|[^/]*_test\.py|conftest\.py|[^/]*\.(test|spec)\.[cm]?[jt]sx?)$/;

/** Changed files (still there at head, not tests) in a measured language that the report does not list. */
export function unmeasuredChangedFiles(
  changes: readonly ChangedFile[] | null,
  head: CoverageReport,
): string[] {
  if (!changes) return [];
  const extensions = measuredExtensions(head);
  const paths = new Set<string>();
  for (const change of remainingFiles(changes)) {
    if (head.files.has(change.path) || TEST_FILE.test(change.path)) continue;
    const extension = extensionOf(change.path);
    if (extension && extensions.has(extension)) paths.add(change.path);
  }
  return [...paths].sort();
}

export function unmeasuredNote(paths: readonly string[]): string {
  const shown = paths.slice(0, 5);
  const more = paths.length > 5 ? ` and ${paths.length - 5} more` : '';
  return `${paths.length === 1 ? 'A changed file is' : `${paths.length} changed files are`} not in the report (no test imports ${paths.length === 1 ? 'it' : 'them'}, or the coverage source setting does not include ${paths.length === 1 ? 'it' : 'them'}): ${shown.join(', ')}${more}.`;
}
