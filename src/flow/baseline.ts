/**
 * Baseline discovery: the report the base branch's workflow run left as an
 * artifact, taken from the run at the anchor (the merge base of a PR head,
 * the first parent of a merge commit), or else from the newest earlier run
 * whose commit is an ancestor of it. Only trusted runs count: successful
 * `push` runs of this repository's base branch.
 *
 * The plan keeps the round trips few: the runs listing, the repository-wide
 * listing of artifacts with our name and the anchor are found at once; only
 * then is a run chosen (one parallel batch of ancestry compares if the
 * anchor's own run has no artifact), and its zip downloaded.
 */
import * as core from '@actions/core';
import type { BaselineInfo } from '../analysis/result.js';
import { ArtifactExpiredError, downloadArtifact } from '../github/artifacts.js';
import type { GitHubClient } from '../github/client.js';
import { GitHubApiError } from '../github/errors.js';
import {
  type ListedArtifact,
  listNamedArtifacts,
  listRunArtifacts,
  listTrustedRuns,
  MAX_RUNS,
  type TrustedRun,
} from '../github/runs.js';
import { loadReportBytes } from '../pipeline.js';
import { describeError, InputError } from '../report/errors.js';
import type { FormatChoice } from '../report/load.js';
import type { CoverageReport } from '../report/model.js';
import type { PathOptions } from '../report/paths.js';
import { DEFAULT_ZIP_LIMIT, pickReportEntry, readZipEntry } from '../report/zip.js';

/** How many successful base-branch runs are examined at most. */
/** How many older runs' ancestry is asked at once when the anchor's run has no artifact. */
const ANCESTRY_BATCH = 5;

const short = (sha: string) => sha.slice(0, 7);

/** The base-branch commit the baseline should come from, and its name in sentences. */
export interface Anchor {
  sha: string;
  /** "the merge base", "the merge commit's first parent". */
  label: string;
}

export interface BaselineQuery {
  owner: string;
  repo: string;
  baseRef: string;
  /** Found while the listings are under way. */
  anchor: Anchor | Promise<Anchor>;
  /** Workflow file name or numeric id. */
  workflow: string | number | Promise<string | number>;
  artifactName: string;
  /** Basename of the coverage file, to pick the right entry of the artifact. */
  entryName: string | null;
  limit?: number;
}

export interface BaselineArtifact {
  bytes: Uint8Array;
  /** Where the bytes came from, for messages: `artifact "coverage-baseline" of run #12`. */
  source: string;
  commit: string;
  how: string;
  /** The chosen run and artifact, and the whole zip: other entries (the history) live beside the report. */
  run: TrustedRun;
  artifactId: number;
  zip: Uint8Array;
  entry: string;
}

export type BaselineOutcome =
  | { found: BaselineArtifact; reason?: undefined }
  | { found: null; reason: string };

