/**
 * Every gate passes in one case and fails in another, including coverage.py's
 * rounding edges (`coverage report --fail-under` semantics).
 */

import {
  evaluateGates,
  type GateInput,
  type GateOptions,
  type GateResult,
  parseFileThresholds,
} from '../../src/analysis/gates.js';
import { analyse } from '../../src/analysis/result.js';
import type { CoverageReport, FileCoverage } from '../../src/report/model.js';

const options = (over: Partial<GateOptions> = {}): GateOptions => ({
  minCoverage: 0,
  minFileCoverage: 0,
  minFileStatements: 0,
  fileThresholds: [],
  maxCoverageDrop: null,
  minPatchCoverage: null,
  failOnMissingBaseline: false,
  precision: 2,
  ...over,
});

const input = (over: Partial<GateInput> = {}): GateInput => ({
  totalPercent: 50,
  files: [],
  delta: null,
  hasBaseline: false,
  patch: null,
  ...over,
});

function gate(gates: GateResult[], name: string): GateResult {
  const found = gates.find((g) => g.name === name);
  if (!found) throw new Error(`no ${name} gate in ${gates.map((g) => g.name).join(', ')}`);
  return found;
}

describe('min-coverage', () => {
  test.each([
    [80, 80, true],
    [79.99, 80, false],
    [85, 80, true],
    [0, 0, true],
  ])('total %f vs %f passes: %s', (total, min, passes) => {
    const g = gate(
      evaluateGates(input({ totalPercent: total }), options({ minCoverage: min })),
      'min-coverage',
    );
    expect(g.passed).toBe(passes);
    expect(g.actual).toBe(total);
    expect(g.threshold).toBe(min);
  });

  test('79.995 at precision 2 rounds to 80.00 and passes, as in Python', () => {
    // python3 -c "print(round(79.995, 2))" prints 80.0: the double is just above 79.995.
    const g = gate(
      evaluateGates(input({ totalPercent: 79.995 }), options({ minCoverage: 80 })),
      'min-coverage',
    );
    expect(g.passed).toBe(true);
    expect(g.message).toContain('80.00%');
  });

  test('79.994999 at precision 2 fails', () => {
    const g = gate(
      evaluateGates(input({ totalPercent: 79.994999 }), options({ minCoverage: 80 })),
      'min-coverage',
    );
    expect(g.passed).toBe(false);
    expect(g.message).toMatch(/below the minimum 80%/);
  });

  test('99.999 against 100 fails: 100 means exactly 100', () => {
    expect(
      gate(
        evaluateGates(input({ totalPercent: 99.999 }), options({ minCoverage: 100 })),
        'min-coverage',
      ).passed,
    ).toBe(false);
    expect(
      gate(
        evaluateGates(input({ totalPercent: 100 }), options({ minCoverage: 100 })),
        'min-coverage',
      ).passed,
    ).toBe(true);
  });

  test('precision changes the verdict like --precision does', () => {
    const at = (precision: number) =>
      gate(
        evaluateGates(input({ totalPercent: 79.96 }), options({ minCoverage: 80, precision })),
        'min-coverage',
      ).passed;
    expect(at(2)).toBe(false);
    expect(at(1)).toBe(true);
  });

  test('a real total computed like coverage.py: 15999 of 20000 statements is 79.995', () => {
    const file: FileCoverage = {
      path: 'big.py',
      reportPath: 'big.py',
      statements: 20000,
      covered: 15999,
      branches: null,
      coveredBranches: null,
      executedLines: [],
      missingLines: [],
      excludedLines: [],
      executedBranches: null,
      missingBranches: null,
      partialBranches: null,
    };
    const head: CoverageReport = {
      format: 'coverage.py',
      files: new Map([['big.py', file]]),
      hasBranches: false,
      source: 'x',
    };
    const result = analyse({
      head,
      base: null,
      changes: null,
      gates: options({ minCoverage: 80 }),
      impact: { minStatements: 150, maxCoverage: 30, target: 50, count: 10 },
    });
    expect(result.totals.percent).toBe(79.995);
    expect(result.passed).toBe(true);
  });
});

describe('min-file-coverage', () => {
  const files = [
    { path: 'a.py', statements: 100, percent: 90 },
    { path: 'small.py', statements: 5, percent: 10 },
    { path: 'b.py', statements: 50, percent: 59.994 },
  ];

  test('fails on a file below, naming it, and passes once it is exempt by size', () => {
    const failing = gate(
      evaluateGates(input({ files }), options({ minFileCoverage: 60 })),
      'min-file-coverage',
    );
    expect(failing.passed).toBe(false);
    expect(failing.files?.map((f) => f.path)).toEqual(['small.py', 'b.py']);
    expect(failing.message).toContain('small.py');
    const exempt = gate(
      evaluateGates(input({ files }), options({ minFileCoverage: 59.99, minFileStatements: 10 })),
      'min-file-coverage',
    );
    expect(exempt.passed).toBe(true);
  });

  test('min-file-statements exempts only files below it', () => {
    const g = gate(
      evaluateGates(input({ files }), options({ minFileCoverage: 60, minFileStatements: 50 })),
      'min-file-coverage',
    );
    expect(g.passed).toBe(false);
    expect(g.files?.map((f) => f.path)).toEqual(['b.py']);
    const higher = gate(
      evaluateGates(input({ files }), options({ minFileCoverage: 60, minFileStatements: 51 })),
      'min-file-coverage',
    );
    expect(higher.passed).toBe(true);
  });

  test('is not evaluated when off', () => {
    expect(evaluateGates(input({ files }), options()).map((g) => g.name)).toEqual(['min-coverage']);
  });
});

