/**
 * `functools.lru_cache`: the `_lru_cache_wrapper` type (uncached, unbounded and bounded
 * wrappers, hits/misses, cache_info/cache_clear, method binding) and the `CacheInfo` named tuple.
 * Mirrors CPython 3.8 Modules/_functoolsmodule.c (lru_cache_*) and Lib/functools.py `lru_cache`.
 * @module
 */
import { functionDictGetSet } from '../objects/function-attributes.ts';
import { PyDict, bucketOf, dictClear, dictDelKnownHash, dictGetKnownHash, dictSetKnownHash, newDict } from '../objects/dict.ts';
import type { BucketKey } from '../runtime/dict-storage.ts';
import { False, PyInt, newInt } from '../objects/int.ts';
import { PyMethod } from '../objects/method.ts';
import { type NativeDef } from '../objects/native-function.ts';
import { newHeldNativePyFunction } from '../objects/native-py-function.ts';
import { None } from '../objects/singletons.ts';
import { newStr, strType } from '../objects/str.ts';
import { PyTuple, newTuple, newTupleStealing } from '../objects/tuple.ts';
import { intType } from '../objects/int.ts';
import { objectType } from '../runtime/core-types.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { typeError } from '../runtime/errors.ts';
import * as E from '../objects/exceptions.ts';
import { asSsize, hasIndex } from '../runtime/abstract-number.ts';
import { parseArgs } from '../runtime/clinic-args.ts';
import { staticAddress } from '../runtime/memory.ts';
import { IMMORTAL, PyObject, PyType, TPFLAGS_BASETYPE, TPFLAGS_METHOD_DESCRIPTOR, decref, incref } from '../runtime/object.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { HolderObject, allocate, holderType, splitKw } from './functools-args.ts';
import { bindArgs } from './abc-function.ts';
import { wrapsStealing } from './functools-wrap.ts';
import { markDottedTypeName } from '../runtime/type-name.ts';
import { namedtuple } from './collections-namedtuple.ts';

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
  /** `cache_info_type`: the class `cache_info()` calls (functools' `_CacheInfo` when made). */
  cacheInfoType: PyObject | null = null;
  /** -1 for None (unbounded). */
  maxsize = -1;
  typed = false;
  hits = 0;
  misses = 0;
  /** Bounded caches: links from the least to the most recently used. */
  order = new Set<LruLink>();

  override refs(): (PyObject | null)[] {
    return [this.func, this.cache, this.cacheInfoType];
  }

  override drop(): void {
    this.func = this.cache = this.cacheInfoType = null;
    this.order.clear();
  }
}

// `Py_TPFLAGS_METHOD_DESCRIPTOR`: a method call through the wrapper makes no bound method.
const wrapperType = holderType({ name: '_lru_cache_wrapper', module: 'functools', basicsize: 128, flags: TPFLAGS_BASETYPE | TPFLAGS_METHOD_DESCRIPTOR });
markDottedTypeName(wrapperType, linkType);
// `tp_dictoffset` but no `tp_weaklistoffset` in 3.8: "cannot create weak reference to
// 'functools._lru_cache_wrapper' object".
wrapperType.hasInstanceDict = true;
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

