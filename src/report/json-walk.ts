/**
 * The host side of the lean read's walk. The walk itself (wasm/json-walk.ts,
 * AssemblyScript compiled to WebAssembly by scripts/generate-wasm.mjs) runs
 * over a report in its instance's memory: a report that a run reads from disk
 * is read straight into a fresh instance's memory (`walkableBuffer`), so the
 * bytes are never copied; bytes from elsewhere (an artifact, a test) are
 * copied into one. A one-shot run would otherwise spend most of the walk in
 * V8's interpreter before the JavaScript loop is compiled; WebAssembly is
 * compiled before it runs.
 *
 * Where WebAssembly cannot run (Node's `--jitless`, no address space for a
 * memory), buffers are plain and the walk declines: the report is parsed in
 * full, as any report the walk declines.
 */
import { JSON_WALK_WASM } from './json-walk.generated.js';

/** What is used of the WebAssembly global, which the project's TypeScript libraries do not describe. */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (
    module: object,
    imports: Record<string, Record<string, (...args: number[]) => void>>,
  ) => { exports: unknown };
  RuntimeError: new () => Error;
};

interface WalkExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  inputStart(): number;
  findCuts(from: number, end: number): number;
}

interface Walker {
  exports: WalkExports;
  /** Where the report starts in the memory. */
  offset: number;
  /** The spans of the current walk, in memory offsets: [start, end, kind] each. */
  spans: number[];
}

const PAGE = 65536;
/** Zero bytes after the report: the walk reads a few bytes past a truncated token and must find none. */
const PAD = 16;

let compiled: object | undefined;
/** The walker whose memory a buffer views, by the memory's ArrayBuffer. */
const walkers = new WeakMap<ArrayBufferLike, Walker>();

/** A fresh walker with room for `size` bytes of report, and a view of them; null when none can be made. */
function newWalker(size: number): { walker: Walker; bytes: Buffer } | null {
  try {
    compiled ??= new WebAssembly.Module(Buffer.from(JSON_WALK_WASM, 'base64'));
    const spans: number[] = [];
    const walker: Walker = { exports: undefined as unknown as WalkExports, offset: 0, spans };
    const instance = new WebAssembly.Instance(compiled, {
      'json-walk': {
        cut: (start: number, end: number, kind: number) => {
          walker.spans.push(start, end, kind);
        },
      },
    });
    walker.exports = instance.exports as unknown as WalkExports;
    const { memory } = walker.exports;
    walker.offset = walker.exports.inputStart();
    const pages = Math.ceil((walker.offset + size + PAD) / PAGE) - memory.buffer.byteLength / PAGE;
    if (pages > 0) memory.grow(pages);
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

/** The walker whose memory holds `bytes` at its input, followed by zeros; null for any other buffer. */
function walkerOf(bytes: Buffer): Walker | null {
  const walker = walkers.get(bytes.buffer);
  if (!walker || bytes.byteOffset !== walker.offset) return null;
  const end = bytes.byteOffset + bytes.length;
  const memory = new Uint8Array(bytes.buffer);
  if (end + PAD > memory.length) return null;
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
  if (!walker || walker.exports.memory.buffer.byteLength < walker.offset + size + PAD) {
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
 * The walk over `bytes` from `from` (after a byte-order mark): [start, end,
 * kind] of each value to cut (kind 0) and arc list to flatten (kind 1), as
 * offsets into `bytes`; undefined when the walk declines the bytes (not JSON
 * that JSON.parse accepts, not shaped like a coverage.py report, nesting
 * deeper than the walk follows) or cannot run.
 */
export function walkReport(bytes: Buffer, from: number): number[] | undefined {
  const walker = walkerOf(bytes) ?? copied(bytes);
  if (!walker) return undefined;
  walker.spans = [];
  const { offset } = walker;
  try {
    walker.exports.findCuts(offset + from, offset + bytes.length);
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) return undefined;
    throw error;
  }
  const spans = walker.spans;
  walker.spans = [];
  for (let k = 0; k < spans.length; k += 3) {
    spans[k] = (spans[k] as number) - offset;
    spans[k + 1] = (spans[k + 1] as number) - offset;
  }
  return spans;
}
