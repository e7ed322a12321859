/**
 * One pull-request comment per `comment-id`, found by its hidden marker
 * through every page of comments and edited in place.
 *
 * Only comments we wrote are edited. `GITHUB_TOKEN` cannot read its own
 * login (`GET /user` is forbidden to it); it writes as `github-actions[bot]`.
 * A GitHub App's token writes as its own bot: we learn that login from the
 * first comment we create and sign the comment with it (a hidden author tag
 * that must name the comment's real author). Another bot's comment that
 * carries our marker is left alone, and a human who pastes it is never edited.
 *
 * The listing starts as early as the caller likes (it does not depend on the
 * body): page 1 names the last page, and the rest are fetched in parallel.
 */
import { commentMarker } from '../render/markdown.js';
import { type GitHubClient, statusOf } from './client.js';
import { GitHubApiError } from './errors.js';
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

/** The login `GITHUB_TOKEN` writes as. */
export const ACTIONS_BOT = 'github-actions[bot]';

const authorTag = (login: string) => `<!-- coverage-gate-author:${login} -->`;
const MAX_BODY = 65536;

export interface ListedComment {
  id: number;
  body?: string | null;
  html_url: string;
  user: { login: string; type: string } | null;
}

/** Whether a comment carries `marker` and was written by us (see the module comment). */
export function isOurComment(comment: ListedComment, marker: string): boolean {
  const { user } = comment;
  const body = comment.body ?? '';
  if (user?.type !== 'Bot' || !body.includes(marker)) return false;
  return user.login === ACTIONS_BOT || body.includes(authorTag(user.login));
}

/** The page number a Link header's `rel="last"` names, else 1. */
export function lastPage(link: string | undefined): number {
  const last = /<([^>]+)>;\s*rel="last"/.exec(link ?? '')?.[1];
  const page = last ? Number(new URL(last).searchParams.get('page')) : 1;
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/** Every comment of the issue: page 1, then all the others at once. */
export async function listComments(
  client: GitHubClient,
  target: CommentTarget,
): Promise<ListedComment[]> {
  const params = {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  };
  const first = await client.rest.issues.listComments({ ...params, page: 1 });
  const pages = lastPage(first.headers.link);
  const rest = await Promise.all(
    Array.from({ length: pages - 1 }, (_, i) =>
      client.rest.issues.listComments({ ...params, page: i + 2 }),
    ),
  );
  return [first, ...rest].flatMap((r) => r.data as ListedComment[]);
}

/** The body signed for an App's bot, when it fits. */
function signed(body: string, login: string): string {
  if (login === ACTIONS_BOT) return body;
  const withTag = `${body}\n${authorTag(login)}`;
  return withTag.length <= MAX_BODY ? withTag : body;
}

export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  body: string,
  options: {
    style: Exclude<CommentStyle, 'off'>;
    commentId: string;
    /** The listing, when the caller started it early. */
    existing?: Promise<ListedComment[]>;
  },
): Promise<CommentOutcome> {
  const repo = { owner: target.owner, repo: target.repo };
  try {
    if (options.style === 'update') {
      const marker = commentMarker(options.commentId);
      const comments = await (options.existing ?? listComments(client, target));
      const ours = comments.find((c) => isOurComment(c, marker));
      if (ours?.user) {
        try {
          const { data } = await client.rest.issues.updateComment({
            ...repo,
            comment_id: ours.id,
            body: signed(body, ours.user.login),
          });
          return { url: data.html_url, action: 'updated' };
        } catch (error) {
          // Not ours after all (another bot signed with its own name), or gone: write our own.
          const status = statusOf(error);
          if (status !== 403 && status !== 404) throw error;
        }
      }
    }
    const { data } = await client.rest.issues.createComment({
      ...repo,
      issue_number: target.issueNumber,
      body,
    });
    const login = data.user?.login ?? ACTIONS_BOT;
    if (login !== ACTIONS_BOT && options.style === 'update' && signed(body, login) !== body) {
      // An App's first comment: sign it, so the next run knows it for ours.
      await client.rest.issues.updateComment({
        ...repo,
        comment_id: data.id,
        body: signed(body, login),
      });
    }
    return { url: data.html_url, action: 'created' };
  } catch (error) {
    throw new GitHubApiError('Could not write the pull request comment', 'comments', error);
  }
}
