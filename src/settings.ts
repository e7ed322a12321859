/**
 * The one place where settings are parsed, defaulted and validated, for the
 * action's inputs and the command line's flags alike (same names). An
 * invalid threshold is a hard, clear error, never a silent fallback.
 */

import {
  type ComponentConfig,
  parseComponentGates,
  parseComponents,
} from './analysis/components.js';
import { type FileThreshold, type GateOptions, parseFileThresholds } from './analysis/gates.js';
import type { ImpactOptions } from './analysis/impact.js';
import { parseInformational } from './analysis/informational.js';
import { InputError } from './report/errors.js';
import { FORMAT_CHOICES, type FormatChoice } from './report/load.js';

export interface Settings {
  coverageFiles: string[];
  baseCoverageFile: string | null;
  coverageFormat: FormatChoice;
  pathPrefix: string | null;
  gates: GateOptions;
  impact: ImpactOptions;
  /** `components` and `component-gates`; no component when empty. */
  components: ComponentConfig;
}

/** Every setting shared by the action and the CLI, with its default (as text, like action.yml). */
export const SETTING_DEFAULTS = {
  'coverage-file': 'coverage.json',
  'base-coverage-file': '',
  'coverage-format': 'auto',
  'path-prefix': '',
  'min-coverage': '0',
  'min-file-coverage': '0',
  'min-file-statements': '0',
  'file-thresholds': '',
  'max-coverage-drop': '',
  'min-patch-coverage': '',
  'min-branch-coverage': '',
  'max-new-uncovered-lines': '',
  'fail-on-missing-baseline': 'false',
  informational: '',
  'impact-min-statements': '150',
  'impact-max-coverage': '30',
  'impact-target': '50',
  'impact-count': '10',
  'impact-include': '',
  'impact-exclude': '',
  precision: '2',
  components: '',
  'component-gates': '',
} as const;

export type SettingName = keyof typeof SETTING_DEFAULTS;

/** Reads one raw value; empty or missing means "use the default". */
export type RawSettings = (name: SettingName) => string | undefined;

export function numberSetting(
  name: string,
  raw: string,
  { min, max, integer = false }: { min: number; max: number; integer?: boolean },
): number {
  const text = raw.trim();
  const value = Number(text);
  const kind = integer ? 'a whole number' : 'a number';
  if (
    // Plain decimals only, as `coverage report --fail-under` takes them: no hex, binary or "Infinity".
    !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  ) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    throw new InputError('', `${name} must be ${kind} ${range}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

export function booleanSetting(name: string, raw: string): boolean {
  const text = raw.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(text)) return true;
  if (['false', 'no', '0', 'off'].includes(text)) return false;
  throw new InputError('', `${name} must be true or false, got ${JSON.stringify(raw)}`);
}

export function splitList(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Parses every shared setting. `label` turns a setting name into what the
 * user typed (`min-coverage` for the action, `--min-coverage` for the CLI).
 */
export function readSettings(
  raw: RawSettings,
  label: (name: SettingName) => string = (n) => n,
): Settings {
  const get = (name: SettingName): string => {
    const value = raw(name);
    return value === undefined || value.trim() === '' ? SETTING_DEFAULTS[name] : value;
  };
  const percent = (name: SettingName) =>
    numberSetting(label(name), get(name), { min: 0, max: 100 });
  const optionalPercent = (name: SettingName) => (get(name).trim() === '' ? null : percent(name));
  const count = (name: SettingName) =>
    numberSetting(label(name), get(name), { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true });

  const format = get('coverage-format').trim() as FormatChoice;
  if (!FORMAT_CHOICES.includes(format)) {
    throw new InputError(
      '',
      `${label('coverage-format')} must be one of ${FORMAT_CHOICES.join(', ')}, got ${JSON.stringify(format)}`,
    );
  }
  const fileThresholds: FileThreshold[] = parseFileThresholds(
    get('file-thresholds'),
    label('file-thresholds'),
  );
  const precision = numberSetting(label('precision'), get('precision'), {
    min: 0,
    max: 10,
    integer: true,
  });
  const components = parseComponents(get('components'), label('components'));
  const componentGates = parseComponentGates(
    get('component-gates'),
    components,
    label('component-gates'),
  );
  return {
    coverageFiles: splitList(get('coverage-file')),
    baseCoverageFile: get('base-coverage-file').trim() || null,
    coverageFormat: format,
    pathPrefix: get('path-prefix').trim() || null,
    gates: {
      minCoverage: percent('min-coverage'),
      minFileCoverage: percent('min-file-coverage'),
      minFileStatements: count('min-file-statements'),
      fileThresholds,
      maxCoverageDrop: optionalPercent('max-coverage-drop'),
      minPatchCoverage: optionalPercent('min-patch-coverage'),
      minBranchCoverage: optionalPercent('min-branch-coverage'),
      maxNewUncoveredLines:
        get('max-new-uncovered-lines').trim() === '' ? null : count('max-new-uncovered-lines'),
      failOnMissingBaseline: booleanSetting(
        label('fail-on-missing-baseline'),
        get('fail-on-missing-baseline'),
      ),
      precision,
      informational: parseInformational(get('informational'), label('informational')),
    },
    impact: {
      minStatements: count('impact-min-statements'),
      maxCoverage: percent('impact-max-coverage'),
      target: percent('impact-target'),
      count: count('impact-count'),
      include: splitList(get('impact-include')),
      exclude: splitList(get('impact-exclude')),
    },
    components: { components, gates: componentGates },
  };
}
