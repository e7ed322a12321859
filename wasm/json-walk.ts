/**
 * The lean read's walk (src/report/fast-json.ts, src/report/json-walk.ts) in
 * AssemblyScript, compiled to WebAssembly by `npm run build`
 * (scripts/generate-wasm.mjs): a strict JSON recogniser (RFC 8259: strings
 * with every escape, numbers, literals, nesting) that finds, in a coverage.py
 * report, the values of `files.<path>.{contexts,functions,classes}` and
 * writes the report without them (each made `{}`) and with each file's arc
 * lists flat (`[[1, 2], [2, -1]]` becomes `[1, 2, 2, -1]`). It reads the
 * report where the host put it, after `inputStart()`, with zero bytes after
 * it, and writes the kept text over it, from its start: the kept text is
 * never longer than what has been read (a cut value, an object, is at least
 * the two bytes of `{}`; a flattened list only loses brackets), so every
 * write lands on bytes already read and the walk never reads them again;
 * nothing is written before the first cut. Anything JSON.parse would refuse, or a shape that is not a coverage.py
 * report's, traps (`unreachable`): the host then parses the text in full.
 */

/** Deepest nesting the walk follows (deeper documents are parsed in full). */
const DEPTH: i32 = 32768;
/** Per open container of the walk: 1 object, 2 array; its role; and the cut value's own. */
const KINDS: i32 = 0;
const ROLES: i32 = DEPTH;
const OPEN: i32 = 2 * DEPTH;
const STACKS: i32 = 3 * DEPTH;

let stacks: i32 = 0;
/** The write position of the kept text, and how far the input has been copied to it. */
let out: i32 = 0;
let copied: i32 = 0;
/** Values cut and lists flattened by the last walk. */
let spans: i32 = 0;

/** Where the host writes the report: after the static data and the stacks. */
export function inputStart(): i32 {
  stacks = (<i32>__heap_base + 15) & ~15;
  return stacks + STACKS;
}

function at(i: i32): u32 {
  return load<u8>(<usize>i);
}

function fail(): i32 {
  unreachable();
  return -1;
}

