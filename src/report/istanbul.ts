/**
 * Istanbul's JSON reports, as nyc, c8, Jest and Vitest write them:
 * `coverage-final.json` (statement, branch and function maps with hit
 * counts) and `coverage-summary.json` (the `json-summary` reporter: counts
 * only, no line lists).
 *
 * The headline figure is lines, computed as istanbul-lib-coverage's
 * `FileCoverage.getLineCoverage()` does: a line is the start line of a
 * statement, counted once, with the largest count of the statements that
 * start on it; an entry with a per-line map `l` (solidity-coverage) uses
 * its keys as the lines. Statements, branches and functions are kept as metrics,
 * counted as its `toSummary()` counts them.
 */
import { InputError } from './errors.js';
import { type CoverageReport, type FileCoverage, lineFileCoverage, type Metrics } from './model.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  !!value && typeof value === 'object' && !Array.isArray(value);

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

const quote = (key: string): string => JSON.stringify(key);

/** True for a parsed `coverage-final.json`: file entries with a `statementMap`. */
export function isIstanbulFinal(document: unknown): boolean {
  if (!isObject(document)) return false;
  const first = Object.values(document)[0];
  return isObject(first) && 'statementMap' in first;
}

/** True for a parsed `coverage-summary.json`: a `total` with `lines.pct`. */
export function isIstanbulSummary(document: unknown): boolean {
  if (!isObject(document)) return false;
  const total = document.total;
  return isObject(total) && isObject(total.lines) && 'pct' in total.lines;
}

function countsOf(
  record: unknown,
  where: string,
  source: string,
): { keys: string[]; values: number[] } {
  if (!isObject(record)) throw new InputError(source, `${where} must be an object`);
  const keys = Object.keys(record);
  const values = keys.map((key) => {
    const value = record[key];
    if (!isCount(value)) {
      throw new InputError(
        source,
        `${where}[${quote(key)}] must be a non-negative integer hit count, got ${JSON.stringify(value)}`,
      );
    }
    return value;
  });
  return { keys, values };
}

function startLine(location: unknown, where: string, source: string): number {
  const start = isObject(location) ? location.start : undefined;
  const end = isObject(location) ? location.end : undefined;
  const line = isObject(start) ? start.line : undefined;
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) {
    throw new InputError(
      source,
      `${where}.start.line must be a line number (1 or more), got ${JSON.stringify(line)}`,
    );
  }
  const endLine = isObject(end) ? end.line : undefined;
  if (typeof endLine === 'number' && endLine < line) {
    throw new InputError(
      source,
      `${where} ends on line ${endLine}, before it starts (line ${line}); the statement map is corrupt`,
    );
  }
  return line;
}

/**
 * The per-line map `l` (line → hits) that solidity-coverage and Istanbul 0.x
 * write: where an entry has one, its keys are the lines, as the producer's
 * own LCOV of the same run counts them.
 */
function perLineMap(raw: unknown, where: string, source: string): Map<number, number> {
  const { keys, values } = countsOf(raw, where, source);
  const hits = new Map<number, number>();
  keys.forEach((key, i) => {
    if (!/^[1-9]\d*$/.test(key) || !Number.isSafeInteger(Number(key))) {
      throw new InputError(source, `${where} has the key ${quote(key)}, not a line number`);
    }
    hits.set(Number(key), values[i] as number);
  });
  return hits;
}

function metric(total: number, covered: number): { total: number; covered: number } {
  return { total, covered };
}

function readFinalFile(key: string, raw: unknown, source: string): FileCoverage {
  const where = `[${quote(key)}]`;
  if (!isObject(raw)) throw new InputError(source, `${where} must be an object`);
  for (const field of ['statementMap', 's', 'fnMap', 'f', 'branchMap', 'b']) {
    if (!isObject(raw[field])) {
      throw new InputError(
        source,
        `${where} has no "${field}" object; an Istanbul file entry needs statementMap, s, fnMap, f, branchMap and b`,
      );
    }
  }
  const statementMap = raw.statementMap as Json;
  const s = countsOf(raw.s, `${where}.s`, source);
  const f = countsOf(raw.f, `${where}.f`, source);

  // getLineCoverage(): the start line of each counted statement, max count.
  const lineHits = new Map<number, number>();
  s.keys.forEach((id, i) => {
    const location = statementMap[id];
    if (location === undefined) {
      throw new InputError(
        source,
        `${where}.s[${quote(id)}] has no statementMap entry; the map and the counts disagree`,
      );
    }
    const line = startLine(location, `${where}.statementMap[${quote(id)}]`, source);
    const count = s.values[i] as number;
    const previous = lineHits.get(line);
    if (previous === undefined || previous < count) lineHits.set(line, count);
  });

  let branchTotal = 0;
  let branchCovered = 0;
  const b = raw.b as Json;
  for (const id of Object.keys(b)) {
    const counts = b[id];
    if (!Array.isArray(counts) || !counts.every(isCount)) {
      throw new InputError(
        source,
        `${where}.b[${quote(id)}] must be an array of non-negative integer hit counts`,
      );
    }
    branchTotal += counts.length;
    branchCovered += counts.filter((n) => n > 0).length;
  }

  const path = typeof raw.path === 'string' && raw.path !== '' ? raw.path : key;
  const hits = raw.l === undefined ? lineHits : perLineMap(raw.l, `${where}.l`, source);
  return lineFileCoverage(path, path, hits, (file) => ({
    statements: metric(s.keys.length, s.values.filter((n) => n > 0).length),
    lines: metric(file.statements, file.covered),
    branches: metric(branchTotal, branchCovered),
    functions: metric(f.keys.length, f.values.filter((n) => n > 0).length),
  }));
}

