// The pieces the delta's line-by-line models share (delta-parts and
// delta-branches property tests): a generated diff, part counters, a file's
// statements by line, and the plain reading of how the diff moves a line.
import fc from 'fast-check';
import type { ChangedFile } from '../../src/analysis/diff.js';
import type { FileCoverage } from '../../src/report/model.js';

const ascending = (lines: number[]) => [...lines].sort((a, b) => a - b);

/** A diff over `paths`, or none: each file added, modified or deleted, with `lines` added and deleted. */
export function changesOver(
  paths: readonly string[],
  lines: fc.Arbitrary<number[]>,
  maxLength: number,
): fc.Arbitrary<ChangedFile[] | null> {
  return fc.option(
    fc.uniqueArray(
      fc.record({
        path: fc.constantFrom(...paths),
        previousPath: fc.constant(null),
        status: fc.constantFrom('added' as const, 'modified' as const, 'deleted' as const),
        addedLines: lines.map(ascending),
        deletedLines: lines.map(ascending),
      }),
      { selector: (c) => c.path, maxLength },
    ),
    { nil: null },
  );
}

export type PartCounts = Record<string, { covered: number; total: number }>;

/** Counts per part, and the function that adds to one. */
export function partCounter(): {
  counts: PartCounts;
  bump: (part: string, covered: number, total: number) => void;
} {
  const counts: PartCounts = {};
  const bump = (part: string, covered: number, total: number) => {
    const entry = counts[part] ?? { covered: 0, total: 0 };
    counts[part] = { covered: entry.covered + covered, total: entry.total + total };
  };
  return { counts, bump };
}

/** A file's statements: line → whether it ran. */
export function ranByLine(file: FileCoverage): Map<number, boolean> {
  return new Map<number, boolean>([
    ...file.executedLines.map((l): [number, boolean] => [l, true]),
    ...file.missingLines.map((l): [number, boolean] => [l, false]),
  ]);
}

/** The head line of a base line the diff keeps: the k-th kept line of the base is the k-th kept line of the head. */
export function keptHeadLine(
  baseLine: number,
  deleted: readonly number[],
  added: readonly number[],
): number {
  const kept = baseLine - deleted.filter((d) => d < baseLine).length;
  let headLine = 0;
  for (let seen = 0; seen < kept; ) if (!added.includes(++headLine)) seen++;
  return headLine;
}
