/**
 * A lean read of coverage.py's JSON: the members of each file entry that the
 * gate never reads (`contexts`, `functions`, `classes`) are cut out of the
 * bytes before `JSON.parse`, so they never become objects. With per-test
 * contexts they are almost all of a report's bytes; without, about two
 * thirds (every region repeats its lines and summary).
 *
 * The walk over the bytes is a strict JSON recogniser (RFC 8259 grammar,
 * strings with their escapes, numbers, literals, nesting), so a document it
 * accepts is one `JSON.parse` accepts; it builds nothing, and whenever
 * anything is unexpected it answers `undefined` and the caller parses the
 * whole text as usual (which also gives the usual error messages).
 */

/** File-entry members the coverage.py reader never looks at. */
export const UNUSED_FILE_MEMBERS = ['contexts', 'functions', 'classes'] as const;

const TOP_LEVEL = ['meta', 'files', 'totals'];

const bytesOf = (word: string): Uint8Array => Uint8Array.from(word, (c) => c.charCodeAt(0));
const CUT_KEYS = UNUSED_FILE_MEMBERS.map(bytesOf);
const TOP_KEYS = TOP_LEVEL.map(bytesOf);
const FILES = bytesOf('files');
const TRUE = bytesOf('true');
const FALSE = bytesOf('false');
const NULL = bytesOf('null');

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Container roles along the path: the root, its `files` object, a file entry. */
const OTHER = 0;
const ROOT = 1;
const FILES_OBJECT = 2;
const FILE_ENTRY = 3;

class Reject extends Error {}
const reject = (): never => {
  throw new Reject();
};

function equals(b: Uint8Array, start: number, end: number, word: Uint8Array): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (b[start + k] !== word[k]) return false;
  return true;
}

function isHex(c: number | undefined): boolean {
  return (
    c !== undefined &&
    ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66))
  );
}

/** Index after the string that opens at `i` (a quote); rejects what JSON.parse rejects. */
function skipString(b: Uint8Array, start: number): number {
  let i = start + 1;
  for (;;) {
    let c = b[i] as number;
    while (c >= 0x20 && c !== QUOTE && c !== BACKSLASH) c = b[++i] as number;
    if (c === QUOTE) return i + 1;
    if (c !== BACKSLASH) return reject(); // a control character, or the end of the input
    const e = b[i + 1];
    if (
      e === QUOTE ||
      e === BACKSLASH ||
      e === 0x2f ||
      e === 0x62 ||
      e === 0x66 ||
      e === 0x6e ||
      e === 0x72 ||
      e === 0x74
    ) {
      i += 2;
    } else if (
      e === 0x75 &&
      isHex(b[i + 2]) &&
      isHex(b[i + 3]) &&
      isHex(b[i + 4]) &&
      isHex(b[i + 5])
    ) {
      i += 6;
    } else {
      return reject();
    }
  }
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

/** Index after the number that starts at `i`: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)? */
function skipNumber(b: Uint8Array, start: number): number {
  let i = start;
  if (b[i] === 0x2d) i++;
  if (b[i] === 0x30) i++;
  else if (isDigit(b[i])) while (isDigit(b[i])) i++;
  else return reject();
  if (b[i] === 0x2e) {
    i++;
    if (!isDigit(b[i])) return reject();
    while (isDigit(b[i])) i++;
  }
  if (b[i] === 0x65 || b[i] === 0x45) {
    i++;
    if (b[i] === 0x2b || b[i] === 0x2d) i++;
    if (!isDigit(b[i])) return reject();
    while (isDigit(b[i])) i++;
  }
  return i;
}

/**
 * Index after the array of integers that opens at `start` (`[1, 2, 3]`,
 * whitespace allowed), or -1 when it holds anything else (then the general
 * walk takes it).
 */
function skipIntegerArray(b: Uint8Array, start: number): number {
  let i = skipWhitespace(b, start + 1);
  if (b[i] === 0x5d) return i + 1;
  for (;;) {
    let c = b[i] as number;
    if (c === 0x2d) c = b[++i] as number;
    if (c === 0x30) c = b[++i] as number;
    else if (c >= 0x31 && c <= 0x39) {
      do c = b[++i] as number;
      while (c >= 0x30 && c <= 0x39);
    } else return -1;
    if (c === 0x2c) {
      c = b[++i] as number;
      while (c === 0x20) c = b[++i] as number;
      if (c === 0x0a || c === 0x0d || c === 0x09) i = skipWhitespace(b, i);
      continue;
    }
    if (c === 0x5d) return i + 1;
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      i = skipWhitespace(b, i);
      if (b[i] === 0x5d) return i + 1;
      if (b[i] !== 0x2c) return -1;
      i = skipWhitespace(b, i + 1);
      continue;
    }
    return -1;
  }
}

