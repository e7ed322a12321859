/**
 * The action: the inputs and the event become one RunContext, the mode's
 * flow runs (check, record or the fork-safe comment stage), and the step is
 * failed once, at the end, with the gates' verdict. Publishing never fails
 * the step by itself (see flow/publish.ts), so a failing gate still gets its
 * comment and summary; bad input fails it with one line.
 */
import * as core from '@actions/core';
import { createContext, type RunContext } from './context.js';
import { checkFlow } from './flow/check.js';
import { commentFlow } from './flow/comment-stage.js';
import { recordFlow } from './flow/record.js';
import type { ResolvedMode } from './github/inputs.js';
import { describeError } from './report/errors.js';

const FLOWS: Record<ResolvedMode, (ctx: RunContext) => Promise<string[]>> = {
  check: checkFlow,
  record: recordFlow,
  comment: commentFlow,
};

/** The step; the context is the runner's unless given (the flow tests give theirs). */
export async function run(context: () => RunContext = createContext): Promise<void> {
  try {
    const ctx = context();
    const auto = ctx.inputs.mode === 'auto' ? ` (from the ${ctx.event.name} event)` : '';
    core.info(`Mode: ${ctx.mode}${auto}`);
    const failures = await FLOWS[ctx.mode](ctx);
    if (failures.length > 0) core.setFailed(failures.join('; '));
  } catch (error) {
    core.setFailed(describeError(error));
    if (error instanceof Error && error.stack) core.debug(error.stack);
  }
}
