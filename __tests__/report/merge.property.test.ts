/**
 * Merging, stated as invariants: merging a report with itself changes
 * nothing, the order of the reports does not matter, and a merged summary
 * still agrees with its line lists.
 */
import fc from 'fast-check';
import { mergeReports } from '../../src/report/merge.js';
import {
  type Arc,
  type CoverageReport,
  type FileCoverage,
  flattenArcs,
} from '../../src/report/model.js';

interface FileShape {
  path: string;
  statements: number[];
  arcs: Arc[];
}

/** One version of a project: file paths, their statements and possible arcs. */
const project = (withBranches: boolean) =>
  fc
    .uniqueArray(
      fc.record({
        path: fc.stringMatching(/^[a-z]{1,6}(\/[a-z]{1,6})?\.py$/),
        statements: fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 30 }),
      }),
      { selector: (f) => f.path, minLength: 1, maxLength: 5 },
    )
    .map((files) =>
      files.map((f): FileShape => {
        const statements = [...f.statements].sort((a, b) => a - b);
        // Two exits from every third statement: a branch.
        const arcs: Arc[] = withBranches
          ? statements
              .filter((_, i) => i % 3 === 0)
              .flatMap((line): Arc[] => [
                [line, line + 1],
                [line, -1],
              ])
          : [];
        // coverage.py writes arcs sorted.
        arcs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        return { path: f.path, statements, arcs };
      }),
    );

/** One run over that project: which statements and arcs ran. */
function run(
  shape: FileShape[],
  seed: number[],
  source: string,
  withBranches: boolean,
): CoverageReport {
  const files = new Map<string, FileCoverage>();
  shape.forEach((f, i) => {
    const ran = (n: number) => ((seed[i % seed.length] ?? 0) >> (n % 24)) % 2 === 1;
    const executedLines = f.statements.filter((line) => ran(line));
    const missingLines = f.statements.filter((line) => !ran(line));
    const executedBranches = f.arcs.filter(
      ([from, to]) => ran(from) && ran(from + Math.abs(to) + 3),
    );
    const missingBranches = f.arcs.filter((arc) => !executedBranches.includes(arc));
    const missingSet = new Set(missingLines);
    files.set(f.path, {
      path: f.path,
      reportPath: f.path,
      statements: f.statements.length,
      covered: executedLines.length,
      branches: withBranches ? f.arcs.length : null,
      coveredBranches: withBranches ? executedBranches.length : null,
      executedLines,
      missingLines,
      excludedLines: [],
      executedBranches: withBranches ? flattenArcs(executedBranches) : null,
      missingBranches: withBranches ? flattenArcs(missingBranches) : null,
      partialBranches: withBranches
        ? missingBranches.filter(([from]) => !missingSet.has(from)).length
        : null,
    });
  });
  return { format: 'coverage.py', files, hasBranches: withBranches, source };
}

const facts = (report: CoverageReport) =>
  [...report.files.values()]
    .map((f) => ({
      path: f.path,
      statements: f.statements,
      covered: f.covered,
      branches: f.branches,
      coveredBranches: f.coveredBranches,
      partialBranches: f.partialBranches,
      executedLines: f.executedLines,
      missingLines: f.missingLines,
      executedBranches: f.executedBranches,
      missingBranches: f.missingBranches,
    }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));

const seeds = fc.array(fc.integer({ min: 0, max: 2 ** 24 }), { minLength: 1, maxLength: 5 });

describe.each([false, true])('with branches: %s', (withBranches) => {
  test('merging a report with itself changes nothing', () => {
    fc.assert(
      fc.property(project(withBranches), seeds, (shape, seed) => {
        const report = run(shape, seed, 'a.json', withBranches);
        expect(facts(mergeReports([report, report]))).toEqual(facts(report));
      }),
    );
  });

  test('merge is order-independent and associative', () => {
    fc.assert(
      fc.property(project(withBranches), seeds, seeds, seeds, (shape, s1, s2, s3) => {
        const a = run(shape, s1, 'a.json', withBranches);
        const b = run(shape, s2, 'b.json', withBranches);
        const c = run(shape, s3, 'c.json', withBranches);
        const abc = facts(mergeReports([a, b, c]));
        expect(facts(mergeReports([b, a]))).toEqual(facts(mergeReports([a, b])));
        expect(facts(mergeReports([c, b, a]))).toEqual(abc);
        expect(facts(mergeReports([mergeReports([a, b]), c]))).toEqual(abc);
      }),
    );
  });

  test('a line ran in the merge exactly when it ran in some report', () => {
    fc.assert(
      fc.property(project(withBranches), seeds, seeds, (shape, s1, s2) => {
        const a = run(shape, s1, 'a.json', withBranches);
        const b = run(shape, s2, 'b.json', withBranches);
        const merged = mergeReports([a, b]);
        for (const file of merged.files.values()) {
          const fa = a.files.get(file.path) as FileCoverage;
          const fb = b.files.get(file.path) as FileCoverage;
          const ran = new Set([...fa.executedLines, ...fb.executedLines]);
          expect(file.executedLines).toEqual([...ran].sort((x, y) => x - y));
          expect(file.missingLines).toEqual(fa.missingLines.filter((l) => !ran.has(l)));
          expect(file.covered).toBe(file.statements - file.missingLines.length);
          expect(file.covered).toBeGreaterThanOrEqual(Math.max(fa.covered, fb.covered));
          if (withBranches) {
            expect(file.coveredBranches).toBe(
              (file.branches ?? 0) - (file.missingBranches?.length ?? 0) / 2,
            );
          }
        }
      }),
    );
  });
});

test('files present in only one report are kept as they are', () => {
  fc.assert(
    fc.property(project(false), project(false), seeds, (x, y, seed) => {
      const only = y.filter((f) => !x.some((g) => g.path === f.path));
      const a = run(x, seed, 'a.json', false);
      const b = run(only, seed, 'b.json', false);
      const merged = mergeReports([a, b]);
      expect(merged.files.size).toBe(a.files.size + b.files.size);
      expect([...merged.files.keys()]).toEqual([...merged.files.keys()].sort());
    }),
  );
});
