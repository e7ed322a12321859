/**
 * `checks: gates`: a check run per gate on the pull request's head commit
 * (a merge group's head on a merge queue). A fork's token cannot write
 * them; the fork-safe second stage does, from the comment file, on the
 * run's `head_sha`.
 */
import * as core from '@actions/core';
import type { Result } from '../analysis/result.js';
import type { RunContext } from '../context.js';
import { upsertCheckRuns } from '../github/checks.js';
import { planCheckRuns } from '../render/checks.js';
import type { Step } from './publish.js';

/** Writes the result's check runs on `headSha`; an API failure throws one GitHubApiError. */
export async function publishCheckRuns(
  ctx: RunContext,
  result: Result,
  headSha: string,
): Promise<void> {
  core.startGroup('Writing the check runs');
  try {
    const outcomes = await upsertCheckRuns(ctx.api(), ctx.repo, headSha, planCheckRuns(result));
    for (const o of outcomes) core.info(`Check run ${o.action}: ${o.name} ${o.url}`);
  } finally {
    core.endGroup();
  }
}

/** Check mode's step, when `checks: gates` and there is a commit this token may mark. */
export function checkRunSteps(ctx: RunContext, result: Result): Step[] {
  const target = ctx.event.target;
  if (ctx.inputs.checks !== 'gates' || !target) return [];
  if (target.pull?.fromFork) {
    core.info(
      'checks: gates on a pull request from a fork: its token cannot write check runs; the second stage (mode: comment) creates them from the comment file.',
    );
    return [];
  }
  const headSha = target.pull?.headSha ?? target.headSha;
  return [{ name: 'check runs', run: () => publishCheckRuns(ctx, result, headSha) }];
}
