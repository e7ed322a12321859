/**
 * The README badge: `badge.svg` (shields' flat style, drawn by badge-maker,
 * the library shields.io itself uses) and `badge.json` (shields endpoint
 * schema 1). Same input, same bytes.
 */
import { displayPercent, type PercentRounding } from '../report/rounding.js';

export const BADGE_COLOURS = [
  'red',
  'orange',
  'yellow',
  'yellowgreen',
  'green',
  'brightgreen',
] as const;
export type BadgeColour = (typeof BADGE_COLOURS)[number];

/**
 * Red below `min-coverage`, bright green at or above the target (100% when
 * there is none), graded in four equal steps between.
 */
export function badgeColour(
  shown: number,
  minCoverage: number,
  target: number | null,
): BadgeColour {
  const top = target ?? 100;
  if (shown < minCoverage) return 'red';
  if (shown >= top) return 'brightgreen';
  const span = top - minCoverage;
  const step = span > 0 ? Math.floor(((shown - minCoverage) / span) * 4) : 3;
  return BADGE_COLOURS[1 + Math.min(3, Math.max(0, step))] as BadgeColour;
}

export interface Badge {
  message: string;
  colour: BadgeColour;
  svg: string;
  json: string;
}

export async function renderBadge(
  percent: number,
  options: { rounding: PercentRounding; minCoverage: number; target: number | null },
): Promise<Badge> {
  const message = `${displayPercent(percent, 1, options.rounding)}%`;
  const colour = badgeColour(Number(message.slice(0, -1)), options.minCoverage, options.target);
  // Loaded on use: its font-width tables are only parsed when a badge is drawn.
  const { makeBadge } = await import('badge-maker');
  const svg = makeBadge({ label: 'coverage', message, color: colour, style: 'flat' });
  const json = `${JSON.stringify({ schemaVersion: 1, label: 'coverage', message, color: colour })}\n`;
  return { message, colour, svg, json };
}
