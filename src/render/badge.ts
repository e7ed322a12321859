/**
 * The README badge: `badge.svg` (shields' flat style, drawn by badge-maker,
 * the library shields.io itself uses) and `badge.json` (shields endpoint
 * schema 1). Same input, same bytes.
 */
import { displayPercent, isBelowThreshold, type PercentRounding } from '../report/rounding.js';

export const BADGE_COLOURS = [
  'red',
  'orange',
  'yellow',
  'yellowgreen',
  'green',
  'brightgreen',
] as const;
export type BadgeColour = (typeof BADGE_COLOURS)[number];

/** How the gate compares: its precision and rounding (coverage.py's `should_fail_under`). */
export interface BadgeOptions {
  rounding: PercentRounding;
  precision: number;
  minCoverage: number;
  target: number | null;
  /** The badge's left side; `coverage` by default (a component's badge names it). */
  label?: string;
}

/**
 * Red when the `min-coverage` gate fails, bright green when the target (100%
 * when there is none) is reached, both by the gate's comparison; graded in
 * four equal steps between.
 */
export function badgeColour(percent: number, o: BadgeOptions): BadgeColour {
  const top = o.target ?? 100;
  if (isBelowThreshold(percent, o.minCoverage, o.precision, o.rounding)) return 'red';
  if (!isBelowThreshold(percent, top, o.precision, o.rounding)) return 'brightgreen';
  const span = top - o.minCoverage;
  const step = span > 0 ? Math.floor(((percent - o.minCoverage) / span) * 4) : 3;
  return BADGE_COLOURS[1 + Math.min(3, Math.max(0, step))] as BadgeColour;
}

/**
 * One decimal, rounded as the gate rounds; when that would read at or above a
 * `min-coverage` the gate fails, the gate's own precision (below it by
 * definition), so the figure never rounds up across the threshold.
 */
export function badgeFigure(percent: number, o: BadgeOptions): string {
  const short = displayPercent(percent, 1, o.rounding);
  const failing = isBelowThreshold(percent, o.minCoverage, o.precision, o.rounding);
  if (!failing || Number(short) < o.minCoverage) return short;
  return displayPercent(percent, Math.max(1, o.precision), o.rounding);
}

export interface Badge {
  message: string;
  colour: BadgeColour;
  svg: string;
  json: string;
}

export async function renderBadge(percent: number, options: BadgeOptions): Promise<Badge> {
  const message = `${badgeFigure(percent, options)}%`;
  const colour = badgeColour(percent, options);
  // Loaded on use: its font-width tables are only parsed when a badge is drawn.
  const { makeBadge } = await import('badge-maker');
  const label = options.label ?? 'coverage';
  const svg = makeBadge({ label, message, color: colour, style: 'flat' });
  const json = `${JSON.stringify({ schemaVersion: 1, label, message, color: colour })}\n`;
  return { message, colour, svg, json };
}

/** A component's name as a file name: `Core API` → `core-api`. */
export function badgeSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'component'
  );
}

/**
 * The badge of each component that matched files, as files `badge-NAME.svg`
 * and `badge-NAME.json` (name slugged; a second name with the same slug gets
 * `-2`), coloured by the component's own min-coverage and target.
 */
export async function componentBadges(
  rows: readonly {
    name: string;
    files: number;
    percent: number;
    target?: number;
    minCoverage?: number;
    rounding?: PercentRounding;
  }[],
  options: Omit<BadgeOptions, 'minCoverage' | 'target' | 'label'>,
): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const row of rows) {
    if (row.files === 0 || row.name === '(other)') continue;
    let slug = badgeSlug(row.name);
    for (let n = 2; files[`badge-${slug}.svg`] !== undefined; n++)
      slug = `${badgeSlug(row.name)}-${n}`;
    const badge = await renderBadge(row.percent, {
      ...options,
      rounding: row.rounding ?? options.rounding,
      minCoverage: row.minCoverage ?? 0,
      target: row.target ?? null,
      label: row.name,
    });
    files[`badge-${slug}.svg`] = badge.svg;
    files[`badge-${slug}.json`] = badge.json;
  }
  return files;
}
