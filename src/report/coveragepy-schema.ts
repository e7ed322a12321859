/**
 * The JSON Schema of coverage.py's JSON report, as far as the gate reads it.
 * Each `description` completes the sentence "… must be", for error messages.
 * The validator is compiled from it ahead of time (scripts/generate-validators.mjs).
 * coveragepy-shape.ts checks the same by hand, faster; a test keeps them agreeing.
 */
const count = { type: 'integer', minimum: 0, description: 'a non-negative integer' } as const;
const lineList = {
  type: 'array',
  items: { type: 'integer', minimum: 0, description: 'a line number' },
  description: 'an array of line numbers',
} as const;
const arcList = {
  type: 'array',
  items: {
    type: 'array',
    items: { type: 'integer', description: 'a line number' },
    minItems: 2,
    maxItems: 2,
    description: 'a [from, to] pair of line numbers',
  },
  description: 'an array of [from, to] arcs',
} as const;

const summarySchema = {
  type: 'object',
  description: 'an object',
  required: ['covered_lines', 'num_statements', 'missing_lines'],
  properties: {
    covered_lines: count,
    num_statements: count,
    missing_lines: count,
    excluded_lines: count,
    num_branches: count,
    num_partial_branches: count,
    covered_branches: count,
    missing_branches: count,
    percent_covered: { type: 'number', description: 'a number' },
  },
} as const;

const fileSchema = {
  type: 'object',
  description: 'an object',
  required: ['executed_lines', 'missing_lines', 'summary'],
  properties: {
    executed_lines: lineList,
    missing_lines: lineList,
    excluded_lines: lineList,
    executed_branches: arcList,
    missing_branches: arcList,
    summary: summarySchema,
  },
} as const;

export const coveragePySchema = {
  type: 'object',
  description: 'an object',
  required: ['files'],
  properties: {
    meta: {
      type: 'object',
      description: 'an object',
      properties: {
        version: { type: 'string', description: 'a string' },
        branch_coverage: { type: 'boolean', description: 'true or false' },
        format: { type: 'integer', description: 'an integer' },
      },
    },
    files: { type: 'object', description: 'an object', additionalProperties: fileSchema },
    totals: summarySchema,
  },
} as const;
