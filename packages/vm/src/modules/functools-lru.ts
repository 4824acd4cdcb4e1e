/**
 * `functools.lru_cache`: the `_lru_cache_wrapper` type (uncached, unbounded and bounded
 * wrappers, hits/misses, cache_info/cache_clear, method binding) and the `CacheInfo` named tuple.
 * Mirrors CPython 3.8 Modules/_functoolsmodule.c (lru_cache_*) and Lib/functools.py `lru_cache`.
 * @module
 */
import { functionDictGetSet } from '../objects/function-attributes.ts';
import { PyDict, bucketOf, dictClear, dictDelKnownHash, dictGetKnownHash, dictSetKnownHash, newDict } from '../objects/dict.ts';
import type { BucketKey } from '../runtime/dict-storage.ts';
import { dictVisitingTraverses } from '../runtime/gc-registry.ts';
import { False, PyInt, newInt } from '../objects/int.ts';
import { PyMethod } from '../objects/method.ts';
import { newBuiltinFunction, type NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { newStr, strType } from '../objects/str.ts';
import { PyTuple, newTuple, newTupleStealing, tupleType } from '../objects/tuple.ts';
import { intType } from '../objects/int.ts';
import { objectType, staticType } from '../runtime/core-types.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { typeError } from '../runtime/errors.ts';
import { allocateAddress, staticAddress } from '../runtime/memory.ts';
import { IMMORTAL, PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, incref } from '../runtime/object.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { HolderObject, allocate, holderType, splitKw } from './functools-args.ts';
import { bindArgs } from './abc-function.ts';
import { wrapsStealing } from './functools-wrap.ts';
import { markDottedTypeName } from '../runtime/type-name.ts';

/** `functools._CacheInfo` (a named tuple in Lib/functools.py). */
const cacheInfoType = staticType({ name: 'CacheInfo', module: 'functools', base: tupleType, basicsize: 24, itemsize: 8, flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE });
const FIELDS = ['hits', 'misses', 'maxsize', 'currsize'];
cacheInfoType.repr = (self) => {
  const items = (self as PyTuple).items;
  return newStr(`CacheInfo(${FIELDS.map((f, i) => `${f}=${reprText(items[i] ?? None)}`).join(', ')})`);
};
addGetSets(cacheInfoType, FIELDS.map((name, i) => ({ name, get: (self: PyObject) => incref((self as PyTuple).items[i] ?? None) })));

/** A bounded cache entry: the key and result it owns. */
class LruLink extends HolderObject {
  /** The key's bucket (`link->hash`): evicting the link does not hash its key again. */
  bucket: BucketKey = 0;
  key: PyObject | null = null;
  result: PyObject | null = null;

  override refs(): (PyObject | null)[] {
    return [this.key, this.result];
  }

  override drop(): void {
    this.key = this.result = null;
  }
}
const linkType = holderType({ name: '_lru_list_elem', module: 'functools', basicsize: 56 }, false);

/** `_lru_cache_wrapper`. */
class LruWrapper extends HolderObject {
  func: PyObject | null = null;
  cache: PyDict | null = null;
  /** -1 for None (unbounded). */
  maxsize = -1;
  maxsizeObj: PyObject | null = null;
  typed = false;
  hits = 0;
  misses = 0;
  /** Bounded caches: links from the least to the most recently used. */
  order = new Set<LruLink>();

  override refs(): (PyObject | null)[] {
    return [this.func, this.cache, this.maxsizeObj];
  }

  override drop(): void {
    this.func = this.cache = this.maxsizeObj = null;
    this.order.clear();
  }
}

const wrapperType = holderType({ name: '_lru_cache_wrapper', module: 'functools', basicsize: 128, flags: TPFLAGS_BASETYPE });
markDottedTypeName(wrapperType, linkType);
wrapperType.hasInstanceDict = true;
wrapperType.weakrefable = true;
// `lru_cache_tp_traverse`: the links are no GC objects, so the wrapper visits their keys and
// results itself; a cache whose keys refer back to the function is then a collectable cycle.
const holderTraverse = wrapperType.traverse;
wrapperType.traverse = (self, visit) => {
  for (const link of (self as LruWrapper).order) {
    if (link.key !== null) visit(link.key);
    if (link.result !== null) visit(link.result);
  }
  holderTraverse?.(self, visit);
};
dictVisitingTraverses.add(wrapperType.traverse);

// `kwd_mark`: an `object()` made once for the process and never freed (a C static in CPython),
// so it lives at a static address rather than in a run's heap.
const kwdMark: PyObject = new PyObject(objectType, staticAddress(16));
kwdMark.refcnt = IMMORTAL;
function mark(): PyObject {
  return kwdMark;
}

/** `lru_cache_make_key`. */
function makeKey(pos: readonly PyObject[], kw: Map<string, PyObject>, typed: boolean): PyObject {
  if (!typed && kw.size === 0) {
    const only = pos[0];
    if (pos.length === 1 && only !== undefined && (only.type === strType || only.type === intType)) return incref(only);
    return newTuple(pos);
  }
  const items: PyObject[] = pos.map((x) => incref(x));
  if (kw.size > 0) {
    items.push(incref(mark()));
    for (const [k, v] of kw) items.push(newStr(k), incref(v));
  }
  if (typed) {
    for (const x of pos) items.push(incref(x.type));
    for (const v of kw.values()) items.push(incref(v.type));
  }
  return newTupleStealing(items);
}

wrapperType.call = (self, args, kwnames) => {
  const w = self as LruWrapper;
  const func = w.func as PyObject;
  if (w.maxsize === 0) {
    w.misses++;
    return callObject(func, args, kwnames);
  }
  const [pos, kw] = splitKw(args, kwnames);
  const key = makeKey(pos, kw, w.typed);
  try {
    const cache = w.cache as PyDict;
    // The key is hashed once per call; every lookup and store reuses it (`..._KnownHash`).
    const bucket = bucketOf(key);
    const found = dictGetKnownHash(cache, key, bucket);
    if (w.maxsize < 0) {
      if (found !== null) {
        w.hits++;
        return incref(found);
      }
      w.misses++;
      const result = callObject(func, args, kwnames);
      dictSetKnownHash(cache, key, bucket, result);
      return result;
    }
    if (found !== null) {
      const link = found as LruLink;
      w.order.delete(link);
      w.order.add(link);
      w.hits++;
      return incref(link.result ?? None);
    }
    w.misses++;
    const result = callObject(func, args, kwnames);
    if (dictGetKnownHash(cache, key, bucket) !== null) return result; // added by a recursive call
    if (cache.size < w.maxsize || w.order.size === 0) {
      const link = allocate(linkType, (a) => new LruLink(linkType, a));
      link.bucket = bucket;
      link.key = incref(key);
      link.result = incref(result);
      dictSetKnownHash(cache, key, bucket, link);
      decref(link);
      w.order.add(link);
      return result;
    }
    const oldest = w.order.values().next().value as LruLink;
    w.order.delete(oldest);
    incref(oldest);
    const oldkey = oldest.key as PyObject;
    const oldresult = oldest.result as PyObject;
    dictDelKnownHash(cache, oldkey, oldest.bucket);
    oldest.bucket = bucket;
    oldest.key = incref(key);
    oldest.result = incref(result);
    dictSetKnownHash(cache, key, bucket, oldest);
    w.order.add(oldest);
    decref(oldest);
    decref(oldkey);
    decref(oldresult);
    return result;
  } finally {
    decref(key);
  }
};

wrapperType.descrGet = (self, obj) => {
  if (obj === null || obj === None) return incref(self);
  return new PyMethod(self, obj);
};

function cacheInfo(w: LruWrapper): PyObject {
  const items = [newInt(w.hits), newInt(w.misses), incref(w.maxsizeObj ?? None), newInt(w.cache === null ? 0 : w.cache.size)];
  return new PyTuple(cacheInfoType, items, allocateAddress(cacheInfoType, 4));
}

addMethods(wrapperType, [
  { name: 'cache_info', kind: 'noargs', impl: (self) => cacheInfo(self as LruWrapper) },
  {
    name: 'cache_clear',
    kind: 'noargs',
    impl: (self) => {
      const w = self as LruWrapper;
      w.hits = w.misses = 0;
      w.order.clear();
      if (w.cache !== null) dictClear(w.cache);
      return incref(None);
    },
  },
  { name: '__reduce__', kind: 'noargs', impl: (self) => getAttrString(self, '__qualname__') },
  { name: '__copy__', kind: 'noargs', impl: (self) => incref(self) },
  { name: '__deepcopy__', kind: 'o', impl: (self) => incref(self) },
]);
addGetSets(wrapperType, [
  functionDictGetSet,
]);

/** A new `_lru_cache_wrapper` around `func`, with functools.update_wrapper applied. */
function newWrapper(func: PyObject, maxsizeObj: PyObject, typed: boolean): PyObject {
  if (func.type.call === undefined) throw typeError('the first argument must be callable');
  const w = allocate(wrapperType, (a) => new LruWrapper(wrapperType, a));
  w.func = incref(func);
  w.cache = newDict();
  w.typed = typed;
  if (maxsizeObj === None) w.maxsize = -1;
  else {
    const v = (maxsizeObj as PyInt).value;
    w.maxsize = Math.max(0, typeof v === 'bigint' ? Number.MAX_SAFE_INTEGER : v);
  }
  w.maxsizeObj = incref(maxsizeObj);
  return wrapsStealing(w, func);
}

const decoratingFunction: NativeDef = {
  name: 'decorating_function',
  kind: 'o',
  impl: (self, args) => {
    const [maxsize, typed] = (self as PyTuple).items as [PyObject, PyObject];
    return newWrapper(args[0] as PyObject, maxsize, isTrue(typed));
  },
};

/** lru_cache and the names it brings. */
export const lruCacheDefs: readonly NativeDef[] = [
  {
    name: 'lru_cache',
    kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [maxArg, typedArg] = bindArgs('lru_cache', args, kwnames, ['maxsize', 'typed'], 2);
      let maxsize = maxArg ?? newInt(128);
      const typed = typedArg ?? False;
      if (maxArg !== undefined) incref(maxsize);
      try {
        if (maxsize instanceof PyInt) {
          if ((typeof maxsize.value === 'bigint' ? maxsize.value < 0n : maxsize.value < 0)) {
            decref(maxsize);
            maxsize = newInt(0);
          }
        } else if (maxsize.type.call !== undefined && (typed.type.name === 'bool')) {
          const f = maxsize;
          const m = newInt(128);
          try {
            return newWrapper(f, m, isTrue(typed));
          } finally {
            decref(m);
          }
        } else if (maxsize !== None) throw typeError('Expected first argument to be an integer, a callable, or None');
        const state = newTuple([maxsize, typed]);
        try {
          return newBuiltinFunction(decoratingFunction, state, 'functools');
        } finally {
          decref(state);
        }
      } finally {
        decref(maxsize);
      }
    },
  },
];

/** Module values: `_CacheInfo`, `_lru_cache_wrapper`. */
export function lruValues(): (readonly [string, PyObject])[] {
  return [['_CacheInfo', incref(cacheInfoType)], ['_lru_cache_wrapper', incref(wrapperType)]];
}
