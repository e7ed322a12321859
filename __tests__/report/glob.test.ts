// One answer to "is this coverage-files entry a pattern?", the reader's.
import { isGlob } from '../../src/report/glob.js';

test('patterns and plain names', () => {
  for (const p of ['*.json', 'out/**/coverage.json', 'cov?.json', 'cov[12].json', 'a/{b,c}.xml'])
    expect([p, isGlob(p)]).toEqual([p, true]);
  for (const p of ['coverage.json', 'out/coverage.xml', 'a{b}.json', 'a!b.json', '.coverage'])
    expect([p, isGlob(p)]).toEqual([p, false]);
});

test('a name with parentheses is a pattern everywhere, as the reader takes it', async () => {
  const { isDynamicPattern } = await import('tinyglobby');
  for (const p of ['out/cov(1).json', '!(x).json', 'a{b}.json', 'a!b.json', 'plain.json'])
    expect([p, isGlob(p)]).toEqual([p, isDynamicPattern(p)]);
});
