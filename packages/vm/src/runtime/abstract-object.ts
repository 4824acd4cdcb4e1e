/**
 * `repr()`, `str()` and `ascii()` of any object, through `tp_repr` / `tp_str`, with the recursion
 * guard and the checks CPython makes on what they return. Mirrors CPython 3.8 Objects/object.c
 * `PyObject_Repr`, `PyObject_Str`.
 * @module
 */
import { PyStr, strType } from '../objects/str.ts';
import * as E from '../objects/exceptions.ts';
import { raiseMessage, typeError } from './errors.ts';
import { decref, type PyObject } from './object.ts';
import { enterRecursiveCall, leaveRecursiveCall, tstate } from './thread-state.ts';
import { asPythonFailure } from './host-errors.ts';
import { tpName } from './type-name.ts';

/** Runs `fn` as one recursion level (`Py_EnterRecursiveCall(where)`). */
export function counted<T>(where: string, fn: () => T): T {
  const overflow = enterRecursiveCall(where);
  if (overflow !== null) throw raiseMessage(E.RecursionError, overflow);
  const frame = tstate.frame;
  try {
    return fn();
  } catch (e) {
    throw asPythonFailure(e, frame, where);
  } finally {
    leaveRecursiveCall();
  }
}

/** `PyObject_Repr`: a new reference to a str. */
export function repr(o: PyObject): PyStr {
  const slot = o.type.repr;
  if (slot === undefined) throw new Error(`no tp_repr for ${o.type.name}`);
  const res = counted(' while getting the repr of an object', () => slot(o));
  if (!(res instanceof PyStr)) {
    decref(res);
    throw typeError(`__repr__ returned non-string (type ${tpName(res.type)})`);
  }
  return res;
}

/** `PyObject_Str`: a new reference to a str. */
export function str(o: PyObject): PyStr {
  // An exact str is its own str before any recursion check (`PyUnicode_CheckExact`).
  if (o instanceof PyStr && (o.type === strType || o.type.str === undefined)) {
    o.refcnt++;
    return o;
  }
  const slot = o.type.str ?? o.type.repr;
  if (slot === undefined) throw new Error(`no tp_str for ${o.type.name}`);
  const res = counted(' while getting the str of an object', () => slot(o));
  if (!(res instanceof PyStr)) {
    decref(res);
    throw typeError(`__str__ returned non-string (type ${tpName(res.type)})`);
  }
  return res;
}

/** The text of `repr(o)`. */
export function reprText(o: PyObject): string {
  const r = repr(o);
  const text = r.value;
  decref(r);
  return text;
}

/** The text of `str(o)`. */
export function strText(o: PyObject): string {
  const r = str(o);
  const text = r.value;
  decref(r);
  return text;
}
