/**
 * The schema of a result's `components` (components.ts) and of a component
 * gate's name, for the fork-safe comment file (result-schema.ts).
 */
const count = { type: 'integer', minimum: 0, maximum: 1e12 } as const;
const percent = { type: 'number', minimum: 0, maximum: 100 } as const;
const points = { type: 'number', minimum: -100, maximum: 100 } as const;
const nullable = <T extends object>(schema: T) => ({ anyOf: [schema, { type: 'null' }] });

/** A component's gate, `component:NAME:GATE` (components.ts). */
const COMPONENT_GATE_NAME =
  '^component:[A-Za-z0-9 _.-]{1,40}:(min-coverage|max-coverage-drop|min-patch-coverage|min-branch-coverage)$';
/** A gate's name: one of the total's, or a component's. */
export const gateNameSchema = (names: readonly string[]) => ({
  anyOf: [{ enum: names }, { type: 'string', pattern: COMPONENT_GATE_NAME }],
});
/** 50 components with four gates each, beside the total's. */
export const MAX_GATES = 1000;

export const componentNameSchema = {
  type: 'string',
  pattern: '^([A-Za-z0-9 _.-]{1,40}|\\(other\\))$',
} as const;
/** The components a "Test these next" row is in. */
export const componentNamesSchema = {
  type: 'array',
  maxItems: 200,
  items: componentNameSchema,
} as const;

export const componentSchema = {
  type: 'object',
  required: [
    'name',
    'statements',
    'covered',
    'branches',
    'coveredBranches',
    'percent',
    'basePercent',
    'delta',
    'patch',
    'uncovered',
    'files',
    'passed',
  ],
  properties: {
    name: componentNameSchema,
    statements: count,
    covered: count,
    branches: nullable(count),
    coveredBranches: nullable(count),
    percent,
    basePercent: nullable(percent),
    delta: nullable(points),
    patch: nullable({
      type: 'object',
      required: ['percent', 'lines', 'covered'],
      properties: { percent: nullable(percent), lines: count, covered: count },
    }),
    uncovered: count,
    files: count,
    target: percent,
    rounding: { enum: ['half-even', 'truncate'] },
    passed: { type: 'boolean' },
  },
} as const;
