/**
 * The `components` and `component-gates` inputs (components.ts): parsed and
 * checked line by line, a bad line refused in one line naming it.
 */

import { InputError } from '../report/errors.js';
import { compileGlob } from './gates.js';

export interface ComponentDef {
  name: string;
  /** The globs as written, `!` excludes included. */
  globs: string[];
}

export const COMPONENT_GATE_KEYS = [
  'min-coverage',
  'max-coverage-drop',
  'min-patch-coverage',
  'min-branch-coverage',
  'target-coverage',
] as const;
export type ComponentGateKey = (typeof COMPONENT_GATE_KEYS)[number];
export type ComponentGates = Partial<Record<ComponentGateKey, number>>;

export interface ComponentConfig {
  components: ComponentDef[];
  /** Per component name, the keys that apply (the last matching line wins per key). */
  gates: Map<string, ComponentGates>;
}

/** The name of the row of files no component matches. */
export const OTHER = '(other)';
const NAME = /^[A-Za-z0-9 _.-]{1,40}$/;

const refuse = (source: string, line: number, problem: string): never => {
  throw new InputError(source, `line ${line}: ${problem}`);
};

/** Whether brackets, braces and parentheses pair up: picomatch would read an unpaired one literally. */
function balanced(glob: string): boolean {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ']': '[', '}': '{', ')': '(' };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '\\') i++;
    else if (c === '[' || c === '{' || c === '(') stack.push(c);
    else if (c in pairs && stack.pop() !== pairs[c]) return false;
  }
  return stack.length === 0;
}

/** Content lines with their 1-based numbers; blank lines and `#` comments skipped. */
function contentLines(text: string): [number, string][] {
  return text
    .split(/\r?\n/)
    .map((raw, i): [number, string] => [i + 1, raw.trim()])
    .filter(([, line]) => line !== '' && !line.startsWith('#'));
}

function splitNamed(source: string, n: number, line: string, shape: string): [string, string] {
  const colon = line.indexOf(':');
  if (colon <= 0) refuse(source, n, `expected ${shape}, got ${JSON.stringify(line)}`);
  return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
}

/** Parses `components`: `name: glob glob !glob`, one component per line. */
export function parseComponents(text: string, source = 'components'): ComponentDef[] {
  const components: ComponentDef[] = [];
  for (const [n, line] of contentLines(text)) {
    const [name, rest] = splitNamed(source, n, line, '"name: glob glob !glob"');
    if (!NAME.test(name) || name === OTHER) {
      refuse(
        source,
        n,
        `the name ${JSON.stringify(name)} must be 1 to 40 letters, digits, spaces, "_", "." or "-"`,
      );
    }
    if (components.some((c) => c.name === name)) refuse(source, n, `duplicate name "${name}"`);
    const globs = rest.split(/\s+/).filter(Boolean);
    if (!globs.some((g) => !g.startsWith('!'))) {
      refuse(source, n, `component "${name}" needs at least one glob that is not an exclusion`);
    }
    for (const glob of globs) {
      const pattern = glob.startsWith('!') ? glob.slice(1) : glob;
      let compiles = pattern !== '' && balanced(pattern);
      try {
        if (compiles) compileGlob(pattern);
      } catch {
        compiles = false;
      }
      if (!compiles) refuse(source, n, `the glob ${JSON.stringify(glob)} cannot compile`);
    }
    components.push({ name, globs });
  }
  return components;
}

/** Parses `component-gates` against the components defined; `*` is every component. */
export function parseComponentGates(
  text: string,
  components: readonly ComponentDef[],
  source = 'component-gates',
): Map<string, ComponentGates> {
  const gates = new Map<string, ComponentGates>(components.map((c) => [c.name, {}]));
  for (const [n, line] of contentLines(text)) {
    const [name, rest] = splitNamed(source, n, line, '"name: key=value ..."');
    if (name !== '*' && !gates.has(name)) {
      refuse(source, n, `no component is named ${JSON.stringify(name)} (see components)`);
    }
    const pairs = rest.split(/\s+/).filter(Boolean);
    if (pairs.length === 0) refuse(source, n, 'expected at least one key=value');
    const set: ComponentGates = {};
    for (const pair of pairs) {
      const [key = '', value = ''] = pair.split('=', 2);
      if (!(COMPONENT_GATE_KEYS as readonly string[]).includes(key)) {
        refuse(
          source,
          n,
          `unknown key ${JSON.stringify(key)}; the keys are ${COMPONENT_GATE_KEYS.join(', ')}`,
        );
      }
      const number = Number(value);
      if (!/^(\d+\.?\d*|\.\d+)$/.test(value) || number > 100) {
        refuse(source, n, `${key} must be a number from 0 to 100, got ${JSON.stringify(value)}`);
      }
      set[key as ComponentGateKey] = number;
    }
    for (const [target, current] of gates) {
      if (name === '*' || name === target) gates.set(target, { ...current, ...set });
    }
  }
  return gates;
}
