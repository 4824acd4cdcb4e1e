/**
 * `collections.ChainMap`: lookups through a list of mappings, writes to the first. It is a class
 * written in Python in CPython, a MutableMapping, so here too it is a heap class of `abc.ABCMeta`
 * made on first use (like UserDict), whose methods do what the Python source does with
 * `self.maps` (so `keys()`, `items()`, `pop()`, `update()`, `==` come from the MutableMapping
 * mixins, and subclasses can override any step). Mirrors CPython 3.8
 * Lib/collections/__init__.py `class ChainMap`.
 * @module
 */
import { asBuiltinCall } from '../runtime/recursion-levels.ts';
import { dictType, newDict } from '../objects/dict.ts';
import { setType } from '../objects/set.ts';
import * as E from '../objects/exceptions.ts';
import { newBool, newInt } from '../objects/int.ts';
import { newListStealing, PyList } from '../objects/list.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { propertyType } from '../objects/descr-types.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { contains, deleteItem, getItem, lengthObject, setItem } from '../runtime/abstract-item.ts';
import { getIter } from '../runtime/abstract-iter.ts';
import { reprText, strText } from '../runtime/abstract-object.ts';
import { getAttrString, setAttrString } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { PyRaise, clearRaise, exceptionMatches, keyError, raiseWhileHandling } from '../runtime/errors.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { makeClass, type ClassEntry } from './abc-class.ts';
import { bindArgs, bindVarArgs, newClassFunction, type ClassFunctionDef } from './abc-function.ts';
import { abcMetaType } from './abc-meta.ts';
import { abcClass } from './collections-abc-support.ts';

/** `self.maps` (a new reference). */
function mapsOf(self: PyObject): PyObject {
  return getAttrString(self, 'maps');
}

/** Runs `f` on the items of `self.maps` (a snapshot of the list, held for the call; nothing when it is no list). */
function withMaps<T>(self: PyObject, f: (maps: readonly PyObject[], list: PyObject) => T): T {
  const maps = mapsOf(self);
  try {
    const items = maps instanceof PyList ? maps.items.slice() : [];
    for (const m of items) incref(m);
    try {
      return f(items, maps);
    } finally {
      for (const m of items) decref(m);
    }
  } finally {
    decref(maps);
  }
}

/** `self.maps[0]` (a new reference). */
function firstMap(self: PyObject): PyObject {
  const maps = mapsOf(self);
  try {
    const zero = newInt(0);
    try {
      return getItem(maps, zero);
    } finally {
      decref(zero);
    }
  } finally {
    decref(maps);
  }
}

/** `self.__class__(*maps)`. */
function newOfClass(self: PyObject, maps: readonly PyObject[]): PyObject {
  const cls = getAttrString(self, '__class__');
  try {
    return callObject(cls, maps);
  } finally {
    decref(cls);
  }
}

/** Runs `f`, turning a KeyError into `KeyError(message)` raised while handling it. */
function rekey<T>(message: () => string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.KeyError)) throw e;
    const text = newStr(message());
    try {
      throw raiseWhileHandling(E.KeyError, [text], e);
    } finally {
      decref(text);
    }
  }
}

const fn = (name: string, params: readonly string[], body: (a: readonly (PyObject | undefined)[]) => PyObject, ndefaults = 0): ClassEntry => ({
  kind: 'function',
  def: { name, impl: (args, kwnames) => body(bindArgs(name, args, kwnames, ['self', ...params], ndefaults)) },
});
const self0 = (a: readonly (PyObject | undefined)[]): PyObject => a[0] as PyObject;

/** ChainMaps whose repr is being computed (`_recursive_repr`). */
const reprRunning = new Set<PyObject>();

/** `copy(self)`: `self.__class__(self.maps[0].copy(), *self.maps[1:])`. */
const copyDef: ClassFunctionDef = {
  name: 'copy',
  impl: (args, kwnames) => {
    const [self] = bindArgs('copy', args, kwnames, ['self']) as [PyObject];
    const first = firstMap(self);
    let copied: PyObject;
    try {
      copied = callMethod(first, 'copy');
    } finally {
      decref(first);
    }
    try {
      return withMaps(self, (maps) => newOfClass(self, [copied, ...maps.slice(1)]));
    } finally {
      decref(copied);
    }
  },
};

