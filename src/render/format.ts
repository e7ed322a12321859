/**
 * Formatting shared by the renderers: numbers, line ranges, and escaping of
 * every string that comes from a report (a path may hold `|`, `<`, backticks
 * or `@name`).
 */
import { groupRanges } from '../analysis/delta-parts.js';
import {
  displayDelta,
  displayPercent,
  groupThousands,
  type PercentRounding,
} from '../report/rounding.js';

/** `rounding`: the producer's own (Istanbul truncates; see percentRoundingFor). */
export const percentText = (
  value: number,
  precision: number,
  rounding: PercentRounding = 'half-even',
): string => `${displayPercent(value, precision, rounding)}%`;

export const deltaText = (value: number, precision: number): string =>
  displayDelta(value, precision);

export const countText = (value: number): string =>
  Number.isSafeInteger(value) ? groupThousands(value) : value.toLocaleString('en-US');

/**
 * What a result's counts are: coverage.py counts statements, the line
 * formats lines, and a merge of both producers counts both.
 */
export function countUnit(result: {
  format: string;
  files: readonly { format?: string }[];
}): 'statements' | 'lines' | 'statements and lines' {
  if (result.format !== 'coverage.py') return 'lines';
  const mixed = result.files.some((f) => f.format !== undefined && f.format !== 'coverage.py');
  return mixed ? 'statements and lines' : 'statements';
}

/** "1 file", "2 files", "1,204 files": a count with its noun. */
export const counted = (value: number, noun: string, plural = `${noun}s`): string =>
  `${countText(value)} ${value === 1 ? noun : plural}`;

/** "this file" for one, "these 3 files" for more: what testing them would add. */
export const testedFiles = (count: number): string =>
  count === 1 ? 'this file' : `these ${counted(count, 'file')}`;

/** `[3,4,5,9,11,12]` → `3-5, 9, 11-12`, at most `limit` ranges. */
export function lineRanges(
  lines: readonly number[],
  limit = Number.POSITIVE_INFINITY,
  dash = '–',
): string {
  const ranges = groupRanges(lines);
  const shown = ranges.slice(0, limit).map(([a, b]) => (a === b ? `${a}` : `${a}${dash}${b}`));
  if (ranges.length > limit) shown.push(`+${ranges.length - limit} more`);
  return shown.join(', ');
}

export { groupRanges };

/**
 * A string as an inline code span that is safe inside a GFM table: the
 * fence is longer than any backtick run in it, `|` is escaped (tables split
 * cells before code spans are parsed), and line breaks become spaces.
 * Inside a code span `<`, `@`, `*` and friends are inert.
 */
export function code(text: string): string {
  const flat = escapePipes(showBidiControls(text.replace(/[\r\n\t]+/g, ' ')));
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A table row is split at every `|` not escaped by an odd run of
 * backslashes (GFM; marked), and the escaping backslash is then dropped: so
 * a path's own `\` before a `|` must not pair up with ours and split the cell.
 */
function escapePipes(text: string): string {
  return text.replace(/(\\*)\|/g, (_, slashes: string) =>
    slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}\\\\|`,
  );
}

/**
 * Plain text made inert in markdown: punctuation backslash-escaped (`:` too,
 * so no `https://` or `www.` becomes a link), HTML
 * angle brackets as entities, and `@` followed by a zero-width joiner so
 * that no one is mentioned.
 */
export function inert(text: string): string {
  return showBidiControls(text)
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~:]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '@\u2060');
}

/**
 * Bidirectional controls (U+202E and friends) would reorder what a reader
 * sees around them; they are written out as `\u202E` instead.
 */
export function showBidiControls(text: string): string {
  return text.replace(
    /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
    (c) => `\\u${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

export function shortSha(sha: string | null | undefined): string | null {
  return sha && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : null;
}