describe('file-thresholds', () => {
  const files = [
    { path: 'core/engine.py', statements: 500, percent: 40 },
    { path: 'core/legacy/old.py', statements: 300, percent: 5 },
    { path: 'api/views.py', statements: 200, percent: 75 },
  ];

  test('passes when every matched file meets its rule', () => {
    const rules = parseFileThresholds('core/**: 30\ncore/legacy/**: 0\napi/*.py: 70');
    const g = gate(
      evaluateGates(input({ files }), options({ fileThresholds: rules })),
      'file-thresholds',
    );
    expect(g.passed).toBe(true);
    expect(g.skipped).toBe(false);
  });

  test('the last matching rule wins', () => {
    // Same rules, other order: the strict core rule now comes last for legacy files.
    const rules = parseFileThresholds('core/legacy/**: 0\ncore/**: 30');
    const g = gate(
      evaluateGates(input({ files }), options({ fileThresholds: rules })),
      'file-thresholds',
    );
    expect(g.passed).toBe(false);
    expect(g.files).toEqual([
      { path: 'core/legacy/old.py', percent: 5, threshold: 30, rule: 'core/**' },
    ]);
  });

  test('a rule overrides min-file-coverage for the files it matches, in both directions', () => {
    const rules = parseFileThresholds('core/legacy/**: 0\napi/**: 80');
    const gates = evaluateGates(
      input({ files }),
      options({ minFileCoverage: 30, fileThresholds: rules }),
    );
    // old.py (5%) is below 30 but its rule allows 0; views.py meets 30 but not its rule's 80.
    expect(gate(gates, 'min-file-coverage').passed).toBe(true);
    const byRule = gate(gates, 'file-thresholds');
    expect(byRule.passed).toBe(false);
    expect(byRule.files?.map((f) => [f.path, f.threshold])).toEqual([['api/views.py', 80]]);
  });

  test('a pattern without a slash matches the file name anywhere', () => {
    const g = gate(
      evaluateGates(
        input({ files }),
        options({ fileThresholds: parseFileThresholds('old.py: 10') }),
      ),
      'file-thresholds',
    );
    expect(g.passed).toBe(false);
  });

  test('rules that match nothing are reported as skipped, not failed', () => {
    const g = gate(
      evaluateGates(
        input({ files }),
        options({ fileThresholds: parseFileThresholds('web/**: 90') }),
      ),
      'file-thresholds',
    );
    expect([g.passed, g.skipped]).toEqual([true, true]);
  });

  test.each(['core/**', 'core/**: 101', 'core/**: x', ': 50'])('rejects the rule %j', (text) => {
    expect(() => parseFileThresholds(text)).toThrow(/must be "glob: percent"/);
  });
});

describe('max-coverage-drop', () => {
  test.each([
    [-0.5, 1, true],
    [-1, 1, true],
    [-1.004, 1, true],
    [-1.006, 1, false],
    [-0.01, 0, false],
    [2, 0, true],
  ])('delta %f with allowed drop %f passes: %s', (delta, limit, passes) => {
    const g = gate(
      evaluateGates(input({ delta, hasBaseline: true }), options({ maxCoverageDrop: limit })),
      'max-coverage-drop',
    );
    expect(g.passed).toBe(passes);
    expect(g.skipped).toBe(false);
  });

  test('is skipped, and passes, without a baseline', () => {
    const g = gate(
      evaluateGates(input({ delta: null }), options({ maxCoverageDrop: 0 })),
      'max-coverage-drop',
    );
    expect([g.passed, g.skipped]).toEqual([true, true]);
    expect(g.message).toMatch(/No baseline/);
  });
});

describe('min-patch-coverage', () => {
  test.each([
    [80, 80, true],
    [79.99, 80, false],
    [100, 100, true],
    [99.9999, 100, false],
  ])('patch %f vs %f passes: %s', (percent, min, passes) => {
    const g = gate(
      evaluateGates(input({ patch: { percent, lines: 10 } }), options({ minPatchCoverage: min })),
      'min-patch-coverage',
    );
    expect(g.passed).toBe(passes);
  });

  test('n/a (no executable changed line) passes', () => {
    const g = gate(
      evaluateGates(
        input({ patch: { percent: null, lines: 0 } }),
        options({ minPatchCoverage: 100 }),
      ),
      'min-patch-coverage',
    );
    expect([g.passed, g.skipped]).toEqual([true, true]);
    expect(g.message).toMatch(/n\/a/);
  });

  test('no diff passes and says so', () => {
    const g = gate(
      evaluateGates(input({ patch: null }), options({ minPatchCoverage: 50 })),
      'min-patch-coverage',
    );
    expect([g.passed, g.skipped]).toEqual([true, true]);
  });
});

describe('fail-on-missing-baseline', () => {
  test('fails without a baseline when set', () => {
    const gates = evaluateGates(
      input({ hasBaseline: false }),
      options({ failOnMissingBaseline: true }),
    );
    expect(gate(gates, 'baseline').passed).toBe(false);
  });
  test('passes with a baseline when set', () => {
    const gates = evaluateGates(
      input({ hasBaseline: true, delta: 0 }),
      options({ failOnMissingBaseline: true }),
    );
    expect(gates.every((g) => g.passed)).toBe(true);
  });
  test('does not fail without a baseline when unset', () => {
    const gates = evaluateGates(input({ hasBaseline: false }), options());
    expect(gates.every((g) => g.passed)).toBe(true);
  });
});
