/**
 * The push over time, for the action: which history this run sees (record
 * mode: the newest trusted runs' histories plus this commit; check mode: the
 * baseline's history with this PR as the next point), the files record mode
 * leaves beside the report, and the `pace` / `eta` outputs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import * as core from '@actions/core';
import { type PushView, pushView } from '../analysis/pace.js';
import type { Result } from '../analysis/result.js';
import { renderBadge } from '../render/badge.js';
import { describeError, InputError } from '../report/errors.js';
import {
  clampToRunTime,
  entryFor,
  HISTORY_FILE,
  type HistoryEntry,
  importHistory,
  newestOtherTime,
  placeThisPush,
  pullRequestFromMessage,
  serializeHistory,
  thinHistory,
  uniteHistories,
} from '../report/history.js';
import { type BadgeBranchPlan, publishIfAllowed } from './badge-branch.js';
import { type BaselineArtifact, isTrustedRun } from './baseline.js';
import type { GitHubClient } from './client.js';
import {
  collectHistories,
  HISTORY_RUNS,
  type HistoryQuery,
  historyInZip,
  zipHolds,
} from './history.js';
import type { Inputs } from './inputs.js';
import { twoDecimals } from './summary.js';

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

export interface PushEvent {
  head_commit?: { timestamp?: string; message?: string } | null;
}

/** Record mode: this commit's entry (time from the push event, else the run's start). */
export async function thisCommit(
  result: Result,
  at: { sha: string; runId: number; payload: PushEvent },
  runStart: () => Promise<string>,
): Promise<HistoryEntry> {
  const head = at.payload.head_commit;
  const stamp =
    head?.timestamp && Number.isFinite(Date.parse(head.timestamp)) ? head.timestamp : null;
  const time = new Date(stamp ?? (await runStart())).toISOString();
  return entryFor(result.totals, {
    commit: at.sha,
    time,
    run: at.runId,
    pullRequest: pullRequestFromMessage(head?.message),
  });
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
): PushView | null {
  return pushView(history, inputs.push.target, pullRequestPercent, {
    precision: result.precision,
    rounding: result.rounding,
    today: runTime,
  });
}

/** `pace` and `eta`, in both modes where they can be computed; never a negative zero. */
export function setPushOutputs(view: PushView | null | undefined): void {
  const pace = view?.pace;
  core.setOutput('pace', pace?.enough ? twoDecimals(pace.perWeek) : '');
  core.setOutput('eta', view?.eta?.kind === 'date' ? view.eta.date : '');
}

/** Record mode: the history and the badge beside the report; the badge branch when asked. */
export async function writePushFiles(
  dir: string,
  history: HistoryEntry[],
  result: Result,
  inputs: Inputs,
  publish: {
    client: () => GitHubClient;
    repo: { owner: string; repo: string };
    plan: BadgeBranchPlan;
    sha: string;
  } | null,
): Promise<void> {
  const historyFile = join(dir, HISTORY_FILE);
  const historyText = serializeHistory(history);
  await writeFile(historyFile, historyText);
  const badge = await renderBadge(result.totals.percent, {
    rounding: result.rounding,
    precision: result.precision,
    minCoverage: inputs.settings.gates.minCoverage,
    target: inputs.push.target,
  });
  const badgeFile = join(dir, 'badge.svg');
  await writeFile(badgeFile, badge.svg);
  await writeFile(join(dir, 'badge.json'), badge.json);
  core.setOutput('history-file', historyFile);
  core.setOutput('badge-file', badgeFile);
  core.info(
    `History: ${history.length} entries in ${historyFile}; badge ${badge.message} (${badge.colour})`,
  );
  const branch = inputs.push.badgeBranch;
  if (branch && publish) {
    await publishIfAllowed(publish.client, publish.plan, {
      ...publish.repo,
      branch,
      sha: publish.sha,
      files: { 'badge.svg': badge.svg, 'badge.json': badge.json, [HISTORY_FILE]: historyText },
    });
  }
}

export interface PushContext {
  mode: 'record' | 'check';
  result: Result;
  inputs: Inputs;
  imported: HistoryEntry[];
  api: () => GitHubClient;
  repo: { owner: string; repo: string };
  /** Record mode: the pushed branch; check mode: the base branch. Null: no history to read. */
  branch: string | null;
  workflow: () => Promise<string | number>;
  runId: number;
  sha: string;
  payload: PushEvent;
  baseline?: BaselineArtifact | undefined;
}

export interface PreparedPush {
  /** Record mode: the history to write. */
  history: HistoryEntry[] | null;
  view: PushView | null;
}

/** The history this run sees and the view the renderers draw; never fatal past the import. */
export async function preparePush(ctx: PushContext): Promise<PreparedPush> {
  core.startGroup('Reading the coverage history');
  try {
    const query: HistoryQuery | null = ctx.branch
      ? {
          ...ctx.repo,
          branch: ctx.branch,
          workflow: await ctx.workflow(),
          artifactName: ctx.inputs.artifactName,
          currentRunId: ctx.runId,
        }
      : null;
    // The run's time: commit times past it are clamped, thinning and "already past" count from it.
    const runTime = Date.now();
    if (ctx.mode === 'record') {
      const entry = await thisCommit(
        ctx.result,
        { sha: ctx.sha, runId: ctx.runId, payload: ctx.payload },
        async () => {
          try {
            const { data } = await ctx
              .api()
              .rest.actions.getWorkflowRun({ ...ctx.repo, run_id: ctx.runId });
            return data.run_started_at ?? data.created_at;
          } catch (error) {
            core.info(`The run's start could not be read (${describeError(error)}); using now`);
            return new Date().toISOString();
          }
        },
      );
      const history = await recordHistory(
        query ? ctx.api() : null,
        query,
        entry,
        ctx.imported,
        runTime,
      );
      return { history, view: viewFor(history, ctx.inputs, ctx.result, null, runTime) };
    }
    const history = healed(
      await checkHistory(query ? ctx.api() : null, query, ctx.baseline, ctx.imported),
      runTime,
    );
    core.info(`History: ${history.length} entries of ${ctx.branch ?? 'the base branch'}`);
    return {
      history: null,
      view: viewFor(history, ctx.inputs, ctx.result, ctx.result.totals.percent, runTime),
    };
  } catch (error) {
    core.warning(`The coverage history was left out: ${describeError(error)}`);
    return { history: null, view: null };
  } finally {
    core.endGroup();
  }
}
