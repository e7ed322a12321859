import type { PercentRounding } from './model.js';

export type { PercentRounding };

/**
 * Rounding exactly as Python's `round(x, n)` on a float: the exact binary
 * value is rounded to `n` decimals, ties to even. coverage.py uses it both to
 * display percentages and to compare with `--fail-under`. JavaScript's
 * `toFixed` rounds the exact value too, but breaks ties upward, so ties are
 * detected and settled here.
 */
export function roundHalfEven(value: number, precision: number): number {
  if (!Number.isFinite(value)) return value;
  const fixed = value.toFixed(precision);
  // The exact decimal expansion of a double in our range fits in 100 digits
  // for every value a tie is possible at; a tie is "...5" followed by zeros.
  const longer = Math.min(100, precision + 60);
  const exact = Math.abs(value).toFixed(longer);
  const cut = exact.indexOf('.') + 1 + precision;
  const rest = exact.slice(cut);
  if (!/^50*$/.test(rest)) return Number(fixed);
  // A tie: toFixed went away from zero; step back when that digit is odd.
  const down = exact.slice(0, cut).replace(/\.$/, '');
  const lastDigit = Number(down[down.length - 1]);
  const magnitude = lastDigit % 2 === 0 ? Number(down) : Math.abs(Number(fixed));
  return value < 0 ? -magnitude : magnitude;
}

/**
 * Cuts to `precision` decimals, toward zero. A value within a few ulps of a
 * decimal boundary is taken to be on it, so 100 * 57 / 100 stays 57 even when
 * the division lands a hair below.
 */
export function truncateDecimals(value: number, precision: number): number {
  if (!Number.isFinite(value)) return value;
  const scale = 10 ** precision;
  const scaled = Math.abs(value) * scale;
  const nearest = Math.round(scaled);
  const cut =
    Math.abs(scaled - nearest) <= 1e-9 * Math.max(1, scaled) ? nearest : Math.floor(scaled);
  return (value < 0 ? -cut : cut) / scale;
}

export function roundPercent(value: number, precision: number, rounding: PercentRounding): number {
  return rounding === 'truncate'
    ? truncateDecimals(value, precision)
    : roundHalfEven(value, precision);
}

/**
 * coverage.py's `display_covered`: never shows 0 or 100 for a value that is
 * not exactly that, then rounds like Python (or truncates, like Istanbul).
 */
export function displayPercent(
  value: number,
  precision: number,
  rounding: PercentRounding = 'half-even',
): string {
  // Truncation never shows 100 for less; Istanbul does show 0 for a sliver.
  if (rounding === 'truncate') return truncateDecimals(value, precision).toFixed(precision);
  const near0 = 1 / 10 ** precision;
  let shown = value;
  if (value > 0 && value < near0) shown = near0;
  else if (value > 100 - near0 && value < 100) shown = 100 - near0;
  else shown = roundPercent(value, precision, rounding);
  return shown.toFixed(precision);
}

/**
 * coverage.py's `should_fail_under`: a threshold of 100 demands exactly 100,
 * otherwise the value rounded at `precision` must not be below it.
 */
export function isBelowThreshold(
  value: number,
  threshold: number,
  precision: number,
  rounding: PercentRounding = 'half-even',
): boolean {
  if (threshold === 100 && value !== 100) return true;
  return roundPercent(value, precision, rounding) < threshold;
}

/** A signed figure in percentage points, e.g. "+0.43" / "-1.20" / "±0.00". */
export function displayDelta(value: number, precision: number): string {
  const rounded = roundHalfEven(value, precision);
  if (rounded === 0) return `±${(0).toFixed(precision)}`;
  return `${rounded > 0 ? '+' : '-'}${Math.abs(rounded).toFixed(precision)}`;
}

/**
 * An integer with `,` between groups of three digits ("1,204"), as
 * toLocaleString('en-US') writes it; that call loads the locale data, which
 * costs about 10 ms of every run's start.
 */
export function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
}
