/**
 * Merging reports of one run equals `coverage combine` of their data files.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCoveragePyJson } from '../../src/github/outputs.js';
import { readCoveragePy } from '../../src/report/coveragepy.js';
import { InputError } from '../../src/report/errors.js';
import { readReportFile } from '../../src/report/load.js';
import { mergeReports } from '../../src/report/merge.js';
import {
  type CoverageReport,
  computeTotals,
  type FileCoverage,
  filePercent,
} from '../../src/report/model.js';
import { displayPercent } from '../../src/report/rounding.js';
import { lineFile, reportOf } from '../support/coverage-builders.js';
import {
  FIXTURES,
  mergeVariants,
  parseReportText,
  REPO_ROOT,
  readText,
} from '../support/fixture-data.js';
import { tempDir } from '../support/temp.js';

const read = (path: string): Promise<CoverageReport> => readReportFile(path, 'auto', REPO_ROOT);

function fileFacts(report: CoverageReport) {
  return [...report.files.values()].map((f) => ({
    path: f.path,
    statements: f.statements,
    covered: f.covered,
    branches: f.branches,
    coveredBranches: f.coveredBranches,
    partialBranches: f.partialBranches,
    missingLines: f.missingLines,
    executedLines: f.executedLines,
    missingBranches: f.missingBranches,
    percent: filePercent(f),
  }));
}

const variants = mergeVariants();

test('merge fixtures exist for a line-only and a branch variant', () => {
  expect(variants).toEqual(['py6-line', 'py7-branch']);
});

describe.each(variants)('%s', (variant) => {
  const dir = join(FIXTURES, variant, 'merge');

  test('part-a + part-b equals coverage combine, file by file', async () => {
    const a = await read(join(dir, 'part-a', 'coverage.json'));
    const b = await read(join(dir, 'part-b', 'coverage.json'));
    const combined = await read(join(dir, 'combined', 'coverage.json'));
    const merged = mergeReports([a, b]);
    expect(fileFacts(merged)).toEqual(
      fileFacts(combined).sort((x, y) => (x.path < y.path ? -1 : 1)),
    );
    // The parts really differ from the whole, so the merge did some work.
    expect(computeTotals(a).covered).toBeLessThan(computeTotals(merged).covered);
    expect(computeTotals(b).covered).toBeLessThan(computeTotals(merged).covered);
  });

  test("the merged total equals combined/report.txt's TOTAL line", async () => {
    const merged = mergeReports([
      await read(join(dir, 'part-a', 'coverage.json')),
      await read(join(dir, 'part-b', 'coverage.json')),
    ]);
    const printed = parseReportText(readText(join(dir, 'combined', 'report.txt')));
    const totals = computeTotals(merged);
    expect({
      statements: totals.statements,
      missing: totals.statements - totals.covered,
      branches: totals.branches,
      cover: displayPercent(totals.percent, printed.precision),
    }).toEqual({
      statements: printed.total.statements,
      missing: printed.total.missing,
      branches: printed.total.branches,
      cover: printed.total.cover,
    });
    for (const row of printed.rows) {
      const file = merged.files.get(row.name);
      expect([row.name, file && displayPercent(filePercent(file), printed.precision)]).toEqual([
        row.name,
        row.cover,
      ]);
    }
  });
});

describe('merges that cannot be exact are refused', () => {
  let temp: string;
  beforeAll(() => {
    temp = tempDir('merge-test-');
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  test('branch data with line-only data', async () => {
    const branch = await read(join(FIXTURES, 'py7-branch', 'head', 'coverage.json'));
    const line = await read(join(FIXTURES, 'py7-line', 'head', 'coverage.json'));
    for (const order of [
      [branch, line],
      [line, branch],
    ]) {
      let error: unknown;
      try {
        mergeReports(order);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      const message = (error as Error).message;
      expect(message.startsWith(`${line.source}: has line coverage only`)).toBe(true);
      expect(message).toContain(branch.source);
      expect(message).not.toContain('\n');
    }
  });

  test('branch counts without arc lists', async () => {
    const source = join(FIXTURES, 'py7-branch', 'merge', 'part-a', 'coverage.json');
    const stripped = join(temp, 'no-arcs.json');
    const document = JSON.parse(readFileSync(source, 'utf8')) as {
      files: Record<string, Record<string, unknown>>;
    };
    for (const file of Object.values(document.files)) {
      delete file.executed_branches;
      delete file.missing_branches;
    }
    writeFileSync(stripped, JSON.stringify(document));
    const withoutArcs = await readReportFile(stripped, 'auto', '');
    expect(withoutArcs.hasBranches).toBe(true);
    const other = await read(join(FIXTURES, 'py7-branch', 'merge', 'part-b', 'coverage.json'));
    for (const order of [
      [withoutArcs, other],
      [other, withoutArcs],
    ]) {
      expect(() => mergeReports(order)).toThrow(
        new RegExp(
          `^${stripped.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: has branch counts for "invoicing/[a-z_]+\\.py" but no arc lists`,
        ),
      );
    }
    // A single report without arcs is fine: nothing needs merging.
    expect(mergeReports([withoutArcs])).toBe(withoutArcs);
  });

  test('a report without line lists (Istanbul coverage-summary.json)', async () => {
    const summary = await read(join(FIXTURES, 'istanbul', 'head', 'coverage-summary.json'));
    const final = await read(join(FIXTURES, 'istanbul', 'head', 'coverage-final.json'));
    expect(() => mergeReports([summary, summary])).toThrow(
      /has no line lists for "[^"]+".*cannot be merged/,
    );
    expect(() => mergeReports([final, summary])).toThrow(
      new RegExp(`^${summary.source.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: has no line lists`),
    );
    // Reports with line lists still merge.
    expect(computeTotals(mergeReports([final, final])).covered).toBe(computeTotals(final).covered);
  });

  test('two versions of one file', async () => {
    const base = await read(join(FIXTURES, 'py7-line', 'base', 'coverage.json'));
    const head = await read(join(FIXTURES, 'py7-line', 'head', 'coverage.json'));
    expect(() => mergeReports([base, head])).toThrow(/different versions of the file/);
  });

  test('a copy merged with itself reads the same', async () => {
    const path = join(temp, 'copy.json');
    copyFileSync(join(FIXTURES, 'py7-branch', 'head', 'coverage.json'), path);
    const once = await readReportFile(path, 'auto', '');
    expect(fileFacts(mergeReports([once, once]))).toEqual(fileFacts(once));
  });
});

describe('reports of different formats', () => {
  const python = () => read(join(FIXTURES, 'py7-branch', 'head', 'coverage.json'));
  const istanbul = (run = 'head') => read(join(FIXTURES, 'istanbul', run, 'coverage-final.json'));
  const only = (report: CoverageReport, paths: Iterable<string>): CoverageReport => ({
    ...report,
    files: new Map([...paths].map((path) => [path, report.files.get(path) as FileCoverage])),
  });

  test('merge when no file is in two of them: the coverage.py figures stay, the Istanbul files keep their own', async () => {
    const py = await python();
    const js = await istanbul();
    for (const order of [
      [py, js],
      [js, py],
    ]) {
      const merged = mergeReports(order);
      expect(merged.format).toBe('coverage.py');
      expect(merged.hasBranches).toBe(true);
      expect(merged.rounding).toBeUndefined();
      expect(merged.roundings).toEqual({ 'coverage.py': 'half-even', istanbul: 'truncate' });
      expect(merged.files.size).toBe(py.files.size + js.files.size);
      for (const [path, file] of py.files) {
        expect(merged.files.get(path)).toEqual({ ...file, format: 'coverage.py' });
      }
      for (const [path, file] of js.files) {
        expect(merged.files.get(path)).toEqual({ ...file, format: 'istanbul' });
      }
      // The Istanbul files add lines and no branch: coverage.py's own part reads as before.
      const pyTotals = computeTotals(py);
      const ownPart = computeTotals(only(merged, py.files.keys()));
      expect(ownPart).toEqual(pyTotals);
      const all = computeTotals(merged);
      expect(all.statements).toBe(pyTotals.statements + computeTotals(js).statements);
      expect([all.branches, all.coveredBranches]).toEqual([
        pyTotals.branches,
        pyTotals.coveredBranches,
      ]);
      expect(merged.notes).toContain(
        `Merged coverage.py (${py.files.size} files) and istanbul (${js.files.size} files); the istanbul files count lines.`,
      );
    }
  });

  test('reports of one format still merge per file beside another format', async () => {
    const py = await python();
    const base = await istanbul('base');
    const pricing = await istanbul('part-pricing');
    const head = await istanbul('head');
    const merged = mergeReports([base, py, pricing]);
    // The two Istanbul runs together cover what the whole suite covers.
    const jsPart = computeTotals(only(merged, head.files.keys()));
    expect([jsPart.statements, jsPart.covered]).toEqual([
      computeTotals(head).statements,
      computeTotals(head).covered,
    ]);
    expect(computeTotals(base).covered).toBeLessThan(jsPart.covered);
    for (const path of head.files.keys()) expect(merged.files.get(path)?.format).toBe('istanbul');
  });

  test('a single format keeps the plain path: no per-file format, no note', async () => {
    const js = await istanbul();
    const merged = mergeReports([js, js]);
    expect(merged.roundings).toBeUndefined();
    expect([...merged.files.values()].some((f) => f.format !== undefined)).toBe(false);
    expect(merged.notes ?? []).not.toContainEqual(expect.stringMatching(/^Merged /));
  });

  test('a file in reports of two formats is refused in one line naming both sources and the path', async () => {
    const js = await istanbul();
    const [key, file] = [...js.files][0] as [string, FileCoverage];
    const py = reportOf([lineFile(key, file.executedLines, file.missingLines)], 'py/coverage.json');
    for (const order of [
      [py, js],
      [js, py],
    ]) {
      const [first, second] = order as [CoverageReport, CoverageReport];
      let error: unknown;
      try {
        mergeReports(order);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toBe(
        `${second.source}: ${JSON.stringify(key)} is in this ${second.format} report and in ${first.source} (${first.format}); its statements and its lines are different units, so one file cannot be merged across formats`,
      );
    }
  });

  test('the branch rule stays between reports of one format', async () => {
    const branch = await python();
    const line = await read(join(FIXTURES, 'py7-line', 'head', 'coverage.json'));
    const js = await istanbul();
    expect(() => mergeReports([branch, js, line])).toThrow(
      new RegExp(`^${line.source.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: has line coverage only`),
    );
    // Line-only coverage.py beside Istanbul: neither measured branches.
    expect(mergeReports([line, js]).hasBranches).toBe(false);
  });
});

describe("a mixed merge kept by record mode (coverage.py's JSON shape with meta.producers)", () => {
  const mixed = async () =>
    mergeReports([
      await read(join(FIXTURES, 'py7-branch', 'head', 'coverage.json')),
      await read(join(FIXTURES, 'istanbul', 'head', 'coverage-final.json')),
    ]);

  test('reads back file by file as each producer measured it', async () => {
    const merged = await mixed();
    const kept = JSON.parse(toCoveragePyJson(merged)) as {
      meta: { producers: Record<string, { rounding: string; files: string[] }> };
    };
    const jsFiles = [...merged.files.values()].filter((f) => f.format === 'istanbul');
    expect(kept.meta.producers).toEqual({
      istanbul: { rounding: 'truncate', files: jsFiles.map((f) => f.path) },
    });
    const back = readCoveragePy(kept, 'baseline.json');
    expect(back.roundings).toEqual(merged.roundings);
    expect(fileFacts(back)).toEqual(fileFacts(merged));
    for (const [path, file] of merged.files) expect(back.files.get(path)?.format).toBe(file.format);
    expect(computeTotals(back)).toEqual({ ...computeTotals(merged), metrics: undefined });
  });

  test('a malformed meta.producers is refused in one line', async () => {
    const kept = JSON.parse(toCoveragePyJson(await mixed())) as {
      meta: { producers: Record<string, unknown> };
    };
    const read = (producers: unknown) => () =>
      readCoveragePy({ ...kept, meta: { ...kept.meta, producers } }, 'baseline.json');
    expect(read({ istanbul: { rounding: 'up', files: [] } })).toThrow(
      /^baseline\.json: meta\.producers must map a format \(istanbul, lcov, cobertura\) to .*; meta\.producers\["istanbul"\] does not$/,
    );
    expect(read({ istanbul: { rounding: 'truncate', files: ['nowhere.js'] } })).toThrow(
      'baseline.json: meta.producers["istanbul"] names "nowhere.js", which is not in files',
    );
    expect(read([])).toThrow(/^baseline\.json: meta\.producers must map a format/);
  });
});
