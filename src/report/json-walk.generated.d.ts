// Type of the module scripts/generate-wasm.mjs compiles from wasm/json-walk.ts.
/** The lean read's walk, a WebAssembly module, base64. */
export declare const JSON_WALK_WASM: string;
