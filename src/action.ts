/**
 * The action: read the inputs, pick the mode from the event, run the shared
 * pipeline, then publish (comment, annotations, job summary, outputs).
 * Failures are collected while publishing and the step is failed once, at
 * the end, so a failing gate still gets its comment and summary.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import type { ChangedFile } from './analysis/diff.js';
import type { BaselineInfo, MeasuredInfo, Result } from './analysis/result.js';
import { planAnnotations } from './github/annotations.js';
import {
  type BadgeBranchPayload,
  type BadgeBranchPlan,
  planBadgeBranch,
} from './github/badge-branch.js';
import { type BaselineArtifact, currentWorkflow } from './github/baseline.js';
import { type CheckPlan, describeMeasured, startCheck } from './github/check-plan.js';
import { createClient, type GitHubClient } from './github/client.js';
import { CommentError, type ListedComment, upsertComment } from './github/comment.js';
import { runCommentStage } from './github/comment-stage.js';
import { getInputs, type Inputs, type ResolvedMode, resolveMode } from './github/inputs.js';
import {
  type PreparedPush,
  type PushEvent,
  preparePush,
  readHistoryImport,
  setPushOutputs,
  writePushFiles,
} from './github/push.js';
import {
  outputDirectory,
  setResultOutputs,
  toCoveragePyJson,
  writeCommentFile,
  writeJobSummary,
} from './github/summary.js';
import { loadReports, pathOptions, reportDirHint, runAnalysis } from './pipeline.js';
import { counted } from './render/format.js';
import { renderMarkdown } from './render/markdown.js';
import { scanCheckout } from './report/checkout.js';
import { describeError, InputError } from './report/errors.js';
import { resolveReportPaths } from './report/load.js';
import { hasLineLists } from './report/merge.js';
import type { CoverageReport } from './report/model.js';
import { displayDelta, displayPercent } from './report/rounding.js';

export async function run(): Promise<void> {
  try {
    const failures = await execute();
    if (failures.length > 0) core.setFailed(failures.join('; '));
  } catch (error) {
    core.setFailed(describeError(error));
    if (error instanceof Error && error.stack) core.debug(error.stack);
  }
}

interface PullRequestInfo {
  number: number;
  baseRef: string;
  baseSha: string;
  headSha: string;
  /** Head repository differs from the base repository (or is gone). */
  fromFork: boolean;
}

interface CheckTarget {
  baseRef: string;
  baseSha: string;
  headSha: string;
  pull: PullRequestInfo | null;
  mergeGroup: boolean;
}

interface EventPayload {
  pull_request?: {
    number?: number;
    base?: { ref?: string; sha?: string; repo?: { full_name?: string } | null };
    head?: { sha?: string; repo?: { full_name?: string } | null };
  };
  merge_group?: { base_ref?: string; base_sha?: string; head_sha?: string };
}

