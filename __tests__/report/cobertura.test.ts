/**
 * The Cobertura reader against the producers' own figures: coverage.py's
 * `coverage xml` (its line-rate is "%.4g" of lines hit / lines, and its
 * `coverage report` prints the same statements and misses) and Jest's
 * cobertura reporter (line-rate = Istanbul's truncated pct / 100).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCobertura } from '../../src/report/cobertura.js';
import { InputError } from '../../src/report/errors.js';
import { parseReport } from '../../src/report/load.js';
import { type CoverageReport, computeTotals, type Totals } from '../../src/report/model.js';
import { normaliseReport } from '../../src/report/paths.js';
import { displayPercent, truncateDecimals } from '../../src/report/rounding.js';
import { FIXTURES, parseReportText } from '../support/fixture-data.js';
import { JS_RUNS, JS_WORKDIR, readFixture } from '../support/js-fixture-data.js';

const PY_WORKDIR = '/tmp/coverage-gate-fixtures/repo';

function attributes(xml: string, element: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${element}\\s([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries(
      [...(m[1] as string).matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]),
    ),
  );
}

const load = async (xml: string, name: string, workspace: string): Promise<CoverageReport> =>
  normaliseReport(await parseReport(Buffer.from(xml), name), { workspace });

const pyVariants = readdirSync(FIXTURES)
  .filter((v) => v.startsWith('py'))
  .flatMap((v) => ['base', 'head'].map((side) => [v, side] as const))
  .filter(([v, side]) => readdirSync(join(FIXTURES, v)).includes(side))
  .filter(([v, side]) => readdirSync(join(FIXTURES, v, side)).includes('coverage.xml'));

describe.each(pyVariants)('coverage.py XML %s/%s', (variant, side) => {
  const xml = readFixture(variant, side, 'coverage.xml');
  let report: CoverageReport;
  let totals: Totals;
  beforeAll(async () => {
    report = await load(xml, 'coverage.xml', PY_WORKDIR);
    totals = computeTotals(report);
  });
  const root = attributes(xml, 'coverage')[0] as Record<string, string>;
  const text = parseReportText(readFixture(variant, side, 'report.txt'));

  test('is detected as Cobertura, and its rates are rounded, not truncated', () => {
    expect(report.format).toBe('cobertura');
    expect(report.rounding).toBe('half-even');
  });

  test('totals equal lines-valid / lines-covered and line-rate ("%.4g")', () => {
    expect(totals.statements).toBe(Number(root['lines-valid']));
    expect(totals.covered).toBe(Number(root['lines-covered']));
    expect(Number((totals.covered / totals.statements).toPrecision(4))).toBe(
      Number(root['line-rate']),
    );
  });

  test("every file's lines equal coverage report's Stmts and Miss", () => {
    expect([...report.files.keys()].sort()).toEqual(text.rows.map((r) => r.name).sort());
    for (const row of text.rows) {
      const file = report.files.get(row.name);
      expect([file?.statements, (file?.statements ?? 0) - (file?.covered ?? 0)]).toEqual([
        row.statements,
        row.missing,
      ]);
      // Without branch data the XML's figure is coverage.py's own percent.
      if (row.branches === null) {
        expect(file && displayPercent((100 * file.covered) / file.statements, text.precision)).toBe(
          row.cover,
        );
      }
    }
  });

  test('branches, where measured, equal branches-valid / branches-covered', () => {
    if (text.total.branches === null) {
      expect(totals.metrics?.branches).toBeUndefined();
      return;
    }
    expect(totals.metrics?.branches).toEqual({
      total: Number(root['branches-valid']),
      covered: Number(root['branches-covered']),
    });
    expect(totals.metrics?.branches?.total).toBe(text.total.branches);
  });
});

describe.each(JS_RUNS)("Jest's cobertura reporter, run %s", (run) => {
  const xml = readFixture('cobertura', run, 'coverage.xml');
  let report: CoverageReport;
  let totals: Totals;
  beforeAll(async () => {
    report = await load(xml, 'coverage.xml', JS_WORKDIR);
    totals = computeTotals(report);
  });
  const root = attributes(xml, 'coverage')[0] as Record<string, string>;

  test('totals equal its lines-valid, lines-covered and line-rate', () => {
    expect(report.format).toBe('cobertura');
    expect([totals.covered, totals.statements]).toEqual([
      Number(root['lines-covered']),
      Number(root['lines-valid']),
    ]);
    expect(truncateDecimals(totals.percent, 2) / 100).toBe(Number(root['line-rate']));
  });

  test('each class equals its line-rate; paths are repository-relative', () => {
    const classes = attributes(xml, 'class');
    expect(classes.length).toBe(report.files.size);
    for (const cls of classes) {
      const file = report.files.get(cls.filename as string);
      expect(file).toBeDefined();
      const percent = (100 * (file?.covered ?? 0)) / (file?.statements ?? 1);
      expect(truncateDecimals(percent, 2) / 100).toBe(Number(cls['line-rate']));
    }
  });

  test('its rates are truncated, so its figures are shown truncated, as it states them', () => {
    expect(report.rounding).toBe('truncate');
    expect(displayPercent(totals.percent, 2, report.rounding)).toBe(
      (Number(root['line-rate']) * 100).toFixed(2),
    );
  });

  test('the branch total is the one its root states, not a sum over its lines', () => {
    expect(totals.metrics?.branches).toEqual({
      total: Number(root['branches-valid']),
      covered: Number(root['branches-covered']),
    });
  });

  test('the same lines as the Istanbul and LCOV reports of the same run', async () => {
    const lcov = await parseReport(Buffer.from(readFixture('lcov', run, 'lcov.info')), 'lcov.info');
    for (const [path, file] of report.files) {
      expect(file.executedLines).toEqual(lcov.files.get(path)?.executedLines);
      expect(file.missingLines).toEqual(lcov.files.get(path)?.missingLines);
    }
  });
});

describe('variants', () => {
  const xml = `<?xml version="1.0" ?>
<coverage line-rate="0.5" branch-rate="0.5" version="1">
  <sources><source>/work/repo/src/</source></sources>
  <packages><package name="p"><classes>
    <class name="A" filename="a/A.java"><methods/><lines>
      <line number="1" hits="0"/>
      <line number="2" hits="1" branch="true" condition-coverage="50% (1/2)"/>
    </lines></class>
    <class name="A$Inner" filename="a/A.java"><lines>
      <line number="1" hits="4"/>
      <line number="3" hits="0"/>
    </lines></class>
    <class name="B" filename="/abs/B.java"><lines><line number="7" hits="2"/></lines></class>
  </classes></package></packages>
</coverage>`;

  test('a file in several classes is merged; relative names join the source', async () => {
    const report = await readCobertura(xml, 'v.xml');
    expect([...report.files.keys()]).toEqual(['/work/repo/src/a/A.java', '/abs/B.java']);
    const file = report.files.get('/work/repo/src/a/A.java');
    expect(file?.executedLines).toEqual([1, 2]);
    expect(file?.missingLines).toEqual([3]);
    expect(file?.metrics?.branches).toEqual({ total: 2, covered: 1 });
  });

  test('a source under the workspace ends up repository-relative', async () => {
    const report = await load(xml, 'v.xml', '/work/repo');
    expect(report.files.has('src/a/A.java')).toBe(true);
  });
});

describe('bad Cobertura XML', () => {
  const good = readFixture('cobertura', 'head', 'coverage.xml');
  const bomb = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<coverage><sources><source>&lol9;</source></sources><packages/></coverage>`;
  const external = `<?xml version="1.0"?>
<!DOCTYPE coverage [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<coverage><sources><source>&xxe;</source></sources></coverage>`;
  test.each([
    ['truncated XML', good.slice(0, Math.floor(good.length / 2)), /is not well-formed XML/],
    ['a billion-laughs bomb', bomb, /declares XML entities/],
    ['an external entity', external, /declares XML entities/],
    [
      'a negative hit count',
      good.replace('hits="2" branch="false"', 'hits="-2" branch="false"'),
      /<line hits="-2"> must be zero or more/,
    ],
    [
      'a line number 0',
      good.replace('number="3"', 'number="0"'),
      /<line number="0"> must be 1 or more/,
    ],
    [
      'a class without filename',
      good.replace('filename="src/report.js"', ''),
      /<class> #2 has no filename/,
    ],
    [
      'XML that is not Cobertura',
      '<?xml version="1.0"?><report/>',
      /has no <coverage> root element/,
    ],
  ])('%s', async (_name, text, message) => {
    await expect(readCobertura(text, 'bad.xml')).rejects.toThrow(InputError);
    await expect(readCobertura(text, 'bad.xml')).rejects.toThrow(message);
  });
});
