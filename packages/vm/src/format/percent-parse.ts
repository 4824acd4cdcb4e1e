/**
 * Splits a printf-style format string (`str % args`) into literal chunks and conversion specs
 * `%[(key)][flags][width|*][.precision|*][hlL]conv`. Mirrors the parsing half of CPython 3.8
 * Objects/unicodeobject.c `PyUnicode_Format` and `unicode_format_arg_parse`; the runtime drives
 * the loop over the arguments.
 * @module
 */
import { formatError, type FormatError } from './format-error.ts';

/** The flags of a conversion spec (`F_LJUST`, `F_SIGN`, `F_BLANK`, `F_ALT`, `F_ZERO`). */
export interface PercentFlags {
  /** `-`: pad on the right. */
  readonly ljust: boolean;
  /** `+`: always write a sign. */
  readonly sign: boolean;
  /** a space: a space before non-negative numbers. */
  readonly blank: boolean;
  /** `#`: alternate form. */
  readonly alt: boolean;
  /** `0`: pad numbers with zeros. */
  readonly zero: boolean;
}

/** One `%` conversion of a format string. */
export interface PercentSpec {
  readonly kind: 'conversion';
  /** The conversion started with `(`: the arguments must be a mapping (else TypeError "format requires a mapping"). */
  readonly mapping: boolean;
  /** The mapping key between the parentheses, when it was complete. */
  readonly key?: string;
  readonly flags: PercentFlags;
  /** The width, `'*'` to take it from the next argument, -1 when absent. */
  readonly width: number | '*';
  /** The precision, `'*'` to take it from the next argument, -1 when absent. */
  readonly precision: number | '*';
  /** The conversion character (one code point), `''` when the string ended first. */
  readonly conversion: string;
  /** The code point index of the conversion character, for "unsupported format character". */
  readonly index: number;
  /**
   * A parse error. The runtime raises it after fetching the key's value and the `'*'` arguments
   * this spec names (the parser stops at the error, so only those it reached are named).
   */
  readonly error?: FormatError;
}

/** A literal chunk of the format string (`%%` gives `'%'`). */
export interface PercentLiteral {
  readonly kind: 'literal';
  readonly text: string;
}

/** What {@link tokenizePercentFormat} yields. */
export type PercentToken = PercentLiteral | PercentSpec;

const INT_MAX = 2147483647n;
const SSIZE_MAX = 2n ** 63n - 1n;
const isDigit = (c: string | undefined): c is string => c !== undefined && c >= '0' && c <= '9';

/** Parses the conversion whose `%` is just before `start`; returns it and where parsing stopped. */
function parseConversion(cps: readonly string[], start: number): { spec: PercentSpec; next: number } {
  let pos = start;
  const flags = { ljust: false, sign: false, blank: false, alt: false, zero: false };
  let width: number | '*' = -1;
  let precision: number | '*' = -1;
  const done = (error?: string, key?: string): { spec: PercentSpec; next: number } => {
    const base = { kind: 'conversion' as const, mapping: cps[start] === '(', flags, width, precision };
    const conversion = error === undefined ? (cps[pos - 1] ?? '') : '';
    const withKey = key === undefined ? base : { ...base, key };
    const spec = error === undefined ? { ...withKey, conversion, index: pos - 1 } : { ...withKey, conversion, index: pos - 1, error: formatError('ValueError', error) };
    return { spec, next: pos };
  };
  let key: string | undefined;
  if (cps[pos] === '(') {
    pos += 1;
    const keyStart = pos;
    let depth = 1;
    while (depth > 0 && pos < cps.length) {
      const c = cps[pos];
      if (c === ')') depth -= 1;
      else if (c === '(') depth += 1;
      pos += 1;
    }
    if (depth > 0) return done('incomplete format key');
    key = cps.slice(keyStart, pos - 1).join('');
  }
  let ch = cps[pos];
  while (ch === '-' || ch === '+' || ch === ' ' || ch === '#' || ch === '0') {
    if (ch === '-') flags.ljust = true;
    else if (ch === '+') flags.sign = true;
    else if (ch === ' ') flags.blank = true;
    else if (ch === '#') flags.alt = true;
    else flags.zero = true;
    pos += 1;
    ch = cps[pos];
  }
  if (ch === '*') {
    width = '*';
    pos += 1;
    ch = cps[pos];
  } else if (isDigit(ch)) {
    let w = 0n;
    while (isDigit(ch)) {
      const d = BigInt(ch.charCodeAt(0) - 48);
      if (w > (SSIZE_MAX - d) / 10n) return done('width too big', key);
      w = w * 10n + d;
      pos += 1;
      ch = cps[pos];
    }
    width = Number(w);
  }
  if (ch === '.') {
    precision = 0;
    pos += 1;
    ch = cps[pos];
    if (ch === '*') {
      precision = '*';
      pos += 1;
      ch = cps[pos];
    } else if (isDigit(ch)) {
      let p = 0n;
      while (isDigit(ch)) {
        const d = BigInt(ch.charCodeAt(0) - 48);
        if (p > (INT_MAX - d) / 10n) return done('precision too big', key);
        p = p * 10n + d;
        pos += 1;
        ch = cps[pos];
      }
      precision = Number(p);
    }
  }
  if (ch === 'h' || ch === 'l' || ch === 'L') {
    pos += 1;
    ch = cps[pos];
  }
  if (ch === undefined) return done('incomplete format', key);
  pos += 1;
  return done(undefined, key);
}

