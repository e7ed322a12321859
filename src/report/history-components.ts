/**
 * A history entry's optional per-component figures (components.ts): name →
 * statements, covered, percent. Entries written before components, or by a
 * run without them, have none and still read.
 */
export interface ComponentPoint {
  statements: number;
  covered: number;
  /** Unrounded. */
  percent: number;
}

export type ComponentPoints = Record<string, ComponentPoint>;

const NAME = /^[A-Za-z0-9 _.-]{1,40}$/;
const MAX_COMPONENTS = 200;

/** The first problem of an entry's `components`, or null. */
export function componentPointsProblem(
  value: unknown,
  at: string,
  checks: { isCount: (v: unknown) => boolean; isPercent: (v: unknown) => boolean },
): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `${at}.components must be an object`;
  const entries = Object.entries(value);
  if (entries.length > MAX_COMPONENTS)
    return `${at}.components has more than ${MAX_COMPONENTS} components`;
  for (const [name, point] of entries) {
    const where = `${at}.components[${JSON.stringify(name.slice(0, 50))}]`;
    if (!NAME.test(name)) return `${where} is not a component name`;
    if (typeof point !== 'object' || point === null || Array.isArray(point))
      return `${where} must be an object`;
    const p = point as Record<string, unknown>;
    if (Object.keys(p).some((key) => !['statements', 'covered', 'percent'].includes(key)))
      return `${where} may hold only statements, covered and percent`;
    if (!checks.isCount(p.statements) || !checks.isCount(p.covered))
      return `${where} must have whole numbers statements and covered`;
    if ((p.covered as number) > (p.statements as number))
      return `${where}.covered must be no larger than statements`;
    if (!checks.isPercent(p.percent)) return `${where}.percent must be a number from 0 to 100`;
  }
  return null;
}

/** The figures a history entry keeps for each component that matched files (not `(other)`). */
export function componentPoints(
  rows: readonly (ComponentPoint & { name: string; files: number })[] | undefined,
): ComponentPoints | undefined {
  const kept = (rows ?? []).filter((row) => row.files > 0 && NAME.test(row.name));
  if (kept.length === 0) return undefined;
  return Object.fromEntries(
    kept.map((row) => [
      row.name,
      { statements: row.statements, covered: row.covered, percent: row.percent },
    ]),
  );
}
