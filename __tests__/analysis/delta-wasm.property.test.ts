/**
 * The delta explanation's comparison runs in WebAssembly (wasm/delta-lines.ts)
 * where it can, and in JavaScript where WebAssembly cannot run: the two give
 * the same parts and the same lost lines for any pair of reports and diff,
 * lists a real report would not hold included (a line both executed and
 * missing, an excluded line that ran, line 0, arcs out of order or from lines
 * that are no statements), and for a file large enough to make the module's
 * memory grow. The property tests of the parts (delta-parts, delta-branches)
 * hold the WebAssembly form to the parts' definitions; json-walk.test.ts
 * checks the committed module is what its source compiles to.
 */
import { jest } from '@jest/globals';
import fc from 'fast-check';
import type { ChangedFile } from '../../src/analysis/diff.js';
import type { CoverageReport, FileCoverage } from '../../src/report/model.js';
import { reportOf } from '../support/coverage-builders.js';
import { changesOver } from '../support/delta-model.js';

const { explainDelta } = await import('../../src/analysis/delta-parts.js');
// The same module again, its WebAssembly unusable: the comparison falls back to JavaScript.
jest.unstable_mockModule('../../src/analysis/delta-lines.generated.js', () => ({
  DELTA_LINES_WASM: '',
}));
jest.resetModules();
const fallback = await import('../../src/analysis/delta-parts.js');
const mocked = await import('../../src/analysis/delta-lines.generated.js');

const PATHS = ['a.py', 'b.py', 'c.py'];
const ascending = (lines: readonly number[]) => [...new Set(lines)].sort((a, b) => a - b);
const line = fc.integer({ min: 0, max: 40 });
const lines = fc.array(line, { maxLength: 25 }).map(ascending);
const arcList = fc
  .array(fc.tuple(line, fc.integer({ min: -2, max: 40 })), { maxLength: 20 })
  .chain((arcs) =>
    fc
      .boolean()
      .map((sorted) =>
        (sorted ? [...arcs].sort((a, b) => a[0] - b[0] || a[1] - b[1]) : arcs).flat(),
      ),
  );

const file = (path: string) =>
  fc
    .record({
      executed: lines,
      missing: lines,
      excluded: lines,
      ran: fc.option(arcList, { nil: null }),
      missed: fc.option(arcList, { nil: null }),
    })
    .map(
      ({ executed, missing, excluded, ran, missed }): FileCoverage => ({
        path,
        reportPath: path,
        statements: executed.length + missing.length,
        covered: executed.length,
        branches: ran || missed ? (ran?.length ?? 0) / 2 + (missed?.length ?? 0) / 2 : null,
        coveredBranches: ran || missed ? (ran?.length ?? 0) / 2 : null,
        executedLines: executed,
        missingLines: missing,
        excludedLines: excluded,
        executedBranches: ran,
        missingBranches: missed,
        partialBranches: null,
      }),
    );

const branchReport = (files: readonly FileCoverage[]): CoverageReport => ({
  ...reportOf(files),
  hasBranches: true,
});

const report = fc
  .subarray(PATHS)
  .chain((paths) => fc.tuple(...paths.map(file)))
  .map(branchReport);

/** Arcs from lines that are not in the file's lists moved to line 41, which no list holds. */
function moveStrays(f: FileCoverage, arcs: readonly number[] | null): number[] | null {
  if (!arcs) return null;
  const listed = new Set([...f.executedLines, ...f.missingLines]);
  return arcs.map((value, i) => (i % 2 === 0 && !listed.has(value) ? 41 : value));
}

/**
 * A base like the head, file by file: the same statements, run differently,
 * with the same arcs, other arcs, or the same arcs but those from lines that
 * are no statements moved (so that files the diff leaves alone are compared
 * line by line, or found not to match, arcs and all).
 */
const sibling = (head: CoverageReport) =>
  fc
    .tuple(
      ...[...head.files.values()].map((f) =>
        fc
          .record({
            ran: fc.subarray(f.executedLines),
            arcs: fc.constantFrom('same', 'other', 'moved'),
            runArcs: fc.option(arcList, { nil: null }),
            missedArcs: fc.option(arcList, { nil: null }),
          })
          .map(({ ran, arcs, runArcs, missedArcs }): FileCoverage => {
            const branches =
              arcs === 'other'
                ? { executedBranches: runArcs, missingBranches: missedArcs }
                : arcs === 'moved'
                  ? {
                      executedBranches: moveStrays(f, f.executedBranches),
                      missingBranches: moveStrays(f, f.missingBranches),
                    }
                  : {};
            return {
              ...f,
              executedLines: ran,
              missingLines: ascending([
                ...f.missingLines,
                ...f.executedLines.filter((l) => !ran.includes(l)),
              ]),
              ...branches,
            };
          }),
      ),
    )
    .map(branchReport);

const pair = report.chain((head) => fc.tuple(fc.constant(head), fc.oneof(report, sibling(head))));

const changes = changesOver(PATHS, lines, 3);

function totals(r: CoverageReport) {
  let covered = 0;
  let total = 0;
  for (const f of r.files.values()) {
    covered += f.covered + (f.coveredBranches ?? 0);
    total += f.statements + (f.branches ?? 0);
  }
  return { covered, total };
}

function input(head: CoverageReport, base: CoverageReport, diff: ChangedFile[] | null) {
  return {
    head,
    base,
    changes: diff,
    renamedFrom: new Map<string, string>(),
    branches: true,
    headTotals: totals(head),
    baseTotals: totals(base),
    headStatements: totals(head),
    baseStatements: totals(base),
  };
}

test('WebAssembly and the JavaScript fallback explain every delta alike', () => {
  // The fallback is a second instance of the module, made with the unusable module.
  expect(fallback.explainDelta).not.toBe(explainDelta);
  expect(mocked.DELTA_LINES_WASM).toBe('');
  fc.assert(
    fc.property(pair, changes, ([head, base], diff) => {
      const given = input(head, base, diff);
      expect(explainDelta(given)).toEqual(fallback.explainDelta(given));
    }),
    { numRuns: 500 },
  );
});

test('a file larger than the module’s first memory is compared alike, and so is a small one after it', () => {
  const size = 60_000;
  const every = (step: number, offset = 0) =>
    Array.from({ length: size / step }, (_, i) => 1 + offset + i * step);
  const big = (executed: number[], missing: number[]): FileCoverage => ({
    path: 'big.py',
    reportPath: 'big.py',
    statements: executed.length + missing.length,
    covered: executed.length,
    branches: executed.length,
    coveredBranches: executed.length / 2,
    executedLines: executed,
    missingLines: missing,
    excludedLines: [],
    executedBranches: every(4).flatMap((l) => [l, l + 1]),
    missingBranches: every(4, 2).flatMap((l) => [l, -1]),
    partialBranches: null,
  });
  const small: FileCoverage = { ...big([1, 2], [3]), path: 'small.py', reportPath: 'small.py' };
  const head = branchReport([big(every(2), every(2, 1)), { ...small, executedLines: [1] }]);
  const base = branchReport([big(every(3), every(3, 1)), small]);
  const diff: ChangedFile[] = [
    {
      path: 'big.py',
      previousPath: null,
      status: 'modified',
      addedLines: every(7),
      deletedLines: every(11),
    },
  ];
  const given = input(head, base, diff);
  const explained = explainDelta(given);
  expect(explained).toEqual(fallback.explainDelta(given));
  expect(explained.lost.get('big.py')?.length).toBeGreaterThan(1000);
});
