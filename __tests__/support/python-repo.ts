// A real git repository of Python code, measured by the real coverage.py
// (Debian's python3-coverage, as scripts/make-fixtures.sh uses).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from './temp.js';

export const PYTHON = '/usr/bin/python3';

export interface PythonRepo {
  dir: string;
  git: (...args: string[]) => string;
  /** Writes files (repository-relative path → text). */
  write: (files: Record<string, string>) => void;
  /** Commits everything; returns the sha. */
  commit: (message: string) => string;
  /** Runs `coverage run ARGS` then `coverage json -o OUT` in `cwd` (repository-relative); returns the report text. */
  measure: (cwd: string, runArgs: string[], out: string) => string;
}

export function pythonRepo(prefix = 'cg-py-repo-'): PythonRepo {
  const dir = tempDir(prefix);
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.invalid');
  git('config', 'user.name', 'Test');
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  };
  const commit = (message: string) => {
    git('add', '-A', '.');
    git('commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  const measure = (cwd: string, runArgs: string[], out: string) => {
    const where = join(dir, cwd);
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: where };
    execFileSync(PYTHON, ['-m', 'coverage', 'run', ...runArgs], { cwd: where, env });
    execFileSync(PYTHON, ['-m', 'coverage', 'json', '-q', '-o', out], { cwd: where, env });
    return readFileSync(join(where, out), 'utf8');
  };
  return { dir, git, write, commit, measure };
}

/** Report keys, as coverage.py wrote them. */
export const reportKeys = (report: string) =>
  Object.keys((JSON.parse(report) as { files: Record<string, unknown> }).files);