function skipWhitespace(b: Uint8Array, start: number): number {
  let i = start;
  let c = b[i];
  while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = b[++i];
  return i;
}

/** Index of the value after a member's key that opens at `start`: the key, `:`, whitespace. */
function skipKey(b: Uint8Array, start: number): number {
  if (b[start] !== QUOTE) return reject();
  const colon = skipWhitespace(b, skipString(b, start));
  if (b[colon] !== 0x3a) return reject();
  return skipWhitespace(b, colon + 1);
}

/**
 * Index after the object that opens at `start`, a value to be cut: the same
 * grammar as the walk checks, without its bookkeeping of roles, since
 * nothing inside is cut or kept. Most of a report with contexts is here.
 */
function skipCutValue(b: Uint8Array, start: number): number {
  // One entry per open container: 1 object, 2 array.
  const open: number[] = [1];
  let i = skipWhitespace(b, start + 1);
  if (b[i] === 0x7d) return i + 1;
  i = skipKey(b, i);
  for (;;) {
    // A value starts at i.
    const c = b[i];
    if (c === QUOTE) i = skipString(b, i);
    else if (c === 0x5b || c === 0x7b) {
      const arrayEnd = c === 0x5b ? skipIntegerArray(b, i) : -1;
      if (arrayEnd !== -1) i = arrayEnd;
      else {
        const isObject = c === 0x7b;
        i = skipWhitespace(b, i + 1);
        if (b[i] === (isObject ? 0x7d : 0x5d)) i++;
        else {
          open.push(isObject ? 1 : 2);
          if (isObject) i = skipKey(b, i);
          continue;
        }
      }
    } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
      const word = c === 0x74 ? TRUE : c === 0x66 ? FALSE : NULL;
      if (!equals(b, i, i + word.length, word)) return reject();
      i += word.length;
    } else i = skipNumber(b, i);
    // After a value: close containers or move on to the next one.
    for (;;) {
      i = skipWhitespace(b, i);
      const kind = open[open.length - 1];
      const d = b[i];
      if (d === 0x2c) {
        i = skipWhitespace(b, i + 1);
        if (kind === 1) i = skipKey(b, i);
        break;
      }
      if (d !== (kind === 1 ? 0x7d : 0x5d)) return reject();
      i++;
      open.pop();
      if (open.length === 0) return i;
    }
  }
}

/**
 * Walks the whole document once and returns the [start, end) spans of the
 * values to cut, or throws Reject. One flat loop, no closures: the walk is
 * the hot path of reading a large report.
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
      } else if (role === FILE_ENTRY && b[value] === 0x7b) {
        cutNext = isOneOf(b, i + 1, keyEnd - 1, CUT_KEYS);
      }
      i = value;
    }
    // A value starts at i.
    const c = b[i];
    const arrayEnd = c === 0x5b ? skipIntegerArray(b, i) : -1;
    if (arrayEnd !== -1) {
      // Most of a report's bytes are arrays of line numbers: skipped in one tight loop.
      i = arrayEnd;
      nextRole = OTHER;
      cutNext = false;
    } else if (cutNext) {
      // An object value to cut (cutNext is only set before a `{`).
      const end = skipCutValue(b, i);
      cuts.push(i, end);
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
 * (each replaced by `{}`), or undefined when the bytes are not a JSON object
 * shaped like a coverage.py report (top-level keys meta/files/totals) or hold
 * nothing to cut: then parse the text as usual.
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
  let size = bytes.length - from;
  for (let k = 0; k < cuts.length; k += 2)
    size -= (cuts[k + 1] as number) - (cuts[k] as number) - 2;
  const kept = Buffer.allocUnsafe(size);
  let at = 0;
  let last = from;
  for (let k = 0; k < cuts.length; k += 2) {
    at = copyInto(kept, at, bytes, last, cuts[k] as number);
    kept[at++] = 0x7b;
    kept[at++] = 0x7d;
    last = cuts[k + 1] as number;
  }
  copyInto(kept, at, bytes, last, bytes.length);
  try {
    return JSON.parse(kept.toString('utf8'));
  } catch {
    return undefined;
  }
}
