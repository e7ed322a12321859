/**
 * The file the fork-safe first stage leaves for the second, and its schema.
 * The second stage runs with a write token next to data a fork controls, so
 * everything it renders is checked here first: numbers are numbers within
 * their range, strings are bounded strings, arrays are bounded, unknown
 * properties are dropped, and the comment is rendered anew from `result`.
 */
import type { Ajv, ErrorObject } from 'ajv';
import { InputError } from '../report/errors.js';
import {
  componentNameSchema,
  componentNamesSchema,
  componentSchema,
  gateNameSchema,
  MAX_GATES,
} from './components-schema.js';
import { deltaPartsSchema, fileRangesSchema } from './delta-parts-schema.js';
import type { Result } from './result.js';
export const COMMENT_FILE_SCHEMA = 'coverage-gate-comment/1';
export interface CommentFile {
  schema: typeof COMMENT_FILE_SCHEMA;
  pullRequest: number;
  headSha: string;
  commentId: string;
  /** Stage 1's `checks`: `gates` asks the second stage to write the check runs. */
  checks?: 'off' | 'gates';
  result: Result;
}

const rounding = { enum: ['half-even', 'truncate'] } as const;
const FORMATS = ['coverage.py', 'istanbul', 'lcov', 'cobertura'];
const MAX_FILES = 200_000;
const count = { type: 'integer', minimum: 0, maximum: 1e12 } as const;
const percent = { type: 'number', minimum: 0, maximum: 100 } as const;
const points = { type: 'number', minimum: -100, maximum: 100 } as const;
const nullable = <T extends object>(schema: T) => ({ anyOf: [schema, { type: 'null' }] });
const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const path = text(4096);
const metric = {
  type: 'object',
  required: ['total', 'covered'],
  properties: { total: count, covered: count },
} as const;
const metrics = {
  type: 'object',
  properties: { statements: metric, lines: metric, branches: metric, functions: metric },
} as const;
const GATE_NAMES = [
  'min-coverage',
  'min-file-coverage',
  'file-thresholds',
  'max-coverage-drop',
  'min-patch-coverage',
  'min-branch-coverage',
  'max-new-uncovered-lines',
  'baseline',
];

const gate = {
  type: 'object',
  required: ['name', 'passed', 'skipped', 'actual', 'threshold', 'message'],
  properties: {
    name: gateNameSchema(GATE_NAMES),
    passed: { type: 'boolean' },
    skipped: { type: 'boolean' },
    // A percent or points for most gates, a line count for max-new-uncovered-lines.
    actual: nullable({ type: 'number', minimum: -100, maximum: 1e12 }),
    threshold: nullable({ type: 'number', minimum: 0, maximum: 1e12 }),
    message: text(2000),
    informational: { type: 'boolean' },
    rounding,
    files: {
      type: 'array',
      maxItems: MAX_FILES,
      items: {
        type: 'object',
        required: ['path', 'percent', 'threshold', 'rule'],
        properties: { path, percent, threshold: percent, rule: nullable(text(1000)), rounding },
      },
    },
  },
} as const;

const fileRow = {
  type: 'object',
  required: [
    'path',
    'statements',
    'covered',
    'percent',
    'branches',
    'coveredBranches',
    'basePercent',
    'delta',
    'changed',
    'patchLines',
    'patchCovered',
    'patchMissing',
  ],
  properties: {
    path,
    statements: count,
    covered: count,
    percent,
    branches: nullable(count),
    coveredBranches: nullable(count),
    basePercent: nullable(percent),
    delta: nullable(points),
    changed: { type: 'boolean' },
    patchLines: count,
    patchCovered: count,
    patchMissing: { type: 'array', maxItems: 100_000, items: { type: 'integer', minimum: 1 } },
    metrics,
    format: { enum: FORMATS },
    rounding,
  },
} as const;

const impactEntry = {
  type: 'object',
  required: ['path', 'statements', 'covered', 'percent', 'uncovered', 'tier', 'gain', 'changed'],
  properties: {
    path,
    statements: count,
    covered: count,
    percent,
    uncovered: count,
    tier: { enum: [1, 2, 3] },
    gain: percent,
    gainStatements: count,
    changed: { type: 'boolean' },
    components: componentNamesSchema,
    rounding,
  },
} as const;

