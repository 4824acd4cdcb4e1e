/**
 * What `collections.UserDict`, `UserList` and `UserString` share: reading `self.data`, calling a
 * method of it, making a new instance of `self.__class__`, and `__copy__` (a new instance sharing
 * the attributes, with its own copy of `data`). Mirrors the common shape of those classes in
 * CPython 3.8 Lib/collections/__init__.py.
 * @module
 */
import { newStr } from '../objects/str.ts';
import { getItem, setItem } from '../runtime/abstract-item.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { decref, type PyObject } from '../runtime/object.ts';

/**
 * Runs `f` on `self.data` (a reference held for the call).
 *
 * @param self - the wrapper instance.
 * @param f - what to do with its data.
 * @returns what `f` returns.
 */
export function withData<T>(self: PyObject, f: (data: PyObject) => T): T {
  const data = getAttrString(self, 'data');
  try {
    return f(data);
  } finally {
    decref(data);
  }
}

/**
 * `self.data.<name>(*args)`.
 *
 * @param self - the wrapper instance.
 * @param name - the method of `data` to call.
 * @param args - its arguments (borrowed).
 * @returns the method's result (a new reference).
 */
export function dataCall(self: PyObject, name: string, args: readonly PyObject[]): PyObject {
  return withData(self, (d) => callMethod(d, name, args));
}

/**
 * `self.__class__(value)`.
 *
 * @param self - the wrapper instance.
 * @param value - the constructor argument (borrowed).
 * @returns the new instance.
 */
export function newOfClass(self: PyObject, value: PyObject): PyObject {
  const cls = getAttrString(self, '__class__');
  try {
    return callObject(cls, [value]);
  } finally {
    decref(cls);
  }
}

/**
 * `__copy__`: `inst = cls.__new__(cls)`, `inst.__dict__.update(self.__dict__)`, then
 * `inst.__dict__["data"]` set to a copy of `self.__dict__["data"]` (no descriptors involved).
 *
 * @param self - the instance to copy.
 * @param copyData - how to copy its data (a new reference).
 * @returns the copy.
 */
export function copyInstance(self: PyObject, copyData: (data: PyObject) => PyObject): PyObject {
  const cls = getAttrString(self, '__class__');
  let inst: PyObject;
  try {
    const newFn = getAttrString(cls, '__new__');
    try {
      inst = callObject(newFn, [cls]);
    } finally {
      decref(newFn);
    }
  } finally {
    decref(cls);
  }
  try {
    const instDict = getAttrString(inst, '__dict__');
    const selfDict = getAttrString(self, '__dict__');
    try {
      decref(callMethod(instDict, 'update', [selfDict]));
      const key = newStr('data');
      try {
        const data = getItem(selfDict, key);
        try {
          const copy = copyData(data);
          try {
            setItem(instDict, key, copy);
          } finally {
            decref(copy);
          }
        } finally {
          decref(data);
        }
      } finally {
        decref(key);
      }
    } finally {
      decref(instDict);
      decref(selfDict);
    }
  } catch (e) {
    decref(inst);
    throw e;
  }
  return inst;
}
