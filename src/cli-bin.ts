/**
 * `dist/cli.js`, the package's `bin`: runs the command line's bundle
 * (`dist/cli-engine.cjs`) with the compile cache (see compile-cache.ts).
 */
import { join } from 'node:path';
import { runWithCompileCache } from './compile-cache.js';

/** The engine bundle's content hash, written in by the build. */
declare const ENGINE_KEY: string;

// This file's `require` resolves from dist/, as the engine's own would.
runWithCompileCache(join(__dirname, 'cli-engine.cjs'), ENGINE_KEY, require);
