/**
 * The methods and attributes of `float`: `is_integer`, `as_integer_ratio`, `hex`, `fromhex`,
 * `conjugate`, `__trunc__`, `__round__` (correctly rounded through the exact decimal value, ties to
 * even, as `_Py_dg_dtoa` mode 3 does), `__format__`, `__getnewargs__`, `real`, `imag`. Mirrors
 * CPython 3.8 Objects/floatobject.c `float_methods`, `double_round`, `float_hex`,
 * `float_fromhex`, `float_as_integer_ratio_impl`.
 * @module
 */
import { formatFloat } from '../format/format-float.ts';
import { isFormatError } from '../format/format-error.ts';
import { decompose, roundScaled } from '../numeric/float-bits.ts';
import { bitLength } from '../numeric/int-arith.ts';
import { floatRepr } from '../repr/float-repr.ts';
import { asSsize, raiseNumeric } from '../runtime/abstract-number.ts';
import { str } from '../runtime/abstract-object.ts';
import { callObject } from '../runtime/call.ts';
import { overflowError, typeError, valueError } from '../runtime/errors.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { addClassMethods, addGetSets, addMethods, orderMethods } from '../runtime/type-defs.ts';
import { floatType, newFloat } from './float.ts';
import { getFormatMethod, setFormatMethod } from './float-format.ts';
import { floatExact, floatTrunc, floatValueOf, intValueFromDouble } from './float-slots.ts';
import { newBool, newInt } from './int.ts';
import { None } from './singletons.ts';
import { parseDoublePrefix } from './number-parse.ts';
import { PyStr, newStr } from './str.ts';
import { newTupleStealing } from './tuple.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

const NDIGITS_MAX = Math.trunc((53 - -1021) * 0.30103);
const NDIGITS_MIN = -Math.trunc((1024 + 1) * 0.30103);

/** `double_round(x, ndigits)` for finite, non-zero `x`. */
export function doubleRound(x: number, ndigits: number): number {
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0.0 * x;
  const negative = x < 0;
  const { m, e } = decompose(x);
  // |x| * 10**ndigits = num / den exactly.
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (ndigits >= 0) num *= 10n ** BigInt(ndigits);
  else den *= 10n ** BigInt(-ndigits);
  let q = num / den;
  const r2 = 2n * (num % den);
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  const y = Number(`${q}e${-ndigits}`);
  if (!Number.isFinite(y)) throw overflowError('rounded value too large to represent');
  return negative ? -y : y;
}

/** `float.__round__(ndigits=None)`. */
function roundMethod(self: PyObject, args: readonly PyObject[]): PyObject {
  if (args.length > 1) throw typeError(`__round__ expected at most 1 argument, got ${args.length}`);
  const x = floatValueOf(self);
  const o = args[0];
  if (o === undefined || o === None) {
    let rounded = Math.sign(x) * Math.round(Math.abs(x)); // C round(): halves away from zero
    if (Math.abs(x - rounded) === 0.5) rounded = 2.0 * Math.sign(x) * Math.round(Math.abs(x) / 2.0);
    return newInt(intValueFromDouble(rounded));
  }
  const nd = asSsize(o, null);
  if (!Number.isFinite(x) || x === 0) return newFloat(x);
  return newFloat(doubleRound(x, nd));
}

