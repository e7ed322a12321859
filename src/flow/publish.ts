/**
 * Publishing: each step (outputs, comment, annotations, baseline file,
 * history, badge, job summary) runs on its own. A step that fails is a
 * warning naming it, and the steps after it still run: the step's verdict
 * is always the gates', never the error of a step that could not publish.
 */

import { basename, isAbsolute, join } from 'node:path';
import * as core from '@actions/core';
import { emptyComponents } from '../analysis/components.js';
import { blocks, warns } from '../analysis/informational.js';
import type { Result } from '../analysis/result.js';
import { pullLinks, type RunContext } from '../context.js';
import type { ListedComment } from '../github/comments.js';
import { GitHubApiError } from '../github/errors.js';
import type { PullRequestInfo } from '../github/event.js';
import type { CommentStyle } from '../github/inputs.js';
import {
  outputDirectory,
  setResultOutputs,
  toCoveragePyJson,
  writeCommentFile,
  writeJobSummary,
} from '../github/outputs.js';
import { planAnnotations } from '../render/annotations.js';
import { describeError, InputError } from '../report/errors.js';
import { copyFile, writeFile } from '../report/fs-async.js';
import { resolveReportPaths } from '../report/load.js';
import { hasLineLists } from '../report/merge.js';
import type { CoverageReport } from '../report/model.js';
import { checkRunSteps } from './checks.js';
import { writeComment } from './comment-write.js';
import {
  type BadgePlan,
  type PreparedTrend,
  publishBadge,
  setTrendOutputs,
  type TrendFiles,
  writeTrendFiles,
} from './trend.js';

export interface Publication {
  result: Result;
  head: CoverageReport;
  trend: PreparedTrend;
  pull: PullRequestInfo | null;
  /** The comment listing the check started early. */
  comments?: Promise<ListedComment[]>;
  /** Record mode with `badge-branch`: what decides whether the badge is published, asked early. */
  badge?: BadgePlan | null;
}

export interface Step {
  name: string;
  run: () => Promise<void>;
}

/** Runs every step; a failure is a warning naming the step, and the next step runs. */
export async function runSteps(steps: readonly Step[]): Promise<void> {
  for (const step of steps) {
    try {
      await step.run();
    } catch (error) {
      // An API failure names what failed and what to do; anything else, the step.
      core.warning(
        error instanceof GitHubApiError
          ? error.message
          : `Publishing the ${step.name} failed: ${describeError(error)}`,
      );
      if (error instanceof Error && error.stack) core.debug(error.stack);
    }
  }
}

/** The gates' verdict: the failures the step reports, none when they passed. */
export function verdict(result: Result): string[] {
  if (result.passed) return [];
  const failed = result.gates.filter(blocks);
  return [`Coverage gate failed: ${failed.map((g) => `${g.name} (${g.message})`).join(', ')}`];
}

/** One warning annotation per informational gate that failed: it does not fail the step. */
export function warnInformational(result: Result): void {
  for (const gate of result.gates.filter(warns)) {
    core.warning(`${gate.name} (informational): ${gate.message}`, {
      title: 'Coverage gate warning',
    });
  }
}

/** The steps of this mode, in the order they run. */
export function publishSteps(ctx: RunContext, pub: Publication): Step[] {
  let dir: Promise<string> | undefined;
  const folder = () => {
    dir ??= outputDirectory(ctx.inputs.commentId);
    return dir;
  };
  const summaryLines: string[] = [];
  const { result } = pub;
  const steps: Step[] = [
    {
      name: 'outputs',
      run: async () => {
        await setResultOutputs(result, await folder());
        setTrendOutputs(pub.trend.view);
      },
    },
    { name: 'comment', run: () => comment(ctx, pub, folder) },
  ];
  if (ctx.mode === 'check') {
    steps.push({ name: 'annotations', run: async () => annotate(ctx, result, summaryLines) });
    steps.push(...checkRunSteps(ctx, result));
  }
  if (ctx.mode === 'record') steps.push(...recordSteps(ctx, pub, folder));
  const links = pub.pull ? pullLinks(ctx, pub.pull.number, pub.pull.headSha) : undefined;
  steps.push({ name: 'job summary', run: () => writeJobSummary(result, summaryLines, links) });
  return steps;
}

/** Publishes the result; returns the gates' verdict, whatever became of the steps. */
export async function publish(
  ctx: RunContext,
  pub: Publication,
  steps: readonly Step[] = publishSteps(ctx, pub),
): Promise<string[]> {
  await runSteps(steps);
  warnInformational(pub.result);
  for (const note of emptyComponents(pub.result)) core.warning(note);
  return verdict(pub.result);
}

