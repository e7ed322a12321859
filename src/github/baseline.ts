/**
 * Baseline discovery: the report the base branch's workflow run left as an
 * artifact, taken from the run at the merge base of the pull request, or
 * else from the newest earlier run whose commit is an ancestor of it.
 */
import * as core from '@actions/core';
import type { BaselineInfo } from '../analysis/result.js';
import { loadReportBytes } from '../pipeline.js';
import { describeError, InputError } from '../report/errors.js';
import type { FormatChoice } from '../report/load.js';
import type { CoverageReport } from '../report/model.js';
import type { PathOptions } from '../report/paths.js';
import {
  ArtifactExpiredError,
  DEFAULT_ZIP_LIMIT,
  downloadArtifact,
  pickReportEntry,
  readZipEntry,
} from './artifact.js';
import { type GitHubClient, statusOf } from './client.js';

/** How many successful base-branch runs are examined at most. */
export const MAX_RUNS = 50;

export interface BaselineQuery {
  owner: string;
  repo: string;
  baseRef: string;
  baseSha: string;
  headSha: string;
  /** Workflow file name or numeric id. */
  workflow: string | number;
  artifactName: string;
  /** Basename of the coverage file, to pick the right entry of the artifact. */
  entryName: string | null;
  limit?: number;
}

export interface BaselineArtifact {
  bytes: Uint8Array;
  /** The whole archive and its run, for the history beside the report. */
  zip: Uint8Array;
  run: Run;
  /** Where the bytes came from, for messages: `artifact "coverage-baseline" of run #12`. */
  source: string;
  commit: string;
  how: string;
}

export type BaselineOutcome =
  | { found: BaselineArtifact; reason?: undefined }
  | { found: null; reason: string };

export interface Run {
  id: number;
  event?: string;
  head_repository?: { full_name?: string } | null;
  run_number: number;
  head_sha: string;
  head_branch: string | null;
  status: string | null;
  conclusion: string | null;
  workflow_id: number;
  created_at: string;
}

const short = (sha: string) => sha.slice(0, 7);

const permissionHint = (error: unknown) =>
  statusOf(error) === 403 ? ' (the job needs `actions: read`)' : '';

