/**
 * The terminal report, drawn from a real analysis of the fixture PR.
 */
import { join } from 'node:path';
import { parseUnifiedDiff } from '../../src/analysis/diff.js';
import { analyse, type Result } from '../../src/analysis/result.js';
import { renderJson } from '../../src/render/json.js';
import { renderText, table } from '../../src/render/text.js';
import { readReportFile } from '../../src/report/load.js';
import type { CoverageReport } from '../../src/report/model.js';
import { FIXTURES, REPO_ROOT, readText } from '../support/fixture-data.js';

const gates = {
  minCoverage: 0,
  minFileCoverage: 0,
  minFileStatements: 0,
  fileThresholds: [],
  maxCoverageDrop: null,
  minPatchCoverage: null,
  failOnMissingBaseline: false,
  precision: 2,
};
const impact = { minStatements: 30, maxCoverage: 80, target: 50, count: 10 };

let head: CoverageReport;
let base: CoverageReport;
beforeAll(async () => {
  head = await readReportFile(
    join(FIXTURES, 'py7-branch', 'head', 'coverage.json'),
    'coverage.py',
    REPO_ROOT,
  );
  base = await readReportFile(
    join(FIXTURES, 'py7-branch', 'base', 'coverage.json'),
    'coverage.py',
    REPO_ROOT,
  );
});

const changes = () => parseUnifiedDiff(readText(join(FIXTURES, 'pr.diff')), 'pr.diff');

test('shows verdict, totals, changed files and the impact list, without colour by default', () => {
  const result = analyse({
    head,
    base,
    changes: changes(),
    gates: { ...gates, minCoverage: 90 },
    impact,
  });
  const text = renderText(result);
  expect(text).toMatch(/^Coverage Gate {2}FAILED \(min-coverage\)\n/);
  expect(text).toContain('72.76%');
  expect(text).toContain('74.35%');
  expect(text).toContain('-1.59 pp');
  expect(text).toMatch(/FAIL {2}min-coverage: Total coverage 72\.76% is below the minimum 90%/);
  expect(text).toMatch(
    /invoicing\/refunds\.py\s+66\.67%\s+new\s+41\/57\s+40, 44, 50, 62-69, 72, 76-79/,
  );
  expect(text).toContain('Test these next');
  expect(text).toMatch(/invoicing\/render\.py \*/);
  expect(text).toContain('* changed in this diff');
  expect(text).not.toContain('\u001b');
});

test('colour is added only when asked for, and never changes the words', () => {
  const result = analyse({ head, base, changes: changes(), gates, impact });
  const plain = renderText(result, { colour: false });
  const coloured = renderText(result, { colour: true });
  expect(coloured).toContain('\u001b[32mPASSED\u001b[0m');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips colour codes
  expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
});

test('patch coverage n/a and no baseline are said plainly', () => {
  const result = analyse({
    head,
    base: null,
    changes: [
      { path: 'invoicing/cart.py', previousPath: null, status: 'modified', addedLines: [2] },
    ],
    gates,
    impact,
    notes: ['No baseline was given (--base), so there is no comparison with the base branch.'],
  });
  const text = renderText(result);
  expect(text).toMatch(/Patch\s+n\/a/);
  expect(text).toMatch(/Base\s+none/);
  expect(text).toContain('Note: No baseline was given');
});

test('control characters in a report path never reach the terminal', () => {
  const evil = 'invoicing/\u001b]0;pwned\u0007cart.py';
  const file = head.files.get('invoicing/cart.py');
  if (!file) throw new Error('fixture changed');
  const files = new Map(head.files);
  files.set(evil, { ...file, path: evil });
  const result = analyse({
    head: { ...head, files },
    base: null,
    changes: [{ path: evil, previousPath: null, status: 'modified', addedLines: [3] }],
    gates,
    impact,
  });
  const text = renderText(result);
  expect(text).toContain('invoicing/?]0;pwned?cart.py');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them
  expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
});

test('table pads columns and right-aligns numbers', () => {
  expect(
    table(
      [
        ['File', 'Cover'],
        ['a.py', '5.00%'],
        ['long/name.py', '100.00%'],
      ],
      [1],
    ).split('\n'),
  ).toEqual(['File            Cover', 'a.py            5.00%', 'long/name.py  100.00%']);
});

describe('renderJson', () => {
  test('round-trips the result with full-precision numbers', () => {
    const result: Result = analyse({ head, base, changes: changes(), gates, impact });
    const text = renderJson(result);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(result)));
    expect(JSON.parse(text).totals.percent).toBe(result.totals.percent);
    expect(String(result.totals.percent).length).toBeGreaterThan(8);
  });
});
