/**
 * `hex(sep=<unrepresentable>, bytes_per_sep=1)` of bytes, bytearray and memoryview: the bytes as
 * hexadecimal digits, grouped by `bytes_per_sep` (from the right when positive) with a one-character
 * ASCII separator. Mirrors CPython 3.8 Python/pystrhex.c `_Py_strhex_impl` and the Argument Clinic
 * wrappers of Objects/bytesobject.c, bytearrayobject.c and memoryobject.c.
 * @module
 */
import { length } from '../runtime/abstract-item.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import type { PyObject } from '../runtime/object.ts';
import { PyBytes } from './bytes.ts';
import { intArg } from './list-methods.ts';
import type { NativeDef } from './native-function.ts';
import { PyStr, newStr } from './str.ts';
import { parseKwArgs } from './str-methods-util.ts';

/**
 * The digits of `b`, grouped by `perSep` bytes and joined by `sep`.
 *
 * @param b - the bytes.
 * @param sep - the separator, or null for none.
 * @param perSep - bytes per group; negative groups from the left.
 * @returns the hexadecimal text.
 * @see CPython 3.8 Python/pystrhex.c `_Py_strhex_impl`
 */
export function hexText(b: Uint8Array, sep: string | null, perSep: number): string {
  const hex = Array.from(b, (c) => c.toString(16).padStart(2, '0'));
  if (sep === null || perSep === 0 || b.length === 0) return hex.join('');
  const n = Math.abs(perSep);
  const groups: string[] = [];
  if (perSep > 0) for (let end = hex.length; end > 0; end -= n) groups.unshift(hex.slice(Math.max(0, end - n), end).join(''));
  else for (let start = 0; start < hex.length; start += n) groups.push(hex.slice(start, start + n).join(''));
  return groups.join(sep);
}

/** The separator's one character: its length first (`PyObject_Length`), then str or bytes, then ASCII. */
function sepChar(sep: PyObject): string {
  if (length(sep) !== 1) throw valueError('sep must be length 1.');
  let code: number;
  if (sep instanceof PyStr) code = sep.value.codePointAt(0) ?? 0;
  else if (sep instanceof PyBytes) code = sep.value[0] ?? 0;
  else throw typeError('sep must be str or bytes.');
  if (code > 0x7f) throw valueError('sep must be ASCII.');
  return String.fromCharCode(code);
}

/**
 * The `hex` method over the bytes `bytesOf` reads from the receiver.
 *
 * @param bytesOf - the receiver's bytes.
 * @returns the method definition.
 */
export function hexDef(bytesOf: (self: PyObject) => Uint8Array): NativeDef {
  return {
    name: 'hex',
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [sepArg, perArg] = parseKwArgs('hex', args, kwnames, ['sep', 'bytes_per_sep']);
      // The clinic converts bytes_per_sep (an `int`) before `_Py_strhex_impl` looks at sep.
      const per = perArg === undefined ? 1 : intArg(perArg);
      const sep = sepArg === undefined ? null : sepChar(sepArg);
      return newStr(hexText(bytesOf(self), sep, per));
    },
  };
}
