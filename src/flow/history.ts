/**
 * Histories from the base branch's artifacts. Only DESIGN's trusted sources
 * feed a history: push runs of the same workflow that succeeded, on the
 * branch, whose head repository is this one. A history that fails its
 * checks is skipped whole with a warning naming the artifact.
 */
import * as core from '@actions/core';
import { downloadArtifact } from '../github/artifacts.js';
import type { GitHubClient } from '../github/client.js';
import {
  type ListedArtifact,
  listNamedArtifacts,
  listRunArtifacts,
  listTrustedRuns,
  type TrustedRun as Run,
} from '../github/runs.js';
import { describeError } from '../report/errors.js';
import {
  HISTORY_FILE,
  type HistoryEntry,
  MAX_HISTORY_BYTES,
  parseHistory,
} from '../report/history.js';
import { DEFAULT_ZIP_LIMIT, listZipEntries, readOptionalEntry } from '../report/zip.js';

/** How many trusted runs' histories record mode unites. */
export const HISTORY_RUNS = 5;

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
  // The runs and the repository-wide listing of our artifacts do not depend on each other.
  // A listing that fails leaves each run to be asked on its own.
  const named = listNamedArtifacts(client, repo, query.artifactName).catch(() => null);
  let runs: Run[];
  try {
    runs = await listTrustedRuns(client, {
      ...repo,
      branch: query.branch,
      workflow: query.workflow,
      exceptRunId: query.currentRunId,
    });
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
  const listing = await named;
  const source: Source = {
    client,
    query,
    byRun: listing?.byRun ?? new Map<number, ListedArtifact[]>(),
    complete: listing?.complete ?? false,
  };
  // Bounded: a search for a history never downloads more than HISTORY_RUNS artifacts.
  const limit = Math.min(options.wanted, HISTORY_RUNS);
  return options.historyOnly ? readNearest(source, runs, limit) : readNewest(source, runs, limit);
}

/** Where the histories are read from: the listing of our artifacts, and the client for the rest. */
interface Source {
  client: GitHubClient;
  query: HistoryQuery;
  byRun: Map<number, ListedArtifact[]>;
  complete: boolean;
}

const sourceOf = (s: Source, run: Run) =>
  `artifact ${JSON.stringify(s.query.artifactName)} of run #${run.run_number}`;

const skipped = (s: Source, run: Run, error: unknown) => {
  core.warning(`The history in ${sourceOf(s, run)} was skipped: ${describeError(error)}`);
};

async function usableArtifact(s: Source, run: Run): Promise<ListedArtifact | undefined> {
  const { query } = s;
  const repo = { owner: query.owner, repo: query.repo };
  // A run the one listing did not reach (or a listing that failed) is asked on its own.
  const artifacts =
    s.byRun.get(run.id) ??
    (s.complete ? [] : await listRunArtifacts(s.client, repo, run.id, query.artifactName));
  return artifacts.find((a) => a.name === query.artifactName && !a.expired);
}

async function readHistory(s: Source, run: Run, artifactId: number) {
  const source = sourceOf(s, run);
  const repo = { owner: s.query.owner, repo: s.query.repo };
  const zip = await downloadArtifact(s.client, repo, artifactId, DEFAULT_ZIP_LIMIT);
  const entries = historyInZip(zip, source);
  core.info(`  ${source}: ${entries ? `${entries.length} history entries` : 'no history'}`);
  return entries;
}

/** Record mode reads every chosen run's artifact: the downloads overlap. */
async function readNewest(s: Source, runs: readonly Run[], limit: number) {
  const chosen: { run: Run; id: number }[] = [];
  for (const run of runs) {
    if (chosen.length >= limit) break;
    try {
      const usable = await usableArtifact(s, run);
      if (usable) chosen.push({ run, id: usable.id });
    } catch (error) {
      skipped(s, run, error);
    }
  }
  const read = await Promise.all(
    chosen.map(({ run, id }) =>
      readHistory(s, run, id).catch((error) => {
        skipped(s, run, error);
        return null;
      }),
    ),
  );
  return read.filter((entries): entries is HistoryEntry[] => entries !== null);
}

/** Check mode wants the nearest history: one download at a time, stopping at the first. */
async function readNearest(s: Source, runs: readonly Run[], limit: number) {
  const histories: HistoryEntry[][] = [];
  let downloads = 0;
  for (const run of runs) {
    if (histories.length >= limit || downloads >= HISTORY_RUNS) break;
    try {
      const usable = await usableArtifact(s, run);
      if (!usable) continue;
      downloads++;
      const entries = await readHistory(s, run, usable.id);
      if (entries) histories.push(entries);
    } catch (error) {
      skipped(s, run, error);
    }
  }
  return histories;
}
