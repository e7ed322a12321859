/**
 * The lines a pull request changes, in the numbering of the measured commit.
 * A PR head: the local `git diff base...head` when the checkout has the
 * history, else the API's diff, else the paginated files list's patches.
 * A merge commit (or a merge group): base → measured, two dots, in its own
 * numbering (local git, else the REST compare as a diff, else the PR's diff
 * with a note). If none of these works, a note says so.
 */

import * as core from '@actions/core';
import { type ChangedFile, parseUnifiedDiff } from '../analysis/diff.js';
import { git } from '../git.js';
import { type GitHubClient, statusOf } from '../github/client.js';
import { counted } from '../render/format.js';
import { describeError } from '../report/errors.js';

export interface ChangesQuery {
  workspace: string;
  baseSha: string;
  headSha: string;
  /**
   * `merge-base`: the changes of `head` since it branched off `base` (a PR head).
   * `direct`: `base` → `head` as they stand (a merge commit against its first
   * parent, a merge group against its base), in `head`'s line numbers.
   */
  range?: 'merge-base' | 'direct';
  repo?: { owner: string; repo: string };
  /** The pull request, for the API fallbacks; null in a merge queue. */
  pull: { owner: string; repo: string; number: number } | null;
}

export interface ChangesOutcome {
  changes: ChangedFile[] | null;
  /** Where the diff came from, for the log. */
  how: string;
  note?: string;
}

async function gitDiff(
  workspace: string,
  base: string,
  head: string,
  range: 'merge-base' | 'direct',
): Promise<string> {
  // Fails in a shallow or unrelated checkout: then the API is asked instead.
  if (range === 'merge-base') await git(workspace, ['merge-base', base, head]);
  return git(workspace, [
    '-c',
    'core.quotePath=false',
    'diff',
    '--no-color',
    '--no-ext-diff',
    // Whatever the user's diff.noprefix / diff.mnemonicPrefix say.
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '-M',
    range === 'merge-base' ? `${base}...${head}` : `${base}..${head}`,
  ]);
}

/** The REST compare of `base` with `head` as a unified diff (base is an ancestor: base → head). */
async function compareDiff(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  base: string,
  head: string,
): Promise<string> {
  const response = await client.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${base}...${head}`,
    mediaType: { format: 'diff' },
  });
  return String(response.data as unknown as string);
}

export async function readChanges(
  client: GitHubClient | null,
  query: ChangesQuery,
): Promise<ChangesOutcome> {
  const range = query.range ?? 'merge-base';
  try {
    const text = await gitDiff(query.workspace, query.baseSha, query.headSha, range);
    return { changes: parseUnifiedDiff(text, 'git diff'), how: 'local git diff' };
  } catch (error) {
    core.info(`Local git diff unavailable (${describeError(error)}); asking the API`);
  }
  if (client && range === 'direct' && query.repo) {
    try {
      const text = await compareDiff(client, query.repo, query.baseSha, query.headSha);
      return {
        changes: parseUnifiedDiff(text, 'the compare diff'),
        how: `the API compare of ${query.baseSha.slice(0, 7)}...${query.headSha.slice(0, 7)}`,
      };
    } catch (error) {
      core.info(`The API compare diff is unavailable (${describeError(error)})`);
    }
  }
  const shifted = await readPullChanges(client, query);
  if (range === 'direct' && shifted.changes && query.pull) {
    // The PR's diff is in the head's numbering, not the measured commit's.
    const note =
      "The changed lines come from the pull request's diff, in its head's line numbers; where the base branch moved since the PR branched off, patch coverage and annotations may point at other lines.";
    return { ...shifted, note: shifted.note ? `${note} ${shifted.note}` : note };
  }
  return shifted;
}

async function readPullChanges(
  client: GitHubClient | null,
  query: ChangesQuery,
): Promise<ChangesOutcome> {
  if (!client || !query.pull) {
    return {
      changes: null,
      how: 'none',
      note: 'The changed lines could not be read (the checkout has no history for the diff), so patch coverage and annotations are skipped. Check out with `fetch-depth: 0`.',
    };
  }
  const pull = { owner: query.pull.owner, repo: query.pull.repo, pull_number: query.pull.number };
  try {
    const response = await client.rest.pulls.get({ ...pull, mediaType: { format: 'diff' } });
    const text = response.data as unknown as string;
    return {
      changes: parseUnifiedDiff(String(text), 'the pull request diff'),
      how: 'the API diff',
    };
  } catch (error) {
    core.info(`The API diff is unavailable (${describeError(error)}); reading the files list`);
  }
  try {
    const files = await client.paginate(client.rest.pulls.listFiles, { ...pull, per_page: 100 });
    const parts: string[] = [];
    let withoutPatch = 0;
    for (const file of files) {
      if (file.status === 'removed') continue;
      if (!file.patch) {
        withoutPatch++;
        continue;
      }
      const previous = file.previous_filename ?? file.filename;
      parts.push(
        `diff --git a/${previous} b/${file.filename}\n--- a/${previous}\n+++ b/${file.filename}\n${file.patch}\n`,
      );
    }
    const changes = parts.length ? parseUnifiedDiff(parts.join(''), 'the pull request files') : [];
    const outcome: ChangesOutcome = { changes, how: 'the API files list' };
    if (withoutPatch > 0) {
      outcome.note = `${counted(withoutPatch, 'changed file')} had no patch in the API's files list (binary or too large); ${withoutPatch === 1 ? 'its' : 'their'} lines are not in patch coverage.`;
    }
    return outcome;
  } catch (error) {
    const status = statusOf(error);
    return {
      changes: null,
      how: 'none',
      note: `The changed lines could not be read (${status ? `API answered ${status}` : describeError(error)}), so patch coverage and annotations are skipped.`,
    };
  }
}

/**
 * The baseline's commit → the measured commit from the checkout's history,
 * for the delta's parts when the baseline is an older ancestor of the
 * anchor; null where the checkout cannot tell (then the PR's diff serves).
 */
export async function readBaselineChanges(
  workspace: string,
  baselineCommit: string,
  measuredCommit: string,
): Promise<ChangedFile[] | null> {
  try {
    const text = await gitDiff(workspace, baselineCommit, measuredCommit, 'direct');
    return parseUnifiedDiff(text, 'git diff');
  } catch (error) {
    core.info(`The diff from the baseline's commit is unavailable (${describeError(error)})`);
    return null;
  }
}
