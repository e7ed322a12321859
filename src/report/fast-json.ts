/**
 * A lean read of coverage.py's JSON: the members of each file entry that the
 * gate never reads (`contexts`, `functions`, `classes`) are cut out of the
 * bytes before `JSON.parse`, so they never become objects. With per-test
 * contexts they are almost all of a report's bytes; without, about two
 * thirds (every region repeats its lines and summary). A file's arc lists
 * (`executed_branches`, `missing_branches`: `[[from, to], …]`) lose their
 * inner brackets on the way, so `JSON.parse` gives one flat array of
 * numbers per list (the model's ArcList) instead of an array per arc.
 *
 * The walk over the bytes is a strict JSON recogniser (RFC 8259: strings
 * with their escapes, numbers, literals, nesting; in WebAssembly, see
 * json-walk.ts), so a document it accepts is one `JSON.parse` accepts; it
 * builds nothing, and whenever anything is unexpected it answers `undefined`
 * and the caller parses the whole text as usual (which also gives the usual
 * error messages).
 */

import { walkReport } from './json-walk.js';

/** File-entry members the coverage.py reader never looks at. */
export const UNUSED_FILE_MEMBERS = ['contexts', 'functions', 'classes'] as const;

/** What the walk does with a span: replace it by `{}`, or drop the inner brackets of an arc list. */
const CUT = 0;

/** Copies b[start, end) to out at `at`; a loop for short runs, where Buffer#copy's overhead dominates. */
function copyInto(out: Uint8Array, at: number, b: Uint8Array, start: number, end: number): number {
  if (end - start < 512) {
    for (let k = start; k < end; k++) out[at++] = b[k] as number;
    return at;
  }
  out.set(b.subarray(start, end), at);
  return at + end - start;
}

/** Quick check: only reports that hold any of the unused members are worth a walk. */
function mayHaveCuts(bytes: Buffer): boolean {
  // `functions` first: it sits near the start of any 7.x report.
  return ['functions', 'classes', 'contexts'].some((name) => bytes.includes(`"${name}"`));
}

/**
 * The parsed report without the values of `files.*.{contexts,functions,classes}`
 * (each replaced by `{}`) and with each file's arc lists flat (`[from, to,
 * from, to, …]`), or undefined when the bytes are not a JSON object shaped
 * like a coverage.py report (top-level keys meta/files/totals, arc lists of
 * integer pairs) or hold nothing to cut: then parse the text as usual.
 */
export function parseCoveragePyLean(input: Uint8Array): unknown {
  const bytes = Buffer.isBuffer(input)
    ? input
    : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (!mayHaveCuts(bytes)) return undefined;
  const cuts = walkReport(bytes, from);
  if (cuts === undefined || cuts.length === 0) return undefined;
  // At most this long: a flattened list loses its inner brackets, counted as they go.
  let size = bytes.length - from;
  for (let k = 0; k < cuts.length; k += 3) {
    if (cuts[k + 2] === CUT) size -= (cuts[k + 1] as number) - (cuts[k] as number) - 2;
  }
  const kept = Buffer.allocUnsafe(size);
  let at = 0;
  let last = from;
  for (let k = 0; k < cuts.length; k += 3) {
    const start = cuts[k] as number;
    const end = cuts[k + 1] as number;
    at = copyInto(kept, at, bytes, last, start);
    if (cuts[k + 2] === CUT) {
      kept[at++] = 0x7b;
      kept[at++] = 0x7d;
    } else {
      // An arc list as checked by skipArcList: only its outer brackets stay.
      kept[at++] = 0x5b;
      for (let i = start + 1; i < end - 1; i++) {
        const c = bytes[i] as number;
        if (c !== 0x5b && c !== 0x5d) kept[at++] = c;
      }
      kept[at++] = 0x5d;
    }
    last = end;
  }
  at = copyInto(kept, at, bytes, last, bytes.length);
  try {
    return JSON.parse(kept.toString('utf8', 0, at));
  } catch {
    return undefined;
  }
}
