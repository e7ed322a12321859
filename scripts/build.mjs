// Bundles the action and the command line into dist/, deterministically.
// `node scripts/build.mjs DIR` writes them into DIR instead (the tests build
// once into a temporary folder, never over the committed dist/).
// Code a run may not need (the badge library and its font-width tables,
// undici for proxies) goes into chunks under DIR/chunks/, loaded on use;
// the glob matcher is evaluated on its first call.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(root, process.argv[2] ?? 'dist');

// The schema validators are compiled ahead of time into src/, then bundled.
execFileSync(process.execPath, ['scripts/generate-validators.mjs'], {
  stdio: 'inherit',
  cwd: root,
});

const requireShim =
  "import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);";

/** Every `undici` import but the stand-in's own resolves to the stand-in (see the file). */
const undiciOnDemand = {
  name: 'undici-on-demand',
  setup(b) {
    const standIn = resolve(root, 'src/github/undici-on-demand.ts');
    b.onResolve({ filter: /^undici$/ }, (args) =>
      args.importer === standIn ? undefined : { path: standIn },
    );
  },
};

/**
 * The glob matcher is evaluated on its first call: a run uses it only when
 * file thresholds or impact include/exclude globs are set. The stand-in is
 * CommonJS, so its `require` becomes a call made on demand.
 */
const picomatchOnDemand = {
  name: 'picomatch-on-demand',
  setup(b) {
    const gates = resolve(root, 'src/analysis/gates.ts');
    b.onResolve({ filter: /^picomatch$/ }, (args) =>
      args.importer === gates ? { path: 'picomatch', namespace: 'on-demand' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'on-demand' }, () => ({
      contents: "module.exports = (glob, options) => require('picomatch')(glob, options);",
      loader: 'js',
      resolveDir: root,
    }));
  },
};

const options = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [undiciOnDemand, picomatchOnDemand],
};

rmSync(resolve(outdir, 'chunks'), { recursive: true, force: true });
// One build, so the action and the command line share their chunks.
await build({
  ...options,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli-main.ts' },
  banner: { js: requireShim },
});
const cli = resolve(outdir, 'cli.js');
writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, 'utf8')}`);
