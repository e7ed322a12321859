/**
 * The check's GitHub work as a small plan of independent steps, all started
 * at once (before the report is even parsed), so the run waits for the
 * longest chain of round trips, not for their sum:
 *
 *   measured ─┬─► anchor ──┐
 *             │            ├─► baseline (runs ‖ artifacts ‖ anchor → zip)
 *             └─► changes  │
 *   comments (page 1, then the other pages at once)
 *
 * Every step is a promise the action awaits when it needs the answer.
 */
import { dirname, isAbsolute, join } from 'node:path';
import * as core from '@actions/core';
import type { MeasuredInfo } from '../analysis/result.js';
import type { GitHubClient } from '../github/client.js';
import { type ListedComment, listComments } from '../github/comments.js';
import type { CheckTarget } from '../github/event.js';
import { isGlob } from '../report/glob.js';
import type { FormatChoice } from '../report/load.js';
import type { PathOptions } from '../report/paths.js';
import { type Anchor, readBaselineArtifact } from './baseline.js';
import { type ChangesOutcome, readChanges } from './changes.js';
import {
  anchorLabel,
  type CheckEvent,
  localCommit,
  type Measured,
  mergeBase,
  resolveMeasured,
} from './measured.js';

export interface CheckPlanInput {
  api: () => GitHubClient;
  repo: { owner: string; repo: string };
  eventName: string;
  eventSha: string;
  workspace: string;
  coverageFiles: readonly string[];
  target: CheckTarget;
  /** null when `base-coverage-file` names the baseline. */
  baseline: {
    workflow: () => Promise<string | number>;
    artifactName: string;
    entryName: string | null;
    format: FormatChoice;
    paths: PathOptions;
  } | null;
  /** List the comments (comment style `update`, not a fork). */
  listComments: boolean;
}

export interface CheckPlan {
  measured: Promise<Measured>;
  /** null when the baseline is a local file and nothing else needs the merge base. */
  anchor: Promise<Anchor | null>;
  baseline: ReturnType<typeof readBaselineArtifact> | null;
  changes: Promise<ChangesOutcome>;
  comments: Promise<ListedComment[]> | null;
  /** The git repository asked (see gitDirectory). */
  gitDir: string;
}

/** The git repository to ask: the one holding the report when it is named plainly, else the workspace. */
export function gitDirectory(workspace: string, patterns: readonly string[]): string {
  const only = patterns.length === 1 ? patterns[0] : undefined;
  if (!only || isGlob(only)) return workspace;
  return dirname(isAbsolute(only) ? only : join(workspace, only));
}

/** A promise whose failure is reported where it is awaited, never as an unhandled rejection. */
function started<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

export function startCheck(input: CheckPlanInput): CheckPlan {
  const { target, repo } = input;
  const gitDir = gitDirectory(input.workspace, input.coverageFiles);
  const event: CheckEvent = {
    eventName: input.eventName,
    eventSha: input.eventSha,
    baseSha: target.baseSha,
    headSha: target.headSha,
    mergeGroup: target.mergeGroup,
  };
  const client = () => (target.pull || input.baseline ? input.api() : null);

  const measured = started(
    (async () => resolveMeasured(event, await localCommit(gitDir), client(), repo))(),
  );

  const anchor = started(
    measured.then(async (m): Promise<Anchor | null> => {
      const label = anchorLabel(m.checkout);
      if (m.checkout === 'merge' && m.firstParent) return { sha: m.firstParent, label };
      if (m.checkout === 'merge-group') return { sha: target.baseSha, label };
      // The merge base only chooses an artifact: no request for it with a local baseline.
      if (!input.baseline) return null;
      const sha = await mergeBase(client(), repo, gitDir, target.baseSha, target.headSha);
      return { sha, label };
    }),
  );

  const baseline = input.baseline
    ? started(
        readBaselineArtifact(input.api(), {
          ...repo,
          baseRef: target.baseRef,
          anchor: anchor.then((a) => a ?? { sha: target.baseSha, label: 'the base commit' }),
          workflow: input.baseline.workflow(),
          artifactName: input.baseline.artifactName,
          entryName: input.baseline.entryName,
          format: input.baseline.format,
          paths: input.baseline.paths,
        }),
      )
    : null;

  const pull = target.pull ? { ...repo, number: target.pull.number } : null;
  const changes = started(
    measured.then((m) => {
      if (m.checkout === 'other') return notThePullRequest(m.commit);
      const direct = m.checkout === 'merge' || m.checkout === 'merge-group';
      return readChanges(pull || direct ? client() : null, {
        workspace: gitDir,
        baseSha: m.checkout === 'merge' && m.firstParent ? m.firstParent : target.baseSha,
        headSha: direct ? m.commit : target.headSha,
        range: direct ? 'direct' : 'merge-base',
        repo,
        pull,
      });
    }),
  );

  const comments =
    input.listComments && pull
      ? started(listComments(input.api(), { ...repo, issueNumber: pull.number }))
      : null;

  return { measured, anchor, baseline, changes, comments, gitDir };
}

/**
 * The measured commit is not the PR's code (pull_request_target's base
 * checkout, `ref: main`): the PR's diff read against it would name other
 * code's lines, so there is no patch figure and nothing to annotate.
 */
function notThePullRequest(commit: string): ChangesOutcome {
  return {
    changes: null,
    how: "none (the pull request's code was not measured)",
    note: `The measured commit \`${commit.slice(0, 7)}\` is neither the pull request's head nor its merge commit, so the pull request's changed lines are not in it: patch coverage and annotations are skipped.`,
  };
}

/** Every step of the plan ended, whichever way. */
export async function settled(plan: CheckPlan): Promise<void> {
  await Promise.allSettled([
    plan.measured,
    plan.anchor,
    plan.baseline,
    plan.changes,
    plan.comments,
  ]);
}

/** The log's and the result's account of what was measured. */
export async function describeMeasured(plan: CheckPlan): Promise<MeasuredInfo> {
  const m = await plan.measured;
  const anchor = await plan.anchor;
  const info: MeasuredInfo = {
    commit: m.commit,
    checkout: m.checkout,
    anchor: anchor?.sha ?? null,
    ...(m.parentsFrom === 'event' ? { parentsAssumed: true } : {}),
  };
  const kind = {
    head: "the pull request's head",
    merge: "the pull request's merge commit",
    other: 'neither the head nor the merge commit of the pull request',
    'merge-group': "the merge queue's head",
  }[m.checkout];
  core.info(
    `Measured commit ${m.commit.slice(0, 7)} (${kind}${m.parentsFrom ? `, parents from ${m.parentsFrom === 'git' ? 'local git' : m.parentsFrom === 'api' ? 'the API' : 'the event (assumed)'}` : ''}); ${anchor ? `anchor ${anchor.sha.slice(0, 7)} (${anchor.label})` : 'no anchor (the baseline is a file)'}`,
  );
  if (m.checkout === 'other') {
    core.warning(
      `The measured commit ${m.commit.slice(0, 7)} is neither the pull request's head nor its merge commit, so the pull request's code was not measured (pull_request_target and \`ref: main\` check out the base branch); the merge base is used as the anchor.`,
    );
  }
  return info;
}
