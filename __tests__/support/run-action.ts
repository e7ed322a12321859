// Runs the bundled action (dist/index.js) the way the runner does: a child
// process with INPUT_* (defaults from action.yml), GITHUB_* variables, an
// event file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { tempDir } from './temp.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The folder of this run's bundles (built once by global-setup.mjs), else the committed dist/. */
export const BUNDLE_DIR = process.env.CG_BUNDLE_DIR ?? join(ROOT, 'dist');
export const BUNDLE = join(BUNDLE_DIR, 'index.js');
export const CLI_BUNDLE = join(BUNDLE_DIR, 'cli.js');

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { description: string }>;
}

export const actionYml = load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Peak resident memory of the child, KiB, sampled from /proc while it ran. */
  peakRssKiB: number;
  runnerTemp: string;
  /** `::error::` lines, decoded. */
  errors: string[];
  /** `::warning ...::` commands: properties and message. */
  warnings: { props: string; message: string }[];
}

export interface RunOptions {
  apiUrl: string;
  token: string;
  eventName: string;
  payload: unknown;
  workspace: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  repository?: string;
  sha?: string;
  ref?: string;
  runId?: number;
  workflowRef?: string;
}

/** The runner's `INPUT_` name: upper case, spaces to `_`, hyphens kept. */
export const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** Parses the runner's `name<<delimiter` file format. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const [, name = '', delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    out[name] = value.join('\n');
  }
  return out;
}

const unescapeData = (s: string) =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

function peakRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The runner's folder and environment for a step: what both runners (child process, in process) give the action. */
export function runnerEnvironment(options: RunOptions) {
  const runnerTemp = tempDir('cg-runner-');
  const outputFile = join(runnerTemp, 'output.txt');
  const summaryFile = join(runnerTemp, 'summary.md');
  const eventFile = join(runnerTemp, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.payload));
  const repository = options.repository ?? 'octo-org/octo-repo';

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerTemp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: repository,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_SHA: options.sha ?? '0'.repeat(40),
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_RUN_ID: String(options.runId ?? 9000),
    GITHUB_WORKFLOW_REF:
      options.workflowRef ?? `${repository}/.github/workflows/coverage.yml@refs/heads/main`,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
  };
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const value = spec.default ?? '';
    // The runner evaluates `${{ github.token }}`; here it is the fake's token.
    env[inputVariable(name)] = value.includes('github.token') ? options.token : value;
  }
  for (const [name, value] of Object.entries(options.inputs ?? {}))
    env[inputVariable(name)] = value;
  Object.assign(env, options.env ?? {});
  return { runnerTemp, outputFile, summaryFile, env };
}

/** The `::error::` and `::warning ...::` commands a step printed, decoded. */
export function workflowCommands(stdout: string) {
  const errors: string[] = [];
  const warnings: { props: string; message: string }[] = [];
  for (const line of stdout.split('\n')) {
    const e = /^::error(?: [^:]*)?::(.*)$/.exec(line);
    if (e) errors.push(unescapeData(e[1] ?? ''));
    const w = /^::warning(?: ([^:]*))?::(.*)$/.exec(line);
    if (w) warnings.push({ props: w[1] ?? '', message: unescapeData(w[2] ?? '') });
  }
  return { errors, warnings };
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const { runnerTemp, outputFile, summaryFile, env } = runnerEnvironment(options);
  const child = spawn(process.execPath, [BUNDLE], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  let peak = 0;
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, peakRss(child.pid));
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    peakRssKiB: peak,
    runnerTemp,
    ...workflowCommands(stdout),
  };
}
