/**
 * The one place git is run: `git ARGS` in a directory, its standard output
 * as text. A failure (no git, not a repository, an unknown commit, an abort
 * through `signal`) rejects; callers decide what that means.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** A diff or a file listing of a large repository fits; a runaway output does not. */
const MAX_BUFFER = 512 * 1024 * 1024;

export async function git(
  dir: string,
  args: readonly string[],
  signal?: AbortSignal,
): Promise<string> {
  const { stdout } = await run('git', [...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: MAX_BUFFER,
    ...(signal ? { signal } : {}),
  });
  return stdout;
}
