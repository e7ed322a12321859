/**
 * The coverage trend (the campaign DESIGN calls "the push"), for the action: which history this run sees (record
 * mode: the newest trusted runs' histories plus this commit; check mode: the
 * baseline's history with this PR as the next point), the files record mode
 * leaves beside the report, and the `pace` / `eta` outputs.
 */

import { isAbsolute, join } from 'node:path';
import * as core from '@actions/core';
import {
  type BadgeEventFacts,
  type BadgeRepoFacts,
  badgeDecision,
  badgeEventDecision,
} from '../analysis/badge-publish.js';
import { pushView } from '../analysis/component-pace.js';
import type { TrendView } from '../analysis/pace.js';
import type { Result } from '../analysis/result.js';
import type { RunContext } from '../context.js';
import { getDefaultBranch, isProtectedBranch, publishBadgeBranch } from '../github/badge-branch.js';
import type { GitHubClient } from '../github/client.js';
import type { RunEvent } from '../github/event.js';
import type { Inputs } from '../github/inputs.js';
import { twoDecimals } from '../github/outputs.js';
import { currentWorkflow, isTrustedRun } from '../github/runs.js';
import { componentBadges, renderBadge } from '../render/badge.js';
import { describeError, InputError } from '../report/errors.js';
import { readFile, writeFile } from '../report/fs-async.js';
import {
  clampToRunTime,
  entryFor,
  HISTORY_FILE,
  type HistoryEntry,
  newestOtherTime,
  placeThisPush,
  pullRequestFromMessage,
  serializeHistory,
  thinHistory,
  uniteHistories,
} from '../report/history.js';
import { componentPoints } from '../report/history-components.js';
import { importHistory } from '../report/history-import.js';
import type { BaselineArtifact } from './baseline.js';
import {
  collectHistories,
  HISTORY_RUNS,
  type HistoryQuery,
  historyInZip,
  zipHolds,
} from './history.js';

/** Reads `history-import`: a bad file fails the step with one line naming it. */
export async function readHistoryImport(
  file: string | null,
  workspace: string,
): Promise<HistoryEntry[]> {
  if (!file) return [];
  let bytes: Buffer;
  try {
    bytes = await readFile(isAbsolute(file) ? file : join(workspace, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'file not found' : `cannot be read (${code})`);
  }
  return importHistory(bytes, file);
}

/** Record mode: this commit's entry (time from the push event, else the run's start). */
export async function thisCommit(
  result: Result,
  at: { sha: string; runId: number; headCommit: RunEvent['headCommit'] },
  runStart: () => Promise<string>,
): Promise<HistoryEntry> {
  const head = at.headCommit;
  const stamp =
    head?.timestamp && Number.isFinite(Date.parse(head.timestamp)) ? head.timestamp : null;
  const time = new Date(stamp ?? (await runStart())).toISOString();
  return entryFor(
    result.totals,
    {
      commit: at.sha,
      time,
      run: at.runId,
      pullRequest: pullRequestFromMessage(head?.message),
    },
    componentPoints(result.components),
  );
}

/**
 * Record mode: the newest trusted runs' histories, this commit appended as
 * the newest point (DESIGN, "Rules for real sequences of pushes"), thinned
 * from the run's time.
 */
export async function recordHistory(
  client: GitHubClient | null,
  query: HistoryQuery | null,
  commit: HistoryEntry,
  imported: HistoryEntry[],
  runTime: number,
): Promise<HistoryEntry[]> {
  const read =
    client && query ? await collectHistories(client, query, { wanted: HISTORY_RUNS }) : [];
  core.info(
    `History: ${read.length} artifact histor${read.length === 1 ? 'y' : 'ies'}${imported.length ? ` and ${imported.length} imported points` : ''}; this commit appended`,
  );
  const found = read.map((h) => healed(h, runTime));
  const imports = healed(imported, runTime);
  const placed = placeThisPush(
    commit.time,
    runTime,
    newestOtherTime([...found.flat(), ...imports], commit.commit),
  );
  if (placed.moved === 'future')
    core.warning(
      `The commit time ${commit.time} is later than this run's time; ${placed.time} is used`,
    );
  else if (placed.moved === 'older')
    core.info(
      `The commit time ${commit.time} is older than the history's newest entry; this push is its newest point, at the run's time ${placed.time}`,
    );
  const entry = { ...commit, time: placed.time };
  return thinHistory(uniteHistories([[entry], ...found], imports), runTime);
}

/** Entries dated after the run's time at the run's time, said in the log. */
function healed(entries: HistoryEntry[], runTime: number): HistoryEntry[] {
  const { entries: out, moved } = clampToRunTime(entries, runTime);
  if (moved > 0)
    core.info(
      `History: ${moved} entr${moved === 1 ? 'y' : 'ies'} dated after this run's time moved to it`,
    );
  return out;
}

/** Check mode: the baseline artifact's history, else the nearest older trusted run's. */
export async function checkHistory(
  client: GitHubClient | null,
  query: HistoryQuery | null,
  baseline: BaselineArtifact | undefined,
  imported: HistoryEntry[],
): Promise<HistoryEntry[]> {
  // Without a baseline artifact (none, a fault, a local file) there is no base history to show.
  if (!baseline) return uniteHistories([], imported);
  let found: HistoryEntry[] | null = null;
  if (query && isTrustedRun(baseline.run, query, query.branch)) {
    // A trusted artifact without a history predates it: older ones have none either.
    if (!zipHolds(baseline.zip, HISTORY_FILE)) return uniteHistories([], imported);
    found = historyInZip(baseline.zip, baseline.source.replace(/ \([^)]*\)$/, ''));
  }
  if (!found && client && query) {
    const older = await collectHistories(client, query, {
      wanted: 1,
      historyOnly: true,
      olderThan: baseline.run,
    });
    found = older[0] ?? null;
  }
  return uniteHistories([found ?? []], imported);
}

