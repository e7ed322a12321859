/**
 * One pull-request comment per `comment-id`, found by its hidden marker
 * through every page of comments and edited in place.
 *
 * Only comments written by a bot are edited. `GITHUB_TOKEN` cannot read its
 * own login (`GET /user` is forbidden to it), so "ours" means: carries our
 * marker and its author's type is `Bot` (normally `github-actions[bot]`, or a
 * GitHub App's bot). A human who pastes the marker is never edited.
 */
import { commentMarker } from '../render/markdown.js';
import { describeError } from '../report/errors.js';
import { type GitHubClient, statusOf } from './client.js';
import type { CommentStyle } from './inputs.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface CommentOutcome {
  url: string;
  action: 'created' | 'updated';
}

/** A comment could not be written; the message says what the user can do. */
export class CommentError extends Error {}

export function permissionHint(status: number | undefined): string {
  if (status === 403) {
    return 'the job needs `pull-requests: write` to comment; on pull requests from forks the token is read-only, so use the two-stage setup (see README, "Fork pull requests")';
  }
  if (status === 404) return 'the pull request was not found, or the token cannot see it';
  if (status === 422) return 'GitHub refused the comment body';
  return '';
}

export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  body: string,
  options: { style: Exclude<CommentStyle, 'off'>; commentId: string },
): Promise<CommentOutcome> {
  const repo = { owner: target.owner, repo: target.repo };
  try {
    if (options.style === 'update') {
      const marker = commentMarker(options.commentId);
      const comments = await client.paginate(client.rest.issues.listComments, {
        ...repo,
        issue_number: target.issueNumber,
        per_page: 100,
      });
      const ours = comments.find((c) => c.user?.type === 'Bot' && (c.body ?? '').includes(marker));
      if (ours) {
        const { data } = await client.rest.issues.updateComment({
          ...repo,
          comment_id: ours.id,
          body,
        });
        return { url: data.html_url, action: 'updated' };
      }
    }
    const { data } = await client.rest.issues.createComment({
      ...repo,
      issue_number: target.issueNumber,
      body,
    });
    return { url: data.html_url, action: 'created' };
  } catch (error) {
    const hint = permissionHint(statusOf(error));
    throw new CommentError(
      `Could not write the pull request comment: ${describeError(error)}${hint ? `; ${hint}` : ''}`,
    );
  }
}
