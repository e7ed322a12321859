/**
 * The pull-request comment and job summary. Drawn only from a `Result`, so
 * the fork-safe second stage can render it anew from untrusted data: every
 * string from a report goes through `code()` or `inert()`, numbers through
 * the number formatters, nothing else is interpolated.
 */
import type { GateResult } from '../analysis/gates.js';
import type { FileRow, Result } from '../analysis/result.js';
import { firstSorted } from '../analysis/select.js';
import type { PercentRounding } from '../report/rounding.js';
import { code, countText, deltaText, inert, lineRanges, percentText, shortSha } from './format.js';

/** GitHub rejects comment bodies longer than this. */
export const COMMENT_LIMIT = 65_536;

/** GitHub accepts up to 1 MiB of job summary per step; leave room for the notes after it. */
export const SUMMARY_LIMIT = 1024 * 1024 - 4096;

export interface MarkdownOptions {
  /** Tells comments apart; written as a hidden marker. Omit for the job summary. */
  commentId?: string;
  /** Hard cap on the length of the body; GitHub's comment limit by default. */
  maxLength?: number;
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
  baseline: 'Baseline present',
};

/** Appends blocks while they fit, keeping room for what must close the body. */
class Budget {
  private readonly parts: string[] = [];
  private used = 0;
  constructor(private readonly limit: number) {}
  fits(text: string, reserve = 0): boolean {
    return this.used + text.length + 1 + reserve <= this.limit;
  }
  add(text: string): void {
    this.parts.push(text);
    this.used += text.length + 1;
  }
  get length(): number {
    return this.used;
  }
  toString(): string {
    return this.parts.join('\n');
  }
}

export function renderMarkdown(result: Result, options: MarkdownOptions = {}): string {
  const p = result.precision;
  const r = result.rounding;
  const limit = options.maxLength ?? COMMENT_LIMIT;
  const out = new Budget(limit);
  const footer = renderFooter(result);
  const reserve = footer.length + 200;

  if (options.commentId !== undefined) out.add(commentMarker(options.commentId));
  out.add(renderHeadline(result));
  out.add('');
  out.add(renderFigures(result));
  out.add('');

  const gates = renderGates(result.gates, p, r);
  if (gates) out.add(gates);

  for (const note of result.notes) out.add(`> [!NOTE]\n> ${inert(note)}\n`);

  const sections = [
    () => renderChangedFiles(result, limit - out.length - reserve),
    () => renderImpact(result),
    () => renderOtherChanges(result, limit - out.length - reserve),
  ];
  for (const section of sections) {
    const text = section();
    if (!text) continue;
    if (out.fits(text, reserve)) out.add(text);
    else
      out.add(
        "_Some sections were left out to keep this comment within GitHub's size limit; the job summary and the `report-json` output have everything._\n",
      );
  }
  out.add(footer);
  const body = out.toString();
  return body.length <= limit
    ? body
    : `${body.slice(0, limit - 60)}\n\n_…truncated to fit GitHub's limit._\n`;
}

function renderHeadline(result: Result): string {
  const p = result.precision;
  const r = result.rounding;
  const delta = result.delta === null ? '' : ` (${deltaText(result.delta, p)} pp)`;
  const verdict = result.passed ? '✅ Coverage Gate passed' : '❌ Coverage Gate failed';
  return `### ${verdict} · ${percentText(result.totals.percent, p, r)}${delta}`;
}

