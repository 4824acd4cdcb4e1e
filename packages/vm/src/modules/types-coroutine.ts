/**
 * `types.coroutine` and `types.AsyncGeneratorType`. Mirrors CPython 3.8 Lib/types.py
 * (`coroutine`, `_GeneratorWrapper`): a generator function gets a copy of its code with
 * CO_ITERABLE_COROUTINE set, a coroutine function is returned as is, and any other callable is
 * wrapped so that a plain generator it returns becomes awaitable.
 * @module
 */
import { getAttrString, lookupType } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { typeError } from '../runtime/errors.ts';
import { iterNext } from '../runtime/abstract-iter.ts';
import { staticType } from '../runtime/core-types.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, type PyType } from '../runtime/object.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { addMethods, addGetSets } from '../runtime/type-defs.ts';
import { asyncGeneratorType } from '../objects/async-generator-object.ts';
import { CO_COROUTINE, CO_GENERATOR, CO_ITERABLE_COROUTINE, PyCode } from '../objects/code.ts';
import { isAwaitableGenerator } from '../objects/coroutine.ts';
import { PyFunction } from '../objects/function.ts';
import { PyGenerator, generatorType } from '../objects/generator.ts';
import { None } from '../objects/singletons.ts';
import { newClassFunction, type ClassFunctionDef } from './abc-function.ts';
import { wrapsStealing } from './functools-wrap.ts';
import { typesExtensions, typesExtraValues } from './types.ts';

/** `types._GeneratorWrapper`: makes a generator-like object awaitable by delegation. */
const generatorWrapperType: PyType = staticType({ name: '_GeneratorWrapper', module: 'types', basicsize: 32, flags: TPFLAGS_HAVE_GC });

class PyGeneratorWrapper extends PyObject {
  gen: PyObject | null = null;
}

function wrapped(self: PyObject): PyObject {
  const g = (self as PyGeneratorWrapper).gen;
  if (g === null) throw typeError('_GeneratorWrapper is not initialized');
  return g;
}

function delegate(self: PyObject, name: string, args: readonly PyObject[]): PyObject {
  const m = getAttrString(wrapped(self), name);
  try {
    return callObject(m, args);
  } finally {
    decref(m);
  }
}

/** `_GeneratorWrapper.__iter__` (and `__await__`): the generator itself when it is a real one. */
function iterWrapped(self: PyObject): PyObject {
  const g = wrapped(self);
  return incref(isExactGenerator(g) ? g : self);
}

/** `gen.__class__ is GeneratorType`. */
function isExactGenerator(o: PyObject): boolean {
  return o instanceof PyGenerator && o.type === generatorType;
}

generatorWrapperType.iter = iterWrapped;
// `__next__`: `next(self.__wrapped)`, its StopIteration (and the value it carries) passed on.
generatorWrapperType.iternext = (self) => {
  const g = wrapped(self);
  const slot = g.type.iternext;
  if (slot === undefined) return iterNext(g);
  return slot(g);
};
generatorWrapperType.amAwait = iterWrapped;
generatorWrapperType.dealloc = (self) => {
  const w = self as PyGeneratorWrapper;
  const g = w.gen;
  w.gen = null;
  if (g !== null) decref(g);
  freeObject(self);
};
generatorWrapperType.traverse = (self, visit) => {
  const g = (self as PyGeneratorWrapper).gen;
  if (g !== null) visit(g);
};
generatorWrapperType.clear = (self) => {
  const w = self as PyGeneratorWrapper;
  const g = w.gen;
  w.gen = null;
  if (g !== null) decref(g);
};
addMethods(generatorWrapperType, [
  { name: 'send', kind: 'o', impl: (self, args) => delegate(self, 'send', args) },
  { name: 'throw', kind: 'fast', impl: (self, args) => delegate(self, 'throw', args) },
  { name: 'close', kind: 'noargs', impl: (self) => delegate(self, 'close', []) },
  { name: '__await__', kind: 'noargs', impl: iterWrapped },
]);
addGetSets(generatorWrapperType, [
  { name: 'gi_code', get: (self) => getAttrString(wrapped(self), 'gi_code') },
  { name: 'gi_frame', get: (self) => getAttrString(wrapped(self), 'gi_frame') },
  { name: 'gi_running', get: (self) => getAttrString(wrapped(self), 'gi_running') },
  { name: 'gi_yieldfrom', get: (self) => getAttrString(wrapped(self), 'gi_yieldfrom') },
  { name: 'cr_code', get: (self) => getAttrString(wrapped(self), 'gi_code') },
  { name: 'cr_frame', get: (self) => getAttrString(wrapped(self), 'gi_frame') },
  { name: 'cr_running', get: (self) => getAttrString(wrapped(self), 'gi_running') },
  { name: 'cr_await', get: (self) => getAttrString(wrapped(self), 'gi_yieldfrom') },
  { name: '__name__', get: (self) => getAttrString(wrapped(self), '__name__') },
  { name: '__qualname__', get: (self) => getAttrString(wrapped(self), '__qualname__') },
]);

