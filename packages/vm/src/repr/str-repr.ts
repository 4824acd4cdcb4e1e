/**
 * `repr()` of a str. Mirrors CPython 3.8 Objects/unicodeobject.c `unicode_repr`.
 * @module
 */
import { isPrintable } from './printable.ts';

const HEX = '0123456789abcdef';

/** `\x`, `\u` or `\U` followed by `width` lowercase hex digits of `cp`. */
function hexEscape(prefix: string, cp: number, width: number): string {
  let digits = '';
  for (let shift = (width - 1) * 4; shift >= 0; shift -= 4) digits += HEX[(cp >>> shift) & 0xf] ?? '';
  return prefix + digits;
}

/**
 * Returns the repr of a Python str, quotes included.
 *
 * @remarks
 * **Details**: single quotes unless the text holds a `'` and no `"`; backslash, the chosen quote,
 * tab, newline and carriage return are escaped; other ASCII controls and DEL become `\xhh`;
 * non-ASCII code points stay as they are when printable and otherwise become `\xhh`, `\uhhhh` or
 * `\Uhhhhhhhh` (the shortest that fits).
 *
 * **Gotchas**: `s` is a JS string; surrogate pairs are one code point and lone surrogates (which
 * Python strs may hold) are escaped as `\udxxx`.
 *
 * @param s - the str value
 * @returns the text `repr(s)` gives in Python 3.8
 * @example
 * ```ts
 * strRepr("it's"); // "\"it's\""
 * strRepr('a\u0085'); // "'a\\x85'"
 * ```
 * @see CPython 3.8 Objects/unicodeobject.c unicode_repr
 */
export function strRepr(s: string): string {
  const hasSingle = s.includes("'");
  const quote = hasSingle && !s.includes('"') ? '"' : "'";
  let out = quote;
  // Runs of characters that need no escape are copied in slices: most strings are plain ASCII.
  let runStart = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const unit = s.charCodeAt(i);
    if (unit >= 0x20 && unit < 0x7f && unit !== 0x5c && unit !== quote.charCodeAt(0)) {
      i++;
      continue;
    }
    let cp = unit;
    let width = 1;
    if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < n) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        cp = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
        width = 2;
      }
    }
    const escaped = escapeCodePoint(cp);
    if (escaped !== undefined) {
      out += s.slice(runStart, i) + escaped;
      runStart = i + width;
    }
    i += width;
  }
  return out + s.slice(runStart) + quote;

  function escapeCodePoint(cp: number): string | undefined {
    if (cp === 0x5c) return '\\\\';
    if (cp === quote.charCodeAt(0)) return '\\' + quote;
    if (cp === 0x09) return '\\t';
    if (cp === 0x0a) return '\\n';
    if (cp === 0x0d) return '\\r';
    if (cp < 0x20 || cp === 0x7f) return hexEscape('\\x', cp, 2);
    if (cp < 0x7f || isPrintable(cp)) return undefined;
    if (cp <= 0xff) return hexEscape('\\x', cp, 2);
    if (cp <= 0xffff) return hexEscape('\\u', cp, 4);
    return hexEscape('\\U', cp, 8);
  }
}
