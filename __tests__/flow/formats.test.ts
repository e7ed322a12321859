// the action (in process) in check mode once per report format: the head report
// of the JavaScript fixture in that format, the base report of the same
// format given as base-coverage-file. Expected figures are the producers'
// own printed summaries (fixtures/reports/{istanbul,lcov,cobertura}).
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPercent, truncateDecimals } from '../../src/report/rounding.js';
import { checkRun, inProcess, prComments, resultOf, startGitHub } from '../support/e2e.js';
import { FIXTURES } from '../support/scenario.js';
import { tempDir } from '../support/temp.js';

inProcess();

const printed = (path: string, pattern: RegExp): string =>
  pattern.exec(readFileSync(join(FIXTURES, path), 'utf8'))?.[1] ?? 'not printed';

// Each producer's printed figure, and its rule applied to our unrounded percent.
const cases = [
  {
    format: 'istanbul',
    head: 'istanbul/head/coverage-final.json',
    base: 'istanbul/base/coverage-final.json',
    printed: printed('istanbul/head/text-summary.txt', /Lines\s+: ([\d.]+)%/),
    rule: (percent: number) => String(truncateDecimals(percent, 2)),
    rounding: 'truncate' as const,
  },
  {
    format: 'lcov',
    head: 'lcov/head/lcov.info',
    base: 'lcov/base/lcov.info',
    printed: printed('lcov/head/lcov-summary.txt', /lines\.+: ([\d.]+)%/),
    rule: (percent: number) => displayPercent(percent, 1),
    rounding: 'half-even' as const,
  },
  {
    format: 'cobertura',
    head: 'cobertura/head/coverage.xml',
    base: 'cobertura/base/coverage.xml',
    // Jest's cobertura reporter: line-rate = Istanbul's truncated pct / 100.
    printed: printed('cobertura/head/coverage.xml', / line-rate="([\d.]+)"/),
    rule: (percent: number) => String(truncateDecimals(percent, 2) / 100),
    // Its rates are truncated, so the figures are shown truncated too.
    rounding: 'truncate' as const,
  },
];

test.each(cases)('$format: check mode reads the format end to end', async (c) => {
  const gh = await startGitHub();
  const ws = tempDir('cg-formats-');
  const headName = c.head.split('/').pop() as string;
  copyFileSync(join(FIXTURES, c.head), join(ws, headName));
  copyFileSync(join(FIXTURES, c.base), join(ws, `base-${headName}`));
  const run = await checkRun(gh, {
    workspace: ws,
    inputs: {
      'coverage-file': headName,
      'base-coverage-file': `base-${headName}`,
      'min-coverage': '50',
    },
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const result = resultOf(run);
  expect(result.format).toBe(c.format);
  expect(result.base.source).toBe('file');
  expect(c.rule(result.totals.percent)).toBe(c.printed);
  expect(result.totals).toMatchObject({ covered: 21, statements: 39 });
  expect(result.base.covered).toBe(7);
  // The outputs and the comment show the figure in the producer's rounding.
  expect(result.rounding).toBe(c.rounding);
  const shown = displayPercent(result.totals.percent, 2, c.rounding);
  expect(run.outputs.coverage).toBe(shown);
  expect(run.outputs.passed).toBe('true');
  const comments = prComments(gh);
  expect(comments).toHaveLength(1);
  expect(comments[0]?.body).toContain('<!-- coverage-gate:default -->');
  expect(comments[0]?.body).toContain(`${shown}%`);
  expect(comments[0]?.body).toContain('21 / 39 lines');
});
