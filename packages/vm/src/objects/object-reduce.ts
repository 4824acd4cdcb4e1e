/**
 * `object.__reduce__` and `object.__reduce_ex__`'s default reduction, as `copy` and `pickle` use
 * it: `copyreg._reduce_ex` for protocols 0 and 1, and for 2 and above `(copyreg.__newobj__,
 * (cls, *args), state, listitems, dictitems)` built from `__getnewargs_ex__`/`__getnewargs__`,
 * `__getstate__` or the instance dict and slots. Mirrors CPython 3.8 Objects/typeobject.c
 * `_common_reduce`, `reduce_newobj`, `_PyObject_GetState`, `_PyType_GetSlotNames`,
 * `_PyObject_GetNewArguments` and `_PyObject_GetItemsIter`.
 * @module
 */
import { getIter } from '../runtime/abstract-iter.ts';
import { getAttrString, lookupAttrString, lookupSpecial } from '../runtime/attributes.ts';
import { callMethod, callMethodId, callNoArgs } from '../runtime/call.ts';
import { objectType } from '../runtime/core-types.ts';
import { PyRaise, clearRaise, exceptionMatches, raiseMessage, typeError } from '../runtime/errors.ts';
import { importModuleLevel } from '../runtime/import-system.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { dictGetStr, dictSet, isDict, newDict, type PyDict } from './dict.ts';
import * as E from './exceptions.ts';
import { newInt } from './int.ts';
import { PyList, isList } from './list.ts';
import { None } from './singletons.ts';
import { PyStr } from './str.ts';
import { PyTuple, newTupleStealing } from './tuple.ts';

/** `sizeof(PyObject *)`. */
const POINTER_SIZE = 8;

function cannotPickle(obj: PyObject): PyRaise {
  return typeError(`cannot pickle '${tpName(obj.type)}' object`);
}

/**
 * `import_copyreg`: the `copyreg` module (from `sys.modules` or imported), or null when corosim
 * cannot import one.
 * DEVIATION(cpython): corosim has no `copyreg` of its own; without one a program brings (a
 * `copyreg.py` beside it), the default reduction reports the object as unpicklable, which is
 * what CPython's `copyreg` says of the objects programs most often try.
 */
function importCopyreg(): PyObject | null {
  const globals = newDict();
  const level = newInt(0);
  try {
    return importModuleLevel('copyreg', globals, None, level);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.ModuleNotFoundError)) throw e;
    const name = e.value.name;
    if (!(name instanceof PyStr) || name.value !== 'copyreg') throw e;
    clearRaise(e);
    return null;
  } finally {
    decref(level);
    decref(globals);
  }
}

/**
 * `_common_reduce`: what `object.__reduce__` (protocol 0) and `object.__reduce_ex__` return for
 * a class that does not override `__reduce__`.
 *
 * @param self - the object to reduce.
 * @param protocol - the pickle protocol.
 * @returns a new reference to the reduce tuple.
 * @see CPython 3.8 Objects/typeobject.c `_common_reduce`
 */
export function commonReduce(self: PyObject, protocol: number): PyObject {
  if (protocol >= 2) return reduceNewobj(self);
  const copyreg = importCopyreg();
  if (copyreg === null) throw cannotPickle(self);
  const proto = newInt(protocol);
  try {
    return callMethod(copyreg, '_reduce_ex', [self, proto]);
  } finally {
    decref(proto);
    decref(copyreg);
  }
}

/** `_PyObject_GetNewArguments`: `[args, kwargs]`, each a new reference or null. */
function getNewArguments(obj: PyObject): [PyObject | null, PyObject | null] {
  const getnewargsEx = lookupSpecial(obj, '__getnewargs_ex__');
  if (getnewargsEx !== null) {
    let newargs: PyObject;
    try {
      newargs = callNoArgs(getnewargsEx);
    } finally {
      decref(getnewargsEx);
    }
    try {
      if (!(newargs instanceof PyTuple)) throw typeError(`__getnewargs_ex__ should return a tuple, not '${tpName(newargs.type)}'`);
      if (newargs.items.length !== 2) {
        throw raiseMessage(E.ValueError, `__getnewargs_ex__ should return a tuple of length 2, not ${newargs.items.length}`);
      }
      const [args, kwargs] = newargs.items as [PyObject, PyObject];
      if (!(args instanceof PyTuple)) {
        throw typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${tpName(args.type)}'`);
      }
      if (!isDict(kwargs)) {
        throw typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${tpName(kwargs.type)}'`);
      }
      return [incref(args), incref(kwargs)];
    } finally {
      decref(newargs);
    }
  }
  const getnewargs = lookupSpecial(obj, '__getnewargs__');
  if (getnewargs === null) return [null, null];
  let args: PyObject;
  try {
    args = callNoArgs(getnewargs);
  } finally {
    decref(getnewargs);
  }
  if (!(args instanceof PyTuple)) {
    const name = tpName(args.type);
    decref(args);
    throw typeError(`__getnewargs__ should return a tuple, not '${name}'`);
  }
  return [args, null];
}