export function viewFor(
  history: HistoryEntry[],
  inputs: Inputs,
  result: Result,
  pullRequestPercent: number | null,
  runTime: number,
): TrendView | null {
  return pushView(history, inputs.trend.target, pullRequestPercent, result.components, {
    precision: result.precision,
    rounding: result.rounding,
    today: runTime,
  });
}

/** `pace` and `eta`, in both modes where they can be computed; never a negative zero. */
export function setTrendOutputs(view: TrendView | null | undefined): void {
  const pace = view?.pace;
  core.setOutput('pace', pace?.enough ? twoDecimals(pace.perWeek) : '');
  core.setOutput('eta', view?.eta?.kind === 'date' ? view.eta.date : '');
}

/** The files record mode leaves beside the report: the history and the badge, as written. */
export interface TrendFiles {
  history: string;
  svg: string;
  json: string;
  /** The components' badges, file name → text. */
  components: Record<string, string>;
}

/** Record mode: the history and the badge beside the report, and their outputs. */
export async function writeTrendFiles(
  dir: string,
  history: HistoryEntry[],
  result: Result,
  inputs: Inputs,
): Promise<TrendFiles> {
  const historyFile = join(dir, HISTORY_FILE);
  const historyText = serializeHistory(history);
  await writeFile(historyFile, historyText);
  const badge = await renderBadge(result.totals.percent, {
    rounding: result.rounding,
    precision: result.precision,
    minCoverage: inputs.settings.gates.minCoverage,
    target: inputs.trend.target,
  });
  const badgeFile = join(dir, 'badge.svg');
  await writeFile(badgeFile, badge.svg);
  await writeFile(join(dir, 'badge.json'), badge.json);
  const components = await componentBadges(
    (result.components ?? []).map((row) => {
      const gate = result.gates.find((g) => g.name === `component:${row.name}:min-coverage`);
      return gate?.threshold == null ? row : { ...row, minCoverage: gate.threshold };
    }),
    { rounding: result.rounding, precision: result.precision },
  );
  for (const [name, text] of Object.entries(components)) await writeFile(join(dir, name), text);
  core.setOutput('history-file', historyFile);
  core.setOutput('badge-file', badgeFile);
  core.info(
    `History: ${history.length} entries in ${historyFile}; badge ${badge.message} (${badge.colour})`,
  );
  return { history: historyText, svg: badge.svg, json: badge.json, components };
}

/** What the event says and what the repository is asked, to decide whether to publish the badge. */
export interface BadgePlan {
  event: BadgeEventFacts;
  /** Never rejects: what could not be read is null, with the problem. */
  facts: Promise<BadgeRepoFacts>;
}

/**
 * Record mode with `badge-branch`: the default branch (from the payload, else
 * `GET /repos/{owner}/{repo}`) and the badge branch's protection, asked at
 * once at the start of the run, unless the event already rules publishing out.
 */
