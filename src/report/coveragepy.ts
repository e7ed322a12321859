/**
 * coverage.py's JSON report (`coverage json`), formats 1 (no `meta.format`),
 * 2 and 3. Fields are read by presence, never by `meta.format`: several
 * appeared without a format bump, and branch keys are absent (not zero) when
 * branch coverage was off.
 */
import type { ErrorObject } from 'ajv';
import { hasCoveragePyShape } from './coveragepy-shape.js';
import { validateCoveragePy } from './coveragepy-validate.generated.js';
import { InputError } from './errors.js';
import { applyProducersMeta } from './merge.js';
import {
  type Arc,
  type ArcList,
  type CoverageReport,
  type FileCoverage,
  flattenArcs,
  sortedUnique,
} from './model.js';

/** `/files/a.py/summary/num_statements` → `files["a.py"].summary.num_statements` */
export function jsonPointerToPath(pointer: string): string {
  if (!pointer) return '(top level)';
  const parts = pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else if (i === 1 && parts[0] === 'files') out += `[${JSON.stringify(part)}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

function describeSchemaError(error: ErrorObject): string {
  const where = jsonPointerToPath(error.instancePath);
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return `${where === '(top level)' ? 'the report' : where} has no "${missing}"`;
  }
  const described = (error.parentSchema as { description?: string } | undefined)?.description;
  const shown = preview(error.data);
  const got = shown === undefined ? '' : `, got ${shown}`;
  return `${where} must be ${described ?? error.message ?? 'valid'}${got}`;
}

/**
 * A short rendering of a wrong value. It never walks into nested data: a
 * report may hold a 100,000-deep array, and JSON.stringify would overflow
 * the stack on it.
 */
export function preview(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const first = value[0];
    const inner =
      first !== null && typeof first === 'object'
        ? Array.isArray(first)
          ? '[...]'
          : '{...}'
        : preview(first);
    return `[${inner}${value.length > 1 ? ', ...' : ''}]`;
  }
  if (value !== null && typeof value === 'object') {
    return Object.keys(value).length === 0 ? '{}' : '{...}';
  }
  // JSON.parse reads 1e400 as Infinity, which JSON.stringify would show as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const shown = JSON.stringify(value);
  return shown !== undefined && shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
}

interface RawSummary {
  covered_lines: number;
  num_statements: number;
  missing_lines: number;
  excluded_lines?: number;
  num_branches?: number;
  num_partial_branches?: number;
  covered_branches?: number;
  missing_branches?: number;
}

interface RawFile {
  executed_lines: number[];
  missing_lines: number[];
  excluded_lines?: number[];
  /** Pairs, as coverage.py writes them; flat in the lean read's document (fast-json.ts). */
  executed_branches?: Arc[] | number[];
  missing_branches?: Arc[] | number[];
  summary: RawSummary;
}

interface RawReport {
  meta?: {
    version?: string;
    branch_coverage?: boolean;
    format?: number;
    repository_relative_paths?: unknown;
    producers?: unknown;
  };
  files: Record<string, RawFile>;
  totals?: RawSummary;
}

/** Validates an already-parsed document and turns it into the coverage model. */
export function readCoveragePy(document: unknown, source: string): CoverageReport {
  // The hand-written check is the fast yes; the generated validator names the error.
  if (!hasCoveragePyShape(document) && !validateCoveragePy(document)) {
    const error = validateCoveragePy.errors?.[0];
    throw new InputError(
      source,
      error ? describeSchemaError(error) : 'is not a coverage.py report',
    );
  }
  return readValid(document as RawReport, source, false);
}

/**
 * The lean read's document (fast-json.ts: no regions, arcs flat) in the
 * coverage model, or undefined when it is not shaped like a coverage.py
 * report: then the whole text is read as usual, which names the error.
 */
export function readLeanCoveragePy(document: unknown, source: string): CoverageReport | undefined {
  if (!hasCoveragePyShape(document, true)) return undefined;
  return readValid(document as RawReport, source, true);
}

function readValid(raw: RawReport, source: string, flatArcs: boolean): CoverageReport {
  const names = Object.keys(raw.files);
  const branchFlag = raw.meta?.branch_coverage;
  const firstSummary = names.length ? raw.files[names[0] as string]?.summary : undefined;
  const hasBranches = branchFlag ?? firstSummary?.num_branches !== undefined;

  const files = new Map<string, FileCoverage>();
  for (const name of names) {
    const file = raw.files[name] as RawFile;
    files.set(name, readFile(name, file, hasBranches, source, flatArcs));
  }
  checkTotals(raw, files, source);
  const report: CoverageReport = { format: 'coverage.py', files, hasBranches, source };
  if (raw.meta?.version) report.producerVersion = raw.meta.version;
  // Written by record mode: the keys were made repository-relative when the baseline was kept.
  if (raw.meta?.repository_relative_paths === true) {
    report.repositoryPaths = true;
    // A merge of several producers: each file is read as its own producer's again.
    applyProducersMeta(report, raw.meta.producers, source);
  }
  return report;
}

function readFile(
  name: string,
  file: RawFile,
  hasBranches: boolean,
  source: string,
  flatArcs: boolean,
): FileCoverage {
  const where = `files[${JSON.stringify(name)}]`;
  const s = file.summary;
  const executedLines = sortedUnique(file.executed_lines);
  const missingLines = sortedUnique(file.missing_lines);
  const disagree = (field: string, stated: number, derived: number, how: string): never => {
    throw new InputError(
      source,
      `${where}.summary.${field} is ${stated} but ${how} gives ${derived}; the summary disagrees with the line lists`,
    );
  };
  if (s.missing_lines !== missingLines.length) {
    disagree('missing_lines', s.missing_lines, missingLines.length, 'missing_lines[]');
  }
  // coverage.py counts covered = statements − missing; executed_lines may hold
  // extra lines that are not statements (a module docstring before 7.13.1).
  if (s.covered_lines !== s.num_statements - missingLines.length) {
    disagree(
      'covered_lines',
      s.covered_lines,
      s.num_statements - missingLines.length,
      'num_statements − missing_lines[]',
    );
  }
  if (executedLines.length < s.covered_lines) {
    disagree('covered_lines', s.covered_lines, executedLines.length, 'executed_lines[]');
  }
  // Both lists are sorted: one merge walk finds the first line in both.
  for (let i = 0, j = 0; i < executedLines.length && j < missingLines.length; ) {
    const executed = executedLines[i] as number;
    const missing = missingLines[j] as number;
    if (executed === missing) {
      throw new InputError(source, `${where}: line ${executed} is both executed and missing`);
    }
    if (executed < missing) i++;
    else j++;
  }

  let branches: number | null = null;
  let coveredBranches: number | null = null;
  let partialBranches: number | null = null;
  let executedBranches: ArcList | null = null;
  let missingBranches: ArcList | null = null;
  if (hasBranches) {
    if (s.num_branches === undefined || s.covered_branches === undefined) {
      throw new InputError(
        source,
        `${where}.summary has no "num_branches"/"covered_branches" although the report measured branches`,
      );
    }
    if (s.covered_branches > s.num_branches) {
      disagree('covered_branches', s.covered_branches, s.num_branches, 'num_branches');
    }
    branches = s.num_branches;
    coveredBranches = s.covered_branches;
    partialBranches = s.num_partial_branches ?? null;
    if (file.executed_branches && file.missing_branches) {
      const flat = (arcs: Arc[] | number[]): ArcList =>
        flatArcs ? (arcs as number[]) : flattenArcs(arcs as Arc[]);
      executedBranches = flat(file.executed_branches);
      missingBranches = flat(file.missing_branches);
      if (s.num_branches - missingBranches.length / 2 !== s.covered_branches) {
        disagree(
          'covered_branches',
          s.covered_branches,
          s.num_branches - missingBranches.length / 2,
          'num_branches − missing_branches[]',
        );
      }
    }
  }

  return {
    path: name,
    reportPath: name,
    statements: s.num_statements,
    covered: s.covered_lines,
    branches,
    coveredBranches,
    executedLines,
    missingLines,
    excludedLines: file.excluded_lines ? sortedUnique(file.excluded_lines) : [],
    executedBranches,
    missingBranches,
    partialBranches,
  };
}

function checkTotals(raw: RawReport, files: Map<string, FileCoverage>, source: string): void {
  const totals = raw.totals;
  if (!totals) return;
  let statements = 0;
  let covered = 0;
  for (const file of files.values()) {
    statements += file.statements;
    covered += file.covered;
  }
  if (totals.num_statements !== statements || totals.covered_lines !== covered) {
    throw new InputError(
      source,
      `totals say ${totals.covered_lines} of ${totals.num_statements} statements covered but the files add up to ${covered} of ${statements}`,
    );
  }
}
