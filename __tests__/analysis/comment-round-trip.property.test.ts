// The fork-safe second stage renders the comment from the comment file, not
// from the Result: whatever a Result holds, the comment drawn after its round
// trip through the file (JSON, then the schema's validation) is the comment
// drawn from the Result itself. A Result field the comment shows but the
// schema drops fails here.
import fc from 'fast-check';
import { componentTrends } from '../../src/analysis/component-pace.js';
import {
  parseComponentGates,
  parseComponents,
  withComponents,
} from '../../src/analysis/components.js';
import type { ChangedFile } from '../../src/analysis/diff.js';
import { trendView } from '../../src/analysis/pace.js';
import { analyse } from '../../src/analysis/result.js';
import { COMMENT_FILE_SCHEMA, parseCommentFile } from '../../src/analysis/result-schema.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { HistoryEntry } from '../../src/report/history.js';
import { readSettings } from '../../src/settings.js';
import { lineFile, reportOf } from '../support/coverage-builders.js';
import { changesOver } from '../support/delta-model.js';

const PATHS = ['a.py', 'pkg/b.py', 'pkg/c.py', 'd|e.py', 'docs/<x>.py'];
const lines = fc.uniqueArray(fc.integer({ min: 1, max: 80 }), { maxLength: 30 });
const file = fc.record({ path: fc.constantFrom(...PATHS), executed: lines, missing: lines });
const report = fc
  .uniqueArray(file, { selector: (f) => f.path, minLength: 1, maxLength: 5 })
  .map((files) => reportOf(files.map((f) => lineFile(f.path, f.executed, f.missing))));
const changes = changesOver(PATHS, lines, 4);
const sha = fc.stringMatching(/^[0-9a-f]{40}$/);
const gate = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
const history = fc.uniqueArray(
  fc.record({
    day: fc.integer({ min: 0, max: 120 }),
    covered: fc.integer({ min: 0, max: 100 }),
    commit: sha,
  }),
  { selector: (h) => h.day, maxLength: 8 },
);

test('the comment from a Result equals the comment after its round trip through the comment file', async () => {
  const defaults = readSettings(() => undefined);
  await fc.assert(
    fc.asyncProperty(
      fc.record({
        head: report,
        base: fc.option(report, { nil: null }),
        changes,
        minCoverage: fc.integer({ min: 0, max: 100 }),
        minPatchCoverage: gate,
        maxCoverageDrop: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
        maxNewUncoveredLines: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
        notes: fc.array(fc.constantFrom('A note.', 'Another *note*.', 'No baseline was found.'), {
          maxLength: 2,
        }),
        baselineCommit: fc.option(sha, { nil: null }),
        measured: fc.option(
          fc.record({
            commit: sha,
            checkout: fc.constantFrom('head' as const, 'merge' as const, 'other' as const),
            anchor: fc.option(sha, { nil: null }),
          }),
          { nil: null },
        ),
        history,
        target: fc.option(fc.integer({ min: 50, max: 100 }), { nil: null }),
        commentId: fc.constantFrom('default', 'backend', 'py 3.12'),
        todayOffset: fc.integer({ min: 0, max: 400 }),
        components: fc.constantFrom(
          '',
          'pkg: pkg/**\nroot: *.py !pkg/**',
          'all: ** !a.py\nweird. name-1: d|e.py docs/**\nnone: nowhere/**',
        ),
        componentGates: fc.constantFrom(
          '',
          '*: min-coverage=50 max-coverage-drop=1 min-patch-coverage=60 min-branch-coverage=10',
          '*: min-coverage=90 target-coverage=95',
        ),
      }),
      async (c) => {
        const defs = parseComponents(c.components);
        const analysed = analyse({
          head: c.head,
          base: c.base,
          ...(c.base
            ? { baseline: { commit: c.baselineCommit, source: 'artifact', how: 'the merge base' } }
            : {}),
          changes: c.changes as ChangedFile[] | null,
          gates: {
            ...defaults.gates,
            minCoverage: c.minCoverage,
            minPatchCoverage: c.minPatchCoverage,
            maxCoverageDrop: c.maxCoverageDrop,
            maxNewUncoveredLines: c.maxNewUncoveredLines,
          },
          impact: defaults.impact,
          notes: c.notes,
          ...(c.measured ? { measured: c.measured } : {}),
        });
        const result = withComponents({
          result: analysed,
          head: c.head,
          base: c.base,
          config: { components: defs, gates: parseComponentGates(c.componentGates, defs) },
        });
        const entries: HistoryEntry[] = [...c.history]
          .sort((a, b) => a.day - b.day)
          .map((h, i) => ({
            commit: h.commit,
            time: new Date(Date.UTC(2026, 0, 1) + h.day * 86_400_000).toISOString(),
            run: i + 1,
            statements: 100,
            covered: h.covered,
            percent: h.covered,
            // Every component's own point; the first entry predates components.
            ...(i === 0
              ? {}
              : {
                  components: Object.fromEntries(
                    (result.components ?? []).map((row) => [
                      row.name,
                      { statements: 100, covered: h.covered, percent: h.covered },
                    ]),
                  ),
                }),
          }));
        const options = {
          precision: result.precision,
          rounding: result.rounding,
          // Some histories' ETAs are already past on this day, some are not.
          today: Date.UTC(2026, 3, 1) + c.todayOffset * 86_400_000,
        };
        const view = trendView(entries, c.target, result.totals.percent, options);
        const trends = componentTrends(entries, result.components ?? [], options);
        if (view && trends.length) view.components = trends;
        if (view) result.push = view;

        const links = {
          serverUrl: 'https://github.com',
          repository: 'o/r',
          pull: 7,
          headSha: 'a'.repeat(40),
        };
        const direct = renderMarkdown(result, { commentId: c.commentId, links });
        const file = JSON.stringify({
          schema: COMMENT_FILE_SCHEMA,
          pullRequest: 7,
          headSha: 'a'.repeat(40),
          commentId: c.commentId,
          result,
        });
        const read = await parseCommentFile(new TextEncoder().encode(file), 'comment file');
        expect(renderMarkdown(read.result, { commentId: read.commentId, links })).toBe(direct);
      },
    ),
    { numRuns: 150 },
  );
});
