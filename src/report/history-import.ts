/**
 * `history-import` (CLI `--history`): a history the team already keeps, read
 * into our entries: our schema, or points with a date and a percent (a JSON
 * array, or CSV with a header).
 */
import { InputError } from './errors.js';
import {
  HISTORY_SCHEMA,
  type HistoryEntry,
  isCount,
  isIsoForm,
  isObject,
  isPercent,
  isRealTime,
  MAX_HISTORY_BYTES,
  MAX_HISTORY_ENTRIES,
  uniteHistories,
  validateHistory,
} from './history.js';

const DATE_KEYS = ['time', 'date', 'timestamp'];
const PERCENT_KEYS = ['percent', 'coverage', 'total', 'pct'];

/**
 * A commit-like key for an imported point that names no commit: the point's
 * time, so points unite with each other by date and never with a real commit.
 */
const importKey = (ms: number) => ms.toString(16).padStart(12, '0').slice(-12).padStart(7, '0');

function pointEntry(
  point: Record<string, unknown>,
  at: string,
  source: string,
  index: number,
): HistoryEntry {
  const pick = (keys: string[]) =>
    keys.map((k) => point[k]).find((v) => v !== undefined && v !== '');
  const rawTime = pick(DATE_KEYS);
  if (!isIsoForm(rawTime))
    throw new InputError(source, `${at} needs a date (YYYY-MM-DD or ISO 8601 time)`);
  if (!isRealTime(rawTime))
    throw new InputError(source, `${at} has a date that does not exist (${rawTime})`);
  const rawPercent = pick(PERCENT_KEYS);
  const percent =
    typeof rawPercent === 'string' ? Number(rawPercent.replace(/%$/, '')) : rawPercent;
  if (!isPercent(percent)) throw new InputError(source, `${at} needs a percent from 0 to 100`);
  const number = (key: string): number | undefined => {
    const raw = point[key];
    if (raw === undefined || raw === '') return undefined;
    const value = typeof raw === 'string' ? Number(raw) : raw;
    if (!isCount(value)) throw new InputError(source, `${at}.${key} must be a whole number`);
    return value;
  };
  const statements = number('statements');
  const covered = number('covered');
  const ms = Date.parse(rawTime);
  const commit = typeof point.commit === 'string' ? point.commit : undefined;
  const entry: HistoryEntry = {
    commit: commit && /^[0-9a-f]{7,64}$/i.test(commit) ? commit : importKey(ms),
    time: new Date(ms).toISOString(),
    run: index + 1,
    statements: statements ?? 0,
    covered: covered ?? 0,
    percent,
  };
  if (entry.covered > entry.statements)
    throw new InputError(source, `${at}.covered is larger than statements`);
  return entry;
}

/** Splits one CSV line (RFC 4180 quoting). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

function parseCsv(text: string, source: string): Record<string, unknown>[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = csvCells(lines[0] ?? '').map((h) => h.toLowerCase());
  if (!header.some((h) => DATE_KEYS.includes(h)) || !header.some((h) => PERCENT_KEYS.includes(h)))
    throw new InputError(
      source,
      'the CSV header must name a date column (date or time) and a percent column (percent or coverage)',
    );
  return lines.slice(1).map((line, i) => {
    const cells = csvCells(line);
    if (cells.length !== header.length)
      throw new InputError(
        source,
        `line ${i + 2} has ${cells.length} cells, the header has ${header.length}`,
      );
    return Object.fromEntries(header.map((h, j) => [h, cells[j]]));
  });
}

/**
 * A history the team already keeps: our schema, a JSON array of points, or
 * CSV with a header; returned in time order. A bad file throws one
 * InputError naming it.
 */
export function importHistory(bytes: Uint8Array | string, source: string): HistoryEntry[] {
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
  if (size > MAX_HISTORY_BYTES)
    throw new InputError(source, `is larger than 5 MB (${size} bytes); refused`);
  const text = (typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes)).replace(
    /^\uFEFF/,
    '',
  );
  const trimmed = text.trimStart();
  let points: unknown[];
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new InputError(source, `is not valid JSON (${(error as Error).message})`);
    }
    if (isObject(data)) {
      if (data.schema !== HISTORY_SCHEMA)
        throw new InputError(
          source,
          `is neither a ${HISTORY_SCHEMA} file ({"schema": "${HISTORY_SCHEMA}", "entries": [...]}) nor a JSON array of points with a date and a percent (or a CSV with date and percent columns)`,
        );
      return uniteHistories([], validateHistory(data, source));
    }
    points = data as unknown[];
  } else {
    points = parseCsv(text, source);
  }
  if (points.length === 0) throw new InputError(source, 'holds no points');
  if (points.length > MAX_HISTORY_ENTRIES)
    throw new InputError(source, `holds ${points.length} points, more than ${MAX_HISTORY_ENTRIES}`);
  const entries = points.map((p, i) => {
    if (!isObject(p)) throw new InputError(source, `point ${i + 1} is not an object`);
    // Keys in any case, as CSV headers are read.
    const point = Object.fromEntries(Object.entries(p).map(([k, v]) => [k.toLowerCase(), v]));
    return pointEntry(point, `point ${i + 1}`, source, i);
  });
  // In time order, whatever the file's order: the action and the command line read it alike.
  return uniteHistories([], entries);
}
