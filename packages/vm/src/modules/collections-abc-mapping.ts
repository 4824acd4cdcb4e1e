/**
 * The bodies of `collections.abc.Mapping`, `MutableMapping`, `MappingView`, `KeysView`,
 * `ItemsView` and `ValuesView`: their abstract methods and the mixin methods a subclass inherits.
 * Mirrors CPython 3.8 Lib/_collections_abc.py (### MAPPINGS ###).
 * @module
 */
import { dictType } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { newBool } from '../objects/int.ts';
import { None, NotImplemented } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { setType } from '../objects/set.ts';
import { richCompare, richCompareBool } from '../runtime/abstract-compare.ts';
import { contains, deleteItem, getItem, lengthObject, setItem } from '../runtime/abstract-item.ts';
import { getIter, iterNext, iterateUntil, unpackIterable } from '../runtime/abstract-iter.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttrString, lookupAttrString, setAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { newExceptionStealing, raiseMessage, raiseValue, type PyRaise } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import type { ClassEntry } from './abc-class.ts';
import { newAbcIterator } from './collections-abc-iter.ts';
import { abcClass, arg, bareRaise, callMethod, decrefAll, except, isAbcInstance, pyDef } from './collections-abc-support.ts';

const fn = (def: ReturnType<typeof pyDef>): ClassEntry => ({ kind: 'function', def });

/** `v is value or v == value`. */
export function sameOrEqual(v: PyObject, value: PyObject): boolean {
  return v === value || richCompareBool(v, value, 2);
}

/** The body of `Mapping`. */
export function mappingBody(): ClassEntry[] {
  return [
    fn(pyDef('__getitem__', ['self', 'key'], () => { throw bareRaise(E.KeyError); }, { abstract: true })),
    fn(pyDef('get', ['self', 'key', 'default'], (a) => except([E.KeyError], () => getItem(arg(a, 0), arg(a, 1))) ?? incref(a[2] ?? None), {
      ndefaults: 1, doc: 'D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.',
    })),
    fn(pyDef('__contains__', ['self', 'key'], (a) => {
      const v = except([E.KeyError], () => getItem(arg(a, 0), arg(a, 1)));
      if (v === null) return newBool(false);
      decref(v);
      return newBool(true);
    })),
    fn(pyDef('keys', ['self'], (a) => callObject(abcClass('KeysView'), [arg(a, 0)]), { doc: "D.keys() -> a set-like object providing a view on D's keys" })),
    fn(pyDef('items', ['self'], (a) => callObject(abcClass('ItemsView'), [arg(a, 0)]), { doc: "D.items() -> a set-like object providing a view on D's items" })),
    fn(pyDef('values', ['self'], (a) => callObject(abcClass('ValuesView'), [arg(a, 0)]), { doc: "D.values() -> an object providing a view on D's values" })),
    fn(pyDef('__eq__', ['self', 'other'], (a) => {
      const [self, other] = [arg(a, 0), arg(a, 1)];
      if (!isAbcInstance(other, 'Mapping')) return incref(NotImplemented);
      const left = dictOfItems(self);
      try {
        const right = dictOfItems(other);
        try {
          return richCompare(left, right, 2);
        } finally {
          decref(right);
        }
      } finally {
        decref(left);
      }
    })),
    { kind: 'value', name: '__reversed__', value: None },
  ];
}

/** `dict(m.items())`. */
function dictOfItems(m: PyObject): PyObject {
  const items = callMethod(m, 'items');
  try {
    return callObject(dictType, [items]);
  } finally {
    decref(items);
  }
}