/** The comment file of a pull request, and the comment (a fork's is left to stage 2). */
async function comment(ctx: RunContext, pub: Publication, folder: () => Promise<string>) {
  const { pull, result } = pub;
  const { inputs } = ctx;
  let commentFile = '';
  let commentUrl = '';
  try {
    if (!pull) return;
    commentFile = await writeCommentFile(await folder(), {
      pullRequest: pull.number,
      headSha: pull.headSha,
      commentId: inputs.commentId,
      ...(inputs.checks === 'gates' ? { checks: inputs.checks } : {}),
      result,
    });
    if (pull.fromFork) {
      core.notice(
        'This pull request comes from a fork, whose token cannot comment. The comment was saved to the `comment-file` output; upload it as an artifact named `coverage-gate-comment…` and post it from a `workflow_run` workflow with `mode: comment` (see README, "Fork pull requests").',
      );
      return;
    }
    if (inputs.comment === 'off') return;
    commentUrl = await postComment(ctx, pub, pull, inputs.comment);
  } finally {
    core.setOutput('comment-file', commentFile);
    core.setOutput('comment-url', commentUrl);
  }
}

async function postComment(
  ctx: RunContext,
  pub: Publication,
  pull: PullRequestInfo,
  style: Exclude<CommentStyle, 'off'>,
): Promise<string> {
  const { inputs } = ctx;
  core.startGroup('Writing the pull request comment');
  try {
    const outcome = await writeComment(ctx, {
      issueNumber: pull.number,
      commentId: inputs.commentId,
      style,
      when: inputs.commentWhen,
      result: pub.result,
      headSha: pull.headSha,
      ...(pub.comments ? { existing: pub.comments } : {}),
    });
    if (!outcome) return '';
    core.info(`Comment ${outcome.action}: ${outcome.url}`);
    return outcome.url;
  } catch (error) {
    // A comment GitHub would not take (after the retries) is a warning.
    core.warning(
      error instanceof GitHubApiError
        ? error.message
        : `The comment was not written: ${describeError(error)}`,
    );
    return '';
  } finally {
    core.endGroup();
  }
}

/** Warnings on the uncovered changed lines, as many as GitHub shows; the rest in the summary. */
function annotate(ctx: RunContext, result: Result, summaryLines: string[]): void {
  if (!ctx.inputs.annotations || !result.patch) return;
  const { annotations, leftOut } = planAnnotations(result);
  for (const a of annotations) {
    core.warning(a.message, {
      title: 'Not covered',
      file: a.file,
      startLine: a.startLine,
      endLine: a.endLine,
    });
  }
  if (leftOut > 0) {
    const line = `${leftOut} more uncovered changed range${leftOut === 1 ? ' was' : 's were'} not annotated (GitHub shows ${annotations.length} warnings per step); the "Files changed" table lists them all.`;
    core.info(line);
    summaryLines.push(`_${line}_`);
  }
}

/** Record mode: the baseline file, the history with the badge, the badge branch. */
function recordSteps(ctx: RunContext, pub: Publication, folder: () => Promise<string>): Step[] {
  let baselineFile: string | null = null;
  let files: TrendFiles | null = null;
  const history = pub.trend.history;
  return [
    {
      name: 'baseline file',
      run: async () => {
        baselineFile = await keepBaseline(ctx, pub.head, await folder());
        core.setOutput('baseline-file', baselineFile);
      },
    },
    {
      name: 'history',
      run: async () => {
        if (history) files = await writeTrendFiles(await folder(), history, pub.result, ctx.inputs);
      },
    },
    {
      name: 'badge',
      run: async () => {
        try {
          if (files && pub.badge) await publishBadge(ctx, pub.badge, files);
        } finally {
          if (baselineFile) {
            core.info(
              `Baseline for later pull requests: ${baselineFile} (upload it as the ${JSON.stringify(ctx.inputs.artifactName)} artifact)`,
            );
          }
        }
      },
    },
  ];
}

/**
 * Writes the report a later pull request compares with. coverage.py reports
 * are kept as their merged, path-normalised JSON; a single report of another
 * format is kept as the producer wrote it, so no figure of its own is lost;
 * several line-based reports are kept merged, in coverage.py's JSON shape.
 */
async function keepBaseline(ctx: RunContext, head: CoverageReport, dir: string): Promise<string> {
  if (head.format !== 'coverage.py') {
    const { workspace } = ctx;
    const sources = await resolveReportPaths(ctx.inputs.settings.coverageFiles, workspace);
    const [only] = sources;
    if (sources.length === 1 && only) {
      const file = join(dir, basename(only));
      await copyFile(isAbsolute(only) ? only : join(workspace, only), file);
      return file;
    }
    const withoutLines = [...head.files.values()].find((f) => !hasLineLists(f));
    if (withoutLines) {
      throw new InputError(
        withoutLines.path,
        'record mode cannot keep several reports without line lists as one baseline; give one report per run',
      );
    }
  }
  const file = join(dir, 'coverage.json');
  await writeFile(file, toCoveragePyJson(head));
  return file;
}
