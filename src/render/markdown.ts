/**
 * The pull-request comment and job summary. Drawn only from a `Result`, so
 * the fork-safe second stage can render it anew from untrusted data: every
 * string from a report goes through `code()` or `inert()`, numbers through
 * the number formatters, nothing else is interpolated.
 */

import type { GateResult } from '../analysis/gates.js';
import type { Result } from '../analysis/result.js';
import type { PercentRounding } from '../report/rounding.js';
import { componentGateLabel, renderComponentsMarkdown } from './components.js';
import { type PullLinks, renderNewUncovered, renderWhyCoverageChanged } from './delta.js';
import {
  code,
  counted,
  countText,
  countUnit,
  deltaText,
  inert,
  percentText,
  shortSha,
} from './format.js';
import { measuredNote } from './measured.js';
import {
  fitTable,
  lazily,
  type Measure,
  renderChangedFiles,
  renderImpact,
  renderOtherChanges,
} from './tables.js';
import { renderTrend } from './trend.js';

/** GitHub rejects comment bodies longer than this. */
export const COMMENT_LIMIT = 65_536;

/**
 * GitHub accepts up to 1 MiB of job summary per step, counted in bytes, and
 * drops all of it when a step writes more; leave room for the lines after it.
 */
export const SUMMARY_LIMIT = 1024 * 1024 - 4096;

export interface MarkdownOptions {
  /** Tells comments apart; written as a hidden marker. Omit for the job summary. */
  commentId?: string;
  /** Hard cap on the size of the body; GitHub's comment limit by default. */
  maxLength?: number;
  /** What `maxLength` counts: characters (a comment) or UTF-8 bytes (the job summary). */
  unit?: 'chars' | 'bytes';
  /** Points in the push chart: 30 in the comment, 100 in the job summary. */
  chartPoints?: number;
  /** The pull request, for links to its files and lines; plain text without. */
  links?: PullLinks;
}

/** The size of a text in UTF-8 bytes, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      // A surrogate pair is one 4-byte character.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function commentMarker(commentId: string): string {
  return `<!-- coverage-gate:${commentId.replace(/--+/g, '-').replace(/[<>]/g, '')} -->`;
}

const GATE_LABELS: Record<string, string> = {
  'min-coverage': 'Total coverage',
  'min-file-coverage': 'Every file',
  'file-thresholds': 'Per-path thresholds',
  'max-coverage-drop': 'Drop against base',
  'min-patch-coverage': 'Patch coverage',
  'min-branch-coverage': 'Branch coverage',
  'max-new-uncovered-lines': 'New uncovered lines',
  baseline: 'Baseline present',
};

/** Appends whole blocks while they fit, keeping room for what must close the body. */
class Budget {
  private readonly parts: string[] = [];
  private used = 0;
  constructor(
    private readonly limit: number,
    readonly measure: Measure,
  ) {}
  /** Room left for one more block after keeping `reserve`. */
  room(reserve = 0): number {
    return this.limit - this.used - reserve - 1;
  }
  fits(text: string, reserve = 0): boolean {
    return this.measure(text) <= this.room(reserve);
  }
  add(text: string): void {
    this.parts.push(text);
    this.used += this.measure(text) + 1;
  }
  toString(): string {
    return this.parts.join('\n');
  }
}

const LEFT_OUT =
  "_Some sections were left out to keep this comment within GitHub's size limit; the job summary and the `report-json` output have everything._\n";

export function renderMarkdown(result: Result, options: MarkdownOptions = {}): string {
  const p = result.precision;
  const r = result.rounding;
  const limit = options.maxLength ?? COMMENT_LIMIT;
  const measure: Measure = options.unit === 'bytes' ? utf8Length : (text) => text.length;
  const out = new Budget(limit, measure);
  const footer = renderFooter(result);
  // The footer and a "left out" line always fit after what is added.
  const reserve = measure(footer) + measure(LEFT_OUT) + 2;

  if (options.commentId !== undefined) out.add(commentMarker(options.commentId));
  out.add(renderHeadline(result));
  out.add('');
  const components = renderComponentsMarkdown(result);
  if (components) out.add(components);
  if (result.push)
    out.add(
      renderTrend(result.push, { maxPoints: options.chartPoints ?? 30, precision: p, rounding: r }),
    );
  out.add(renderFigures(result));
  out.add('');

  // What to test next is the point of the comment: its room (at most half of
  // what is left) is set aside first, so neither notes nor a long list of
  // changed files ever squeeze it out.
  const impact = renderImpact(result, measure, Math.floor(out.room(reserve) / 2));
  const held = impact ? measure(impact) + 1 : 0;

  let leftOut = false;
  const place = (block: (room: number) => string, keep: number) => {
    const room = out.room(reserve + keep);
    const text = room > 0 ? block(room) : '';
    if (text && out.fits(text, reserve + keep)) out.add(text);
    else if (text || room <= 0) leftOut = true;
  };
  place((room) => renderGates(result, p, r, measure, room), held);
  place((room) => renderNewUncovered(result, measure, room, options.links), held);
  for (const caveat of renderCaveats(result)) place(() => caveat, held);
  for (const note of result.notes) place(() => `> [!NOTE]\n> ${inert(note)}\n`, held);
  if (impact) out.add(impact);
  place((room) => renderWhyCoverageChanged(result, measure, room, options.links), 0);
  place((room) => renderChangedFiles(result, measure, room), 0);
  place((room) => renderOtherChanges(result, measure, room), 0);
  if (leftOut) out.add(LEFT_OUT);
  out.add(footer);
  return out.toString();
}

