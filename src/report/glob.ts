/**
 * The one test of "is this `coverage-files` entry a pattern?": the test the
 * reader's glob library applies (picomatch's scan), so a name such as
 * `out/cov(1).json` is a pattern wherever it is looked at, never a pattern
 * when read and a plain name when the artifact entry is chosen.
 */
import picomatch from 'picomatch';

export function isGlob(pattern: string): boolean {
  const scan = picomatch.scan(pattern);
  return scan.isGlob || scan.negated;
}
