/**
 * `repr()` of a bytes object. Mirrors CPython 3.8 Objects/bytesobject.c `PyBytes_Repr`.
 * @module
 */

const HEX = '0123456789abcdef';

/**
 * Returns the repr of a Python bytes object, `b` prefix and quotes included.
 *
 * @remarks
 * Single quotes unless the bytes hold a `'` and no `"` ("smart quotes"); backslash, the quote,
 * tab, newline and carriage return are escaped; every other byte below 0x20 or from 0x7f up is
 * `\xhh`.
 *
 * @param data - the bytes
 * @returns the text `repr(data)` gives in Python 3.8
 * @example
 * ```ts
 * bytesRepr(new Uint8Array([0x61, 0x0a, 0xff])); // "b'a\\n\\xff'"
 * ```
 * @see CPython 3.8 Objects/bytesobject.c PyBytes_Repr
 */
export function bytesRepr(data: Uint8Array): string {
  const quote = data.includes(0x27) && !data.includes(0x22) ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of data) {
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + (HEX[c >> 4] ?? '') + (HEX[c & 0xf] ?? '');
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}
