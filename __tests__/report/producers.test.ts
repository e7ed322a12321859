/**
 * Producers' quirks (fixtures/reports/producers/, see its README): each
 * report reads to the producer's own figures (its Cobertura root, its
 * `lcov --summary`, its text summary), or is refused with one line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { refuseEmptyReport } from '../../src/report/empty.js';
import { InputError } from '../../src/report/errors.js';
import { parseReport } from '../../src/report/load.js';
import { type CoverageReport, computeTotals } from '../../src/report/model.js';
import { normaliseReport } from '../../src/report/paths.js';
import { displayPercent, truncateDecimals } from '../../src/report/rounding.js';
import { parseLcovSummary, parseTextSummary, readFixture } from '../support/js-fixture-data.js';
import { tempDir } from '../support/temp.js';

const read = (dir: string, file: string, cwd?: string): Promise<CoverageReport> =>
  parseReport(
    Buffer.from(readFixture('producers', dir, file)),
    `${dir}/${file}`,
    'auto',
    cwd ?? process.cwd(),
  );

/** The root element's attributes of a Cobertura file. */
function root(dir: string): Record<string, string> {
  const tag = /<coverage\s([^>]*)>/.exec(readFixture('producers', dir, 'coverage.xml'));
  return Object.fromEntries(
    [...(tag?.[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]),
  );
}

const refusal = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected the report to be refused');
};

describe('Cobertura', () => {
  test('Swift/Xcode: lines only under methods are read; a line two methods list counts once', async () => {
    const report = await read('cobertura-xcode', 'coverage.xml');
    const totals = computeTotals(report);
    const stated = root('cobertura-xcode');
    expect([totals.covered, totals.statements]).toEqual([
      Number(stated['lines-covered']),
      Number(stated['lines-valid']),
    ]);
    expect(totals.percent / 100).toBeCloseTo(Number(stated['line-rate']), 12);
    const ledger = report.files.get('/Users/ci/work/Ledger/Sources/Ledger/Ledger.swift');
    expect(ledger?.executedLines).toEqual([8, 9, 10, 13, 14, 17, 19]);
    expect(ledger?.missingLines).toEqual([18, 20]);
    expect(report.notes ?? []).toEqual([]);
  });

  test('<class> directly under <packages> is read, beside the packaged ones', async () => {
    const report = await read('cobertura-packages-class', 'coverage.xml');
    const totals = computeTotals(report);
    const stated = root('cobertura-packages-class');
    expect([...report.files.keys()].sort()).toEqual([
      '/home/ci/work/web/index.js',
      '/home/ci/work/web/lib/cart.js',
    ]);
    expect([totals.covered, totals.statements]).toEqual([
      Number(stated['lines-covered']),
      Number(stated['lines-valid']),
    ]);
    // An Istanbul writer: its rates are truncated, and so is the figure shown.
    expect(report.rounding).toBe('truncate');
    expect(truncateDecimals(totals.percent / 100, 4)).toBe(Number(stated['line-rate']));
    expect(totals.metrics?.branches).toEqual({
      total: Number(stated['branches-valid']),
      covered: Number(stated['branches-covered']),
    });
  });

  test('coverlet: a line under both its class and its method counts once; --source is skipped', async () => {
    const report = await read('cobertura-coverlet', 'coverage.xml');
    const totals = computeTotals(report);
    const stated = root('cobertura-coverlet');
    expect([...report.files.keys()]).toEqual(['/home/ci/work/shop/src/Shop/Basket.cs']);
    expect([totals.covered, totals.statements]).toEqual([
      Number(stated['lines-covered']),
      Number(stated['lines-valid']),
    ]);
    expect(totals.percent / 100).toBe(Number(stated['line-rate']));
    expect(totals.metrics?.branches).toEqual({ total: 4, covered: 2 });
    expect(report.notes).toEqual([
      'cobertura-coverlet/coverage.xml: <source> "--source" is not a directory and was ignored.',
    ]);
  });

  test('several sources: each file joins the source that holds it, else stays relative', async () => {
    const cwd = tempDir('cobertura-sources-');
    for (const file of [
      'src/main/java/com/shop/Basket.java',
      'src/main/kotlin/com/shop/Price.kt',
    ]) {
      mkdirSync(join(cwd, file, '..'), { recursive: true });
      writeFileSync(join(cwd, file), '');
    }
    const report = await read('cobertura-two-sources', 'coverage.xml', cwd);
    expect([...report.files.keys()]).toEqual([
      'src/main/java/com/shop/Basket.java',
      'src/main/kotlin/com/shop/Price.kt',
      'com/shop/Generated.java',
    ]);
    const totals = computeTotals(report);
    const stated = root('cobertura-two-sources');
    expect([totals.covered, totals.statements]).toEqual([
      Number(stated['lines-covered']),
      Number(stated['lines-valid']),
    ]);
  });

  test('a root that counts method lines twice: the listed lines count, and a note says by how much', async () => {
    const report = await read('cobertura-double-count', 'coverage.xml');
    const totals = computeTotals(report);
    expect([totals.covered, totals.statements]).toEqual([7, 10]);
    expect(report.notes).toEqual([
      'cobertura-double-count/coverage.xml: its root (lines-covered / lines-valid) states 13 of 18 lines (72.22%), but the lines it lists are 7 of 10 (70.00%); the listed lines count (difference -2.22 pp, -8 lines, -6 covered).',
    ]);
  });

  test('no line at all while the root states lines-valid > 0: refused in one line', async () => {
    const message = await refusal(read('cobertura-no-lines', 'coverage.xml'));
    expect(message).toBe(
      'cobertura-no-lines/coverage.xml: states lines-valid="12" on its root but lists no <line> under any class or method: nothing to read, so the report is refused',
    );
  });

  test('gcovr whose filter matched nothing (0 of 0 lines, which it prints as 0.0%) is refused, not a 100% pass', async () => {
    expect(readFixture('producers', 'gcovr-empty', 'summary.txt')).toContain(
      'lines: 0.0% (0 out of 0)',
    );
    expect(root('gcovr-empty')['lines-valid']).toBe('0');
    const message = await refusal(read('gcovr-empty', 'coverage.xml').then(refuseEmptyReport));
    expect(message).toBe('gcovr-empty/coverage.xml: no data to report: the report lists no files');
  });
});

