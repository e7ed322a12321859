/**
 * Path normalisation: report keys are relative to where coverage ran, or
 * absolute, with the OS's separators. Base, head and diff only line up once
 * every path is a forward-slash, repository-relative one.
 */
import { InputError } from './errors.js';
import type { CoverageReport, FileCoverage } from './model.js';

export interface PathOptions {
  /** The repository root (GITHUB_WORKSPACE or the current directory). */
  workspace: string;
  /** A prefix to strip from every path; when set, no other stripping is done. */
  pathPrefix?: string;
}

const DRIVE = /^[A-Za-z]:\//;

export function toSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

export function isAbsolutePath(path: string): boolean {
  const p = toSlashes(path);
  return p.startsWith('/') || DRIVE.test(p);
}

/** Drops `.` segments, resolves `..` where possible, removes duplicate and leading slashes. */
export function cleanPath(path: string): string {
  const out: string[] = [];
  for (const part of toSlashes(path).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
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

/** Maps each report key to a repository-relative path; fails on collisions. */
export function normaliseReport(report: CoverageReport, options: PathOptions): CoverageReport {
  const keys = [...report.files.keys()];
  const mapped = normalisePaths(keys, options);
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
  return { ...report, files };
}

export function normalisePaths(keys: readonly string[], options: PathOptions): string[] {
  if (options.pathPrefix) {
    const prefix = withTrailingSlash(options.pathPrefix);
    return keys.map((key) => {
      const p = toSlashes(key);
      return relativeRest(sameStart(p, prefix) ? p.slice(prefix.length) : p);
    });
  }
  const workspace = withTrailingSlash(options.workspace);
  const outside: string[] = [];
  const relative = keys.map((key) => {
    const p = toSlashes(key);
    if (!isAbsolutePath(p)) return cleanPath(p);
    if (sameStart(p, workspace)) return cleanPath(p.slice(workspace.length));
    outside.push(p);
    return null;
  });
  const root = commonDirectory(outside);
  return relative.map((r, i) => r ?? relativeRest(toSlashes(keys[i] as string).slice(root.length)));
}

/** What is left of an absolute path once its root is cut: never a drive or a leading slash. */
function relativeRest(path: string): string {
  return cleanPath(path.replace(DRIVE, ''));
}
