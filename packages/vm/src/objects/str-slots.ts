/**
 * The slots of `str`: repr, str, hash, comparison in code point order, length, indexing and
 * slicing by code point, `in`, iteration (`str_iterator`), concatenation, repetition, `%` and
 * `str()` itself (`unicode_new`, decoding bytes). Mirrors CPython 3.8 Objects/unicodeobject.c
 * (`unicode_repr`, `unicode_hash`, `PyUnicode_RichCompare`, `unicode_subscript`,
 * `PyUnicode_Contains`, `PyUnicode_Concat`, `unicode_repeat`, `unicode_mod`, `unicode_new`,
 * `unicodeiter_*`).
 * @module
 */
import { parseTupleAndKeywords } from '../runtime/clinic-args.ts';
import { repeatOverflows, setConcatAdd } from '../runtime/abstract-number.ts';
import { isSqRepeatSlot, sqRepeatSlot } from './sequence-slots.ts';
import { tpName } from '../runtime/type-name.ts';
import { str as objectStr } from '../runtime/abstract-object.ts';
import { staticType } from '../runtime/core-types.ts';
import { noMemoryError, typeError, indexError, overflowError } from '../runtime/errors.ts';
import { allocateAddress, allocateGeneric } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { strRepr } from '../repr/str-repr.ts';
import { PyBytes } from './bytes.ts';
import { PyByteArray } from './bytearray.ts';
import { contiguousViewBytes } from './memoryview.ts';
import { newBool, newInt } from './int.ts';
import { newNotImplemented, NotImplemented } from './singletons.ts';
import { PyStr, concatStr, newStr, newStrPiece, strType } from './str.ts';
import { asSsize, asSlice, isIndexable, sliceRange, unitOffset } from './str-methods-util.ts';
import { percentFormatStr } from './str-format.ts';
import { cStringArg, decodeEncodedObject } from './codec-call.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

/** A new reference to `s` when it is an exact str, else an exact copy (`unicode_result_unchanged`). */
export function exactStr(s: PyStr): PyStr {
  return s.type === strType ? incref(s) : newStr(s.value);
}