test("gcovr's Cobertura: its --print-summary figures; its relative source '.' keeps paths relative", async () => {
  const report = normaliseReport(await read('gcovr', 'coverage.xml'), { workspace: '/w' });
  const totals = computeTotals(report);
  const printed = Object.fromEntries(
    [
      ...readFixture('producers', 'gcovr', 'summary.txt').matchAll(
        /^(\w+): ([\d.]+)% \((\d+) out of (\d+)\)$/gm,
      ),
    ].map((m) => [m[1], { pct: m[2], covered: Number(m[3]), total: Number(m[4]) }]),
  );
  expect([...report.files.keys()]).toEqual(['main.c', 'stock.c']);
  expect([totals.covered, totals.statements]).toEqual([
    printed.lines?.covered,
    printed.lines?.total,
  ]);
  expect(displayPercent(totals.percent, 1)).toBe(printed.lines?.pct);
  expect(totals.metrics?.branches).toEqual({
    total: printed.branches?.total,
    covered: printed.branches?.covered,
  });
  expect(report.notes).toBeUndefined();
});

describe('LCOV', () => {
  test('# comment lines (lcov --comment, #COM:) anywhere: detected, skipped, lcov --summary figures', async () => {
    const report = await read('lcov-comments', 'lcov.info');
    const printed = parseLcovSummary(readFixture('producers', 'lcov-comments', 'lcov-summary.txt'));
    const totals = computeTotals(report);
    expect(report.format).toBe('lcov');
    expect([totals.covered, totals.statements]).toEqual([
      printed.lines?.covered,
      printed.lines?.total,
    ]);
    expect(displayPercent(totals.percent, 1)).toBe(printed.lines?.pct);
    for (const metric of ['functions', 'branches'] as const) {
      expect(totals.metrics?.[metric]).toEqual({
        total: printed[metric]?.total,
        covered: printed[metric]?.covered,
      });
    }
  });

  test('LF/LH that disagree with the DA lines: the DA lines count (= lcov --summary), with a note', async () => {
    const report = await read('lcov-stated', 'lcov.info');
    const printed = parseLcovSummary(readFixture('producers', 'lcov-stated', 'lcov-summary.txt'));
    const totals = computeTotals(report);
    expect([totals.covered, totals.statements]).toEqual([
      printed.lines?.covered,
      printed.lines?.total,
    ]);
    expect(report.notes).toEqual([
      'lcov-stated/lcov.info: LF/LH (in 1 record) states 26 of 36 lines (72.22%), but the lines it lists are 14 of 23 (60.87%); the listed lines count (difference -11.35 pp, -13 lines, -12 covered).',
    ]);
  });

  test('coverage.py 6.5 lcov of a branch run (BRDA:0 for exits): read to lcov --summary, with a note', async () => {
    const info = readFixture('producers', 'coveragepy-lcov', 'lcov.info');
    expect(info).toMatch(/^BRDA:0,/m);
    const report = await read('coveragepy-lcov', 'lcov.info');
    const printed = parseLcovSummary(
      readFixture('producers', 'coveragepy-lcov', 'lcov-summary.txt'),
    );
    const totals = computeTotals(report);
    expect([totals.covered, totals.statements]).toEqual([
      printed.lines?.covered,
      printed.lines?.total,
    ]);
    expect(displayPercent(totals.percent, 1)).toBe(printed.lines?.pct);
    expect(totals.metrics?.branches).toEqual({
      total: printed.branches?.total,
      covered: printed.branches?.covered,
    });
    // Its LF counts coverage.py's statements (its `coverage report` TOTAL): the note names them.
    const statements = /^TOTAL\s+(\d+)/m.exec(
      readFixture('producers', 'coveragepy-lcov', 'report.txt'),
    )?.[1];
    expect(report.notes).toHaveLength(1);
    expect(report.notes?.[0]).toContain(`states ${printed.lines?.covered} of ${statements} lines`);
  });

  test('LF/LH that agree leave no note', async () => {
    const report = await read('lcov-comments', 'lcov.info');
    expect(report.notes).toBeUndefined();
  });
});