function renderHeadline(result: Result): string {
  const p = result.precision;
  const r = result.rounding;
  const basis = result.deltaBasis ? ` on ${result.deltaBasis}` : '';
  const delta = result.delta === null ? '' : ` (${deltaText(result.delta, p)} pp${basis})`;
  const verdict = result.passed
    ? result.warnedGates?.length
      ? '⚠️ Coverage Gate passed with warnings'
      : '✅ Coverage Gate passed'
    : '❌ Coverage Gate failed';
  return `### ${verdict} · ${percentText(result.totals.percent, p, r)}${delta}`;
}

function renderFigures(result: Result): string {
  const p = result.precision;
  const r = result.rounding;
  const t = result.totals;
  const unit = countUnit(result);
  const head = `${percentText(t.percent, p, r)}`;
  const headDetail =
    t.branches !== null
      ? `${countText(t.covered)} / ${countText(t.statements)} ${unit}, ${countText(t.coveredBranches ?? 0)} / ${countText(t.branches)} branches`
      : `${countText(t.covered)} / ${countText(t.statements)} ${unit}`;
  const basis = result.deltaBasis ? ` (${result.deltaBasis})` : '';
  const rows = ['| | Coverage | Covered | Δ vs base |', '|:--|--:|--:|--:|'];
  rows.push(
    `| **This PR** | **${head}** | ${headDetail} | ${result.delta === null ? '—' : `**${deltaText(result.delta, p)} pp**${basis}`} |`,
  );
  if (result.base) {
    const sha = shortSha(result.base.commit);
    rows.push(
      `| Base${sha ? ` (${code(sha)})` : ''} | ${percentText(result.base.percent, p, r)} | ${countText(result.base.covered)} / ${countText(result.base.statements)} | |`,
    );
  } else {
    rows.push('| Base | — | no baseline found | |');
  }
  if (result.patch) {
    const patch = result.patch;
    const caveat = result.patchNonStatements?.length ? ' ¹' : '';
    rows.push(
      `| Changed lines | ${patch.percent === null ? 'n/a' : percentText(patch.percent, p, r)}${caveat} | ${countText(patch.covered)} / ${countText(patch.lines)} lines | |`,
    );
  }
  if (t.metrics) {
    for (const [name, metric] of Object.entries(t.metrics)) {
      if (!metric || metric.total === 0) continue;
      // The headline of a line-based format already is its lines figure.
      if (name === 'lines' && unit === 'lines') continue;
      rows.push(
        `| _${name}_ | ${percentText((100 * metric.covered) / metric.total, p, r)} | ${countText(metric.covered)} / ${countText(metric.total)} | |`,
      );
    }
  }
  return rows.join('\n');
}

/** What the reader must know to read the figures right, drawn from the result's own fields. */
function renderCaveats(result: Result): string[] {
  const p = result.precision;
  const r = result.rounding;
  const caveats: string[] = [];
  if (result.deltaBasis === 'statements' && result.deltaFrom && result.base) {
    const side = result.totals.branches !== null ? 'this run' : 'the baseline';
    caveats.push(
      `> [!NOTE]\n> Only ${side} measured branches, so the change against the base compares statements alone: ${percentText(result.deltaFrom.base, p, r)} → ${percentText(result.deltaFrom.head, p, r)} of statements (${deltaText(result.delta ?? 0, p)} pp). The drop gate uses the same figure.\n`,
    );
  }
  const files = result.patchNonStatements ?? [];
  if (files.length > 0) {
    const shown = files.slice(0, 5).map((path) => code(path));
    const more = files.length > 5 ? ` and ${counted(files.length - 5, 'more file')}` : '';
    caveats.push(
      `> [!NOTE]\n> ¹ The changed-lines figure may count lines that are not statements: coverage.py before 7.13.1 lists a module docstring among the executed lines, and ${files.length === 1 ? 'this file lists' : 'these files list'} more executed and missing lines than statements: ${shown.join(', ')}${more}.\n`,
    );
  }
  return caveats;
}

