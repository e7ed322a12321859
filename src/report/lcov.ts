/**
 * LCOV tracefiles (`lcov.info`), read the way `lcov` 1.x reads them
 * (read_info_file): records of one file (`SF:`) are merged, `DA` hit counts
 * are summed per line and a line is found once; `LF`/`LH`, `FNF`/`FNH` and
 * `BRF`/`BRH` are not used for the figures because lcov recomputes them from
 * the data; a file with no `DA` record is dropped, as lcov drops it; `#`
 * comment lines are skipped anywhere. Where a record's `LF`/`LH` disagree
 * with its `DA` lines, the report carries a note naming the difference.
 * Branches (`BRDA`) are merged per (line, block, branch), `-` meaning "never
 * reached"; a `BRDA` or `FN` line of 0 is read, as lcov reads it. Unlike
 * lcov, which silently skips malformed lines and clamps negative counts to
 * zero, anything malformed is an error naming the line.
 */
import { InputError } from './errors.js';
import {
  type CoverageReport,
  type FileCoverage,
  fillMetrics,
  lineFileCoverage,
  type Metrics,
} from './model.js';
import { statedTotalsNote } from './stated.js';

interface Record {
  path: string;
  /** line → summed hit count */
  lines: Map<number, number>;
  /** function name → summed call count */
  functions: Map<string, number>;
  /** "line,block,branch" → summed taken count, null for `-` */
  branches: Map<string, number | null>;
}

const LINE_NUMBER = /^[1-9]\d*$/;
/** BRDA and FN line fields: lcov reads any `\d+`; coverage.py 6.5 writes BRDA:0 for a branch to an exit. */
const ANCHOR_LINE = /^\d+$/;
const COUNT = /^-?\d+$/;

/** Detection reads at most this much of a file, comments included. */
const DETECTION_WINDOW = 64 * 1024;

/**
 * True when the text looks like a tracefile: its first line that is neither
 * blank nor a `#` comment (lcov --comment, converters' `#COM:`) is TN: or SF:.
 */
export function looksLikeLcov(text: string): boolean {
  for (const raw of text.slice(0, DETECTION_WINDOW).split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    return /^(TN|SF):/.test(line);
  }
  return false;
}

/** One SF:…end_of_record section: its own LF/LH against its DA lines. */
interface Section {
  lines: Map<number, number>;
  lf: number | null;
  lh: number | null;
}

