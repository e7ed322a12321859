/**
 * What check and record share: the checkout's paths, the head report read
 * and logged, and the analysis with its one log line.
 */
import * as core from '@actions/core';
import type { ChangedFile } from '../analysis/diff.js';
import type { BaselineInfo, MeasuredInfo, Result } from '../analysis/result.js';
import type { RunContext } from '../context.js';
import { loadReports, pathOptions, reportDirHint, runAnalysis } from '../pipeline.js';
import { counted } from '../render/format.js';
import { listCheckoutFiles } from '../report/checkout.js';
import type { HistoryEntry } from '../report/history.js';
import type { CoverageReport } from '../report/model.js';
import type { PathOptions } from '../report/paths.js';
import { displayDelta, displayPercent } from '../report/rounding.js';
import type { Settings } from '../settings.js';
import { readHistoryImport } from './trend.js';

export interface Start {
  paths: PathOptions;
  /** `history-import`, read (a bad file fails the step here, before any request). */
  imported: HistoryEntry[];
}

export async function start(ctx: RunContext): Promise<Start> {
  const settings = ctx.inputs.settings;
  const { workspace } = ctx;
  const paths = pathOptions(
    settings,
    workspace,
    await listCheckoutFiles(workspace),
    reportDirHint(settings.coverageFiles, workspace, workspace),
  );
  return { paths, imported: await readHistoryImport(ctx.inputs.trend.historyImport, workspace) };
}

/** The head report, with what was learnt reading it in a log group. */
export async function readHead(ctx: RunContext, paths: PathOptions): Promise<CoverageReport> {
  const settings = ctx.inputs.settings;
  core.startGroup('Reading the coverage report');
  try {
    const head = await loadReports(
      settings.coverageFiles,
      settings.coverageFormat,
      paths,
      ctx.workspace,
    );
    core.info(`${counted(head.files.size, 'file')} from ${settings.coverageFiles.join(', ')}`);
    for (const root of head.pathRoots ?? []) core.info(`Report root: ${root}`);
    for (const note of head.notes ?? []) core.info(`Note: ${note}`);
    return head;
  } finally {
    core.endGroup();
  }
}

/** `base-coverage-file`: the baseline read from a file, in either mode. */
export async function baseFromFile(
  ctx: RunContext,
  paths: PathOptions,
): Promise<Pick<Evidence, 'base' | 'baseline'>> {
  const settings = ctx.inputs.settings;
  const file = settings.baseCoverageFile;
  if (!file) return { base: null };
  const base = await loadReports([file], settings.coverageFormat, paths, ctx.workspace);
  return { base, baseline: { commit: null, source: 'file', how: `the file ${file}` } };
}

export interface Evidence {
  head: CoverageReport;
  base: CoverageReport | null;
  baseline?: BaselineInfo | undefined;
  changes: ChangedFile[] | null;
  notes: string[];
  measured?: MeasuredInfo | undefined;
}

/** The gates on the evidence, logged in one line. */
export function analyse(settings: Settings, evidence: Evidence): Result {
  const { baseline, measured, ...rest } = evidence;
  const result = runAnalysis({
    settings,
    ...rest,
    ...(baseline ? { baseline } : {}),
    ...(measured ? { measured } : {}),
  });
  const precision = result.precision;
  core.info(
    `Coverage ${displayPercent(result.totals.percent, precision, result.rounding)}%${result.delta === null ? '' : ` (${displayDelta(result.delta, precision)} pp)`}; gates ${result.passed ? 'passed' : `failed: ${result.failedGates.join(', ')}`}`,
  );
  return result;
}
