/**
 * The default reduction of `object.__reduce__` and `object.__reduce_ex__`: protocols below 2 go
 * to `copyreg._reduce_ex`; from 2 on, `copyreg.__newobj__` (or `__newobj_ex__`) with the
 * arguments of `__getnewargs_ex__`/`__getnewargs__`, the state (`__getstate__`, else the instance
 * dict and the slot values) and the list and dict item iterators. `copyreg` is imported as
 * CPython imports it; corosim has none of its own, so without one the program can import, a
 * default reduction fails as CPython's copyreg fails for an object it cannot pickle. Mirrors CPython 3.8
 * Objects/typeobject.c `_common_reduce`, `reduce_newobj`, `_PyObject_GetState`,
 * `_PyObject_GetNewArguments`, `_PyType_GetSlotNames` and `import_copyreg`.
 * @module
 */
import { callMethod, callNoArgs } from '../runtime/call.ts';
import { getAttrString, lookupAttrString, lookupSpecial } from '../runtime/attributes.ts';
import { getIter } from '../runtime/abstract-iter.ts';
import { PyRaise, clearRaise, exceptionMatches, raiseMessage, typeError, valueError } from '../runtime/errors.ts';
import * as E from './exceptions.ts';
import { importModuleNamed, sysModules } from '../runtime/import-system.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';
import { type PyDict, dictGetStr, dictSet, isDict, newDict } from './dict.ts';
import { newInt } from './int.ts';
import { type PyList, isList } from './list.ts';
import { None } from './singletons.ts';
import { PyStr } from './str.ts';
import { type PyTuple, isTuple, newTuple, newTupleStealing } from './tuple.ts';
import { dictOffset, weaklistOffset } from './type-layout.ts';

/** `PyBaseObject_Type.tp_basicsize`. */
const OBJECT_BASICSIZE = 16;

const cannotPickle = (obj: PyObject): PyObject => {
  throw typeError(`cannot pickle '${tpName(obj.type)}' object`);
};

/**
 * `import_copyreg`: `sys.modules['copyreg']`, else the module imported by name (a new reference).
 * `obj` is the object being reduced, for the error when there is no copyreg to import.
 */
function importCopyreg(obj: PyObject): PyObject {
  const cached = dictGetStr(sysModules(), 'copyreg');
  if (cached !== null) return incref(cached);
  try {
    return importModuleNamed('copyreg');
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.ModuleNotFoundError)) throw e;
    // DEVIATION(cpython): corosim has no copyreg module of its own; unless the program can import
    // one, an object reduced by default gets the error CPython's copyreg gives one it cannot pickle.
    clearRaise(e);
    return cannotPickle(obj);
  }
}

/**
 * `_PyObject_GetNewArguments`: `[args, kwargs]` from `__getnewargs_ex__`, else `[args, null]` from
 * `__getnewargs__`, else `[null, null]` (new references).
 */
