// The informational list and the check runs drawn from marked gates.
import type { GateResult } from '../../src/analysis/gates.js';
import {
  blocks,
  markInformational,
  parseInformational,
  warns,
} from '../../src/analysis/informational.js';
import { checkConclusion, checkName } from '../../src/render/checks.js';

const gate = (name: string, passed: boolean, skipped = false): GateResult => ({
  name: name as GateResult['name'],
  passed,
  skipped,
  actual: 50,
  threshold: 60,
  message: 'm',
});

describe('parseInformational', () => {
  test('names, comments, blank lines and duplicates; all wins', () => {
    expect(
      parseInformational(
        'min-patch-coverage\n\n# soon\nmax-new-uncovered-lines\ncomponent:api:min-coverage\nmin-patch-coverage',
      ),
    ).toEqual(['min-patch-coverage', 'max-new-uncovered-lines', 'component:api:min-coverage']);
    expect(parseInformational('min-coverage\nALL')).toBe('all');
    expect(parseInformational('')).toEqual([]);
  });

  test.each([
    'min_coverage',
    'Min-Coverage',
    'min coverage',
    'min-coverage: 80',
    'component:api',
    'component::min-coverage',
    '-min',
  ])('refuses %j in one line naming the input', (line) => {
    expect(() => parseInformational(line)).toThrow(
      `informational: each line must be a gate name as failed-gates lists it (such as min-patch-coverage or component:NAME:min-coverage), or all; got ${JSON.stringify(line)}`,
    );
  });
});

describe('markInformational', () => {
  const gates = [
    gate('min-coverage', false),
    gate('min-patch-coverage', false),
    gate('max-coverage-drop', true),
  ];

  test('a listed failing gate warns, an unlisted one blocks, a passing one does neither', () => {
    const marked = markInformational(gates, ['min-patch-coverage', 'max-coverage-drop']);
    expect(marked.filter(blocks).map((g) => g.name)).toEqual(['min-coverage']);
    expect(marked.filter(warns).map((g) => g.name)).toEqual(['min-patch-coverage']);
    expect(markInformational(gates, 'all').filter(blocks)).toEqual([]);
    expect(markInformational(gates, []).filter(warns)).toEqual([]);
    // The input is left as it was.
    expect(gates.some((g) => g.informational)).toBe(false);
  });
});

describe('check runs', () => {
  test('one documented name per gate; components nest', () => {
    expect(
      [
        'min-coverage',
        'min-patch-coverage',
        'max-coverage-drop',
        'min-file-coverage',
        'file-thresholds',
        'min-branch-coverage',
        'max-new-uncovered-lines',
        'component:api:min-patch-coverage',
      ].map(checkName),
    ).toEqual([
      'Coverage Gate / total',
      'Coverage Gate / patch',
      'Coverage Gate / drop',
      'Coverage Gate / files',
      'Coverage Gate / file-thresholds',
      'Coverage Gate / branches',
      'Coverage Gate / new-uncovered',
      'Coverage Gate / api / patch',
    ]);
  });

  test('success, failure, neutral when informational, skipped when not evaluated', () => {
    expect(checkConclusion(gate('min-coverage', true))).toBe('success');
    expect(checkConclusion(gate('min-coverage', false))).toBe('failure');
    expect(checkConclusion({ ...gate('min-coverage', false), informational: true })).toBe(
      'neutral',
    );
    expect(checkConclusion(gate('max-coverage-drop', true, true))).toBe('skipped');
  });
});
