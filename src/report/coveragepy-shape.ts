/**
 * The coverage.py schema (coveragepy-schema.ts) checked by hand, for speed
 * alone: the generated validator is one large function that V8 runs in its
 * interpreter for most of a one-shot run's 60,000 line numbers, where these
 * small loops are compiled after a few files. It answers only yes or no; on
 * no, the generated validator runs and names the first error. A test holds
 * the two to the same verdict on thousands of mutated reports.
 */
import { isObject } from './history.js';

function isCount(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0;
}

const isOptionalCount = (value: unknown): boolean => value === undefined || isCount(value);

function isLineList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!isCount(value[i])) return false;
  return true;
}

/** Arcs flattened (the lean read's): integers, two per arc. */
function isFlatArcList(value: unknown): boolean {
  if (!Array.isArray(value) || value.length % 2 !== 0) return false;
  for (let i = 0; i < value.length; i++) if (!Number.isInteger(value[i])) return false;
  return true;
}

function isArcList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const arc: unknown = value[i];
    if (
      !Array.isArray(arc) ||
      arc.length !== 2 ||
      !Number.isInteger(arc[0]) ||
      !Number.isInteger(arc[1])
    )
      return false;
  }
  return true;
}

function isSummary(value: unknown): boolean {
  if (!isObject(value)) return false;
  const percent = value.percent_covered;
  return (
    isCount(value.covered_lines) &&
    isCount(value.num_statements) &&
    isCount(value.missing_lines) &&
    isOptionalCount(value.excluded_lines) &&
    isOptionalCount(value.num_branches) &&
    isOptionalCount(value.num_partial_branches) &&
    isOptionalCount(value.covered_branches) &&
    isOptionalCount(value.missing_branches) &&
    (percent === undefined || (typeof percent === 'number' && Number.isFinite(percent)))
  );
}

function isFileEntry(value: unknown, flatArcs: boolean): boolean {
  if (!isObject(value)) return false;
  const arcs = flatArcs ? isFlatArcList : isArcList;
  return (
    isLineList(value.executed_lines) &&
    isLineList(value.missing_lines) &&
    (value.excluded_lines === undefined || isLineList(value.excluded_lines)) &&
    (value.executed_branches === undefined || arcs(value.executed_branches)) &&
    (value.missing_branches === undefined || arcs(value.missing_branches)) &&
    isSummary(value.summary)
  );
}

function isMeta(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isObject(value)) return false;
  const { version, branch_coverage: branches, format } = value;
  return (
    (version === undefined || typeof version === 'string') &&
    (branches === undefined || typeof branches === 'boolean') &&
    (format === undefined || Number.isInteger(format))
  );
}

/**
 * Whether `document` is what the coverage.py schema accepts; with
 * `flatArcs`, its arcs flattened as the lean read gives them (fast-json.ts).
 */
export function hasCoveragePyShape(document: unknown, flatArcs = false): boolean {
  if (!isObject(document) || !isMeta(document.meta)) return false;
  const files = document.files;
  if (!isObject(files)) return false;
  for (const name in files) if (!isFileEntry(files[name], flatArcs)) return false;
  return document.totals === undefined || isSummary(document.totals);
}
