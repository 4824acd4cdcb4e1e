/**
 * `functools.update_wrapper`, shared by `wraps`, `lru_cache` and the other decorators. Mirrors
 * CPython 3.8 Lib/functools.py `update_wrapper`.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { newDict } from '../objects/dict.ts';
import { PyStr, internStr } from '../objects/str.ts';
import { sequenceToArray } from '../runtime/abstract-iter.ts';
import { getAttr, getAttrOrNull, setAttr } from '../runtime/attributes.ts';
import { callMethod } from '../runtime/call.ts';
import { PyRaise, clearRaise, exceptionMatches, typeError } from '../runtime/errors.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';

/** `WRAPPER_ASSIGNMENTS` and `WRAPPER_UPDATES` of Lib/functools.py. */
export const WRAPPER_ASSIGNMENTS: readonly string[] = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];
export const WRAPPER_UPDATES: readonly string[] = ['__dict__'];

function namesOf(seq: PyObject): PyObject[] {
  return sequenceToArray(seq);
}

/**
 * `functools.wraps(wrapped)(wrapper)` with the default assignments, for a wrapper just made:
 * takes the reference to `wrapper` and returns it, or drops it when the update raises.
 */
export function wrapsStealing(wrapper: PyObject, wrapped: PyObject): PyObject {
  try {
    updateWrapper(wrapper, wrapped, null, null);
  } catch (e) {
    decref(wrapper);
    throw e;
  }
  return wrapper;
}

/** `update_wrapper(wrapper, wrapped, assigned, updated)` from Lib/functools.py. */
export function updateWrapper(wrapper: PyObject, wrapped: PyObject, assigned: PyObject | null, updated: PyObject | null): void {
  const assignedNames = assigned === null ? WRAPPER_ASSIGNMENTS.map((n) => internStr(n)) : namesOf(assigned);
  const updatedNames = updated === null ? WRAPPER_UPDATES.map((n) => internStr(n)) : namesOf(updated);
  try {
    for (const attr of assignedNames) {
      if (!(attr instanceof PyStr)) throw typeError(`attribute name must be string, not '${tpName(attr.type)}'`);
      let value: PyObject;
      try {
        value = getAttr(wrapped, attr);
      } catch (e) {
        if (e instanceof PyRaise && exceptionMatches(e, E.AttributeError)) {
          clearRaise(e);
          continue;
        }
        throw e;
      }
      try {
        setAttr(wrapper, attr, value);
      } finally {
        decref(value);
      }
    }
    for (const attr of updatedNames) {
      if (!(attr instanceof PyStr)) throw typeError(`attribute name must be string, not '${tpName(attr.type)}'`);
      const target = getAttr(wrapper, attr);
      try {
        const source = getAttrOrNull(wrapped, attr) ?? newDict();
        try {
          decref(callMethod(target, 'update', [source]));
        } finally {
          decref(source);
        }
      } finally {
        decref(target);
      }
    }
    const w = internStr('__wrapped__');
    setAttr(wrapper, w, wrapped);
    decref(w);
  } finally {
    for (const n of [...assignedNames, ...updatedNames]) decref(n);
  }
}
