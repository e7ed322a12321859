import type { Result } from '../analysis/result.js';

/** The result as DESIGN's JSON: unrounded percentages, integer counts. */
export function renderJson(result: Result): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