function checkTarget(): CheckTarget | null {
  const payload = context.payload as EventPayload;
  const pr = payload.pull_request;
  if (pr && typeof pr.number === 'number') {
    const number = pr.number;
    const headRepo = pr.head?.repo?.full_name;
    const baseRepo = pr.base?.repo?.full_name;
    const pull: PullRequestInfo = {
      number,
      baseRef: String(pr.base?.ref ?? ''),
      baseSha: String(pr.base?.sha ?? ''),
      headSha: String(pr.head?.sha ?? context.sha),
      fromFork: context.eventName === 'pull_request' && (!headRepo || headRepo !== baseRepo),
    };
    return {
      baseRef: pull.baseRef,
      baseSha: pull.baseSha,
      headSha: pull.headSha,
      pull,
      mergeGroup: false,
    };
  }
  const group = payload.merge_group;
  if (group && typeof group.base_sha === 'string') {
    return {
      baseRef: String(group.base_ref ?? '').replace(/^refs\/heads\//, ''),
      baseSha: group.base_sha,
      headSha: String(group.head_sha ?? context.sha),
      pull: null,
      mergeGroup: true,
    };
  }
  return null;
}

async function execute(): Promise<string[]> {
  const inputs = getInputs();
  const mode: ResolvedMode = resolveMode(inputs.mode, context.eventName);
  core.info(
    `Mode: ${mode}${inputs.mode === 'auto' ? ` (from the ${context.eventName} event)` : ''}`,
  );
  if (mode === 'comment') return runCommentStage(inputs, createClient(inputs.token));

  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const settings = inputs.settings;
  // The checkout is listed while the round trips start and the reports are read.
  const scan = scanCheckout(workspace);
  const paths = pathOptions(
    settings,
    workspace,
    scan,
    reportDirHint(settings.coverageFiles, workspace, workspace),
  );
  const imported = await readHistoryImport(inputs.push.historyImport, workspace);

  const target = mode === 'check' ? checkTarget() : null;
  if (mode === 'check' && !target) {
    core.warning(
      `mode is check but the ${context.eventName} event names no pull request or merge group; there is no base to compare with`,
    );
  }
  let client: GitHubClient | null = null;
  const api = () => {
    client ??= createClient(inputs.token);
    return client;
  };
  const badgePlan =
    mode === 'record' && inputs.push.badgeBranch
      ? planBadgeBranch(api, {
          repo: context.repo,
          eventName: context.eventName,
          ref: context.ref,
          payload: context.payload as BadgeBranchPayload,
          badgeBranch: inputs.push.badgeBranch,
        })
      : null;

  // The round trips start now; the report is read while they are under way.
  const plan: CheckPlan | null = target
    ? startCheck({
        api,
        repo: context.repo,
        eventName: context.eventName,
        eventSha: context.sha,
        workspace,
        coverageFiles: settings.coverageFiles,
        target,
        baseline: settings.baseCoverageFile
          ? null
          : {
              workflow: async () => inputs.baseWorkflow ?? currentWorkflow(api(), context.repo),
              artifactName: inputs.artifactName,
              entryName: preferredEntryName(settings.coverageFiles),
              format: settings.coverageFormat,
              paths,
            },
        listComments: target.pull !== null && !target.pull.fromFork && inputs.comment === 'update',
      })
    : null;

  // A base report file is read alongside the head's.
  const baseFile = settings.baseCoverageFile
    ? loadReports([settings.baseCoverageFile], settings.coverageFormat, paths, workspace)
    : null;
  baseFile?.catch(() => undefined); // its error is reported where it is awaited
  core.startGroup('Reading the coverage report');
  let head: CoverageReport;
  try {
    head = await loadReports(settings.coverageFiles, settings.coverageFormat, paths, workspace);
    core.info(`${counted(head.files.size, 'file')} from ${settings.coverageFiles.join(', ')}`);
    for (const root of head.pathRoots ?? []) core.info(`Report root: ${root}`);
    for (const note of head.notes ?? []) core.info(`Note: ${note}`);
  } finally {
    core.endGroup();
  }

  const notes: string[] = [];
  let base: CoverageReport | null = null;
  let baseline: BaselineInfo | undefined;
  let baselineArtifact: BaselineArtifact | undefined;
  if (baseFile) {
    base = await baseFile;
    baseline = { commit: null, source: 'file', how: `the file ${settings.baseCoverageFile}` };
  }

  let measured: MeasuredInfo | undefined;
  let changes: ChangedFile[] | null = null;
  if (target && plan) {
    measured = await describeMeasured(plan);
    if (plan.baseline) {
      core.startGroup('Finding the baseline');
      try {
        const found = await plan.baseline;
        baselineArtifact = found.artifact;
        if (found.report) {
          base = found.report;
          baseline = found.info;
          for (const root of base.pathRoots ?? []) core.info(`Baseline root: ${root}`);
        } else {
          core.warning(`No baseline: ${found.reason}`);
          notes.push(
            `No baseline was found: ${found.reason}. There is no comparison with ${target.baseRef}, and the drop gate is skipped.`,
          );
        }
      } finally {
        core.endGroup();
      }
    }
    const outcome = await plan.changes;
    changes = outcome.changes;
    core.info(
      `Changed lines from ${outcome.how}: ${changes ? counted(changes.length, 'file') : 'none'}`,
    );
    if (outcome.note) notes.push(outcome.note);
  }
  const walkNote = scan.note();
  if (walkNote) notes.push(walkNote);

  // On a push the absolute gates apply; there is no base to compare with.
  const runSettings =
    mode === 'record'
      ? {
          ...settings,
          gates: {
            ...settings.gates,
            maxCoverageDrop: null,
            minPatchCoverage: null,
            failOnMissingBaseline: false,
          },
        }
      : settings;
  const result = runAnalysis({
    settings: runSettings,
    head,
    base,
    ...(baseline ? { baseline } : {}),
    changes,
    notes,
    ...(measured ? { measured } : {}),
  });
  const precision = result.precision;
  core.info(
    `Coverage ${displayPercent(result.totals.percent, precision, result.rounding)}%${result.delta === null ? '' : ` (${displayDelta(result.delta, precision)} pp)`}; gates ${result.passed ? 'passed' : `failed: ${result.failedGates.join(', ')}`}`,
  );

  const push = await preparePush({
    mode: mode === 'record' ? 'record' : 'check',
    result,
    inputs,
    imported,
    api,
    repo: context.repo,
    branch:
      mode === 'record'
        ? (/^refs\/heads\/(.+)$/.exec(context.ref)?.[1] ?? null)
        : (target?.baseRef ?? null),
    workflow: async () => inputs.baseWorkflow ?? (await currentWorkflow(api(), context.repo)),
    runId: context.runId,
    sha: context.sha,
    payload: context.payload as PushEvent,
    baseline: baselineArtifact,
  });
  if (push.view) result.push = push.view;

  return publish(
    inputs,
    mode,
    result,
    target,
    head,
    api,
    push,
    badgePlan,
    plan?.comments ?? undefined,
  );
}

/** The report's own file name, when the input names one file: the artifact entry to prefer. */
function preferredEntryName(patterns: readonly string[]): string | null {
  const only = patterns.length === 1 ? patterns[0] : undefined;
  if (!only || /[*?[\]{}]/.test(only)) return null;
  return basename(only);
}

async function publish(
  inputs: Inputs,
  mode: ResolvedMode,
  result: Result,
  target: CheckTarget | null,
  head: CoverageReport,
  api: () => GitHubClient,
  push: PreparedPush,
  badgePlan: BadgeBranchPlan | null,
  existingComments?: Promise<ListedComment[]>,
): Promise<string[]> {
  const failures: string[] = [];
  const summaryLines: string[] = [];
  const dir = await outputDirectory(inputs.commentId);
  await setResultOutputs(result, dir);
  setPushOutputs(push.view);

  const pull = target?.pull ?? null;
  let commentFile = '';
  let commentUrl = '';
  if (pull) {
    commentFile = await writeCommentFile(dir, {
      pullRequest: pull.number,
      headSha: pull.headSha,
      commentId: inputs.commentId,
      result,
    });
    if (pull.fromFork) {
      core.notice(
        'This pull request comes from a fork, whose token cannot comment. The comment was saved to the `comment-file` output; upload it as an artifact named `coverage-gate-comment…` and post it from a `workflow_run` workflow with `mode: comment` (see README, "Fork pull requests").',
      );
    } else if (inputs.comment !== 'off') {
      core.startGroup('Writing the pull request comment');
      try {
        const body = renderMarkdown(result, { commentId: inputs.commentId });
        const outcome = await upsertComment(
          api(),
          { ...context.repo, issueNumber: pull.number },
          body,
          {
            style: inputs.comment,
            commentId: inputs.commentId,
            ...(existingComments ? { existing: existingComments } : {}),
          },
        );
        core.info(`Comment ${outcome.action}: ${outcome.url}`);
        commentUrl = outcome.url;
      } catch (error) {
        // The verdict is the step's to report; a comment GitHub would not take
        // (after the retries) is a warning, never a failure of its own.
        core.warning(
          error instanceof CommentError
            ? error.message
            : `The comment was not written: ${describeError(error)}`,
        );
      } finally {
        core.endGroup();
      }
    }
  }

  core.setOutput('comment-file', commentFile);
  core.setOutput('comment-url', commentUrl);

  if (mode === 'check' && inputs.annotations && result.patch) {
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

  if (mode === 'record') {
    const file = await keepBaseline(head, inputs, dir);
    core.setOutput('baseline-file', file);
    if (push.history) {
      await writePushFiles(
        dir,
        push.history,
        result,
        inputs,
        badgePlan && { client: api, repo: context.repo, plan: badgePlan, sha: context.sha },
      );
    }
    core.info(
      `Baseline for later pull requests: ${file} (upload it as the ${JSON.stringify(inputs.artifactName)} artifact)`,
    );
  }

  await writeJobSummary(result, summaryLines);

  if (!result.passed) {
    const failed = result.gates.filter((g) => !g.passed);
    failures.unshift(
      `Coverage gate failed: ${failed.map((g) => `${g.name} (${g.message})`).join(', ')}`,
    );
  }
  return failures;
}

/**
 * Writes the report a later pull request compares with. coverage.py reports
 * are kept as their merged, path-normalised JSON; a single report of another
 * format is kept as the producer wrote it, so no figure of its own is lost;
 * several line-based reports are kept merged, in coverage.py's JSON shape.
 */
async function keepBaseline(head: CoverageReport, inputs: Inputs, dir: string): Promise<string> {
  if (head.format !== 'coverage.py') {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const sources = await resolveReportPaths(inputs.settings.coverageFiles, workspace);
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
