/**
 * The whole analysis of one run as plain data: the object `--format json`
 * prints, the `report-json` output holds, and every renderer draws from.
 */
import {
  type CoverageReport,
  computeTotals,
  type FileCoverage,
  filePercent,
  type Metrics,
  type PercentRounding,
  percentCovered,
  type ReportFormat,
  type Totals,
} from '../report/model.js';
import type { ComponentRow } from './components.js';
import { type DeltaParts, explainDelta, type FileRanges } from './delta-parts.js';
import type { ChangedFile } from './diff.js';
import { evaluateGates, type GateOptions, type GateResult } from './gates.js';
import { type ImpactEntry, type ImpactOptions, type ImpactSummary, rankImpact } from './impact.js';
import { blocks, markInformational, warns } from './informational.js';
import type { TrendView } from './pace.js';
import { computePatchCoverage, matchReportPath } from './patch.js';
import { newUncoveredLines, unmeasuredChangedFiles, unmeasuredNote } from './pr-lines.js';

export const RESULT_SCHEMA = 'coverage-gate-result/1';

export interface BaselineInfo {
  /** The commit the baseline report was made on, when known. */
  commit: string | null;
  source: 'artifact' | 'file';
  /** How it was chosen, one sentence for the comment ("the merge base's run #12"). */
  how?: string;
}

/** The commit the report measured and the base-branch commit the baseline is anchored at. */
export interface MeasuredInfo {
  commit: string;
  /** `head`: the PR head; `merge`: its merge commit; `other`: neither (the PR's code was not measured). */
  checkout: 'head' | 'merge' | 'other' | 'merge-group';
  anchor: string | null;
  /** A merge commit's parents were taken from the event, not read. */
  parentsAssumed?: boolean;
}

export interface FileRow {
  path: string;
  statements: number;
  covered: number;
  percent: number;
  branches: number | null;
  coveredBranches: number | null;
  basePercent: number | null;
  delta: number | null;
  /** The PR touches this file. */
  changed: boolean;
  patchLines: number;
  patchCovered: number;
  /** Changed executable lines no test ran, ascending. */
  patchMissing: number[];
  metrics?: Metrics;
  /**
   * After a merge of several producers' reports, a file of a producer other
   * than the reference: its producer, and how that producer rounds (its
   * figures are shown and gated as the producer prints them).
   */
  format?: ReportFormat;
  rounding?: PercentRounding;
}

export interface Result {
  schema: typeof RESULT_SCHEMA;
  passed: boolean;
  precision: number;
  format: string;
  /** How percentages are shown and compared: the producer's own rounding. */
  rounding: PercentRounding;
  totals: {
    percent: number;
    statements: number;
    covered: number;
    branches: number | null;
    coveredBranches: number | null;
    metrics?: Metrics;
  };
  base: {
    percent: number;
    statements: number;
    covered: number;
    commit: string | null;
    source: 'artifact' | 'file';
    how?: string;
  } | null;
  delta: number | null;
  /**
   * What the delta compares: "statements" when one side has branch data and
   * the other has not (the first run after turning `--branch` on or off), so
   * like is compared with like. Absent when both sides measured the same.
   */
  deltaBasis?: 'statements';
  /** Both sides' percent of statements alone, the figures the delta compares; with `deltaBasis`. */
  deltaFrom?: { head: number; base: number };
  patch: { percent: number | null; lines: number; covered: number } | null;
  /**
   * Changed files whose executed and missing lines outnumber their
   * statements (coverage.py before 7.13.1 lists a module docstring among the
   * executed lines): the patch figure may count such lines.
   */
  patchNonStatements?: string[];
  gates: GateResult[];
  failedGates: string[];
  /** Informational gates that failed: warnings, not failures. */
  warnedGates?: string[];
  impact: ImpactEntry[];
  impactSummary: ImpactSummary;
  files: FileRow[];
  /** Files the baseline had that the head report no longer has. */
  removedFiles: { path: string; basePercent: number }[];
  /** Things the reader should know (no baseline, diff unavailable, ...). */
  notes: string[];
  /** On a pull request or merge group: what was measured, and the baseline's anchor. */
  measured?: MeasuredInfo;
  /** The delta split into parts that add up to it (with a baseline). */
  deltaParts?: DeltaParts;
  /**
   * Lines uncovered at head that the PR changed or that ran at base, by file
   * as ranges, most lines first (with a diff): what `max-new-uncovered-lines` counts.
   */
  newUncovered?: FileRanges[];
  /** Changed files in a language the report measures that the report does not list. */
  unmeasuredFiles?: string[];
  /** The base branch's history and course (the trend), when there is a history; `push` in the JSON the action writes (report-json, the comment file). */
  push?: TrendView;
  /** Per component of `components`, in their order, `(other)` last (components.ts). */
  components?: ComponentRow[];
}