function gateValue(gate: GateResult, p: number, r: PercentRounding): string {
  if (gate.actual === null) return gate.name === 'min-branch-coverage' ? 'n/a' : '—';
  if (gate.name === 'max-new-uncovered-lines') return counted(gate.actual, 'line');
  return gate.name === 'max-coverage-drop'
    ? `${deltaText(gate.actual, p)} pp`
    : percentText(gate.actual, p, gate.rounding ?? r);
}

function gateThreshold(gate: GateResult): string {
  if (gate.threshold === null) return '—';
  if (gate.name === 'max-coverage-drop') return `drop ≤ ${gate.threshold} pp`;
  if (gate.name === 'max-new-uncovered-lines') return `≤ ${counted(gate.threshold, 'line')}`;
  return `≥ ${gate.threshold}%`;
}

/** ➖ not evaluated, ✅ passed, ⚠️ an informational gate failed, ❌ failed. */
export function gateIcon(gate: GateResult): string {
  if (gate.skipped) return '➖';
  if (gate.passed) return '✅';
  return gate.informational ? '⚠️' : '❌';
}

function renderGates(
  result: Result,
  p: number,
  r: PercentRounding,
  measure: Measure,
  room: number,
): string {
  const gates = result.gates;
  const shown = gates.filter((g) => !(g.name === 'min-coverage' && g.threshold === 0 && g.passed));
  if (shown.length === 0) return '';
  const rows = ['| Gate | | Value | Required |', '|:--|:-:|--:|--:|'];
  for (const gate of shown) {
    rows.push(
      `| ${GATE_LABELS[gate.name] ?? componentGateLabel(gate.name, GATE_LABELS) ?? inert(gate.name)}${gate.informational ? ' (informational)' : ''} | ${gateIcon(gate)} | ${gateValue(gate, p, r)} | ${gateThreshold(gate)} |`,
    );
  }
  const text = `${rows.join('\n')}\n`;
  const failures = gates.flatMap((g) => (g.passed ? [] : (g.files ?? [])));
  if (failures.length === 0) return text;
  const summary = `${counted(failures.length, 'file')} below ${failures.length === 1 ? 'its' : 'their'} threshold`;
  const open = `\n<details><summary>${summary}</summary>\n\n`;
  const close = '\n</details>\n';
  const table = fitTable(
    measure,
    room - measure(text) - measure(open) - measure(close),
    '| File | Coverage | Required |\n|:--|--:|--:|',
    lazily(
      failures.slice(0, 20),
      (f) =>
        `| ${code(f.path)} | ${percentText(f.percent, p, f.rounding ?? r)} | ≥ ${f.threshold}%${f.rule ? ` (${code(f.rule)})` : ''} |`,
    ),
    failures.length,
    (left) => `…and ${counted(left, 'more file')} below their threshold.`,
  );
  return table ? `${text}${open}${table}${close}` : `${text}\n_${summary}._\n`;
}

/** Whose numbers the figures reproduce, per report format. */
const FIGURES_NOTE: Record<string, string> = {
  'coverage.py': 'Figures as `coverage report` computes them.',
  istanbul: "Line figures as Istanbul's text summary prints them.",
  lcov: 'Line figures as `lcov --summary` computes them.',
  cobertura: 'Line figures from the Cobertura XML.',
};

/** Each producer's part, in a result that merges several (coverage.py's first, as the reference). */
const PRODUCER_FIGURES: Record<string, string> = {
  'coverage.py': "coverage.py's as `coverage report` computes them",
  istanbul: "Istanbul's (lines) as its text summary prints them",
  lcov: "LCOV's (lines) as `lcov --summary` computes them",
  cobertura: "Cobertura's (lines) from the XML",
};

function figuresNote(result: Result): string {
  const others = new Set<string>();
  for (const file of result.files) if (file.format) others.add(file.format);
  others.delete(result.format);
  if (others.size === 0) return FIGURES_NOTE[result.format] ?? '';
  const producers = [result.format, ...[...others].sort()];
  return `Figures as each producer computes them: ${producers.map((f) => PRODUCER_FIGURES[f]).join('; ')}.`;
}

function renderFooter(result: Result): string {
  const parts: string[] = [];
  if (result.base) {
    const sha = shortSha(result.base.commit);
    const from = result.base.source === 'artifact' ? "an earlier run's artifact" : 'a local file';
    parts.push(
      `Baseline: ${sha ? `commit ${code(sha)}, ` : ''}from ${from}${result.base.how ? `: ${inert(result.base.how)}` : ''}.`,
    );
  }
  if (result.measured) parts.push(measuredNote(result.measured));
  parts.push(figuresNote(result));
  return `<sub>${parts.join(' ')}</sub>\n`;
}
