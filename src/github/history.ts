/**
 * Histories from the base branch's artifacts. Only DESIGN's trusted sources
 * feed a history: push runs of the same workflow that succeeded, on the
 * branch, whose head repository is this one. A history that fails its
 * checks is skipped whole with a warning naming the artifact.
 */
import * as core from '@actions/core';
import { describeError } from '../report/errors.js';
import {
  HISTORY_FILE,
  type HistoryEntry,
  MAX_HISTORY_BYTES,
  parseHistory,
} from '../report/history.js';
import {
  DEFAULT_ZIP_LIMIT,
  downloadArtifact,
  listZipEntries,
  readOptionalEntry,
} from './artifact.js';
import { isTrustedRun, type Run } from './baseline.js';
import type { GitHubClient } from './client.js';

/** How many trusted runs' histories record mode unites. */
export const HISTORY_RUNS = 5;
const MAX_LISTED = 50;

export interface HistoryQuery {
  owner: string;
  repo: string;
  branch: string;
  workflow: string | number;
  artifactName: string;
  /** This run, never its own source. */
  currentRunId: number;
}

/** Whether the archive has an entry of that name (an unreadable archive has none). */
export function zipHolds(zip: Uint8Array, name: string): boolean {
  try {
    return listZipEntries(zip, 'artifact').some((e) => e.name === name);
  } catch {
    return false;
  }
}

/** The history beside the report in an artifact's zip: entries, none (null), or skipped with a warning. */
export function historyInZip(zip: Uint8Array, source: string): HistoryEntry[] | null {
  try {
    const bytes = readOptionalEntry(zip, source, HISTORY_FILE, MAX_HISTORY_BYTES);
    return bytes === null ? null : parseHistory(bytes, `${source} (${HISTORY_FILE})`);
  } catch (error) {
    core.warning(`The history in ${source} was skipped: ${describeError(error)}`);
    return null;
  }
}

export async function listTrustedRuns(client: GitHubClient, query: HistoryQuery): Promise<Run[]> {
  const { data } = await client.rest.actions.listWorkflowRuns({
    owner: query.owner,
    repo: query.repo,
    workflow_id: query.workflow,
    branch: query.branch,
    event: 'push',
    status: 'success',
    per_page: MAX_LISTED,
  });
  return (data.workflow_runs as Run[]).filter(
    (r) => r.id !== query.currentRunId && isTrustedRun(r, query, query.branch),
  );
}

/**
 * Walks trusted runs newest first and reads the history in each one's
 * artifact. `wanted` counts runs that still have the artifact (record mode:
 * the newest 5) or, with `historyOnly`, runs whose artifact holds a history
 * (check mode: the nearest one).
 */
export async function collectHistories(
  client: GitHubClient,
  query: HistoryQuery,
  options: { wanted: number; historyOnly?: boolean; olderThan?: Run },
): Promise<HistoryEntry[][]> {
  const repo = { owner: query.owner, repo: query.repo };
  let runs: Run[];
  try {
    runs = await listTrustedRuns(client, query);
  } catch (error) {
    core.warning(`The history could not be collected: ${describeError(error)}`);
    return [];
  }
  const older = options.olderThan;
  if (older) {
    const at = Date.parse(older.created_at);
    runs = runs.filter(
      (r) =>
        r.id !== older.id &&
        (Date.parse(r.created_at) < at || (r.created_at === older.created_at && r.id < older.id)),
    );
  }
  const histories: HistoryEntry[][] = [];
  let counted = 0;
  let downloads = 0;
  for (const run of runs) {
    // Bounded: a search for a history never downloads more than HISTORY_RUNS artifacts.
    if (counted >= options.wanted || downloads >= HISTORY_RUNS) break;
    const source = `artifact ${JSON.stringify(query.artifactName)} of run #${run.run_number}`;
    try {
      const artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
        ...repo,
        run_id: run.id,
        name: query.artifactName,
        per_page: 100,
      });
      const usable = artifacts.find((a) => a.name === query.artifactName && !a.expired);
      if (!usable) continue;
      downloads++;
      const zip = await downloadArtifact(client, repo, usable.id, DEFAULT_ZIP_LIMIT);
      const entries = historyInZip(zip, source);
      if (entries) histories.push(entries);
      if (entries || !options.historyOnly) counted++;
      core.info(`  ${source}: ${entries ? `${entries.length} history entries` : 'no history'}`);
    } catch (error) {
      core.warning(`The history in ${source} was skipped: ${describeError(error)}`);
    }
  }
  return histories;
}
