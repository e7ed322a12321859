/**
 * The gates, compared like `coverage report --fail-under`: the value rounded
 * half-even at `precision` must not be below the threshold, and 100 means
 * exactly 100.
 */
import picomatch from 'picomatch';
import { InputError } from '../report/errors.js';
import {
  displayDelta,
  displayPercent,
  isBelowThreshold,
  type PercentRounding,
  roundHalfEven,
} from '../report/rounding.js';
import type { InformationalGates } from './informational.js';

export interface FileThreshold {
  glob: string;
  percent: number;
}

export interface GateOptions {
  minCoverage: number;
  minFileCoverage: number;
  minFileStatements: number;
  fileThresholds: FileThreshold[];
  /** Percentage points; null turns the gate off. */
  maxCoverageDrop: number | null;
  /** Percent; null turns the gate off. */
  minPatchCoverage: number | null;
  /** Percent of branches covered; null or absent turns the gate off. */
  minBranchCoverage?: number | null;
  /** Lines; null or absent turns the gate off. */
  maxNewUncoveredLines?: number | null;
  /** What the report counts: statements (coverage.py) or lines (the line formats). */
  unit?: 'statements' | 'lines';
  failOnMissingBaseline: boolean;
  precision: number;
  /** How the report's producer rounds (Istanbul truncates); half-even when absent. */
  rounding?: PercentRounding;
  /** Gates whose failure is a warning (see informational.ts). */
  informational?: InformationalGates;
}

export type GateName =
  | 'min-coverage'
  | 'min-file-coverage'
  | 'file-thresholds'
  | 'max-coverage-drop'
  | 'min-patch-coverage'
  | 'min-branch-coverage'
  | 'max-new-uncovered-lines'
  | 'baseline'
  /** A component's gate (components.ts). */
  | `component:${string}`;

export interface FileGateFailure {
  path: string;
  percent: number;
  threshold: number;
  rule: string | null;
  /** The file's producer's rounding, when it is not the report's. */
  rounding?: PercentRounding;
}

export interface GateResult {
  name: GateName;
  passed: boolean;
  /** Not evaluated (no baseline, no diff, nothing executable changed). */
  skipped: boolean;
  actual: number | null;
  threshold: number | null;
  message: string;
  /** Files below their threshold, for the per-file gates. */
  files?: FileGateFailure[];
  /** Listed in `informational`: failing, it warns and does not fail the step. */
  informational?: boolean;
  /** How its figure is shown when that differs from the result's (a component of another producer). */
  rounding?: PercentRounding;
}

export interface GateInput {
  totalPercent: number;
  /** `rounding`: the file's producer's, when it is not the report's (a merge of several producers). */
  files: readonly {
    path: string;
    statements: number;
    percent: number;
    rounding?: PercentRounding;
  }[];
  /** Head minus base in points, unrounded; null without a baseline. */
  delta: number | null;
  hasBaseline: boolean;
  /** null without a diff; percent null when no changed line is executable. */
  patch: { percent: number | null; lines: number } | null;
  /** Branches found and covered; null when the report has no branch data. */
  branches?: { total: number; covered: number } | null;
  /** Lines uncovered at head that the PR changed or that ran at base; null without a diff. */
  newUncovered?: number | null;
}

/** Parses the multiline `glob: percent` rules of `file-thresholds`. */
export function parseFileThresholds(text: string, source = 'file-thresholds'): FileThreshold[] {
  const rules: FileThreshold[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const colon = line.lastIndexOf(':');
    const glob = colon > 0 ? line.slice(0, colon).trim() : '';
    const value = colon > 0 ? line.slice(colon + 1).trim() : '';
    const percent = Number(value);
    if (!glob || value === '' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
      throw new InputError(
        source,
        `each line must be "glob: percent" with a percent from 0 to 100, got ${JSON.stringify(line)}`,
      );
    }
    rules.push({ glob, percent });
  }
  return rules;
}

/**
 * A path matcher for a glob; a pattern without a slash matches the file name anywhere, like `*.py`.
 * In the bundle `picomatch` here is a stand-in that forwards only this call (scripts/build.mjs).
 */
export function compileGlob(glob: string): (path: string) => boolean {
  return picomatch(glob, { dot: true, basename: !glob.includes('/') });
}

function compileRule(rule: FileThreshold): (path: string) => boolean {
  return compileGlob(rule.glob);
}