const GENERATOR_METHODS = ['__iter__', '__next__', 'send', 'throw', 'close'] as const;
const COROUTINE_METHODS = ['__await__', 'send', 'throw', 'close'] as const;

/** The ABCs' `_check_methods`: each name defined along the MRO, and not as None. */
function implementsAll(o: PyObject, names: readonly string[]): boolean {
  return names.every((name) => {
    const m = lookupType(o.type, name);
    return m !== null && m !== None;
  });
}

/** The body of `types.coroutine`'s `wrapped(*args, **kwargs)`: its closure is the callable. */
const wrappedDef: ClassFunctionDef = {
  name: 'wrapped',
  impl: (args, kwnames, fn) => {
    const coro = callObject(fn.closure as PyObject, args, kwnames);
    if (isAwaitableGenerator(coro)) return coro;
    // A generator, or an object with the methods of `collections.abc.Generator` that is no
    // `collections.abc.Coroutine`, gets awaitable; anything else passes through.
    if (implementsAll(coro, GENERATOR_METHODS) && !implementsAll(coro, COROUTINE_METHODS)) {
      const w = new PyGeneratorWrapper(generatorWrapperType, allocateAddress(generatorWrapperType));
      w.gen = coro;
      return w;
    }
    return coro;
  },
};

/**
 * `@functools.wraps(func) def wrapped(*args, **kwargs)` of `types.coroutine`, for a callable that
 * is not a generator function: a function named and documented as `func`, with `__wrapped__`.
 */
function wrapCallable(func: PyObject): PyObject {
  return wrapsStealing(newClassFunction(wrappedDef, 'types', 'coroutine.<locals>', func), func);
}

/** `types.coroutine(func)`. */
function coroutine(func: PyObject): PyObject {
  if (func.type.call === undefined) throw typeError('types.coroutine() expects a callable');
  if (func instanceof PyFunction) {
    const co = func.code.co;
    if ((co.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) !== 0) return incref(func);
    if ((co.flags & CO_GENERATOR) !== 0) {
      const old = func.code;
      func.code = new PyCode({ ...co, flags: co.flags | CO_ITERABLE_COROUTINE });
      decref(old);
      return incref(func);
    }
  }
  return wrapCallable(func);
}

typesExtensions.push({ name: 'coroutine', kind: 'o', impl: (_self, args) => coroutine(args[0] as PyObject) });
typesExtraValues.push(['AsyncGeneratorType', () => incref(asyncGeneratorType)]);
// `types._GeneratorWrapper`: what `types.coroutine` wraps a generator-like object in (tests check `isinstance`).
typesExtraValues.push(['_GeneratorWrapper', () => incref(generatorWrapperType)]);