describe('Istanbul per-line map l (solidity-coverage)', () => {
  test('lines are the keys of l: its text summary and its own LCOV agree', async () => {
    const report = await read('solidity-coverage', 'coverage.json');
    const totals = computeTotals(report);
    const summary = parseTextSummary(
      readFixture('producers', 'solidity-coverage', 'text-summary.txt'),
    );
    const lcov = parseLcovSummary(
      readFixture('producers', 'solidity-coverage', 'lcov-summary.txt'),
    );
    expect([totals.covered, totals.statements]).toEqual([
      summary.lines?.covered,
      summary.lines?.total,
    ]);
    expect([totals.covered, totals.statements]).toEqual([lcov.lines?.covered, lcov.lines?.total]);
    expect(Number(displayPercent(totals.percent, 2, 'truncate'))).toBe(Number(summary.lines?.pct));
    // The statements are still the statements: l changes the lines only.
    expect(totals.metrics?.statements).toEqual({
      total: summary.statements?.total,
      covered: summary.statements?.covered,
    });
    expect(report.files.get('contracts/Vault.sol')?.executedLines).toContain(4);
  });

  test('an l key that is not a line number is refused in one line', async () => {
    const document = JSON.parse(readFixture('producers', 'solidity-coverage', 'coverage.json'));
    document['contracts/Vault.sol'].l = { x: 1 };
    const message = await refusal(parseReport(Buffer.from(JSON.stringify(document)), 'sol.json'));
    expect(message).toBe('sol.json: ["contracts/Vault.sol"].l has the key "x", not a line number');
  });
});