export interface AnalysisInput {
  head: CoverageReport;
  base: CoverageReport | null;
  baseline?: BaselineInfo;
  /** null when no diff was available. */
  changes: ChangedFile[] | null;
  /** The baseline's commit → the measured commit, when the baseline is an older ancestor (see explainDelta). */
  baselineChanges?: ChangedFile[] | null;
  gates: GateOptions;
  impact: ImpactOptions;
  notes?: string[];
  measured?: MeasuredInfo;
}

const byPath = (a: { path: string }, b: { path: string }) =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

/** coverage.py's percent of statements alone, ignoring branch counts. */
const statementsPercent = (t: { statements: number; covered: number }): number =>
  percentCovered(t.statements, t.covered, null, null);

/** Executed lines that can be statements: above 0, not excluded (both lists ascending: one cursor). */
function executedStatements(file: FileCoverage): number {
  const excluded = file.excludedLines;
  let count = 0;
  let x = 0;
  for (const line of file.executedLines) {
    if (line <= 0) continue;
    while (x < excluded.length && (excluded[x] as number) < line) x++;
    if (excluded[x] !== line) count++;
  }
  return count;
}

/**
 * Changed files whose executed plus missing lines outnumber their statements,
 * where a changed line is among the executed ones: the extra executed lines
 * are not statements, and the patch figure may have counted one.
 */
function filesCountingNonStatements(
  head: CoverageReport,
  patches: ReadonlyMap<string, { lines: readonly number[]; uncovered: readonly number[] }>,
): string[] {
  const paths: string[] = [];
  for (const [path, filePatch] of patches) {
    const file = head.files.get(path);
    // Missing lines are statements: only a changed line counted as executed can be an extra one.
    if (!file || filePatch.lines.length === filePatch.uncovered.length) continue;
    // No more lines listed than statements (almost always): no extra one, nothing to count.
    if (file.executedLines.length + file.missingLines.length <= file.statements) continue;
    // Excluded lines that ran (6.5 lists them) are skipped by the patch already; line 0 is never changed.
    if (executedStatements(file) + file.missingLines.length > file.statements) paths.push(path);
  }
  return paths.sort();
}

/**
 * The report's branch counts: coverage.py's own (its `percent_branches_covered`
 * is their ratio), else the format's branch metric; null without branch data.
 */
export function branchCounts(totals: Totals): { total: number; covered: number } | null {
  if (totals.branches !== null)
    return { total: totals.branches, covered: totals.coveredBranches ?? 0 };
  return totals.metrics?.branches ?? null;
}

function noBranchNote(
  threshold: number | null | undefined,
  branches: { total: number; covered: number } | null,
  source: string,
): string | null {
  if (threshold === undefined || threshold === null) return null;
  if (branches && branches.total > 0) return null;
  return branches
    ? `min-branch-coverage is ${threshold}% but ${source} counts no branch, so the branch gate is n/a (not passed, not failed).`
    : `min-branch-coverage is ${threshold}% but ${source} has no branch data (coverage.py needs \`--branch\`; the other formats need their branch counts), so the branch gate is n/a (not passed, not failed).`;
}

/** A file of another producer than the merged report's reference: its format and rounding. */
function ownRounding(
  report: CoverageReport,
  file: FileCoverage,
): { format: ReportFormat; rounding: PercentRounding } | null {
  if (!file.format || file.format === report.format || !report.roundings) return null;
  return { format: file.format, rounding: report.roundings[file.format] ?? 'half-even' };
}

/** The covered and total counts a percent is made of, with or without branches. */
function countedTotals(totals: Totals, withBranches: boolean): { covered: number; total: number } {
  return {
    covered: totals.covered + (withBranches ? (totals.coveredBranches ?? 0) : 0),
    total: totals.statements + (withBranches ? (totals.branches ?? 0) : 0),
  };
}