/** The body of `MutableMapping` (`marker` is its private `__marker` object). */
export function mutableMappingBody(marker: PyObject): ClassEntry[] {
  return [
    fn(pyDef('__setitem__', ['self', 'key', 'value'], () => { throw bareRaise(E.KeyError); }, { abstract: true })),
    fn(pyDef('__delitem__', ['self', 'key'], () => { throw bareRaise(E.KeyError); }, { abstract: true })),
    { kind: 'value', name: '_MutableMapping__marker', value: marker },
    fn(pyDef('pop', ['self', 'key', 'default'], (a) => {
      const [self, key] = [arg(a, 0), arg(a, 1)];
      const dflt = a[2] ?? marker;
      if (dflt === marker) {
        const value = getItem(self, key);
        return deleteThen(self, key, value);
      }
      const value = except([E.KeyError], () => getItem(self, key));
      if (value === null) return incref(dflt);
      return deleteThen(self, key, value);
    }, { ndefaults: 1, doc: 'D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n          If key is not found, d is returned if given, otherwise KeyError is raised.\n        ' })),
    fn(pyDef('popitem', ['self'], (a) => {
      const self = arg(a, 0);
      const it = getIter(self);
      let key: PyObject | null;
      try {
        key = iterNext(it);
      } finally {
        decref(it);
      }
      if (key === null) throw keyErrorFromNone();
      try {
        const value = getItem(self, key);
        deleteItemOrRelease(self, key, value);
        return newTupleStealing([incref(key), value]);
      } finally {
        decref(key);
      }
    }, { doc: "D.popitem() -> (k, v), remove and return some (key, value) pair\n           as a 2-tuple; but raise KeyError if D is empty.\n        " })),
    fn(pyDef('clear', ['self'], (a) => {
      except([E.KeyError], () => {
        for (;;) decref(callMethod(arg(a, 0), 'popitem'));
      });
      return incref(None);
    }, { doc: 'D.clear() -> None.  Remove all items from D.' })),
    {
      kind: 'function',
      def: {
        name: 'update',
        doc: "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.\n            If E present and has a .keys() method, does:     for k in E: D[k] = E[k]\n            If E present and lacks .keys() method, does:     for (k, v) in E: D[k] = v\n            In either case, this is followed by: for k, v in F.items(): D[k] = v\n        ",
        impl: (args, kwnames) => update(args, kwnames),
      },
    },
    fn(pyDef('setdefault', ['self', 'key', 'default'], (a) => {
      const [self, key] = [arg(a, 0), arg(a, 1)];
      const dflt = a[2] ?? None;
      const v = except([E.KeyError], () => getItem(self, key));
      if (v !== null) return v;
      setItem(self, key, dflt);
      return incref(dflt);
    }, { ndefaults: 1, doc: "D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D" })),
  ];
}

function keyErrorFromNone(): PyRaise {
  const e = newExceptionStealing(E.KeyError, []);
  e.suppressContext = true;
  return raiseValue(e);
}

function deleteThen(self: PyObject, key: PyObject, value: PyObject): PyObject {
  deleteItemOrRelease(self, key, value);
  return value;
}

function deleteItemOrRelease(self: PyObject, key: PyObject, value: PyObject): void {
  try {
    deleteItem(self, key);
  } catch (e) {
    decref(value);
    throw e;
  }
}

/** `MutableMapping.update(self, other=(), /, **kwds)`. */
function update(args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos < 1) throw raiseMessage(E.TypeError, "update() missing 1 required positional argument: 'self'");
  if (npos > 2) throw raiseMessage(E.TypeError, `update() takes from 1 to 2 positional arguments but ${npos} were given`);
  const self = args[0] as PyObject;
  // `other=()` is positional-only: with one positional argument, args[1] is a keyword's value.
  const other = npos > 1 ? args[1] : undefined;
  if (other !== undefined) {
    if (isAbcInstance(other, 'Mapping')) {
      copyKeys(self, other, other);
    } else if (lookupHas(other, 'keys')) {
      const keys = callMethod(other, 'keys');
      try {
        copyKeys(self, other, keys);
      } finally {
        decref(keys);
      }
    } else {
      // `for key, value in other: self[key] = value`, one pair at a time.
      const it = getIter(other);
      try {
        for (let pair = iterNext(it); pair !== null; pair = iterNext(it)) {
          let kv: PyObject[];
          try {
            kv = unpackIterable(pair, 2);
          } finally {
            decref(pair);
          }
          const [k, v] = kv as [PyObject, PyObject];
          try {
            setItem(self, k, v);
          } finally {
            decref(k);
            decref(v);
          }
        }
      } finally {
        decref(it);
      }
    }
  }
  for (let i = 0; i < nkw; i++) {
    const k = newStr((kwnames as readonly string[])[i] as string);
    try {
      setItem(self, k, args[npos + i] as PyObject);
    } finally {
      decref(k);
    }
  }
  return incref(None);
}

function lookupHas(o: PyObject, name: string): boolean {
  const v = lookupAttrString(o, name);
  if (v === null) return false;
  decref(v);
  return true;
}

