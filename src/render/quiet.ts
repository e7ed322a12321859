/**
 * Quiet comments (`comment-when`): whether this run writes the comment, and
 * the one line that replaces an existing comment when it does not. Each
 * comment carries a hidden digest of what it showed (the displayed total,
 * patch and every gate's outcome) next to its marker, so the next run can
 * tell whether anything changed.
 */
import type { GateResult } from '../analysis/gates.js';
import type { Result } from '../analysis/result.js';
import { displayPercent } from '../report/rounding.js';
import { code, shortSha } from './format.js';

export type GateOutcome = 'pass' | 'fail' | 'warn' | 'skip';

export interface CommentDigest {
  /** The pull request's head when these figures were first shown. */
  sha: string | null;
  total: string;
  /** The displayed patch figure; `n/a`, or null without a diff. */
  patch: string | null;
  gates: Record<string, GateOutcome>;
  /** The comment is a one-line replacement, not the full report. */
  quiet?: 'unchanged' | 'passing';
}

export type CommentWhenChoice = 'always' | 'changed' | 'failed';

const TAG = /<!-- coverage-gate-digest:(\{[^<>]*\}) -->/;
const OUTCOMES: readonly string[] = ['pass', 'fail', 'warn', 'skip'];
const SHA = /^[0-9a-f]{7,64}$/;

const outcome = (gate: GateResult): GateOutcome =>
  gate.skipped ? 'skip' : gate.passed ? 'pass' : gate.informational ? 'warn' : 'fail';

/** What the comment for `result` shows, as the digest keeps it. */
export function commentDigest(result: Result, sha: string | null): CommentDigest {
  const shown = (value: number) => displayPercent(value, result.precision, result.rounding);
  return {
    sha,
    total: shown(result.totals.percent),
    patch:
      result.patch === null
        ? null
        : result.patch.percent === null
          ? 'n/a'
          : shown(result.patch.percent),
    gates: Object.fromEntries(result.gates.map((g) => [g.name, outcome(g)])),
  };
}

export function digestTag(digest: CommentDigest): string {
  return `<!-- coverage-gate-digest:${JSON.stringify(digest)} -->`;
}

/** The digest a comment carries, when it carries a well-formed one. */
export function readDigest(body: string): CommentDigest | null {
  const json = TAG.exec(body)?.[1];
  if (!json) return null;
  try {
    const d = JSON.parse(json) as CommentDigest;
    const gatesOk =
      typeof d.gates === 'object' &&
      d.gates !== null &&
      Object.values(d.gates).every((o) => OUTCOMES.includes(o));
    if (
      typeof d.total !== 'string' ||
      (d.patch !== null && typeof d.patch !== 'string') ||
      (d.sha !== null && !(typeof d.sha === 'string' && SHA.test(d.sha))) ||
      !gatesOk
    )
      return null;
    return d;
  } catch {
    return null;
  }
}

/** Same displayed total, patch and gate outcomes. */
export function sameFigures(a: CommentDigest, b: CommentDigest): boolean {
  const names = new Set([...Object.keys(a.gates), ...Object.keys(b.gates)]);
  return (
    a.total === b.total && a.patch === b.patch && [...names].every((n) => a.gates[n] === b.gates[n])
  );
}

/**
 * The base branch's figures as a comment would show them: its total and
 * every gate passing. The base has no patch of its own, so the patch is
 * compared with the previous comment only.
 */
function baseDigest(result: Result, now: CommentDigest): CommentDigest | null {
  if (!result.base) return null;
  const total = displayPercent(result.base.percent, result.precision, result.rounding);
  return {
    sha: result.base.commit,
    total,
    patch: now.patch,
    gates: Object.fromEntries(
      result.gates.map((g) => [g.name, g.skipped ? 'skip' : 'pass'] as [string, GateOutcome]),
    ),
  };
}

export type CommentDecision =
  | { kind: 'write'; digest: CommentDigest }
  | { kind: 'replace'; body: string }
  | { kind: 'skip'; reason: string };

/** The one line that replaces a comment; the marker and a digest keep it ours and comparable. */
function oneLine(marker: string, text: string, digest: CommentDigest): string {
  return `${marker}\n${text}\n${digestTag(digest)}\n`;
}

/**
 * What this run does with the comment. `previous` is our comment's body
 * (null when there is none, or when comments are not looked up).
 */
export function decideComment(
  when: CommentWhenChoice,
  result: Result,
  options: { marker: string; sha: string | null; previous: string | null },
): CommentDecision {
  const now = commentDigest(result, options.sha);
  if (when === 'always') return { kind: 'write', digest: now };
  const before = options.previous === null ? null : readDigest(options.previous);
  if (when === 'failed') {
    if (result.failedGates.length > 0) return { kind: 'write', digest: now };
    if (options.previous === null) return { kind: 'skip', reason: 'every gate passes' };
    if (before?.quiet === 'passing') return { kind: 'skip', reason: 'every gate still passes' };
    // A failed informational gate is no reason to comment, but no "all pass" either.
    const warned = Object.keys(now.gates).filter((name) => now.gates[name] === 'warn');
    const text = warned.length
      ? `✅ No gate fails now (⚠️ informational: ${warned.map(code).join(', ')}).`
      : '✅ All gates pass now.';
    return { kind: 'replace', body: oneLine(options.marker, text, { ...now, quiet: 'passing' }) };
  }
  // changed: against the previous comment's figures, else the base's.
  if (options.previous !== null && before === null) return { kind: 'write', digest: now };
  const against = before ?? baseDigest(result, now);
  if (!against || !sameFigures(now, against)) return { kind: 'write', digest: now };
  if (options.previous === null) {
    return { kind: 'skip', reason: 'total, patch and gates are as on the base branch' };
  }
  if (against.quiet === 'unchanged')
    return { kind: 'skip', reason: 'no change since the last comment' };
  const since = shortSha(against.sha);
  const text = `No coverage change since ${since ? code(since) : 'the last comment'}.`;
  return {
    kind: 'replace',
    body: oneLine(options.marker, text, { ...against, quiet: 'unchanged' }),
  };
}