function isWhitespace(c: u32): bool {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isDigit(c: u32): bool {
  return c - 0x30 < 10;
}

function isHex(c: u32): bool {
  return c - 0x30 < 10 || (c | 0x20) - 0x61 < 6;
}

function skipWhitespace(start: i32): i32 {
  let i = start;
  // Every whitespace byte is at most a space: one compare for the rest.
  let c = at(i);
  while (c <= 0x20 && isWhitespace(c)) c = at(++i);
  return i;
}

/**
 * Where the first quote, backslash or control character is, from `start`:
 * sixteen bytes at a time. It never reads past the zero bytes after the
 * input: a zero is a control character, so the load that meets the first of
 * them is the last.
 */
function plainEnd(start: i32): i32 {
  let i = start;
  while (true) {
    const chunk = v128.load(<usize>i);
    const special = v128.or(
      v128.or(i8x16.eq(chunk, i8x16.splat(0x22)), i8x16.eq(chunk, i8x16.splat(0x5c))),
      i8x16.lt_u(chunk, i8x16.splat(0x20)),
    );
    const mask = i8x16.bitmask(special);
    if (mask !== 0) return i + ctz(mask);
    i += 16;
  }
}

function skipString(start: i32): i32 {
  let i = start + 1;
  while (true) {
    i = plainEnd(i);
    const c = at(i);
    if (c === 0x22) return i + 1;
    if (c !== 0x5c) return fail(); // a control character, or the end of the input
    const e = at(i + 1);
    if (
      e === 0x22 ||
      e === 0x5c ||
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
      isHex(at(i + 2)) &&
      isHex(at(i + 3)) &&
      isHex(at(i + 4)) &&
      isHex(at(i + 5))
    ) {
      i += 6;
    } else {
      return fail();
    }
  }
}

/** -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)? */
function skipNumber(start: i32): i32 {
  let i = start;
  if (at(i) === 0x2d) i++;
  if (at(i) === 0x30) i++;
  else if (isDigit(at(i))) while (isDigit(at(i))) i++;
  else return fail();
  if (at(i) === 0x2e) {
    i++;
    if (!isDigit(at(i))) return fail();
    while (isDigit(at(i))) i++;
  }
  const e = at(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const sign = at(i);
    if (sign === 0x2b || sign === 0x2d) i++;
    if (!isDigit(at(i))) return fail();
    while (isDigit(at(i))) i++;
  }
  return i;
}

/** -?(0|[1-9]\d*) */
function skipInteger(start: i32): i32 {
  let i = start;
  if (at(i) === 0x2d) i++;
  if (at(i) === 0x30) return i + 1;
  if (!isDigit(at(i))) return fail();
  while (isDigit(at(i))) i++;
  return i;
}

function skipLiteral(start: i32): i32 {
  const c = at(start);
  if (c === 0x74) {
    // true
    if (at(start + 1) === 0x72 && at(start + 2) === 0x75 && at(start + 3) === 0x65)
      return start + 4;
  } else if (c === 0x66) {
    // false
    if (
      at(start + 1) === 0x61 &&
      at(start + 2) === 0x6c &&
      at(start + 3) === 0x73 &&
      at(start + 4) === 0x65
    )
      return start + 5;
  } else if (at(start + 1) === 0x75 && at(start + 2) === 0x6c && at(start + 3) === 0x6c) {
    // null
    return start + 4;
  }
  return fail();
}

/** After the array of integers at `start`, or -1 when it holds anything else. */
function skipIntegerArray(start: i32): i32 {
  let i = skipWhitespace(start + 1);
  let c = at(i);
  if (c === 0x5d) return i + 1;
  while (true) {
    // An integer: -?(0|[1-9][0-9]*).
    if (c === 0x2d) c = at(++i);
    if (c === 0x30) c = at(++i);
    else if (c - 0x31 < 9) {
      do c = at(++i);
      while (c - 0x30 < 10);
    } else return -1;
    // Then a comma, with any whitespace around it, and the next; or the end.
    if (c !== 0x2c) {
      i = skipWhitespace(i);
      c = at(i);
      if (c === 0x5d) return i + 1;
      if (c !== 0x2c) return -1;
    }
    i = skipWhitespace(i + 1);
    c = at(i);
  }
}

/** The value after the key at `start`: the key, `:`, whitespace. */
function skipKey(start: i32): i32 {
  if (at(start) !== 0x22) return fail();
  const colon = skipWhitespace(skipString(start));
  if (at(colon) !== 0x3a) return fail();
  return skipWhitespace(colon + 1);
}

/** `[[int, int], …]` */
function skipArcList(start: i32): i32 {
  if (at(start) !== 0x5b) return fail();
  let i = skipWhitespace(start + 1);
  if (at(i) === 0x5d) return i + 1;
  while (true) {
    if (at(i) !== 0x5b) return fail();
    i = skipWhitespace(skipInteger(skipWhitespace(i + 1)));
    if (at(i) !== 0x2c) return fail();
    i = skipWhitespace(skipInteger(skipWhitespace(i + 1)));
    if (at(i) !== 0x5d) return fail();
    i = skipWhitespace(i + 1);
    if (at(i) === 0x5d) return i + 1;
    if (at(i) !== 0x2c) return fail();
    i = skipWhitespace(i + 1);
  }
}

/** After the object at `start`, a value to be cut: the grammar without the walk's roles. */
function skipCutValue(start: i32): i32 {
  const open = stacks + OPEN;
  let depth = 1;
  store<u8>(<usize>open, 1);
  let i = skipWhitespace(start + 1);
  if (at(i) === 0x7d) return i + 1;
  i = skipKey(i);
  while (true) {
    const c = at(i);
    if (c === 0x22) i = skipString(i);
    else if (c === 0x5b || c === 0x7b) {
      const arrayEnd = c === 0x5b ? skipIntegerArray(i) : -1;
      if (arrayEnd !== -1) i = arrayEnd;
      else {
        const isObject = c === 0x7b;
        i = skipWhitespace(i + 1);
        if (at(i) === (isObject ? 0x7d : 0x5d)) i++;
        else {
          if (depth === DEPTH) return fail();
          store<u8>(<usize>(open + depth++), isObject ? 1 : 2);
          if (isObject) i = skipKey(i);
          continue;
        }
      }
    } else if (c === 0x74 || c === 0x66 || c === 0x6e) i = skipLiteral(i);
    else i = skipNumber(i);
    while (true) {
      i = skipWhitespace(i);
      const kind = at(open + depth - 1);
      const d = at(i);
      if (d === 0x2c) {
        i = skipWhitespace(i + 1);
        if (kind === 1) i = skipKey(i);
        break;
      }
      if (d !== (kind === 1 ? 0x7d : 0x5d)) return fail();
      i++;
      if (--depth === 0) return i;
    }
  }
}

/** Whether the key between `start` and `end` (its quotes excluded) is `word`. */
function isWord(start: i32, end: i32, word: string): bool {
  const length = word.length;
  if (end - start !== length) return false;
  for (let k = 0; k < length; k++) if (at(start + k) !== <u32>word.charCodeAt(k)) return false;
  return true;
}

const OTHER: u32 = 0;
const ROOT: u32 = 1;
const FILES_OBJECT: u32 = 2;
const FILE_ENTRY: u32 = 3;

/** Copies the input up to `to` to the kept text (memory.copy allows the overlap). */
function keepUpTo(to: i32): void {
  if (out !== copied) memory.copy(<usize>out, <usize>copied, <usize>(to - copied));
  out += to - copied;
  copied = to;
}

/** A value cut: `{}` in its place. */
function cutValue(start: i32, end: i32): void {
  keepUpTo(start);
  store<u8>(<usize>out, 0x7b);
  store<u8>(<usize>(out + 1), 0x7d);
  out += 2;
  copied = end;
  spans++;
}

/** An arc list as skipArcList checked it: only its outer brackets stay. */
function flattenList(start: i32, end: i32): void {
  keepUpTo(start);
  let to = out;
  store<u8>(<usize>to, 0x5b);
  to++;
  for (let i = start + 1; i < end - 1; i++) {
    const c = at(i);
    if (c !== 0x5b && c !== 0x5d) {
      store<u8>(<usize>to, c);
      to++;
    }
  }
  store<u8>(<usize>to, 0x5d);
  out = to + 1;
  copied = end;
  spans++;
}

/** How many values the last walk cut and lists it flattened. */
export function spanCount(): i32 {
  return spans;
}

/**
 * Walks the report from `from` (a byte-order mark already skipped) to `end`
 * and writes the kept text over it from `from`; traps on anything
 * unexpected, having written over part of the report by then if it had cut
 * anything. Returns where the kept text ends.
 */
export function lean(from: i32, end: i32): i32 {
  const kinds = stacks + KINDS;
  const roles = stacks + ROLES;
  let depth = 0;
  out = from;
  copied = from;
  spans = 0;
  let i = skipWhitespace(from);
  if (at(i) !== 0x7b) return fail();
  let nextRole = ROOT;
  let cutNext = false;
  let arcsNext = false;
  let atKey = false;
  while (true) {
    if (atKey) {
      atKey = false;
      if (at(i) !== 0x22) return fail();
      const keyEnd = skipString(i);
      const role = at(roles + depth - 1);
      const colon = skipWhitespace(keyEnd);
      if (at(colon) !== 0x3a) return fail();
      const value = skipWhitespace(colon + 1);
      nextRole = OTHER;
      cutNext = false;
      if (role === ROOT) {
        if (isWord(i + 1, keyEnd - 1, 'files')) nextRole = FILES_OBJECT;
        else if (!isWord(i + 1, keyEnd - 1, 'meta') && !isWord(i + 1, keyEnd - 1, 'totals'))
          return fail();
      } else if (role === FILES_OBJECT) {
        nextRole = FILE_ENTRY;
      } else if (role === FILE_ENTRY) {
        if (at(value) === 0x7b)
          cutNext =
            isWord(i + 1, keyEnd - 1, 'contexts') ||
            isWord(i + 1, keyEnd - 1, 'functions') ||
            isWord(i + 1, keyEnd - 1, 'classes');
        else
          arcsNext =
            isWord(i + 1, keyEnd - 1, 'executed_branches') ||
            isWord(i + 1, keyEnd - 1, 'missing_branches');
      }
      i = value;
    }
    const c = at(i);
    const arrayEnd = c === 0x5b && !arcsNext ? skipIntegerArray(i) : -1;
    if (arcsNext) {
      const listEnd = skipArcList(i);
      flattenList(i, listEnd);
      i = listEnd;
      arcsNext = false;
      nextRole = OTHER;
    } else if (arrayEnd !== -1) {
      i = arrayEnd;
      nextRole = OTHER;
      cutNext = false;
    } else if (cutNext) {
      const valueEnd = skipCutValue(i);
      cutValue(i, valueEnd);
      i = valueEnd;
      nextRole = OTHER;
      cutNext = false;
    } else if (c === 0x7b || c === 0x5b) {
      const isObject = c === 0x7b;
      if (depth === DEPTH) return fail();
      store<u8>(<usize>(kinds + depth), isObject ? 1 : 2);
      store<u8>(<usize>(roles + depth), isObject ? nextRole : OTHER);
      depth++;
      nextRole = OTHER;
      cutNext = false;
      i = skipWhitespace(i + 1);
      if (at(i) !== (isObject ? 0x7d : 0x5d)) {
        atKey = isObject;
        continue;
      }
    } else if (c === 0x22) {
      i = skipString(i);
    } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
      i = skipLiteral(i);
    } else {
      i = skipNumber(i);
    }
    while (true) {
      i = skipWhitespace(i);
      if (depth === 0) {
        if (i !== end) return fail(); // bytes after the document
        keepUpTo(end);
        return out;
      }
      const kind = at(kinds + depth - 1);
      const d = at(i);
      if ((d === 0x7d && kind === 1) || (d === 0x5d && kind === 2)) {
        i++;
        depth--;
        continue;
      }
      if (d !== 0x2c) return fail();
      i = skipWhitespace(i + 1);
      atKey = kind === 1;
      break;
    }
  }
}
