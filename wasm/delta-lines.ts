/**
 * The delta explanation's comparison of one file's two sides
 * (src/analysis/delta-lines.ts) in AssemblyScript, compiled to WebAssembly
 * by `npm run build` (scripts/generate-wasm.mjs). A one-shot run compares
 * each file once, so the JavaScript form runs mostly in V8's interpreter;
 * WebAssembly is compiled before it runs.
 *
 * The host writes a file's thirteen lists (i32, one after another) from
 * `inputStart()`, with room after them for the workspace, and calls
 * `compare` with their lengths; the answers come back in the words from
 * `countsStart()` (see `compare`), the head lines that lost coverage in the
 * workspace. The steps are the JavaScript fallback's, function for function;
 * a property test holds the two to the same answers.
 */

/** Entry `k` of the i32 array (or list) that starts at byte `array`. */
function get(array: i32, k: i32): i32 {
  return load<i32>(<usize>(array + 4 * k));
}

function put(array: i32, k: i32, value: i32): void {
  store<i32>(<usize>(array + 4 * k), value);
}

/** One side of a file: arrays in the workspace, one entry per statement (see the host's `Side`). */
@unmanaged
class Side {
  lines: i32;
  ran: i32;
  arcs: i32;
  arcsRan: i32;
  /** The base's only: each line's head line through the diff, 0 when deleted. */
  headLine: i32;
  size: i32;
  /** Source lines of arcs from lines that are no statements, one entry per arc. */
  strays: i32;
  strayCount: i32;
}

const head = changetype<Side>(memory.data(32, 16));
const base = changetype<Side>(memory.data(32, 16));
/** The answers (see `compare`), then the input. */
const counts: i32 = <i32>memory.data(128, 16);
let lost: i32 = 0;
let lostCount: i32 = 0;

/** Where the host writes a file's lists: after the static data. */
export function inputStart(): i32 {
  return (<i32>__heap_base + 15) & ~15;
}

export function countsStart(): i32 {
  return counts;
}

/** How far the input's lists, then the workspace, have got. */
let at: i32 = 0;

/** The next `entries` words: an input list's, or room in the workspace. */
function claim(entries: i32): i32 {
  const start = at;
  at += 4 * entries;
  return start;
}

/** A side's arrays, `capacity` entries each, and room for `arcs` strays. */
function place(side: Side, capacity: i32, arcs: i32, mapped: bool): void {
  side.lines = claim(capacity);
  side.ran = claim(capacity);
  side.arcs = claim(capacity);
  side.arcsRan = claim(capacity);
  side.headLine = mapped ? claim(capacity) : 0;
  side.strays = claim(arcs);
  side.strayCount = 0;
}

/**
 * A side's statements, a merge of its sorted lists: a line listed both as
 * executed and as missing counts as missing; excluded lines, and line 0,
 * are not statements. Each entry's arc counts start at 0.
 */
function mergeLines(
  side: Side,
  run: i32,
  runCount: i32,
  missed: i32,
  missedCount: i32,
  excluded: i32,
  excludedCount: i32,
): void {
  let n = 0;
  let i = 0;
  let j = 0;
  let x = 0;
  while (i < runCount || j < missedCount) {
    put(side.arcs, n, 0);
    put(side.arcsRan, n, 0);
    if (j < missedCount) {
      const m = get(missed, j);
      if (i >= runCount || m <= get(run, i)) {
        put(side.lines, n, m);
        put(side.ran, n++, 0);
        j++;
        if (i < runCount && get(run, i) === m) i++;
        continue;
      }
    }
    const r = get(run, i++);
    while (x < excludedCount && get(excluded, x) < r) x++;
    if (r <= 0 || (x < excludedCount && get(excluded, x) === r)) continue;
    put(side.lines, n, r);
    put(side.ran, n++, 1);
  }
  side.size = n;
}