/** `for key in keys: self[key] = other[key]`. */
function copyKeys(self: PyObject, other: PyObject, keys: PyObject): void {
  const it = getIter(keys);
  try {
    for (let key = iterNext(it); key !== null; key = iterNext(it)) {
      try {
        const v = getItem(other, key);
        try {
          setItem(self, key, v);
        } finally {
          decref(v);
        }
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

/** `self._mapping`: a new reference. */
function mappingOf(view: PyObject): PyObject {
  return getAttrString(view, '_mapping');
}

/** The body of `MappingView`. */
export function mappingViewBody(): ClassEntry[] {
  return [
    fn(pyDef('__init__', ['self', 'mapping'], (a) => {
      setAttrString(arg(a, 0), '_mapping', arg(a, 1));
      return incref(None);
    })),
    fn(pyDef('__len__', ['self'], (a) => {
      const m = mappingOf(arg(a, 0));
      try {
        return lengthObject(m);
      } finally {
        decref(m);
      }
    })),
    fn(pyDef('__repr__', ['self'], (a) => {
      const self = arg(a, 0);
      const m = mappingOf(self);
      try {
        return newStr(`${self.type.name}(${reprText(m)})`);
      } finally {
        decref(m);
      }
    })),
  ];
}

const fromIterableSet = (): ClassEntry => ({
  kind: 'classmethod',
  def: pyDef('_from_iterable', ['self', 'it'], (a) => callObject(setType, [arg(a, 1)])),
});

/** `for key in self._mapping: yield f(key)` as a mixin iterator. */
function viewIterator(qualname: string, self: PyObject, f: (m: PyObject, key: PyObject) => PyObject): PyObject {
  const m = mappingOf(self);
  let it: PyObject;
  try {
    it = getIter(m);
  } catch (e) {
    decref(m);
    throw e;
  }
  return newAbcIterator(qualname, [m, it], (refs) => {
    const key = iterNext(refs[1] as PyObject);
    if (key === null) return null;
    try {
      return f(refs[0] as PyObject, key);
    } finally {
      decref(key);
    }
  });
}

/** The body of `KeysView`. */
export function keysViewBody(): ClassEntry[] {
  return [
    fromIterableSet(),
    fn(pyDef('__contains__', ['self', 'key'], (a) => {
      const m = mappingOf(arg(a, 0));
      try {
        return newBool(contains(m, arg(a, 1)));
      } finally {
        decref(m);
      }
    })),
    fn(pyDef('__iter__', ['self'], (a) => viewIterator('KeysView.__iter__', arg(a, 0), (_m, key) => incref(key)))),
  ];
}

/** The body of `ItemsView`. */
export function itemsViewBody(): ClassEntry[] {
  return [
    fromIterableSet(),
    fn(pyDef('__contains__', ['self', 'item'], (a) => {
      const [key, value] = unpackIterable(arg(a, 1), 2) as [PyObject, PyObject];
      const m = mappingOf(arg(a, 0));
      try {
        const v = except([E.KeyError], () => getItem(m, key));
        if (v === null) return newBool(false);
        try {
          return newBool(sameOrEqual(v, value));
        } finally {
          decref(v);
        }
      } finally {
        decrefAll([m, key, value]);
      }
    })),
    fn(pyDef('__iter__', ['self'], (a) => viewIterator('ItemsView.__iter__', arg(a, 0), (m, key) => {
      // The lookup first: when it raises, no reference to the key has been taken yet.
      const value = getItem(m, key);
      return newTupleStealing([incref(key), value]);
    }))),
  ];
}

/** The body of `ValuesView`. */
export function valuesViewBody(): ClassEntry[] {
  return [
    fn(pyDef('__contains__', ['self', 'value'], (a) => {
      const m = mappingOf(arg(a, 0));
      try {
        return newBool(iterateUntil(m, (key) => {
          const v = getItem(m, key);
          try {
            return sameOrEqual(v, arg(a, 1));
          } finally {
            decref(v);
          }
        }));
      } finally {
        decref(m);
      }
    })),
    fn(pyDef('__iter__', ['self'], (a) => viewIterator('ValuesView.__iter__', arg(a, 0), (m, key) => getItem(m, key)))),
  ];
}
