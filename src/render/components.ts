/**
 * The Components table (components.ts): one row per component, the failing
 * ones first, for the comment, the job summary and the CLI's text.
 */
import type { ComponentRow } from '../analysis/components.js';
import type { GateResult } from '../analysis/gates.js';
import type { Result } from '../analysis/result.js';
import { countText, deltaText, inert, percentText } from './format.js';

/** Rows shown before the table folds into `<details>`. */
export const FOLD_AFTER = 10;

/** A component's own gates, by the `component:NAME:` prefix of their names. */
export function gatesOf(result: Result, name: string): GateResult[] {
  const prefix = `component:${name}:`;
  return result.gates.filter((gate) => gate.name.startsWith(prefix));
}

/** The rows in display order: failing components first, otherwise as configured. */
export function orderedComponents(result: Result): ComponentRow[] {
  const rows = result.components ?? [];
  return [...rows.filter((row) => !row.passed), ...rows.filter((row) => row.passed)];
}

/** A component gate's row label, `money · Total coverage`; null for the total's gates. */
export function componentGateLabel(name: string, labels: Record<string, string>): string | null {
  const match = /^component:(.+):([^:]+)$/.exec(name);
  if (!match) return null;
  const [, component = '', gate = ''] = match;
  return `${inert(component)} · ${labels[gate] ?? inert(gate)}`;
}

function cells(row: ComponentRow, result: Result): [string, string, string] {
  const p = result.precision;
  const r = row.rounding ?? result.rounding;
  if (row.files === 0) return ['no file', '', ''];
  const delta = row.delta === null ? '' : `${deltaText(row.delta, p)} pp`;
  const patch = !row.patch
    ? ''
    : row.patch.percent === null
      ? 'n/a'
      : `${percentText(row.patch.percent, p, r)} (${countText(row.patch.covered)}/${countText(row.patch.lines)})`;
  return [percentText(row.percent, p, r), delta, patch];
}

function marks(result: Result, row: ComponentRow): string {
  return gatesOf(result, row.name)
    .map((gate) => {
      const name = gate.name.slice(`component:${row.name}:`.length);
      const icon = gate.skipped ? '➖' : gate.passed ? '✅' : gate.informational ? '⚠️' : '❌';
      return `${icon} ${name}`;
    })
    .join(' ');
}

/** The markdown table, folded past FOLD_AFTER rows; empty without components. */
export function renderComponentsMarkdown(result: Result): string {
  const rows = orderedComponents(result);
  if (rows.length === 0) return '';
  const lines = [
    '| Component | Coverage | Δ | Patch | Gates |',
    '|---|---:|---:|---:|---|',
    ...rows.map((row) => {
      const [coverage, delta, patch] = cells(row, result);
      return `| ${inert(row.name)} | ${coverage} | ${delta} | ${patch} | ${marks(result, row)} |`;
    }),
  ];
  const table = lines.join('\n');
  if (rows.length <= FOLD_AFTER) return `**Components**\n\n${table}\n`;
  const failing = rows.filter((row) => !row.passed).length;
  return `<details${failing ? ' open' : ''}><summary><b>Components</b> (${rows.length}${failing ? `, ${failing} failing` : ''})</summary>\n\n${table}\n\n</details>\n`;
}

/** The text rows for the CLI: component, coverage, Δ, patch, the failing gates. */
export function componentTextRows(result: Result): string[][] {
  return orderedComponents(result).map((row) => [
    row.name,
    ...cells(row, result),
    row.passed ? '' : 'FAIL',
  ]);
}
