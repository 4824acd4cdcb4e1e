/**
 * The containers and the iteration protocol, loaded for their side effects (slots and methods
 * installed on list, tuple, dict, set, frozenset, range, slice and the iterator types). The VM
 * bootstrap imports this module before `readyStaticTypes`. Mirrors what CPython 3.8's
 * Objects/listobject.c, tupleobject.c, dictobject.c, setobject.c, rangeobject.c, sliceobject.c,
 * iterobject.c, enumobject.c and the zip/map/filter types of Python/bltinmodule.c register.
 * @module
 */
import './slice.ts';
import './seq-iter.ts';
import './list-slots.ts';
import './list-methods.ts';
import './tuple-slots.ts';
import './dict-views.ts';
import './dict-slots.ts';
import './dict-methods.ts';
import './set.ts';
import './set-methods.ts';
import './range.ts';
import './range-iter-reduce.ts';
import './enumerate-zip.ts';
import './memoryview.ts';
import { dictType } from './dict.ts';
import { listType } from './list.ts';
import { frozensetType, setType } from './set.ts';
import { sliceType } from './slice.ts';
import { tupleType } from './tuple.ts';
import { rangeType } from './range.ts';
import { newCallIter as makeCallIter } from './seq-iter.ts';
import { enumerateType, filterType, mapType, reversedType, zipType } from './enumerate-zip.ts';
import { typeError } from '../runtime/errors.ts';
import type { PyObject, PyType } from '../runtime/object.ts';

/**
 * Types that compare but do not hash: their `hash` slot is left undefined, so `inheritSlots`
 * marks them unhashable (`__hash__ = None`) instead of inheriting object's hash.
 */
export const UNHASHABLE_TYPES: readonly PyType[] = [listType, dictType, setType, sliceType];


/** The container and iterator classes the builtins module exposes by name. */
export function containerTypes(): PyType[] {
  return [listType, tupleType, dictType, setType, frozensetType, rangeType, sliceType, enumerateType, reversedType, zipType, mapType, filterType];
}

/**
 * `iter(callable, sentinel)` as builtin_iter makes it: TypeError "iter(v, w): v must be callable",
 * else a `callable_iterator` (`PyCallIter_New`).
 */
export function newCallIter(callable: PyObject, sentinel: PyObject): PyObject {
  if (callable.type.call === undefined) throw typeError('iter(v, w): v must be callable');
  return makeCallIter(callable, sentinel);
}
export { enumerateType, filterType, mapType, reversedType, zipType } from './enumerate-zip.ts';
export { frozensetType, setType } from './set.ts';
export { rangeType } from './range.ts';
export { sliceType } from './slice.ts';
