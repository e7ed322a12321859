/**
 * The fork-safe second stage (`mode: comment`, in a `workflow_run`
 * workflow). It holds a write token next to files a fork wrote, so it trusts
 * nothing it downloads: every `coverage-gate-comment*` artifact of the
 * triggering run is read in memory with the zip limits, validated against
 * the schema, matched to an open pull request of this repository whose head
 * is the run's commit, and its comment is rendered anew from the result.
 * One bad file and nothing is posted. Gates are not applied again here.
 * A pull request whose branch moved on since the run is a normal race: its
 * file is skipped with a notice, and the newer run's stage 2 posts.
 */
import * as core from '@actions/core';
import { type CommentFile, parseCommentFile } from '../analysis/result-schema.js';
import type { RunContext } from '../context.js';
import { downloadArtifact } from '../github/artifacts.js';
import { GitHubApiError } from '../github/errors.js';
import type { TriggeringRun } from '../github/event.js';
import { getPull, type PullHead } from '../github/pulls.js';
import { type ListedArtifact, listArtifactsOfRun } from '../github/runs.js';
import { describeError, InputError } from '../report/errors.js';
import { readZipEntry, type ZipEntry } from '../report/zip.js';
import { publishCheckRuns } from './checks.js';
import { writeComment } from './comment-write.js';

export const COMMENT_ARTIFACT_PREFIX = 'coverage-gate-comment';

function pickCommentEntry(files: readonly ZipEntry[]): ZipEntry {
  const json = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
  if (json.length !== 1 || !json[0]) {
    throw new InputError('', `must hold exactly one .json comment file, holds ${json.length}`);
  }
  return json[0];
}

/** The pull request's head is the branch the run built (same repository, same branch name). */
function builtBy(head: PullHead, run: TriggeringRun): boolean {
  const runRepo = run.head_repository?.full_name;
  return (
    typeof run.head_branch === 'string' &&
    typeof runRepo === 'string' &&
    head.ref === run.head_branch &&
    head.repo?.full_name.toLowerCase() === runRepo.toLowerCase()
  );
}

export async function commentFlow(ctx: RunContext): Promise<string[]> {
  const client = ctx.api();
  const run = ctx.event.workflowRun;
  if (!run) {
    throw new Error(
      `mode: comment runs in a workflow_run workflow; the ${ctx.event.name} event has no workflow_run`,
    );
  }
  const artifacts = (await listArtifactsOfRun(client, ctx.repo, run.id)).filter((a) =>
    a.name.startsWith(COMMENT_ARTIFACT_PREFIX),
  );
  if (artifacts.length === 0) {
    core.info(`Run ${run.id} left no ${COMMENT_ARTIFACT_PREFIX}* artifact; nothing to post.`);
    return [];
  }
  // Validate everything first: one bad file and nothing is posted.
  const accepted: Accepted[] = [];
  for (const artifact of artifacts) {
    const name = `artifact ${JSON.stringify(artifact.name)}`;
    try {
      const file = await acceptedFile(ctx, run, artifact, name);
      if (file) accepted.push({ name, file });
    } catch (error) {
      const message = describeError(error);
      throw new Error(
        message.startsWith(name)
          ? `${message}; nothing was posted`
          : `${name}: ${message}; nothing was posted`,
      );
    }
  }
  const failures = await post(ctx, accepted);
  await checkRunsOf(ctx, accepted, run.head_sha);
  return failures;
}

/**
 * The check runs stage 1 could not write (a fork's token): on the run's
 * `head_sha`, which every accepted file names. A failure is a warning.
 */
async function checkRunsOf(ctx: RunContext, accepted: readonly Accepted[], headSha: string) {
  for (const { name, file } of accepted) {
    if (file.checks !== 'gates' && ctx.inputs.checks !== 'gates') continue;
    try {
      await publishCheckRuns(ctx, file.result, headSha);
    } catch (error) {
      core.warning(
        error instanceof GitHubApiError
          ? `${name}: ${error.message}`
          : `${name}: the check runs were not written: ${describeError(error)}`,
      );
    }
  }
}

interface Accepted {
  name: string;
  file: CommentFile;
}

const short = (sha: string) => sha.slice(0, 7);

/**
 * The artifact's comment file, when it is for an open pull request of this
 * repository at the run's commit; null when that pull request moved on
 * since (a notice). Anything else throws, naming the artifact.
 */
async function acceptedFile(
  ctx: RunContext,
  run: TriggeringRun,
  artifact: ListedArtifact,
  name: string,
): Promise<CommentFile | null> {
  const { repo } = ctx;
  if (artifact.expired) throw new InputError(name, 'has expired');
  const zip = await downloadArtifact(ctx.api(), repo, artifact.id);
  const { bytes } = readZipEntry(zip, name, pickCommentEntry);
  const file = await parseCommentFile(bytes, name);
  const pr = await getPull(ctx.api(), repo, file.pullRequest);
  if (!pr) {
    throw new InputError(
      name,
      `names pull request #${file.pullRequest}, which this repository does not have`,
    );
  }
  if (pr.base.repo.full_name.toLowerCase() !== `${repo.owner}/${repo.repo}`.toLowerCase()) {
    throw new InputError(name, `names pull request #${file.pullRequest} of another repository`);
  }
  if (pr.state !== 'open')
    throw new InputError(name, `names pull request #${file.pullRequest}, which is ${pr.state}`);
  if (file.headSha !== run.head_sha || (pr.head.sha !== run.head_sha && !builtBy(pr.head, run))) {
    throw new InputError(
      name,
      `is for commit ${short(file.headSha)}, but pull request #${file.pullRequest} is at ${short(pr.head.sha)} and the run at ${short(run.head_sha)}`,
    );
  }
  if (pr.head.sha !== run.head_sha) {
    core.notice(
      `${name}: pull request #${file.pullRequest} has moved on to ${short(pr.head.sha)} since run ${run.id} built ${short(run.head_sha)}; nothing posted, the newer run will post`,
    );
    return null;
  }
  return file;
}

/** Each accepted file's comment, rendered anew; a comment GitHub refuses fails the step. */
async function post(ctx: RunContext, accepted: readonly Accepted[]): Promise<string[]> {
  const { inputs } = ctx;
  const failures: string[] = [];
  for (const { name, file } of accepted) {
    if (inputs.comment === 'off') {
      core.info(`${name}: comment: off, not posted`);
      continue;
    }
    try {
      const outcome = await writeComment(ctx, {
        issueNumber: file.pullRequest,
        commentId: file.commentId,
        style: inputs.comment,
        when: inputs.commentWhen,
        result: file.result,
        headSha: file.headSha,
      });
      if (!outcome) continue;
      core.info(`${name}: comment ${outcome.action} on #${file.pullRequest}: ${outcome.url}`);
      core.setOutput('comment-url', outcome.url);
    } catch (error) {
      failures.push(describeError(error));
    }
  }
  return failures;
}
