/**
 * What check and record share: the checkout's paths, the head report read
 * and logged, and the analysis with its one log line.
 */
import * as core from '@actions/core';
import type { ChangedFile } from '../analysis/diff.js';
import type { BaselineInfo, MeasuredInfo, Result } from '../analysis/result.js';
import type { RunContext } from '../context.js';
import {
  loadReports,
  pathOptions,
  type ReportPaths,
  reportDirHint,
  runAnalysis,
} from '../pipeline.js';
import { counted } from '../render/format.js';
import { scanCheckout } from '../report/checkout.js';
import type { HistoryEntry } from '../report/history.js';
import type { CoverageReport } from '../report/model.js';
import { displayDelta, displayPercent } from '../report/rounding.js';
import type { Settings } from '../settings.js';
import { readHistoryImport } from './trend.js';

export interface Start {
  /** The checkout's files are listed while the round trips start and the reports are read. */
  paths: ReportPaths;
  /** `history-import`, read (a bad file fails the step here, before any request). */
  imported: HistoryEntry[];
  /** `base-coverage-file`, read alongside the head's report (see baseFromFile). */
  baseFile: Promise<Pick<Evidence, 'base' | 'baseline'>>;
  /** A line for the notes when the checkout's walk stopped short and was used. */
  walkNote: () => string | undefined;
}

export async function start(ctx: RunContext): Promise<Start> {
  const settings = ctx.inputs.settings;
  const { workspace } = ctx;
  const scan = scanCheckout(workspace);
  const paths = pathOptions(
    settings,
    workspace,
    scan,
    reportDirHint(settings.coverageFiles, workspace, workspace),
  );
  const baseFile = readBaseFile(ctx, paths);
  baseFile.catch(() => undefined); // its error is reported where it is awaited
  const imported = await readHistoryImport(ctx.inputs.trend.historyImport, workspace);
  return { paths, imported, baseFile, walkNote: () => scan.note() };
}

/** The head report, with what was learnt reading it in a log group. */
export async function readHead(ctx: RunContext, paths: ReportPaths): Promise<CoverageReport> {
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

/** `base-coverage-file`: the baseline read from a file, in either mode (started by start()). */
export function baseFromFile(begun: Start): Promise<Pick<Evidence, 'base' | 'baseline'>> {
  return begun.baseFile;
}

async function readBaseFile(
  ctx: RunContext,
  paths: ReportPaths,
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
  /** The baseline's commit → the measured commit, when the baseline is an older ancestor. */
  baselineChanges?: ChangedFile[] | null;
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
