/**
 * The comment's tables (changed files, other changes, what to test next),
 * each cut only between rows to the room it is given.
 */
import type { FileRow, Result } from '../analysis/result.js';
import { firstSorted } from '../analysis/select.js';
import { displayPercent, type PercentRounding } from '../report/rounding.js';
import {
  code,
  counted,
  countText,
  countUnit,
  deltaText,
  inert,
  lineRanges,
  percentText,
  testedFiles,
} from './format.js';

/** How long a text is: characters for the comment, bytes for the job summary. */
export type Measure = (text: string) => number;

/**
 * A table cut only between rows: the header, then as many whole rows as fit
 * in `room`, then a line counting the rest. Every row is complete, so every
 * code span in it is closed; no rows fit means no table at all ('').
 */
export function fitTable(
  measure: Measure,
  room: number,
  header: string,
  rows: Iterable<string>,
  total: number,
  rest: (left: number) => string,
): string {
  // Room for the longest "…and N more" line.
  let used = measure(header) + measure(rest(total)) + 4;
  const kept: string[] = [];
  for (const row of rows) {
    const size = measure(row) + 1;
    if (used + size > room) break;
    kept.push(row);
    used += size;
  }
  if (kept.length === 0) return '';
  const left = total - kept.length;
  return `${header}\n${kept.join('\n')}${left > 0 ? `\n\n${rest(left)}` : ''}\n`;
}

/** Rows formatted one at a time, so a cut list costs only what is shown. */
export function* lazily<T>(items: Iterable<T>, format: (item: T, index: number) => string) {
  let i = 0;
  for (const item of items) yield format(item, i++);
}

function patchCell(row: FileRow, p: number, r: PercentRounding): string {
  if (row.patchLines === 0) return '—';
  return `${percentText((100 * row.patchCovered) / row.patchLines, p, r)} (${countText(row.patchCovered)}/${countText(row.patchLines)})`;
}

export function renderChangedFiles(result: Result, measure: Measure, room: number): string {
  if (!result.patch) return '';
  const p = result.precision;
  const r = result.rounding;
  const changed = result.files.filter((f) => f.changed);
  if (changed.length === 0) return '';
  const title = `Files changed in this PR (${countText(changed.length)})`;
  // Long lists fold away; the heading of a short one stands alone.
  const folded = changed.length > 15;
  const open = folded ? `<details><summary>${title}</summary>\n\n` : `#### ${title}\n\n`;
  const close = folded ? '\n</details>\n' : '';
  // Rows stop at the budget: the cost is bounded by the comment's size, not the PR's.
  const table = fitTable(
    measure,
    room - measure(open) - measure(close),
    '| File | Coverage | Δ | Changed lines covered | Not covered |\n|:--|--:|--:|--:|:--|',
    lazily(
      changed,
      (row) =>
        `| ${code(row.path)} | ${percentText(row.percent, p, row.rounding ?? r)} | ${row.delta === null ? 'new' : deltaText(row.delta, p)} | ${patchCell(row, p, row.rounding ?? r)} | ${row.patchMissing.length ? lineRanges(row.patchMissing, 8) : ''} |`,
    ),
    changed.length,
    (left) => `…and ${counted(left, 'more changed file')} (see the job summary).`,
  );
  if (!table)
    return `_${counted(changed.length, 'file')} changed in this PR; see the job summary._\n`;
  return `${open}${table}${close}`;
}

/** No table row is shorter than this, so a budget of N characters holds at most N / this rows. */
const MIN_ROW_LENGTH = 20;

/** Whether a file's coverage moved, as the reader sees it: shown figures differ, and so does the shown delta. */
function movedVisibly(row: FileRow, p: number, r: PercentRounding): boolean {
  if (row.delta === null || row.basePercent === null) return false;
  if (displayPercent(row.basePercent, p, r) === displayPercent(row.percent, p, r)) return false;
  return deltaText(row.delta, p) !== deltaText(0, p);
}

