/**
 * The one settings reader: defaults as action.yml states them, hard errors
 * for invalid values (never a silent fallback).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSettings, SETTING_DEFAULTS } from '../src/settings.js';

const none = () => undefined;

test('defaults', () => {
  const settings = readSettings(none);
  expect(settings).toMatchObject({
    coverageFiles: ['coverage.json'],
    baseCoverageFile: null,
    coverageFormat: 'auto',
    pathPrefix: null,
    gates: {
      minCoverage: 0,
      minFileCoverage: 0,
      minFileStatements: 0,
      fileThresholds: [],
      maxCoverageDrop: null,
      minPatchCoverage: null,
      minBranchCoverage: null,
      failOnMissingBaseline: false,
      precision: 2,
    },
    impact: {
      minStatements: 150,
      maxCoverage: 30,
      target: 50,
      count: 10,
      include: [],
      exclude: [],
    },
  });
});

test('min-branch-coverage, impact-include and impact-exclude', () => {
  const values: Record<string, string> = {
    'min-branch-coverage': '72.5',
    'impact-include': 'core/**\n  lib/*.py \n',
    'impact-exclude': '*_test.py',
  };
  const settings = readSettings((n) => values[n]);
  expect(settings.gates.minBranchCoverage).toBe(72.5);
  expect(settings.impact.include).toEqual(['core/**', 'lib/*.py']);
  expect(settings.impact.exclude).toEqual(['*_test.py']);
  expect(() =>
    readSettings(
      (n) => (n === 'min-branch-coverage' ? '101' : undefined),
      (n) => `--${n}`,
    ),
  ).toThrow('--min-branch-coverage must be a number from 0 to 100, got "101"');
});

test("action.yml's defaults are the reader's", () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const yml = readFileSync(join(root, 'action.yml'), 'utf8');
  for (const [name, value] of Object.entries(SETTING_DEFAULTS)) {
    const block = new RegExp(
      `\\n  ${name}:\\n(?:    .*\\n)*?    default: ['"]?([^'"\\n]*)['"]?\\n`,
    ).exec(yml);
    if (name === 'coverage-format' && !block) continue;
    expect([name, block?.[1] ?? '(no default)']).toEqual([name, value]);
  }
});

test('empty and blank values mean the default; values are trimmed', () => {
  const settings = readSettings((name) =>
    name === 'min-coverage'
      ? '  '
      : name === 'precision'
        ? ' 1 '
        : name === 'coverage-file'
          ? 'a.json\n\n b.json \n'
          : undefined,
  );
  expect(settings.gates.minCoverage).toBe(0);
  expect(settings.gates.precision).toBe(1);
  expect(settings.coverageFiles).toEqual(['a.json', 'b.json']);
});

test.each([
  ['min-coverage', '8o', 'min-coverage must be a number from 0 to 100, got "8o"'],
  ['min-coverage', '0x5A', 'min-coverage must be a number from 0 to 100, got "0x5A"'],
  ['min-coverage', 'Infinity', 'min-coverage must be a number from 0 to 100, got "Infinity"'],
  ['min-coverage', '-0.1', 'min-coverage must be a number from 0 to 100, got "-0.1"'],
  ['max-coverage-drop', '1e3', 'max-coverage-drop must be a number from 0 to 100, got "1e3"'],
  ['impact-count', '2.5', 'impact-count must be a whole number 0 or more, got "2.5"'],
  ['precision', '-1', 'precision must be a whole number from 0 to 10, got "-1"'],
  [
    'fail-on-missing-baseline',
    'maybe',
    'fail-on-missing-baseline must be true or false, got "maybe"',
  ],
  ['coverage-format', 'xml', 'coverage-format must be one of'],
] as const)('%s = %j is refused', (name, value, message) => {
  expect(() => readSettings((n) => (n === name ? value : undefined))).toThrow(message);
});

test('labels name the setting the way the user wrote it', () => {
  expect(() =>
    readSettings(
      (n) => (n === 'min-coverage' ? 'x' : undefined),
      (n) => `--${n}`,
    ),
  ).toThrow('--min-coverage must be a number from 0 to 100, got "x"');
});
