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
import { context } from '@actions/github';
import { renderMarkdown } from '../render/markdown.js';
import { describeError, InputError } from '../report/errors.js';
import { downloadArtifact, readZipEntry, type ZipEntry } from './artifact.js';
import { type GitHubClient, statusOf } from './client.js';
import { upsertComment } from './comment.js';
import { type CommentFile, parseCommentFile } from './comment-file-schema.js';
import type { Inputs } from './inputs.js';

export const COMMENT_ARTIFACT_PREFIX = 'coverage-gate-comment';

function pickCommentEntry(files: readonly ZipEntry[]): ZipEntry {
  const json = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
  if (json.length !== 1 || !json[0]) {
    throw new InputError('', `must hold exactly one .json comment file, holds ${json.length}`);
  }
  return json[0];
}

interface TriggeringRun {
  id?: unknown;
  head_sha?: unknown;
  head_branch?: unknown;
  head_repository?: { full_name?: unknown } | null;
}

interface PullHead {
  sha: string;
  ref: string;
  repo: { full_name: string } | null;
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

export async function runCommentStage(inputs: Inputs, client: GitHubClient): Promise<string[]> {
  const run = (context.payload as { workflow_run?: TriggeringRun }).workflow_run;
  if (!run || typeof run.id !== 'number' || typeof run.head_sha !== 'string') {
    throw new Error(
      `mode: comment runs in a workflow_run workflow; the ${context.eventName} event has no workflow_run`,
    );
  }
  const repo = context.repo;
  const artifacts = (
    await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
      ...repo,
      run_id: run.id,
      per_page: 100,
    })
  ).filter((a) => a.name.startsWith(COMMENT_ARTIFACT_PREFIX));
  if (artifacts.length === 0) {
    core.info(`Run ${run.id} left no ${COMMENT_ARTIFACT_PREFIX}* artifact; nothing to post.`);
    return [];
  }

  // Validate everything first: one bad file and nothing is posted.
  const accepted: { name: string; file: CommentFile }[] = [];
  for (const artifact of artifacts) {
    const name = `artifact ${JSON.stringify(artifact.name)}`;
    try {
      if (artifact.expired) throw new InputError(name, 'has expired');
      const zip = await downloadArtifact(client, repo, artifact.id);
      const { bytes } = readZipEntry(zip, name, pickCommentEntry);
      const file = await parseCommentFile(bytes, name);
      let pr: { state: string; head: PullHead; base: { repo: { full_name: string } } };
      try {
        pr = (await client.rest.pulls.get({ ...repo, pull_number: file.pullRequest })).data;
      } catch (error) {
        if (statusOf(error) === 404) {
          throw new InputError(
            name,
            `names pull request #${file.pullRequest}, which this repository does not have`,
          );
        }
        throw error;
      }
      if (pr.base.repo.full_name.toLowerCase() !== `${repo.owner}/${repo.repo}`.toLowerCase()) {
        throw new InputError(name, `names pull request #${file.pullRequest} of another repository`);
      }
      if (pr.state !== 'open')
        throw new InputError(name, `names pull request #${file.pullRequest}, which is ${pr.state}`);
      const short = (sha: string) => sha.slice(0, 7);
      if (
        file.headSha !== run.head_sha ||
        (pr.head.sha !== run.head_sha && !builtBy(pr.head, run))
      ) {
        throw new InputError(
          name,
          `is for commit ${short(file.headSha)}, but pull request #${file.pullRequest} is at ${short(pr.head.sha)} and the run at ${short(run.head_sha)}`,
        );
      }
      if (pr.head.sha !== run.head_sha) {
        core.notice(
          `${name}: pull request #${file.pullRequest} has moved on to ${short(pr.head.sha)} since run ${run.id} built ${short(run.head_sha)}; nothing posted, the newer run will post`,
        );
        continue;
      }
      accepted.push({ name, file });
    } catch (error) {
      const message = describeError(error);
      throw new Error(
        message.startsWith(name)
          ? `${message}; nothing was posted`
          : `${name}: ${message}; nothing was posted`,
      );
    }
  }

  const failures: string[] = [];
  for (const { name, file } of accepted) {
    if (inputs.comment === 'off') {
      core.info(`${name}: comment: off, not posted`);
      continue;
    }
    const body = renderMarkdown(file.result, { commentId: file.commentId });
    try {
      const outcome = await upsertComment(
        client,
        { ...repo, issueNumber: file.pullRequest },
        body,
        { style: inputs.comment, commentId: file.commentId },
      );
      core.info(`${name}: comment ${outcome.action} on #${file.pullRequest}: ${outcome.url}`);
      core.setOutput('comment-url', outcome.url);
    } catch (error) {
      failures.push(describeError(error));
    }
  }
  return failures;
}
