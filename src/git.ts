/**
 * The one place git is run: `git ARGS` in a directory, its standard output
 * as text. A failure (no git, not a repository, an unknown commit, a process
 * stopped) rejects; callers decide what that means.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** A diff or a file listing of a large repository fits; a runaway output does not. */
const MAX_BUFFER = 512 * 1024 * 1024;

export function git(dir: string, args: readonly string[]): Promise<string> {
  return startGit(dir, args).output;
}

/**
 * `git ARGS` started, with a way to stop it (its output then rejects). A
 * kill, not an AbortSignal: the signal brings Node's event-target and
 * DOMException code to load, a few milliseconds of a quick run.
 */
export function startGit(
  dir: string,
  args: readonly string[],
): { output: Promise<string>; stop(): void } {
  const running = run('git', [...args], { cwd: dir, encoding: 'utf8', maxBuffer: MAX_BUFFER });
  return {
    output: running.then(({ stdout }) => stdout),
    stop: () => {
      running.child.kill();
    },
  };
}
