/**
 * The one test of "is this `coverage-files` entry a pattern?": the test the
 * reader's glob library applies (picomatch's scan), so a name such as
 * `out/cov(1).json` is a pattern wherever it is looked at, never a pattern
 * when read and a plain name when the artifact entry is chosen.
 */
// picomatch's scan alone: every run asks this, and the matcher itself loads only when a glob is used.
import scan from 'picomatch/lib/scan.js';

export function isGlob(pattern: string): boolean {
  const found = scan(pattern);
  return found.isGlob || found.negated;
}
