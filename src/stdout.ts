/**
 * Standard output for the command line. A pipe, a file or `/dev/null` is
 * written with the file system's own write: `process.stdout` loads the
 * stream and socket modules, a measurable part of a small run's start-up,
 * and its asynchronous writes turn a reader that went away (`| head`) into
 * an unhandled error.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';

/** A pipe (or the socket a Node parent gives for one), a file, or `/dev/null`: no terminal. */
function isPipeOrFile(fd: number): boolean {
  const stat = fstatSync(fd);
  if (stat.isFIFO() || stat.isSocket() || stat.isFile()) return true;
  return stat.isCharacterDevice() && stat.rdev === statSync('/dev/null').rdev;
}

/**
 * A writer for `fd` when it is a pipe, a file or `/dev/null`; null for a
 * terminal, anything else, and on Windows (those keep the stream). A pipe
 * that would block (its reader made it non-blocking) hands the rest, and
 * every later write, to `fallback`, in order; once the reader has gone the
 * output ends quietly and the run keeps its exit code.
 */
export function directWriter(
  fd: number,
  fallback: (bytes: Uint8Array) => void,
): ((text: string) => void) | null {
  if (process.platform === 'win32') return null;
  try {
    if (!isPipeOrFile(fd)) return null;
  } catch {
    return null;
  }
  let mode: 'direct' | 'fallback' | 'closed' = 'direct';
  return (text) => {
    if (mode === 'closed') return;
    const bytes = Buffer.from(text, 'utf8');
    if (mode === 'fallback') return fallback(bytes);
    let at = 0;
    while (at < bytes.length) {
      try {
        at += writeSync(fd, bytes, at);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') mode = 'closed';
        else if (code === 'EAGAIN') {
          mode = 'fallback';
          fallback(bytes.subarray(at));
        } else throw error;
        return;
      }
    }
  };
}
