/**
 * The pickling support of `str_iterator`, `bytes_iterator` and `bytearray_iterator`:
 * `__reduce__` gives `(iter, (seq,), index)` (`(iter, ('',))`, or `(iter, ((),))` for the bytes
 * kinds, once exhausted), `__setstate__` moves the iterator to an index clipped to the sequence.
 * Mirrors CPython 3.8 Objects/unicodeobject.c `unicodeiter_reduce`/`unicodeiter_setstate`,
 * Objects/bytesobject.c `striter_reduce`/`striter_setstate` and Objects/bytearrayobject.c
 * `bytearrayiter_reduce`/`bytearrayiter_setstate`.
 * @module
 */
import { incref, type PyObject } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import type { NativeDef } from './native-function.ts';
import type { PyBytes } from './bytes.ts';
import type { PyByteArray } from './bytearray.ts';
import { bytearrayIteratorType } from './bytearray-slots.ts';
import { bytesIteratorType } from './bytes-slots.ts';
import { reduceValue, ssizeState } from './seq-iter.ts';
import { newNone } from './singletons.ts';
import { newStr } from './str.ts';
import { strIteratorType, type PyStrIterator } from './str-slots.ts';
import { emptyTuple } from './tuple.ts';

/** The number of code points in the first `offset` UTF-16 units of `s`. */
function codePointIndex(s: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i++, n++) {
    const c = s.charCodeAt(i);
    if ((c & 0xfc00) === 0xd800 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}

/** The UTF-16 offset of code point `index` of `s` (`index` at most its length in code points). */
function utf16Offset(s: string, index: number): number {
  let i = 0;
  for (let n = 0; n < index && i < s.length; n++) {
    const c = s.charCodeAt(i);
    i += (c & 0xfc00) === 0xd800 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

/** `PyLong_AsSsize_t` of a state, clipped to `[0, len]`. */
function clipped(state: PyObject, len: number): number {
  const index = ssizeState(state);
  return Number(index < 0n ? 0n : index > BigInt(len) ? BigInt(len) : index);
}

const emptyBytesKind = (): PyObject => incref(emptyTuple);

addMethods(strIteratorType, [
  {
    name: '__reduce__', kind: 'noargs', doc: 'Return state information for pickling.',
    impl: (self) => {
      const it = self as PyStrIterator;
      const index = it.seq === null ? 0 : codePointIndex(it.seq.value, it.index);
      return reduceValue('iter', it.seq, index, () => newStr(''));
    },
  },
  {
    name: '__setstate__', kind: 'o', doc: 'Set state information for unpickling.',
    impl: (self, args) => {
      const it = self as PyStrIterator;
      const state = args[0] as PyObject;
      // The state is read even when the iterator is exhausted (its errors show).
      const seq = it.seq;
      const len = seq === null ? 0 : codePointIndex(seq.value, seq.value.length);
      const index = clipped(state, len);
      if (seq !== null) it.index = utf16Offset(seq.value, index);
      return newNone();
    },
  },
]);

/**
 * `striter_reduce`/`striter_setstate` and bytearray's: `iter(seq)` and the index reached, the
 * index restored clipped to [0, len] (`length` of the sequence).
 */
function byteIterMethods(length: (seq: PyObject) => number): NativeDef[] {
  type T = PyObject & { seq: PyObject | null; index: number };
  return [
    // Their docs are each type's own (bytearray_iterator's `__reduce__` has a text signature).
    {
      name: '__reduce__', kind: 'noargs',
      impl: (self) => reduceValue('iter', (self as T).seq, (self as T).index, emptyBytesKind),
    },
    {
      name: '__setstate__', kind: 'o',
      impl: (self, args) => {
        const it = self as T;
        const index = clipped(args[0] as PyObject, it.seq === null ? 0 : length(it.seq));
        if (it.seq !== null) it.index = index;
        return newNone();
      },
    },
  ];
}
addMethods(bytesIteratorType, byteIterMethods((seq) => (seq as PyBytes).value.length));
addMethods(bytearrayIteratorType, byteIterMethods((seq) => (seq as PyByteArray).size));