export function readLcov(text: string, source: string): CoverageReport {
  const records = new Map<string, Record>();
  let current: Record | null = null;
  let section: Section = { lines: new Map(), lf: null, lh: null };
  const stated = { total: 0, covered: 0 };
  const listed = { total: 0, covered: 0 };
  let disagreeing = 0;
  const closeSection = () => {
    if (section.lf === null) return;
    const hit = [...section.lines.values()].filter((n) => n > 0).length;
    const lh = section.lh ?? hit;
    stated.total += section.lf;
    stated.covered += lh;
    listed.total += section.lines.size;
    listed.covered += hit;
    if (section.lf !== section.lines.size || lh !== hit) disagreeing++;
  };
  let openedAt = 0;
  const lines = text.split('\n');
  const fail = (lineNo: number, problem: string): never => {
    throw new InputError(source, `line ${lineNo}: ${problem}`);
  };
  const parseCount = (value: string | undefined, lineNo: number, what: string): number => {
    if (value === undefined || !COUNT.test(value))
      fail(lineNo, `${what} must be an integer, got ${JSON.stringify(value ?? '')}`);
    const count = Number(value);
    if (count < 0) fail(lineNo, `${what} is negative (${count})`);
    // gcov can write 2^64 − 1 for a counter that wrapped; only "ran or not" matters here.
    return Math.min(count, Number.MAX_SAFE_INTEGER);
  };
  const parseLine = (value: string | undefined, lineNo: number): number => {
    if (value === undefined || !LINE_NUMBER.test(value)) {
      fail(lineNo, `the line number must be 1 or more, got ${JSON.stringify(value ?? '')}`);
    }
    return Number(value);
  };
  const parseAnchor = (value: string | undefined, lineNo: number): void => {
    if (value === undefined || !ANCHOR_LINE.test(value)) {
      fail(lineNo, `the line number must be 0 or more, got ${JSON.stringify(value ?? '')}`);
    }
  };

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = (lines[i] as string).replace(/\r$/, '').trim();
    // lcov skips comment lines anywhere (lcov --comment writes them; converters write #COM:).
    if (line === '' || line.startsWith('#')) continue;
    if (line === 'end_of_record') {
      if (!current) fail(lineNo, 'end_of_record without an SF: record before it');
      closeSection();
      current = null;
      continue;
    }
    const colon = line.indexOf(':');
    const key = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1);
    if (key === 'TN') continue;
    if (key === 'SF') {
      if (current)
        fail(
          lineNo,
          `SF: while the record for ${JSON.stringify(current.path)} (line ${openedAt}) has no end_of_record`,
        );
      if (value === '') fail(lineNo, 'SF: has no file name');
      current = records.get(value) ?? {
        path: value,
        lines: new Map(),
        functions: new Map(),
        branches: new Map(),
      };
      records.set(value, current);
      section = { lines: new Map(), lf: null, lh: null };
      openedAt = lineNo;
      continue;
    }
    if (!/^[A-Z]+$/.test(key))
      fail(lineNo, `${JSON.stringify(line.slice(0, 40))} is not an LCOV record line`);
    const record: Record | null = current;
    if (!record) {
      if (['DA', 'FN', 'FNDA', 'BRDA', 'LF', 'LH', 'FNF', 'FNH', 'BRF', 'BRH'].includes(key)) {
        fail(lineNo, `${key}: before any SF: line; every record must start with SF:<file>`);
      }
      continue;
    }
    const parts = value.split(',');
    switch (key) {
      case 'DA': {
        // DA:<line>,<count>[,<checksum>]
        if (parts.length < 2 || parts.length > 3)
          fail(lineNo, `DA: must be DA:<line>,<count>, got ${JSON.stringify(line)}`);
        const number = parseLine(parts[0], lineNo);
        const count = parseCount(parts[1], lineNo, 'the DA hit count');
        record.lines.set(number, (record.lines.get(number) ?? 0) + count);
        section.lines.set(number, (section.lines.get(number) ?? 0) + count);
        break;
      }
      case 'FN': {
        // FN:<line>,<name> (lcov 1.x) or FN:<line>,<end line>,<name> (lcov 2.x)
        if (parts.length < 2)
          fail(lineNo, `FN: must be FN:<line>,<name>, got ${JSON.stringify(line)}`);
        parseAnchor(parts[0], lineNo);
        const name =
          parts.length >= 3 && LINE_NUMBER.test(parts[1] as string)
            ? parts.slice(2).join(',')
            : parts.slice(1).join(',');
        if (!record.functions.has(name)) record.functions.set(name, 0);
        break;
      }
      case 'FNDA': {
        if (parts.length < 2)
          fail(lineNo, `FNDA: must be FNDA:<count>,<name>, got ${JSON.stringify(line)}`);
        const count = parseCount(parts[0], lineNo, 'the FNDA call count');
        const name = parts.slice(1).join(',');
        record.functions.set(name, (record.functions.get(name) ?? 0) + count);
        break;
      }
      case 'BRDA': {
        // BRDA:<line>,<block>,<branch>,<taken or ->
        if (parts.length !== 4)
          fail(
            lineNo,
            `BRDA: must be BRDA:<line>,<block>,<branch>,<taken>, got ${JSON.stringify(line)}`,
          );
        const [at, block, branch, taken] = parts as [string, string, string, string];
        parseAnchor(at, lineNo);
        if (block === '' || branch === '') fail(lineNo, `BRDA: has an empty block or branch id`);
        const id = `${at},${block},${branch}`;
        const count = taken === '-' ? null : parseCount(taken, lineNo, 'the BRDA taken count');
        const old = record.branches.get(id);
        record.branches.set(
          id,
          old === undefined || old === null ? count : count === null ? old : old + count,
        );
        break;
      }
      case 'LF':
        section.lf = parseCount(value, lineNo, 'the LF value');
        break;
      case 'LH':
        section.lh = parseCount(value, lineNo, 'the LH value');
        break;
      case 'FNF':
      case 'FNH':
      case 'BRF':
      case 'BRH':
        parseCount(value, lineNo, `the ${key} value`);
        break;
      default:
        // Other records (VER, FNL, FNA, ...) carry nothing this tool uses.
        break;
    }
  }
  if (current) {
    throw new InputError(
      source,
      `ends inside the record for ${JSON.stringify(current.path)} (line ${openedAt}) without end_of_record (truncated?)`,
    );
  }

  const files = new Map<string, FileCoverage>();
  for (const record of records.values()) {
    if (record.lines.size === 0) continue;
    files.set(record.path, toFileCoverage(record));
  }
  if (files.size === 0) throw new InputError(source, 'has no SF: record with DA: line data');
  fillMetrics(files);
  const report: CoverageReport = { format: 'lcov', files, hasBranches: false, source };
  if (disagreeing > 0) {
    report.notes = [
      statedTotalsNote(
        source,
        `LF/LH (in ${disagreeing} record${disagreeing === 1 ? '' : 's'})`,
        stated,
        listed,
      ),
    ];
  }
  return report;
}

function toFileCoverage(record: Record): FileCoverage {
  return lineFileCoverage(record.path, record.path, record.lines, (file) => {
    const metrics: Metrics = { lines: { total: file.statements, covered: file.covered } };
    if (record.functions.size > 0) {
      metrics.functions = {
        total: record.functions.size,
        covered: [...record.functions.values()].filter((n) => n > 0).length,
      };
    }
    if (record.branches.size > 0) {
      metrics.branches = {
        total: record.branches.size,
        covered: [...record.branches.values()].filter((n) => n !== null && n > 0).length,
      };
    }
    return metrics;
  });
}
