// `npm run bench:api`: runs the bundled action (dist/index.js) against the
// fake GitHub API with a latency on every answer, and prints for each case
// the wall time, the number of requests, and the sequential depth (the
// longest chain of requests that do not overlap, from the fake's own
// timestamps). The local work is the same case's wall time at no latency.
//
// Options: --latency MS (default 300), --runs N (default 3, the median is shown).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadApiSupport } from './bench/load-api-support.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    latency: { type: 'string', default: '300' },
    runs: { type: 'string', default: '3' },
  },
});
const LATENCY = Number(values.latency);
const RUNS = Number(values.runs);

const support = await loadApiSupport(root);

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
