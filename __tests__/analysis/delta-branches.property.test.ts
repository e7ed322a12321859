// The branch side of the delta's parts, against its definitions read one line
// at a time with maps: a line's arcs are those that leave it; a line added by
// the PR brings its arcs into changed-covered or changed-uncovered; a deleted
// statement takes its arcs out; a line kept on both sides with as many arcs
// gains or loses the difference of its covered arcs.
import fc from 'fast-check';
import { DELTA_PART_NAMES } from '../../src/analysis/delta-parts.js';
import type { ChangedFile } from '../../src/analysis/diff.js';
import { analyse } from '../../src/analysis/result.js';
import {
  type Arc,
  type ArcList,
  arcPairs,
  type CoverageReport,
  type FileCoverage,
  flattenArcs,
} from '../../src/report/model.js';
import { readSettings } from '../../src/settings.js';
import { lineFile } from '../support/coverage-builders.js';
import { changesOver, keptHeadLine, partCounter, ranByLine } from '../support/delta-model.js';

const PATHS = ['a.py', 'b.py', 'c.py'];
/** The parts lines make; whole files and the residue are not counted arc by arc. */
const LINE_PARTS = DELTA_PART_NAMES.filter((p) => p !== 'not-in-diff' && !p.startsWith('files-'));
const line = fc.integer({ min: 1, max: 30 });
const lines = fc.uniqueArray(line, { maxLength: 20 });

/** Arcs leave statement lines and lines that are not statements alike; `to` may be an exit (negative). */
const arcs = fc.array(
  fc.record({
    from: line,
    to: fc.integer({ min: -2, max: 30 }),
    ran: fc.boolean(),
  }),
  { maxLength: 40 },
);

function branchFile(path: string, executed: number[], missing: number[], arcList: Arc[][]) {
  const [ran, missed] = arcList as [Arc[], Arc[]];
  const file = lineFile(path, executed, missing);
  return {
    ...file,
    branches: ran.length + missed.length,
    coveredBranches: ran.length,
    executedBranches: flattenArcs(ran),
    missingBranches: flattenArcs(missed),
  } satisfies FileCoverage;
}

const file = fc
  .record({
    path: fc.constantFrom(...PATHS),
    executed: lines,
    missing: lines,
    arcs,
    shuffle: fc.boolean(),
  })
  .map(({ path, executed, missing, arcs: list, shuffle }) => {
    // coverage.py lists arcs sorted; other orders must count alike.
    const ordered = shuffle
      ? [...list].reverse()
      : [...list].sort((a, b) => a.from - b.from || a.to - b.to);
    const ran = ordered.filter((a) => a.ran).map((a): Arc => [a.from, a.to]);
    const missed = ordered.filter((a) => !a.ran).map((a): Arc => [a.from, a.to]);
    return branchFile(path, executed, missing, [ran, missed]);
  });

const report = fc.uniqueArray(file, { selector: (f) => f.path, minLength: 1, maxLength: 3 }).map(
  (files): CoverageReport => ({
    format: 'coverage.py',
    files: new Map(files.map((f) => [f.path, f])),
    hasBranches: true,
    source: 'coverage.json',
  }),
);

const changes = changesOver(PATHS, lines, 3);

/** Line → its arcs, total and covered. */
function arcsByLine(file: FileCoverage): Map<number, { total: number; covered: number }> {
  const byLine = new Map<number, { total: number; covered: number }>();
  const count = (list: ArcList | null, ran: boolean) => {
    for (const [from] of arcPairs(list ?? [])) {
      const entry = byLine.get(from) ?? { total: 0, covered: 0 };
      byLine.set(from, { total: entry.total + 1, covered: entry.covered + (ran ? 1 : 0) });
    }
  };
  count(file.executedBranches, true);
  count(file.missingBranches, false);
  return byLine;
}

