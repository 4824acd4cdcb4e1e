/**
 * Subscription, membership and size: `PyObject_GetItem`, `PyObject_SetItem`, `PyObject_DelItem`,
 * `PySequence_Contains` (falling back on iteration), `PyObject_Size`, with CPython's messages.
 * Mirrors CPython 3.8 Objects/abstract.c. Sequence and mapping slots are merged here: a type's
 * `getitem`/`setitem` receive the key object and deal with ints and slices themselves.
 * @module
 */
import { richCompareBool, EQ } from './abstract-compare.ts';
import { getIter, iterNext } from './abstract-iter.ts';
import { getAttrOrNull, lookupSpecial } from './attributes.ts';
import { callNoArgs, callOneArg } from './call.ts';
import * as E from '../objects/exceptions.ts';
import { internStr } from '../objects/str.ts';
import { PyRaise, clearRaise, exceptionMatches, typeError, valueError } from './errors.ts';
import { PyInt, newInt } from '../objects/int.ts';
import { NotImplemented } from '../objects/singletons.ts';
import { longAsSsize } from './abstract-number.ts';
import { decref, PyType, type PyObject } from './object.ts';
import { tpName } from './type-name.ts';

/** `o[key]`: a new reference. */
export function getItem(o: PyObject, key: PyObject): PyObject {
  const slot = o.type.getitem;
  if (slot !== undefined) return slot(o, key);
  if (o instanceof PyType) {
    const name = internStr('__class_getitem__');
    let meth: PyObject | null;
    try {
      meth = getAttrOrNull(o, name);
    } finally {
      decref(name);
    }
    if (meth !== null) {
      try {
        return callOneArg(meth, key);
      } finally {
        decref(meth);
      }
    }
  }
  throw typeError(`'${tpName(o.type)}' object is not subscriptable`);
}

/** `o[key] = value`. */
export function setItem(o: PyObject, key: PyObject, value: PyObject): void {
  const slot = o.type.setitem;
  if (slot === undefined) throw typeError(`'${tpName(o.type)}' object does not support item assignment`);
  slot(o, key, value);
}

/**
 * Whether a type has `tp_as_sequence`: sequences, containers with `sq_contains` and every class
 * (a heap type embeds the table).
 */
function hasSequenceMethods(type: PyType): boolean {
  return type.isSequence || type.contains !== undefined || type.isHeapType;
}

/** `del o[key]` (`PyObject_DelItem`). */
export function deleteItem(o: PyObject, key: PyObject): void {
  const slot = o.type.setitem;
  if (slot === undefined) {
    // An index on a type with sequence methods goes on to `PySequence_DelItem`, whose wording differs.
    const seq = hasSequenceMethods(o.type) && key.type.nbIndex !== undefined;
    throw typeError(`'${tpName(o.type)}' object ${seq ? "doesn't" : 'does not'} support item deletion`);
  }
  slot(o, key, null);
}

/** `item in o` (`PySequence_Contains`): `sq_contains`, else a search by iteration. */
export function contains(o: PyObject, item: PyObject): boolean {
  const slot = o.type.contains;
  if (slot !== undefined) return slot(o, item);
  let it: PyObject;
  try {
    it = getIter(o);
  } catch (e) {
    if (e instanceof PyRaise && exceptionMatches(e, E.TypeError)) {
      clearRaise(e);
      throw typeError(`argument of type '${tpName(o.type)}' is not iterable`);
    }
    throw e;
  }
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return false;
      let eq: boolean;
      try {
        // `_PySequence_IterSearch` compares the sought object first.
        eq = richCompareBool(item, x, EQ);
      } finally {
        decref(x);
      }
      if (eq) return true;
    }
  } finally {
    decref(it);
  }
}

/**
 * The exact value of the last length past 2**53 a `length` slot returned: a slot answers with a
 * double, which cannot hold every length up to `sys.maxsize` (`len(range(-2**63 + 1, 2**63 - 1, 2))`),
 * so such a slot also notes the exact value here ({@link bigLength}) for {@link lengthInt}.
 */
let lastBigLength = 0n;

/** What a `length` slot returns for `n`: the nearest double, with `n` itself noted for {@link lengthInt}. */
export function bigLength(n: bigint): number {
  lastBigLength = n;
  return Number(n);
}

/**
 * A length a `length` slot just returned, as an int object: exact past 2**53 when the slot noted
 * the value ({@link bigLength}).
 */
export function lengthInt(n: number): PyInt {
  if (n <= Number.MAX_SAFE_INTEGER) return newInt(n);
  return newInt(exactLength(n));
}

/**
 * A length (or length hint) just returned, exactly: past 2**53 the value noted by
 * {@link bigLength} when it rounds to `n`.
 */
export function exactLength(n: number): bigint {
  return n > Number.MAX_SAFE_INTEGER && Number(lastBigLength) === n ? lastBigLength : BigInt(n);
}

/** `len(o)` as an int object (`builtin_len`). */
export function lengthObject(o: PyObject): PyInt {
  return lengthInt(length(o));
}

/** `len(o)` (`PyObject_Size`). */
export function length(o: PyObject): number {
  const slot = o.type.length;
  if (slot === undefined) throw typeError(`object of type '${tpName(o.type)}' has no len()`);
  return slot(o);
}

/** `PyObject_LengthHint`: `len(o)`, else `__length_hint__()`, else `dflt`. */
export function lengthHint(o: PyObject, dflt: number): number {
  const slot = o.type.length;
  if (slot !== undefined) {
    try {
      return slot(o);
    } catch (e) {
      if (!(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
      clearRaise(e);
    }
  }
  const hint = lookupSpecial(o, '__length_hint__');
  if (hint === null) return dflt;
  let result: PyObject;
  try {
    result = callNoArgs(hint);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
    clearRaise(e);
    return dflt;
  } finally {
    decref(hint);
  }
  try {
    if (result === NotImplemented) return dflt;
    if (!(result instanceof PyInt)) throw typeError(`__length_hint__ must be an integer, not ${tpName(result.type)}`);
    const n = longAsSsize(result);
    if (n < 0) throw valueError('__length_hint__() should return >= 0');
    // A hint near sys.maxsize stays exact for callers that check it for overflow (list_extend).
    return typeof result.value === 'bigint' ? bigLength(result.value) : n;
  } finally {
    decref(result);
  }
}
