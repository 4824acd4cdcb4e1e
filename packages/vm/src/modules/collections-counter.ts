/**
 * `collections.Counter`, a dict subclass counting hashable items: `most_common`, `elements`,
 * `update`/`subtract`, the multiset operators `+ - & |` and unary `+ -`, and the repr ordered
 * by count. Mirrors CPython 3.8 Lib/collections/__init__.py `Counter` natively.
 * @module
 */
import { asBuiltinCall, asPythonFrame } from '../runtime/recursion-levels.ts';
import { addPythonClassMethods, addPythonMethods } from '../objects/native-py-method.ts';
import { countElements, dictStoringSetItems } from './collections-count-elements.ts';
import { PyDict, dictGet, dictItems, dictSet, dictType } from '../objects/dict.ts';
import { dictCopyObject, dictDelete, dictMerge, newDictOfType } from '../objects/dict-slots.ts';
import { instanceDictGetSet, weakrefGetSet } from '../objects/object-type.ts';
import { layOutAsLibraryClass } from '../objects/type-layout.ts';
import { clearWeakrefs } from '../objects/weakref.ts';
import * as E from '../objects/exceptions.ts';
import { newInt } from '../objects/int.ts';
import { positional } from '../objects/list-methods.ts';
import { selectionSize } from './heapq-select.ts';
import { newListStealing } from '../objects/list.ts';
import { None, newNotImplemented } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { PyTuple, newTupleStealing } from '../objects/tuple.ts';
import { GT, LT, richCompareBool } from '../runtime/abstract-compare.ts';
import { getItem, setItem } from '../runtime/abstract-item.ts';
import { getIter, iterNext, iterableToArray } from '../runtime/abstract-iter.ts';
import { binaryOp } from '../runtime/abstract-number.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { isMappingInstance } from './collections-abc-support.ts';
import { staticType } from '../runtime/core-types.ts';
import { PyRaise, clearRaise, exceptionMatches, raiseMessage, typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, incref, xdecref } from '../runtime/object.ts';
import { addValue, orderMethods } from '../runtime/type-defs.ts';
import { tpName } from '../runtime/type-name.ts';
import { chainType, repeatType, starmapType } from './itertools.ts';

