/**
 * The asynchronous file calls the tool makes, promisified from `node:fs`:
 * `node:fs/promises` loads the readline, file-watching and directory modules
 * along with it (for its FileHandle), a measurable part of a small run's
 * start-up, and the tool uses none of them.
 */
import {
  close as closeCallback,
  copyFile as copyFileCallback,
  mkdir as mkdirCallback,
  open as openCallback,
  read as readCallback,
  readdir as readdirCallback,
  readFile as readFileCallback,
  readFileSync,
  stat as statCallback,
  statSync,
  writeFile as writeFileCallback,
} from 'node:fs';
import { promisify } from 'node:util';

export const readFile = promisify(readFileCallback);
export const stat = promisify(statCallback);
export const readdir = promisify(readdirCallback);
export const writeFile = promisify(writeFileCallback);
export const copyFile = promisify(copyFileCallback);
export const mkdir = promisify(mkdirCallback);

const open = promisify(openCallback);
const close = promisify(closeCallback);
const read = promisify(readCallback);

/** The most one request reads (the system reads less than 2 GiB per call). */
const READ_STEP = 1 << 30;

/**
 * A file of known size read with one request to the thread pool, so it is
 * read in full while the main thread is busy (`readFile` asks for 512 KB at
 * a time, each step waiting for the main thread to ask for the next).
 */
export async function readWhole(
  path: string,
  size: number,
  allocate: (size: number) => Buffer = Buffer.allocUnsafe,
): Promise<Buffer> {
  const fd = await open(path, 'r');
  try {
    const buffer = allocate(size);
    let filled = 0;
    while (filled < size) {
      const length = Math.min(size - filled, READ_STEP);
      const { bytesRead } = await read(fd, buffer, filled, length, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === size ? buffer : buffer.subarray(0, filled);
  } finally {
    await close(fd);
  }
}

/** Files under this size are read synchronously. */
const SMALL_FILE = 256 * 1024;
/** Node reads no file of 2 GiB or more into one buffer. */
const LARGEST_BUFFER = 2 ** 31;

/**
 * A whole file. A small one, or one with no size (a pipe: `<(git diff)`),
 * is read at once: the asynchronous read's trips through the thread pool
 * would cost more than the read. A large one is read with `readWhole`
 * (into `allocate`'s buffer), alongside other work.
 */
export async function readFileBytes(
  path: string,
  allocate?: (size: number) => Buffer,
): Promise<Buffer> {
  const size = statSync(path).size;
  return size < SMALL_FILE
    ? readFileSync(path)
    : size < LARGEST_BUFFER
      ? await readWhole(path, size, allocate)
      : await readFile(path); // refuses it, with Node's own reason
}