describe("the new paths keep today's bounds", () => {
  const xcode = readFixture('producers', 'cobertura-xcode', 'coverage.xml');
  const bytes = (text: string) => Buffer.from(text);

  test.each([
    [
      'an entity bomb in a methods-only report',
      xcode.replace(
        '<coverage ',
        '<!DOCTYPE c [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<coverage ',
      ),
      /x\.xml: declares XML entities/,
    ],
    [
      'an external entity in a <packages>-level class',
      readFixture('producers', 'cobertura-packages-class', 'coverage.xml').replace(
        '<coverage ',
        '<!DOCTYPE coverage [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<coverage ',
      ),
      /x\.xml: declares XML entities/,
    ],
    [
      'a method line number beyond any integer',
      xcode.replace('<line number="8" hits="3"', '<line number="1e400" hits="3"'),
      /x\.xml: <class> #1 \("Sources\/Ledger\/Ledger\.swift"\) <method>: <line number="1e400"> must be an integer$/,
    ],
    [
      'a method line hit count beyond a safe integer',
      xcode.replace('<line number="8" hits="3"', '<line number="8" hits="99999999999999999999"'),
      /x\.xml: <class> #1 .*<method>: <line hits="99999999999999999999"> must be zero or more$/,
    ],
  ])('Cobertura: %s is refused in one line', async (_name, xml, expected) => {
    const message = await refusal(parseReport(bytes(xml), 'x.xml'));
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  });

  test('LCOV: comment lines before the first record are skipped in detection, within a bounded window', async () => {
    const info = readFixture('producers', 'lcov-comments', 'lcov.info');
    const commented = `${'# a comment\n'.repeat(100)}${info}`;
    expect((await parseReport(bytes(commented), 'c.info')).format).toBe('lcov');
    // Detection reads a bounded head of the file: a megabyte of comments is not a tracefile.
    const endless = `${'#'.repeat(80)}\n`.repeat(13_000) + info;
    expect(await refusal(parseReport(bytes(endless), 'c.info'))).toMatch(
      /^c\.info: is not a coverage report this tool reads/,
    );
    expect(await refusal(parseReport(bytes('# only a comment\n#COM: x\n'), 'c.info'))).toMatch(
      /^c\.info: is not a coverage report this tool reads/,
    );
  });

  test('LCOV: a negative LF is still refused, comments or not', async () => {
    const message = await refusal(
      parseReport(bytes('#COM: x\nSF:a.c\nDA:1,1\nLF:-1\nend_of_record\n'), 'c.info'),
    );
    expect(message).toBe('c.info: line 4: the LF value is negative (-1)');
  });

  test.each([
    [
      'a negative hit count',
      { '7': -1 },
      /\.l\["7"\] must be a non-negative integer hit count, got -1$/,
    ],
    [
      'a count beyond any number',
      '{"7": 1e400}',
      /\.l\["7"\] must be a non-negative integer hit count, got null$/,
    ],
    ['a line 0', { '0': 1 }, /\.l has the key "0", not a line number$/],
    ['a map that is an array', [1, 2], /\.l must be an object$/],
  ])('Istanbul l: %s is refused in one line', async (_name, l, expected) => {
    const text = readFixture('producers', 'solidity-coverage', 'coverage.json');
    const document = JSON.parse(text);
    document['contracts/Vault.sol'].l = '__L__';
    const json = JSON.stringify(document).replace(
      '"__L__"',
      typeof l === 'string' ? l : JSON.stringify(l),
    );
    const message = await refusal(parseReport(bytes(json), 'sol.json'));
    expect(message).toMatch(expected);
  });
});

describe('UTF-16 with a byte-order mark (Windows PowerShell 5 `>`, .NET Encoding.Unicode)', () => {
  const utf16 = (text: string, order: 'le' | 'be'): Buffer => {
    const le = Buffer.from(`\ufeff${text}`, 'utf16le');
    return order === 'le' ? le : Buffer.from(le).swap16();
  };
  const figures = (report: CoverageReport) => {
    const totals = computeTotals(report);
    return [report.format, totals.covered, totals.statements, totals.metrics];
  };

  test.each([
    ['gcovr', 'coverage.xml'],
    ['lcov-comments', 'lcov.info'],
    ['solidity-coverage', 'coverage.json'],
  ])('%s/%s reads to the same figures as its UTF-8 original', async (dir, file) => {
    const original = figures(await read(dir, file));
    for (const order of ['le', 'be'] as const) {
      const bytes = utf16(readFixture('producers', dir, file), order);
      expect(figures(await parseReport(bytes, `${dir}/${file}`))).toEqual(original);
    }
  });

  test('an entity bomb saved as UTF-16 is still refused in one line', async () => {
    const xml = readFixture('producers', 'gcovr', 'coverage.xml').replace(
      '<coverage ',
      '<!DOCTYPE c [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<coverage ',
    );
    expect(await refusal(parseReport(utf16(xml, 'le'), 'x.xml'))).toMatch(
      /^x\.xml: declares XML entities/,
    );
  });
});
