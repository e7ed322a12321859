// Bundles the action and the command line into dist/, deterministically.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

// The schema validators are compiled ahead of time into src/, then bundled.
execFileSync(process.execPath, ['scripts/generate-validators.mjs'], { stdio: 'inherit' });

const banner = {
  js: "import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);",
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
await build({
  ...common,
  entryPoints: ['src/cli-main.ts'],
  outfile: 'dist/cli.js',
  banner: { js: `#!/usr/bin/env node\n${banner.js}` },
});
