/**
 * The strict JSON recogniser's pieces (RFC 8259: strings with their escapes,
 * numbers, literals, whitespace, nesting), for the lean read's walk
 * (fast-json.ts). Each returns the index after what it skipped, or throws
 * Reject where `JSON.parse` would fail; none builds anything.
 */

export const bytesOf = (word: string): Uint8Array => Uint8Array.from(word, (c) => c.charCodeAt(0));

export const TRUE = bytesOf('true');
export const FALSE = bytesOf('false');
export const NULL = bytesOf('null');

export const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export class Reject extends Error {}
export const reject = (): never => {
  throw new Reject();
};

export function equals(b: Uint8Array, start: number, end: number, word: Uint8Array): boolean {
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
export function skipString(b: Uint8Array, start: number): number {
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
export function skipNumber(b: Uint8Array, start: number): number {
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
export function skipIntegerArray(b: Uint8Array, start: number): number {
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

export function skipWhitespace(b: Uint8Array, start: number): number {
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

/** Index after the integer that starts at `start`: -?(0|[1-9]\d*). */
function skipInteger(b: Uint8Array, start: number): number {
  let i = start;
  if (b[i] === 0x2d) i++;
  if (b[i] === 0x30) return i + 1;
  if (!isDigit(b[i])) return reject();
  while (isDigit(b[i])) i++;
  return i;
}

/**
 * Index after the arc list that opens at `start`: `[[int, int], …]`,
 * whitespace allowed. Anything else rejects, and the report is read whole,
 * where the schema check names what is wrong.
 */
export function skipArcList(b: Uint8Array, start: number): number {
  if (b[start] !== 0x5b) return reject();
  let i = skipWhitespace(b, start + 1);
  if (b[i] === 0x5d) return i + 1;
  for (;;) {
    if (b[i] !== 0x5b) return reject();
    i = skipWhitespace(b, skipInteger(b, skipWhitespace(b, i + 1)));
    if (b[i] !== 0x2c) return reject();
    i = skipWhitespace(b, skipInteger(b, skipWhitespace(b, i + 1)));
    if (b[i] !== 0x5d) return reject();
    i = skipWhitespace(b, i + 1);
    if (b[i] === 0x5d) return i + 1;
    if (b[i] !== 0x2c) return reject();
    i = skipWhitespace(b, i + 1);
  }
}

/**
 * Index after the object that opens at `start`, a value to be cut: the same
 * grammar as the walk checks, without its bookkeeping of roles, since
 * nothing inside is cut or kept. Most of a report with contexts is here.
 */
export function skipCutValue(b: Uint8Array, start: number): number {
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
