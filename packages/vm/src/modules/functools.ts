/**
 * The `functools` module: `reduce`, `cmp_to_key` (`functools.KeyWrapper`),
 * `update_wrapper`/`wraps` and the module registration. Mirrors CPython 3.8
 * Modules/_functoolsmodule.c and the parts of Lib/functools.py that are written in Python there
 * (update_wrapper, wraps). partial is in functools-partial.ts, partialmethod in
 * functools-partialmethod.ts, lru_cache in functools-lru.ts; total_ordering, cached_property and
 * singledispatch in functools-extra.ts.
 * @module
 */
import { dictGetStr, dictSetStr } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { varargsImpl } from '../objects/call-arguments.ts';
import { None } from '../objects/singletons.ts';
import { internStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { richCompare } from '../runtime/abstract-compare.ts';
import { getIter, iterNext } from '../runtime/abstract-iter.ts';
import { callObject } from '../runtime/call.ts';
import { objectType } from '../runtime/core-types.ts';
import { PyRaise, clearRaise, exceptionMatches, typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { addGetSets } from '../runtime/type-defs.ts';
import { HolderObject, allocate, holderType, parseArgs, unpackArgs } from './functools-args.ts';
import { bindArgs } from './abc-function.ts';
import { defineNativeModule, importFrom } from './module-builder.ts';
import { lruCacheDefs, lruValues } from './functools-lru.ts';
import { WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES, updateWrapper } from './functools-wrap.ts';
import { extraDefs, extraValues } from './functools-extra.ts';
import { makePartialMethod } from './functools-partialmethod.ts';
import { makeRecursiveRepr, makeSingleDispatchMethod } from './functools-dispatch-method.ts';
import { partialType } from './functools-partial.ts';
import { dispatchMroDefs, functoolsHelperDefs } from './functools-dispatch-mro.ts';
import { newInt } from '../objects/int.ts';
import { PyModule } from '../objects/module.ts';
import { markDottedTypeName } from '../runtime/type-name.ts';
import { cachedPropertyValues } from './functools-cached-property.ts';
import { freeMakeKey, makeHashedSeq, makeKeyDefs } from './functools-make-key.ts';
import { rlockType } from './thread-rlock.ts';

/** `functools.KeyWrapper` (what `cmp_to_key` returns, and the K objects it makes). */
class KeyObject extends HolderObject {
  cmp: PyObject | null = null;
  object: PyObject | null = null;

  override refs(): (PyObject | null)[] {
    return [this.cmp, this.object];
  }

  override drop(): void {
    this.cmp = this.object = null;
  }
}

const keyWrapperType = holderType({ name: 'KeyWrapper', module: 'functools', basicsize: 32 }, false);
markDottedTypeName(keyWrapperType);
keyWrapperType.call = (self, args, kwnames) => {
  const [obj] = parseArgs('K', args, kwnames, ['obj'], 1);
  const k = allocate(keyWrapperType, (a) => new KeyObject(keyWrapperType, a));
  k.cmp = incref((self as KeyObject).cmp as PyObject);
  k.object = incref(obj as PyObject);
  return k;
};
keyWrapperType.richcompare = (self, other, op) => {
  if (other.type !== keyWrapperType) throw typeError('other argument must be K instance');
  const a = self as KeyObject;
  const b = other as KeyObject;
  if (a.object === null || b.object === null) throw typeError('object');
  const res = callObject(a.cmp as PyObject, [a.object, b.object]);
  const zero = newInt(0);
  try {
    return richCompare(res, zero, op);
  } finally {
    decref(zero);
    decref(res);
  }
};
addGetSets(keyWrapperType, [{ name: 'obj', get: (self) => incref((self as KeyObject).object ?? None) }]);



const UPDATE_WRAPPER_NAMES = ['wrapper', 'wrapped', 'assigned', 'updated'];

const functions: NativeDef[] = [
  {
    name: 'reduce',
    cModule: '_functools',
    kind: 'fast',
    impl: varargsImpl((_m, args) => {
      unpackArgs('reduce', args, 2, 3);
      const func = args[0] as PyObject;
      let result: PyObject | null = args[2] === undefined ? null : incref(args[2]);
      let it: PyObject;
      try {
        it = getIter(args[1] as PyObject);
      } catch (e) {
        if (result !== null) decref(result);
        if (e instanceof PyRaise && exceptionMatches(e, E.TypeError)) {
          clearRaise(e);
          throw typeError('reduce() arg 2 must support iteration');
        }
        throw e;
      }
      try {
        for (let op2 = iterNext(it); op2 !== null; op2 = iterNext(it)) {
          if (result === null) result = op2;
          else {
            const prev: PyObject = result;
            result = null;
            try {
              result = callObject(func, [prev, op2]);
            } finally {
              decref(prev);
              decref(op2);
            }
          }
        }
      } catch (e) {
        if (result !== null) decref(result);
        throw e;
      } finally {
        decref(it);
      }
      if (result === null) throw typeError('reduce() of empty sequence with no initial value');
      return result;
    }),
  },
  {
    name: 'cmp_to_key',
    cModule: '_functools',
    kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [mycmp] = parseArgs('cmp_to_key', args, kwnames, ['mycmp'], 1);
      const k = allocate(keyWrapperType, (a) => new KeyObject(keyWrapperType, a));
      k.cmp = incref(mycmp as PyObject);
      return k;
    },
  },
  {
    name: 'update_wrapper',
    kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [wrapper, wrapped, assigned, updated] = bindArgs('update_wrapper', args, kwnames, UPDATE_WRAPPER_NAMES, 2);
      updateWrapper(wrapper as PyObject, wrapped as PyObject, assigned ?? null, updated ?? null);
      return incref(wrapper as PyObject);
    },
  },
  {
    name: 'wraps',
    kind: 'fastkw',
    impl: (module, args, kwnames) => {
      const [wrapped, assigned, updated] = bindArgs('wraps', args, kwnames, ['wrapped', 'assigned', 'updated'], 2);
      const uw = module instanceof PyModule ? dictGetStr(module.namespace, 'update_wrapper') : null;
      if (uw === null) throw typeError('update_wrapper is missing');
      const a = assigned ?? newTupleStealing(WRAPPER_ASSIGNMENTS.map((n) => internStr(n)));
      const u = updated ?? newTupleStealing(WRAPPER_UPDATES.map((n) => internStr(n)));
      try {
        return callObject(partialType, [uw, wrapped as PyObject, a, u], ['wrapped', 'assigned', 'updated']);
      } finally {
        if (assigned === undefined) decref(a);
        if (updated === undefined) decref(u);
      }
    },
  },
  ...lruCacheDefs,
  ...extraDefs,
  ...dispatchMroDefs,
  ...functoolsHelperDefs,
  ...makeKeyDefs,
];

