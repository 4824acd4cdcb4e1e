/**
 * The pure-Python parts of `functools` written natively: `total_ordering` (the twelve
 * `_xx_from_yy` methods) and `singledispatch` (dispatch on the first
 * argument's class along its MRO, cached weakly by class). Mirrors CPython 3.8 Lib/functools.py.
 * @module
 */
import { PyDict, dictGet, dictSet, newDict } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { newMappingProxy } from '../objects/mapping-proxy.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { newHeldNativePyFunction } from '../objects/native-py-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, internStr } from '../objects/str.ts';
import { PyTuple, newTuple } from '../objects/tuple.ts';
import { getItem, setItem } from '../runtime/abstract-item.ts';
import { PyModule } from '../objects/module.ts';
import { importModuleNamed } from '../runtime/import-system.ts';
import { cacheToken } from './abc-meta.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttrString, getAttrStringOrNull, setAttr } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { objectType } from '../runtime/core-types.ts';
import { PyRaise, clearRaise, exceptionMatches, typeError } from '../runtime/errors.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { HolderObject, allocate, holderType, splitKw } from './functools-args.ts';
import { findImpl, isAbstractBase } from './functools-dispatch-mro.ts';
import { bindArgs, newClassFunction, type ClassFunctionDef } from './abc-function.ts';
import { updateWrapper } from './functools-wrap.ts';
import { firstTypeHint } from './functools-type-hints.ts';
import { totalOrdering, totalOrderingValues } from './functools-total-ordering.ts';

/**
 * The function `singledispatch` returns: the registry, the dispatch cache (a
 * `weakref.WeakKeyDictionary` from class to implementation) and the ABC cache token it was
 * filled under (null until an ABC is registered).
 */
class Dispatcher extends HolderObject {
  registry: PyDict | null = null;
  cache: PyObject | null = null;
  cacheToken: number | null = null;
  funcname = 'singledispatch function';

  override refs(): (PyObject | null)[] {
    return [this.registry, this.cache];
  }

  override drop(): void {
    this.registry = this.cache = null;
  }
}

/** `dispatch_cache.clear()`. */
function clearCache(d: Dispatcher): void {
  if (d.cache !== null) decref(callMethod(d.cache, 'clear'));
}

/** The state a singledispatch function's closures share (their cells, in CPython). */
const dispatcherType = holderType({ name: 'singledispatch_state', module: 'functools', basicsize: 48 });

/**
 * `dispatch(cls)`: the implementation cached for cls, else the one registered for it, else the one
 * `_find_impl` picks over the MRO with registered ABCs woven in (None when nothing matches:
 * calling it then fails), cached. Once an ABC is registered, a changed ABC cache token (a
 * `register()` on any ABC) empties the cache first.
 */
function dispatch(d: Dispatcher, cls: PyObject): PyObject {
  const registry = d.registry;
  const cache = d.cache;
  if (registry === null || cache === null) return incref(None);
  if (d.cacheToken !== null) {
    const current = cacheToken();
    if (d.cacheToken !== current) {
      clearCache(d);
      d.cacheToken = current;
    }
  }
  try {
    return getItem(cache, cls);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.KeyError)) throw e;
    clearRaise(e);
  }
  const exact = dictGet(registry, cls);
  const impl = incref(exact ?? (cls instanceof PyType ? findImpl(cls, registry) : dictGet(registry, objectType)) ?? None);
  try {
    setItem(cache, cls, impl);
  } catch (e) {
    decref(impl);
    throw e;
  }
  return impl;
}

/**
 * `wrapper(*args, **kw)`: the function `singledispatch` returns, calling the implementation chosen
 * for its first argument's `__class__`.
 */
const wrapperDef: ClassFunctionDef = {
  name: 'wrapper',
  impl: (args, kwnames, fn) => {
    const d = fn.closure as Dispatcher;
    const [pos] = splitKw(args, kwnames);
    const first = pos[0];
    if (first === undefined) throw typeError(`${d.funcname} requires at least 1 positional argument`);
    const cls = getAttrString(first, '__class__');
    let impl: PyObject;
    try {
      impl = dispatch(d, cls);
    } finally {
      decref(cls);
    }
    try {
      return callObject(impl, args, kwnames);
    } finally {
      decref(impl);
    }
  },
};

