// Type of the module scripts/generate-wasm.mjs compiles from wasm/delta-lines.ts.
/** The delta explanation's comparison of one file, a WebAssembly module, base64. */
export declare const DELTA_LINES_WASM: string;