/** A run as the API lists it (the history reads the same fields). */
/** Whether `sha` is `anchor` or one of its ancestors (false when the API cannot say). */
async function isAncestor(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  sha: string,
  anchor: string,
): Promise<boolean> {
  try {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${sha}...${anchor}`,
      per_page: 1,
    });
    return data.status === 'ahead' || data.status === 'identical';
  } catch (error) {
    core.info(`  cannot compare ${short(sha)} with ${short(anchor)}: ${describeError(error)}`);
    return false;
  }
}

export async function findBaseline(
  client: GitHubClient,
  query: BaselineQuery,
): Promise<BaselineOutcome> {
  try {
    return await chooseBaseline(client, query);
  } catch (error) {
    // A fault (after the client's retries) while looking: no baseline, never a failed step.
    if (error instanceof GitHubApiError) return { found: null, reason: error.message };
    throw error;
  }
}

/** What the search for a baseline knows once the listings are in. */
interface Search {
  client: GitHubClient;
  query: BaselineQuery;
  repo: { owner: string; repo: string };
  anchor: Anchor;
  listed: { byRun: Map<number, ListedArtifact[]>; complete: boolean };
}

const log = (line: string) => core.info(line);
const label = (run: TrustedRun) =>
  `run #${run.run_number} (id ${run.id}, commit ${short(run.head_sha)})`;

async function chooseBaseline(
  client: GitHubClient,
  query: BaselineQuery,
): Promise<BaselineOutcome> {
  const repo = { owner: query.owner, repo: query.repo };
  const workflow = await query.workflow;

  // Step 1, all at once: the runs, the artifacts with our name, the anchor.
  const listing = listNamedArtifacts(client, repo, query.artifactName);
  listing.catch(() => undefined);
  const [runs, anchor] = await Promise.all([
    listTrustedRuns(client, { ...repo, branch: query.baseRef, workflow }),
    query.anchor,
  ]);
  log(
    `${runs.length} successful push run(s) of workflow ${workflow} on ${query.baseRef} (newest ${MAX_RUNS} examined); anchor: ${anchor.label} ${short(anchor.sha)}`,
  );
  if (runs.length === 0) {
    return {
      found: null,
      reason: `no successful push run of workflow ${workflow} on ${query.baseRef} was found`,
    };
  }
  const search: Search = { client, query, repo, anchor, listed: await listing };

  // Step 2: the anchor's own run; else the newest ancestors with an artifact, asked in batches.
  const atAnchor = runs.filter((r) => r.head_sha === anchor.sha);
  const exact: { run: TrustedRun; artifact: ListedArtifact }[] = [];
  for (const run of atAnchor) {
    const artifact = await usableOf(search, run);
    if (artifact) exact.push({ run, artifact });
  }
  for (const { run, artifact } of exact) {
    const how = `the run at ${anchor.label} (run #${run.run_number})`;
    const outcome = await tryDownload(search, run, artifact, how);
    if (outcome !== 'expired') return outcome;
  }
  const why =
    atAnchor.length === 0
      ? `${anchor.label} has no finished run yet`
      : `the run at ${anchor.label} has no usable artifact`;
  const older = runs.filter((r) => r.head_sha !== anchor.sha);
  return (
    (await fromAncestors(search, older, why)) ?? {
      found: null,
      reason: `none of the ${runs.length} successful push run(s) of workflow ${workflow} on ${query.baseRef} at or before ${anchor.label} ${short(anchor.sha)} has a usable ${JSON.stringify(query.artifactName)} artifact`,
    }
  );
}

/** The run's artifacts with our name: from the one listing, else asked on their own. */
async function artifactsOf(s: Search, run: TrustedRun): Promise<ListedArtifact[]> {
  return (
    s.listed.byRun.get(run.id) ??
    (s.listed.complete
      ? []
      : await listRunArtifacts(s.client, s.repo, run.id, s.query.artifactName))
  );
}

async function usableOf(s: Search, run: TrustedRun): Promise<ListedArtifact | null> {
  const named = await artifactsOf(s, run);
  const usable = named.find((a) => !a.expired) ?? null;
  if (!usable) {
    const name = JSON.stringify(s.query.artifactName);
    log(
      `  ${label(run)}: ${named.length ? `artifact ${name} has expired` : `no artifact named ${name}`}, trying an older run`,
    );
  }
  return usable;
}

/** The newest ancestor of the anchor with a usable artifact, asked in batches; null when none. */
async function fromAncestors(
  s: Search,
  older: readonly TrustedRun[],
  why: string,
): Promise<BaselineOutcome | null> {
  const { anchor, listed } = s;
  // Older runs worth asking about: a usable artifact listed, or not reached by the listing.
  const candidates = older.filter((run) => {
    const named = listed.byRun.get(run.id);
    return named ? named.some((a) => !a.expired) : !listed.complete;
  });
  for (let at = 0; at < candidates.length; at += ANCESTRY_BATCH) {
    const batch = candidates.slice(at, at + ANCESTRY_BATCH);
    const answers = await Promise.all(
      batch.map((run) => isAncestor(s.client, s.repo, run.head_sha, anchor.sha)),
    );
    for (const [i, run] of batch.entries()) {
      if (!answers[i]) {
        log(`  ${label(run)}: not an ancestor of ${anchor.label} ${short(anchor.sha)}, skipped`);
        continue;
      }
      const artifact = await usableOf(s, run);
      if (!artifact) continue;
      const how = `run #${run.run_number}, the newest run with an artifact at an ancestor of ${anchor.label} ${short(anchor.sha)} (${why}); the changes between ${short(run.head_sha)} and ${short(anchor.sha)} are counted in the delta`;
      const outcome = await tryDownload(s, run, artifact, how);
      if (outcome !== 'expired') return outcome;
    }
  }
  return null;
}

/** The run's artifact downloaded and its report entry read; 'expired' sends the search on. */
async function tryDownload(
  s: Search,
  run: TrustedRun,
  artifact: ListedArtifact,
  how: string,
): Promise<BaselineOutcome | 'expired'> {
  const { query } = s;
  const source = `artifact ${JSON.stringify(query.artifactName)} of run #${run.run_number}`;
  let zip: Uint8Array;
  try {
    zip = await downloadArtifact(s.client, s.repo, artifact.id, query.limit ?? DEFAULT_ZIP_LIMIT);
  } catch (error) {
    if (error instanceof ArtifactExpiredError) {
      log(`  ${label(run)}: artifact ${artifact.id} has expired (410), trying an older run`);
      return 'expired';
    }
    if (error instanceof InputError) return { found: null, reason: `${source}: ${error.problem}` };
    return {
      found: null,
      reason: new GitHubApiError(`${source} could not be downloaded`, 'actions', error).message,
    };
  }
  try {
    const { entry, bytes } = readZipEntry(
      zip,
      source,
      pickReportEntry(query.entryName),
      query.limit,
    );
    log(
      `  ${label(run)}: using ${source}, entry ${JSON.stringify(entry.name)} (${bytes.length} bytes)`,
    );
    return {
      found: {
        bytes,
        source: `${source} (${entry.name})`,
        commit: run.head_sha,
        how,
        run,
        artifactId: artifact.id,
        zip,
        entry: entry.name,
      },
    };
  } catch (error) {
    // A refused archive is not silently replaced by an older one: say why.
    return { found: null, reason: describeError(error) };
  }
}

/** Finds the baseline artifact and reads the report in it; a report that fails to parse is no baseline. */
export async function readBaselineArtifact(
  client: GitHubClient,
  query: BaselineQuery & { format: FormatChoice; paths: PathOptions },
): Promise<
  | {
      report: CoverageReport;
      info: BaselineInfo;
      /** The run, artifact and zip it came from (the history sits beside the report). */
      artifact: BaselineArtifact;
      reason?: undefined;
    }
  | { report: null; reason: string; artifact?: BaselineArtifact }
> {
  const outcome = await findBaseline(client, query);
  if (!outcome.found) return { report: null, reason: outcome.reason };
  try {
    const report = await loadReportBytes(
      outcome.found.bytes,
      outcome.found.source,
      query.format,
      query.paths,
    );
    return {
      report,
      info: { commit: outcome.found.commit, source: 'artifact', how: outcome.found.how },
      artifact: outcome.found,
    };
  } catch (error) {
    return { report: null, reason: describeError(error), artifact: outcome.found };
  }
}