/** `_PyType_GetSlotNames`: the class's cached `__slotnames__`, else `copyreg._slotnames(cls)`. */
function getSlotNames(obj: PyObject): PyObject {
  const cls = obj.type;
  const cached = dictGetStr(cls.dict, '__slotnames__');
  if (cached !== null) {
    if (cached !== None && !(cached instanceof PyList)) {
      throw typeError(`${tpName(cls)}.__slotnames__ should be a list or None, not ${tpName(cached.type)}`);
    }
    return incref(cached);
  }
  const copyreg = importCopyreg();
  if (copyreg === null) throw cannotPickle(obj);
  let names: PyObject;
  try {
    names = callMethod(copyreg, '_slotnames', [cls]);
  } finally {
    decref(copyreg);
  }
  if (names !== None && !(names instanceof PyList)) {
    decref(names);
    throw typeError("copyreg._slotnames didn't return a list or None");
  }
  return names;
}

/**
 * `_PyObject_GetState`: `obj.__getstate__()`, else the instance dict (None when empty or
 * absent) paired with a dict of the slots that hold a value. `required` refuses an object
 * whose layout holds more than that state could restore.
 */
function getState(obj: PyObject, required: boolean): PyObject {
  const getstate = lookupAttrString(obj, '__getstate__');
  if (getstate !== null) {
    try {
      return callNoArgs(getstate);
    } finally {
      decref(getstate);
    }
  }
  const type = obj.type;
  if (required && type.itemsize !== 0) throw cannotPickle(obj);
  const dict = obj.dict;
  let state: PyObject = incref(dict !== null && dict.size > 0 ? dict : None);
  try {
    const slotnames = getSlotNames(obj);
    try {
      const count = slotnames instanceof PyList ? slotnames.items.length : 0;
      if (required) {
        let basicsize = objectType.basicsize;
        if (type.hasInstanceDict) basicsize += POINTER_SIZE;
        if (type.weakrefable) basicsize += POINTER_SIZE;
        basicsize += POINTER_SIZE * count;
        if (type.basicsize > basicsize) throw cannotPickle(obj);
      }
      if (slotnames instanceof PyList && count > 0) {
        const slots = slotValues(obj, slotnames);
        if (slots.size > 0) {
          state = newTupleStealing([state, slots]);
        } else {
          decref(slots);
        }
      }
    } finally {
      decref(slotnames);
    }
    return state;
  } catch (e) {
    decref(state);
    throw e;
  }
}

/** The slots of `obj` named in `slotnames` that hold a value, as a new dict. */
function slotValues(obj: PyObject, slotnames: PyList): PyDict {
  const slots = newDict();
  try {
    const size = slotnames.items.length;
    for (let i = 0; i < size; i++) {
      const name = incref(slotnames.items[i] as PyObject);
      try {
        if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${tpName(name.type)}'`);
        const value = lookupAttrString(obj, name.value);
        if (value !== null) {
          try {
            dictSet(slots, name, value);
          } finally {
            decref(value);
          }
        }
      } finally {
        decref(name);
      }
      // The list is stored on the class, so it may change while the values are read.
      if (slotnames.items.length !== size) throw raiseMessage(E.RuntimeError, '__slotsname__ changed size during iteration');
    }
    return slots;
  } catch (e) {
    decref(slots);
    throw e;
  }
}

/** `_PyObject_GetItemsIter`: `iter(obj)` for a list, `iter(obj.items())` for a dict, else None. */
function getItemsIters(obj: PyObject): [PyObject, PyObject] {
  const listitems = isList(obj) ? getIter(obj) : incref(None);
  if (!isDict(obj)) return [listitems, incref(None)];
  try {
    const items = callMethodId(obj, 'items');
    try {
      return [listitems, getIter(items)];
    } finally {
      decref(items);
    }
  } catch (e) {
    decref(listitems);
    throw e;
  }
}

/** `reduce_newobj`: the reduction of protocols 2 and above. */
function reduceNewobj(obj: PyObject): PyObject {
  if (obj.type.new === undefined) throw cannotPickle(obj);
  const [args, kwargs] = getNewArguments(obj);
  const copyreg = importCopyreg();
  if (copyreg === null) {
    if (args !== null) decref(args);
    if (kwargs !== null) decref(kwargs);
    throw cannotPickle(obj);
  }
  const hasargs = args !== null;
  let newobj: PyObject;
  let newargs: PyObject;
  try {
    if (kwargs === null || (kwargs as PyDict).size === 0) {
      newobj = getAttrString(copyreg, '__newobj__');
      const rest = args === null ? [] : (args as PyTuple).items.map((v) => incref(v));
      newargs = newTupleStealing([incref(obj.type), ...rest]);
    } else {
      newobj = getAttrString(copyreg, '__newobj_ex__');
      newargs = newTupleStealing([incref(obj.type), incref(args as PyObject), incref(kwargs)]);
    }
  } finally {
    decref(copyreg);
    if (args !== null) decref(args);
    if (kwargs !== null) decref(kwargs);
  }
  try {
    const state = getState(obj, !hasargs && !isList(obj) && !isDict(obj));
    let iters: [PyObject, PyObject];
    try {
      iters = getItemsIters(obj);
    } catch (e) {
      decref(state);
      throw e;
    }
    return newTupleStealing([incref(newobj), incref(newargs), state, iters[0], iters[1]]);
  } finally {
    decref(newobj);
    decref(newargs);
  }
}
