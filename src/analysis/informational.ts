/**
 * Informational gates: a listed gate that fails is a warning, never a failed
 * step. The names are the ones `failed-gates` reports (`min-coverage`,
 * `max-coverage-drop`, `component:api:min-coverage`, ...), or `all`.
 */
import { InputError } from '../report/errors.js';
import type { GateResult } from './gates.js';

/** Every gate, or the names listed. */
export type InformationalGates = 'all' | readonly string[];

/** A gate's name as `failed-gates` spells it; a component's gate as `component:NAME:GATE`. */
const GATE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const COMPONENT_GATE = /^component:[A-Za-z0-9 _.-]{1,40}:[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Parses the multiline `informational` setting; a malformed line is one clear error. */
export function parseInformational(text: string, source = 'informational'): InformationalGates {
  const names: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.toLowerCase() === 'all') return 'all';
    if (!GATE_NAME.test(line) && !COMPONENT_GATE.test(line)) {
      throw new InputError(
        source,
        `each line must be a gate name as failed-gates lists it (such as min-patch-coverage or component:NAME:min-coverage), or all; got ${JSON.stringify(line)}`,
      );
    }
    if (!names.includes(line)) names.push(line);
  }
  return names;
}

export function isInformational(name: string, listed: InformationalGates | undefined): boolean {
  if (!listed) return false;
  return listed === 'all' || listed.includes(name);
}

/** The gates with the listed ones marked; a marked gate that fails is a warning. */
export function markInformational(
  gates: readonly GateResult[],
  listed: InformationalGates | undefined,
): GateResult[] {
  return gates.map((gate) =>
    isInformational(gate.name, listed) ? { ...gate, informational: true } : gate,
  );
}

/** A failed gate that blocks: not passed, not informational. */
export const blocks = (gate: GateResult): boolean => !gate.passed && !gate.informational;

/** A failed gate that only warns. */
export const warns = (gate: GateResult): boolean => !gate.passed && gate.informational === true;
