/**
 * Finds the end of a number literal and its tokenizer errors (underscores, bad digits, leading
 * zeros). Mirrors the number part of CPython 3.8 Parser/tokenizer.c `tok_get` and
 * `tok_decimal_tail`; positions of errors follow its `tok_backup` calls exactly.
 * @module
 */

/** Where a number literal ends, or the error and the reading position where it was found. */
export interface NumberScan {
  /** Byte index one past the literal, or the tokenizer position at the error. */
  end: number;
  /** The SyntaxError message, or null. */
  error: string | null;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/**
 * Scans the number literal starting at `pos` (a digit, or a `.` followed by a digit).
 * @param b - The source bytes (every line ends in `\n`, so scanning stops in bounds).
 * @param pos - Index of the literal's first byte.
 * @returns Its end or its error.
 */
export function scanNumber(b: Uint8Array, pos: number): NumberScan {
  let i = pos;
  let c = b[i++] ?? -1;
  const err = (msg: string): NumberScan => ({ end: i, error: msg });
  // decimal tail: digits with single underscores; returns the char after, with i past it
  const decimalTail = (): number | null => {
    for (;;) {
      do c = b[i++] ?? -1;
      while (isDigit(c));
      if (c !== 95) return c;
      c = b[i++] ?? -1;
      if (!isDigit(c)) {
        i--; // tok_backup
        return null;
      }
    }
  };
  const exponentAndImag = (): NumberScan => {
    // c is the char after the mantissa, i is past it
    if (c === 101 || c === 69) {
      const e = i;
      c = b[i++] ?? -1;
      if (c === 43 || c === 45) {
        c = b[i++] ?? -1;
        if (!isDigit(c)) {
          i--;
          return err('invalid decimal literal');
        }
      } else if (!isDigit(c)) {
        i = e - 1;
        return { end: i, error: null };
      }
      const t = decimalTail();
      if (t === null) return err('invalid decimal literal');
      c = t;
    }
    if (c === 106 || c === 74) c = b[i++] ?? -1;
    i--;
    return { end: i, error: null };
  };
  const fraction = (): NumberScan => {
    // c is the char after '.', i past it
    if (isDigit(c)) {
      const t = decimalTail();
      if (t === null) return err('invalid decimal literal');
      c = t;
    }
    return exponentAndImag();
  };
  if (c === 46) {
    c = b[i++] ?? -1;
    return fraction();
  }
  if (c === 48) {
    c = b[i++] ?? -1;
    if (c === 120 || c === 88) {
      c = b[i++] ?? -1;
      do {
        if (c === 95) c = b[i++] ?? -1;
        if (!isHex(c)) {
          i--;
          return err('invalid hexadecimal literal');
        }
        do c = b[i++] ?? -1;
        while (isHex(c));
      } while (c === 95);
      i--;
      return { end: i, error: null };
    }
    if (c === 111 || c === 79 || c === 98 || c === 66) {
      const octal = c === 111 || c === 79;
      const ok = octal ? (d: number) => d >= 48 && d < 56 : (d: number) => d === 48 || d === 49;
      const kind = octal ? 'octal' : 'binary';
      c = b[i++] ?? -1;
      do {
        if (c === 95) c = b[i++] ?? -1;
        if (!ok(c)) {
          i--;
          if (isDigit(c)) return err(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
          return err(`invalid ${kind} literal`);
        }
        do c = b[i++] ?? -1;
        while (ok(c));
      } while (c === 95);
      if (isDigit(c)) return err(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
      i--;
      return { end: i, error: null };
    }
    let nonzero = false;
    for (;;) {
      if (c === 95) {
        c = b[i++] ?? -1;
        if (!isDigit(c)) {
          i--;
          return err('invalid decimal literal');
        }
      }
      if (c !== 48) break;
      c = b[i++] ?? -1;
    }
    if (isDigit(c)) {
      nonzero = true;
      const t = decimalTail();
      if (t === null) return err('invalid decimal literal');
      c = t;
    }
    if (c === 46) {
      c = b[i++] ?? -1;
      return fraction();
    }
    if (c === 101 || c === 69 || c === 106 || c === 74) return exponentAndImag();
    if (nonzero) {
      i--;
      return err('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers');
    }
    i--;
    return { end: i, error: null };
  }
  i--;
  const t = decimalTail();
  if (t === null) return err('invalid decimal literal');
  c = t;
  if (c === 46) {
    c = b[i++] ?? -1;
    return fraction();
  }
  return exponentAndImag();
}