/** The current workflow: its file name from `GITHUB_WORKFLOW_REF`, else the run's `workflow_id`. */
export async function currentWorkflow(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | number> {
  const ref = env.GITHUB_WORKFLOW_REF ?? '';
  // owner/repo/.github/workflows/ci.yml@refs/heads/main
  const match = /\/\.github\/workflows\/([^@/]+)@/.exec(ref);
  if (match?.[1]) return match[1];
  const runId = Number(env.GITHUB_RUN_ID);
  if (!Number.isInteger(runId) || runId <= 0) {
    throw new Error(
      'cannot tell the current workflow (no GITHUB_WORKFLOW_REF or GITHUB_RUN_ID); set base-workflow',
    );
  }
  const { data } = await client.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
  return data.workflow_id;
}

export async function findBaseline(
  client: GitHubClient,
  query: BaselineQuery,
): Promise<BaselineOutcome> {
  const repo = { owner: query.owner, repo: query.repo };
  const log = (line: string) => core.info(line);

  let mergeBase = query.baseSha;
  try {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${query.baseSha}...${query.headSha}`,
      per_page: 1,
    });
    mergeBase = data.merge_base_commit.sha;
    log(
      `Merge base of ${query.baseRef} (${short(query.baseSha)}) and the head (${short(query.headSha)}): ${short(mergeBase)}`,
    );
  } catch (error) {
    core.warning(
      `Could not compare ${short(query.baseSha)}...${short(query.headSha)} (${describeError(error)}); using the base commit ${short(query.baseSha)} as the merge base`,
    );
  }

  let runs: Run[];
  try {
    const { data } = await client.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: query.workflow,
      branch: query.baseRef,
      status: 'success',
      per_page: MAX_RUNS,
    });
    runs = (data.workflow_runs as Run[]).filter(
      (r) =>
        r.conclusion === 'success' && (r.head_branch === null || r.head_branch === query.baseRef),
    );
  } catch (error) {
    const status = statusOf(error);
    const hint =
      status === 404
        ? ` (no workflow ${JSON.stringify(String(query.workflow))} in ${query.owner}/${query.repo}; check base-workflow)`
        : permissionHint(error);
    return {
      found: null,
      reason: `the runs of workflow ${query.workflow} could not be listed: ${describeError(error)}${hint}`,
    };
  }
  log(
    `${runs.length} successful run(s) of workflow ${query.workflow} on ${query.baseRef} (newest ${MAX_RUNS} examined)`,
  );
  if (runs.length === 0) {
    return {
      found: null,
      reason: `no successful run of workflow ${query.workflow} on ${query.baseRef} was found`,
    };
  }

  // The merge base's own runs first, then every other run newest first.
  const atMergeBase = runs.filter((r) => r.head_sha === mergeBase);
  const others = runs.filter((r) => r.head_sha !== mergeBase);
  const ancestry = new Map<string, boolean>();
  const isAncestor = async (sha: string): Promise<boolean> => {
    const known = ancestry.get(sha);
    if (known !== undefined) return known;
    let answer = false;
    try {
      const { data } = await client.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${sha}...${mergeBase}`,
        per_page: 1,
      });
      answer = data.status === 'ahead' || data.status === 'identical';
    } catch (error) {
      log(`  cannot compare ${short(sha)} with the merge base: ${describeError(error)}`);
    }
    ancestry.set(sha, answer);
    return answer;
  };

  let skippedMergeBase = false;
  for (const run of [...atMergeBase, ...others]) {
    const label = `run #${run.run_number} (id ${run.id}, commit ${short(run.head_sha)})`;
    const exact = run.head_sha === mergeBase;
    if (!exact && !(await isAncestor(run.head_sha))) {
      log(`  ${label}: not an ancestor of the merge base, skipped`);
      continue;
    }
    let artifacts: { id: number; name: string; expired: boolean }[];
    try {
      artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
        ...repo,
        run_id: run.id,
        name: query.artifactName,
        per_page: 100,
      });
    } catch (error) {
      // A fault (after the retries) is no baseline, never a failed step.
      return {
        found: null,
        reason: `the artifacts of ${label} could not be listed: ${describeError(error)}${permissionHint(error)}`,
      };
    }
    const named = artifacts.filter((a) => a.name === query.artifactName);
    const usable = named.find((a) => !a.expired);
    if (!usable) {
      log(
        `  ${label}: ${named.length ? `artifact ${JSON.stringify(query.artifactName)} has expired` : `no artifact named ${JSON.stringify(query.artifactName)}`}, trying an older run`,
      );
      if (exact) skippedMergeBase = true;
      continue;
    }
    const source = `artifact ${JSON.stringify(query.artifactName)} of run #${run.run_number}`;
    let zip: Uint8Array;
    try {
      zip = await downloadArtifact(client, repo, usable.id, query.limit ?? DEFAULT_ZIP_LIMIT);
    } catch (error) {
      if (error instanceof ArtifactExpiredError) {
        log(`  ${label}: artifact ${usable.id} has expired (410), trying an older run`);
        if (exact) skippedMergeBase = true;
        continue;
      }
      if (error instanceof InputError)
        return { found: null, reason: `${source}: ${error.problem}` };
      return {
        found: null,
        reason: `${source} could not be downloaded: ${describeError(error)}${permissionHint(error)}`,
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
        `  ${label}: using ${source}, entry ${JSON.stringify(entry.name)} (${bytes.length} bytes)`,
      );
      const how = exact
        ? `the run at the merge base (run #${run.run_number})`
        : `run #${run.run_number}, the newest run at an ancestor of the merge base ${short(mergeBase)}${skippedMergeBase ? " (the merge base's run had no usable artifact)" : ''}`;
      return {
        found: { bytes, zip, run, source: `${source} (${entry.name})`, commit: run.head_sha, how },
      };
    } catch (error) {
      // A refused archive is not silently replaced by an older one: say why.
      return { found: null, reason: describeError(error) };
    }
  }
  return {
    found: null,
    reason: `none of the ${runs.length} successful run(s) of workflow ${query.workflow} on ${query.baseRef} at or before the merge base ${short(mergeBase)} has a usable ${JSON.stringify(query.artifactName)} artifact`,
  };
}

/** Finds the baseline artifact and reads the report in it; a report that fails to parse is no baseline. */
export async function readBaselineArtifact(
  client: GitHubClient,
  query: BaselineQuery & { format: FormatChoice; paths: PathOptions },
): Promise<
  | { report: CoverageReport; info: BaselineInfo; artifact: BaselineArtifact; reason?: undefined }
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