function addFile(files: Map<string, FileCoverage>, file: FileCoverage, source: string): void {
  if (files.has(file.path)) {
    throw new InputError(
      source,
      `names ${quote(file.path)} twice; a report must name each file once`,
    );
  }
  files.set(file.path, file);
}

/** Reads a parsed `coverage-final.json`. */
export function readIstanbulFinal(document: unknown, source: string): CoverageReport {
  if (!isObject(document)) {
    throw new InputError(source, 'is not an Istanbul coverage-final.json (not an object)');
  }
  const files = new Map<string, FileCoverage>();
  let sourceMapped = false;
  for (const [key, raw] of Object.entries(document)) {
    addFile(files, readFinalFile(key, raw, source), source);
    if (isObject(raw) && raw.inputSourceMap !== undefined) sourceMapped = true;
  }
  const report: CoverageReport = {
    format: 'istanbul',
    files,
    hasBranches: false,
    source,
    rounding: 'truncate',
  };
  if (sourceMapped) {
    report.notes = [
      `${source} carries inputSourceMap: its line numbers are those of the instrumented code, read as they are (not remapped to the original sources).`,
    ];
  }
  return report;
}

const SUMMARY_KEYS = ['lines', 'statements', 'functions', 'branches'] as const;

function readSummaryEntry(
  entry: unknown,
  where: string,
  source: string,
): Required<Pick<Metrics, (typeof SUMMARY_KEYS)[number]>> {
  if (!isObject(entry)) throw new InputError(source, `${where} must be an object`);
  const out = {} as Required<Pick<Metrics, (typeof SUMMARY_KEYS)[number]>>;
  for (const key of SUMMARY_KEYS) {
    const value = entry[key];
    if (!isObject(value)) {
      throw new InputError(source, `${where} has no "${key}" object with total and covered`);
    }
    for (const field of ['total', 'covered'] as const) {
      if (!isCount(value[field])) {
        throw new InputError(
          source,
          `${where}.${key}.${field} must be a non-negative integer, got ${JSON.stringify(value[field])}`,
        );
      }
    }
    const total = value.total as number;
    const covered = value.covered as number;
    if (covered > total) {
      throw new InputError(
        source,
        `${where}.${key}.covered is ${covered}, more than total ${total}`,
      );
    }
    out[key] = { total, covered };
  }
  return out;
}

/**
 * Reads a parsed `coverage-summary.json`. It has counts but no line lists,
 * so patch coverage and annotations cannot be computed from it; the report
 * carries a note saying so.
 */
export function readIstanbulSummary(document: unknown, source: string): CoverageReport {
  if (!isObject(document)) throw new InputError(source, 'is not an Istanbul coverage-summary.json');
  const files = new Map<string, FileCoverage>();
  const sum: Record<(typeof SUMMARY_KEYS)[number], [number, number]> = {
    lines: [0, 0],
    statements: [0, 0],
    functions: [0, 0],
    branches: [0, 0],
  };
  for (const [key, entry] of Object.entries(document)) {
    if (key === 'total') continue;
    const m = readSummaryEntry(entry, `[${quote(key)}]`, source);
    for (const name of SUMMARY_KEYS) {
      sum[name][0] += m[name].total;
      sum[name][1] += m[name].covered;
    }
    addFile(
      files,
      {
        path: key,
        reportPath: key,
        statements: m.lines.total,
        covered: m.lines.covered,
        branches: null,
        coveredBranches: null,
        executedLines: [],
        missingLines: [],
        excludedLines: [],
        executedBranches: null,
        missingBranches: null,
        partialBranches: null,
        metrics: m,
      },
      source,
    );
  }
  const total = readSummaryEntry(document.total, 'total', source);
  for (const name of SUMMARY_KEYS) {
    const [t, c] = sum[name];
    if (total[name].total !== t || total[name].covered !== c) {
      throw new InputError(
        source,
        `total.${name} says ${total[name].covered} of ${total[name].total} but the files add up to ${c} of ${t}`,
      );
    }
  }
  return {
    format: 'istanbul',
    files,
    hasBranches: false,
    source,
    rounding: 'truncate',
    notes: [
      `${source} is an Istanbul coverage-summary.json, which has no line lists: changed lines cannot be matched to coverage (no patch coverage, no annotations). Use coverage-final.json for those.`,
    ],
  };
}