function register(d: Dispatcher, cls: PyObject, func: PyObject | null): PyObject {
  if (func === null) {
    if (cls instanceof PyType) {
      const state = newTuple([d, cls]);
      try {
        return newHeldNativePyFunction(registerLater, state, 'functools', 'singledispatch.<locals>.register.<locals>.<lambda>');
      } finally {
        decref(state);
      }
    }
    const ann = getAttrStringOrNull(cls, '__annotations__');
    let first: [PyObject, PyObject] | null;
    try {
      if (!(ann instanceof PyDict) || firstItem(ann) === null) {
        throw typeError(`Invalid first argument to \`register()\`: ${reprText(cls)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
      }
      first = firstTypeHint(cls, ann);
    } finally {
      if (ann !== null) decref(ann);
    }
    // An evaluated annotation may have emptied the dict: nothing is left to register.
    if (first === null) return incref(cls);
    const [argname, annCls] = first;
    try {
      if (!(annCls instanceof PyType)) throw typeError(`Invalid annotation for ${reprText(argname)}. ${reprText(annCls)} is not a class.`);
      if (d.registry !== null) dictSet(d.registry, annCls, cls);
      noteRegistered(d, annCls);
      return incref(cls);
    } finally {
      decref(argname);
      decref(annCls);
    }
  }
  if (d.registry !== null) dictSet(d.registry, cls, func);
  noteRegistered(d, cls);
  return incref(func);
}

/** After `registry[cls] = func`: an ABC starts the cache token; the cache is emptied. */
function noteRegistered(d: Dispatcher, cls: PyObject): void {
  if (d.cacheToken === null && isAbstractBase(cls)) d.cacheToken = cacheToken();
  clearCache(d);
}

function firstItem(d: PyDict): [PyObject, PyObject] | null {
  const s = d.storage;
  for (let i = 0; i < s.keys.length; i++) {
    const k = s.keys[i];
    if (k != null) return [k, s.values[i] as PyObject];
  }
  return null;
}

const registerLater: NativeDef = {
  name: '<lambda>',
  kind: 'o',
  impl: (self, args) => {
    const [d, cls] = (self as PyTuple).items as [Dispatcher, PyObject];
    return register(d, cls, args[0] as PyObject);
  },
};

const registerDef: NativeDef = {
  name: 'register',
  kind: 'fastkw',
  impl: (self, args, kwnames) => {
    const [cls, func] = bindArgs('register', args, kwnames, ['cls', 'func'], 1);
    return register(self as Dispatcher, cls as PyObject, func === undefined || func === None ? null : func);
  },
};
// `def dispatch(cls)`, a Python function: its arguments bind as a call of one does.
const dispatchDef: NativeDef = {
  name: 'dispatch',
  kind: 'fastkw',
  impl: (self, args, kwnames) => dispatch(self as Dispatcher, bindArgs('dispatch', args, kwnames, ['cls'])[0] as PyObject),
};

/** `weakref.WeakKeyDictionary()`, looked up when called as `singledispatch` does (`import weakref`). */
function newDispatchCache(module: PyModule | null): PyObject {
  const weakref = importModuleNamed('weakref', module?.namespace ?? null);
  try {
    return callMethod(weakref, 'WeakKeyDictionary');
  } finally {
    decref(weakref);
  }
}

/**
 * `functools.singledispatch(func)`: a new reference to the dispatching function.
 *
 * @param func - the default implementation.
 * @param module - the functools module, whose globals `import weakref` runs in (null: none).
 */
export function singledispatch(func: PyObject, module: PyModule | null = null): PyObject {
  const cache = newDispatchCache(module);
  const d = allocate(dispatcherType, (a) => new Dispatcher(dispatcherType, a));
  d.cache = cache;
  d.registry = newDict();
  const nm = getAttrStringOrNull(func, '__name__');
  if (nm instanceof PyStr) d.funcname = nm.value;
  if (nm !== null) decref(nm);
  dictSet(d.registry, objectType, func);
  const wrapper = newClassFunction(wrapperDef, 'functools', 'singledispatch.<locals>', d);
  try {
    for (const [name, value] of [
      ['register', newHeldNativePyFunction(registerDef, d, 'functools', 'singledispatch.<locals>.register')],
      ['dispatch', newHeldNativePyFunction(dispatchDef, d, 'functools', 'singledispatch.<locals>.dispatch')],
      ['registry', newMappingProxy(d.registry)],
      ['_clear_cache', getAttrString(cache, 'clear')],
    ] as const) {
      const key = internStr(name);
      setAttr(wrapper, key, value);
      decref(key);
      decref(value);
    }
    updateWrapper(wrapper, func, null, null);
  } catch (e) {
    decref(wrapper);
    throw e;
  } finally {
    decref(d);
  }
  return wrapper;
}

/** total_ordering, singledispatch. */
export const extraDefs: readonly NativeDef[] = [
  { name: 'total_ordering', kind: 'o', impl: (module, args) => totalOrdering(module, args[0] as PyObject) },
  { name: 'singledispatch', kind: 'o', impl: (m, args) => singledispatch(args[0] as PyObject, m instanceof PyModule ? m : null) },
];

/** total_ordering's helpers. */
export function extraValues(): (readonly [string, PyObject])[] {
  return totalOrderingValues();
}
