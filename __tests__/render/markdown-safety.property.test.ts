// Whatever paths a report (or a fork's comment file) holds and however the
// body is cut to size, nothing outside a code span is live: no mention, no
// image, no link, no raw HTML but our own balanced folding, and the footer
// stays.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseUnifiedDiff } from '../../src/analysis/diff.js';
import { analyse, type Result } from '../../src/analysis/result.js';
import { COMMENT_LIMIT, renderMarkdown, utf8Length } from '../../src/render/markdown.js';
import { parseReport } from '../../src/report/load.js';
import { normaliseReport } from '../../src/report/paths.js';
import { readSettings } from '../../src/settings.js';
import { liveMarkup } from '../support/markdown-safety.js';

const fixtures = new URL('../../fixtures/reports/', import.meta.url);
const read = async (path: string) =>
  normaliseReport(await parseReport(readFileSync(new URL(path, fixtures)), path), {
    workspace: '/nowhere',
  });

const SETTINGS: Record<string, string> = {
  'impact-min-statements': '20',
  'impact-max-coverage': '60',
  'min-file-coverage': '90',
  'file-thresholds': 'invoicing/**: 95',
  'min-coverage': '90',
};
const settings = readSettings((name) => SETTINGS[name]);
const template: Result = analyse({
  head: await read('py7-branch/head/coverage.json'),
  base: await read('py7-branch/base/coverage.json'),
  changes: parseUnifiedDiff(readFileSync(new URL('pr.diff', fixtures), 'utf8'), 'pr.diff'),
  gates: settings.gates,
  impact: settings.impact,
});

const CANARY = 'mallory';
const FRAGMENTS = [
  '@mallory',
  '<img src=x onerror=alert(1)>',
  '![mallory](https://e.example/x.png)',
  '[mallory](https://e.example)',
  '<details>',
  '</details>',
  '<summary>',
  '`',
  '``',
  '|',
  '\\',
  '\\|',
  '\\\\|',
  '*',
  '_',
  '<!--',
  '-->',
  'https://mallory.example/',
  'www.mallory.example',
  '\n',
  '\r\n',
  ' ',
  'mallory',
  'é',
  '日本',
  '🙂',
  '\u202E',
  '/',
  '#1',
  ':',
  '&amp;',
  '    ',
];

/** A hostile path: fragments and noise, some of them thousands of characters long. */
const hostilePath = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), {
      minLength: 1,
      maxLength: 30,
    }),
    fc.integer({ min: 1, max: 40 }),
  )
  .map(([parts, repeat]) => `${parts.join('')}${CANARY}`.repeat(repeat).slice(0, 4096));

/** The template result with every report path replaced by a hostile one. */
function withPaths(paths: string[], copies: number): Result {
  const pick = (i: number) => paths[i % paths.length] as string;
  const r: Result = structuredClone(template);
  const rows = Array.from({ length: copies }, () => template.files).flat();
  r.files = rows.map((row, i) => ({ ...row, path: pick(i), changed: i % 3 !== 0 }));
  r.impact = r.impact.map((e, i) => ({ ...e, path: pick(i + 1) }));
  r.impactSummary.folders = r.impact.map((e, i) => ({
    folder: pick(i + 2),
    files: 2,
    uncovered: e.uncovered,
  }));
  r.gates = r.gates.map((g) =>
    g.files
      ? {
          ...g,
          files: rows.map((row, i) => ({
            ...row,
            path: pick(i + 3),
            threshold: 95,
            rule: pick(i),
          })),
        }
      : g,
  );
  r.removedFiles = paths.map((path) => ({ path, basePercent: 50 }));
  r.patchNonStatements = paths.slice(0, 7);
  return r;
}

test('no body the renderer returns has anything live outside code spans, whatever the paths and size', () => {
  fc.assert(
    fc.property(
      fc.array(hostilePath, { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 1, max: 60 }),
      fc.oneof(fc.constant(COMMENT_LIMIT), fc.integer({ min: 3000, max: COMMENT_LIMIT })),
      fc.boolean(),
      (paths, copies, limit, bytes) => {
        const result = withPaths(paths, copies);
        const body = renderMarkdown(result, {
          commentId: 'default',
          maxLength: limit,
          ...(bytes ? { unit: 'bytes' as const } : {}),
        });
        expect(bytes ? utf8Length(body) : body.length).toBeLessThanOrEqual(limit);
        expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
        expect(liveMarkup(body, { canary: CANARY })).toEqual([]);
        // The footer closes every body.
        expect(body.trimEnd()).toMatch(/<sub>[\s\S]*<\/sub>$/);
      },
    ),
    { numRuns: 60 },
  );
});

test('a body cut mid code span on main would leak: the checker itself sees a broken span', () => {
  // The checker must be able to fail: a row cut inside its code span turns the rest live.
  const row = `| \`${'a'.repeat(10)} @${CANARY} <img src=x>\` | 50% |`;
  const cut = `| File | Coverage |\n|:--|--:|\n${row.slice(0, 8)}${row.slice(20)}\n`;
  expect(liveMarkup(`| File | Coverage |\n|:--|--:|\n${row}\n`, { canary: CANARY })).toEqual([]);
  expect(liveMarkup(cut.replace('`', ''), { canary: CANARY }).length).toBeGreaterThan(0);
});