const isoTime = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$',
} as const;
const finite = { type: 'number' } as const;
const paceSchema = {
  type: 'object',
  required: ['enough', 'points'],
  properties: {
    enough: { type: 'boolean' },
    perWeek: finite,
    perPullRequest: nullable(points),
    points: count,
    spanDays: count,
    from: isoTime,
    to: isoTime,
  },
} as const;
const etaSchema = nullable({
  type: 'object',
  required: ['kind'],
  properties: {
    kind: { enum: ['date', 'overdue', 'reached', 'not-in-sight', 'no-course'] },
    weeks: { type: 'number', minimum: 0, maximum: 1e6 },
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    since: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  },
});
/** The push view: only numbers, dates and hex commits reach the renderer. */
const push = {
  type: 'object',
  required: ['points', 'historyLength', 'now', 'target', 'pace', 'eta', 'pullRequest'],
  properties: {
    points: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: {
        type: 'object',
        required: ['time', 'percent', 'commit'],
        properties: {
          time: isoTime,
          percent,
          commit: { type: 'string', pattern: '^[0-9a-fA-F]{7,64}$' },
        },
      },
    },
    historyLength: count,
    now: percent,
    target: nullable(percent),
    // One object for both shapes: removeAdditional would strip a later anyOf branch's fields.
    pace: paceSchema,
    eta: etaSchema,
    components: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        required: ['name', 'now', 'target', 'pace', 'eta'],
        properties: {
          name: componentNameSchema,
          now: percent,
          target: nullable(percent),
          pace: paceSchema,
          eta: etaSchema,
        },
      },
    },
    pullRequest: nullable({
      type: 'object',
      required: ['percent', 'step', 'days'],
      properties: { percent, step: points, days: nullable(finite) },
    }),
  },
} as const;

export const resultSchema = {
  type: 'object',
  required: [
    'passed',
    'precision',
    'format',
    'totals',
    'base',
    'delta',
    'patch',
    'gates',
    'failedGates',
    'impact',
    'impactSummary',
    'files',
    'removedFiles',
    'notes',
  ],
  properties: {
    schema: { const: 'coverage-gate-result/1' },
    passed: { type: 'boolean' },
    precision: { type: 'integer', minimum: 0, maximum: 10 },
    format: { enum: FORMATS },
    rounding: { ...rounding, default: 'half-even' },
    totals: {
      type: 'object',
      required: ['percent', 'statements', 'covered', 'branches', 'coveredBranches'],
      properties: {
        percent,
        statements: count,
        covered: count,
        branches: nullable(count),
        coveredBranches: nullable(count),
        metrics,
      },
    },
    base: nullable({
      type: 'object',
      required: ['percent', 'statements', 'covered', 'commit', 'source'],
      properties: {
        percent,
        statements: count,
        covered: count,
        commit: nullable({ type: 'string', pattern: '^[0-9a-f]{7,64}$' }),
        source: { enum: ['artifact', 'file'] },
        how: text(1000),
      },
    }),
    delta: nullable(points),
    deltaBasis: { enum: ['statements'] },
    deltaFrom: {
      type: 'object',
      required: ['head', 'base'],
      properties: { head: percent, base: percent },
    },
    patchNonStatements: { type: 'array', maxItems: MAX_FILES, items: path },
    patch: nullable({
      type: 'object',
      required: ['percent', 'lines', 'covered'],
      properties: { percent: nullable(percent), lines: count, covered: count },
    }),
    gates: { type: 'array', maxItems: MAX_GATES, items: gate },
    failedGates: { type: 'array', maxItems: MAX_GATES, items: gateNameSchema(GATE_NAMES) },
    warnedGates: { type: 'array', maxItems: MAX_GATES, items: gateNameSchema(GATE_NAMES) },
    impact: { type: 'array', maxItems: 1000, items: impactEntry },
    impactSummary: {
      type: 'object',
      required: ['files', 'target', 'gainStatements', 'gain', 'from', 'to', 'folders', 'more'],
      properties: {
        files: count,
        target: percent,
        gainStatements: count,
        gain: percent,
        from: percent,
        to: percent,
        folders: {
          type: 'array',
          maxItems: 1000,
          items: {
            type: 'object',
            required: ['folder', 'files', 'uncovered'],
            properties: { folder: path, files: count, uncovered: count },
          },
        },
        more: count,
      },
    },
    files: { type: 'array', maxItems: MAX_FILES, items: fileRow },
    removedFiles: {
      type: 'array',
      maxItems: MAX_FILES,
      items: {
        type: 'object',
        required: ['path', 'basePercent'],
        properties: { path, basePercent: percent },
      },
    },
    notes: { type: 'array', maxItems: 20, items: text(2000) },
    measured: {
      type: 'object',
      required: ['commit', 'checkout', 'anchor'],
      properties: {
        commit: { type: 'string', pattern: '^[0-9a-f]{40}([0-9a-f]{24})?$' },
        checkout: { enum: ['head', 'merge', 'other', 'merge-group'] },
        anchor: nullable({ type: 'string', pattern: '^[0-9a-f]{40}([0-9a-f]{24})?$' }),
        parentsAssumed: { type: 'boolean' },
      },
    },
    push,
    deltaParts: deltaPartsSchema,
    newUncovered: { type: 'array', maxItems: MAX_FILES, items: fileRangesSchema },
    unmeasuredFiles: { type: 'array', maxItems: MAX_FILES, items: path },
    components: { type: 'array', maxItems: 200, items: componentSchema },
  },
} as const;