/** The first index of the side's ascending lines not below `line`. */
function lowerBound(side: Side, line: i32): i32 {
  let lo = 0;
  let hi = side.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (get(side.lines, mid) < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Each arc (a list of pairs) onto its source line's entry; a stray when that line is no statement. */
function countArcs(side: Side, list: i32, length: i32, ran: i32): void {
  const size = side.size;
  let k = 0;
  for (let a = 0; a < length; a += 2) {
    const from = get(list, a);
    if (k > 0 && get(side.lines, k - 1) >= from) k = lowerBound(side, from);
    else while (k < size && get(side.lines, k) < from) k++;
    if (k === size || get(side.lines, k) !== from) {
      put(side.strays, side.strayCount++, from);
      continue;
    }
    put(side.arcs, k, get(side.arcs, k) + 1);
    put(side.arcsRan, k, get(side.arcsRan, k) + ran);
  }
}

/** A side's five lists, one after another from `lists` (see `compare`), into its arrays. */
function fillSide(
  side: Side,
  lists: i32,
  run: i32,
  missed: i32,
  excluded: i32,
  arcsRun: i32,
  arcsMissed: i32,
): void {
  const missedAt = lists + 4 * run;
  const excludedAt = missedAt + 4 * missed;
  const arcsRunAt = excludedAt + 4 * excluded;
  const arcsMissedAt = arcsRunAt + 4 * arcsRun;
  mergeLines(side, lists, run, missedAt, missed, excludedAt, excluded);
  countArcs(side, arcsRunAt, arcsRun, 1);
  countArcs(side, arcsMissedAt, arcsMissed, 0);
}

function sortStrays(side: Side): void {
  const strays = side.strays;
  for (let i = 1; i < side.strayCount; i++) {
    const v = get(strays, i);
    let j = i - 1;
    while (j >= 0 && get(strays, j) > v) {
      put(strays, j + 1, get(strays, j));
      j--;
    }
    put(strays, j + 1, v);
  }
}

/** The same statements with as many arcs each, and the same strays (sorted, as the host's maps compare). */
function sameLines(a: Side, b: Side): bool {
  if (a.size !== b.size || a.strayCount !== b.strayCount) return false;
  for (let k = 0; k < a.size; k++) {
    if (get(a.lines, k) !== get(b.lines, k) || get(a.arcs, k) !== get(b.arcs, k)) return false;
  }
  sortStrays(a);
  sortStrays(b);
  for (let k = 0; k < a.strayCount; k++) {
    if (get(a.strays, k) !== get(b.strays, k)) return false;
  }
  return true;
}

/** The base's lines to their head lines through a file's diff: the k-th line kept on one side is the k-th on the other. */
function mapToHead(deleted: i32, deletedCount: i32, added: i32, addedCount: i32): void {
  let d = 0;
  let a = 0;
  for (let k = 0; k < base.size; k++) {
    const baseLine = get(base.lines, k);
    while (d < deletedCount && get(deleted, d) < baseLine) d++;
    if (d < deletedCount && get(deleted, d) === baseLine) {
      put(base.headLine, k, 0);
      continue;
    }
    const kept = baseLine - d;
    while (a < addedCount && get(added, a) <= kept + a) a++;
    put(base.headLine, k, kept + a);
  }
}

/** The base's lines compared one by one at the head lines `mapped` gives them (0: deleted), into counts 0 to 9. */
function compareMapped(mapped: i32, deletes: bool): void {
  let lostLines = 0;
  let gainedLines = 0;
  let lostArcs = 0;
  let gainedArcs = 0;
  let deletedRan = 0;
  let deletedMissed = 0;
  let deletedRanArcs = 0;
  let deletedRanArcsRan = 0;
  let deletedMissedArcs = 0;
  let deletedMissedArcsRan = 0;
  let h = 0;
  for (let k = 0; k < base.size; k++) {
    const headLine = get(mapped, k);
    const ranAtBase = get(base.ran, k) === 1;
    const arcs = get(base.arcs, k);
    if (headLine === 0) {
      if (!deletes) continue;
      if (ranAtBase) {
        deletedRan++;
        deletedRanArcs += arcs;
        deletedRanArcsRan += get(base.arcsRan, k);
      } else {
        deletedMissed++;
        deletedMissedArcs += arcs;
        deletedMissedArcsRan += get(base.arcsRan, k);
      }
      continue;
    }
    while (h < head.size && get(head.lines, h) < headLine) h++;
    if (h === head.size || get(head.lines, h) !== headLine) continue;
    const ranAtHead = get(head.ran, h) === 1;
    if (ranAtBase && !ranAtHead) {
      lostLines++;
      put(lost, lostCount++, headLine);
    } else if (!ranAtBase && ranAtHead) gainedLines++;
    if (arcs === 0 || get(head.arcs, h) !== arcs) continue;
    const arcChange = get(head.arcsRan, h) - get(base.arcsRan, k);
    if (arcChange < 0) lostArcs += arcChange;
    else gainedArcs += arcChange;
  }
  put(counts, 0, lostLines);
  put(counts, 1, gainedLines);
  put(counts, 2, lostArcs);
  put(counts, 3, gainedArcs);
  put(counts, 4, deletedRan);
  put(counts, 5, deletedMissed);
  put(counts, 6, deletedRanArcs);
  put(counts, 7, deletedRanArcsRan);
  put(counts, 8, deletedMissedArcs);
  put(counts, 9, deletedMissedArcsRan);
}

/** The PR's added lines that are statements, into counts 10 to 15. */
function tallyChanged(added: i32, addedCount: i32): void {
  let coveredLines = 0;
  let coveredArcs = 0;
  let coveredArcsRan = 0;
  let uncoveredLines = 0;
  let uncoveredArcs = 0;
  let uncoveredArcsRan = 0;
  let h = 0;
  for (let i = 0; i < addedCount; i++) {
    const line = get(added, i);
    while (h < head.size && get(head.lines, h) < line) h++;
    if (h === head.size) break;
    if (get(head.lines, h) !== line) continue;
    if (get(head.ran, h) === 1) {
      coveredLines++;
      coveredArcs += get(head.arcs, h);
      coveredArcsRan += get(head.arcsRan, h);
    } else {
      uncoveredLines++;
      uncoveredArcs += get(head.arcs, h);
      uncoveredArcsRan += get(head.arcsRan, h);
    }
  }
  put(counts, 10, coveredLines);
  put(counts, 11, coveredArcs);
  put(counts, 12, coveredArcsRan);
  put(counts, 13, uncoveredLines);
  put(counts, 14, uncoveredArcs);
  put(counts, 15, uncoveredArcsRan);
}

/**
 * One file present on both sides. The lists, from inputStart(), in order:
 * the head's executed, missing and excluded lines, executed and missing
 * arcs (pairs); the base's five; the diff's added and deleted lines for the
 * file; the PR's own added lines. `flags`: 1 the diff touches the file,
 * 2 the PR deletes lines of it. The answers, in words from countsStart():
 * [0..9] lost and gained lines, lost and gained arcs, deleted statements
 * that ran and that did not, the arcs of those that ran (all, ran), of
 * those that did not (all, ran), all 0 when the file is not compared line
 * by line (its statements differ and no diff maps them); [10..15] the PR's
 * added statements that ran (lines, arcs, arcs ran), then those that did
 * not (the same); [16], [17] the lost head lines' byte offset and number.
 */
export function compare(
  hRun: i32,
  hMissed: i32,
  hExcluded: i32,
  hArcsRun: i32,
  hArcsMissed: i32,
  bRun: i32,
  bMissed: i32,
  bExcluded: i32,
  bArcsRun: i32,
  bArcsMissed: i32,
  added: i32,
  deleted: i32,
  own: i32,
  flags: i32,
): void {
  at = inputStart();
  const headAt = claim(hRun + hMissed + hExcluded + hArcsRun + hArcsMissed);
  const baseAt = claim(bRun + bMissed + bExcluded + bArcsRun + bArcsMissed);
  const addedAt = claim(added);
  const deletedAt = claim(deleted);
  const ownAt = claim(own);
  // The workspace, after the input.
  place(head, hRun + hMissed, (hArcsRun + hArcsMissed) / 2 + 1, false);
  place(base, bRun + bMissed, (bArcsRun + bArcsMissed) / 2 + 1, true);
  lost = claim(bRun + bMissed);
  lostCount = 0;

  fillSide(head, headAt, hRun, hMissed, hExcluded, hArcsRun, hArcsMissed);
  fillSide(base, baseAt, bRun, bMissed, bExcluded, bArcsRun, bArcsMissed);
  tallyChanged(ownAt, own);
  if ((flags & 1) === 0) {
    if (sameLines(head, base)) compareMapped(base.lines, false);
    else for (let c = 0; c < 10; c++) put(counts, c, 0);
  } else {
    mapToHead(deletedAt, deleted, addedAt, added);
    compareMapped(base.headLine, (flags & 2) !== 0);
  }
  put(counts, 16, lost);
  put(counts, 17, lostCount);
}
