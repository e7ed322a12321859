/**
 * Where a producer's own totals (a Cobertura root, LCOV `LF`/`LH`) disagree
 * with the lines it lists, the listed lines count; this note says so, with
 * the stated figure and the difference, so nobody is surprised when the
 * figure differs from the producer's headline.
 */
import { displayDelta, displayPercent } from './rounding.js';

export interface LineCount {
  total: number;
  covered: number;
}

const percentOf = ({ total, covered }: LineCount): number =>
  total > 0 ? (100 * covered) / total : 100;

export function statedTotalsNote(
  source: string,
  where: string,
  stated: LineCount,
  listed: LineCount,
): string {
  const statedPercent = percentOf(stated);
  const listedPercent = percentOf(listed);
  return (
    `${source}: ${where} states ${stated.covered} of ${stated.total} lines (${displayPercent(statedPercent, 2)}%), ` +
    `but the lines it lists are ${listed.covered} of ${listed.total} (${displayPercent(listedPercent, 2)}%); ` +
    `the listed lines count (difference ${displayDelta(listedPercent - statedPercent, 2)} pp, ` +
    `${signed(listed.total - stated.total)} lines, ${signed(listed.covered - stated.covered)} covered).`
  );
}

const signed = (n: number): string => (n > 0 ? `+${n}` : `${n}`);
