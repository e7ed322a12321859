/**
 * Runs the command line in-process through `main()` with a fake terminal,
 * or the bundled `dist/cli.js` as a child process, and collects what it wrote.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli.js';
import { CLI_BUNDLE } from './run-action.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(REPO_ROOT, 'fixtures', 'reports');

/** A run on the coverage.py 7 branch fixture, head against base, as JSON. */
export const BRANCH_JSON_ARGS: readonly string[] = [
  '--coverage',
  join(FIXTURES, 'py7-branch', 'head', 'coverage.json'),
  '--base',
  join(FIXTURES, 'py7-branch', 'base', 'coverage.json'),
  '--format',
  'json',
];

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  stdin?: string;
  isTTY?: boolean;
  env?: Record<string, string | undefined>;
}

export async function runMain(argv: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () => options.stdin ?? '',
    cwd: options.cwd ?? REPO_ROOT,
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

/** The bundled command line, as a user runs it. */
export function runDist(argv: readonly string[], options: RunOptions = {}): CliRun {
  const child = spawnSync(process.execPath, [CLI_BUNDLE, ...argv], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.stdin ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...(options.env ?? {}) },
    timeout: 20000,
  });
  if (child.error) throw child.error;
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}
