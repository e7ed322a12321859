/**
 * Merging several reports of one run, as `coverage combine` would: a line
 * ran if it ran in any report, a statement is missing only if every report
 * missed it. Summaries are recomputed from the lists.
 */
import { InputError } from './errors.js';
import { isObject } from './history.js';
import {
  type Arc,
  type ArcList,
  arcPairs,
  type CoverageReport,
  type FileCoverage,
  flattenArcs,
  type PercentRounding,
  type ReportFormat,
  unionSorted,
} from './model.js';

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

function unionArcs(a: ArcList, b: ArcList): ArcList {
  const seen = new Map<string, Arc>();
  for (const arc of [...arcPairs(a), ...arcPairs(b)]) seen.set(arcKey(arc), arc);
  return flattenArcs([...seen.values()].sort(compareArcs));
}

function intersectArcs(a: ArcList, b: ArcList): ArcList {
  const inB = new Set(arcPairs(b).map(arcKey));
  const seen = new Map<string, Arc>();
  for (const arc of arcPairs(a)) if (inB.has(arcKey(arc))) seen.set(arcKey(arc), arc);
  return flattenArcs([...seen.values()].sort(compareArcs));
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
  for (let k = 0; k < missingBranches.length; k += 2)
    if (!missingLineSet.has(missingBranches[k] as number)) partialArcs++;
  return {
    ...merged,
    coveredBranches: a.branches - missingBranches.length / 2,
    executedBranches: unionArcs(a.executedBranches, b.executedBranches),
    missingBranches,
    partialBranches: partialArcs,
  };
}

/**
 * The report the others are read against: coverage.py's when one is given
 * (its formula and rounding are the reference), else the first.
 */
function referenceOf(reports: readonly CoverageReport[]): CoverageReport {
  return reports.find((r) => r.format === 'coverage.py') ?? (reports[0] as CoverageReport);
}

/** Reports of one format must agree on branches: an exact merge needs both with or both without. */
function checkBranchFlags(reports: readonly CoverageReport[]): void {
  for (const report of reports) {
    const first = reports.find((r) => r.format === report.format) as CoverageReport;
    if (report.hasBranches === first.hasBranches) continue;
    const [withBranches, without] = first.hasBranches ? [first, report] : [report, first];
    throw new InputError(
      without.source,
      `has line coverage only but ${withBranches.source} measured branches; an exact merge needs both with or both without --branch`,
    );
  }
}

/**
 * Merges reports of one run; files in several reports are united, the result
 * sorted by path. Reports of different formats merge when no file is in two
 * of them: each file then keeps its own `format`, and the merged report is
 * the reference's (coverage.py's when one is given).
 */
export function mergeReports(reports: readonly CoverageReport[]): CoverageReport {
  const [first, ...rest] = reports;
  if (!first) throw new InputError('', 'no coverage report given');
  if (rest.length === 0) return first;
  checkBranchFlags(reports);
  const reference = referenceOf(reports);
  const mixed = rest.some((r) => r.format !== first.format);
  const files = new Map<string, FileCoverage>();
  const origin = new Map<string, CoverageReport>();
  for (const report of reports) {
    for (const [path, file] of report.files) {
      const existing = files.get(path);
      const from = origin.get(path);
      if (existing && from) {
        if (from.format !== report.format) {
          throw new InputError(
            report.source,
            `${JSON.stringify(path)} is in this ${report.format} report and in ${from.source} (${from.format}); ${
              report.format === 'coverage.py' || from.format === 'coverage.py'
                ? 'its statements and its lines are different units'
                : 'the two producers count different lines'
            }, so one file cannot be merged across formats`,
          );
        }
        files.set(path, mergeFile(existing, file, from.source, report.source));
      } else {
        files.set(path, mixed ? { ...file, format: report.format } : file);
        origin.set(path, report);
      }
    }
  }
  const sorted = new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    format: reference.format,
    files: sorted,
    hasBranches: reports.some((r) => r.hasBranches),
    source: reports.map((r) => r.source).join(' + '),
    ...(reference.producerVersion ? { producerVersion: reference.producerVersion } : {}),
    ...(reference.rounding ? { rounding: reference.rounding } : {}),
    ...(mixed ? { roundings: roundingsOf(reports) } : {}),
    ...mergedNotes(reports, mixed ? [mixNote(reference, reports, sorted)] : []),
    ...mergedRoots(reports),
  };
}

