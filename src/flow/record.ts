/**
 * Record mode (pushes): the absolute gates on the pushed commit, this
 * commit's point on the history, and the files later runs read (the
 * baseline, the history, the badge).
 */
import type { RunContext } from '../context.js';
import type { Settings } from '../settings.js';
import { publish } from './publish.js';
import { analyse, baseFromFile, readHead, start } from './report.js';
import { planBadge, prepareTrend } from './trend.js';

/** On a push the absolute gates apply; there is no base to compare with. */
export function recordSettings(settings: Settings): Settings {
  return {
    ...settings,
    gates: {
      ...settings.gates,
      maxCoverageDrop: null,
      minPatchCoverage: null,
      failOnMissingBaseline: false,
    },
  };
}

export async function recordFlow(ctx: RunContext): Promise<string[]> {
  // What decides the badge branch is asked for first, alongside everything else.
  const badge = planBadge(ctx);
  const begun = await start(ctx);
  const head = await readHead(ctx, begun.paths);
  const result = analyse(recordSettings(ctx.inputs.settings), {
    head,
    ...(await baseFromFile(begun)),
    changes: null,
    notes: [begun.walkNote()].filter((note): note is string => note !== undefined),
  });
  const trend = await prepareTrend(ctx, {
    mode: 'record',
    result,
    imported: begun.imported,
    branch: /^refs\/heads\/(.+)$/.exec(ctx.event.ref)?.[1] ?? null,
  });
  if (trend.view) result.push = trend.view;
  return publish(ctx, { result, head, trend, pull: null, badge });
}
