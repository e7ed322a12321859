/**
 * The pipeline the action and the command line share: read the reports,
 * normalise their paths, merge, then analyse. No GitHub, no process state.
 */

import type { ChangedFile } from './analysis/diff.js';
import { analyse, type BaselineInfo, type Result } from './analysis/result.js';
import { refuseEmptyReport } from './report/empty.js';
import {
  type FormatChoice,
  parseReport,
  readReportFile,
  resolveReportPaths,
} from './report/load.js';
import { mergeReports } from './report/merge.js';
import type { CoverageReport } from './report/model.js';
import { normaliseReport, type PathOptions } from './report/paths.js';
import type { Settings } from './settings.js';

export function pathOptions(settings: Settings, workspace: string): PathOptions {
  return settings.pathPrefix ? { workspace, pathPrefix: settings.pathPrefix } : { workspace };
}

/** Reads, normalises and merges the head report(s) matched by `patterns`; refuses an empty one. */
export async function loadReports(
  patterns: readonly string[],
  format: FormatChoice,
  paths: PathOptions,
  cwd: string,
): Promise<CoverageReport> {
  const files = await resolveReportPaths(patterns, cwd);
  const reports: CoverageReport[] = [];
  for (const file of files)
    reports.push(normaliseReport(await readReportFile(file, format, cwd), paths));
  return refuseEmptyReport(mergeReports(reports));
}

/** A baseline report held in memory (from an artifact). */
export async function loadReportBytes(
  bytes: Uint8Array,
  source: string,
  format: FormatChoice,
  paths: PathOptions,
): Promise<CoverageReport> {
  return refuseEmptyReport(normaliseReport(await parseReport(bytes, source, format), paths));
}

export interface PipelineInput {
  settings: Settings;
  head: CoverageReport;
  base: CoverageReport | null;
  baseline?: BaselineInfo;
  changes: ChangedFile[] | null;
  notes?: string[];
}

export function runAnalysis(input: PipelineInput): Result {
  return analyse({
    head: input.head,
    base: input.base,
    ...(input.baseline ? { baseline: input.baseline } : {}),
    changes: input.changes,
    gates: input.settings.gates,
    impact: input.settings.impact,
    notes: input.notes ?? [],
  });
}
