/**
 * Path normalisation: report keys are relative to where coverage ran, or
 * absolute, with the OS's separators. Base, head and diff only line up once
 * every path is a forward-slash, repository-relative one. Where the report's
 * root sits in the repository is learnt once per report, from the files the
 * checkout holds, and never file by file.
 */
import { InputError } from './errors.js';
import type { CoverageReport, FileCoverage } from './model.js';
import { counted, describeRoot, unconfirmedRootNote } from './path-notes.js';
import { commonDepth, confirmedAsIs, learnRoot, sampleStep } from './path-roots.js';

export { learnRoot };

export interface PathOptions {
  /** The repository root (GITHUB_WORKSPACE, or the CLI's git top level or current directory). */
  workspace: string;
  /** `old`, `old => new` or `=> new`: a rule that replaces learning (see parsePathPrefix). */
  pathPrefix?: string;
  /** Repository-relative paths of the files in the checkout: the evidence for the report's root. */
  checkoutFiles?: ReadonlySet<string>;
  /** Repository-relative directory that holds the report ('' at the root): breaks ties. */
  reportDir?: string;
  /**
   * The checkout holds every file pathsConfirmingKeys named: the keys are
   * repository paths as they stand, which is what learning from those files
   * would conclude (see learnPaths), so the learning is skipped.
   */
  keysConfirmed?: boolean;
}

/** An explicit `path-prefix`: strip `strip` where a path starts with it, then put `add` in front. */
export interface PrefixRule {
  strip: string;
  add: string;
}

/** The learnt root of one group of keys: drop `strip` leading segments, then put `add` in front. */
export interface LearntRoot {
  strip: number;
  add: string[];
  /** How many keys of the group the checkout confirms. */
  confirmed: number;
}

const DRIVE = /^[A-Za-z]:\//;
const DRIVE_OR_UNC = /^([A-Za-z]:[\\/]|\\\\)/;

export function toSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

export function isAbsolutePath(path: string): boolean {
  const p = toSlashes(path);
  return p.startsWith('/') || DRIVE.test(p);
}

/**
 * A report comes from Windows when a key starts with a drive letter or `\\`
 * (coverage.py writes absolute keys that way there), or when its keys use `\`
 * and never `/` and no such key names a file of the checkout. Only then is `\`
 * a separator; on POSIX it is a legal character of a file name.
 */
export function isWindowsReport(
  keys: readonly string[],
  checkoutFiles: ReadonlySet<string> = new Set(),
): boolean {
  if (keys.some((k) => DRIVE_OR_UNC.test(k))) return true;
  const withBackslash = keys.filter((k) => k.includes('\\'));
  if (withBackslash.length === 0 || keys.some((k) => k.includes('/'))) return false;
  return !withBackslash.some((k) => checkoutFiles.has(k));
}

/** Drops `.` segments, resolves `..` where possible, removes duplicate and leading slashes. */
export function cleanPath(path: string, windows = true): string {
  return joinedSegments(windows ? toSlashes(path) : path);
}

/** An empty, `.` or `..` segment, or a leading or trailing slash: what segments() would change. */
const UNCLEAN = /(?:^|\/)\.{0,2}(?:\/|$)/;

/** segments(slashed).join('/'), without splitting a path that is clean already (almost every key). */
function joinedSegments(slashed: string): string {
  return UNCLEAN.test(slashed) ? segments(slashed).join('/') : slashed;
}

