// Writes fixtures/badges/: the badge (SVG and endpoint JSON) the current
// src/render/badge.ts draws for a few inputs, so a test can pin its bytes.
// Usage: node scripts/make-badge-fixtures.mjs
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'fixtures/badges');

/** One case per colour, both roundings, the near-0 and near-100 edges. */
const BADGE_CASES = [
  { name: 'red', percent: 12.5, rounding: 'half-even', minCoverage: 50, target: 80 },
  { name: 'orange', percent: 50, rounding: 'half-even', minCoverage: 50, target: 80 },
  { name: 'yellow', percent: 58.25, rounding: 'half-even', minCoverage: 50, target: 80 },
  {
    name: 'yellowgreen',
    percent: 66.66666666666667,
    rounding: 'truncate',
    minCoverage: 50,
    target: 80,
  },
  { name: 'green', percent: 99.96, rounding: 'half-even', minCoverage: 0, target: null },
  { name: 'brightgreen', percent: 100, rounding: 'half-even', minCoverage: 0, target: null },
  { name: 'sliver', percent: 0.01, rounding: 'half-even', minCoverage: 0, target: null },
];

const scratch = mkdtempSync(join(tmpdir(), 'badge-fixtures-'));
try {
  const bundle = join(scratch, 'badge.mjs');
  await build({
    entryPoints: [join(root, 'src/render/badge.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  const { renderBadge } = await import(pathToFileURL(bundle).href);
  mkdirSync(out, { recursive: true });
  for (const { name, percent, ...options } of BADGE_CASES) {
    const badge = await renderBadge(percent, options);
    writeFileSync(join(out, `${name}.svg`), badge.svg);
    writeFileSync(join(out, `${name}.json`), badge.json);
  }
  writeFileSync(join(out, 'cases.json'), `${JSON.stringify(BADGE_CASES, null, 2)}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
