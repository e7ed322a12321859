/**
 * The coverage model every report format is read into. Plain data only:
 * no I/O, no classes, so the whole engine stays pure and serialisable.
 */

/** A branch arc as coverage.py writes it: [from line, to line]; negative `to` means exit. */
export type Arc = readonly [number, number];

/** Line numbers ascending, each once: the list itself when it is so already (almost always). */
export function sortedUnique(lines: readonly number[]): number[] {
  for (let i = 1; i < lines.length; i++) {
    if ((lines[i] as number) <= (lines[i - 1] as number)) {
      return [...new Set(lines)].sort((a, b) => a - b);
    }
  }
  return lines as number[];
}

/** The union of two ascending lists of distinct numbers, ascending: one walk of both, a new array. */
export function unionSorted(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return a.slice();
  if (a.length === 0) return b.slice();
  const union: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x <= y) {
      union.push(x);
      i++;
      if (x === y) j++;
    } else {
      union.push(y);
      j++;
    }
  }
  while (i < a.length) union.push(a[i++] as number);
  while (j < b.length) union.push(b[j++] as number);
  return union;
}

/**
 * A file's arcs, flattened: from, to, from, to, … (coverage.py's
 * `[[from, to], …]` without an array per arc: a large report holds them by
 * the ten thousand, and the lean read gets them flat from `JSON.parse`).
 */
export type ArcList = readonly number[];

/** coverage.py's pairs, flattened. */
export function flattenArcs(pairs: readonly Arc[]): number[] {
  const flat = new Array<number>(pairs.length * 2);
  pairs.forEach(([from, to], k) => {
    flat[2 * k] = from;
    flat[2 * k + 1] = to;
  });
  return flat;
}

/** The arcs as coverage.py's pairs. */
export function arcPairs(arcs: ArcList): Arc[] {
  const pairs: Arc[] = [];
  for (let k = 0; k < arcs.length; k += 2) pairs.push([arcs[k] as number, arcs[k + 1] as number]);
  return pairs;
}

/** Extra percentages a format carries besides its headline figure. */
export interface Metrics {
  statements?: { total: number; covered: number };
  lines?: { total: number; covered: number };
  branches?: { total: number; covered: number };
  functions?: { total: number; covered: number };
}

export interface FileCoverage {
  /** Repository-relative path with `/` separators (after normalisation). */
  path: string;
  /** The path exactly as the report wrote it. */
  reportPath: string;
  /** Executable units the headline figure counts (statements for coverage.py, lines for line formats). */
  statements: number;
  /** Of those, how many ran. */
  covered: number;
  /** Branch totals, or null when the report has no branch data. */
  branches: number | null;
  coveredBranches: number | null;
  /** Sorted ascending, no duplicates. May hold lines that are not statements (coverage.py < 7.13.1 lists a module docstring). */
  executedLines: number[];
  /** Sorted ascending, no duplicates. */
  missingLines: number[];
  /** Sorted ascending, no duplicates. */
  excludedLines: number[];
  /** Arc lists, when the report carries them (coverage.py JSON with branch data). */
  executedBranches: ArcList | null;
  missingBranches: ArcList | null;
  /** Lines with at least one missed branch that themselves ran (coverage.py's partial branches). */
  partialBranches: number | null;
  /** Other figures of the format, shown where present. */
  metrics?: Metrics;
  /** The file's own producer, set only when a merge mixes formats (the report's format is the reference's). */
  format?: ReportFormat;
}

export type ReportFormat = 'coverage.py' | 'istanbul' | 'lcov' | 'cobertura';

/**
 * How a producer prints percentages: coverage.py (and lcov's sprintf) round
 * half to even; Istanbul truncates (`Math.floor(...) / 100`), so 1629 of 1715
 * lines prints 94.98%, not 94.99%.
 */
export type PercentRounding = 'half-even' | 'truncate';

export interface CoverageReport {
  format: ReportFormat;
  /** Files keyed by normalised path, in report order. */
  files: Map<string, FileCoverage>;
  /** Whether the report measured branches (then every file has branch counts). */
  hasBranches: boolean;
  /** Where the report came from, for messages. */
  source: string;
  /** The producer's own version string when the report says so. */
  producerVersion?: string;
  /** What the format cannot tell (no line lists, no excluded lines), for Result.notes. */
  notes?: string[];
  /** How the producer rounds its own percentages; half to even when absent. */
  rounding?: PercentRounding;
  /** Totals the producer states itself (Cobertura's root branch counts); they win over the sum of the files. */
  declaredMetrics?: Metrics;
  /** The keys are repository-relative already (a baseline this tool recorded): no root is learnt. */
  repositoryPaths?: boolean;
  /** How the keys became repository paths (the root learnt, or the rule applied), for the log. */
  pathRoots?: string[];
  /** After a merge of several formats: how each one rounds (the files name their own `format`). */
  roundings?: Partial<Record<ReportFormat, PercentRounding>>;
}