export function analyse(input: AnalysisInput): Result {
  const { head, base } = input;
  const totals = computeTotals(head);
  const baseTotals = base ? computeTotals(base) : null;
  const patch = input.changes ? computePatchCoverage(input.changes, head) : null;
  const changedPaths = patch?.changedPaths ?? new Set<string>();

  // A renamed file compares with its old self, not as one file added and one removed.
  const renamedFrom = new Map<string, string>();
  if (base) {
    for (const change of input.changes ?? []) {
      if (!change.previousPath) continue;
      const headPath = matchReportPath(change.path, head);
      const basePath = matchReportPath(change.previousPath, base);
      if (headPath && basePath && !base.files.has(headPath)) renamedFrom.set(headPath, basePath);
    }
  }
  const comparedBase = new Set(renamedFrom.values());

  // The first run after turning branch measurement on (or off) compares statements only.
  const mixedBranches = base !== null && base.hasBranches !== head.hasBranches;
  const files: FileRow[] = [];
  for (const file of head.files.values()) {
    const percent = filePercent(file);
    const baseFile = base?.files.get(renamedFrom.get(file.path) ?? file.path);
    const basePercent = baseFile ? filePercent(baseFile) : null;
    const filePatch = patch?.files.get(file.path);
    const fileDelta = baseFile
      ? mixedBranches
        ? statementsPercent(file) - statementsPercent(baseFile)
        : filePercent(file) - (basePercent as number)
      : null;
    const row: FileRow = {
      path: file.path,
      statements: file.statements,
      covered: file.covered,
      percent,
      branches: file.branches,
      coveredBranches: file.coveredBranches,
      basePercent,
      delta: fileDelta,
      changed: changedPaths.has(file.path),
      patchLines: filePatch?.lines.length ?? 0,
      patchCovered: filePatch ? filePatch.lines.length - filePatch.uncovered.length : 0,
      patchMissing: filePatch?.uncovered ?? [],
    };
    if (file.metrics) row.metrics = file.metrics;
    const own = ownRounding(head, file);
    if (own) Object.assign(row, own);
    files.push(row);
  }
  files.sort(byPath);

  const removedFiles: Result['removedFiles'] = [];
  if (base) {
    for (const file of base.files.values()) {
      if (!head.files.has(file.path) && !comparedBase.has(file.path))
        removedFiles.push({ path: file.path, basePercent: filePercent(file) });
    }
    removedFiles.sort(byPath);
  }

  const onBasis = mixedBranches ? statementsPercent : (t: { percent: number }) => t.percent;
  const delta = baseTotals ? onBasis(totals) - onBasis(baseTotals) : null;
  const explained =
    base && baseTotals
      ? explainDelta({
          head,
          base,
          changes: input.changes,
          ...(input.baselineChanges ? { baselineChanges: input.baselineChanges } : {}),
          renamedFrom,
          branches: !mixedBranches && head.hasBranches,
          headTotals: countedTotals(totals, !mixedBranches),
          baseTotals: countedTotals(baseTotals, !mixedBranches),
          headStatements: countedTotals(totals, false),
          baseStatements: countedTotals(baseTotals, false),
        })
      : null;
  const newUncovered = patch ? newUncoveredLines(files, explained?.lost ?? new Map()) : null;
  const patchSummary = patch
    ? { percent: patch.percent, lines: patch.lines, covered: patch.covered }
    : null;
  const rounding: PercentRounding = head.rounding ?? 'half-even';
  const nonStatements = patch ? filesCountingNonStatements(head, patch.files) : [];
  const branches = branchCounts(totals);
  const evaluated = evaluateGates(
    {
      totalPercent: totals.percent,
      files,
      delta,
      hasBaseline: base !== null,
      patch: patchSummary,
      branches,
      newUncovered: newUncovered ? newUncovered.reduce((sum, f) => sum + f.lines, 0) : null,
    },
    { ...input.gates, rounding, unit: head.format === 'coverage.py' ? 'statements' : 'lines' },
  );
  const gates = markInformational(evaluated, input.gates.informational);
  const branchNote = noBranchNote(input.gates.minBranchCoverage, branches, head.source);
  const unmeasured = unmeasuredChangedFiles(input.changes, head);
  const failedGates = gates.filter(blocks).map((g) => g.name);
  const warnedGates = gates.filter(warns).map((g) => g.name);
  const { entries, summary } = rankImpact(
    files,
    { statements: totals.statements, percent: totals.percent },
    input.impact,
    changedPaths,
  );

  const baseline: BaselineInfo = input.baseline ?? { commit: null, source: 'file' };
  const result: Result = {
    schema: RESULT_SCHEMA,
    passed: failedGates.length === 0,
    precision: input.gates.precision,
    format: head.format,
    rounding,
    totals: {
      percent: totals.percent,
      statements: totals.statements,
      covered: totals.covered,
      branches: totals.branches,
      coveredBranches: totals.coveredBranches,
      ...(totals.metrics ? { metrics: totals.metrics } : {}),
    },
    base: baseTotals
      ? {
          percent: baseTotals.percent,
          statements: baseTotals.statements,
          covered: baseTotals.covered,
          commit: baseline.commit,
          source: baseline.source,
          ...(baseline.how ? { how: baseline.how } : {}),
        }
      : null,
    delta,
    ...(mixedBranches && baseTotals
      ? {
          deltaBasis: 'statements' as const,
          deltaFrom: { head: statementsPercent(totals), base: statementsPercent(baseTotals) },
        }
      : {}),
    patch: patchSummary,
    ...(nonStatements.length ? { patchNonStatements: nonStatements } : {}),
    gates,
    failedGates,
    ...(warnedGates.length ? { warnedGates } : {}),
    impact: entries,
    impactSummary: summary,
    files,
    removedFiles,
    notes: [
      ...(input.notes ?? []),
      ...(head.notes ?? []),
      ...(base?.notes ?? []),
      ...(branchNote ? [branchNote] : []),
      ...(unmeasured.length ? [unmeasuredNote(unmeasured)] : []),
    ],
    ...(input.measured ? { measured: input.measured } : {}),
    ...(explained ? { deltaParts: explained.parts } : {}),
    ...(newUncovered ? { newUncovered } : {}),
    ...(unmeasured.length ? { unmeasuredFiles: unmeasured } : {}),
  };
  return result;
}