/** Compares two str values in code point order (`unicode_compare`): -1, 0 or 1. */
export function compareText(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
  let ca = a.charCodeAt(i);
  let cb = b.charCodeAt(i);
  if (ca >= 0xd800 || cb >= 0xd800) {
    // Step back onto a shared high surrogate so whole code points are compared.
    if (i > 0 && (ca & 0xfc00) === 0xdc00 && (a.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
    ca = a.codePointAt(i) ?? 0;
    cb = b.codePointAt(i) ?? 0;
  }
  return ca < cb ? -1 : 1;
}

strType.repr = (self) => newStr(strRepr((self as PyStr).value));
strType.str = (self) => exactStr(self as PyStr);
strType.hash = (self) => (self as PyStr).hashValue;
strType.length = (self) => (self as PyStr).length;

strType.richcompare = (a, b, op) => {
  if (!(a instanceof PyStr) || !(b instanceof PyStr)) return newNotImplemented();
  if (op === 2 || op === 3) return newBool((a.value === b.value) === (op === 2));
  const c = compareText(a.value, b.value);
  const r = op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 4 ? c > 0 : c >= 0;
  return newBool(r);
};

/** The code point at index `i` (already checked to be in range). */
function charAt(s: PyStr, i: number): PyStr {
  if (s.isBmpOnly) return newStr(s.value.charAt(i));
  const u = unitOffset(s, i);
  return newStr(String.fromCodePoint(s.value.codePointAt(u) ?? 0));
}

/** `s[start:stop:step]` by code point: a new reference. */
export function strSlice(s: PyStr, start: number, step: number, count: number): PyStr {
  if (count <= 0) return newStr('');
  if (step === 1 && start === 0 && count === s.length) return exactStr(s);
  if (step === 1) {
    if (s.isBmpOnly) return newStrPiece(s, s.value.slice(start, start + count));
    return newStr(s.value.slice(unitOffset(s, start), unitOffset(s, start + count)));
  }
  const cps = s.isBmpOnly ? null : Array.from(s.value);
  let out = '';
  for (let k = 0, i = start; k < count; k++, i += step) out += cps === null ? s.value.charAt(i) : (cps[i] ?? '');
  return newStr(out);
}

strType.getitem = (self, key) => {
  const s = self as PyStr;
  if (isIndexable(key)) {
    let i = asSsize(key, 'index');
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) throw indexError('string index out of range');
    return charAt(s, i);
  }
  const slice = asSlice(key);
  if (slice !== null) {
    const r = sliceRange(slice, s.length);
    return strSlice(s, r.start, r.step, r.count);
  }
  throw typeError('string indices must be integers');
};

strType.contains = (self, item) => {
  if (!(item instanceof PyStr)) throw typeError(`'in <string>' requires string as left operand, not ${tpName(item.type)}`);
  return (self as PyStr).value.includes(item.value);
};

setConcatAdd(strType, (a, b) => {
  if (!(a instanceof PyStr)) return newNotImplemented();
  if (!(b instanceof PyStr)) {
    throw typeError(`can only concatenate str (not "${tpName(b.type)}") to str`);
  }
  if (a.value.length === 0) return exactStr(b);
  if (b.value.length === 0) return exactStr(a);
  checkSize(a.value.length + b.value.length, 'strings are too large to concat');
  return concatStr(a, b);
});

/** Raises OverflowError past `Py_ssize_t`, MemoryError (no arguments, as a failed allocation's) past what a JS string can hold. */
export function checkSize(units: number, overflow: string): void {
  if (units > 2 ** 63 - 1) throw overflowError(overflow);
  if (units > 0x1fff_ffe8) throw noMemoryError();
}

/** `str * n` and `n * str` (`unicode_repeat` through `sequence_repeat`). */
export function repeatSlot(isSelf: (o: PyObject) => boolean, repeat: (seq: PyObject, n: number) => PyObject, selfSlot: () => PyType['nb']['multiply']): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => {
    const seq = isSelf(a) ? a : isSelf(b) ? b : null;
    if (seq === null) return newNotImplemented();
    const n = seq === a ? b : a;
    if (!isIndexable(n)) {
      if (seq === a) {
        const other = b.type.nb.multiply;
        // Only a real `nb_multiply` of the right operand runs first; a sequence's repetition does not.
        if (other !== undefined && other !== selfSlot() && !isSqRepeatSlot(other)) {
          const r = other(a, b);
          if (r !== NotImplemented) return r;
          decref(r);
        }
      }
      throw typeError(`can't multiply sequence by non-int of type '${tpName(n.type)}'`);
    }
    return repeat(seq, asSsize(n, 'overflow'));
  };
}

strType.nb.multiply = sqRepeatSlot(repeatSlot(
  (o) => o instanceof PyStr,
  (seq, n) => {
    const s = seq as PyStr;
    if (n < 1 || s.value.length === 0) return newStr('');
    if (n === 1) return exactStr(s);
    // Py_ssize_t bounds the count of code points (an astral one is two JS units but one character).
    if (repeatOverflows(s.length, n)) throw overflowError('repeated string is too long');
    checkSize(Math.min(s.value.length * n, 2 ** 63 - 1), 'repeated string is too long');
    return newStr(s.value.repeat(n));
  },
  () => strType.nb.multiply,
));

strType.nb.remainder = (a, b) => {
  if (!(a instanceof PyStr)) return newNotImplemented();
  return percentFormatStr(a, b);
};

/** A str (or str subclass instance) with this text: a new reference. */
export function newStrOfType(type: PyType, value: string): PyStr {
  if (type === strType) return newStr(value);
  // `unicode_subtype_new`: the object (`tp_alloc(type, 0)`); its characters are a buffer of their own.
  const s = new PyStr(type, value, allocateGeneric(type, 0));
  if (type.isHeapType) incref(type);
  return s;
}

