/**
 * "Why coverage changed": the delta's parts, the unchanged lines that lost
 * coverage, and the lines `max-new-uncovered-lines` counts, linked into the
 * pull request's Files view where the pull request is known.
 */
import type { CountChange, DeltaPart, DeltaPartName, FileRanges } from '../analysis/delta-parts.js';
import type { Result } from '../analysis/result.js';
import { roundHalfEven } from '../report/rounding.js';
import { code, counted, countText, countUnit, deltaText } from './format.js';
import { fitTable, lazily, type Measure } from './tables.js';

/** Where a pull request's files live, for links; absent in the CLI. */
export interface PullLinks {
  /** `https://github.com`, or the GitHub Enterprise server. */
  serverUrl: string;
  /** `owner/name`. */
  repository: string;
  pull: number;
  /** The PR's head commit: file names link to the file there. */
  headSha: string;
}

const PART_LABELS: Record<DeltaPartName, string> = {
  'changed-covered': 'Changed lines, covered',
  'changed-uncovered': 'Changed lines, uncovered',
  'deleted-covered': 'Deleted lines, covered at base',
  'deleted-uncovered': 'Deleted lines, uncovered at base',
  'lost-coverage': 'Lost coverage (unchanged lines)',
  'gained-coverage': 'Gained coverage (unchanged lines)',
  'files-added': 'Files added',
  'files-removed': 'Files removed',
  'not-in-diff': "Not in this PR's diff",
};

export const partLabel = (name: DeltaPartName): string => PART_LABELS[name];

const signed = (value: number): string =>
  value > 0 ? `+${countText(value)}` : value < 0 ? `-${countText(-value)}` : '0';

const changeText = (change: CountChange): string =>
  `${signed(change.covered)} / ${signed(change.total)}`;

/** The parts that change anything, in their fixed order. */
export function shownParts(result: Result): DeltaPart[] {
  const parts = result.deltaParts?.parts ?? [];
  const moves = (c: CountChange | undefined) => !!c && (c.covered !== 0 || c.total !== 0);
  return parts.filter((part) => moves(part.statements) || moves(part.branches));
}

/** One line when the parts, rounded, do not add up to the rounded delta; else null. */
export function roundingLine(result: Result): string | null {
  if (result.delta === null || !result.deltaParts) return null;
  const p = result.precision;
  const sum = shownParts(result).reduce((total, part) => total + roundHalfEven(part.points, p), 0);
  const shown = roundHalfEven(sum, p);
  if (shown === roundHalfEven(result.delta, p)) return null;
  return `Each part is rounded on its own, so the shown parts add up to ${deltaText(shown, p)} pp, not ${deltaText(result.delta, p)} pp; unrounded they add up exactly.`;
}

// Loaded on first use: node:crypto costs every run a few milliseconds of start-up, and only links need it.
// (`process.getBuiltinModule` came in Node 20.16; before it, the bundle's own `require`.)
let crypto: typeof import('node:crypto') | undefined;

/** `#diff-<sha256 of the path>`: GitHub's anchor for a file in a pull request's Files view. */
export function diffAnchor(path: string): string {
  crypto ??=
    process.getBuiltinModule?.('node:crypto') ??
    (require('node:crypto') as typeof import('node:crypto'));
  return `diff-${crypto.createHash('sha256').update(path).digest('hex')}`;
}

/** A path segment with every character a link could end at encoded (`(`, `)`, `'`, `!`, `*` too). */
const encodeSegment = (segment: string): string =>
  encodeURIComponent(segment).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

function fileLink(path: string, links: PullLinks | undefined): string {
  if (!links) return code(path);
  const url = `${links.serverUrl}/${links.repository}/blob/${links.headSha}/${path.split('/').map(encodeSegment).join('/')}`;
  return `[${code(path)}](${url})`;
}

/** Ranges as text, each a link to its first line in the Files view when the pull request is known. */
function rangesText(
  path: string,
  ranges: readonly (readonly [number, number])[],
  links: PullLinks | undefined,
  limit = 10,
): string {
  const shown = ranges.slice(0, limit).map(([from, to]) => {
    const text = from === to ? `${from}` : `${from}–${to}`;
    if (!links) return text;
    return `[${text}](${links.serverUrl}/${links.repository}/pull/${links.pull}/files#${diffAnchor(path)}R${from})`;
  });
  if (ranges.length > limit) shown.push(`+${ranges.length - limit} more`);
  return shown.join(', ');
}

