// Bundles the action and the command line into dist/, deterministically.
// `node scripts/build.mjs DIR` writes the two bundles into DIR instead (the tests
// build once into a temporary folder, never over the committed dist/).
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

// The schema validators are compiled ahead of time into src/, then bundled.
execFileSync(process.execPath, ['scripts/generate-validators.mjs'], { stdio: 'inherit' });

const outdir = process.argv[2] ?? 'dist';

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

await build({ ...common, entryPoints: ['src/index.ts'], outfile: `${outdir}/index.js` });
await build({
  ...common,
  entryPoints: ['src/cli-main.ts'],
  outfile: `${outdir}/cli.js`,
  banner: { js: `#!/usr/bin/env node\n${banner.js}` },
});
