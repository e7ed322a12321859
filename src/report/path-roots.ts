/**
 * Where a report's root sits in the repository, learnt from the checkout
 * (see paths.ts): the keys vote for the roots their files confirm.
 */
import type { LearntRoot } from './paths.js';

/** How many leading directory segments every key shares. */
export function commonDepth(keys: readonly string[][]): number {
  const first = keys[0] ?? [];
  let depth = first.length - 1;
  for (const parts of keys) {
    let i = 0;
    while (i < depth && i < parts.length - 1 && parts[i] === first[i]) i++;
    depth = i;
  }
  return Math.max(depth, 0);
}

/** The checkout's files by name; each name's paths are split into segments when first asked. */
interface NameIndex {
  paths: Map<string, string[]>;
  split: Map<string, string[][]>;
}

function indexByName(files: ReadonlySet<string>): NameIndex {
  const paths = new Map<string, string[]>();
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    const list = paths.get(name);
    if (list) list.push(file);
    else paths.set(name, [file]);
  }
  return { paths, split: new Map() };
}

function filesNamed(index: NameIndex, name: string): string[][] {
  let split = index.split.get(name);
  if (!split) {
    split = (index.paths.get(name) ?? []).map((path) => path.split('/'));
    index.split.set(name, split);
  }
  return split;
}

/** How many trailing segments two paths share. */
function sharedTail(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * Coverage ran in the report's directory, above it (`-o reports/coverage.json`)
 * or below it (a report gathered from `backend/`), never in a sibling tree:
 * `svc_a/coverage.json` never speaks of `svc_b/`.
 */
function onReportsLine(dir: readonly string[], reportDir: readonly string[] | null | undefined) {
  if (!reportDir) return true;
  const n = Math.min(dir.length, reportDir.length);
  for (let i = 0; i < n; i++) if (dir[i] !== reportDir[i]) return false;
  return true;
}

/** A foreign root gives way to a folder only when the report sits in it (a package's own report). */
const holdsReport = (folder: readonly string[], dir?: readonly string[] | null): boolean =>
  !!dir && folder.length > 0 && folder.length <= dir.length && folder.every((p, i) => p === dir[i]);

/** How many keys a root is learnt from at most: a spread sample of a larger report. */
const LEARNING_SAMPLE = 4000;

/** The sample's stride over `count` keys: every key up to LEARNING_SAMPLE, every n-th beyond. */
export const sampleStep = (count: number): number => Math.ceil(count / LEARNING_SAMPLE);
const indexes = new WeakMap<ReadonlySet<string>, NameIndex>();

/**
 * Learns one root for a group of keys from the checkout: either a directory
 * put in front of every key (coverage ran in `backend/`: `core/x.py` is
 * `backend/core/x.py`; relative keys only), or a number of leading segments
 * that every key shares and that are dropped (an absolute root from another
 * machine, or coverage ran above the repository; for absolute keys, with
 * the folder holding the report in their place: holdsReport). The root the
 * most keys confirm wins; ties go to the report's own directory, then to
 * the root that keeps most of the keys. null when nothing confirms a root,
 * or when two roots stay tied: a guess would match files by their name alone.
 */
export function learnRoot(
  keys: readonly string[][],
  checkoutFiles: ReadonlySet<string>,
  options: { mayAdd: boolean; reportDir?: readonly string[] | null },
): LearntRoot | null {
  if (keys.length === 0 || checkoutFiles.size === 0) return null;
  let index = indexes.get(checkoutFiles);
  if (!index) {
    index = indexByName(checkoutFiles);
    indexes.set(checkoutFiles, index);
  }
  const maxStrip = commonDepth(keys);
  const votes = new Map<string, LearntRoot>();
  // A spread sample of a huge report says as much as all of it, at a bounded cost.
  const step = sampleStep(keys.length);
  for (let k = 0; k < keys.length; k += step) {
    const parts = keys[k] as string[];
    const seen = new Set<string>();
    for (const file of filesNamed(index, parts[parts.length - 1] as string)) {
      const tail = sharedTail(parts, file);
      let candidate: LearntRoot | null = null;
      const add = file.slice(0, file.length - tail);
      if (tail === parts.length && options.mayAdd && onReportsLine(add, options.reportDir))
        candidate = { strip: 0, add, confirmed: 0 };
      // Whole file path matched: `add` is empty, only the root is dropped.
      else if (
        parts.length - tail <= maxStrip &&
        (tail === file.length || (!options.mayAdd && holdsReport(add, options.reportDir)))
      )
        candidate = { strip: parts.length - tail, add, confirmed: 0 };
      if (!candidate) continue;
      const id = `${candidate.strip}:${candidate.add.join('/')}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const known = votes.get(id) ?? candidate;
      known.confirmed++;
      votes.set(id, known);
    }
  }
  const reportDir = options.reportDir?.join('/') ?? null;
  const ranked = [...votes.values()].sort(
    (a, b) =>
      b.confirmed - a.confirmed ||
      Number(b.add.join('/') === reportDir) - Number(a.add.join('/') === reportDir) ||
      a.strip - b.strip ||
      a.add.length - b.add.length,
  );
  const [best, next] = ranked;
  if (!best) return null;
  if (
    next &&
    next.confirmed === best.confirmed &&
    (next.add.join('/') === reportDir) === (best.add.join('/') === reportDir) &&
    next.strip === best.strip &&
    next.add.length === best.add.length
  )
    return null;
  return best;
}

/**
 * What learnRoot concludes for relative keys when its evidence is their own
 * sample (pathsConfirmingKeys): every sampled key confirms itself, read from
 * the repository root; no other root can gather as many votes (a folder put
 * in front fails for the longest key, a dropped one for the shortest).
 */
export function confirmedAsIs(keys: number): LearntRoot {
  return { strip: 0, add: [], confirmed: Math.ceil(keys / sampleStep(keys)) };
}
