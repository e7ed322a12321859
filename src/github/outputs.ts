/**
 * What the step leaves behind besides the comment: the job summary, the
 * outputs, and the files other steps pick up (`report-json`,
 * `comment-file`, `baseline-file`).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { Result } from '../analysis/result.js';
import { COMMENT_FILE_SCHEMA, type CommentFile } from '../analysis/result-schema.js';
import type { PullLinks } from '../render/delta.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown, SUMMARY_LIMIT, utf8Length } from '../render/markdown.js';
import { mkdir, writeFile } from '../report/fs-async.js';
import { producersMeta } from '../report/merge.js';
import { arcPairs, type CoverageReport, type PercentRounding } from '../report/model.js';
import { displayPercent, roundHalfEven } from '../report/rounding.js';

/** Two decimals, rounded like coverage.py (half to even). */
export const twoDecimals = (value: number): string => roundHalfEven(value, 2).toFixed(2);

/** A folder of this step's own under RUNNER_TEMP; the comment id keeps matrix steps apart. */
export async function outputDirectory(commentId: string): Promise<string> {
  const safe = commentId.replace(/[^A-Za-z0-9._-]+/g, '_');
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'coverage-gate', safe);
  await mkdir(dir, { recursive: true });
  return dir;
}

export async function writeJobSummary(
  result: Result,
  extra: readonly string[] = [],
  links?: PullLinks,
): Promise<void> {
  const tail = extra.length ? `\n${extra.map((line) => `${line}\n`).join('\n')}` : '';
  // GitHub counts the summary in bytes and drops all of it past 1 MiB.
  const body = renderMarkdown(result, {
    maxLength: SUMMARY_LIMIT - utf8Length(tail),
    unit: 'bytes',
    chartPoints: 100,
    ...(links ? { links } : {}),
  });
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set; the job summary is skipped');
    return;
  }
  await core.summary.addRaw(body + tail, true).write();
}

/** Sets every output DESIGN names and writes the whole result as JSON. */
export async function setResultOutputs(result: Result, dir: string): Promise<string> {
  // Exactly as the comment shows them: the producer's own rounding (Istanbul
  // truncates), and coverage.py's rule that only all is 100 and only none is 0.
  const shown = (value: number) => displayPercent(value, 2, result.rounding);
  core.setOutput('coverage', shown(result.totals.percent));
  core.setOutput('base-coverage', result.base ? shown(result.base.percent) : '');
  core.setOutput('coverage-delta', result.delta === null ? '' : twoDecimals(result.delta));
  core.setOutput(
    'patch-coverage',
    result.patch === null
      ? ''
      : result.patch.percent === null
        ? 'n/a'
        : shown(result.patch.percent),
  );
  core.setOutput('passed', result.passed ? 'true' : 'false');
  core.setOutput('failed-gates', JSON.stringify(result.failedGates));
  setUnmeasuredOutput(result);
  core.setOutput('warned-gates', JSON.stringify(result.warnedGates ?? []));
  core.setOutput('components', componentsOutput(result));
  const reportJson = join(dir, 'result.json');
  await writeFile(reportJson, renderJson(result));
  core.setOutput('report-json', reportJson);
  return reportJson;
}

const shownNumber = (value: number, rounding: PercentRounding) =>
  Number(displayPercent(value, 2, rounding));

/** The `components` output: name → coverage, delta, patch, passed, as the comment shows them. */
export function componentsOutput(result: Result): string {
  const two = (value: number | null) => (value === null ? null : Number(twoDecimals(value)));
  return JSON.stringify(
    Object.fromEntries(
      (result.components ?? []).map((row) => [
        row.name,
        {
          coverage: shownNumber(row.percent, row.rounding ?? result.rounding),
          delta: two(row.delta),
          patch:
            row.patch?.percent == null
              ? null
              : shownNumber(row.patch.percent, row.rounding ?? result.rounding),
          passed: row.passed,
        },
      ]),
    ),
  );
}

/** How many changed files in a measured language the report does not list. */
function setUnmeasuredOutput(result: Result): void {
  core.setOutput('unmeasured-files', String(result.unmeasuredFiles?.length ?? 0));
}

export async function writeCommentFile(
  dir: string,
  fields: Omit<CommentFile, 'schema'>,
): Promise<string> {
  const file: CommentFile = { schema: COMMENT_FILE_SCHEMA, ...fields };
  const path = join(dir, 'coverage-gate-comment.json');
  await writeFile(path, `${JSON.stringify(file)}\n`);
  return path;
}

/**
 * The report as coverage.py JSON, paths already normalised and several
 * reports already merged, so a later pull request reads exactly what this
 * run measured.
 */
export function toCoveragePyJson(report: CoverageReport): string {
  const files: Record<string, unknown> = {};
  for (const file of report.files.values()) {
    const summary: Record<string, number> = {
      covered_lines: file.covered,
      num_statements: file.statements,
      missing_lines: file.missingLines.length,
      excluded_lines: file.excludedLines.length,
    };
    const entry: Record<string, unknown> = {
      executed_lines: file.executedLines,
      missing_lines: file.missingLines,
      excluded_lines: file.excludedLines,
      summary,
    };
    if (report.hasBranches) {
      summary.num_branches = file.branches ?? 0;
      summary.covered_branches = file.coveredBranches ?? 0;
      summary.missing_branches = (file.branches ?? 0) - (file.coveredBranches ?? 0);
      if (file.partialBranches !== null) summary.num_partial_branches = file.partialBranches;
      if (file.executedBranches && file.missingBranches) {
        entry.executed_branches = arcPairs(file.executedBranches);
        entry.missing_branches = arcPairs(file.missingBranches);
      }
    }
    files[file.path] = entry;
  }
  const meta: Record<string, unknown> = {
    format: 3,
    branch_coverage: report.hasBranches,
    // The keys are normalised already: a later run must not apply `path-prefix` again.
    repository_relative_paths: true,
  };
  if (report.producerVersion) meta.version = report.producerVersion;
  const producers = producersMeta(report);
  if (producers) meta.producers = producers;
  return `${JSON.stringify({ meta, files })}\n`;
}