defineNativeModule({
  name: 'functools',
  all: [
    'update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering', 'cmp_to_key',
    'lru_cache', 'reduce', 'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
    'cached_property',
  ],
  doc: 'functools.py - Tools for working with functions and callable objects\n',
  functions,
  values: () => [
    ['partial', incref(partialType)],
    ['WRAPPER_ASSIGNMENTS', newTupleStealing(WRAPPER_ASSIGNMENTS.map((n) => internStr(n)))],
    ['WRAPPER_UPDATES', newTupleStealing(WRAPPER_UPDATES.map((n) => internStr(n)))],
    ...lruValues(),
    ...extraValues(),
    ['_HashedSeq', makeHashedSeq()],
    ['partialmethod', makePartialMethod()],
    ['RLock', incref(rlockType)],
    ...cachedPropertyValues(),
    ['singledispatchmethod', makeSingleDispatchMethod()],
    ['recursive_repr', makeRecursiveRepr()],
  ],
  free: freeMakeKey,
  init: (module) => {
    // `from abc import get_cache_token`, as functools.py does: the same function.
    const token = importFrom(module, 'abc', 'get_cache_token');
    dictSetStr(module.namespace, 'get_cache_token', token);
    decref(token);
    // `from collections import namedtuple`, and the module's sentinel `_initial_missing`.
    const namedtuple = importFrom(module, 'collections', 'namedtuple');
    dictSetStr(module.namespace, 'namedtuple', namedtuple);
    decref(namedtuple);
    const sentinel = callObject(objectType, []);
    dictSetStr(module.namespace, '_initial_missing', sentinel);
    decref(sentinel);
  },
});

