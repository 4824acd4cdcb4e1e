/**
 * `collections.Counter`, a dict subclass counting hashable items: `most_common`, `elements`,
 * `update`/`subtract`, the multiset operators `+ - & |` and unary `+ -`, and the repr ordered
 * by count. Mirrors CPython 3.8 Lib/collections/__init__.py `Counter` natively.
 * @module
 */
import { PyDict, dictCopy, dictGet, dictItems, dictSet, dictType, isDict } from '../objects/dict.ts';
import { dictDelete, dictMerge } from '../objects/dict-slots.ts';
import * as E from '../objects/exceptions.ts';
import { newInt } from '../objects/int.ts';
import { positional } from '../objects/list-methods.ts';
import { selectionSize } from './heapq-select.ts';
import { newListStealing } from '../objects/list.ts';
import { reprEnter, reprLeave } from '../objects/list-slots.ts';
import { None, newNotImplemented } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { PyTuple, newTupleStealing } from '../objects/tuple.ts';
import { GT, LT, richCompareBool } from '../runtime/abstract-compare.ts';
import { getItem, setItem } from '../runtime/abstract-item.ts';
import { getIter, iterNext, iterableToArray } from '../runtime/abstract-iter.ts';
import { binaryOp } from '../runtime/abstract-number.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttrString, lookupType } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { staticType } from '../runtime/core-types.ts';
import { PyRaise, clearRaise, exceptionMatches, raiseMessage, typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, incref } from '../runtime/object.ts';
import { addClassMethods, addMethods } from '../runtime/type-defs.ts';
import { tpName } from '../runtime/type-name.ts';
import { chainType, repeatType, starmapType } from './itertools.ts';

/** `collections.Counter`. */
export const counterType: PyType = staticType({ name: 'Counter', module: 'collections', base: dictType, basicsize: 48, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
// A class of collections/__init__.py: it has `__weakref__`.
counterType.weakrefable = true;

function C(o: PyObject): PyDict {
  if (!(o instanceof PyDict)) throw typeError(`descriptor requires a 'Counter' object but received '${tpName(o.type)}'`);
  return o;
}

function isCounter(o: PyObject): o is PyDict {
  return o instanceof PyDict && (o.type === counterType || o.type.mro.includes(counterType));
}

/** `self[key] = value` through the type's slot (subclasses may override `__setitem__`). */
function store(d: PyDict, key: PyObject, value: PyObject): void {
  const set = d.type.setitem;
  if (set === undefined) dictSet(d, key, value);
  else set(d, key, value);
}

/** `mapping.get(key, 0)` for a dict. */
function getOrZero(d: PyDict, key: PyObject): PyObject {
  const v = dictGet(d, key);
  return v === null ? newInt(0) : incref(v);
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

/**
 * `_collections._count_elements(mapping, iterable)`: `mapping[elem] = mapping.get(elem, 0) + 1`
 * for each element, through the mapping's own `get` and `__setitem__`.
 */
export function countElements(args: readonly PyObject[]): PyObject {
  // `PyArg_UnpackTuple(args, "_count_elements", 2, 2, ...)`
  if (args.length !== 2) throw typeError(`_count_elements expected 2 arguments, got ${args.length}`);
  const [mapping, iterable] = args as [PyObject, PyObject];
  const it = getIter(iterable);
  const zero = newInt(0);
  const one = newInt(1);
  try {
    for (let k = iterNext(it); k !== null; k = iterNext(it)) {
      try {
        const old = callMethod(mapping, 'get', [k, zero]);
        let n: PyObject;
        try {
          n = binaryOp(old, one, 'add');
        } finally {
          decref(old);
        }
        try {
          setItem(mapping, k, n);
        } finally {
          decref(n);
        }
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
    decref(zero);
    decref(one);
  }
  return incref(None);
}

function countUpdate(d: PyDict, iterable: PyObject, sign: 'add' | 'subtract'): void {
  const items = isDict(iterable) ? iterable : null;
  if (items !== null || (lookupType(iterable.type, 'keys') !== null && lookupType(iterable.type, '__getitem__') !== null)) {
    if (items !== null && sign === 'add' && d.size === 0) {
      dictMerge(d, items, true);
      return;
    }
    const pairs = items !== null ? dictItems(items).map(([k, v]) => [incref(k), incref(v)] as [PyObject, PyObject]) : mappingPairs(iterable);
    for (const [k, v] of pairs) {
      try {
        const cur = getOrZero(d, k);
        const n = binaryOp(cur, v, sign);
        decref(cur);
        store(d, k, n);
        decref(n);
      } finally {
        decref(k);
        decref(v);
      }
    }
    return;
  }
  const one = newInt(1);
  const it = getIter(iterable);
  try {
    for (let k = iterNext(it); k !== null; k = iterNext(it)) {
      try {
        const cur = getOrZero(d, k);
        const n = binaryOp(cur, one, sign);
        decref(cur);
        store(d, k, n);
        decref(n);
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
    decref(one);
  }
}

function mappingPairs(m: PyObject): [PyObject, PyObject][] {
  const keysFn = getAttrString(m, 'keys');
  const keys = callObject(keysFn, []);
  decref(keysFn);
  const it = getIter(keys);
  decref(keys);
  const out: [PyObject, PyObject][] = [];
  try {
    for (let k = iterNext(it); k !== null; k = iterNext(it)) out.push([k, getItem(m, k)]);
  } finally {
    decref(it);
  }
  return out;
}

function updateImpl(self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null, sign: 'add' | 'subtract', fname: string): PyObject {
  const d = C(self);
  const pos = positional(args, kwnames);
  // `def update(self, iterable=None, /, **kwds)`.
  if (pos.length > 1) throw typeError(`${fname}() takes from 1 to 2 positional arguments but ${pos.length + 1} were given`);
  if (pos[0] !== undefined && pos[0] !== None) countUpdate(d, pos[0], sign);
  if (kwnames !== null && kwnames.length > 0) {
    const kw = new PyDict(dictType, allocateAddress(dictType));
    kwnames.forEach((k, i) => {
      const key = newStr(k);
      dictSet(kw, key, args[pos.length + i] as PyObject);
      decref(key);
    });
    countUpdate(d, kw, sign);
    decref(kw);
  }
  return incref(None);
}

function newCounter(): PyDict {
  return new PyDict(counterType, allocateAddress(counterType));
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

counterType.new = (type) => {
  if (type.isHeapType) incref(type);
  return new PyDict(type, allocateAddress(type));
};
counterType.init = (self, args, kwnames) => {
  decref(updateImpl(self, args, kwnames, 'add', '__init__'));
};
counterType.setitem = (self, key, value) => {
  if (value === null) dictDelete(self as PyDict, key);
  else dictSet(self as PyDict, key, value);
};
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

counterType.repr = (self) => {
  const d = self as PyDict;
  const name = d.type.name;
  if (d.size === 0) return newStr(`${name}()`);
  if (!reprEnter(d)) return newStr('{...}');
  try {
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
    const plain = dictCopy(d);
    try {
      return newStr(`${name}(${reprText(plain)})`);
    } finally {
      decref(plain);
    }
  } finally {
    reprLeave(d);
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

addMethods(counterType, [
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
  { name: '__copy__', kind: 'noargs', impl: (self) => callObject(self.type, [self]) },
]);
addClassMethods(counterType, [{
  name: 'fromkeys', kind: 'fast',
  impl: () => {
    throw raiseMessage(E.NotImplementedError, 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.');
  },
}]);
