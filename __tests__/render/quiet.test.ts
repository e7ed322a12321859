// comment-when's decision, from the digest a comment carries.
import type { Result } from '../../src/analysis/result.js';
import { commentDigest, decideComment, digestTag, readDigest } from '../../src/render/quiet.js';

const MARKER = '<!-- coverage-gate:default -->';
const SHA = 'a'.repeat(40);

function result(total: number, gates: { passed: boolean; informational?: boolean }[] = []): Result {
  const gateResults = gates.map((g, i) => ({
    name: (i === 0 ? 'min-coverage' : 'min-patch-coverage') as 'min-coverage',
    passed: g.passed,
    skipped: false,
    actual: total,
    threshold: 50,
    message: 'm',
    ...(g.informational ? { informational: true } : {}),
  }));
  return {
    precision: 2,
    rounding: 'half-even',
    totals: { percent: total },
    base: { percent: 70, commit: 'b'.repeat(40) },
    patch: { percent: 80, lines: 10, covered: 8 },
    gates: gateResults,
    failedGates: gateResults.filter((g) => !g.passed && !g.informational).map((g) => g.name),
  } as unknown as Result;
}

const decide = (when: 'always' | 'changed' | 'failed', r: Result, previous: string | null) =>
  decideComment(when, r, { marker: MARKER, sha: SHA, previous });

test('a digest reads back as written; a malformed or hostile one is no digest', () => {
  const digest = commentDigest(result(71.234, [{ passed: true }]), SHA);
  expect(digest).toEqual({
    sha: SHA,
    total: '71.23',
    patch: '80.00',
    gates: { 'min-coverage': 'pass' },
  });
  expect(readDigest(`${MARKER}\nbody\n${digestTag(digest)}\n`)).toEqual(digest);
  expect(readDigest('no tag')).toBeNull();
  expect(readDigest('<!-- coverage-gate-digest:{"total":1} -->')).toBeNull();
  expect(readDigest('<!-- coverage-gate-digest:{not json} -->')).toBeNull();
  expect(
    readDigest('<!-- coverage-gate-digest:{"sha":"x","total":"1","patch":null,"gates":{}} -->'),
  ).toBeNull();
  expect(
    readDigest(
      '<!-- coverage-gate-digest:{"sha":null,"total":"1","patch":null,"gates":{"a":"maybe"}} -->',
    ),
  ).toBeNull();
});

test('always writes; changed writes on a new total, patch or outcome and otherwise replaces once, then skips', () => {
  const r = result(71, [{ passed: true }]);
  expect(decide('always', r, null).kind).toBe('write');
  // Against the base (70.00 → 71.00): changed.
  expect(decide('changed', r, null).kind).toBe('write');
  const previous = `${MARKER}\n${digestTag(commentDigest(r, 'c'.repeat(40)))}`;
  const same = decide('changed', r, previous);
  expect(same).toEqual({
    kind: 'replace',
    body: expect.stringContaining('\nNo coverage change since `ccccccc`.\n'),
  });
  if (same.kind !== 'replace') throw new Error('replace expected');
  expect(decide('changed', r, same.body).kind).toBe('skip');
  expect(decide('changed', result(71.01, [{ passed: true }]), same.body).kind).toBe('write');
  expect(decide('changed', result(71, [{ passed: false }]), same.body).kind).toBe('write');
  // A comment without a digest (an older version's) is rewritten.
  expect(decide('changed', r, `${MARKER}\nold`).kind).toBe('write');
});

test('failed writes on a blocking failure only; a passing run replaces our comment once', () => {
  expect(decide('failed', result(40, [{ passed: false }]), null).kind).toBe('write');
  expect(decide('failed', result(40, [{ passed: false, informational: true }]), null).kind).toBe(
    'skip',
  );
  const passing = decide('failed', result(71, [{ passed: true }]), `${MARKER}\nfull comment`);
  expect(passing).toEqual({
    kind: 'replace',
    body: expect.stringContaining('\n✅ All gates pass now.\n'),
  });
  if (passing.kind !== 'replace') throw new Error('replace expected');
  expect(decide('failed', result(71, [{ passed: true }]), passing.body).kind).toBe('skip');
});
