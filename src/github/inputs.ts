/**
 * The action's inputs, read once, validated and typed. The settings shared
 * with the command line go through `readSettings`; the rest are the inputs
 * only the action has (token, artifact, mode, comment, annotations).
 */
import * as core from '@actions/core';
import { InputError } from '../report/errors.js';
import { booleanSetting, numberSetting, readSettings, type Settings } from '../settings.js';

export const MODES = ['auto', 'check', 'record', 'comment'] as const;
export type Mode = (typeof MODES)[number];
export type ResolvedMode = Exclude<Mode, 'auto'>;

export const COMMENT_STYLES = ['update', 'new', 'off'] as const;
export type CommentStyle = (typeof COMMENT_STYLES)[number];

export const CHECKS_CHOICES = ['off', 'gates'] as const;
export type ChecksChoice = (typeof CHECKS_CHOICES)[number];

export const COMMENT_WHEN = ['always', 'changed', 'failed'] as const;
export type CommentWhen = (typeof COMMENT_WHEN)[number];

export interface Inputs {
  settings: Settings;
  token: string;
  artifactName: string;
  /** Workflow file name or id; null means the current workflow. */
  baseWorkflow: string | null;
  mode: Mode;
  comment: CommentStyle;
  commentId: string;
  annotations: boolean;
  /** One check run per gate on the pull request's head commit (`gates`), or none. */
  checks: ChecksChoice;
  /** When the comment is written: every run, on a change, or when a gate fails. */
  commentWhen: CommentWhen;
  /** The coverage trend: target (not a gate), a history to import, the branch the badge is published on. */
  trend: { target: number | null; historyImport: string | null; badgeBranch: string | null };
}

/** Reads one input the way the runner passes it (`INPUT_<NAME>`), trimmed. */
export type InputReader = (name: string) => string;

function choice<T extends string>(name: string, raw: string, choices: readonly T[]): T {
  const value = raw.trim().toLowerCase();
  if (!(choices as readonly string[]).includes(value)) {
    throw new InputError(
      '',
      `${name} must be one of ${choices.join(', ')}, got ${JSON.stringify(raw)}`,
    );
  }
  return value as T;
}

/** Comment ids end up in a hidden HTML comment and in artifact names: keep them plain. */
export const COMMENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ._:+=/-]{0,99}$/;

export function getInputs(read: InputReader = (name) => core.getInput(name)): Inputs {
  const settings = readSettings((name) => read(name));
  const or = (name: string, fallback: string) => read(name).trim() || fallback;

  const commentId = or('comment-id', 'default');
  if (!COMMENT_ID_PATTERN.test(commentId) || commentId.includes('--')) {
    throw new InputError(
      '',
      `comment-id must be 1 to 100 letters, digits, spaces or ._:+=/- (no "--"), got ${JSON.stringify(commentId)}`,
    );
  }
  const artifactName = or('artifact-name', 'coverage-baseline');
  if (/[\r\n"<>|*?:\\/]/.test(artifactName)) {
    throw new InputError(
      '',
      `artifact-name must be a valid artifact name (no " : < > | * ? \\ / or line breaks), got ${JSON.stringify(artifactName)}`,
    );
  }
  return {
    settings,
    token: read('github-token').trim(),
    artifactName,
    baseWorkflow: read('base-workflow').trim() || null,
    mode: choice('mode', or('mode', 'auto'), MODES),
    comment: choice('comment', or('comment', 'update'), COMMENT_STYLES),
    commentId,
    annotations: booleanSetting('annotations', or('annotations', 'true')),
    checks: choice('checks', or('checks', 'off'), CHECKS_CHOICES),
    commentWhen: choice('comment-when', or('comment-when', 'always'), COMMENT_WHEN),
    trend: {
      target: read('target-coverage').trim()
        ? numberSetting('target-coverage', read('target-coverage'), { min: 0, max: 100 })
        : null,
      historyImport: read('history-import').trim() || null,
      badgeBranch: badgeBranch(read('badge-branch').trim()),
    },
  };
}

/** `auto` from the event: check on pull requests and merge queues, comment on workflow_run, else record. */
export function resolveMode(mode: Mode, eventName: string): ResolvedMode {
  if (mode !== 'auto') return mode;
  if (['pull_request', 'pull_request_target', 'merge_group'].includes(eventName)) return 'check';
  if (eventName === 'workflow_run') return 'comment';
  return 'record';
}

/** A plain branch name (git's check-ref-format, roughly); empty means off. */
function badgeBranch(raw: string): string | null {
  if (raw === '') return null;
  const name = raw.replace(/^refs\/heads\//, '');
  if (!/^[A-Za-z0-9._/-]{1,200}$/.test(name) || /(^|\/)\.|\.\.|\/\/|\/$|\.lock$|^-/.test(name)) {
    throw new InputError('', `badge-branch must be a branch name, got ${JSON.stringify(raw)}`);
  }
  return name;
}