function getNewArguments(obj: PyObject): [PyTuple | null, PyDict | null] {
  const getnewargsEx = lookupSpecial(obj, '__getnewargs_ex__');
  if (getnewargsEx !== null) {
    let newargs: PyObject;
    try {
      newargs = callNoArgs(getnewargsEx);
    } finally {
      decref(getnewargsEx);
    }
    try {
      if (!isTuple(newargs)) throw typeError(`__getnewargs_ex__ should return a tuple, not '${argTypeName(newargs)}'`);
      if (newargs.items.length !== 2) throw valueError(`__getnewargs_ex__ should return a tuple of length 2, not ${newargs.items.length}`);
      const [args, kwargs] = newargs.items as [PyObject, PyObject];
      if (!isTuple(args)) throw typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${argTypeName(args)}'`);
      if (!isDict(kwargs)) throw typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${argTypeName(kwargs)}'`);
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
  if (!isTuple(args)) {
    decref(args);
    throw typeError(`__getnewargs__ should return a tuple, not '${argTypeName(args)}'`);
  }
  return [args, null];
}

/** `_PyType_GetSlotNames`: the class's cached `__slotnames__`, else `copyreg._slotnames(cls)`. */
function getSlotNames(cls: PyType, obj: PyObject): PyList | null {
  const cached = dictGetStr(cls.dict, '__slotnames__');
  if (cached !== null) {
    if (cached !== None && !isList(cached)) throw typeError(`${tpName(cls)}.__slotnames__ should be a list or None, not ${tpName(cached.type)}`);
    return cached === None ? null : incref(cached as PyList);
  }
  const copyreg = importCopyreg(obj);
  let names: PyObject;
  try {
    names = callMethod(copyreg, '_slotnames', [cls]);
  } finally {
    decref(copyreg);
  }
  if (names === None) {
    decref(names);
    return null;
  }
  if (!isList(names)) {
    decref(names);
    throw typeError("copyreg._slotnames didn't return a list or None");
  }
  return names;
}

/**
 * `_PyObject_GetState`: `__getstate__()`, else the instance dict (None when empty) paired with a
 * dict of the slot values when there are any. `required` refuses an object whose C layout holds
 * more than its dict, weak list and slots.
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
  if (required && type.itemsize > 0) return cannotPickle(obj);
  const dict = obj.dict;
  let state: PyObject = dict !== null && dict.storage.used > 0 ? incref(dict) : incref(None);
  try {
    const slotnames = getSlotNames(type, obj);
    try {
      if (required) {
        let basicsize = OBJECT_BASICSIZE;
        if (dictOffset(type) !== 0) basicsize += 8;
        if (weaklistOffset(type) !== 0) basicsize += 8;
        if (slotnames !== null) basicsize += 8 * slotnames.items.length;
        if (type.basicsize > basicsize) return cannotPickle(obj);
      }
      if (slotnames !== null && slotnames.items.length > 0) {
        const slots = newDict();
        try {
          // Each name held while its lookup runs: the list lives on the class, and a
          // `__getattr__` may change it and free the name.
          const size = slotnames.items.length;
          for (let i = 0; i < slotnames.items.length; i++) {
            const name = incref(slotnames.items[i] as PyObject);
            try {
              if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${argTypeName(name)}'`);
              const value = lookupAttrString(obj, name.value);
              if (value !== null) {
                dictSet(slots, name, value);
                decref(value);
              }
            } finally {
              decref(name);
            }
            if (slotnames.items.length !== size) throw raiseMessage(E.RuntimeError, '__slotsname__ changed size during iteration');
          }
          if (slots.storage.used > 0) {
            const pair = newTuple([state, slots]);
            decref(state);
            state = pair;
          }
        } finally {
          decref(slots);
        }
      }
    } finally {
      if (slotnames !== null) decref(slotnames);
    }
  } catch (e) {
    decref(state);
    throw e;
  }
  return state;
}

/** `_PyObject_GetItemsIter`: an iterator over a list's items and over a dict's `items()`, else None. */
function itemsIters(obj: PyObject): [PyObject, PyObject] {
  const listitems = isList(obj) ? getIter(obj) : incref(None);
  if (!isDict(obj)) return [listitems, incref(None)];
  try {
    const items = callMethod(obj, 'items');
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

/** `reduce_newobj`: the protocol 2+ reduction (a new reference). */
function reduceNewobj(obj: PyObject): PyObject {
  if (obj.type.new === undefined) return cannotPickle(obj);
  const [args, kwargs] = getNewArguments(obj);
  const parts: PyObject[] = [];
  try {
    const copyreg = importCopyreg(obj);
    try {
      if (kwargs === null || kwargs.storage.used === 0) {
        parts.push(getAttrString(copyreg, '__newobj__'));
        parts.push(newTupleStealing([incref(obj.type), ...(args?.items ?? []).map((a) => incref(a))]));
      } else {
        parts.push(getAttrString(copyreg, '__newobj_ex__'));
        parts.push(newTuple([obj.type, args ?? None, kwargs]));
      }
    } finally {
      decref(copyreg);
    }
    parts.push(getState(obj, args === null && !isList(obj) && !isDict(obj)));
    parts.push(...itemsIters(obj));
  } catch (e) {
    for (const p of parts) decref(p);
    throw e;
  } finally {
    if (args !== null) decref(args);
    if (kwargs !== null) decref(kwargs);
  }
  return newTupleStealing(parts);
}

/**
 * `_common_reduce`: what `object.__reduce__()` (protocol 0) and a `__reduce_ex__` that finds no
 * overriding `__reduce__` return.
 *
 * @param obj - the object reduced.
 * @param proto - the pickle protocol.
 * @returns a new reference to the reduction tuple.
 * @see CPython 3.8 Objects/typeobject.c `_common_reduce`
 */
export function commonReduce(obj: PyObject, proto: number): PyObject {
  if (proto >= 2) return reduceNewobj(obj);
  const copyreg = importCopyreg(obj);
  const p = newInt(proto);
  try {
    return callMethod(copyreg, '_reduce_ex', [obj, p]);
  } finally {
    decref(p);
    decref(copyreg);
  }
}
