/**
 * Writing one pull request's comment, for check mode and the fork-safe
 * second stage alike: `comment-when` decides whether the full comment is
 * written, our existing comment is replaced by one line, or nothing is.
 */
import * as core from '@actions/core';
import type { Result } from '../analysis/result.js';
import { pullLinks, type RunContext } from '../context.js';
import {
  type CommentOutcome,
  isOurComment,
  type ListedComment,
  listComments,
  upsertComment,
} from '../github/comments.js';
import { apiCall } from '../github/errors.js';
import type { CommentStyle, CommentWhen } from '../github/inputs.js';
import { COMMENT_LIMIT, commentMarker, renderMarkdown } from '../render/markdown.js';
import { decideComment, digestTag } from '../render/quiet.js';

export interface CommentRequest {
  issueNumber: number;
  commentId: string;
  style: Exclude<CommentStyle, 'off'>;
  when: CommentWhen;
  result: Result;
  /** The pull request's head, which the comment's digest names. */
  headSha: string;
  /** The listing, when the caller started it early. */
  existing?: Promise<ListedComment[]>;
}

/** Writes, replaces or leaves the comment; null when nothing was written. */
export async function writeComment(
  ctx: RunContext,
  request: CommentRequest,
): Promise<CommentOutcome | null> {
  const target = { ...ctx.repo, issueNumber: request.issueNumber };
  const marker = commentMarker(request.commentId);
  let existing = request.existing;
  let previous: string | null = null;
  // Only `update` edits a comment, so only it compares with the previous one.
  if (request.when !== 'always' && request.style === 'update') {
    const listing = await apiCall(
      'Could not read the pull request comments',
      'comments',
      () => existing ?? listComments(ctx.api(), target),
    );
    existing = Promise.resolve(listing);
    previous = listing.find((c) => isOurComment(c, marker))?.body ?? null;
  }
  const decision = decideComment(request.when, request.result, {
    marker,
    sha: request.headSha,
    previous,
  });
  if (decision.kind === 'skip') {
    core.info(`comment-when: ${request.when}: no comment written (${decision.reason})`);
    return null;
  }
  const options = {
    style: decision.kind === 'replace' ? ('update' as const) : request.style,
    commentId: request.commentId,
    ...(existing ? { existing } : {}),
  };
  if (decision.kind === 'replace') {
    core.info(`comment-when: ${request.when}: the comment is replaced by one line`);
    return upsertComment(ctx.api(), target, decision.body, options);
  }
  // The digest goes right after the marker, at the top, where it survives any cut.
  const tag = digestTag(decision.digest);
  const body = renderMarkdown(request.result, {
    commentId: request.commentId,
    maxLength: COMMENT_LIMIT - tag.length - 1,
    links: pullLinks(ctx, request.issueNumber, request.headSha),
  }).replace(marker, () => `${marker}\n${tag}`);
  return upsertComment(ctx.api(), target, body, options);
}
