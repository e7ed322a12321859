// The API cases' support is TypeScript test code: bundle it two folders
// below the root, so its own idea of the repository root (`../..`) still
// holds, and import it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export async function loadApiSupport(root) {
  const outdir = join(root, 'bench-results', 'api');
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { support: join(root, 'scripts/bench/api-support.ts') },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  return import(pathToFileURL(join(outdir, 'support.mjs')).href);
}