export const commentFileSchema = {
  type: 'object',
  required: ['schema', 'pullRequest', 'headSha', 'commentId', 'result'],
  properties: {
    schema: { const: COMMENT_FILE_SCHEMA },
    pullRequest: { type: 'integer', minimum: 1, maximum: 2 ** 31 },
    headSha: { type: 'string', pattern: '^[0-9a-f]{40}([0-9a-f]{24})?$' },
    commentId: { type: 'string', pattern: '^(?!.*--)[A-Za-z0-9][A-Za-z0-9 ._:+=/-]{0,99}$' },
    checks: { enum: ['off', 'gates'] },
    result: resultSchema,
  },
} as const;

let validate: ReturnType<Ajv['compile']> | undefined;

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(the file)';
  return `${where} ${error.message ?? 'is invalid'}`;
}

/**
 * Checks an untrusted comment file and returns it with unknown properties
 * removed. Throws an InputError naming `source` and the first problem.
 */
export async function parseCommentFile(bytes: Uint8Array, source: string): Promise<CommentFile> {
  let document: unknown;
  try {
    document = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new InputError(source, `is not valid JSON (${(error as Error).message})`);
  }
  // Loaded on use: only the comment stage reads comment files.
  // `default` is ajv's CommonJS exports object, from Node's loader and the bundle alike.
  const { Ajv: Validator } = (await import('ajv')).default;
  validate ??= new Validator({
    allErrors: false,
    strict: false,
    strictNumbers: true,
    removeAdditional: 'all',
    useDefaults: true,
  }).compile(commentFileSchema);
  if (!validate(document)) {
    const first = validate.errors?.[0];
    throw new InputError(
      source,
      `does not match ${COMMENT_FILE_SCHEMA}: ${first ? describe(first) : 'invalid'}`,
    );
  }
  const file = document as CommentFile;
  const r = file.result;
  // Cross-checks the renderer relies on.
  if (r.totals.covered > r.totals.statements)
    throw new InputError(source, '/result/totals covers more than it has');
  // One check run and one digest entry per gate: a gate named twice is no result of ours.
  const twice = r.gates.find((g, i) => r.gates.findIndex((h) => h.name === g.name) !== i);
  if (twice) throw new InputError(source, `/result/gates names ${twice.name} more than once`);
  if (r.passed !== (r.failedGates.length === 0)) {
    throw new InputError(source, '/result/passed disagrees with /result/failedGates');
  }
  // A push view whose shape does not match its own tags is dropped, not drawn.
  const push = r.push;
  if (
    push &&
    ((push.pace.enough && (typeof push.pace.perWeek !== 'number' || !push.pace.from)) ||
      (push.eta?.kind === 'date' && (typeof push.eta.weeks !== 'number' || !push.eta.date)) ||
      (push.eta?.kind === 'overdue' && (!push.eta.date || !push.eta.since)))
  ) {
    delete r.push;
  }
  r.schema = 'coverage-gate-result/1';
  return file;
}
