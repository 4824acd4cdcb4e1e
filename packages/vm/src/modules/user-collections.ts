/**
 * `collections.UserDict`: a MutableMapping over the dict in its `data` attribute, made on first
 * use as a heap class of `abc.ABCMeta`. Mirrors CPython 3.8 Lib/collections/__init__.py
 * (### UserDict ###).
 * @module
 */
import { asBuiltinCall } from '../runtime/recursion-levels.ts';
import { newDict } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { newBool } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { contains, deleteItem, getItem, length, lengthObject, setItem } from '../runtime/abstract-item.ts';
import { getIter, iterableToArray } from '../runtime/abstract-iter.ts';
import { repr } from '../runtime/abstract-object.ts';
import { getAttrString, lookupAttrString, setAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { newExceptionStealing, raiseValue, typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { makeClass, type ClassEntry } from './abc-class.ts';
import { abcMetaType } from './abc-meta.ts';
import { abcClass, arg, callMethod, decrefAll, pyDef } from './collections-abc-support.ts';
import { warn } from './warnings-core.ts';
import { copyInstance, withData } from './user-support.ts';

const fn = (def: ReturnType<typeof pyDef>): ClassEntry => ({ kind: 'function', def });

/** `self.data`: a new reference. */
function dataOf(self: PyObject): PyObject {
  return getAttrString(self, 'data');
}

/** `UserDict.__init__(*args, **kwargs)`. */
function userDictInit(args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  if (pos.length === 0) throw typeError("descriptor '__init__' of 'UserDict' object needs an argument");
  const self = pos[0] as PyObject;
  // `len(args)`: a builtin call, one recursion level.
  asBuiltinCall(() => null);
  if (pos.length > 2) throw typeError(`expected at most 1 arguments, got ${pos.length - 1}`);
  const kwargs = newDict();
  try {
    for (let i = 0; i < nkw; i++) {
      const k = newStr((kwnames as readonly string[])[i] as string);
      setItem(kwargs, k, args[pos.length + i] as PyObject);
      decref(k);
    }
    let initial: PyObject | null = pos[1] ?? null;
    if (initial === null) {
      const key = newStr('dict');
      try {
        if (contains(kwargs, key)) {
          initial = getItem(kwargs, key);
          decref(initial); // the caller's argument keeps it alive
          deleteItem(kwargs, key);
          const message = newStr("Passing 'dict' as keyword argument is deprecated");
          try {
            // DEVIATION(cpython): stacklevel 1 (this __init__ has no Python frame).
            warn(E.DeprecationWarning, message, 1);
          } finally {
            decref(message);
          }
        }
      } finally {
        decref(key);
      }
    }
    const data = newDict();
    setAttrString(self, 'data', data);
    decref(data);
    if (initial !== null && initial !== None) decref(callMethod(self, 'update', [initial]));
    if (length(kwargs) > 0) decref(callMethod(self, 'update', [kwargs]));
  } finally {
    decref(kwargs);
  }
  return incref(None);
}

function userDictBody(cls: () => PyType): ClassEntry[] {
  return [
    { kind: 'function', def: { name: '__init__', impl: userDictInit } },
    fn(pyDef('__len__', ['self'], (a) => withData(arg(a, 0), (d) => asBuiltinCall(() => lengthObject(d))))),
    fn(pyDef('__getitem__', ['self', 'key'], (a) => {
      const [self, key] = [arg(a, 0), arg(a, 1)];
      const found = withData(self, (d) => (contains(d, key) ? getItem(d, key) : null));
      if (found !== null) return found;
      const missing = lookupAttrString(self.type, '__missing__');
      if (missing !== null) {
        try {
          return callObject(missing, [self, key]);
        } finally {
          decref(missing);
        }
      }
      throw raiseValue(newExceptionStealing(E.KeyError, [incref(key)]));
    })),
    fn(pyDef('__setitem__', ['self', 'key', 'item'], (a) => {
      withData(arg(a, 0), (d) => { setItem(d, arg(a, 1), arg(a, 2)); });
      return incref(None);
    })),
    fn(pyDef('__delitem__', ['self', 'key'], (a) => {
      withData(arg(a, 0), (d) => { deleteItem(d, arg(a, 1)); });
      return incref(None);
    })),
    fn(pyDef('__iter__', ['self'], (a) => withData(arg(a, 0), (d) => getIter(d)))),
    fn(pyDef('__contains__', ['self', 'key'], (a) => withData(arg(a, 0), (d) => newBool(contains(d, arg(a, 1)))))),
    // `repr(self.data)`: a builtin call, one recursion level around the repr's own.
    fn(pyDef('__repr__', ['self'], (a) => withData(arg(a, 0), (d) => asBuiltinCall(() => repr(d))))),
    fn(pyDef('__copy__', ['self'], (a) => copyInstance(arg(a, 0), (data) => callMethod(data, 'copy')))),
    fn(pyDef('copy', ['self'], (a) => {
      const self = arg(a, 0);
      if (self.type === cls()) {
        return withData(self, (d) => {
          const copy = callMethod(d, 'copy');
          try {
            return callObject(cls(), [copy]);
          } finally {
            decref(copy);
          }
        });
      }
      // `copy.copy(self)` with an empty `data`, then `c.update(self)`.
      const data = dataOf(self);
      let c: PyObject;
      try {
        const empty = newDict();
        setAttrString(self, 'data', empty);
        decref(empty);
        c = callMethod(self, '__copy__');
      } finally {
        setAttrString(self, 'data', data);
        decref(data);
      }
      try {
        decref(callMethod(c, 'update', [self]));
      } catch (e) {
        decref(c);
        throw e;
      }
      return c;
    })),
    {
      kind: 'classmethod',
      def: pyDef('fromkeys', ['cls', 'iterable', 'value'], (a) => {
        const d = callObject(arg(a, 0), []);
        try {
          const keys = iterableToArray(arg(a, 1));
          try {
            for (const key of keys) setItem(d, key, a[2] ?? None);
          } finally {
            decrefAll(keys);
          }
        } catch (e) {
          decref(d);
          throw e;
        }
        return d;
      }, { ndefaults: 1 }),
    },
  ];
}

/** Makes `collections.UserDict` (collections.abc must be imported): a new reference. */
export function makeUserDict(): PyType {
  let made: PyType | null = null;
  made = makeClass({
    name: 'UserDict', module: 'collections', meta: abcMetaType, bases: [abcClass('MutableMapping')],
    body: userDictBody(() => made as PyType),
  });
  return made;
}
