/**
 * The terminal report: aligned columns, colour only when writing to a TTY.
 */

import type { Result } from '../analysis/result.js';
import { componentTextRows } from './components.js';
import { deltaPartsText, roundingLine } from './delta.js';
import {
  counted,
  countText,
  countUnit,
  deltaText,
  lineRanges,
  percentText,
  showBidiControls,
  testedFiles,
} from './format.js';
import { componentTrendLines, trendLine } from './trend.js';

export interface TextOptions {
  colour?: boolean;
  /** How many changed files to list. */
  maxRows?: number;
}

type Paint = (text: string) => string;

function painter(on: boolean, code: number): Paint {
  return on ? (text) => `\u001b[${code}m${text}\u001b[0m` : (text) => text;
}

/** Pads cells to column widths; numbers right-aligned. */
export function table(rows: string[][], rightAligned: readonly number[] = []): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell));
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = ' '.repeat((widths[i] ?? 0) - visibleLength(cell));
          return rightAligned.includes(i) ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function visibleLength(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips our own colour codes
  return text.replace(/\u001b\[\d+m/g, '').length;
}

/** Control characters from a report never reach the terminal. */
function safe(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removes terminal escapes
  return showBidiControls(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?'));
}

export function renderText(result: Result, options: TextOptions = {}): string {
  const colour = options.colour ?? false;
  const green = painter(colour, 32);
  const red = painter(colour, 31);
  const yellow = painter(colour, 33);
  const bold = painter(colour, 1);
  const dim = painter(colour, 2);
  const p = result.precision;
  const r = result.rounding;
  const t = result.totals;
  const out: string[] = [];

  const warned = result.warnedGates?.length
    ? ` with warnings (${result.warnedGates.join(', ')})`
    : '';
  const verdict = result.passed
    ? green(`PASSED${warned}`)
    : red(`FAILED (${result.failedGates.join(', ')})`);
  out.push(`${bold('Coverage Gate')}  ${verdict}`);
  out.push('');
  const summary: string[][] = [['', 'Coverage', 'Covered', 'Total', 'Δ']];
  const unit = countUnit(result);
  summary.push([
    'Head',
    bold(percentText(t.percent, p, r)),
    countText(t.covered),
    `${countText(t.statements)} ${unit}`,
    result.delta === null
      ? ''
      : `${deltaText(result.delta, p)} pp${result.deltaBasis ? ` (${result.deltaBasis})` : ''}`,
  ]);
  if (t.branches !== null) {
    summary.push([
      '  branches',
      '',
      countText(t.coveredBranches ?? 0),
      `${countText(t.branches)} branches`,
      '',
    ]);
  }
  if (result.base)
    summary.push([
      'Base',
      percentText(result.base.percent, p, r),
      countText(result.base.covered),
      countText(result.base.statements),
      '',
    ]);
  else summary.push(['Base', dim('none'), '', '', '']);
  if (result.patch) {
    summary.push([
      'Patch',
      result.patch.percent === null ? 'n/a' : percentText(result.patch.percent, p, r),
      countText(result.patch.covered),
      `${countText(result.patch.lines)} changed lines`,
      '',
    ]);
  }
  out.push(table(summary, [1, 2]));
  const components = componentTextRows(result);
  if (components.length) {
    out.push('', bold('Components'));
    out.push(
      indent(table([['Component', 'Coverage', 'Δ', 'Patch', ''], ...components], [1, 2, 3])),
    );
  }
  if (result.push) {
    out.push('', bold('Coverage push'));
    out.push(`  ${trendLine(result.push, { maxPoints: 30, precision: p, rounding: r })}`);
    for (const line of componentTrendLines(result.push, p, r)) out.push(`  ${safe(line)}`);
  }

  const gates = result.gates.filter(
    (g) => !(g.name === 'min-coverage' && g.threshold === 0 && g.passed),
  );
  if (gates.length) {
    out.push('', bold('Gates'));
    for (const gate of gates) {
      const mark = gate.skipped
        ? dim('skip')
        : gate.passed
          ? green('pass')
          : gate.informational
            ? yellow('WARN')
            : red('FAIL');
      out.push(`  ${mark}  ${gate.name}: ${safe(gate.message)}`);
    }
  }

  if (result.impact.length) {
    const s = result.impactSummary;
    out.push('', bold('Test these next'));
    const size = { statements: 'Stmts', lines: 'Lines', 'statements and lines': 'Size' }[
      countUnit(result)
    ];
    const rows = [['#', 'File', size, 'Cover', 'Uncovered', 'Tier', 'Gain']];
    result.impact.forEach((e, i) => {
      rows.push([
        `${i + 1}`,
        `${safe(e.path)}${e.changed ? ' *' : ''}`,
        countText(e.statements),
        percentText(e.percent, p, e.rounding ?? r),
        countText(e.uncovered),
        `${e.tier}`,
        `+${e.gain.toFixed(p)} pp`,
      ]);
    });
    out.push(indent(table(rows, [0, 2, 3, 4, 6])));
    out.push(
      `  Testing ${testedFiles(s.files)} to ${s.target}% adds ~${s.gain.toFixed(p)} pp (from ${percentText(s.from, p, r)} to ${percentText(s.to, p, r)}).`,
    );
    if (result.impact.some((e) => e.changed)) out.push(dim('  * changed in this diff'));
    if (s.folders.length) {
      out.push(
        dim(
          `  Related: ${s.folders
            .slice(0, 5)
            .map((g) => `${safe(g.folder)}/ (${counted(g.files, 'file')})`)
            .join(', ')}`,
        ),
      );
    }
  }
  const changed = result.files.filter((f) => f.changed);
  if (changed.length) {
    const max = options.maxRows ?? 50;
    out.push('', bold(`Changed files (${changed.length})`));
    const rows = [['File', 'Coverage', 'Δ', 'Patch', 'Uncovered changed lines']];
    for (const row of changed.slice(0, max)) {
      rows.push([
        safe(row.path),
        percentText(row.percent, p, row.rounding ?? r),
        row.delta === null ? 'new' : deltaText(row.delta, p),
        row.patchLines ? `${row.patchCovered}/${row.patchLines}` : '-',
        lineRanges(row.patchMissing, 6, '-'),
      ]);
    }
    out.push(indent(table(rows, [1, 2, 3])));
    if (changed.length > max) out.push(dim(`  ...and ${countText(changed.length - max)} more`));
  }

  out.push(...whyCoverageChanged(result, bold));

  if (result.deltaBasis && result.deltaFrom) {
    out.push(
      '',
      `Note: only one side measured branches, so the change compares statements alone: ${percentText(result.deltaFrom.base, p, r)} -> ${percentText(result.deltaFrom.head, p, r)}.`,
    );
  }
  if (result.patchNonStatements?.length) {
    out.push(
      '',
      `Note: the patch figure may count lines that are not statements (coverage.py before 7.13.1 lists a module docstring among the executed lines): ${result.patchNonStatements.map(safe).join(', ')}.`,
    );
  }
  for (const note of result.notes) out.push('', `Note: ${safe(note)}`);
  return `${out.join('\n')}\n`;
}

/** The delta's parts and the unchanged lines that lost coverage. */
function whyCoverageChanged(result: Result, bold: Paint): string[] {
  const why = deltaPartsText(result);
  if (!why || why.rows.length === 1) return [];
  const out = ['', bold('Why coverage changed'), indent(table(why.rows, [1, 2, 3]))];
  const rounding = roundingLine(result);
  if (rounding) out.push(`  ${rounding}`);
  if (why.lost.length) {
    out.push('  Lines that lost coverage:');
    for (const line of why.lost) out.push(`    ${safe(line)}`);
  }
  return out;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
