/**
 * Check mode (pull requests, merge queues): the GitHub work starts at once
 * (see check-plan.ts), the report is read meanwhile, the gates compare with
 * the baseline on the changed lines, then everything is published.
 */
import { basename } from 'node:path';
import * as core from '@actions/core';
import type { RunContext } from '../context.js';
import type { CheckTarget } from '../github/event.js';
import { currentWorkflow } from '../github/runs.js';
import { counted } from '../render/format.js';
import { isGlob } from '../report/glob.js';
import { readBaselineChanges } from './changes.js';
import { type CheckPlan, describeMeasured, settled, startCheck } from './check-plan.js';
import { publish } from './publish.js';
import { analyse, baseFromFile, type Evidence, readHead, type Start, start } from './report.js';
import { prepareTrend } from './trend.js';

export async function checkFlow(ctx: RunContext): Promise<string[]> {
  const begun = await start(ctx);
  const target = ctx.event.target;
  if (!target) {
    core.warning(
      `mode is check but the ${ctx.event.name} event names no pull request or merge group; there is no base to compare with`,
    );
  }
  // The round trips start now; the report is read while they are under way.
  const plan = target ? planCheck(ctx, target, begun) : null;
  let head: Evidence['head'];
  let evidence: CheckEvidence;
  try {
    head = await readHead(ctx, begun.paths);
    evidence = await gather(begun, head, target, plan);
  } catch (error) {
    // A bad report fails the step once the requests under way have ended,
    // as the process would wait for them anyway.
    if (plan) await settled(plan);
    throw error;
  }
  const result = analyse(ctx.inputs.settings, evidence);
  const trend = await prepareTrend(ctx, {
    mode: 'check',
    result,
    imported: begun.imported,
    branch: target?.baseRef ?? null,
    baseline: evidence.artifact,
  });
  if (trend.view) result.push = trend.view;
  return publish(ctx, {
    result,
    head,
    trend,
    pull: target?.pull ?? null,
    ...(plan?.comments ? { comments: plan.comments } : {}),
  });
}

function planCheck(ctx: RunContext, target: CheckTarget, begun: Start): CheckPlan {
  const { inputs, event } = ctx;
  const settings = inputs.settings;
  return startCheck({
    api: ctx.api,
    repo: ctx.repo,
    eventName: event.name,
    eventSha: event.sha,
    workspace: ctx.workspace,
    coverageFiles: settings.coverageFiles,
    target,
    baseline: settings.baseCoverageFile
      ? null
      : {
          workflow: async () => inputs.baseWorkflow ?? currentWorkflow(ctx.api(), ctx.repo, event),
          artifactName: inputs.artifactName,
          entryName: preferredEntryName(settings.coverageFiles),
          format: settings.coverageFormat,
          paths: begun.paths,
        },
    listComments: target.pull !== null && !target.pull.fromFork && inputs.comment === 'update',
  });
}

type CheckEvidence = Evidence & {
  artifact?: Awaited<NonNullable<CheckPlan['baseline']>>['artifact'];
};

/** The baseline (a file, or the plan's artifact), what was measured and the changed lines. */
async function gather(
  begun: Start,
  head: Evidence['head'],
  target: CheckTarget | null,
  plan: CheckPlan | null,
): Promise<CheckEvidence> {
  const evidence: CheckEvidence = {
    head,
    ...(await baseFromFile(begun)),
    changes: null,
    notes: [],
  };
  if (!target || !plan) return withWalkNote(evidence, begun);
  evidence.measured = await describeMeasured(plan);
  if (plan.baseline) {
    core.startGroup('Finding the baseline');
    try {
      const found = await plan.baseline;
      evidence.artifact = found.artifact;
      if (found.report) {
        evidence.base = found.report;
        evidence.baseline = found.info;
        for (const root of found.report.pathRoots ?? []) core.info(`Baseline root: ${root}`);
      } else {
        core.warning(`No baseline: ${found.reason}`);
        evidence.notes.push(
          `No baseline was found: ${found.reason}. There is no comparison with ${target.baseRef}, and the drop gate is skipped.`,
        );
      }
    } finally {
      core.endGroup();
    }
  }
  const outcome = await plan.changes;
  evidence.changes = outcome.changes;
  core.info(
    `Changed lines from ${outcome.how}: ${outcome.changes ? counted(outcome.changes.length, 'file') : 'none'}`,
  );
  if (outcome.note) evidence.notes.push(outcome.note);
  evidence.baselineChanges = await olderBaselineChanges(evidence, plan.gitDir);
  return withWalkNote(evidence, begun);
}

/** When the baseline is an older ancestor of the anchor: its diff to the measured commit (main's changes too). */
async function olderBaselineChanges(evidence: CheckEvidence, gitDir: string) {
  const from = evidence.baseline?.commit;
  const measured = evidence.measured;
  if (!from || !measured?.anchor || from === measured.anchor || !evidence.changes) return null;
  return readBaselineChanges(gitDir, from, measured.commit);
}

/** Once the reports are read: the note when the checkout's walk stopped short and was used. */
function withWalkNote(evidence: CheckEvidence, begun: Start): CheckEvidence {
  const note = begun.walkNote();
  if (note) evidence.notes.push(note);
  return evidence;
}

/** The report's own file name, when the input names one file: the artifact entry to prefer. */
export function preferredEntryName(patterns: readonly string[]): string | null {
  const only = patterns.length === 1 ? patterns[0] : undefined;
  if (!only || isGlob(only)) return null;
  return basename(only);
}
