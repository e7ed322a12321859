// `npm run bench:api`: runs the bundled action (dist/index.js) against the
// fake GitHub API with a latency on every answer, and prints for each case
// the wall time, the number of requests, and the sequential depth (the
// longest chain of requests that do not overlap, from the fake's own
// timestamps). The local work is the same case's wall time at no latency.
//
// Options: --latency MS (default 300), --runs N (default 3, the median is shown).
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    latency: { type: 'string', default: '300' },
    runs: { type: 'string', default: '3' },
  },
});
const LATENCY = Number(values.latency);
const RUNS = Number(values.runs);

// The test support is TypeScript: bundle it two folders below the root, so
// its own idea of the repository root (`../..`) still holds.
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
const support = await import(pathToFileURL(join(outdir, 'support.mjs')).href);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(name, latency) {
  const walls = [];
  let requests = 0;
  let depth = 0;
  for (let i = 0; i < RUNS; i++) {
    const one = await support.runCase(name, latency);
    walls.push(one.wallMs);
    requests = one.requests;
    depth = one.depth;
  }
  return { wall: median(walls), requests, depth };
}

const rows = [];
for (const name of support.CASES) {
  const local = await measure(name, 0);
  const slow = await measure(name, LATENCY);
  const bound = slow.depth * LATENCY + local.wall;
  rows.push({ name, ...slow, local: local.wall, ratio: slow.wall / bound });
}

console.log(`Latency ${LATENCY} ms per request; median of ${RUNS} runs.\n`);
console.log(
  '| case | wall | requests | sequential depth | local work | wall / (depth × latency + local) |',
);
console.log('|---|--:|--:|--:|--:|--:|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${(r.wall / 1000).toFixed(2)} s | ${r.requests} | ${r.depth} | ${(r.local / 1000).toFixed(2)} s | ${r.ratio.toFixed(2)}× |`,
  );
}