const pct = (value: number, precision: number, rounding: PercentRounding): string =>
  `${displayPercent(value, precision, rounding)}%`;

/** `max-new-uncovered-lines`: the PR's own lines left uncovered, never lines it deleted or moved. */
function newUncoveredGate(count: number | null, limit: number): GateResult {
  if (count === null) {
    return {
      name: 'max-new-uncovered-lines',
      passed: true,
      skipped: true,
      actual: null,
      threshold: limit,
      message:
        'The changed lines were not read (see the notes), so new uncovered lines were not counted',
    };
  }
  const fails = count > limit;
  const lines = `${count} ${count === 1 ? 'line' : 'lines'}`;
  return {
    name: 'max-new-uncovered-lines',
    passed: !fails,
    skipped: false,
    actual: count,
    threshold: limit,
    message: `${lines} changed or covered at base ${count === 1 ? 'is' : 'are'} uncovered (allowed: ${limit})`,
  };
}

export function evaluateGates(input: GateInput, options: GateOptions): GateResult[] {
  const { precision } = options;
  const rounding = options.rounding ?? 'half-even';
  const gates: GateResult[] = [];

  const totalFails = isBelowThreshold(input.totalPercent, options.minCoverage, precision, rounding);
  gates.push({
    name: 'min-coverage',
    passed: !totalFails,
    skipped: false,
    actual: input.totalPercent,
    threshold: options.minCoverage,
    message: totalFails
      ? `Total coverage ${pct(input.totalPercent, precision, rounding)} is below the minimum ${options.minCoverage}%`
      : `Total coverage ${pct(input.totalPercent, precision, rounding)} meets the minimum ${options.minCoverage}%`,
  });

  if (options.minFileCoverage > 0 || options.fileThresholds.length > 0) {
    gates.push(...fileGates(input, options));
  }

  if (options.maxCoverageDrop !== null) {
    const limit = options.maxCoverageDrop;
    if (input.delta === null) {
      gates.push({
        name: 'max-coverage-drop',
        passed: true,
        skipped: true,
        actual: null,
        threshold: limit,
        message: 'No baseline, so the drop against the base branch was not checked',
      });
    } else {
      const drop = roundHalfEven(-input.delta, precision);
      const fails = drop > limit;
      gates.push({
        name: 'max-coverage-drop',
        passed: !fails,
        skipped: false,
        actual: input.delta,
        threshold: limit,
        message: fails
          ? `Coverage fell by ${drop.toFixed(precision)} pp, more than the allowed ${limit} pp`
          : `Coverage changed by ${displayDelta(input.delta, precision)} pp (allowed drop: ${limit} pp)`,
      });
    }
  }

  if (options.minPatchCoverage !== null) {
    const threshold = options.minPatchCoverage;
    const patch = input.patch;
    if (!patch || patch.percent === null) {
      gates.push({
        name: 'min-patch-coverage',
        passed: true,
        skipped: true,
        actual: null,
        threshold,
        message: patch
          ? 'Patch coverage is n/a: no changed line is executable'
          : 'The changed lines were not read (see the notes), so patch coverage was not checked',
      });
    } else {
      const fails = isBelowThreshold(patch.percent, threshold, precision, rounding);
      gates.push({
        name: 'min-patch-coverage',
        passed: !fails,
        skipped: false,
        actual: patch.percent,
        threshold,
        message: `Patch coverage ${pct(patch.percent, precision, rounding)} of ${patch.lines} changed lines ${fails ? 'is below' : 'meets'} the minimum ${threshold}%`,
      });
    }
  }

  if (options.minBranchCoverage !== undefined && options.minBranchCoverage !== null) {
    gates.push(branchGate(input.branches ?? null, options.minBranchCoverage, precision, rounding));
  }

  if (options.maxNewUncoveredLines !== undefined && options.maxNewUncoveredLines !== null) {
    gates.push(newUncoveredGate(input.newUncovered ?? null, options.maxNewUncoveredLines));
  }

  if (!input.hasBaseline && options.failOnMissingBaseline) {
    gates.push({
      name: 'baseline',
      passed: false,
      skipped: false,
      actual: null,
      threshold: null,
      message: 'No baseline report was found and fail-on-missing-baseline is set',
    });
  }
  return gates;
}