/** `collections.Counter`. */
export const counterType: PyType = staticType({ name: 'Counter', module: 'collections', base: dictType, basicsize: 48, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
// A class of collections/__init__.py: its instances have a `__dict__` and take weak references.
layOutAsLibraryClass(counterType, { dict: true, weak: true });
addValue(counterType, '__dict__', () => instanceDictGetSet(counterType));
addValue(counterType, '__weakref__', () => weakrefGetSet(counterType));

function C(o: PyObject): PyDict {
  if (!(o instanceof PyDict)) throw typeError(`descriptor requires a 'Counter' object but received '${tpName(o.type)}'`);
  return o;
}

function isCounter(o: PyObject): o is PyDict {
  return o instanceof PyDict && (o.type === counterType || o.type.mro.includes(counterType));
}

/** The (key, count) pairs by decreasing count, ties in insertion order (`sorted(..., reverse=True)`). */
function byCount(d: PyDict): [PyObject, PyObject][] {
  const items = dictItems(d);
  for (const [k, v] of items) {
    incref(k);
    incref(v);
  }
  try {
    return items.slice().sort((a, b) => (richCompareBool(b[1], a[1], LT) ? -1 : richCompareBool(a[1], b[1], LT) ? 1 : 0));
  } finally {
    for (const [k, v] of items) {
      decref(k);
      decref(v);
    }
  }
}

/** `for elem, count in obj.items(): body(elem, count)`, each pair unpacked as Python does. */
export function forEachItem(obj: PyObject, body: (elem: PyObject, count: PyObject) => void): void {
  const items = callMethod(obj, 'items');
  let pairs: PyObject[];
  try {
    pairs = iterableToArray(items);
  } finally {
    decref(items);
  }
  try {
    for (const pair of pairs) {
      const parts = pair instanceof PyTuple ? pair.items.map((x) => incref(x)) : iterableToArray(pair);
      try {
        if (parts.length !== 2) {
          throw typeError(parts.length < 2 ? `not enough values to unpack (expected 2, got ${parts.length})` : 'too many values to unpack (expected 2)');
        }
        body(parts[0] as PyObject, parts[1] as PyObject);
      } finally {
        for (const p of parts) decref(p);
      }
    }
  } finally {
    for (const p of pairs) decref(p);
  }
}

/** `self[elem] = f(self_get(elem, 0))`, with `self_get = self.get` bound once by the caller. */
function storeFromGet(self: PyObject, get: PyObject, elem: PyObject, f: (cur: PyObject) => PyObject): void {
  const zero = newInt(0);
  let cur: PyObject;
  try {
    cur = callObject(get, [elem, zero]);
  } finally {
    decref(zero);
  }
  let n: PyObject;
  try {
    n = f(cur);
  } finally {
    decref(cur);
  }
  try {
    setItem(self, elem, n);
  } finally {
    decref(n);
  }
}

/**
 * `Counter.update(iterable)`: a Mapping's counts are added (`count + self_get(elem, 0)`; an
 * empty counter takes them with `dict.update`); any other iterable is counted by
 * `_count_elements`, through the counter's own `get` and `__setitem__`.
 */
function countUpdate(d: PyDict, iterable: PyObject): void {
  if (!isMappingInstance(iterable)) {
    decref(countElements([d, iterable]));
    return;
  }
  if (!isTrue(d)) {
    dictMerge(d, iterable, true);
    return;
  }
  const get = getAttrString(d, 'get');
  try {
    forEachItem(iterable, (elem, count) => {
      storeFromGet(d, get, elem, (cur) => binaryOp(count, cur, 'add'));
    });
  } finally {
    decref(get);
  }
}

/** `Counter.subtract(iterable)`: `self[elem] = self_get(elem, 0) - count` (or `- 1` per element). */
function countSubtract(d: PyDict, iterable: PyObject): void {
  const get = getAttrString(d, 'get');
  try {
    if (isMappingInstance(iterable)) {
      forEachItem(iterable, (elem, count) => {
        storeFromGet(d, get, elem, (cur) => binaryOp(cur, count, 'subtract'));
      });
      return;
    }
    const one = newInt(1);
    const it = getIter(iterable);
    try {
      for (let k = iterNext(it); k !== null; k = iterNext(it)) {
        try {
          storeFromGet(d, get, k, (cur) => binaryOp(cur, one, 'subtract'));
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(it);
      decref(one);
    }
  } finally {
    decref(get);
  }
}

/** `def update(self, iterable=None, /, **kwds)` and `subtract`: then `self.<name>(kwds)`. */
function updateImpl(self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null, sign: 'add' | 'subtract', fname: string): PyObject {
  const d = C(self);
  const pos = positional(args, kwnames);
  if (pos.length > 1) throw typeError(`${fname}() takes from 1 to 2 positional arguments but ${pos.length + 1} were given`);
  if (pos[0] !== undefined && pos[0] !== None) {
    if (sign === 'add') countUpdate(d, pos[0]);
    else countSubtract(d, pos[0]);
  }
  if (kwnames !== null && kwnames.length > 0) {
    const kw = new PyDict(dictType, allocateAddress(dictType));
    try {
      kwnames.forEach((k, i) => {
        const key = newStr(k);
        dictSet(kw, key, args[pos.length + i] as PyObject);
        decref(key);
      });
      decref(callMethod(self, sign === 'add' ? 'update' : 'subtract', [kw]));
    } finally {
      decref(kw);
    }
  }
  return incref(None);
}

/** `Counter()`: a dict of its own type with a keys table of its own (`dict_new`). */
function newCounter(): PyDict {
  return newDictOfType(counterType);
}

/** The multiset operators: keep the entries whose combined count is positive. */
function combine(a: PyObject, b: PyObject, op: 'add' | 'subtract' | 'or' | 'and'): PyObject {
  if (!isCounter(a) || !isCounter(b)) return newNotImplemented();
  const result = newCounter();
  const zero = newInt(0);
  try {
    for (const [k, count] of dictItems(a)) {
      const other = getItem(b, k);
      let n: PyObject;
      if (op === 'add' || op === 'subtract') n = binaryOp(count, other, op);
      else if (op === 'or') n = incref(richCompareBool(count, other, LT) ? other : count);
      else n = incref(richCompareBool(count, other, LT) ? count : other);
      decref(other);
      if (richCompareBool(n, zero, GT)) dictSet(result, k, n);
      decref(n);
    }
    if (op !== 'and') {
      for (const [k, count] of dictItems(b)) {
        if (dictGet(a, k) !== null) continue;
        if (op === 'subtract') {
          if (richCompareBool(count, zero, LT)) {
            const n = binaryOp(zero, count, 'subtract');
            dictSet(result, k, n);
            decref(n);
          }
        } else if (richCompareBool(count, zero, GT)) dictSet(result, k, count);
      }
    }
  } catch (e) {
    decref(result);
    throw e;
  } finally {
    decref(zero);
  }
  return result;
}

counterType.new = (type) => newDictOfType(type);
// `subtype_dealloc`/`subtype_traverse`/`subtype_clear` of the class: the weak references, the
// instance `__dict__`, then the dict's own.
const dictDealloc = dictType.dealloc;
const dictTraverse = dictType.traverse;
const dictClearSlot = dictType.clear;
counterType.dealloc = (self) => {
  if (self.weakrefs !== null) clearWeakrefs(self);
  const d = self.dict;
  self.dict = null;
  xdecref(d);
  dictDealloc?.(self);
};
counterType.traverse = (self, visit) => {
  if (self.dict !== null) visit(self.dict);
  dictTraverse?.(self, visit);
};
counterType.clear = (self) => {
  const d = self.dict;
  self.dict = null;
  xdecref(d);
  dictClearSlot?.(self);
};
// `def __init__(self, iterable=None, /, **kwds)`: `self.update(iterable, **kwds)`, through a
// subclass's own `update`.
// The Python method runs a frame (a recursion level), and its `super(Counter, self).__init__()`
// is a builtin call.
counterType.init = (self, args, kwnames) => {
  asPythonFrame(() => {
    const pos = positional(args, kwnames);
    if (pos.length > 1) throw typeError(`__init__() takes from 1 to 2 positional arguments but ${pos.length + 1} were given`);
    asBuiltinCall(() => null);
    decref(callMethod(self, 'update', args, kwnames));
  });
};
counterType.setitem = (self, key, value) => {
  if (value === null) dictDelete(self as PyDict, key);
  else dictSet(self as PyDict, key, value);
};
dictStoringSetItems.add(counterType.setitem);
// The dunders Lib/collections' `class Counter(dict)` defines (it inherits `dict.__setitem__`).
// `class Counter(dict)`'s body order, which `vars(Counter)` shows.
orderMethods(counterType, `__init__ __missing__ most_common elements fromkeys update subtract copy __reduce__ __delitem__
  __repr__ __add__ __sub__ __or__ __and__ __pos__ __neg__ _keep_positive __iadd__ __isub__ __ior__ __iand__`);
counterType.classDunders = new Set([
  '__init__', '__missing__', '__reduce__', '__delitem__', '__repr__', '__add__', '__sub__', '__or__', '__and__', '__pos__',
  '__neg__', '__iadd__', '__isub__', '__ior__', '__iand__',
]);
/**
 * `'%r: %r' % item` for each of `self.most_common()`, or null where CPython's `__repr__` would
 * meet a TypeError (an item that is not a pair); a TypeError raised on the way propagates.
 */
function mostCommonText(self: PyDict): string | null {
  const list = callMethod(self, 'most_common');
  let items: PyObject[];
  try {
    items = iterableToArray(list);
  } finally {
    decref(list);
  }
  try {
    const parts: string[] = [];
    for (const item of items) {
      if (!(item instanceof PyTuple) || item.items.length !== 2) return null;
      parts.push(`${reprText(item.items[0] as PyObject)}: ${reprText(item.items[1] as PyObject)}`);
    }
    return parts.join(', ');
  } finally {
    for (const x of items) decref(x);
  }
}

// `Counter.__repr__` is Python code without `reprlib.recursive_repr`: a Counter holding itself
// recurses until RecursionError, as CPython's does.
counterType.repr = (self) => {
  const d = self as PyDict;
  const name = d.type.name;
  if (d.size === 0) return newStr(`${name}()`);
  let text: string | null;
  try {
    text = mostCommonText(d);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
    clearRaise(e);
    text = null;
  }
  if (text !== null) return newStr(`${name}({${text}})`);
  // "handle case where values are not orderable": the repr of `dict(self)`.
  const plain = dictCopyObject(d);
  try {
    return newStr(`${name}(${reprText(plain)})`);
  } finally {
    decref(plain);
  }
};
counterType.nb.add = (a, b) => combine(a, b, 'add');
counterType.nb.subtract = (a, b) => combine(a, b, 'subtract');
counterType.nb.or = (a, b) => combine(a, b, 'or');
counterType.nb.and = (a, b) => combine(a, b, 'and');
counterType.nbPositive = (self) => {
  const empty = newCounter();
  try {
    return combine(self, empty, 'add');
  } finally {
    decref(empty);
  }
};
counterType.nbNegative = (self) => {
  const empty = newCounter();
  try {
    return combine(empty, self, 'subtract');
  } finally {
    decref(empty);
  }
};

addPythonMethods(counterType, [
  { name: '__missing__', kind: 'o', impl: () => newInt(0) },
  {
    name: 'most_common', kind: 'fast',
    impl: (self, args) => {
      let pairs = byCount(C(self));
      const n = args[0];
      // `_heapq.nlargest(n, self.items(), key=_itemgetter(1))` keeps the order of sorting by count.
      if (n !== undefined && n !== None) pairs = pairs.slice(0, selectionSize(n, pairs.length));
      return newListStealing(pairs.map(([k, v]) => newTupleStealing([incref(k), incref(v)])));
    },
  },
  {
    // `_chain.from_iterable(_starmap(_repeat, self.items()))`: counts are checked lazily by repeat().
    name: 'elements', kind: 'noargs',
    impl: (self) => {
      const items = callMethod(C(self), 'items');
      let pairs: PyObject;
      try {
        pairs = callObject(starmapType, [repeatType, items]);
      } finally {
        decref(items);
      }
      try {
        return callMethod(chainType, 'from_iterable', [pairs]);
      } finally {
        decref(pairs);
      }
    },
  },
  { name: 'update', kind: 'fastkw', impl: (self, args, kwnames) => updateImpl(self, args, kwnames, 'add', 'update') },
  { name: 'subtract', kind: 'fastkw', impl: (self, args, kwnames) => updateImpl(self, args, kwnames, 'subtract', 'subtract') },
  { name: 'copy', kind: 'noargs', impl: (self) => callObject(self.type, [self]) },
  {
    // `return self.__class__, (dict(self),)`
    name: '__reduce__', kind: 'noargs',
    impl: (self) => {
      const cls = getAttrString(self, '__class__');
      let plain: PyObject;
      try {
        plain = callObject(dictType, [self]);
      } catch (e) {
        decref(cls);
        throw e;
      }
      return newTupleStealing([cls, newTupleStealing([plain])]);
    },
  },
]);
addPythonClassMethods(counterType, [{
  name: 'fromkeys', kind: 'fast',
  impl: () => {
    throw raiseMessage(E.NotImplementedError, 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.');
  },
}]);