/** `lru_cache_cache_info`: `cache_info_type(hits, misses, maxsize, currsize)`. */
function cacheInfo(w: LruWrapper): PyObject {
  const items = [newInt(w.hits), newInt(w.misses), w.maxsize === -1 ? incref(None) : newInt(w.maxsize), newInt(w.cache === null ? 0 : w.cache.size)];
  try {
    return callObject(w.cacheInfoType ?? None, items);
  } finally {
    for (const o of items) decref(o);
  }
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

/**
 * `lru_cache_new`: a `type` instance caching `func` (no `update_wrapper`: functools.py applies it).
 * A None `maxsize` caches without bound; an index is clamped at 0 (0 caches nothing).
 */
function newWrapper(type: PyType, func: PyObject, maxsizeObj: PyObject, typed: boolean, cacheInfoType: PyObject): LruWrapper {
  if (func.type.call === undefined) throw typeError('the first argument must be callable');
  let maxsize = -1;
  if (maxsizeObj !== None) {
    if (!hasIndex(maxsizeObj)) throw typeError('maxsize should be integer or None');
    maxsize = Math.max(0, asSsize(maxsizeObj, E.OverflowError));
  }
  const w = allocate(type, (a) => new LruWrapper(type, a));
  w.func = incref(func);
  w.cacheInfoType = incref(cacheInfoType);
  w.cache = newDict();
  w.typed = typed;
  w.maxsize = maxsize;
  return w;
}

wrapperType.new = (type, args, kwnames) => {
  const [func, maxsizeObj, typed, info] = parseArgs('lru_cache', args, kwnames, ['user_function', 'maxsize', 'typed', 'cache_info_type'], 4) as [PyObject, PyObject, PyObject, PyObject];
  return newWrapper(type, func, maxsizeObj, isTrue(typed), info);
};

/** `update_wrapper(_lru_cache_wrapper(func, maxsize, typed, _CacheInfo), func)`. */
function wrappedCache(func: PyObject, maxsizeObj: PyObject, typed: boolean, cacheInfoType: PyObject): PyObject {
  return wrapsStealing(newWrapper(wrapperType, func, maxsizeObj, typed, cacheInfoType), func);
}

const decoratingFunction: NativeDef = {
  name: 'decorating_function',
  kind: 'o',
  impl: (self, args) => {
    const [maxsize, typed, info] = (self as PyTuple).items as [PyObject, PyObject, PyObject];
    return wrappedCache(args[0] as PyObject, maxsize, isTrue(typed), info);
  },
};

/** lru_cache and the names it brings. */
export const lruCacheDefs: readonly NativeDef[] = [
  {
    name: 'lru_cache',
    kind: 'fastkw',
    impl: (module, args, kwnames) => {
      const [maxArg, typedArg] = bindArgs('lru_cache', args, kwnames, ['maxsize', 'typed'], 2);
      let maxsize = maxArg ?? newInt(128);
      const typed = typedArg ?? False;
      if (maxArg !== undefined) incref(maxsize);
      let info: PyObject | null = null;
      try {
        // functools.py passes its global `_CacheInfo` to `_lru_cache_wrapper`, looked up at
        // decoration time.
        info = getAttrString(module, '_CacheInfo');
        if (maxsize instanceof PyInt) {
          if ((typeof maxsize.value === 'bigint' ? maxsize.value < 0n : maxsize.value < 0)) {
            decref(maxsize);
            maxsize = newInt(0);
          }
        } else if (maxsize.type.call !== undefined && (typed.type.name === 'bool')) {
          const f = maxsize;
          const m = newInt(128);
          try {
            return wrappedCache(f, m, isTrue(typed), info);
          } finally {
            decref(m);
          }
        } else if (maxsize !== None) throw typeError('Expected first argument to be an integer, a callable, or None');
        const state = newTuple([maxsize, typed, info]);
        try {
          return newHeldNativePyFunction(decoratingFunction, state, 'functools', 'lru_cache.<locals>.decorating_function');
        } finally {
          decref(state);
        }
      } finally {
        decref(maxsize);
        if (info !== null) decref(info);
      }
    },
  },
];

/**
 * Module values: `_CacheInfo` (a true named tuple class, made as functools.py makes it) and
 * `_lru_cache_wrapper`.
 */
export function lruValues(): (readonly [string, PyObject])[] {
  const args = [newStr('CacheInfo'), newStr('hits misses maxsize currsize'), newStr('functools')];
  try {
    return [['_CacheInfo', namedtuple(args, ['module'])], ['_lru_cache_wrapper', incref(wrapperType)]];
  } finally {
    for (const o of args) decref(o);
  }
}
