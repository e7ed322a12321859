/**
 * Reading the JavaScript fixtures (scripts/make-js-fixtures.sh) and the
 * totals their producers printed: Istanbul's text-summary and text table,
 * `lcov --summary`, and the Cobertura XML's own rate attributes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './fixture-data.js';

export { FIXTURES };

/** Where the fixture script ran; coverage-final.json keys and the XML <source> hold it. */
export const JS_WORKDIR = '/tmp/coverage-gate-js-fixtures/repo';
export const JS_RUNS = ['head', 'base', 'part-pricing'] as const;

export const readFixture = (...parts: string[]): string =>
  readFileSync(join(FIXTURES, ...parts), 'utf8');

export interface Printed {
  /** The percent exactly as printed, without `%`. */
  pct: string;
  covered: number;
  total: number;
}

/** Istanbul's text-summary: `Lines        : 53.84% ( 21/39 )`. */
export function parseTextSummary(text: string): Record<string, Printed> {
  const out: Record<string, Printed> = {};
  for (const match of text.matchAll(/^(\w+)\s*: ([\d.]+)% \( (\d+)\/(\d+) \)$/gm)) {
    out[(match[1] as string).toLowerCase()] = {
      pct: match[2] as string,
      covered: Number(match[3]),
      total: Number(match[4]),
    };
  }
  return out;
}

export interface TextRow {
  statements: string;
  branches: string;
  functions: string;
  lines: string;
  uncovered: string;
}

/** Istanbul's text table, files keyed by their path under the common root (`src/util/round.js`). */
export function parseTextTable(text: string): Map<string, TextRow> {
  const rows = new Map<string, TextRow>();
  const dirs: string[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('|');
    if (cells.length < 6 || /^-+$/.test((cells[0] as string).trim())) continue;
    const name = cells[0] as string;
    const label = name.trim();
    if (label === 'File' || label === 'All files') continue;
    const depth = name.length - name.trimStart().length;
    const row: TextRow = {
      statements: (cells[1] as string).trim(),
      branches: (cells[2] as string).trim(),
      functions: (cells[3] as string).trim(),
      lines: (cells[4] as string).trim(),
      uncovered: (cells[5] as string).trim(),
    };
    if (depth === 1) dirs[0] = label;
    else rows.set(`${dirs[0]}/${label}`, row);
  }
  return rows;
}

/** `lcov --summary`: `  lines......: 53.8% (21 of 39 lines)`. */
export function parseLcovSummary(text: string): Record<string, Printed> {
  const out: Record<string, Printed> = {};
  for (const match of text.matchAll(/^\s+(\w+)\.+: ([\d.]+)% \((\d+) of (\d+) \w+\)$/gm)) {
    out[match[1] as string] = {
      pct: match[2] as string,
      covered: Number(match[3]),
      total: Number(match[4]),
    };
  }
  return out;
}

/** Istanbul's "Uncovered Line #s" column, `19,24-27`, as [first, last] ranges. */
export function parseRanges(text: string): [number, number][] {
  if (text === '') return [];
  return text.split(',').map((part) => {
    const [a, b] = part.split('-').map(Number) as [number, number | undefined];
    return [a, b ?? a];
  });
}