/** The share of branches covered; "n/a" (skipped, never a pass that pretends) without branch data. */
function branchGate(
  branches: { total: number; covered: number } | null,
  threshold: number,
  precision: number,
  rounding: PercentRounding,
): GateResult {
  if (!branches || branches.total === 0) {
    return {
      name: 'min-branch-coverage',
      passed: true,
      skipped: true,
      actual: null,
      threshold,
      message: branches
        ? 'Branch coverage is n/a: the report counts no branch'
        : 'Branch coverage is n/a: the report has no branch data',
    };
  }
  const percent = (100 * branches.covered) / branches.total;
  const fails = isBelowThreshold(percent, threshold, precision, rounding);
  return {
    name: 'min-branch-coverage',
    passed: !fails,
    skipped: false,
    actual: percent,
    threshold,
    message: `Branch coverage ${pct(percent, precision, rounding)} (${branches.covered} of ${branches.total} branches) ${fails ? 'is below' : 'meets'} the minimum ${threshold}%`,
  };
}

function fileGates(input: GateInput, options: GateOptions): GateResult[] {
  const { precision } = options;
  const rounding = options.rounding ?? 'half-even';
  const rules = options.fileThresholds.map((rule) => ({ rule, matches: compileRule(rule) }));
  const byDefault: FileGateFailure[] = [];
  const byRule: FileGateFailure[] = [];
  let ruleMatched = 0;
  for (const file of input.files) {
    const own = file.rounding ?? rounding;
    const roundingOf = file.rounding ? { rounding: file.rounding } : {};
    let rule: FileThreshold | null = null;
    // The last matching rule wins.
    for (let i = rules.length - 1; i >= 0; i--) {
      const candidate = rules[i] as (typeof rules)[number];
      if (candidate.matches(file.path)) {
        rule = candidate.rule;
        break;
      }
    }
    if (rule) {
      ruleMatched++;
      if (isBelowThreshold(file.percent, rule.percent, precision, own)) {
        byRule.push({
          path: file.path,
          percent: file.percent,
          threshold: rule.percent,
          rule: rule.glob,
          ...roundingOf,
        });
      }
      continue;
    }
    if (options.minFileCoverage <= 0 || file.statements < options.minFileStatements) continue;
    if (isBelowThreshold(file.percent, options.minFileCoverage, precision, own)) {
      byDefault.push({
        path: file.path,
        percent: file.percent,
        threshold: options.minFileCoverage,
        rule: null,
        ...roundingOf,
      });
    }
  }
  const order = (a: FileGateFailure, b: FileGateFailure) =>
    a.percent - b.percent || (a.path < b.path ? -1 : 1);
  const gates: GateResult[] = [];
  const describe = (failures: FileGateFailure[]) => {
    const shown = failures
      .slice(0, 3)
      .map(
        (f) => `${f.path} (${pct(f.percent, precision, f.rounding ?? rounding)} < ${f.threshold}%)`,
      )
      .join(', ');
    return failures.length > 3 ? `${shown} and ${failures.length - 3} more` : shown;
  };
  if (options.minFileCoverage > 0) {
    byDefault.sort(order);
    gates.push({
      name: 'min-file-coverage',
      passed: byDefault.length === 0,
      skipped: false,
      actual: byDefault[0]?.percent ?? null,
      threshold: options.minFileCoverage,
      message: byDefault.length
        ? `${byDefault.length} file${byDefault.length === 1 ? ' is' : 's are'} below ${options.minFileCoverage}%: ${describe(byDefault)}`
        : `Every file${options.minFileStatements > 0 ? ` with ${options.minFileStatements}+ ${options.unit ?? 'statements'}` : ''} is at or above ${options.minFileCoverage}%`,
      files: byDefault,
    });
  }
  if (options.fileThresholds.length > 0) {
    byRule.sort(order);
    gates.push({
      name: 'file-thresholds',
      passed: byRule.length === 0,
      skipped: ruleMatched === 0,
      actual: byRule[0]?.percent ?? null,
      threshold: byRule[0]?.threshold ?? null,
      message: byRule.length
        ? `${byRule.length} file${byRule.length === 1 ? ' is' : 's are'} below the threshold of their rule: ${describe(byRule)}`
        : ruleMatched === 0
          ? 'No file matches a file-thresholds rule'
          : ruleMatched === 1
            ? 'The 1 file matched by file-thresholds rules meets its threshold'
            : `All ${ruleMatched} files matched by file-thresholds rules meet their threshold`,
      files: byRule,
    });
  }
  return gates;
}
