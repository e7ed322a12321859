// Bundles the action and the command line into dist/, deterministically.
// `node scripts/build.mjs DIR` writes them into DIR instead (the tests build
// once into a temporary folder, never over the committed dist/).
//
// Both are CommonJS (DIR/package.json says so): Node loads a CommonJS file
// faster than an ES module, and only a classic script can take V8's code
// cache on Node 20. The command line (DIR/cli.js) is a small loader that runs
// DIR/cli-engine.cjs with that cache (src/compile-cache.ts). The libraries a
// run may not need (the badge library and its font-width tables, undici for
// proxies, ajv, the XML parser, the glob expander and matcher, the .gitignore
// matcher) are CommonJS files under DIR/lib/, required on first use.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const outdir = resolve(root, process.argv[2] ?? 'dist');

// The schema validators are compiled ahead of time into src/, then bundled.
execFileSync(process.execPath, ['scripts/generate-validators.mjs'], {
  stdio: 'inherit',
  cwd: root,
});
// So is the lean read's walk, from AssemblyScript to WebAssembly.
execFileSync(process.execPath, ['scripts/generate-wasm.mjs'], { stdio: 'inherit', cwd: root });

/** Loaded on use, each from DIR/lib/<name>.cjs. */
const ON_DEMAND = [
  'ajv',
  'badge-maker',
  'fast-xml-parser',
  'ignore',
  'picomatch',
  'tinyglobby',
  'undici',
];

/**
 * An import of an on-demand library resolves to a stand-in,
 * `module.exports = require('./lib/<name>.cjs')`, which the bundle evaluates
 * on the import (a dynamic import becomes a call), so the file is read only
 * then and the bundle holds no `import()`.
 */
const onDemand = {
  name: 'on-demand',
  setup(b) {
    const names = new RegExp(`^(${ON_DEMAND.join('|')})$`);
    const undiciStandIn = resolve(root, 'src/github/undici-on-demand.ts');
    const gates = resolve(root, 'src/analysis/gates.ts');
    b.onResolve({ filter: names }, (args) => {
      if (args.namespace === 'lib') return { path: `./lib/${args.path}.cjs`, external: true };
      // Every `undici` import but the stand-in's own resolves to the stand-in (see the file).
      if (args.path === 'undici' && args.importer !== undiciStandIn) return { path: undiciStandIn };
      // The glob matcher is evaluated on its first call: only file thresholds and impact globs use it.
      if (args.path === 'picomatch' && args.importer === gates)
        return { path: args.path, namespace: 'first-call' };
      return { path: args.path, namespace: 'lib' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lib' }, (args) => ({
      contents: `module.exports = require('${args.path}');`,
      loader: 'js',
    }));
    b.onLoad({ filter: /.*/, namespace: 'first-call' }, (args) => ({
      contents: `module.exports = (...call) => require('${args.path}')(...call);`,
      loader: 'js',
    }));
  },
};

const options = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  logLevel: 'warning',
};

/** A bundle of our code: the libraries on demand, `import.meta.url` the file's own URL. */
const ours = {
  ...options,
  define: { 'import.meta.url': '__cgImportMetaUrl' },
  banner: { js: "const __cgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [onDemand],
};

rmSync(resolve(outdir, 'chunks'), { recursive: true, force: true });
rmSync(resolve(outdir, 'cli'), { recursive: true, force: true });
rmSync(resolve(outdir, 'lib'), { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
// The package is "type": "module"; the bundles are not.
writeFileSync(resolve(outdir, 'package.json'), '{ "type": "commonjs" }\n');

await build({ ...ours, entryPoints: ['src/index.ts'], outfile: resolve(outdir, 'index.js') });
await build({
  ...ours,
  entryPoints: ['src/cli-main.ts'],
  outfile: resolve(outdir, 'cli-engine.cjs'),
});
for (const name of ON_DEMAND) {
  await build({
    ...options,
    stdin: { contents: `module.exports = require('${name}');`, resolveDir: root },
    outfile: resolve(outdir, `lib/${name}.cjs`),
    // One copy of each: the glob expander requires the matcher's file.
    plugins: [
      {
        name: 'one-copy',
        setup(b) {
          const others = new RegExp(`^(${ON_DEMAND.filter((n) => n !== name).join('|')})$`);
          b.onResolve({ filter: others }, (args) => ({
            path: `./${args.path}.cjs`,
            external: true,
          }));
        },
      },
    ],
  });
}
for (const file of ['index.js', 'cli-engine.cjs']) {
  // The compile cache runs the engine as a classic script, where an import() fails at run time.
  if (/\bimport\(/.test(readFileSync(resolve(outdir, file), 'utf8')))
    throw new Error(`${file} holds an import(): make the import one the bundle resolves`);
}
const engine = readFileSync(resolve(outdir, 'cli-engine.cjs'));
// The loader reads the engine as latin1 (src/compile-cache.ts); esbuild escapes anything else.
if (engine.some((byte) => byte > 0x7f)) throw new Error('cli-engine.cjs is not ASCII');
await build({
  ...options,
  entryPoints: ['src/cli-bin.ts'],
  outfile: resolve(outdir, 'cli.js'),
  define: {
    ENGINE_KEY: JSON.stringify(createHash('sha256').update(engine).digest('hex').slice(0, 16)),
  },
  banner: { js: '#!/usr/bin/env node' },
});