export function renderOtherChanges(result: Result, measure: Measure, room: number): string {
  const p = result.precision;
  const r = result.rounding;
  const moved = result.files.filter((f) => !f.changed && movedVisibly(f, p, f.rounding ?? r));
  const added = result.files.filter((f) => !f.changed && f.basePercent === null && result.base);
  const total = moved.length + added.length + result.removedFiles.length;
  if (total === 0) return '';
  // Only as many rows as could fit are ever formatted, the largest changes first.
  const fits = Math.max(0, Math.floor(room / MIN_ROW_LENGTH));
  const biggest = firstSorted(
    moved,
    fits,
    (a, b) =>
      Math.abs(b.delta as number) - Math.abs(a.delta as number) || (a.path < b.path ? -1 : 1),
  );
  function* rows(): Generator<string> {
    for (const f of biggest)
      yield `| ${code(f.path)} | ${percentText(f.basePercent as number, p, f.rounding ?? r)} | ${percentText(f.percent, p, f.rounding ?? r)} | ${deltaText(f.delta as number, p)} |`;
    for (const f of added.slice(0, fits))
      yield `| ${code(f.path)} | new | ${percentText(f.percent, p, f.rounding ?? r)} | |`;
    for (const f of result.removedFiles.slice(0, fits))
      yield `| ${code(f.path)} | ${percentText(f.basePercent, p, r)} | removed | |`;
  }
  const summary = `Coverage changed in ${counted(total, 'other file')}`;
  const open = `<details><summary>${summary}</summary>\n\n`;
  const close = '\n</details>\n';
  const table = fitTable(
    measure,
    room - measure(open) - measure(close),
    '| File | Base | Now | Δ |\n|:--|--:|--:|--:|',
    rows(),
    total,
    (left) => `…and ${countText(left)} more.`,
  );
  return table ? `${open}${table}${close}` : `_${summary}; see the job summary._\n`;
}

export function renderImpact(result: Result, measure: Measure, room: number): string {
  const p = result.precision;
  const r = result.rounding;
  const s = result.impactSummary;
  if (result.impact.length === 0) return '';
  const intro = [
    '#### 🎯 Test these next',
    '',
    `Testing ${testedFiles(s.files)} to ${s.target}% adds **~${s.gain.toFixed(p)} pp** (from ${percentText(s.from, p, r)} to ${percentText(s.to, p, r)}).`,
    '',
  ].join('\n');
  const unit = { statements: 'Statements', lines: 'Lines', 'statements and lines': 'Size' }[
    countUnit(result)
  ];
  const notes: string[] = [];
  if (result.impact.some((e) => e.changed)) notes.push('✏️ this PR changes the file.');
  if (s.more > 0) notes.push(`${counted(s.more, 'more file')} qualify.`);
  const folders = s.folders
    .slice(0, 5)
    .map(
      (g) =>
        `${code(`${g.folder}/`)} (${counted(g.files, 'file')}, ${countText(g.uncovered)} uncovered)`,
    );
  const related = folders.length ? `Related files to test together: ${folders.join('; ')}.` : '';
  // Folder names are the reader's extra: dropped before any row is.
  const tail = (withFolders: boolean) => {
    const all = withFolders && related ? [related, ...notes] : notes;
    return all.length ? `\n${all.join(' ')}\n` : '';
  };
  const withFolders = measure(intro) + measure(tail(true)) < room / 2;
  const ending = tail(withFolders);
  // With components, each row names the ones its file is in.
  const byComponent = result.components?.length ? ' Component |' : '';
  const table = fitTable(
    measure,
    room - measure(intro) - measure(ending),
    `| # | File |${byComponent} ${unit} | Coverage | Uncovered | Tier | Gain |\n|--:|:--|${byComponent ? ':--|' : ''}--:|--:|--:|:-:|--:|`,
    lazily(
      result.impact,
      (entry, i) =>
        `| ${i + 1} | ${code(entry.path)}${entry.changed ? ' ✏️' : ''} |${byComponent ? ` ${(entry.components ?? []).map(inert).join(', ')} |` : ''} ${countText(entry.statements)} | ${percentText(entry.percent, p, entry.rounding ?? r)} | ${countText(entry.uncovered)} | ${entry.tier} | +${entry.gain.toFixed(p)} pp |`,
    ),
    result.impact.length,
    (left) => `…and ${counted(left, 'more suggestion')} (see the job summary).`,
  );
  return table ? `${intro}\n${table}${ending}` : intro;
}
