/**
 * The footer's sentence on what was measured and where the baseline is
 * anchored, so a reader can tell a merge-commit run from a head run.
 */
import type { MeasuredInfo } from '../analysis/result.js';
import { code, shortSha } from './format.js';

const at = (sha: string | null) => code(shortSha(sha) ?? '?');

export function measuredNote(m: MeasuredInfo): string {
  const commit = at(m.commit);
  switch (m.checkout) {
    case 'merge':
      return `Measured ${commit}, the pull request's merge commit: changed lines and baseline against its first parent ${at(m.anchor)}${m.parentsAssumed ? " (its parents could not be read; the event's base commit was assumed)" : ''}.`;
    case 'merge-group':
      return `Measured ${commit}, the merge queue's head; anchored at its base ${at(m.anchor)}.`;
    case 'other':
      return `Measured ${commit}, which is neither the pull request's head nor its merge commit${m.anchor ? `; anchored at the merge base ${at(m.anchor)}` : ''}.`;
    default:
      return `Measured ${commit}, the pull request's head${m.anchor ? `; anchored at the merge base ${at(m.anchor)}` : ''}.`;
  }
}