export function planBadge(ctx: RunContext): BadgePlan | null {
  const badgeBranch = ctx.inputs.trend.badgeBranch;
  if (!badgeBranch) return null;
  const { event: run } = ctx;
  const event: BadgeEventFacts = {
    eventName: run.name,
    ref: run.ref,
    deleted: run.deleted,
    badgeBranch,
  };
  if (badgeEventDecision(event))
    return { event, facts: Promise.resolve({ defaultBranch: null, badgeBranchProtected: null }) };
  // Through a promise, so that a client that cannot be made (no token) is a reason, not a throw.
  const ask = Promise.resolve();
  const known = run.defaultBranch;
  const defaultBranch = known
    ? Promise.resolve(known)
    : ask.then(() => getDefaultBranch(ctx.api(), ctx.repo));
  const guarded = ask.then(() => isProtectedBranch(ctx.api(), ctx.repo, badgeBranch));
  const facts = Promise.allSettled([defaultBranch, guarded]).then(([d, g]) => {
    const problems = [d, g]
      .filter((x) => x.status === 'rejected')
      .map((x) => describeError((x as PromiseRejectedResult).reason));
    return {
      defaultBranch: d.status === 'fulfilled' ? d.value : null,
      badgeBranchProtected: g.status === 'fulfilled' ? g.value : null,
      ...(problems.length ? { problem: problems.join('; ') } : {}),
    };
  });
  return { event, facts };
}

/** The badge and the history as one commit on `badge-branch`, when the plan allows it; else why not. */
export async function publishBadge(
  ctx: RunContext,
  plan: BadgePlan,
  files: TrendFiles,
): Promise<void> {
  const branch = plan.event.badgeBranch;
  const decision = badgeDecision(plan.event, await plan.facts);
  if (!decision.publish) {
    const line = `The badge was not published on ${JSON.stringify(branch)}: ${decision.reason}`;
    if (decision.warn) core.warning(line);
    else core.info(line);
    return;
  }
  await publishBadgeBranch(ctx.api(), {
    ...ctx.repo,
    branch,
    sha: ctx.event.sha,
    files: {
      'badge.svg': files.svg,
      'badge.json': files.json,
      [HISTORY_FILE]: files.history,
      ...files.components,
    },
  });
}

export interface TrendQuery {
  mode: 'record' | 'check';
  result: Result;
  imported: HistoryEntry[];
  /** Record mode: the pushed branch; check mode: the base branch. Null: no history to read. */
  branch: string | null;
  /** Check mode: the baseline's artifact, whose history comes first. */
  baseline?: BaselineArtifact | undefined;
}

export interface PreparedTrend {
  /** Record mode: the history to write. */
  history: HistoryEntry[] | null;
  view: TrendView | null;
}

/** The history this run sees and the view the renderers draw; never fatal past the import. */
export async function prepareTrend(ctx: RunContext, query: TrendQuery): Promise<PreparedTrend> {
  core.startGroup('Reading the coverage history');
  try {
    const { inputs, event } = ctx;
    const history: HistoryQuery | null = query.branch
      ? {
          ...ctx.repo,
          branch: query.branch,
          workflow: inputs.baseWorkflow ?? (await currentWorkflow(ctx.api(), ctx.repo, event)),
          artifactName: inputs.artifactName,
          currentRunId: event.runId,
        }
      : null;
    const client = history ? ctx.api() : null;
    // The run's time: commit times past it are clamped, thinning and "already past" count from it.
    const runTime = Date.now();
    if (query.mode === 'record') {
      const entry = await thisCommit(query.result, event, () => runStart(ctx));
      const entries = await recordHistory(client, history, entry, query.imported, runTime);
      return { history: entries, view: viewFor(entries, inputs, query.result, null, runTime) };
    }
    const entries = healed(
      await checkHistory(client, history, query.baseline, query.imported),
      runTime,
    );
    core.info(`History: ${entries.length} entries of ${query.branch ?? 'the base branch'}`);
    return {
      history: null,
      view: viewFor(entries, inputs, query.result, query.result.totals.percent, runTime),
    };
  } catch (error) {
    core.warning(`The coverage history was left out: ${describeError(error)}`);
    return { history: null, view: null };
  } finally {
    core.endGroup();
  }
}

/** When this run started, for a push event without a head commit time. */
async function runStart(ctx: RunContext): Promise<string> {
  try {
    const { data } = await ctx
      .api()
      .rest.actions.getWorkflowRun({ ...ctx.repo, run_id: ctx.event.runId });
    return data.run_started_at ?? data.created_at;
  } catch (error) {
    core.info(`The run's start could not be read (${describeError(error)}); using now`);
    return new Date().toISOString();
  }
}
