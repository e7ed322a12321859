// Runs the action's entry in this process, the way the flow tests do: the
// same runner environment as run-action.ts (INPUT_*, GITHUB_OUTPUT, the
// summary file, RUNNER_TEMP), the event parsed from the payload the runner
// would have written, and what the step printed captured. No child process,
// no bundle: the process boundary is the end-to-end tests' job.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/action.js';
import { createContext, type RunContext } from '../../src/context.js';
import { parseEvent } from '../../src/github/event.js';
import {
  type ActionRun,
  parseOutputFile,
  type RunOptions,
  runnerEnvironment,
  workflowCommands,
} from './run-action.js';
import { tempDir } from './temp.js';

// @actions/core keeps the summary file's path from its first use: one per test file.
let summaryPath: string | undefined;

export interface InRunner<T> extends ActionRun {
  value: T | undefined;
}

/**
 * Runs `body` as the step would run: the runner's environment in
 * process.env, the working directory the workspace, what it prints captured;
 * all of it put back afterwards. `body` gets the step's RunContext.
 */
export async function inRunner<T>(
  options: RunOptions,
  body: (context: () => RunContext) => Promise<T>,
): Promise<InRunner<T>> {
  const { runnerTemp, outputFile, env } = runnerEnvironment(options);
  summaryPath ??= join(tempDir('cg-summary-'), 'summary.md');
  writeFileSync(summaryPath, '');
  env.GITHUB_STEP_SUMMARY = summaryPath;
  const repository = env.GITHUB_REPOSITORY as string;
  const [owner = '', repo = ''] = repository.split('/');
  const event = parseEvent(
    {
      name: options.eventName,
      repo: { owner, repo },
      sha: env.GITHUB_SHA as string,
      ref: env.GITHUB_REF as string,
      runId: Number.parseInt(env.GITHUB_RUN_ID as string, 10),
      workflowRef: env.GITHUB_WORKFLOW_REF as string,
    },
    options.payload,
  );

  const saved = { ...process.env };
  const write = { out: process.stdout.write, err: process.stderr.write };
  let stdout = '';
  let stderr = '';
  let code: number;
  let value: T | undefined;
  for (const name of Object.keys(process.env)) {
    if (name.startsWith('INPUT_') || name.startsWith('GITHUB_')) delete process.env[name];
  }
  Object.assign(process.env, env);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  }) as typeof process.stderr.write;
  const cwd = process.cwd();
  try {
    process.chdir(options.workspace);
    process.exitCode = 0;
    value = await body(() => createContext(process.env, event));
    code = Number(process.exitCode ?? 0);
  } finally {
    process.chdir(cwd);
    process.exitCode = 0;
    process.stdout.write = write.out;
    process.stderr.write = write.err;
    for (const name of Object.keys(process.env)) delete process.env[name];
    Object.assign(process.env, saved);
  }
  return {
    value,
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    peakRssKiB: 0,
    runnerTemp,
    ...workflowCommands(stdout),
  };
}

/** The action's entry, in process. */
export async function runInProcess(options: RunOptions): Promise<ActionRun> {
  const { value: _, ...step } = await inRunner(options, (context) => run(context));
  return step;
}