function roundingsOf(reports: readonly CoverageReport[]): CoverageReport['roundings'] {
  const roundings: CoverageReport['roundings'] = {};
  for (const report of reports) roundings[report.format] ??= report.rounding ?? 'half-even';
  return roundings;
}

const fileCount = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;

/** "Merged coverage.py (4 files) and istanbul (3 files); the istanbul files count lines." */
function mixNote(
  reference: CoverageReport,
  reports: readonly CoverageReport[],
  files: ReadonlyMap<string, FileCoverage>,
): string {
  // The reference first, then the others in the order given.
  const counts = new Map<ReportFormat, number>(
    [reference, ...reports].map((r): [ReportFormat, number] => [r.format, 0]),
  );
  for (const file of files.values()) {
    const format = file.format ?? reference.format;
    counts.set(format, (counts.get(format) ?? 0) + 1);
  }
  const parts = [...counts].map(([format, n]) => `${format} (${fileCount(n)})`);
  const listed =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts.join('');
  const lineFormats = [...counts.keys()].filter((f) => f !== 'coverage.py');
  const lines =
    reference.format === 'coverage.py' && lineFormats.length
      ? `; the ${lineFormats.join(' and ')} files count lines`
      : '';
  return `Merged ${listed}${lines}.`;
}

function mergedRoots(reports: readonly CoverageReport[]): { pathRoots?: string[] } {
  const pathRoots = [...new Set(reports.flatMap((r) => r.pathRoots ?? []))];
  return pathRoots.length ? { pathRoots } : {};
}

function mergedNotes(
  reports: readonly CoverageReport[],
  extra: readonly string[],
): { notes?: string[] } {
  const notes = [...new Set([...extra, ...reports.flatMap((r) => r.notes ?? [])])];
  return notes.length ? { notes } : {};
}

/** The files of a mixed merge that another producer measured, and how it rounds. */
export type ProducersMeta = Partial<
  Record<ReportFormat, { rounding: PercentRounding; files: string[] }>
>;

/**
 * What record mode writes as `meta.producers` beside a mixed merge kept in
 * coverage.py's JSON shape, so a later run reads each file as its own
 * producer's again; undefined for a report of one format.
 */
export function producersMeta(report: CoverageReport): ProducersMeta | undefined {
  const { roundings } = report;
  if (!roundings) return undefined;
  const meta: ProducersMeta = {};
  for (const file of report.files.values()) {
    if (!file.format || file.format === report.format) continue;
    meta[file.format] ??= { rounding: roundings[file.format] ?? 'half-even', files: [] };
    const entry = meta[file.format] as { files: string[] };
    entry.files.push(file.path);
  }
  return meta;
}

const LINE_FORMATS: readonly ReportFormat[] = ['istanbul', 'lcov', 'cobertura'];

/**
 * Reads `meta.producers` of a baseline record mode kept (see producersMeta)
 * into the report: each named file takes its producer's format back, without
 * the zero branch counts coverage.py's shape gave it.
 */
export function applyProducersMeta(report: CoverageReport, value: unknown, source: string): void {
  if (value === undefined) return;
  const shape = `must map a format (${LINE_FORMATS.join(', ')}) to {"rounding": "half-even" or "truncate", "files": [paths]}`;
  if (!isObject(value)) throw new InputError(source, `meta.producers ${shape}`);
  const roundings: CoverageReport['roundings'] = {
    [report.format]: report.rounding ?? 'half-even',
  };
  for (const [format, entry] of Object.entries(value)) {
    const where = `meta.producers[${JSON.stringify(format)}]`;
    if (
      !LINE_FORMATS.includes(format as ReportFormat) ||
      !isObject(entry) ||
      (entry.rounding !== 'half-even' && entry.rounding !== 'truncate') ||
      !Array.isArray(entry.files)
    ) {
      throw new InputError(source, `meta.producers ${shape}; ${where} does not`);
    }
    roundings[format as ReportFormat] = entry.rounding;
    for (const path of entry.files) {
      const file = typeof path === 'string' ? report.files.get(path) : undefined;
      if (!file) {
        throw new InputError(
          source,
          `${where} names ${JSON.stringify(path)}, which is not in files`,
        );
      }
      Object.assign(file, {
        format,
        branches: null,
        coveredBranches: null,
        partialBranches: null,
        executedBranches: null,
        missingBranches: null,
      });
    }
  }
  for (const file of report.files.values()) file.format ??= report.format;
  report.roundings = roundings;
}