export interface Totals {
  statements: number;
  covered: number;
  branches: number | null;
  coveredBranches: number | null;
  /** Unrounded percent, computed like coverage.py's `pc_covered`. */
  percent: number;
  metrics?: Metrics;
}

/**
 * coverage.py's `Numbers.pc_covered`: (covered lines + covered branches) over
 * (statements + branches), 100 when there is nothing to cover. The same
 * floating-point expression, so the unrounded value is bit-identical.
 */
export function percentCovered(
  statements: number,
  covered: number,
  branches: number | null,
  coveredBranches: number | null,
): number {
  const denominator = statements + (branches ?? 0);
  if (statements <= 0) return 100;
  return (100 * (covered + (coveredBranches ?? 0))) / denominator;
}

/**
 * A file of a line-based format (Istanbul, LCOV, Cobertura): every line with
 * a hit count is executable, and it ran when its count is above zero.
 */
export function lineFileCoverage(
  path: string,
  reportPath: string,
  hits: Iterable<readonly [line: number, count: number]>,
  metrics?: (file: { statements: number; covered: number }) => Metrics,
): FileCoverage {
  const executedLines: number[] = [];
  const missingLines: number[] = [];
  for (const [line, count] of [...hits].sort((a, b) => a[0] - b[0])) {
    (count > 0 ? executedLines : missingLines).push(line);
  }
  const statements = executedLines.length + missingLines.length;
  const file: FileCoverage = {
    path,
    reportPath,
    statements,
    covered: executedLines.length,
    branches: null,
    coveredBranches: null,
    executedLines,
    missingLines,
    excludedLines: [],
    executedBranches: null,
    missingBranches: null,
    partialBranches: null,
  };
  if (metrics) file.metrics = metrics(file);
  return file;
}

export function filePercent(file: FileCoverage): number {
  return percentCovered(file.statements, file.covered, file.branches, file.coveredBranches);
}

function addMetric(
  into: Metrics,
  key: keyof Metrics,
  value: { total: number; covered: number } | undefined,
): void {
  if (!value) return;
  const current = into[key] ?? { total: 0, covered: 0 };
  into[key] = { total: current.total + value.total, covered: current.covered + value.covered };
}

/**
 * A metric the report has for some files is zero-of-zero for the others
 * (a file with no branches), so the totals can add it up.
 */
export function fillMetrics(files: Map<string, FileCoverage>): void {
  const keys = new Set<keyof Metrics>();
  for (const file of files.values()) {
    for (const key of Object.keys(file.metrics ?? {}) as (keyof Metrics)[]) keys.add(key);
  }
  for (const file of files.values()) {
    for (const key of keys) {
      file.metrics ??= {};
      file.metrics[key] ??= { total: 0, covered: 0 };
    }
  }
}

export function computeTotals(report: CoverageReport): Totals {
  let statements = 0;
  let covered = 0;
  let branches = 0;
  let coveredBranches = 0;
  let metrics: Metrics | undefined;
  const filesWith = new Map<keyof Metrics, number>();
  for (const file of report.files.values()) {
    statements += file.statements;
    covered += file.covered;
    branches += file.branches ?? 0;
    coveredBranches += file.coveredBranches ?? 0;
    if (file.metrics) {
      metrics ??= {};
      for (const key of Object.keys(file.metrics) as (keyof Metrics)[]) {
        addMetric(metrics, key, file.metrics[key]);
        filesWith.set(key, (filesWith.get(key) ?? 0) + 1);
      }
    }
  }
  // A total over only some of the files would mislead: keep a metric only when every file has it.
  for (const key of filesWith.keys()) {
    if (metrics && filesWith.get(key) !== report.files.size) delete metrics[key];
  }
  if (report.declaredMetrics) metrics = { ...metrics, ...report.declaredMetrics };
  if (metrics && Object.keys(metrics).length === 0) metrics = undefined;
  const b = report.hasBranches ? branches : null;
  const cb = report.hasBranches ? coveredBranches : null;
  const totals: Totals = {
    statements,
    covered,
    branches: b,
    coveredBranches: cb,
    percent: percentCovered(statements, covered, b, cb),
  };
  if (metrics) totals.metrics = metrics;
  return totals;
}
