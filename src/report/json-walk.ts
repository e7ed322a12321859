/**
 * The host side of the lean read's walk. The walk itself (wasm/json-walk.ts,
 * AssemblyScript compiled to WebAssembly by scripts/generate-wasm.mjs) runs
 * over a report in its instance's memory: a report that a run reads from disk
 * is read straight into a fresh instance's memory (`walkableBuffer`), so the
 * bytes are never copied; bytes from elsewhere (an artifact, a test) are
 * copied into one. A one-shot run would otherwise spend most of the walk in
 * V8's interpreter before the JavaScript loop is compiled; WebAssembly is
 * compiled before it runs. The walk writes the kept text over the report
 * (it is never longer than what has been read): a report read into a walker
 * is gone once walked, and `walkedOver` says so.
 *
 * Where WebAssembly cannot run (Node's `--jitless`, no address space for a
 * memory), buffers are plain and the walk declines: the report is parsed in
 * full, as any report the walk declines.
 */
import { compileWasm, growTo, instantiateWasm, isWasmTrap, type WasmMemory } from '../wasm.js';
import { JSON_WALK_WASM } from './json-walk.generated.js';

interface WalkExports {
  memory: WasmMemory;
  inputStart(): number;
  lean(from: number, end: number): number;
  spanCount(): number;
}

interface Walker {
  exports: WalkExports;
  /** Where the report starts in the memory. */
  offset: number;
}

/** Zero bytes after the report: the walk reads a few bytes past a truncated token and must find none. */
const PAD = 16;

let compiled: object | undefined;
/** The walker whose memory a buffer views, by the memory's ArrayBuffer. */
const walkers = new WeakMap<ArrayBufferLike, Walker>();
/** The memories of walkers whose own report has been walked, and so written over. */
const spent = new WeakSet<ArrayBufferLike>();

/** Whether the walker has room for a report of `size` bytes and its zeros. */
const fits = (walker: Walker, size: number): boolean =>
  walker.exports.memory.buffer.byteLength >= walker.offset + size + PAD;

/**
 * A walker's memory is sized at twice its report. Pages never written cost
 * no memory, but V8 counts a memory's whole size when it decides to collect,
 * and a walked report's memory is freed only by a full collection: sized at
 * the report alone, the two reports of a run stayed in memory through the
 * diff's parse (case e: 90 MB at peak against 81 MB).
 */
const RESERVED_PER_BYTE = 2;

/** A fresh walker with room for `size` bytes of report, and a view of them; null when none can be made. */
function newWalker(size: number): { walker: Walker; bytes: Buffer } | null {
  try {
    compiled ??= compileWasm(JSON_WALK_WASM);
    const exports = instantiateWasm(compiled) as WalkExports;
    const walker: Walker = { exports, offset: exports.inputStart() };
    const { memory } = exports;
    const reserved = walker.offset + RESERVED_PER_BYTE * size + PAD;
    growTo(memory, reserved);
    walkers.set(memory.buffer, walker);
    return { walker, bytes: Buffer.from(memory.buffer, walker.offset, size) };
  } catch {
    return null;
  }
}

/** A buffer of `size` bytes in a fresh walker's memory, for a report to be read into; a plain one when WebAssembly cannot run. */
export function walkableBuffer(size: number): Buffer {
  return newWalker(size)?.bytes ?? Buffer.allocUnsafe(size);
}

/**
 * Whether `bytes` were read into a walker (`walkableBuffer`) and walked since:
 * they hold the kept text over the report, no longer the report.
 */
export function walkedOver(bytes: Uint8Array): boolean {
  return spent.has(bytes.buffer);
}

/** The walker whose memory holds `bytes` at its input, followed by zeros; null for any other buffer. */
function walkerOf(bytes: Buffer): Walker | null {
  const walker = walkers.get(bytes.buffer);
  if (!walker || bytes.byteOffset !== walker.offset || !fits(walker, bytes.length)) return null;
  const memory = new Uint8Array(bytes.buffer);
  const end = bytes.byteOffset + bytes.length;
  for (let k = end; k < end + PAD; k++) if (memory[k] !== 0) return null;
  return walker;
}

/** Reused for bytes from elsewhere up to this size; a larger copy's memory goes with its walk. */
const SCRATCH_KEPT = 16 * 1024 * 1024;
let scratch: Walker | null = null;

/** A walker holding a copy of `bytes`, followed by zeros. */
function copied(bytes: Buffer): Walker | null {
  const size = bytes.length;
  let walker = scratch;
  if (!walker || !fits(walker, size)) {
    walker = newWalker(size)?.walker ?? null;
    if (!walker) return null;
    if (size <= SCRATCH_KEPT) scratch = walker;
  }
  const memory = new Uint8Array(walker.exports.memory.buffer);
  memory.set(bytes, walker.offset);
  memory.fill(0, walker.offset + size, walker.offset + size + PAD);
  return walker;
}

/**
 * The report in `bytes` from `from` (after a byte-order mark) without the
 * values of `files.*.{contexts,functions,classes}` (each made `{}`) and with
 * each file's arc lists flat; undefined when there is nothing to cut, or when
 * the walk declines the bytes (not JSON that JSON.parse accepts, not shaped
 * like a coverage.py report, nesting deeper than the walk follows) or cannot
 * run.
 */
export function leanText(bytes: Buffer, from: number): string | undefined {
  if (walkedOver(bytes)) throw new Error('the report in this buffer has been walked over');
  const own = walkerOf(bytes);
  const walker = own ?? copied(bytes);
  if (!walker) return undefined;
  const { offset, exports } = walker;
  // The walk writes the kept text over the report from where it starts (after any byte-order
  // mark): nothing before its first cut, and from then on whatever its answer, so the caller
  // reads the report again if it needs it.
  const start = offset + from;
  let end = -1;
  try {
    end = exports.lean(start, offset + bytes.length);
  } catch (error) {
    if (!isWasmTrap(error)) throw error;
  }
  const written = exports.spanCount() > 0;
  if (own && written) spent.add(exports.memory.buffer);
  if (end === -1 || !written) return undefined;
  return Buffer.from(exports.memory.buffer, start, end - start).toString('utf8');
}
