// "Why coverage changed" as the comment draws it: links only of our own making
// (a hostile path cannot end one), plain text without a pull request, and the
// one line where the rounded parts do not add up to the rounded delta.
import { createHash } from 'node:crypto';
import { analyse } from '../../src/analysis/result.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { readSettings } from '../../src/settings.js';
import { lineFile, reportOf } from '../support/coverage-builders.js';
import { liveMarkup } from '../support/markdown-safety.js';

const HOSTILE = 'pkg/a)(b [x]](y) @mallory.py';
const links = {
  serverUrl: 'https://github.com',
  repository: 'o/r',
  pull: 7,
  headSha: 'f'.repeat(40),
};

function lostLines(precision = '2') {
  const s = readSettings((name) =>
    name === 'max-new-uncovered-lines' ? '0' : name === 'precision' ? precision : undefined,
  );
  return analyse({
    head: reportOf([lineFile(HOSTILE, [1, 2], [3, 4, 5]), lineFile('b.py', [1, 2, 3])]),
    base: reportOf([lineFile(HOSTILE, [1, 2, 3, 4, 5]), lineFile('b.py', [1], [2, 3])]),
    changes: [
      { path: 'b.py', previousPath: null, status: 'modified', addedLines: [], deletedLines: [] },
    ],
    gates: s.gates,
    impact: s.impact,
  });
}

test('a hostile path is a code span inside our own links, nothing else is live', () => {
  const result = lostLines();
  expect(result.deltaParts?.lostCoverage).toEqual([{ path: HOSTILE, ranges: [[3, 5]], lines: 3 }]);
  const body = renderMarkdown(result, { links });
  const anchor = createHash('sha256').update(HOSTILE).digest('hex');
  expect(body).toContain(`[3–5](https://github.com/o/r/pull/7/files#diff-${anchor}R3)`);
  expect(body).toContain(
    `https://github.com/o/r/blob/${'f'.repeat(40)}/pkg/a%29%28b%20%5Bx%5D%5D%28y%29%20%40mallory.py)`,
  );
  expect(liveMarkup(body, { canary: 'mallory' })).toEqual([]);
  // Without a pull request: the same rows, no links.
  const plain = renderMarkdown(result);
  expect(plain).toMatch(/\| 3 \| 3–5 \|/);
  expect(plain).not.toContain('https://');
  expect(renderText(result, { colour: false })).toMatch(
    /Lines that lost coverage:\n {4}pkg\/a\)\(b/,
  );
});

test('one line says so where the rounded parts do not add up to the rounded delta', () => {
  // Lost 3 of 8, gained 2: −37.5 and +25 pp round (precision 0, half to even) to −38 and +25, i.e. −13; the delta −12.5 rounds to −12.
  const result = lostLines('0');
  const parts = result.deltaParts?.parts
    .filter((p) => p.points !== 0)
    .map((p) => [p.part, p.points]);
  expect(parts).toEqual([
    ['lost-coverage', -37.5],
    ['gained-coverage', 25],
  ]);
  expect(result.delta).toBe(-12.5);
  const body = renderMarkdown(result);
  expect(body).toContain(
    '_Each part is rounded on its own, so the shown parts add up to -13 pp, not -12 pp; unrounded they add up exactly._',
  );
  expect(renderMarkdown(lostLines('2'))).not.toContain('Each part is rounded on its own');
});
