/**
 * The source tree's layers point one way: (report, git, wasm) ← analysis ← render ←
 * (settings, pipeline) ← github ← (flow, context) ← action/cli. A module may
 * import its own layer or a lower one, never a higher one; the core (report,
 * analysis, render, settings, pipeline) never imports `@actions/*` or
 * `@octokit/*`; the adapters in github/ never import a flow; and the flows
 * never import `@actions/github` or `@octokit/*`: they talk to GitHub through
 * the adapters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from './support/cli.js';

const SRC = join(REPO_ROOT, 'src');

const LAYERS: ReadonlyArray<readonly [string, number]> = [
  ['report/', 0],
  ['git.ts', 0],
  ['wasm.ts', 0],
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
  ['compile-cache.ts', 7],
  ['stdout.ts', 7],
  ['cli-bin.ts', 8],
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
      /(?:from\s*|import\(\s*)['"](?:node:)?child_process['"]/.test(readFileSync(file, 'utf8')),
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

/** Each function's name and length in lines, as TypeScript parses the file. */
function functionLengths(file: string, text = readFileSync(file, 'utf8')) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: { name: string; lines: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : '(anonymous)';
      found.push({ name, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('room sizes', () => {
  const files = sourceFiles(SRC);
  const lineCount = (file: string) => readFileSync(file, 'utf8').split('\n').length - 1;

  it('keeps the entry short: action.ts at most 80 lines', () => {
    expect(lineCount(join(SRC, 'action.ts'))).toBeLessThanOrEqual(80);
  });

  it('keeps every source file at most 400 lines', () => {
    const long = files
      .filter((file) => !file.endsWith('.generated.js'))
      .map((file) => `${relative(SRC, file)}: ${lineCount(file)}`)
      .filter((row) => Number(row.split(': ')[1]) > 400);
    expect(long).toEqual([]);
  });

  it('keeps every function in flow/ at most 80 lines', () => {
    const long = files
      .filter((file) => layerOf(file) === FLOW_LAYER)
      .flatMap((file) =>
        functionLengths(file)
          .filter((f) => f.lines > 80)
          .map((f) => `${relative(SRC, file)} ${f.name}: ${f.lines} lines`),
      );
    expect(long).toEqual([]);
  });

  it('measures a function the way the rule means', () => {
    const body = Array.from({ length: 81 }, (_, i) => `  const x${i} = ${i};`).join('\n');
    const text = `export function long(): void {\n${body}\n}\nconst short = () => 1;\n`;
    expect(functionLengths(join(SRC, 'flow', 'x.ts'), text)).toEqual([
      { name: 'long', lines: 83 },
      { name: '(anonymous)', lines: 1 },
    ]);
  });
});