function rangeRows(files: readonly FileRanges[], links: PullLinks | undefined) {
  return lazily(
    files.slice(0, 50),
    (file) =>
      `| ${fileLink(file.path, links)} | ${countText(file.lines)} | ${rangesText(file.path, file.ranges, links)} |`,
  );
}

/** The folded "Why coverage changed" block; empty without a baseline. */
export function renderWhyCoverageChanged(
  result: Result,
  measure: Measure,
  room: number,
  links?: PullLinks,
): string {
  if (result.delta === null || !result.deltaParts) return '';
  const p = result.precision;
  const branches = result.deltaParts.basis === 'statements-and-branches';
  const unit = countUnit(result);
  const header = branches
    ? `| Part | Covered / total ${unit} | Branches | Change |\n|:--|--:|--:|--:|`
    : `| Part | Covered / total ${unit} | Change |\n|:--|--:|--:|`;
  const rows = shownParts(result).map((part) => {
    const cells = [PART_LABELS[part.part], changeText(part.statements)];
    if (branches) cells.push(part.branches ? changeText(part.branches) : '—');
    cells.push(`**${deltaText(part.points, p)} pp**`);
    return `| ${cells.join(' | ')} |`;
  });
  const open = `<details><summary>Why coverage changed (${deltaText(result.delta, p)} pp)</summary>\n\n`;
  const close = '\n</details>\n';
  const rounding = roundingLine(result);
  let text = rows.length ? `${header}\n${rows.join('\n')}\n` : '_No line changed its coverage._\n';
  if (rounding) text += `\n_${rounding}_\n`;
  const lost = result.deltaParts.lostCoverage;
  if (lost.length) {
    const title = `\n**Lines that lost coverage** (${counted(
      lost.reduce((sum, file) => sum + file.lines, 0),
      'line',
    )}, largest first):\n\n`;
    const table = fitTable(
      measure,
      room - measure(open) - measure(close) - measure(text) - measure(title),
      '| File | Lines | Where |\n|:--|--:|:--|',
      rangeRows(lost, links),
      lost.length,
      (left) => `…and ${counted(left, 'more file')}.`,
    );
    if (table) text += `${title}${table}`;
  }
  const block = `${open}${text}${close}`;
  return measure(block) <= room ? block : '';
}

/** Under the gates: the lines `max-new-uncovered-lines` counted, when it is on and there are any. */
export function renderNewUncovered(
  result: Result,
  measure: Measure,
  room: number,
  links?: PullLinks,
): string {
  const gate = result.gates.find((g) => g.name === 'max-new-uncovered-lines');
  const files = result.newUncovered ?? [];
  if (!gate || gate.skipped || files.length === 0) return '';
  const total = files.reduce((sum, file) => sum + file.lines, 0);
  const open = `<details><summary>${counted(total, 'new uncovered line')} (changed, or covered at base)</summary>\n\n`;
  const close = '\n</details>\n';
  const table = fitTable(
    measure,
    room - measure(open) - measure(close),
    '| File | Lines | Where |\n|:--|--:|:--|',
    rangeRows(files, links),
    files.length,
    (left) => `…and ${counted(left, 'more file')}.`,
  );
  return table ? `${open}${table}${close}` : '';
}

/** The parts as plain rows (header first) and the lost lines as plain lines, for the CLI's text. */
export function deltaPartsText(result: Result): { rows: string[][]; lost: string[] } | null {
  if (result.delta === null || !result.deltaParts) return null;
  const p = result.precision;
  const branches = result.deltaParts.basis === 'statements-and-branches';
  const unit = countUnit(result);
  const rows = [['Part', `Covered/total ${unit}`, ...(branches ? ['Branches'] : []), 'Change']];
  for (const part of shownParts(result)) {
    rows.push([
      PART_LABELS[part.part],
      changeText(part.statements),
      ...(branches ? [part.branches ? changeText(part.branches) : '-'] : []),
      `${deltaText(part.points, p)} pp`,
    ]);
  }
  const lost = result.deltaParts.lostCoverage
    .slice(0, 20)
    .map((file) => `${file.path}: ${rangesText(file.path, file.ranges, undefined)}`);
  return { rows, lost };
}