/** `float.as_integer_ratio()`. */
function asIntegerRatio(self: PyObject): PyObject {
  const x = floatValueOf(self);
  if (Number.isNaN(x)) throw valueError('cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw overflowError('cannot convert Infinity to integer ratio');
  const { m, e } = decompose(x);
  const sign = x < 0 ? -1n : 1n;
  if (e >= 0) return newTupleStealing([newInt(sign * (m << BigInt(e))), newInt(1)]);
  return newTupleStealing([newInt(sign * m), newInt(1n << BigInt(-e))]);
}

/** `float.hex()`. */
export function floatHex(x: number): string {
  if (!Number.isFinite(x)) return floatRepr(x);
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, '0');
  const sign = x < 0 ? '-' : '';
  if (biased === 0) return `${sign}0x0.${frac}p-1022`;
  const exp = biased - 1023;
  return `${sign}0x1.${frac}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

const INVALID_HEX = 'invalid hexadecimal floating-point string';

/** `float.fromhex(s)` as a double. */
export function floatFromHex(text: string): number {
  const isSpace = (c: string | undefined): boolean => c !== undefined && ' \t\n\r\x0b\x0c'.includes(c) && c.length === 1;
  let i = 0;
  while (isSpace(text[i])) i++;
  let end = text.length;
  while (end > i && isSpace(text[end - 1])) end--;
  const s = text.slice(0, end);
  const special = parseDoublePrefix(s, i);
  if (special !== null && special.end === end && /^[+-]?(inf|infinity|nan)$/i.test(s.slice(i))) return special.value;
  let negative = false;
  if (s[i] === '-') {
    negative = true;
    i++;
  } else if (s[i] === '+') i++;
  if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) i += 2;
  const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);
  let digits = '';
  while (isHex(s[i])) digits += s[i++] ?? '';
  let fracDigits = 0;
  if (s[i] === '.') {
    i++;
    while (isHex(s[i])) {
      digits += s[i++] ?? '';
      fracDigits++;
    }
  }
  if (digits.length === 0) throw valueError(INVALID_HEX);
  let exp = 0n;
  if (s[i] === 'p' || s[i] === 'P') {
    i++;
    const m = /^[+-]?[0-9]+/.exec(s.slice(i));
    if (m === null) throw valueError(INVALID_HEX);
    exp = BigInt(m[0]);
    i += m[0].length;
  }
  if (i !== end) throw valueError(INVALID_HEX);
  const mant = BigInt(`0x${digits}`);
  if (mant === 0n) return negative ? -0 : 0;
  const scale = exp - BigInt(4 * fracDigits);
  const top = scale + BigInt(bitLength(mant));
  if (top > 1024n) throw overflowError('hexadecimal value too large to represent as a float');
  const y = top < -1080n ? 0 : roundScaled(mant, false, Number(scale));
  if (!Number.isFinite(y)) throw overflowError('hexadecimal value too large to represent as a float');
  return negative ? -y : y;
}

/** `float.fromhex(s)`: a classmethod; a subclass is called with the float. */
function fromHexMethod(cls: PyObject, args: readonly PyObject[]): PyObject {
  const s = args[0];
  // PyUnicode_AsUTF8AndSize of a non-str: PyErr_BadArgument.
  if (!(s instanceof PyStr)) throw typeError('bad argument type for built-in operation');
  const result = newFloat(floatFromHex(s.value));
  if (cls === floatType) return result;
  try {
    return callObject(cls, [result]);
  } finally {
    decref(result);
  }
}

/** `float.__format__(format_spec)`. */
function formatMethod(self: PyObject, args: readonly PyObject[]): PyObject {
  const spec = args[0];
  if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${spec === undefined ? 'NoneType' : argTypeName(spec)}`);
  if (spec.value === '') return str(self);
  const r = formatFloat(floatValueOf(self), spec.value, self.type.name);
  if (isFormatError(r)) throw raiseNumeric(r);
  return newStr(r);
}

addMethods(floatType, [
  { name: 'conjugate', kind: 'noargs', impl: floatExact },
  { name: '__trunc__', kind: 'noargs', impl: floatTrunc },
  { name: '__round__', kind: 'fast', impl: roundMethod },
  { name: 'as_integer_ratio', kind: 'noargs', impl: asIntegerRatio },
  { name: 'hex', kind: 'noargs', impl: (self) => newStr(floatHex(floatValueOf(self))) },
  {
    name: 'is_integer',
    kind: 'noargs',
    impl: (self) => {
      const x = floatValueOf(self);
      return newBool(Number.isFinite(x) && Math.floor(x) === x);
    },
  },
  { name: '__getnewargs__', kind: 'noargs', impl: (self) => newTupleStealing([newFloat(floatValueOf(self))]) },
  { name: '__format__', kind: 'o', impl: formatMethod },
]);
addClassMethods(floatType, [
  { name: 'fromhex', kind: 'o', impl: fromHexMethod },
  { name: '__getformat__', kind: 'o', impl: getFormatMethod },
  { name: '__set_format__', kind: 'fast', impl: setFormatMethod },
]);
addGetSets(floatType, [
  { name: 'real', get: floatExact },
  { name: 'imag', get: () => newFloat(0) },
]);

export { roundMethod as floatRoundMethod, asIntegerRatio as floatAsIntegerRatio };

// `float`'s `tp_methods` order, which `vars(float)` shows.
orderMethods(floatType, `conjugate __trunc__ __round__ as_integer_ratio fromhex hex is_integer
  __getnewargs__ __getformat__ __set_format__ __format__`);