function renderFigures(result: Result): string {
  const p = result.precision;
  const r = result.rounding;
  const t = result.totals;
  const unit = result.format === 'coverage.py' ? 'statements' : 'lines';
  const head = `${percentText(t.percent, p, r)}`;
  const headDetail =
    t.branches !== null
      ? `${countText(t.covered)} / ${countText(t.statements)} ${unit}, ${countText(t.coveredBranches ?? 0)} / ${countText(t.branches)} branches`
      : `${countText(t.covered)} / ${countText(t.statements)} ${unit}`;
  const rows = ['| | Coverage | Covered | Δ vs base |', '|:--|--:|--:|--:|'];
  rows.push(
    `| **This PR** | **${head}** | ${headDetail} | ${result.delta === null ? '—' : `**${deltaText(result.delta, p)} pp**`} |`,
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
    rows.push(
      `| Changed lines | ${patch.percent === null ? 'n/a' : percentText(patch.percent, p, r)} | ${countText(patch.covered)} / ${countText(patch.lines)} lines | |`,
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

function gateValue(gate: GateResult, p: number, r: PercentRounding): string {
  if (gate.actual === null) return gate.name === 'min-branch-coverage' ? 'n/a' : '—';
  return gate.name === 'max-coverage-drop'
    ? `${deltaText(gate.actual, p)} pp`
    : percentText(gate.actual, p, r);
}

function gateThreshold(gate: GateResult): string {
  if (gate.threshold === null) return '—';
  if (gate.name === 'max-coverage-drop') return `drop ≤ ${gate.threshold} pp`;
  return `≥ ${gate.threshold}%`;
}

function renderGates(gates: readonly GateResult[], p: number, r: PercentRounding): string {
  const shown = gates.filter((g) => !(g.name === 'min-coverage' && g.threshold === 0 && g.passed));
  if (shown.length === 0) return '';
  const rows = ['| Gate | | Value | Required |', '|:--|:-:|--:|--:|'];
  for (const gate of shown) {
    const icon = gate.skipped ? '➖' : gate.passed ? '✅' : '❌';
    rows.push(
      `| ${GATE_LABELS[gate.name] ?? inert(gate.name)} | ${icon} | ${gateValue(gate, p, r)} | ${gateThreshold(gate)} |`,
    );
  }
  const failures = gates.flatMap((g) => (g.passed ? [] : (g.files ?? [])));
  let text = `${rows.join('\n')}\n`;
  if (failures.length > 0) {
    const list = failures
      .slice(0, 20)
      .map(
        (f) =>
          `| ${code(f.path)} | ${percentText(f.percent, p, r)} | ≥ ${f.threshold}%${f.rule ? ` (${code(f.rule)})` : ''} |`,
      );
    const more =
      failures.length > 20
        ? `\n\n…and ${countText(failures.length - 20)} more files below their threshold.`
        : '';
    text += `\n<details><summary>${countText(failures.length)} file${failures.length === 1 ? '' : 's'} below ${failures.length === 1 ? 'its' : 'their'} threshold</summary>\n\n| File | Coverage | Required |\n|:--|--:|--:|\n${list.join('\n')}${more}\n\n</details>\n`;
  }
  return text;
}

function patchCell(row: FileRow, p: number, r: PercentRounding): string {
  if (row.patchLines === 0) return '—';
  return `${percentText((100 * row.patchCovered) / row.patchLines, p, r)} (${countText(row.patchCovered)}/${countText(row.patchLines)})`;
}

function renderChangedFiles(result: Result, budget: number): string {
  if (!result.patch) return '';
  const p = result.precision;
  const r = result.rounding;
  const changed = result.files.filter((f) => f.changed);
  if (changed.length === 0) return '';
  const head = [
    `#### Files changed in this PR (${countText(changed.length)})`,
    '',
    '| File | Coverage | Δ | Changed lines covered | Not covered |',
    '|:--|--:|--:|--:|:--|',
  ];
  const rows: string[] = [];
  let used = head.join('\n').length;
  let left = 0;
  // Rows stop at the budget: the cost is bounded by the comment's size, not the PR's.
  for (const [i, row] of changed.entries()) {
    const line = `| ${code(row.path)} | ${percentText(row.percent, p, r)} | ${row.delta === null ? 'new' : deltaText(row.delta, p)} | ${patchCell(row, p, r)} | ${row.patchMissing.length ? lineRanges(row.patchMissing, 8) : ''} |`;
    if (used + line.length + 1 > budget - 400) {
      left = changed.length - i;
      break;
    }
    rows.push(line);
    used += line.length + 1;
  }
  const more = left ? `\n\n…and ${countText(left)} more changed files (see the job summary).` : '';
  const table = `${head.join('\n')}\n${rows.join('\n')}${more}\n`;
  return changed.length > 15
    ? `<details><summary>Files changed in this PR (${countText(changed.length)})</summary>\n\n${table.replace(/^#### .*\n\n/, '')}\n</details>\n`
    : table;
}

/** No table row is shorter than this, so a budget of N characters holds at most N / this rows. */
const MIN_ROW_LENGTH = 20;

function renderOtherChanges(result: Result, budget: number): string {
  const p = result.precision;
  const r = result.rounding;
  const moved = result.files.filter(
    (f) => !f.changed && f.delta !== null && Math.abs(f.delta) >= 10 ** -p / 2,
  );
  const added = result.files.filter((f) => !f.changed && f.basePercent === null && result.base);
  const total = moved.length + added.length + result.removedFiles.length;
  if (total === 0) return '';
  // Only as many rows as could fit are ever formatted, the largest changes first.
  const fits = Math.max(0, Math.floor(budget / MIN_ROW_LENGTH));
  const biggest = firstSorted(
    moved,
    fits,
    (a, b) =>
      Math.abs(b.delta as number) - Math.abs(a.delta as number) || (a.path < b.path ? -1 : 1),
  );
  const candidates = [
    ...biggest.map(
      (f) => () =>
        `| ${code(f.path)} | ${percentText(f.basePercent as number, p, r)} | ${percentText(f.percent, p, r)} | ${deltaText(f.delta as number, p)} |`,
    ),
    ...added
      .slice(0, fits)
      .map((f) => () => `| ${code(f.path)} | new | ${percentText(f.percent, p, r)} | |`),
    ...result.removedFiles
      .slice(0, fits)
      .map((f) => () => `| ${code(f.path)} | ${percentText(f.basePercent, p, r)} | removed | |`),
  ];
  const rows: string[] = [];
  let used = 200;
  for (const format of candidates) {
    const line = format();
    if (used + line.length + 1 > budget - 300) break;
    rows.push(line);
    used += line.length + 1;
  }
  const left = total - rows.length;
  const more = left ? `\n\n…and ${countText(left)} more.` : '';
  return `<details><summary>Coverage changed in ${countText(total)} other file${total === 1 ? '' : 's'}</summary>\n\n| File | Base | Now | Δ |\n|:--|--:|--:|--:|\n${rows.join('\n')}${more}\n\n</details>\n`;
}

function renderImpact(result: Result): string {
  const p = result.precision;
  const r = result.rounding;
  const s = result.impactSummary;
  if (result.impact.length === 0) return '';
  const lines = [`#### 🎯 Test these next`, ''];
  lines.push(
    `Testing these ${countText(s.files)} file${s.files === 1 ? '' : 's'} to ${s.target}% adds **~${s.gain.toFixed(p)} pp** (from ${percentText(s.from, p, r)} to ${percentText(s.to, p, r)}).`,
  );
  lines.push('');
  const unit = result.format === 'coverage.py' ? 'Statements' : 'Lines';
  lines.push(`| # | File | ${unit} | Coverage | Uncovered | Tier | Gain |`);
  lines.push('|--:|:--|--:|--:|--:|:-:|--:|');
  result.impact.forEach((entry, i) => {
    lines.push(
      `| ${i + 1} | ${code(entry.path)}${entry.changed ? ' ✏️' : ''} | ${countText(entry.statements)} | ${percentText(entry.percent, p, r)} | ${countText(entry.uncovered)} | ${entry.tier} | +${entry.gain.toFixed(p)} pp |`,
    );
  });
  const notes: string[] = [];
  if (result.impact.some((e) => e.changed)) notes.push('✏️ this PR changes the file.');
  if (s.folders.length > 0) {
    notes.push(
      `Related files to test together: ${s.folders
        .slice(0, 5)
        .map(
          (g) => `${code(`${g.folder}/`)} (${g.files} files, ${countText(g.uncovered)} uncovered)`,
        )
        .join('; ')}.`,
    );
  }
  if (s.more > 0) notes.push(`${countText(s.more)} more file${s.more === 1 ? '' : 's'} qualify.`);
  if (notes.length) lines.push('', notes.join(' '));
  return `${lines.join('\n')}\n`;
}

/** Whose numbers the figures reproduce, per report format. */
const FIGURES_NOTE: Record<string, string> = {
  'coverage.py': 'Figures as `coverage report` computes them.',
  istanbul: "Line figures as Istanbul's text summary prints them.",
  lcov: 'Line figures as `lcov --summary` computes them.',
  cobertura: 'Line figures from the Cobertura XML.',
};

function renderFooter(result: Result): string {
  const parts: string[] = [];
  if (result.base) {
    const sha = shortSha(result.base.commit);
    const from = result.base.source === 'artifact' ? "an earlier run's artifact" : 'a local file';
    parts.push(
      `Baseline: ${sha ? `commit ${code(sha)}, ` : ''}from ${from}${result.base.how ? `: ${inert(result.base.how)}` : ''}.`,
    );
  }
  parts.push(FIGURES_NOTE[result.format] ?? '');
  return `<sub>${parts.join(' ')}</sub>\n`;
}
