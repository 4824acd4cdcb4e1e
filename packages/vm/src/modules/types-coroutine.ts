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
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { asyncGeneratorType } from '../objects/async-generator-object.ts';
import { CO_COROUTINE, CO_GENERATOR, CO_ITERABLE_COROUTINE, PyCode } from '../objects/code.ts';
import { coroutineType } from '../objects/coroutine.ts';
import { generatorType } from '../objects/generator.ts';
import { newInt } from '../objects/int.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { binaryOp } from '../runtime/abstract-number.ts';
import { PyFunction } from '../objects/function.ts';
import { None } from '../objects/singletons.ts';
import { newClassFunction, type ClassFunctionDef } from './abc-function.ts';
import { wrapsStealing } from './functools-wrap.ts';
import { makeGeneratorWrapper, newGeneratorWrapper } from './types-generator-wrapper.ts';
import { typesExtensions, typesExtraValues } from './types.ts';

const GENERATOR_METHODS = ['__iter__', '__next__', 'send', 'throw', 'close'] as const;
const COROUTINE_METHODS = ['__await__', 'send', 'throw', 'close'] as const;

/** The ABCs' `_check_methods`: each name defined along the MRO, and not as None. */
function implementsAll(o: PyObject, names: readonly string[]): boolean {
  return names.every((name) => {
    const m = lookupType(o.type, name);
    return m !== null && m !== None;
  });
}

/** `coro.__class__` (read as Python reads it: an instance may set it). */
function classOf(coro: PyObject): PyObject {
  const cls = getAttrString(coro, '__class__');
  decref(cls);
  return cls;
}

/**
 * `coro.__class__ is CoroutineType or coro.__class__ is GeneratorType and coro.gi_code.co_flags &
 * 0x100`: a native coroutine or an iterable coroutine, by the class it claims.
 */
function isCoroutineByClass(coro: PyObject): boolean {
  if (classOf(coro) === coroutineType) return true;
  if (classOf(coro) !== generatorType) return false;
  const code = getAttrString(coro, 'gi_code');
  let flags: PyObject;
  try {
    flags = getAttrString(code, 'co_flags');
  } finally {
    decref(code);
  }
  const mask = newInt(CO_ITERABLE_COROUTINE);
  let bit: PyObject;
  try {
    bit = binaryOp(flags, mask, 'and');
  } finally {
    decref(mask);
    decref(flags);
  }
  try {
    return isTrue(bit);
  } finally {
    decref(bit);
  }
}

/** The body of `types.coroutine`'s `wrapped(*args, **kwargs)`: its closure is the callable. */
const wrappedDef: ClassFunctionDef = {
  name: 'wrapped',
  impl: (args, kwnames, fn) => {
    const coro = callObject(fn.closure as PyObject, args, kwnames);
    try {
      if (isCoroutineByClass(coro)) return coro;
    } catch (e) {
      decref(coro);
      throw e;
    }
    // A generator, or an object with the methods of `collections.abc.Generator` that is no
    // `collections.abc.Coroutine`, gets awaitable; anything else passes through.
    if (implementsAll(coro, GENERATOR_METHODS) && !implementsAll(coro, COROUTINE_METHODS)) {
      try {
        return newGeneratorWrapper(coro);
      } finally {
        decref(coro);
      }
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
typesExtraValues.push(['AsyncGeneratorType', () => incref(asyncGeneratorType)], ['_GeneratorWrapper', makeGeneratorWrapper]);