/** `str(bytes, encoding, errors)` (`PyUnicode_FromEncodedObject`). */
export function decodeToStr(obj: PyObject, encoding: PyObject | undefined, errors: PyObject | undefined): string {
  const enc = encoding === undefined ? 'utf-8' : argText(encoding, 2);
  const err = errors === undefined ? 'strict' : argText(errors, 3);
  if (obj instanceof PyStr) throw typeError('decoding str is not supported');
  // Any buffer exporter decodes: bytes, bytearray, memoryview.
  const data = obj instanceof PyBytes || obj instanceof PyByteArray ? obj.value : contiguousViewBytes(obj);
  if (data === null) throw typeError(`decoding to str: need a bytes-like object, ${tpName(obj.type)} found`);
  return decodeEncodedObject(data, enc, err);
}

/** An `s` argument of `str()` (`PyArg_ParseTupleAndKeywords` "|Oss:str" numbers it even when named). */
function argText(o: PyObject, position: number): string {
  if (!(o instanceof PyStr)) throw typeError(`str() argument ${position} must be str, not ${argTypeName(o)}`);
  return cStringArg(o);
}

strType.new = (type, args, kwnames) => {
  // `PyArg_ParseTupleAndKeywords(..., "|Oss:str", ...)`: each `s` is converted as it is bound.
  const [obj, encoding, errors] = parseTupleAndKeywords('str', args, kwnames, ['object', 'encoding', 'errors'], 0, (i, v) => {
    if (i > 0) argText(v, i + 1);
  });
  let text: string;
  if (obj === undefined) text = '';
  else if (encoding === undefined && errors === undefined) {
    const s = objectStr(obj);
    if (type === strType) return s;
    text = s.value;
    decref(s);
  } else text = decodeToStr(obj, encoding, errors);
  return newStrOfType(type, text);
};

/** `str_iterator`. */
export const strIteratorType: PyType = staticType({ name: 'str_iterator', basicsize: 32, flags: TPFLAGS_HAVE_GC });

/** An iterator over the code points of a str. */
export class PyStrIterator extends PyObject {
  /** The str iterated, owned; null once exhausted. */
  seq: PyStr | null;
  /** The next UTF-16 offset. */
  index = 0;

  constructor(seq: PyStr) {
    super(strIteratorType, allocateAddress(strIteratorType));
    this.seq = incref(seq);
  }
}

strType.iter = (self) => new PyStrIterator(self as PyStr);
strIteratorType.iter = (self) => incref(self);
strIteratorType.iternext = (self) => {
  const it = self as PyStrIterator;
  const seq = it.seq;
  if (seq === null) return null;
  const v = seq.value;
  if (it.index < v.length) {
    const c = v.charCodeAt(it.index);
    if ((c & 0xfc00) === 0xd800 && it.index + 1 < v.length && (v.charCodeAt(it.index + 1) & 0xfc00) === 0xdc00) {
      it.index += 2;
      return newStr(v.slice(it.index - 2, it.index));
    }
    it.index++;
    return newStr(v.charAt(it.index - 1));
  }
  it.seq = null;
  decref(seq);
  return null;
};
strIteratorType.dealloc = (self) => {
  const it = self as PyStrIterator;
  const seq = it.seq;
  it.seq = null;
  xdecref(seq);
  freeObject(self);
};
strIteratorType.traverse = (self, visit) => {
  const seq = (self as PyStrIterator).seq;
  if (seq !== null) visit(seq);
};

addMethods(strIteratorType, [
  {
    name: '__length_hint__',
    kind: 'noargs',
    impl: (self) => {
      const it = self as PyStrIterator;
      const seq = it.seq;
      if (seq === null) return newInt(0);
      return newInt(seq.length - (seq.isBmpOnly ? it.index : Array.from(seq.value.slice(0, it.index)).length));
    },
  },
]);
