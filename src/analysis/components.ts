/**
 * Components: named sets of files in a monorepo, each with its own figures
 * and gates. A view over the reports and the result already in memory: the
 * figures use coverage.py's formula over the component's files, so they equal
 * `coverage report --include=<its globs>` for the same data.
 */

import scan from 'picomatch/lib/scan.js';
import {
  type CoverageReport,
  computeTotals,
  type FileCoverage,
  type PercentRounding,
  percentCovered,
  type ReportFormat,
} from '../report/model.js';
import {
  type ComponentConfig,
  type ComponentDef,
  type ComponentGates,
  OTHER,
} from './components-config.js';
import { compileGlob, evaluateGates, type GateResult } from './gates.js';
import { blocks, markInformational, warns } from './informational.js';
import type { FileRow, Result } from './result.js';

export interface ComponentRow {
  name: string;
  statements: number;
  covered: number;
  branches: number | null;
  coveredBranches: number | null;
  /** Unrounded, coverage.py's formula. */
  percent: number;
  basePercent: number | null;
  delta: number | null;
  patch: { percent: number | null; lines: number; covered: number } | null;
  uncovered: number;
  files: number;
  /** The target-coverage of component-gates, for the push. */
  target?: number;
  /**
   * How its percentages are shown and gated when that differs from the
   * result's: a component whose files all come from another producer of a
   * mixed merge (Istanbul truncates).
   */
  rounding?: PercentRounding;
  passed: boolean;
}

export {
  COMPONENT_GATE_KEYS,
  type ComponentConfig,
  type ComponentDef,
  type ComponentGateKey,
  type ComponentGates,
  OTHER,
  parseComponentGates,
  parseComponents,
} from './components-config.js';

/** The literal folder a glob's matches all start with (`core` of `core/**`), or '' when none. */
function leadingFolder(glob: string): string {
  const { base } = scan(glob);
  return glob.includes('/') && base && base !== glob ? base : '';
}

/** The paths of `sorted` that start with `folder` (as text): one range, found by binary search. */
function under(sorted: readonly string[], folder: string): readonly string[] {
  if (!folder) return sorted;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as string) < folder) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < sorted.length && (sorted[end] as string).startsWith(folder)) end++;
  return sorted.slice(low, end);
}

/** `folder/**` is the folder and every path under it: no expression to run. */
function globMatcher(glob: string, folder: string): (path: string) => boolean {
  if (folder && glob === `${folder}/**`) {
    return (path) => path === folder || path.startsWith(`${folder}/`);
  }
  return compileGlob(glob);
}

/**
 * The paths of a component: an including glob matches and no `!` glob does.
 * Each glob is tried only on the paths under its literal folder, so 50
 * components over 20,000 files run few regular expressions.
 */
export function componentMembers(def: ComponentDef, sorted: readonly string[]): Set<string> {
  const members = new Set<string>();
  for (const glob of def.globs.filter((g) => !g.startsWith('!'))) {
    const folder = leadingFolder(glob);
    const matches = globMatcher(glob, folder);
    for (const path of under(sorted, folder)) if (matches(path)) members.add(path);
  }
  for (const glob of def.globs.filter((g) => g.startsWith('!'))) {
    const pattern = glob.slice(1);
    const matches = globMatcher(pattern, leadingFolder(pattern));
    for (const path of members) if (matches(path)) members.delete(path);
  }
  return members;
}

/**
 * The report's files among `members`, as a report of their own. When a merge
 * mixed formats and every one of these files comes from one producer, the
 * report is that producer's: its formula (a line format has no branches) and
 * its rounding, so the figures read as the producer's own summary.
 */
function subset(report: CoverageReport, members: ReadonlySet<string>): CoverageReport {
  const files = new Map<string, FileCoverage>();
  let format: ReportFormat | undefined;
  let oneFormat = true;
  for (const path of members) {
    const file = report.files.get(path);
    if (!file) continue;
    files.set(path, file);
    const own = file.format ?? report.format;
    if (format === undefined) format = own;
    else if (own !== format) oneFormat = false;
  }
  const { declaredMetrics: _declared, roundings, ...rest } = report;
  if (!roundings || !oneFormat || format === undefined || format === report.format) {
    return { ...rest, files };
  }
  return { ...rest, files, format, hasBranches: false, rounding: roundings[format] ?? 'half-even' };
}

const statementsPercent = (t: { statements: number; covered: number }): number =>
  percentCovered(t.statements, t.covered, null, null);

interface Scope {
  name: string;
  /** Its paths of the head and the base report. */
  members: ReadonlySet<string>;
}