/**
 * Splits a printf-style format string into literal chunks and conversion specs.
 *
 * @remarks
 * The runtime walks the tokens in order: it writes literals; for a conversion it checks the
 * mapping (`mapping`), looks up `key`, fetches the `'*'` width and precision, raises `error` if
 * any, fetches the value, checks the conversion with {@link percentUnsupported}, and formats.
 * Tokens stop after the first one with an `error`.
 *
 * @param format - the format string
 * @returns the tokens
 * @example
 * ```ts
 * tokenizePercentFormat('a%-5d%%'); // [literal 'a', conversion d (ljust, width 5), literal '%']
 * ```
 * @see CPython 3.8 Objects/unicodeobject.c PyUnicode_Format, unicode_format_arg_parse
 */
export function tokenizePercentFormat(format: string): readonly PercentToken[] {
  const cached = parsedFormats.get(format);
  if (cached !== undefined) return cached;
  const tokens = tokenize(format);
  if (format.length <= CACHED_FORMAT_LENGTH) {
    if (parsedFormats.size >= CACHED_FORMATS) parsedFormats.clear();
    parsedFormats.set(format, tokens);
  }
  return tokens;
}

/** Format strings up to this long keep their tokens (a program formats with few, again and again). */
const CACHED_FORMAT_LENGTH = 256;
/** How many format strings keep their tokens; all are forgotten when one more comes. */
const CACHED_FORMATS = 512;
/** The tokens of the format strings seen last (never changed once made). */
const parsedFormats = new Map<string, readonly PercentToken[]>();

function tokenize(format: string): PercentToken[] {
  const cps = Array.from(format);
  const tokens: PercentToken[] = [];
  let literal = '';
  let pos = 0;
  while (pos < cps.length) {
    const c = cps[pos] ?? '';
    if (c !== '%') {
      literal += c;
      pos += 1;
      continue;
    }
    if (cps[pos + 1] === '%') {
      literal += '%';
      pos += 2;
      continue;
    }
    if (literal !== '') tokens.push({ kind: 'literal', text: literal });
    literal = '';
    const { spec, next } = parseConversion(cps, pos + 1);
    tokens.push(spec);
    if (spec.error !== undefined) return tokens;
    pos = next;
  }
  if (literal !== '') tokens.push({ kind: 'literal', text: literal });
  return tokens;
}

/**
 * The error for a conversion character `%` formatting does not know, or null when it knows it.
 * CPython checks after fetching the argument.
 *
 * @param spec - a conversion spec without parse error
 * @returns the ValueError "unsupported format character ..." or null
 */
export function percentUnsupported(spec: PercentSpec): FormatError | null {
  if ('sradiuoxXeEfFgGc'.includes(spec.conversion) && spec.conversion.length === 1) return null;
  const cp = spec.conversion.codePointAt(0) ?? 0;
  const shown = cp >= 31 && cp <= 126 ? spec.conversion : '?';
  return formatError('ValueError', `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${spec.index}`);
}
