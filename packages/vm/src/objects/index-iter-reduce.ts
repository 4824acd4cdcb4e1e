/**
 * Pickling support shared by the iterators that walk a sequence by index (str, bytes and
 * bytearray iterators): `__reduce__` as `iter(seq)` plus the index, or `iter(empty)` once
 * exhausted, and `__setstate__` clamping the index to the sequence. Mirrors CPython 3.8
 * Objects/unicodeobject.c `unicodeiter_reduce`/`unicodeiter_setstate`, Objects/bytesobject.c
 * `striter_reduce`/`striter_setstate` and Objects/bytearrayobject.c `bytearrayiter_reduce`/
 * `bytearrayiter_setstate`.
 * @module
 */
import type { PyObject } from '../runtime/object.ts';
import { getBuiltinId } from './builtin-id.ts';
import { newInt } from './int.ts';
import { ssizeState } from './seq-iter.ts';
import { newTuple, newTupleStealing } from './tuple.ts';

/**
 * `Py_BuildValue("N(O)n", iter, seq, index)` while the iterator holds its sequence, else
 * `Py_BuildValue("N(N)", iter, empty)`.
 *
 * @param seq - the sequence iterated, or null once exhausted.
 * @param index - the index of the next item (in the sequence's own units).
 * @param empty - makes the empty sequence of an exhausted iterator (a new reference).
 * @returns a new reference to the reduce tuple.
 */
export function indexIterReduce(seq: PyObject | null, index: number, empty: () => PyObject): PyObject {
  const fn = getBuiltinId('iter');
  if (seq === null) return newTupleStealing([fn, newTupleStealing([empty()])]);
  return newTupleStealing([fn, newTuple([seq]), newInt(index)]);
}

/**
 * The index an iterator's `__setstate__(state)` sets: `PyLong_AsSsize_t` of the state, clamped
 * to [0, length].
 *
 * @param state - the argument of `__setstate__`.
 * @param length - the length of the sequence iterated.
 * @returns the clamped index.
 */
export function clampedIndexState(state: PyObject, length: number): number {
  const index = ssizeState(state);
  return index < 0n ? 0 : index > BigInt(length) ? length : Number(index);
}
