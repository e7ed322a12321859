/**
 * What the tool uses of the WebAssembly global, which the project's
 * TypeScript libraries do not describe. Compiling or instantiating throws
 * where WebAssembly cannot run (Node's `--jitless`, no address space for a
 * memory): each caller has a JavaScript way to fall back to.
 */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
  RuntimeError: new () => Error;
};

/** An instance's memory, as its exports give it. */
export interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}

const PAGE = 65536;

/** Grows `memory` to at least `bytes`; whether it grew (then views of its old buffer are detached). */
export function growTo(memory: WasmMemory, bytes: number): boolean {
  const pages = Math.ceil((bytes - memory.buffer.byteLength) / PAGE);
  if (pages <= 0) return false;
  memory.grow(pages);
  return true;
}

/** A module from its base64 bytes (as the generated files hold them). */
export function compileWasm(base64: string): object {
  return new WebAssembly.Module(Buffer.from(base64, 'base64'));
}

/** A fresh instance's exports; the module imports nothing. */
export function instantiateWasm(module: object): unknown {
  return new WebAssembly.Instance(module, {}).exports;
}

/** Whether `error` is a trap of WebAssembly code (an `unreachable` reached, a memory access out of bounds). */
export function isWasmTrap(error: unknown): boolean {
  return error instanceof WebAssembly.RuntimeError;
}
