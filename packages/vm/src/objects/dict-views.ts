/**
 * `dict_keys`, `dict_values`, `dict_items` and the dict iterators (forward and reversed), with
 * "dictionary changed size during iteration"; the views' set operators, comparisons and
 * `isdisjoint`. Mirrors CPython 3.8 Objects/dictobject.c (dictiter_*, dictview_*).
 * @module
 */
import { EQ, GE, GT, LE, LT, NE, richCompareBool } from '../runtime/abstract-compare.ts';
import { contains, length } from '../runtime/abstract-item.ts';
import { getIter, iterNext, iterableToArray } from '../runtime/abstract-iter.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { staticType } from '../runtime/core-types.ts';
import { runtimeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, incref, freeObject, type BinarySlot, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { PyDict, dictGet } from './dict.ts';
import { newBool, newInt } from './int.ts';
import { newListStealing } from './list.ts';
import { reprEnter, reprLeave } from './repr-guard.ts';
import { PySet, newSet, setUpdateInternal } from './set.ts';
import { differenceUpdate, intersectionUpdate, symmetricDifferenceUpdate } from './set-methods.ts';
import { newNotImplemented } from './singletons.ts';
import { newStr } from './str.ts';
import { PyTuple, newTuple } from './tuple.ts';
import { LENGTH_HINT_DOC } from './builtin-docs.ts';

/** What a view or iterator yields. */
export type DictViewKind = 'keys' | 'values' | 'items';

/** A view over a dict (`_PyDictViewObject`). */
export class PyDictView extends PyObject {
  readonly mapping: PyDict;
  readonly kind: DictViewKind;

  constructor(type: PyType, dict: PyDict, kind: DictViewKind) {
    super(type, allocateAddress(type));
    this.mapping = dict;
    this.kind = kind;
  }
}

/** A dict iterator (`dictiterobject`); `dict` null once exhausted. */
export class PyDictIter extends PyObject {
  mapping: PyDict | null;
  readonly kind: DictViewKind;
  readonly reversed: boolean;
  diUsed: number;
  pos: number;
  len: number;

  constructor(type: PyType, dict: PyDict, kind: DictViewKind, reversed: boolean) {
    super(type, allocateAddress(type));
    this.mapping = incref(dict);
    this.kind = kind;
    this.reversed = reversed;
    this.diUsed = dict.size;
    this.len = dict.size;
    this.pos = reversed ? dict.storage.lastLive() : dict.storage.firstLive();
  }
}

const viewTypes = {
  keys: staticType({ name: 'dict_keys', basicsize: 24, flags: TPFLAGS_HAVE_GC }),
  values: staticType({ name: 'dict_values', basicsize: 24, flags: TPFLAGS_HAVE_GC }),
  items: staticType({ name: 'dict_items', basicsize: 24, flags: TPFLAGS_HAVE_GC }),
};
const iterTypes = {
  keys: staticType({ name: 'dict_keyiterator', basicsize: 56, flags: TPFLAGS_HAVE_GC }),
  values: staticType({ name: 'dict_valueiterator', basicsize: 56, flags: TPFLAGS_HAVE_GC }),
  items: staticType({ name: 'dict_itemiterator', basicsize: 56, flags: TPFLAGS_HAVE_GC }),
};
const revIterTypes = {
  keys: staticType({ name: 'dict_reversekeyiterator', basicsize: 56, flags: TPFLAGS_HAVE_GC }),
  values: staticType({ name: 'dict_reversevalueiterator', basicsize: 56, flags: TPFLAGS_HAVE_GC }),
  items: staticType({ name: 'dict_reverseitemiterator', basicsize: 56, flags: TPFLAGS_HAVE_GC }),
};
/** The six dict iterator types (forward, then reversed; keys, values, items). */
export const dictIteratorTypes: readonly PyType[] = [...Object.values(iterTypes), ...Object.values(revIterTypes)];
/** The view types, by kind. */
export const dictKeysType: PyType = viewTypes.keys;
export const dictValuesType: PyType = viewTypes.values;
export const dictItemsType: PyType = viewTypes.items;

/** `d.keys()` / `d.values()` / `d.items()`: a new reference. */
export function newDictView(d: PyDict, kind: DictViewKind): PyDictView {
  return new PyDictView(viewTypes[kind], incref(d), kind);
}

/** `iter(d)` and the views' iterators: a new reference. */
export function newDictIter(d: PyDict, kind: DictViewKind, reversed = false): PyDictIter {
  return new PyDictIter((reversed ? revIterTypes : iterTypes)[kind], d, kind, reversed);
}

function exhausted(di: PyDictIter): null {
  const d = di.mapping;
  di.mapping = null;
  if (d !== null) decref(d);
  return null;
}

function iterNextEntry(self: PyObject): PyObject | null {
  const di = self as PyDictIter;
  const d = di.mapping;
  if (d === null) return null;
  if (di.diUsed !== d.size) {
    di.diUsed = -1;
    throw runtimeError('dictionary changed size during iteration');
  }
  const s = d.storage;
  let i = di.pos;
  if (di.reversed) {
    while (i >= 0 && s.keys[i] == null) i--;
    if (i < 0) return exhausted(di);
    di.pos = i - 1;
  } else {
    while (i < s.keys.length && s.keys[i] == null) i++;
    if (i >= s.keys.length) return exhausted(di);
    if (di.len === 0) {
      exhausted(di);
      throw runtimeError('dictionary keys changed during iteration');
    }
    di.pos = i + 1;
  }
  di.len--;
  const key = s.keys[i] as PyObject;
  const value = s.values[i] as PyObject;
  if (di.kind === 'keys') return incref(key);
  if (di.kind === 'values') return incref(value);
  return newTuple([key, value]);
}

for (const t of [...Object.values(iterTypes), ...Object.values(revIterTypes)]) {
  t.iter = (self) => incref(self);
  t.iternext = iterNextEntry;
  t.dealloc = (self) => {
    exhausted(self as PyDictIter);
    freeObject(self);
  };
  t.traverse = (self, visit) => {
    const d = (self as PyDictIter).mapping;
    if (d !== null) visit(d);
  };
  addMethods(t, [
    {
      name: '__length_hint__',
      kind: 'noargs',
      doc: LENGTH_HINT_DOC,
      impl: (self) => {
        const di = self as PyDictIter;
        return newInt(di.mapping !== null && di.diUsed === di.mapping.size ? di.len : 0);
      },
    },
  ]);
}

/** `all_contained_in`: every item of `a` is in `b`. */
function allContainedIn(a: PyObject, b: PyObject): boolean {
  const it = getIter(a);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return true;
      try {
        if (!contains(b, x)) return false;
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
}

function isViewSet(o: PyObject): boolean {
  return o instanceof PySet || (o instanceof PyDictView && o.kind !== 'values');
}

/** The set-like operators: `PySet_New(a)` then a set method with `b`. */
function viewOp(f: (s: PySet, other: PyObject) => void): BinarySlot {
  return (a, b) => {
    const result = newSet();
    try {
      setUpdateInternal(result, a);
      f(result, b);
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  };
}

for (const kind of ['keys', 'values', 'items'] as const) {
  const t = viewTypes[kind];
  t.dealloc = (self) => {
    decref((self as PyDictView).mapping);
    freeObject(self);
  };
  t.traverse = (self, visit) => {
    visit((self as PyDictView).mapping);
  };
  t.length = (self) => (self as PyDictView).mapping.size;
  t.iter = (self) => newDictIter((self as PyDictView).mapping, kind);
  t.repr = (self) => {
    if (!reprEnter(self)) return newStr('...');
    try {
      const list = newListStealing(iterableToArray(self));
      try {
        return newStr(`${self.type.name}(${reprText(list)})`);
      } finally {
        decref(list);
      }
    } finally {
      reprLeave(self);
    }
  };
  // `isdisjoint` (keys and items only) comes before `__reversed__` in `vars()`, as CPython declares them.
  const reversedMethod = { name: '__reversed__', kind: 'noargs', impl: (self: PyObject) => newDictIter((self as PyDictView).mapping, kind, true) } as const;
  if (kind === 'values') {
    addMethods(t, [reversedMethod]);
    continue;
  }
  t.contains = (self, obj) => {
    const d = (self as PyDictView).mapping;
    if (kind === 'keys') return dictGet(d, obj) !== null;
    if (!(obj instanceof PyTuple) || obj.items.length !== 2) return false;
    const found = dictGet(d, obj.items[0] as PyObject);
    if (found === null) return false;
    incref(found);
    try {
      return richCompareBool(obj.items[1] as PyObject, found, EQ);
    } finally {
      decref(found);
    }
  };
  t.richcompare = (a, b, op) => {
    if (!isViewSet(b)) return newNotImplemented();
    const la = length(a);
    const lb = length(b);
    let ok = false;
    switch (op) {
      case EQ:
      case NE:
        if (la === lb) ok = allContainedIn(a, b);
        if (op === NE) ok = !ok;
        break;
      case LT:
        if (la < lb) ok = allContainedIn(a, b);
        break;
      case LE:
        if (la <= lb) ok = allContainedIn(a, b);
        break;
      case GT:
        if (la > lb) ok = allContainedIn(b, a);
        break;
      case GE:
        if (la >= lb) ok = allContainedIn(b, a);
        break;
    }
    return newBool(ok);
  };
  t.nb.subtract = viewOp(differenceUpdate);
  t.nb.and = viewOp(intersectionUpdate);
  t.nb.xor = viewOp(symmetricDifferenceUpdate);
  t.nb.or = viewOp(setUpdateInternal);
  addMethods(t, [
    {
      name: 'isdisjoint',
      kind: 'o',
      impl: (self, args) => {
        const other = args[0] as PyObject;
        if (self === other) return newBool(length(self) === 0);
        let [a, b] = [self, other];
        if (isViewSet(other) && length(other) > length(self)) [a, b] = [other, self];
        const it = getIter(b);
        try {
          for (;;) {
            const x = iterNext(it);
            if (x === null) return newBool(true);
            try {
              if (contains(a, x)) return newBool(false);
            } finally {
              decref(x);
            }
          }
        } finally {
          decref(it);
        }
      },
    },
    reversedMethod,
  ]);
}
