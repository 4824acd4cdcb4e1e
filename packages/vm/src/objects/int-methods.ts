/**
 * The methods and attributes of `int` (and so of `bool`): `bit_length`, `conjugate`,
 * `as_integer_ratio`, `to_bytes`, `from_bytes`, `__round__`, `__trunc__`, `__floor__`, `__ceil__`,
 * `__format__`, `__getnewargs__`, and `real`, `imag`, `numerator`, `denominator`. Mirrors CPython
 * 3.8 Objects/longobject.c `long_methods` and `long_getset`.
 * @module
 */
import { intMaxStrDigits } from './number-parse.ts';
import { formatInt } from '../format/format-int.ts';
import { isFormatError } from '../format/format-error.ts';
import { bitLength } from '../numeric/int-arith.ts';
import { asSsize, raiseNumeric, ssizeArg, toFloat } from '../runtime/abstract-number.ts';
import { str } from '../runtime/abstract-object.ts';
import { callObject } from '../runtime/call.ts';
import { noMemoryError, overflowError, typeError, valueError } from '../runtime/errors.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { addClassMethods, addGetSets, addMethods, orderMethods } from '../runtime/type-defs.ts';
import { bytesFromObject } from './bytes-slots.ts';
import { PyBytes, newFreshBytes } from './bytes.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { intType, newInt } from './int.ts';
import { big, intExact, intValueOf } from './int-slots.ts';
import { PyStr, newStr } from './str.ts';
import type { PyFloat } from './float.ts';
import { newTupleStealing } from './tuple.ts';
import { parseArgs } from '../runtime/clinic-args.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';
import { sizeOf } from './object-type.ts';

/** Unpacks `(name0, name1, *, signed=False)` arguments (Argument Clinic's messages). */
function unpackBytesArgs(fname: string, names: readonly [string, string], args: readonly PyObject[], kwnames: readonly string[] | null): [PyObject, PyObject, boolean] {
  const [a, b, signed] = parseArgs(fname, args, kwnames, [...names, 'signed'], 2, 0, 2);
  return [a as PyObject, b as PyObject, signed !== undefined && isTrue(signed)];
}

function littleEndian(fname: string, byteorder: PyObject): boolean {
  if (!(byteorder instanceof PyStr)) throw typeError(`${fname}() argument 'byteorder' must be str, not ${argTypeName(byteorder)}`);
  if (byteorder.value === 'little') return true;
  if (byteorder.value === 'big') return false;
  throw valueError("byteorder must be either 'little' or 'big'");
}

/** The longest bytes object corosim makes (a JS typed array's limit is near): longer is MemoryError. */
const MAX_BYTES = 0x7fff_ffff;

/** `int.to_bytes(length, byteorder, *, signed=False)`. */
function toBytes(self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const [lengthObj, order, signed] = unpackBytesArgs('to_bytes', ['length', 'byteorder'], args, kwnames);
  const length = ssizeArg(lengthObj);
  const little = littleEndian('to_bytes', order);
  if (length < 0) throw valueError('length argument must be non-negative');
  let v = big(intValueOf(self));
  if (v < 0n && !signed) throw overflowError("can't convert negative int to unsigned");
  // The bits the value needs (with a sign bit when signed) against the bits asked for, without
  // building 2**bits for a length far beyond the value.
  const needed = BigInt(bitLength(v < 0n ? -v - 1n : v)) + (signed ? 1n : 0n);
  const bits = BigInt(length) * 8n;
  // `_PyLong_AsByteArray` stores no sign byte for -1 (all sign bits) and checks for a sign bit only
  // when it wrote a byte, so -1 fits in zero bytes; 0 does too.
  if (needed > bits && v !== 0n && !(v === -1n && length === 0)) throw overflowError('int too big to convert');
  if (length > MAX_BYTES) throw noMemoryError();
  if (v < 0n) v += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  // `int_to_bytes_impl` fills `PyBytes_FromStringAndSize(NULL, length)`.
  return newFreshBytes(out);
}

