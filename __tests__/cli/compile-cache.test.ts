/**
 * The bundled command line keeps V8's code cache between runs
 * (src/compile-cache.ts): written by the first run, read by the next, written
 * again (and kept whole) by a run given other options, never trusted from a
 * folder others may write, replaced when V8 refuses it, off with
 * NODE_DISABLE_COMPILE_CACHE, and never a reason for a run to fail.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHES_KEPT, temporaryFolder, WAYS_KEPT, wayOfRunning } from '../../src/compile-cache.js';
import { BRANCH_JSON_ARGS, FIXTURES, runDist } from '../support/cli.js';

/** A temporary folder of its own, and the cache folder the command line uses under it. */
function scratch(): { tmp: string; folder: string } {
  const tmp = mkdtempSync(join(tmpdir(), 'cg-compile-cache-'));
  return { tmp, folder: join(tmp, `coverage-gate-${process.getuid?.() ?? 'user'}`) };
}

function run(tmp: string, env: Record<string, string> = {}, args = BRANCH_JSON_ARGS) {
  const result = runDist(args, { env: { TMPDIR: tmp, ...env } });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

const cacheFiles = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.bin'));

describe('the compile cache', () => {
  it('is written by the first run and read, unchanged, by the next, which prints the same', () => {
    const { tmp, folder } = scratch();
    const first = run(tmp);
    const [file] = cacheFiles(folder);
    expect(file).toMatch(new RegExp(`^cli-[0-9a-f]{16}-${process.version}-${process.arch}\\.bin$`));
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    const path = join(folder, file as string);
    const written = readFileSync(path);
    const { mtimeMs } = statSync(path);
    expect(written.length).toBeGreaterThan(10_000);

    // A cache V8 accepted is not written again.
    expect(run(tmp)).toEqual(first);
    expect(statSync(path).mtimeMs).toBe(mtimeMs);
    expect(readFileSync(path).equals(written)).toBe(true);
    expect(cacheFiles(folder)).toEqual([file]);
  });

  it('is written again by a run given other options, with both ways in it, then only read', () => {
    const { tmp, folder } = scratch();
    run(tmp);
    const [file] = cacheFiles(folder);
    const path = join(folder, file as string);
    const first = readFileSync(path);
    const firstLine = (bytes: Buffer) => bytes.toString('latin1', 0, bytes.indexOf(0x0a));
    expect(firstLine(first)).toBe('coverage-gate code cache, runs seen: base,coverage,format');

    // Another way of running compiles code the first did not (the patch figures, the diff).
    const withDiff = [...BRANCH_JSON_ARGS, '--diff', join(FIXTURES, 'pr.diff'), '--min-coverage=0'];
    const diffed = run(tmp, {}, withDiff);
    expect(diffed.patch).not.toBeNull();
    const second = readFileSync(path);
    expect(firstLine(second)).toBe(
      'coverage-gate code cache, runs seen: base,coverage,format base,coverage,diff,format,min-coverage',
    );
    // What the first run compiled is kept beside what the second did.
    expect(second.length).toBeGreaterThan(first.length);
    expect(cacheFiles(folder)).toEqual([file]);

    // Both ways are known now: neither writes, and V8 takes the cache (a refused one is rewritten).
    const { mtimeMs } = statSync(path);
    run(tmp);
    expect(run(tmp, {}, withDiff)).toEqual(diffed);
    expect(statSync(path).mtimeMs).toBe(mtimeMs);
    expect(readFileSync(path).equals(second)).toBe(true);
  });

  it('is not written for a new way once it has seen WAYS_KEPT of them', () => {
    const { tmp, folder } = scratch();
    run(tmp);
    const [file] = cacheFiles(folder);
    const path = join(folder, file as string);
    const written = readFileSync(path);
    const data = written.subarray(written.indexOf(0x0a) + 1);
    const ways = Array.from({ length: WAYS_KEPT }, (_, i) => `option-${i}`).join(' ');
    const full = Buffer.concat([
      Buffer.from(`coverage-gate code cache, runs seen: ${ways}\n`),
      data,
    ]);
    writeFileSync(path, full);
    const when = Date.now() / 1000 - 60;
    utimesSync(path, when, when);
    const { mtimeMs } = statSync(path);

    run(tmp);
    expect(statSync(path).mtimeMs).toBe(mtimeMs);
    expect(readFileSync(path).equals(full)).toBe(true);
  });

  it('replaces a cache V8 refuses, and the run goes on as if there were none', () => {
    const { tmp, folder } = scratch();
    const clean = run(tmp);
    const [file] = cacheFiles(folder);
    const path = join(folder, file as string);
    const damaged = Buffer.alloc(readFileSync(path).length, 0x5a);
    writeFileSync(path, damaged);

    expect(run(tmp)).toEqual(clean);
    const rewritten = readFileSync(path);
    expect(rewritten.equals(damaged)).toBe(false);
    expect(run(tmp)).toEqual(clean);
    expect(readFileSync(path).equals(rewritten)).toBe(true);
  });

  it('is neither read nor written in a folder others may write', () => {
    const { tmp, folder } = scratch();
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    const planted = join(folder, 'unrelated.bin');
    writeFileSync(planted, 'not ours');

    expect(run(tmp).passed).toBe(true);
    expect(cacheFiles(folder)).toEqual(['unrelated.bin']);
    expect(readFileSync(planted, 'utf8')).toBe('not ours');
  });

  it('is not written through a link planted where its folder goes', () => {
    const { tmp, folder } = scratch();
    // Someone else may create the name in a shared temporary folder and point it at one of the user's folders.
    const target = mkdtempSync(join(tmpdir(), 'cg-compile-cache-target-'));
    chmodSync(target, 0o700);
    symlinkSync(target, folder);

    expect(run(tmp).passed).toBe(true);
    expect(readdirSync(target)).toEqual([]);
  });

  it('keeps the newest caches when it writes one, and clears what dead runs left aside', () => {
    const { tmp, folder } = scratch();
    mkdirSync(folder, { mode: 0o700 });
    const old = (name: string, daysAgo: number) => {
      const path = join(folder, name);
      writeFileSync(path, 'an older version of the tool');
      const when = Date.now() / 1000 - daysAgo * 86_400;
      utimesSync(path, when, when);
      return name;
    };
    // Older versions of the tool (other engine hashes) and of Node, oldest last.
    const versions = Array.from({ length: CACHES_KEPT + 2 }, (_, i) =>
      old(`cli-${i.toString(16).padStart(16, '0')}-v20.1.${i}-x64.bin`, i + 1),
    );
    const deadAside = old(`${versions[0]}.12345`, 1);
    const liveAside = old(`${versions[1]}.12346`, 0);
    const notOurs = old('notes.txt', 400);

    run(tmp);
    const left = readdirSync(folder);
    const written = cacheFiles(folder).filter((f) => !versions.includes(f));
    expect(written).toHaveLength(1);
    // The one just written and the newest of the others, CACHES_KEPT in all.
    expect(cacheFiles(folder).sort()).toEqual(
      [...written, ...versions.slice(0, CACHES_KEPT - 1)].sort(),
    );
    expect(left).not.toContain(deadAside);
    expect(left).toContain(liveAside);
    expect(left).toContain(notOurs);
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE', () => {
    const { tmp } = scratch();
    expect(run(tmp, { NODE_DISABLE_COMPILE_CACHE: '1' }).passed).toBe(true);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('never fails a run when its folder cannot be made', () => {
    const { tmp, folder } = scratch();
    writeFileSync(folder, 'a file where the folder would be');
    expect(run(tmp).passed).toBe(true);
    expect(readFileSync(folder, 'utf8')).toBe('a file where the folder would be');
  });
});

describe('the way of running, as the cache tells runs apart', () => {
  it('is the option names given, sorted, without their values', () => {
    expect(wayOfRunning(['--format', 'json', '--coverage', 'a.json', '--base=b.json'])).toBe(
      'base,coverage,format',
    );
    expect(wayOfRunning(['--coverage', 'x', '--coverage', 'y', '-h'])).toBe('coverage,h');
    expect(wayOfRunning([])).toBe('');
  });

  it('leaves out what is not a plain option name: values, stdin, anything after --', () => {
    expect(wayOfRunning(['--diff', '-', '--', '--base'])).toBe('diff');
    // A name that could break the cache's first line is no name.
    expect(wayOfRunning(['--a\nb', '--c d', '--ok'])).toBe('ok');
  });
});

describe('the temporary folder the cache goes under', () => {
  it.each([
    [{ TMPDIR: '/var/tmp/x/' }],
    [{ TMPDIR: '/' }],
    [{ TMP: '/scratch/t' }],
    [{ TEMP: '/scratch/e/', TMP: '' }],
    [{ TMPDIR: '', TMP: '/a', TEMP: '/b' }],
    [{}],
  ])('is the one node:os names for %j', (vars: Record<string, string>) => {
    const { TMPDIR: _d, TMP: _t, TEMP: _e, ...rest } = process.env;
    const env = { ...rest, ...vars };
    // node:os reads the process's own environment: ask a process started with it.
    const named = execFileSync(process.execPath, ['-p', "require('node:os').tmpdir()"], {
      env,
      encoding: 'utf8',
    });
    expect(temporaryFolder(env)).toBe(named.trim());
  });
});
