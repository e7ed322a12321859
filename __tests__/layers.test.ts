/**
 * The source tree's layers point one way: (report, git) ← analysis ← render ←
 * (settings, pipeline) ← github ← (flow, context) ← action/cli. A module may
 * import its own layer or a lower one, never a higher one; the core (report,
 * analysis, render, settings, pipeline) never imports `@actions/*` or
 * `@octokit/*`; the adapters in github/ never import a flow; and the flows
 * never import `@actions/github` or `@octokit/*`: they talk to GitHub through
 * the adapters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { REPO_ROOT } from './support/cli.js';

const SRC = join(REPO_ROOT, 'src');

const LAYERS: ReadonlyArray<readonly [string, number]> = [
  ['report/', 0],
  ['git.ts', 0],
  ['analysis/', 1],
  ['render/', 2],
  ['settings.ts', 3],
  ['pipeline.ts', 3],
  ['github/', 4],
  ['flow/', 5],
  ['context.ts', 5],
  ['action.ts', 6],
  ['cli.ts', 6],
  ['cli-main.ts', 7],
  ['index.ts', 7],
];
const FLOW_LAYER = 5;
/** What a flow reaches only through an adapter in github/. */
const ADAPTED = (spec: string) => spec === '@actions/github' || spec.startsWith('@octokit/');
const CORE_LAYERS = 3;

function layerOf(path: string): number {
  const rel = relative(SRC, path).split('\\').join('/');
  const found = LAYERS.find(([prefix]) => rel === prefix || rel.startsWith(prefix));
  if (!found) throw new Error(`src/${rel} belongs to no layer; add it to LAYERS`);
  return found[1];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  return [...text.matchAll(SPECIFIER)].map((m) => (m[1] ?? m[2]) as string);
}

function upwardImports(file: string, text?: string): string[] {
  const from = layerOf(file);
  return importsOf(file, text)
    .filter((spec) => spec.startsWith('.'))
    .filter((spec) => {
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      return !target.endsWith('.generated.ts') && layerOf(target) > from;
    })
    .map((spec) => `${relative(SRC, file)} imports ${spec}`);
}

describe('source layers', () => {
  const files = sourceFiles(SRC);

  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith('report/cobertura.ts'))).toBe(true);
  });

  it('has no import from a lower layer to a higher one', () => {
    expect(files.flatMap((file) => upwardImports(file))).toEqual([]);
  });

  it('keeps @actions/* out of the core', () => {
    const offending = files
      .filter((file) => layerOf(file) <= CORE_LAYERS)
      .flatMap((file) =>
        importsOf(file)
          .filter((spec) => spec.startsWith('@actions/') || spec.startsWith('@octokit/'))
          .map((spec) => `${relative(SRC, file)} imports ${spec}`),
      );
    expect(offending).toEqual([]);
  });

  it('keeps the flows off the GitHub client libraries', () => {
    const offending = files
      .filter((file) => layerOf(file) === FLOW_LAYER)
      .flatMap((file) =>
        importsOf(file)
          .filter(ADAPTED)
          .map((spec) => `${relative(SRC, file)} imports ${spec}`),
      );
    expect(offending).toEqual([]);
    expect(ADAPTED('@octokit/plugin-retry')).toBe(true);
    expect(ADAPTED('@actions/github')).toBe(true);
    expect(ADAPTED('@actions/core')).toBe(false);
  });

  it('places the adapters below the flows, and the flows below the entries', () => {
    const github = join(SRC, 'github', 'comments.ts');
    expect(upwardImports(github, "import { checkFlow } from '../flow/check.js';\n")).toEqual([
      'github/comments.ts imports ../flow/check.js',
    ]);
    const flow = join(SRC, 'flow', 'check.ts');
    expect(upwardImports(flow, "import { listComments } from '../github/comments.js';\n")).toEqual(
      [],
    );
    expect(upwardImports(flow, "import { run } from '../action.js';\n")).toHaveLength(1);
  });

  it('spawns git in one place only', () => {
    const spawning = files.filter((file) =>
      /from ['"]node:child_process['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(spawning.map((file) => relative(SRC, file))).toEqual(['git.ts']);
  });

  it('reports an upward import, and accepts a downward one', () => {
    const file = join(SRC, 'report', 'cobertura.ts');
    const text =
      "import { x } from './model.js';\nimport { roundHalfEven } from '../analysis/rounding.js';\n";
    expect(upwardImports(file, text)).toEqual([
      'report/cobertura.ts imports ../analysis/rounding.js',
    ]);
    const render = join(SRC, 'render', 'markdown.ts');
    expect(upwardImports(render, "import type { Result } from '../analysis/result.js';\n")).toEqual(
      [],
    );
    expect(upwardImports(render, "import { run } from '../github/comments.js';\n")).toHaveLength(1);
  });
});
