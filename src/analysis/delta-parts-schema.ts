/**
 * The comment file's schema for the delta's parts and the PR's lines
 * (result-schema.ts holds the rest): whole numbers within range, bounded
 * arrays, line ranges as [from, to] pairs.
 */
import { DELTA_PART_NAMES } from './delta-parts.js';

const MAX_FILES = 200_000;
const signedCount = { type: 'integer', minimum: -1e12, maximum: 1e12 } as const;
const line = { type: 'integer', minimum: 1, maximum: 1e9 } as const;
const change = {
  type: 'object',
  required: ['covered', 'total'],
  properties: { covered: signedCount, total: signedCount },
} as const;

export const fileRangesSchema = {
  type: 'object',
  required: ['path', 'ranges', 'lines'],
  properties: {
    path: { type: 'string', maxLength: 4096 },
    ranges: {
      type: 'array',
      maxItems: 1e6,
      items: { type: 'array', minItems: 2, maxItems: 2, items: line },
    },
    lines: { type: 'integer', minimum: 0, maximum: 1e12 },
  },
} as const;

export const deltaPartsSchema = {
  type: 'object',
  required: ['basis', 'parts', 'lostCoverage'],
  properties: {
    basis: { enum: ['statements', 'statements-and-branches'] },
    parts: {
      type: 'array',
      maxItems: DELTA_PART_NAMES.length,
      items: {
        type: 'object',
        required: ['part', 'statements', 'points'],
        properties: {
          part: { enum: DELTA_PART_NAMES },
          statements: change,
          branches: change,
          points: { type: 'number', minimum: -1e9, maximum: 1e9 },
        },
      },
    },
    lostCoverage: { type: 'array', maxItems: MAX_FILES, items: fileRangesSchema },
  },
} as const;