function chainMapBody(parents: PyObject): ClassEntry[] {
  return [
    {
      kind: 'function',
      def: {
        name: '__init__',
        impl: (args, kwnames) => {
          const [[self], maps] = bindVarArgs('__init__', args, kwnames, ['self']);
          // `list(maps) or [{}]`: the call of list is a recursion level.
          let list = asBuiltinCall(() => newListStealing(maps.map((m) => incref(m))));
          if (maps.length === 0) {
            decref(list);
            list = newListStealing([newDict()]);
          }
          try {
            setAttrString(self as PyObject, 'maps', list);
          } finally {
            decref(list);
          }
          return incref(None);
        },
      },
    },
    fn('__missing__', ['key'], (a) => {
      throw keyError(a[1] as PyObject);
    }),
    fn('__getitem__', ['key'], (a) => {
      const key = a[1] as PyObject;
      const found = withMaps(self0(a), (maps) => {
        for (const m of maps) {
          try {
            return getItem(m, key);
          } catch (e) {
            if (!(e instanceof PyRaise) || !exceptionMatches(e, E.KeyError)) throw e;
            clearRaise(e);
          }
        }
        return null;
      });
      return found ?? callMethod(self0(a), '__missing__', [key]);
    }),
    fn('get', ['key', 'default'], (a) => {
      const key = a[1] as PyObject;
      if (contains(self0(a), key)) return getItem(self0(a), key);
      return incref(a[2] ?? None);
    }, 1),
    fn('__len__', [], (a) => {
      const union = withMaps(self0(a), (maps) => {
        const s = callObject(setType, []);
        try {
          return callMethod(s, 'union', maps);
        } finally {
          decref(s);
        }
      });
      try {
        return lengthObject(union);
      } finally {
        decref(union);
      }
    }),
    fn('__iter__', [], (a) => {
      const d = newDict();
      try {
        withMaps(self0(a), (maps) => {
          for (const m of [...maps].reverse()) decref(callMethod(d, 'update', [m]));
        });
        return getIter(d);
      } finally {
        decref(d);
      }
    }),
    fn('__contains__', ['key'], (a) => newBool(withMaps(self0(a), (maps) => maps.some((m) => contains(m, a[1] as PyObject))))),
    fn('__bool__', [], (a) => newBool(withMaps(self0(a), (maps) => maps.some((m) => isTrue(m))))),
    fn('__repr__', [], (a) => {
      const self = self0(a);
      if (reprRunning.has(self)) return newStr('...');
      reprRunning.add(self);
      try {
        const cls = getAttrString(self, '__class__');
        let name: string;
        try {
          const n = getAttrString(cls, '__name__');
          try {
            name = strText(n);
          } finally {
            decref(n);
          }
        } finally {
          decref(cls);
        }
        return withMaps(self, (maps) => newStr(`${name}(${maps.map((m) => reprText(m)).join(', ')})`));
      } finally {
        reprRunning.delete(self);
      }
    }),
    {
      kind: 'classmethod',
      def: {
        name: 'fromkeys',
        impl: (args, kwnames) => {
          const [[cls, iterable], rest] = bindVarArgs('fromkeys', args, kwnames, ['cls', 'iterable']);
          const d = callMethod(dictType, 'fromkeys', [iterable as PyObject, ...rest]);
          try {
            return callObject(cls as PyObject, [d]);
          } finally {
            decref(d);
          }
        },
      },
    },
    { kind: 'function', def: copyDef },
    { kind: 'alias', name: '__copy__', of: 'copy' },
    fn('new_child', ['m'], (a) => {
      const m = a[1] === undefined || a[1] === None ? newDict() : incref(a[1]);
      try {
        return withMaps(self0(a), (maps) => newOfClass(self0(a), [m, ...maps]));
      } finally {
        decref(m);
      }
    }, 1),
    { kind: 'value', name: 'parents', value: parents },
    fn('__setitem__', ['key', 'value'], (a) => {
      const first = firstMap(self0(a));
      try {
        setItem(first, a[1] as PyObject, a[2] as PyObject);
      } finally {
        decref(first);
      }
      return incref(None);
    }),
    fn('__delitem__', ['key'], (a) => {
      const first = firstMap(self0(a));
      try {
        rekey(() => `Key not found in the first mapping: ${reprText(a[1] as PyObject)}`, () => { deleteItem(first, a[1] as PyObject); });
      } finally {
        decref(first);
      }
      return incref(None);
    }),
    fn('popitem', [], (a) => {
      const first = firstMap(self0(a));
      try {
        return rekey(() => 'No keys found in the first mapping.', () => callMethod(first, 'popitem'));
      } finally {
        decref(first);
      }
    }),
    {
      kind: 'function',
      def: {
        name: 'pop',
        impl: (args, kwnames) => {
          const [[self, key], rest] = bindVarArgs('pop', args, kwnames, ['self', 'key']);
          const first = firstMap(self as PyObject);
          try {
            return rekey(() => `Key not found in the first mapping: ${reprText(key as PyObject)}`, () => callMethod(first, 'pop', [key as PyObject, ...rest]));
          } finally {
            decref(first);
          }
        },
      },
    },
    fn('clear', [], (a) => {
      const first = firstMap(self0(a));
      try {
        decref(callMethod(first, 'clear'));
      } finally {
        decref(first);
      }
      return incref(None);
    }),
  ];
}

/**
 * Makes `collections.ChainMap` (collections.abc must be imported).
 *
 * @returns a new reference to the class.
 * @see CPython 3.8 Lib/collections/__init__.py `class ChainMap`
 */
export function makeChainMap(): PyType {
  const parentsFn = newClassFunction({
    name: 'parents',
    doc: 'New ChainMap from maps[1:].',
    impl: (args, kwnames) => {
      const [self] = bindArgs('parents', args, kwnames, ['self']) as [PyObject];
      return withMaps(self, (maps) => newOfClass(self, maps.slice(1)));
    },
  }, 'collections', 'ChainMap');
  const parents = callObject(propertyType, [parentsFn]);
  decref(parentsFn);
  try {
    return makeClass({
      name: 'ChainMap', module: 'collections', meta: abcMetaType, bases: [abcClass('MutableMapping')],
      doc: " A ChainMap groups multiple dicts (or other mappings) together\n    to create a single, updateable view.\n\n    The underlying mappings are stored in a list.  That list is public and can\n    be accessed or updated using the *maps* attribute.  There is no other\n    state.\n\n    Lookups search the underlying mappings successively until a key is found.\n    In contrast, writes, updates, and deletions only operate on the first\n    mapping.\n\n    ",
      body: chainMapBody(parents),
    });
  } finally {
    decref(parents);
  }
}