function branchPartsByDefinition(
  head: CoverageReport,
  base: CoverageReport,
  diff: ChangedFile[] | null,
) {
  const { counts, bump } = partCounter();
  for (const file of head.files.values()) {
    const before = base.files.get(file.path);
    const change = diff?.find((c) => c.path === file.path && c.status !== 'deleted');
    if (!before) continue;
    const now = ranByLine(file);
    const then = ranByLine(before);
    const arcsNow = arcsByLine(file);
    const arcsThen = arcsByLine(before);
    for (const added of change?.addedLines ?? []) {
      const ran = now.get(added);
      const arcsOf = arcsNow.get(added);
      if (ran === undefined || !arcsOf) continue;
      bump(ran ? 'changed-covered' : 'changed-uncovered', arcsOf.covered, arcsOf.total);
    }
    // Outside the diff, a file is compared line for line only when its statements and arcs per line match.
    const same =
      now.size === then.size &&
      [...now.keys()].every((l) => then.has(l)) &&
      arcsNow.size === arcsThen.size &&
      [...arcsNow].every(([l, a]) => arcsThen.get(l)?.total === a.total);
    if (!change && !same) continue;
    const deleted = change?.deletedLines ?? [];
    const added = change?.addedLines ?? [];
    for (const [baseLine, ranBefore] of then) {
      const arcsBefore = arcsThen.get(baseLine);
      if (deleted.includes(baseLine)) {
        const part = ranBefore ? 'deleted-covered' : 'deleted-uncovered';
        if (arcsBefore) bump(part, -arcsBefore.covered, -arcsBefore.total);
        continue;
      }
      const headLine = keptHeadLine(baseLine, deleted, added);
      const arcsAfter = arcsNow.get(headLine);
      if (!now.has(headLine) || !arcsBefore || !arcsAfter) continue;
      if (arcsBefore.total !== arcsAfter.total) continue;
      const gained = arcsAfter.covered - arcsBefore.covered;
      if (gained < 0) bump('lost-coverage', gained, 0);
      if (gained > 0) bump('gained-coverage', gained, 0);
    }
  }
  return counts;
}

test('each part counts the arcs its definition names, as a line-by-line model counts them', () => {
  const defaults = readSettings(() => undefined);
  const alike = report.chain((head) =>
    // Half the time the base is the head with some arcs run the other way: files compared line for line.
    fc
      .oneof(
        report,
        fc.array(line, { maxLength: 10 }).map((flips): CoverageReport => {
          const flipped = new Set(flips);
          const files = [...head.files.values()].map((f) => {
            const all = [
              ...arcPairs(f.executedBranches ?? []).map((a) => ({ a, ran: true })),
              ...arcPairs(f.missingBranches ?? []).map((a) => ({ a, ran: false })),
            ].map(({ a, ran }) => ({ a, ran: flipped.has(a[0]) ? !ran : ran }));
            return branchFile(f.path, f.executedLines, f.missingLines, [
              all.filter((x) => x.ran).map((x) => x.a),
              all.filter((x) => !x.ran).map((x) => x.a),
            ]);
          });
          return { ...head, files: new Map(files.map((f) => [f.path, f])) };
        }),
      )
      .map((base) => ({ head, base })),
  );
  const exercised = new Map<string, number>();
  fc.assert(
    fc.property(alike, changes, ({ head, base }, diff) => {
      const result = analyse({
        head,
        base,
        changes: diff,
        gates: defaults.gates,
        impact: defaults.impact,
      });
      const model = branchPartsByDefinition(head, base, diff);
      for (const part of result.deltaParts?.parts ?? []) {
        if (!LINE_PARTS.includes(part.part)) continue;
        const expected = model[part.part] ?? { covered: 0, total: 0 };
        if (expected.total !== 0 || expected.covered !== 0)
          exercised.set(part.part, (exercised.get(part.part) ?? 0) + 1);
        expect([part.part, part.branches]).toEqual([part.part, expected]);
      }
    }),
    { numRuns: 1500, seed: 20261205 },
  );
  // The model was not vacuous: each part held arcs in many runs.
  for (const part of LINE_PARTS)
    expect([part, (exercised.get(part) ?? 0) >= 30]).toEqual([part, true]);
});
