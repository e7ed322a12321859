/**
 * Reading the committed coverage.py fixtures and the text `coverage report`
 * printed for them, so tests compare against the real tool's figures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(REPO_ROOT, 'fixtures', 'reports');

export interface ReportRow {
  name: string;
  statements: number;
  missing: number;
  branches: number | null;
  partial: number | null;
  /** The Cover column without the `%`, exactly as printed. */
  cover: string;
}

export interface CoverageReportText {
  rows: ReportRow[];
  total: ReportRow;
  precision: number;
}

/** Parses `coverage report` output: Name, Stmts, Miss, [Branch, BrPart], Cover, and TOTAL. */
export function parseReportText(text: string): CoverageReportText {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').trim().split(/\s+/);
  if (header[0] !== 'Name' || header[header.length - 1] !== 'Cover') {
    throw new Error(`not a coverage report table: ${lines[0]}`);
  }
  const hasBranches = header.includes('Branch');
  const rows: ReportRow[] = [];
  let total: ReportRow | undefined;
  let precision = -1;
  for (const line of lines.slice(1)) {
    if (/^-+$/.test(line.trim())) continue;
    const cells = line.trim().split(/\s+/);
    const cover = (cells.pop() as string).replace(/%$/, '');
    const partial = hasBranches ? Number(cells.pop()) : null;
    const branches = hasBranches ? Number(cells.pop()) : null;
    const missing = Number(cells.pop());
    const statements = Number(cells.pop());
    const row = { name: cells.join(' '), statements, missing, branches, partial, cover };
    precision = cover.includes('.') ? cover.length - cover.indexOf('.') - 1 : 0;
    if (row.name === 'TOTAL') total = row;
    else rows.push(row);
  }
  if (!total) throw new Error('no TOTAL line');
  return { rows, total, precision };
}

export interface FixtureReport {
  /** e.g. `py7-branch/head`, `py6-line/merge/combined`. */
  name: string;
  dir: string;
  json: string;
  reports: { precision: number; file: string }[];
}

/** Every committed coverage.json that has a `coverage report` text beside it. */
export function fixtureReports(): FixtureReport[] {
  const found: FixtureReport[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
    }
    const json = join(dir, 'coverage.json');
    if (!existsSync(json)) return;
    const reports: { precision: number; file: string }[] = [];
    if (existsSync(join(dir, 'report.txt')))
      reports.push({ precision: 2, file: join(dir, 'report.txt') });
    if (existsSync(join(dir, 'report-precision-1.txt')))
      reports.push({ precision: 1, file: join(dir, 'report-precision-1.txt') });
    if (reports.length) found.push({ name: relative(FIXTURES, dir), dir, json, reports });
  };
  walk(FIXTURES);
  return found.sort((a, b) => (a.name < b.name ? -1 : 1));
}

export const readText = (path: string): string => readFileSync(path, 'utf8');
export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Variants that have a head report with diff-cover output. */
export function diffCoverVariants(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(FIXTURES, e.name, 'head', 'diff-cover.json')))
    .map((e) => e.name)
    .sort();
}

/** Variants that have merge parts and a `coverage combine` result. */
export function mergeVariants(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(FIXTURES, e.name, 'merge', 'combined')))
    .map((e) => e.name)
    .sort();
}
