// Publishing runs each step on its own: whichever step fails, it is a warning
// naming it, the other steps still publish, and the verdict is the gates'.
import type { Result } from '../../src/analysis/result.js';
import type { RunContext } from '../../src/context.js';
import { type Publication, publish, publishSteps, type Step } from '../../src/flow/publish.js';
import { analyse, readHead, start } from '../../src/flow/report.js';
import {
  checkRunOptions,
  inProcess,
  prComments,
  pushRunOptions,
  startGitHub,
} from '../support/e2e.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { inRunner } from '../support/in-process.js';
import type { RunOptions } from '../support/run-action.js';

inProcess();

/** The head report against a gate it fails, so the verdict is a failure to keep. */
const FAILING = { 'min-coverage': '99' };

async function publication(ctx: RunContext): Promise<Publication> {
  const head = await readHead(ctx, (await start(ctx)).paths);
  const result: Result = analyse(ctx.inputs.settings, {
    head,
    base: null,
    changes: null,
    notes: [],
  });
  return {
    result,
    head,
    trend: { history: ctx.mode === 'record' ? [] : null, view: null },
    pull: ctx.event.target?.pull ?? null,
  };
}

/** Publishes with the step `broken` throwing; records which steps ran. */
async function publishBreaking(options: RunOptions, broken: string) {
  const ran: string[] = [];
  const step = await inRunner(options, async (context) => {
    const ctx = context();
    const pub = await publication(ctx);
    const steps: Step[] = publishSteps(ctx, pub).map((s) => ({
      name: s.name,
      run: async () => {
        if (s.name === broken) throw new Error(`${s.name} broke`);
        await s.run();
        ran.push(s.name);
      },
    }));
    return { names: steps.map((s) => s.name), verdict: await publish(ctx, pub, steps) };
  });
  return { ...step, ran };
}

const CHECK_STEPS = ['outputs', 'comment', 'annotations', 'job summary'];
const RECORD_STEPS = ['outputs', 'comment', 'baseline file', 'history', 'badge', 'job summary'];

let gh: FakeGitHub;

test.each(CHECK_STEPS)(
  "check mode: a failing %s step is a warning; the verdict is the gates'",
  async (broken) => {
    gh = await startGitHub();
    const run = await publishBreaking(checkRunOptions(gh, { inputs: FAILING }), broken);
    expect(run.value?.names).toEqual(CHECK_STEPS);
    expect(run.ran).toEqual(CHECK_STEPS.filter((name) => name !== broken));
    expect(run.warnings.map((w) => w.message)).toContain(
      `Publishing the ${broken} failed: ${broken} broke`,
    );
    expect(run.value?.verdict).toEqual([
      expect.stringMatching(/^Coverage gate failed: min-coverage/),
    ]);
    // What the other steps publish is there.
    if (broken !== 'outputs') expect(run.outputs.passed).toBe('false');
    if (broken !== 'comment') expect(prComments(gh)).toHaveLength(1);
    if (broken !== 'job summary') expect(run.summary).toContain('Coverage Gate failed');
  },
);

test.each(RECORD_STEPS)(
  "record mode: a failing %s step is a warning; the verdict is the gates'",
  async (broken) => {
    gh = await startGitHub();
    const run = await publishBreaking(pushRunOptions(gh, { inputs: FAILING }), broken);
    expect(run.value?.names).toEqual(RECORD_STEPS);
    expect(run.ran).toEqual(RECORD_STEPS.filter((name) => name !== broken));
    expect(run.warnings.map((w) => w.message)).toContain(
      `Publishing the ${broken} failed: ${broken} broke`,
    );
    expect(run.value?.verdict).toEqual([
      expect.stringMatching(/^Coverage gate failed: min-coverage/),
    ]);
    if (broken !== 'outputs') expect(run.outputs.passed).toBe('false');
    if (broken !== 'baseline file') expect(run.outputs['baseline-file']).toMatch(/coverage\.json$/);
    if (broken !== 'history')
      expect(run.outputs['history-file']).toMatch(/coverage-history\.json$/);
    if (broken !== 'job summary') expect(run.summary).toContain('Coverage Gate failed');
  },
);

test('a real failure: an outputs file the step cannot write leaves the comment, the summary and the verdict', async () => {
  gh = await startGitHub();
  const options = checkRunOptions(gh, { inputs: FAILING });
  // A folder where the outputs file should be: every output write fails.
  options.env = { GITHUB_OUTPUT: options.workspace };
  const run = await inRunner(options, async (context) => {
    const ctx = context();
    return publish(ctx, await publication(ctx));
  });
  expect(run.value).toEqual([expect.stringMatching(/^Coverage gate failed: min-coverage/)]);
  expect(run.warnings.map((w) => w.message)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^Publishing the outputs failed: .*EISDIR/)]),
  );
  expect(prComments(gh)).toHaveLength(1);
  expect(run.summary).toContain('Coverage Gate failed');
});
