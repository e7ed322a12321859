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

import { leanText } from './json-walk.js';

/** File-entry members the coverage.py reader never looks at. */
export const UNUSED_FILE_MEMBERS = ['contexts', 'functions', 'classes'] as const;

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
  const text = leanText(bytes, from);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
