// Annotation planning: ranges of uncovered changed lines, largest first, capped.
import type { Result } from '../../src/analysis/result.js';
import { ANNOTATION_LIMIT, planAnnotations } from '../../src/render/annotations.js';

const result = (files: Record<string, number[]>) =>
  ({
    files: Object.entries(files).map(([path, patchMissing]) => ({ path, patchMissing })),
  }) as unknown as Result;

test('adjacent lines are one range; one line is worded as one line', () => {
  const { annotations, leftOut } = planAnnotations(result({ 'a.py': [3, 4, 5, 9] }));
  expect(annotations).toEqual([
    {
      file: 'a.py',
      startLine: 3,
      endLine: 5,
      message: 'Changed lines 3-5 are not covered by tests.',
    },
    { file: 'a.py', startLine: 9, endLine: 9, message: 'Changed line 9 is not covered by tests.' },
  ]);
  expect(leftOut).toBe(0);
});

test('largest range first, then the file missing most, then by name and line', () => {
  const { annotations } = planAnnotations(
    result({ 'b.py': [1, 2, 10], 'a.py': [1, 2], 'c.py': [1, 2, 3] }),
  );
  expect(annotations.map((a) => `${a.file}:${a.startLine}`)).toEqual([
    'c.py:1',
    'b.py:1',
    'a.py:1',
    'b.py:10',
  ]);
});

test('capped at what GitHub shows; the rest counted', () => {
  const lines = Array.from({ length: 15 }, (_, i) => i * 3 + 1);
  const { annotations, leftOut } = planAnnotations(result({ 'a.py': lines }));
  expect(annotations).toHaveLength(ANNOTATION_LIMIT);
  expect(leftOut).toBe(5);
  expect(planAnnotations(result({ 'a.py': lines }), 3).leftOut).toBe(12);
  expect(planAnnotations(result({ 'a.py': [] })).annotations).toEqual([]);
});
