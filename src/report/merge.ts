/**
 * Merging several reports of one run, as `coverage combine` would: a line
 * ran if it ran in any report, a statement is missing only if every report
 * missed it. Summaries are recomputed from the lists.
 */
import { InputError } from './errors.js';
import type { Arc, CoverageReport, FileCoverage } from './model.js';

function unionSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      out.push(x as number);
      i++;
    } else if (x === undefined || y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  return out;
}

function intersectSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      out.push(x);
      i++;
      j++;
    }
  }
  return out;
}

const arcKey = (arc: Arc): string => `${arc[0]},${arc[1]}`;
const compareArcs = (a: Arc, b: Arc): number => a[0] - b[0] || a[1] - b[1];

function unionArcs(a: readonly Arc[], b: readonly Arc[]): Arc[] {
  const seen = new Map<string, Arc>();
  for (const arc of [...a, ...b]) seen.set(arcKey(arc), arc);
  return [...seen.values()].sort(compareArcs);
}

function intersectArcs(a: readonly Arc[], b: readonly Arc[]): Arc[] {
  const inB = new Set(b.map(arcKey));
  const seen = new Map<string, Arc>();
  for (const arc of a) if (inB.has(arcKey(arc))) seen.set(arcKey(arc), arc);
  return [...seen.values()].sort(compareArcs);
}

/** Whether a file says which lines ran, which an exact merge needs. */
export function hasLineLists(file: FileCoverage): boolean {
  return file.statements === 0 || file.executedLines.length + file.missingLines.length > 0;
}

function mergeFile(
  a: FileCoverage,
  b: FileCoverage,
  aSource: string,
  bSource: string,
): FileCoverage {
  if (a.statements !== b.statements) {
    throw new InputError(
      bSource,
      `${JSON.stringify(a.path)} has ${b.statements} statements here but ${a.statements} in ${aSource}: the reports measured different versions of the file and cannot be merged`,
    );
  }
  for (const [file, source] of [
    [a, aSource],
    [b, bSource],
  ] as const) {
    if (!hasLineLists(file)) {
      throw new InputError(
        source,
        `has no line lists for ${JSON.stringify(file.path)} (a coverage-summary.json?), so it cannot be merged with another report of that file; give the coverage-final.json instead`,
      );
    }
  }
  const missingLines = intersectSorted(a.missingLines, b.missingLines);
  const merged: FileCoverage = {
    ...a,
    covered: a.statements - missingLines.length,
    executedLines: unionSorted(a.executedLines, b.executedLines),
    missingLines,
    excludedLines: unionSorted(a.excludedLines, b.excludedLines),
  };
  // Statement, branch and function counts cannot be rebuilt from line lists.
  delete merged.metrics;
  if (a.branches === null || b.branches === null) return merged;
  if (a.branches !== b.branches) {
    throw new InputError(
      bSource,
      `${JSON.stringify(a.path)} has ${b.branches} branches here but ${a.branches} in ${aSource}: the reports measured different versions of the file and cannot be merged`,
    );
  }
  const missingA = a.missingBranches;
  const missingB = b.missingBranches;
  if (!missingA || !missingB || !a.executedBranches || !b.executedBranches) {
    const without = missingA ? bSource : aSource;
    throw new InputError(
      without,
      `has branch counts for ${JSON.stringify(a.path)} but no arc lists (executed_branches/missing_branches), so it cannot be merged exactly; merge the data with "coverage combine" first or use a coverage.py that writes the arcs`,
    );
  }
  const missingBranches = intersectArcs(missingA, missingB);
  const missingLineSet = new Set(missingLines);
  // coverage.py counts partial branches as missed arcs whose source line ran.
  let partialArcs = 0;
  for (const arc of missingBranches) if (!missingLineSet.has(arc[0])) partialArcs++;
  return {
    ...merged,
    coveredBranches: a.branches - missingBranches.length,
    executedBranches: unionArcs(a.executedBranches, b.executedBranches),
    missingBranches,
    partialBranches: partialArcs,
  };
}

/** Merges reports of one run; files in several reports are united, the result sorted by path. */
export function mergeReports(reports: readonly CoverageReport[]): CoverageReport {
  const [first, ...rest] = reports;
  if (!first) throw new InputError('', 'no coverage report given');
  if (rest.length === 0) return first;
  for (const other of rest) {
    if (other.format !== first.format) {
      throw new InputError(
        other.source,
        `is a ${other.format} report and ${first.source} is ${first.format}; reports of different formats cannot be merged`,
      );
    }
    if (other.hasBranches !== first.hasBranches) {
      const [withBranches, without] = first.hasBranches ? [first, other] : [other, first];
      throw new InputError(
        without.source,
        `has line coverage only but ${withBranches.source} measured branches; an exact merge needs both with or both without --branch`,
      );
    }
  }
  const files = new Map<string, FileCoverage>();
  const sourceOf = new Map<string, string>();
  for (const report of reports) {
    for (const [path, file] of report.files) {
      const existing = files.get(path);
      if (existing) {
        files.set(path, mergeFile(existing, file, sourceOf.get(path) as string, report.source));
      } else {
        files.set(path, file);
        sourceOf.set(path, report.source);
      }
    }
  }
  const sorted = new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    format: first.format,
    files: sorted,
    hasBranches: first.hasBranches,
    source: reports.map((r) => r.source).join(' + '),
    ...(first.producerVersion ? { producerVersion: first.producerVersion } : {}),
    ...(first.rounding ? { rounding: first.rounding } : {}),
    ...mergedNotes(reports),
    ...mergedRoots(reports),
  };
}

function mergedRoots(reports: readonly CoverageReport[]): { pathRoots?: string[] } {
  const pathRoots = [...new Set(reports.flatMap((r) => r.pathRoots ?? []))];
  return pathRoots.length ? { pathRoots } : {};
}

function mergedNotes(reports: readonly CoverageReport[]): { notes?: string[] } {
  const notes = [...new Set(reports.flatMap((r) => r.notes ?? []))];
  return notes.length ? { notes } : {};
}
