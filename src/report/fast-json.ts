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
 * The walk over the bytes is a strict JSON recogniser (json-skip.ts: RFC 8259,
 * strings with their escapes, numbers, literals, nesting), so a document it
 * accepts is one `JSON.parse` accepts; it builds nothing, and whenever
 * anything is unexpected it answers `undefined` and the caller parses the
 * whole text as usual (which also gives the usual error messages).
 */

import {
  bytesOf,
  equals,
  FALSE,
  NULL,
  QUOTE,
  Reject,
  reject,
  skipArcList,
  skipCutValue,
  skipIntegerArray,
  skipNumber,
  skipString,
  skipWhitespace,
  TRUE,
} from './json-skip.js';

/** File-entry members the coverage.py reader never looks at. */
export const UNUSED_FILE_MEMBERS = ['contexts', 'functions', 'classes'] as const;

const TOP_LEVEL = ['meta', 'files', 'totals'];

const CUT_KEYS = UNUSED_FILE_MEMBERS.map(bytesOf);
const TOP_KEYS = TOP_LEVEL.map(bytesOf);
const FILES = bytesOf('files');
const ARC_KEYS = ['executed_branches', 'missing_branches'].map(bytesOf);

/** What findCuts does with a span: replace it by `{}`, or drop the inner brackets of an arc list. */
const CUT = 0;
const FLATTEN = 1;
/** Container roles along the path: the root, its `files` object, a file entry. */
const OTHER = 0;
const ROOT = 1;
const FILES_OBJECT = 2;
const FILE_ENTRY = 3;

/**
 * Walks the whole document once and returns, flat, the [start, end, what]
 * of the values to cut and the arc lists to flatten, or throws Reject. One
 * flat loop, no closures: the walk is the hot path of reading a large report.
 */
function findCuts(b: Uint8Array, from: number): number[] {
  const cuts: number[] = [];
  // One entry per open container: 1 object, 2 array; and its role.
  const kinds: number[] = [];
  const roles: number[] = [];
  let i = skipWhitespace(b, from);
  if (b[i] !== 0x7b) return reject(); // a coverage.py report is an object
  // Role of the next container opened as a value, and whether to cut it.
  let nextRole = ROOT;
  let cutNext = false;
  // Set when the next value is a file's arc list.
  let arcsNext = false;
  // Set when the next token is a member's key.
  let atKey = false;

  for (;;) {
    if (atKey) {
      atKey = false;
      if (b[i] !== QUOTE) return reject();
      const keyEnd = skipString(b, i);
      const role = roles[roles.length - 1];
      const colon = skipWhitespace(b, keyEnd);
      if (b[colon] !== 0x3a) return reject();
      const value = skipWhitespace(b, colon + 1);
      nextRole = OTHER;
      cutNext = false;
      if (role === ROOT) {
        if (!isOneOf(b, i + 1, keyEnd - 1, TOP_KEYS)) return reject();
        if (equals(b, i + 1, keyEnd - 1, FILES)) nextRole = FILES_OBJECT;
      } else if (role === FILES_OBJECT) {
        nextRole = FILE_ENTRY;
      } else if (role === FILE_ENTRY) {
        if (b[value] === 0x7b) cutNext = isOneOf(b, i + 1, keyEnd - 1, CUT_KEYS);
        else arcsNext = isOneOf(b, i + 1, keyEnd - 1, ARC_KEYS);
      }
      i = value;
    }
    // A value starts at i.
    const c = b[i];
    const arrayEnd = c === 0x5b && !arcsNext ? skipIntegerArray(b, i) : -1;
    if (arcsNext) {
      const end = skipArcList(b, i);
      cuts.push(i, end, FLATTEN);
      i = end;
      arcsNext = false;
      nextRole = OTHER;
    } else if (arrayEnd !== -1) {
      // Most of a report's bytes are arrays of line numbers: skipped in one tight loop.
      i = arrayEnd;
      nextRole = OTHER;
      cutNext = false;
    } else if (cutNext) {
      // An object value to cut (cutNext is only set before a `{`).
      const end = skipCutValue(b, i);
      cuts.push(i, end, CUT);
      i = end;
      nextRole = OTHER;
      cutNext = false;
    } else if (c === 0x7b || c === 0x5b) {
      const isObject = c === 0x7b;
      kinds.push(isObject ? 1 : 2);
      roles.push(isObject ? nextRole : OTHER);
      nextRole = OTHER;
      cutNext = false;
      i = skipWhitespace(b, i + 1);
      const close = b[i];
      if (isObject ? close !== 0x7d : close !== 0x5d) {
        atKey = isObject;
        continue;
      }
      // An empty container: closed below.
    } else if (c === QUOTE) {
      i = skipString(b, i);
    } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
      const word = c === 0x74 ? TRUE : c === 0x66 ? FALSE : NULL;
      if (!equals(b, i, i + word.length, word)) return reject();
      i += word.length;
    } else {
      i = skipNumber(b, i);
    }

    // After a value: close containers or move on to the next member.
    for (;;) {
      i = skipWhitespace(b, i);
      const depth = kinds.length;
      if (depth === 0) {
        if (i !== b.length) return reject(); // bytes after the document
        return cuts;
      }
      const kind = kinds[depth - 1];
      const d = b[i];
      if ((d === 0x7d && kind === 1) || (d === 0x5d && kind === 2)) {
        i++;
        kinds.pop();
        roles.pop();
        continue;
      }
      if (d !== 0x2c) return reject();
      i = skipWhitespace(b, i + 1);
      atKey = kind === 1;
      break;
    }
  }
}

function isOneOf(b: Uint8Array, start: number, end: number, words: readonly Uint8Array[]): boolean {
  for (const word of words) if (equals(b, start, end, word)) return true;
  return false;
}

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
  let cuts: number[];
  try {
    cuts = findCuts(bytes, from);
  } catch (error) {
    if (error instanceof Reject || error instanceof RangeError) return undefined;
    throw error;
  }
  if (cuts.length === 0) return undefined;
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
