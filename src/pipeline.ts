/**
 * The pipeline the action and the command line share: read the reports,
 * normalise their paths, merge, then analyse. No GitHub, no process state.
 */

import { resolve } from 'node:path';
import { withComponents } from './analysis/components.js';
import type { ChangedFile } from './analysis/diff.js';
import { analyse, type BaselineInfo, type MeasuredInfo, type Result } from './analysis/result.js';
import { allFilesExist, type CheckoutScan, reportDirectory } from './report/checkout.js';
import { refuseEmptyReport } from './report/empty.js';
import { stat } from './report/fs-async.js';
import { isGlob } from './report/glob.js';
import {
  type FormatChoice,
  parseReport,
  readReportFile,
  resolveReportPaths,
} from './report/load.js';
import { mergeReports } from './report/merge.js';
import type { CoverageReport } from './report/model.js';
import { normaliseReport, type PathOptions, pathsConfirmingKeys } from './report/paths.js';
import type { Settings } from './settings.js';

/**
 * How report paths become repository paths: the checkout's files are the
 * evidence the report's root is learnt from; `path-prefix` replaces learning.
 * `reportDir` (the directory of the head's report) breaks ties for a report
 * read from elsewhere, such as a baseline artifact.
 */
export function pathOptions(
  settings: Settings,
  workspace: string,
  scan?: CheckoutScan,
  reportDir?: string,
): ReportPaths {
  return {
    workspace,
    ...(settings.pathPrefix ? { pathPrefix: settings.pathPrefix } : {}),
    ...(scan ? { scan } : {}),
    ...(reportDir === undefined ? {} : { reportDir }),
  };
}

/**
 * From this size on, reading and parsing a report takes longer than listing
 * the checkout, so the listing starts alongside the read; below it, only
 * when the report's paths need it (most often they confirm themselves).
 */
export const PREFETCH_BYTES = 1 << 20;

/** Path options whose checkout list may still be on its way. */
export interface ReportPaths extends PathOptions {
  /** Awaited only for a report whose paths need it (see pathsConfirmingKeys). */
  scan?: CheckoutScan;
}

/** A parsed report's keys made repository paths, with the checkout's list only when needed. */
async function normalise(report: CoverageReport, paths: ReportPaths): Promise<CoverageReport> {
  const { scan, ...options } = paths;
  if (!scan || options.pathPrefix || report.repositoryPaths) {
    return normaliseReport(report, options);
  }
  // Keys that are the checkout's paths already confirm themselves: in the listing when it
  // is on its way anyway (a large report; a lookup each), else on the file system.
  const confirming = pathsConfirmingKeys([...report.files.keys()], options);
  const listed = confirming && scan.started() ? await scan.files(false) : null;
  const confirmed =
    confirming !== null &&
    ((listed !== null && confirming.every((path) => listed.has(path))) ||
      allFilesExist(options.workspace, confirming));
  if (confirmed) return normaliseReport(report, { ...options, keysConfirmed: true });
  return normaliseReport(report, { ...options, checkoutFiles: await scan.files() });
}

/** The directory of the one report `patterns` names (no glob), for reports read from elsewhere. */
export function reportDirHint(
  patterns: readonly string[],
  cwd: string,
  root: string,
): string | undefined {
  const only = patterns.length === 1 ? patterns[0] : undefined;
  if (!only || isGlob(only)) return undefined;
  return reportDirectory(only, cwd, root);
}

/** Reads, normalises and merges the head report(s) matched by `patterns`; refuses an empty one. */
export async function loadReports(
  patterns: readonly string[],
  format: FormatChoice,
  paths: ReportPaths,
  cwd: string,
): Promise<CoverageReport> {
  const files = await resolveReportPaths(patterns, cwd);
  const reports = await Promise.all(
    files.map(async (file) => {
      // Relative keys are relative to where coverage ran, most often the report's own directory.
      const reportDir = reportDirectory(file, cwd, paths.workspace);
      const options = reportDir === undefined ? paths : { ...paths, reportDir };
      if (paths.scan) prefetchFor(file, cwd, paths.scan);
      return normalise(await readReportFile(file, format, cwd), options);
    }),
  );
  return refuseEmptyReport(mergeReports(reports));
}

/** Starts the checkout listing alongside the read of a large report. */
function prefetchFor(file: string, cwd: string, scan: CheckoutScan): void {
  stat(resolve(cwd, file)).then(
    (s) => {
      if (s.size >= PREFETCH_BYTES) scan.prefetch();
    },
    () => undefined, // the read reports a missing file
  );
}

/** A baseline report held in memory (from an artifact). */
export async function loadReportBytes(
  bytes: Uint8Array,
  source: string,
  format: FormatChoice,
  paths: ReportPaths,
): Promise<CoverageReport> {
  if (bytes.length >= PREFETCH_BYTES) paths.scan?.prefetch();
  return refuseEmptyReport(await normalise(await parseReport(bytes, source, format), paths));
}

export interface PipelineInput {
  settings: Settings;
  head: CoverageReport;
  base: CoverageReport | null;
  baseline?: BaselineInfo;
  changes: ChangedFile[] | null;
  baselineChanges?: ChangedFile[] | null;
  notes?: string[];
  measured?: MeasuredInfo;
}

export function runAnalysis(input: PipelineInput): Result {
  const result = analyse({
    head: input.head,
    base: input.base,
    ...(input.baseline ? { baseline: input.baseline } : {}),
    changes: input.changes,
    ...(input.baselineChanges ? { baselineChanges: input.baselineChanges } : {}),
    gates: input.settings.gates,
    impact: input.settings.impact,
    notes: input.notes ?? [],
    ...(input.measured ? { measured: input.measured } : {}),
  });
  const { components, gates } = input.settings;
  return withComponents({
    result,
    head: input.head,
    base: input.base,
    config: components ?? { components: [], gates: new Map() },
    ...(gates.informational ? { informational: gates.informational } : {}),
  });
}
