/**
 * The command line's standard output (src/stdout.ts): a pipe, a file or
 * /dev/null is written directly and completely, in order; a pipe that would
 * block hands the rest to the stream; a reader that went away ends the
 * output quietly, and the run keeps its exit code.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { directWriter } from '../../src/stdout.js';
import { BRANCH_JSON_ARGS, runDist } from '../support/cli.js';
import { CLI_BUNDLE } from '../support/run-action.js';
import { tempDir } from '../support/temp.js';

/** A named pipe with both ends open and non-blocking: a write fills it instead of waiting. */
function namedPipe(): { read: number; write: number } {
  const path = join(tempDir('cg-stdout-'), 'pipe');
  execFileSync('mkfifo', [path]);
  const read = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const write = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
  return { read, write };
}

/** Everything the pipe holds now. */
function drain(fd: number): Buffer {
  const chunks: Buffer[] = [];
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    try {
      const n = readSync(fd, chunk);
      if (n === 0) break;
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') break;
      throw error;
    }
  }
  return Buffer.concat(chunks);
}

describe('direct standard output', () => {
  it('writes a file completely, multi-byte characters included', () => {
    const path = join(tempDir('cg-stdout-'), 'out.txt');
    const fd = openSync(path, 'w');
    const write = directWriter(fd, () => {
      throw new Error('a file never falls back');
    });
    expect(write).not.toBeNull();
    const text = `Δ ${'x'.repeat(200_000)} ✓\n`;
    write?.(text);
    write?.('second\n');
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe(`${text}second\n`);
  });

  it('hands what a full pipe cannot take, and every later write, to the fallback, in order', () => {
    const pipe = namedPipe();
    const handed: Buffer[] = [];
    const write = directWriter(pipe.write, (bytes) => handed.push(Buffer.from(bytes)));
    const text = 'abcdefghij'.repeat(100_000); // 1 MB: more than a pipe holds
    write?.(text);
    write?.('after\n');
    const direct = drain(pipe.read);
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.length).toBeLessThan(text.length);
    expect(Buffer.concat([direct, ...handed]).toString()).toBe(`${text}after\n`);
    closeSync(pipe.read);
    closeSync(pipe.write);
  });

  it('ends quietly once the reader has gone', () => {
    const pipe = namedPipe();
    closeSync(pipe.read);
    const handed: Uint8Array[] = [];
    const write = directWriter(pipe.write, (bytes) => handed.push(bytes));
    expect(() => write?.('lost\n')).not.toThrow();
    expect(() => write?.('also lost\n')).not.toThrow();
    expect(handed).toEqual([]);
    closeSync(pipe.write);
  });

  it('takes /dev/null but leaves other devices to the stream', () => {
    const devNull = openSync('/dev/null', 'w');
    const zero = openSync('/dev/zero', 'w');
    const fallback = () => undefined;
    expect(directWriter(devNull, fallback)).not.toBeNull();
    expect(directWriter(zero, fallback)).toBeNull();
    closeSync(devNull);
    closeSync(zero);
  });
});

describe('the bundled command line', () => {
  it('prints the same to a file as to a pipe, without colour', () => {
    const piped = runDist(BRANCH_JSON_ARGS);
    expect(piped.code).toBe(0);
    const path = join(tempDir('cg-stdout-'), 'out.json');
    const fd = openSync(path, 'w');
    execFileSync(process.execPath, [CLI_BUNDLE, ...BRANCH_JSON_ARGS], {
      stdio: ['ignore', fd, 'pipe'],
    });
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe(piped.stdout);
    const text = runDist(BRANCH_JSON_ARGS.slice(0, 4));
    expect(text.stdout).toContain('Coverage Gate');
    expect(text.stdout).not.toContain('\u001b[');
  });

  it('keeps its exit code and prints no error when the reader closes early (`| head`)', async () => {
    const child = spawn(
      process.execPath,
      [CLI_BUNDLE, ...BRANCH_JSON_ARGS, '--min-coverage', '99'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    // The reader goes before the command line has written anything.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(1);
  });
});
