/**
 * The `functools` module: `partial` (flattening nested partials, CPython's repr), `reduce`,
 * `cmp_to_key` (`functools.KeyWrapper`), `update_wrapper`/`wraps` and the module registration.
 * Mirrors CPython 3.8 Modules/_functoolsmodule.c and the parts of Lib/functools.py that are
 * written in Python there (update_wrapper, wraps). lru_cache is in functools-lru.ts; total_ordering,
 * cached_property and singledispatch in functools-extra.ts.
 * @module
 */
import { PyDict, dictCopy, dictGetStr, dictItems, dictSet, isDict, newDict } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, internStr, newStr } from '../objects/str.ts';
import { PyTuple, newTuple, newTupleStealing } from '../objects/tuple.ts';
import { richCompare } from '../runtime/abstract-compare.ts';
import { getIter, iterNext } from '../runtime/abstract-iter.ts';
import { reprText, strText } from '../runtime/abstract-object.ts';
import { instanceDict } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { PyRaise, clearRaise, exceptionMatches, typeError } from '../runtime/errors.ts';
import { TPFLAGS_BASETYPE, decref, incref, type PyObject } from '../runtime/object.ts';
import { addGetSets } from '../runtime/type-defs.ts';
import { HolderObject, allocate, holderType, parseArgs, splitKw, unpackArgs } from './functools-args.ts';
import { defineNativeModule } from './module-builder.ts';
import { lruCacheDefs, lruValues } from './functools-lru.ts';
import { WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES, updateWrapper } from './functools-wrap.ts';
import { extraDefs, extraValues } from './functools-extra.ts';
import { newInt } from '../objects/int.ts';
import { PyModule } from '../objects/module.ts';

/** A partial: the function, its frozen positional arguments and keywords. */
export class PyPartial extends HolderObject {
  fn: PyObject | null = null;
  args: PyTuple | null = null;
  kw: PyDict | null = null;

  override refs(): (PyObject | null)[] {
    return [this.fn, this.args, this.kw];
  }

  override drop(): void {
    this.fn = this.args = this.kw = null;
  }
}

/** `functools.partial`. */
export const partialType = holderType({ name: 'partial', module: 'functools', basicsize: 64, flags: TPFLAGS_BASETYPE });
partialType.hasInstanceDict = true;
partialType.weakrefable = true;

partialType.new = (type, args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  if (pos.length < 1) throw typeError("type 'partial' takes at least one argument");
  let func = pos[0] as PyObject;
  let pargs: PyTuple | null = null;
  let pkw: PyDict | null = null;
  if (func.type === partialType && type === partialType && func.dict === null) {
    const part = func as PyPartial;
    pargs = part.args;
    pkw = part.kw;
    func = part.fn as PyObject;
  }
  if (func.type.call === undefined) throw typeError('the first argument must be callable');
  const o = allocate(type, (a) => new PyPartial(type, a));
  o.fn = incref(func);
  o.args = newTuple([...(pargs?.items ?? []), ...pos.slice(1)]);
  const d = pkw === null ? newDict() : dictCopy(pkw);
  for (const [k, v] of kw) {
    const key = newStr(k);
    dictSet(d, key, v);
    decref(key);
  }
  o.kw = d;
  return o;
};

/** Calls `fn(*pos, **kw)` with a dict of keywords (keys must be strs). */
export function callWithDict(fn: PyObject, pos: readonly PyObject[], kw: PyDict | null): PyObject {
  const items = kw === null ? [] : dictItems(kw);
  const names: string[] = [];
  for (const [k] of items) {
    if (!(k instanceof PyStr)) throw typeError('keywords must be strings');
    names.push(k.value);
  }
  return callObject(fn, [...pos, ...items.map(([, v]) => v)], names.length > 0 ? names : null);
}

partialType.call = (self, args, kwnames) => {
  const p = self as PyPartial;
  const [pos, kw] = splitKw(args, kwnames);
  const own = p.kw === null ? [] : dictItems(p.kw);
  if (own.length === 0) return callObject(p.fn as PyObject, [...(p.args?.items ?? []), ...args], kwnames);
  const merged = dictCopy(p.kw as PyDict);
  try {
    for (const [k, v] of kw) {
      const key = newStr(k);
      dictSet(merged, key, v);
      decref(key);
    }
    return callWithDict(p.fn as PyObject, [...(p.args?.items ?? []), ...pos], merged);
  } finally {
    decref(merged);
  }
};

const reprActive = new Set<PyObject>();
partialType.repr = (self) => {
  const p = self as PyPartial;
  if (reprActive.has(self)) return newStr('...');
  reprActive.add(self);
  try {
    let arglist = '';
    for (const a of p.args?.items ?? []) arglist += `, ${reprText(a)}`;
    for (const [k, v] of p.kw === null ? [] : dictItems(p.kw)) arglist += `, ${strText(k)}=${reprText(v)}`;
    const name = self.type === partialType ? 'functools.partial' : self.type.name;
    return newStr(`${name}(${reprText(p.fn as PyObject)}${arglist})`);
  } finally {
    reprActive.delete(self);
  }
};

addGetSets(partialType, [
  { name: 'func', get: (self) => incref((self as PyPartial).fn ?? None) },
  { name: 'args', get: (self) => incref((self as PyPartial).args ?? None) },
  { name: 'keywords', get: (self) => incref((self as PyPartial).kw ?? None) },
  {
    name: '__dict__',
    get: (self) => incref(instanceDict(self) ?? newDict()),
    set: (self, value) => {
      if (value === null) throw typeError('a partial object\'s dictionary may not be deleted');
      if (!isDict(value)) throw typeError('setting partial object\'s dictionary to a non-dict');
      const old = self.dict;
      self.dict = incref(value);
      if (old !== null) decref(old);
    },
  },
]);

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
    kind: 'fast',
    impl: (_m, args) => {
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
    },
  },
  {
    name: 'cmp_to_key',
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
      const [wrapper, wrapped, assigned, updated] = parseArgs('update_wrapper', args, kwnames, UPDATE_WRAPPER_NAMES, 2);
      updateWrapper(wrapper as PyObject, wrapped as PyObject, assigned ?? null, updated ?? null);
      return incref(wrapper as PyObject);
    },
  },
  {
    name: 'wraps',
    kind: 'fastkw',
    impl: (module, args, kwnames) => {
      const [wrapped, assigned, updated] = parseArgs('wraps', args, kwnames, ['wrapped', 'assigned', 'updated'], 1);
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
];

defineNativeModule({
  name: 'functools',
  doc: 'functools.py - Tools for working with functions and callable objects\n',
  functions,
  values: () => [
    ['partial', incref(partialType)],
    ['KeyWrapper', incref(keyWrapperType)],
    ['WRAPPER_ASSIGNMENTS', newTupleStealing(WRAPPER_ASSIGNMENTS.map((n) => internStr(n)))],
    ['WRAPPER_UPDATES', newTupleStealing(WRAPPER_UPDATES.map((n) => internStr(n)))],
    ...lruValues(),
    ...extraValues(),
  ],
});