/** `int.from_bytes(bytes, byteorder, *, signed=False)`: a classmethod. */
function fromBytes(cls: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const [data, order, signed] = unpackBytesArgs('from_bytes', ['bytes', 'byteorder'], args, kwnames);
  const little = littleEndian('from_bytes', order);
  // `PyObject_Bytes` without a `__bytes__`: `PyBytes_FromObject`, which has no int case.
  const bytes = data instanceof PyBytes ? data.value : bytesFromObject(data);
  let v = 0n;
  for (let i = 0; i < bytes.length; i++) v = (v << 8n) | BigInt(bytes[little ? bytes.length - 1 - i : i] ?? 0);
  if (signed && bytes.length > 0 && v >= 1n << (BigInt(bytes.length) * 8n - 1n)) v -= 1n << (BigInt(bytes.length) * 8n);
  const result = newInt(v);
  if (cls === intType) return result;
  try {
    return callObject(cls, [result]);
  } finally {
    decref(result);
  }
}

/** `int.__round__(ndigits)`: rounds to a multiple of 10**-ndigits, ties to even. */
function roundInt(self: PyObject, args: readonly PyObject[]): PyObject {
  // `PyArg_ParseTuple(args, "|O", ...)` with no function name.
  if (args.length > 1) throw typeError(`function takes at most 1 argument (${args.length} given)`);
  const o = args[0];
  if (o === undefined) return intExact(self);
  const nd = asSsize(o, null);
  if (nd >= 0) return intExact(self);
  const a = big(intValueOf(self));
  const digits = (a < 0n ? -a : a).toString().length;
  if (-nd > digits + 1) return newInt(0);
  const b = 10n ** BigInt(-nd);
  let q = a / b;
  let r = a % b;
  if (r !== 0n && r < 0n) {
    r += b;
    q -= 1n;
  }
  if (2n * r > b || (2n * r === b && (q & 1n) === 1n)) r -= b;
  return newInt(a - r);
}

/** `int.__format__(format_spec)`. */
function formatMethod(self: PyObject, args: readonly PyObject[]): PyObject {
  const spec = args[0];
  if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${spec === undefined ? 'NoneType' : argTypeName(spec)}`);
  if (spec.value === '') return str(self);
  // _PyLong_FormatAdvancedWriter formats `e f g %` through PyNumber_Float(self): a subclass's own
  // __float__ gives the number.
  const floatOf = self.type.nbFloat === intType.nbFloat ? undefined : () => floatValue(self);
  const r = formatInt(big(intValueOf(self)), spec.value, self.type.name, intMaxStrDigits(), floatOf);
  if (isFormatError(r)) throw raiseNumeric(r);
  return newStr(r);
}

/** `PyNumber_Float(o)`'s value. */
function floatValue(o: PyObject): number {
  const f = toFloat(o) as PyFloat;
  const x = f.value;
  decref(f);
  return x;
}

addMethods(intType, [
  { name: 'conjugate', kind: 'noargs', impl: intExact },
  { name: 'bit_length', kind: 'noargs', impl: (self) => newInt(bitLength(big(intValueOf(self)))) },
  { name: 'to_bytes', kind: 'fastkw', impl: toBytes },
  { name: 'as_integer_ratio', kind: 'noargs', impl: (self) => newTupleStealing([intExact(self), newInt(1)]) },
  { name: '__trunc__', kind: 'noargs', impl: intExact },
  { name: '__floor__', kind: 'noargs', impl: intExact },
  { name: '__ceil__', kind: 'noargs', impl: intExact },
  { name: '__round__', kind: 'fast', impl: roundInt },
  { name: '__getnewargs__', kind: 'noargs', impl: (self) => newTupleStealing([newInt(intValueOf(self))]) },
  { name: '__format__', kind: 'o', impl: formatMethod },
  { name: '__sizeof__', kind: 'noargs', impl: (self) => sizeOf(self) },
]);
addClassMethods(intType, [{ name: 'from_bytes', kind: 'fastkw', impl: fromBytes }]);
addGetSets(intType, [
  { name: 'real', get: intExact },
  { name: 'imag', get: () => newInt(0) },
  { name: 'numerator', get: intExact },
  { name: 'denominator', get: () => newInt(1) },
]);

export { fromBytes as intFromBytesMethod, roundInt as intRoundMethod, toBytes as intToBytesMethod };

// `int`'s `tp_methods` order, which `vars(int)` shows.
orderMethods(intType, `conjugate bit_length to_bytes from_bytes as_integer_ratio __trunc__
  __floor__ __ceil__ __round__ __getnewargs__ __format__ __sizeof__`);
