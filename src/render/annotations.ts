/**
 * Warning annotations on changed lines no test runs. Adjacent lines become
 * one range; the largest ranges of the most-changed files come first, and
 * only as many as GitHub shows for a step are written.
 */
import type { Result } from '../analysis/result.js';
import { groupRanges } from './format.js';

/** GitHub displays at most 10 warning annotations per step. */
export const ANNOTATION_LIMIT = 10;

export interface Annotation {
  file: string;
  startLine: number;
  endLine: number;
  message: string;
}

export function planAnnotations(
  result: Result,
  limit = ANNOTATION_LIMIT,
): { annotations: Annotation[]; leftOut: number } {
  const ranges: (Annotation & { size: number; fileMissing: number })[] = [];
  for (const file of result.files) {
    if (file.patchMissing.length === 0) continue;
    for (const [start, end] of groupRanges(file.patchMissing)) {
      const size = end - start + 1;
      ranges.push({
        file: file.path,
        startLine: start,
        endLine: end,
        size,
        fileMissing: file.patchMissing.length,
        message:
          size === 1
            ? `Changed line ${start} is not covered by tests.`
            : `Changed lines ${start}-${end} are not covered by tests.`,
      });
    }
  }
  ranges.sort(
    (a, b) =>
      b.size - a.size ||
      b.fileMissing - a.fileMissing ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.startLine - b.startLine,
  );
  const annotations = ranges
    .slice(0, limit)
    .map(({ file, startLine, endLine, message }) => ({ file, startLine, endLine, message }));
  return { annotations, leftOut: Math.max(0, ranges.length - limit) };
}
