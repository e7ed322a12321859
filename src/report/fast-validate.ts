/**
 * A quick "certainly valid" check derived from a JSON Schema, so a valid
 * report never pays for compiling the full validator (ajv's compile is most
 * of the command line's start-up time). It understands only the keywords our
 * report schemas use; for any other keyword it declines to build a check.
 * It is conservative: `true` means the schema validator would accept the
 * document too; on `false` the caller runs the schema validator, which then
 * gives the usual error message.
 */

export type QuickCheck = (value: unknown) => boolean;

type Schema = Record<string, unknown>;

/** Keywords that never affect validity. */
const ANNOTATIONS = new Set(['description', 'title', '$comment']);
const KNOWN = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minimum',
  'minItems',
  'maxItems',
  ...ANNOTATIONS,
]);

const hasOwn = (object: object, key: string): boolean => Object.hasOwn(object, key);

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function typeCheck(type: unknown): QuickCheck | null {
  switch (type) {
    case undefined:
      return () => true;
    case 'object':
      return isObject;
    case 'array':
      return Array.isArray;
    case 'integer':
      return Number.isInteger as QuickCheck;
    case 'number':
      return Number.isFinite as QuickCheck;
    case 'string':
      return (v) => typeof v === 'string';
    case 'boolean':
      return (v) => typeof v === 'boolean';
    default:
      return null;
  }
}

/** Builds the check for `schema`, or null when it uses a keyword this does not know. */
export function compileQuickCheck(schema: unknown): QuickCheck | null {
  if (!isObject(schema)) return null;
  const s = schema as Schema;
  for (const key of Object.keys(s)) if (!KNOWN.has(key)) return null;
  const ofType = typeCheck(s.type);
  if (!ofType) return null;

  const checks: QuickCheck[] = [];
  if (s.minimum !== undefined) {
    if (typeof s.minimum !== 'number') return null;
    const min = s.minimum;
    checks.push((v) => typeof v !== 'number' || v >= min);
  }
  if (s.minItems !== undefined || s.maxItems !== undefined) {
    const lo = s.minItems ?? 0;
    const hi = s.maxItems ?? Number.POSITIVE_INFINITY;
    if (typeof lo !== 'number' || typeof hi !== 'number') return null;
    checks.push((v) => !Array.isArray(v) || (v.length >= lo && v.length <= hi));
  }
  if (s.items !== undefined) {
    const item = compileQuickCheck(s.items);
    if (!item) return null;
    checks.push((v) => {
      if (!Array.isArray(v)) return true;
      for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
      return true;
    });
  }
  if (s.required !== undefined) {
    if (!Array.isArray(s.required) || !s.required.every((k) => typeof k === 'string')) return null;
    const required = s.required as string[];
    checks.push((v) => !isObject(v) || required.every((k) => hasOwn(v, k)));
  }
  const properties = new Map<string, QuickCheck>();
  if (s.properties !== undefined) {
    if (!isObject(s.properties)) return null;
    for (const [key, sub] of Object.entries(s.properties)) {
      const check = compileQuickCheck(sub);
      if (!check) return null;
      properties.set(key, check);
    }
  }
  let additional: QuickCheck | null = null;
  if (s.additionalProperties !== undefined) {
    additional = compileQuickCheck(s.additionalProperties);
    if (!additional) return null;
  }
  if (properties.size > 0 || additional) {
    const rest = additional;
    checks.push((v) => {
      if (!isObject(v)) return true;
      for (const key in v) {
        if (!hasOwn(v, key)) return false;
        const check = properties.get(key) ?? rest;
        if (check && !check(v[key])) return false;
      }
      return true;
    });
  }
  if (checks.length === 0) return ofType;
  return (v) => {
    if (!ofType(v)) return false;
    for (const check of checks) if (!check(v)) return false;
    return true;
  };
}