function componentRow(
  scope: Scope,
  rows: ReadonlyMap<string, FileRow>,
  patched: boolean,
  head: CoverageReport,
  base: CoverageReport | null,
): Omit<ComponentRow, 'passed'> {
  const own = subset(head, scope.members);
  const totals = computeTotals(own);
  const baseOwn = base ? subset(base, scope.members) : null;
  const baseTotals = baseOwn && baseOwn.files.size > 0 ? computeTotals(baseOwn) : null;
  const mixed = baseOwn !== null && baseOwn.hasBranches !== own.hasBranches;
  const rounding = own.rounding ?? 'half-even';
  let lines = 0;
  let covered = 0;
  for (const path of own.files.keys()) {
    const file = rows.get(path);
    if (!file?.changed) continue;
    lines += file.patchLines;
    covered += file.patchCovered;
  }
  return {
    name: scope.name,
    statements: totals.statements,
    covered: totals.covered,
    branches: totals.branches,
    coveredBranches: totals.coveredBranches,
    percent: totals.percent,
    basePercent: baseTotals ? baseTotals.percent : null,
    delta: baseTotals
      ? mixed
        ? statementsPercent(totals) - statementsPercent(baseTotals)
        : totals.percent - baseTotals.percent
      : null,
    patch: patched ? { percent: lines > 0 ? (100 * covered) / lines : null, lines, covered } : null,
    uncovered: totals.statements - totals.covered,
    files: own.files.size,
    ...(rounding === (head.rounding ?? 'half-even') ? {} : { rounding }),
  };
}

/** The gates of one component, named `component:NAME:GATE`. */
function componentGates(
  row: Omit<ComponentRow, 'passed'>,
  set: ComponentGates,
  result: Result,
): GateResult[] {
  const evaluated = evaluateGates(
    {
      totalPercent: row.percent,
      files: [],
      delta: row.delta,
      hasBaseline: row.basePercent !== null,
      patch: row.patch,
      branches:
        row.branches === null ? null : { total: row.branches, covered: row.coveredBranches ?? 0 },
    },
    {
      minCoverage: set['min-coverage'] ?? 0,
      minFileCoverage: 0,
      minFileStatements: 0,
      fileThresholds: [],
      maxCoverageDrop: set['max-coverage-drop'] ?? null,
      minPatchCoverage: set['min-patch-coverage'] ?? null,
      minBranchCoverage: set['min-branch-coverage'] ?? null,
      failOnMissingBaseline: false,
      precision: result.precision,
      rounding: row.rounding ?? result.rounding,
    },
  );
  return evaluated
    .filter((gate) => gate.name !== 'min-coverage' || set['min-coverage'] !== undefined)
    .map((gate) => ({
      ...gate,
      name: `component:${row.name}:${gate.name}` as const,
      message: `${row.name}: ${gate.message}`,
      ...(row.rounding ? { rounding: row.rounding } : {}),
    }));
}

/** The warning for each component whose globs match no file of the head report. */
export function emptyComponents(result: Result): string[] {
  return (result.components ?? [])
    .filter((row) => row.files === 0 && row.name !== OTHER)
    .map((row) => emptyNote(row.name));
}

const emptyNote = (name: string) => `Component "${name}" matches no file of the report.`;

export interface ComponentsInput {
  result: Result;
  head: CoverageReport;
  base: CoverageReport | null;
  config: ComponentConfig;
  informational?: import('./informational.js').InformationalGates;
}

/** The result with its `components`, their gates among the gates, and a note for a component matching nothing. */
export function withComponents(input: ComponentsInput): Result {
  const { result, head, base, config } = input;
  if (config.components.length === 0) return result;
  const paths = [...new Set([...head.files.keys(), ...(base ? base.files.keys() : [])])].sort();
  const matched = new Set<string>();
  const scopes: Scope[] = config.components.map((def) => {
    const members = componentMembers(def, paths);
    for (const path of members) matched.add(path);
    return { name: def.name, members };
  });
  const fileRows = new Map(result.files.map((row) => [row.path, row]));
  const rows: ComponentRow[] = [];
  const gates: GateResult[] = [];
  const notes: string[] = [];
  for (const scope of scopes) {
    const row = componentRow(scope, fileRows, result.patch !== null, head, base);
    if (row.files === 0) {
      notes.push(emptyNote(scope.name));
    }
    const set = config.gates.get(scope.name) ?? {};
    const evaluated = componentGates(row, set, result);
    // Nothing to measure: the gates are skipped, never passed on an empty 100%.
    const checked =
      row.files === 0
        ? evaluated.map((gate) => ({
            ...gate,
            passed: true,
            skipped: true,
            actual: null,
            message: emptyNote(scope.name),
          }))
        : evaluated;
    const own = markInformational(checked, input.informational);
    gates.push(...own);
    rows.push({
      ...row,
      ...(set['target-coverage'] === undefined ? {} : { target: set['target-coverage'] }),
      passed: !own.some(blocks),
    });
  }
  if ([...head.files.keys()].some((path) => !matched.has(path))) {
    rows.push({
      ...componentRow(
        { name: OTHER, members: new Set(paths.filter((p) => !matched.has(p))) },
        fileRows,
        result.patch !== null,
        head,
        base,
      ),
      passed: true,
    });
  }
  const impact = result.impact.map((entry) => {
    const names = scopes.filter((s) => s.members.has(entry.path)).map((s) => s.name);
    return { ...entry, components: names.length ? names : [OTHER] };
  });
  const allGates = [...result.gates, ...gates];
  const failedGates = [...result.failedGates, ...gates.filter(blocks).map((g) => g.name)];
  const warned = [...(result.warnedGates ?? []), ...gates.filter(warns).map((g) => g.name)];
  return {
    ...result,
    passed: failedGates.length === 0,
    gates: allGates,
    failedGates,
    ...(warned.length ? { warnedGates: warned } : {}),
    components: rows,
    impact,
    notes: [...result.notes, ...notes],
  };
}
