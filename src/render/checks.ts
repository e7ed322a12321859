/**
 * The check runs of `checks: gates`: one per gate, named for branch
 * protection (`Coverage Gate / total`, `/ patch`, ...), the figure in the
 * title. A failed informational gate is `neutral`, a gate not evaluated is
 * `skipped`; both count as passing for a required check.
 */
import type { GateResult } from '../analysis/gates.js';
import type { Result } from '../analysis/result.js';
import type { PercentRounding } from '../report/model.js';
import { deltaText, inert, percentText } from './format.js';

export const CHECK_PREFIX = 'Coverage Gate';

/** The short name of each gate's check run (README, "Check runs"). */
export const CHECK_NAMES: Readonly<Record<string, string>> = {
  'min-coverage': 'total',
  'min-patch-coverage': 'patch',
  'max-coverage-drop': 'drop',
  'min-file-coverage': 'files',
  'file-thresholds': 'file-thresholds',
  'min-branch-coverage': 'branches',
  'max-new-uncovered-lines': 'new-uncovered',
  baseline: 'baseline',
};

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'skipped';

export interface CheckRunPlan {
  name: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
}

/** `Coverage Gate / total`; a component's gate `component:api:min-coverage` → `Coverage Gate / api / total`. */
export function checkName(gate: string): string {
  const component = /^component:(.+):([^:]+)$/.exec(gate);
  if (component) {
    const [, name = '', inner = ''] = component;
    return `${CHECK_PREFIX} / ${name} / ${CHECK_NAMES[inner] ?? inner}`;
  }
  return `${CHECK_PREFIX} / ${CHECK_NAMES[gate] ?? gate}`;
}

export function checkConclusion(gate: GateResult): CheckConclusion {
  if (gate.skipped) return 'skipped';
  if (gate.passed) return 'success';
  return gate.informational ? 'neutral' : 'failure';
}

/** The figure and what was required, e.g. `71.43% (required ≥ 80%)`. */
function checkTitle(gate: GateResult, precision: number, rounding: PercentRounding): string {
  if (gate.skipped) return 'n/a';
  if (gate.actual === null) {
    // A per-file gate with no file below: no single figure.
    return gate.threshold === null
      ? 'every file meets its rule'
      : `every file ≥ ${gate.threshold}%`;
  }
  if (gate.name.endsWith('max-coverage-drop')) {
    return `${deltaText(gate.actual, precision)} pp (allowed drop ${gate.threshold} pp)`;
  }
  if (gate.name.endsWith('max-new-uncovered-lines')) {
    return `${gate.actual} lines (allowed ${gate.threshold})`;
  }
  const figure = percentText(gate.actual, precision, gate.rounding ?? rounding);
  // The total's gate is on even at 0%: then the figure is the whole news.
  if (gate.threshold === 0) return figure;
  const files = gate.files?.length ? `, ${gate.files.length} below` : '';
  return `${figure}${files} (required ≥ ${gate.threshold}%)`;
}

export function planCheckRuns(result: Result): CheckRunPlan[] {
  return result.gates.map((gate) => {
    const conclusion = checkConclusion(gate);
    const note =
      conclusion === 'neutral'
        ? '\n\nThis gate is informational: its failure is a warning and does not fail the check.'
        : '';
    return {
      name: checkName(gate.name),
      conclusion,
      title: checkTitle(gate, result.precision, result.rounding),
      summary: `${inert(gate.message)}.${note}`,
    };
  });
}