function segments(slashed: string): string[] {
  const out: string[] = [];
  for (const part of slashed.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out;
}

function withTrailingSlash(dir: string): string {
  const d = toSlashes(dir).replace(/\/+$/, '');
  return `${d}/`;
}

function sameStart(path: string, prefix: string): boolean {
  // Drive letters compare case-insensitively, as Windows does.
  if (DRIVE.test(prefix) && DRIVE.test(path)) {
    return (
      path.slice(0, 2).toLowerCase() === prefix.slice(0, 2).toLowerCase() &&
      path.startsWith(prefix.slice(2), 2)
    );
  }
  return path.startsWith(prefix);
}

/** The longest directory all the given absolute paths share, with a trailing slash. */
export function commonDirectory(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  let common = (paths[0] as string).split('/').slice(0, -1);
  for (const path of paths) {
    const parts = path.split('/');
    let i = 0;
    while (i < common.length && i < parts.length - 1 && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.length ? `${common.join('/')}/` : '';
}

/**
 * `path-prefix`: `old` strips `old`; `old => new` replaces a leading `old`
 * with `new`; `=> new` puts `new` in front of every path.
 */
export function parsePathPrefix(value: string): PrefixRule {
  const arrow = value.indexOf('=>');
  if (arrow === -1) return { strip: value.trim(), add: '' };
  return { strip: value.slice(0, arrow).trim(), add: cleanPath(value.slice(arrow + 2).trim()) };
}

/** Maps each report key to a repository-relative path; fails on collisions. */
export function normaliseReport(report: CoverageReport, options: PathOptions): CoverageReport {
  const keys = [...report.files.keys()];
  const {
    paths: mapped,
    roots,
    unconfirmed,
  }: LearntPaths = report.repositoryPaths
    ? {
        paths: keys.map((key) => cleanPath(key, false)),
        roots: ['keys are repository paths already (recorded by this tool)'],
      }
    : learnPaths(keys, options);
  const files = new Map<string, FileCoverage>();
  const firstKey = new Map<string, string>();
  keys.forEach((key, i) => {
    const path = mapped[i] as string;
    const earlier = firstKey.get(path);
    if (earlier !== undefined) {
      throw new InputError(
        report.source,
        `${JSON.stringify(earlier)} and ${JSON.stringify(key)} both normalise to ${JSON.stringify(path)}; a report must name each file once`,
      );
    }
    if (path === '')
      throw new InputError(report.source, `${JSON.stringify(key)} is not a file path`);
    firstKey.set(path, key);
    const file = report.files.get(key) as FileCoverage;
    files.set(path, { ...file, path, reportPath: file.reportPath });
  });
  return {
    ...report,
    files,
    pathRoots: roots.map((root) => `${report.source}: ${root}`),
    ...(unconfirmed
      ? { notes: [...(report.notes ?? []), unconfirmedRootNote(report.source, unconfirmed)] }
      : {}),
  };
}

/**
 * When the learning can only conclude that the keys are repository paths as
 * they stand, the files that would confirm it: the learning's own sample of
 * the relative keys (none when every key is absolute under the workspace).
 * That holds when no key has a `\\` or lies outside the workspace and the
 * report sits at the root. If these files all exist, they are as good
 * evidence as the checkout's whole list (same root, same count), and the
 * list is not needed. null when the list is.
 */
export function pathsConfirmingKeys(
  keys: readonly string[],
  options: PathOptions,
): string[] | null {
  if (options.pathPrefix || (options.reportDir !== undefined && options.reportDir !== '')) {
    return null;
  }
  const workspace = withTrailingSlash(options.workspace);
  const relative: string[] = [];
  for (const key of keys) {
    if (key.includes('\\') || DRIVE.test(key)) return null;
    if (!key.startsWith('/')) relative.push(key);
    else if (!sameStart(key, workspace)) return null;
  }
  const step = sampleStep(relative.length);
  const sample: string[] = [];
  for (let k = 0; k < relative.length; k += step) {
    const path = joinedSegments(relative[k] as string);
    if (path === '' || path === '..' || path.startsWith('../')) return null;
    sample.push(path);
  }
  return sample;
}

/** A key's segments, its leading drive or `/` dropped. */
function keyParts(slashed: string): string[] {
  return segments(slashed.replace(DRIVE, ''));
}

export function normalisePaths(keys: readonly string[], options: PathOptions): string[] {
  return learnPaths(keys, options).paths;
}

interface LearntPaths {
  paths: string[];
  /** One log line per group of keys: which root was used. */
  roots: string[];
  /** How one key from another machine reads when nothing in the checkout placed those keys. */
  unconfirmed?: string;
}

/** The repository paths of `keys`, and one line per group of keys saying which root was used. */
function learnPaths(keys: readonly string[], options: PathOptions): LearntPaths {
  const checkout = options.checkoutFiles ?? new Set<string>();
  const windows = isWindowsReport(keys, checkout);
  const slashed = keys.map((k) => (windows ? toSlashes(k) : k));
  if (options.pathPrefix) {
    return {
      paths: applyRule(slashed, parsePathPrefix(options.pathPrefix), windows),
      roots: [`path-prefix ${JSON.stringify(options.pathPrefix)} applied (no root learnt)`],
    };
  }

  const workspace = withTrailingSlash(options.workspace);
  const out: (string | null)[] = slashed.map((p) =>
    isAbsoluteKey(p, windows) && sameStart(p, workspace)
      ? joinedSegments(p.slice(workspace.length))
      : null,
  );
  // Relative keys are relative to where coverage ran; absolute keys outside
  // the workspace come from another machine. Each group has one root.
  const relative: number[] = [];
  const foreign: number[] = [];
  slashed.forEach((p, i) => {
    if (out[i] !== null) return;
    (isAbsoluteKey(p, windows) ? foreign : relative).push(i);
  });
  const roots: string[] = [];
  let unconfirmed: string | undefined;
  const inWorkspace = out.filter((p) => p !== null).length;
  if (inWorkspace) roots.push(`${counted(inWorkspace, 'absolute key')} under the workspace`);
  const reportDir = options.reportDir === undefined ? null : segments(options.reportDir);
  for (const [group, mayAdd] of [
    [relative, true],
    [foreign, false],
  ] as const) {
    if (group.length === 0) continue;
    if (mayAdd && options.keysConfirmed) {
      for (const index of group) out[index] = joinedSegments(slashed[index] as string);
      roots.push(describeRoot(group.length, [], confirmedAsIs(group.length), true, true));
      continue;
    }
    const split = group.map((i) => keyParts(slashed[i] as string));
    // No evidence: relative keys stay as they are; foreign ones lose their common directory.
    const fallback = { strip: mayAdd ? 0 : commonDepth(split), add: [], confirmed: 0 };
    const learnt = learnRoot(split, checkout, { mayAdd, reportDir });
    const root = learnt ?? fallback;
    const asIs = root.strip === 0 && root.add.length === 0;
    group.forEach((index, j) => {
      const parts = split[j] as string[];
      out[index] = asIs ? parts.join('/') : [...root.add, ...parts.slice(root.strip)].join('/');
    });
    roots.push(describeRoot(split.length, split[0] ?? [], root, mayAdd, learnt !== null));
    // Keys from another machine lose their root on no evidence at all: say so where users read.
    if (!mayAdd && learnt === null) unconfirmed = out[group[0] as number] as string;
  }
  return { paths: out as string[], roots, ...(unconfirmed === undefined ? {} : { unconfirmed }) };
}

function isAbsoluteKey(slashed: string, windows: boolean): boolean {
  return slashed.startsWith('/') || (windows && DRIVE.test(slashed));
}

function applyRule(slashed: readonly string[], rule: PrefixRule, windows: boolean): string[] {
  const prefix = rule.strip ? withTrailingSlash(windows ? toSlashes(rule.strip) : rule.strip) : '';
  const add = rule.add ? segments(rule.add) : [];
  return slashed.map((p) => {
    const rest = prefix && sameStart(p, prefix) ? p.slice(prefix.length) : p;
    return [...add, ...segments(rest.replace(DRIVE, ''))].join('/');
  });
}
