/**
 * The context managers `@contextmanager` and `@asynccontextmanager` make:
 * `_GeneratorContextManagerBase` (`gen`, `func`, `args`, `kwds` and `__doc__` set on the instance),
 * `_GeneratorContextManager` (one-shot: `__enter__` deletes `args`, `kwds` and `func`; "generator
 * didn't yield", "generator didn't stop", exceptions thrown into the generator with the
 * StopIteration/RuntimeError identity rules of `__exit__`) and `_AsyncGeneratorContextManager`
 * (the same driving an async generator from the coroutines of `__aenter__`/`__aexit__`).
 * Mirrors CPython 3.8 Lib/contextlib.py.
 * @module
 */
import { addPythonMethods } from '../objects/native-py-method.ts';
import { isDict } from '../objects/dict.ts';
import { PyBaseException } from '../objects/exception-object.ts';
import * as E from '../objects/exceptions.ts';
import { False, newBool } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { PyTuple } from '../objects/tuple.ts';
import { iterableToArray } from '../runtime/abstract-iter.ts';
import { getAttrString, lookupAttrString, setAttrString } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { asBuiltinCall } from '../runtime/recursion-levels.ts';
import { PyRaise, clearRaise, exceptionMatches, newExceptionStealing, raiseMessage, raiseValue, setTracebackOnCatch, typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { bindArgs } from './abc-function.ts';
import { asLibraryFrame, holderType, raiseFromNoneWhileHandling, setPythonInit } from './contextlib-base.ts';
import { awaitIter, holdWhileSuspended, newAsyncMethodCoro, type AsyncBody } from './contextlib-coro.ts';
import { contextDecoratorType } from './contextlib-decorator.ts';
import { callWithDict } from './functools-partial.ts';

/** `_GeneratorContextManagerBase`: what `__init__` sets up for both kinds. */
export const genCMBaseType: PyType = holderType(
  '_GeneratorContextManagerBase', null, 'contextlib', 'Shared functionality for @contextmanager and @asynccontextmanager.',
);

/** `func(*args, **kwds)`. */
function callStarred(func: PyObject, args: PyObject, kwds: PyObject): PyObject {
  if (!isDict(kwds)) throw typeError(`argument after ** must be a mapping, not ${tpName(kwds.type)}`);
  if (args instanceof PyTuple) return callWithDict(func, args.items, kwds);
  const items = iterableToArray(args);
  try {
    return callWithDict(func, items, kwds);
  } finally {
    for (const o of items) decref(o);
  }
}

function setAttrStealing(self: PyObject, name: string, value: PyObject): void {
  try {
    setAttrString(self, name, value);
  } finally {
    decref(value);
  }
}

// Its `getattr` is a builtin call (a recursion level).
setPythonInit(genCMBaseType, (self, args, kwnames) => {
  const [, func, a, kw] = bindArgs('__init__', [self, ...args], kwnames, ['self', 'func', 'args', 'kwds']) as PyObject[];
  setAttrStealing(self, 'gen', callStarred(func as PyObject, a as PyObject, kw as PyObject));
  setAttrString(self, 'func', func as PyObject);
  setAttrString(self, 'args', a as PyObject);
  setAttrString(self, 'kwds', kw as PyObject);
  // Issue 19330: the instance's docstring is the function's, else the class's.
  let doc = asBuiltinCall(() => lookupAttrString(func as PyObject, '__doc__'));
  if (doc === null || doc === None) {
    if (doc !== null) decref(doc);
    doc = getAttrString(self.type, '__doc__');
  }
  setAttrStealing(self, '__doc__', doc);
});

/** `_GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager, ContextDecorator)`. */
// DEVIATION(cpython): its base AbstractContextManager is missing (an ABC made per run cannot be a
// base of a static type): `isinstance` against it holds through the ABC's `__subclasshook__`.
export const genCMType: PyType = holderType('_GeneratorContextManager', genCMBaseType, 'contextlib', 'Helper for @contextmanager decorator.', true, [contextDecoratorType]);

/** `next(it)`: the next value, or the StopIteration that ended it (as an exception in flight). */
function nextOrStop(it: PyObject): PyObject | PyRaise {
  const next = it.type.iternext;
  if (next === undefined) throw typeError(`'${tpName(it.type)}' object is not an iterator`);
  let v: PyObject | null;
  try {
    v = next(it);
  } catch (e) {
    if (e instanceof PyRaise && exceptionMatches(e, E.StopIteration)) return e;
    throw e;
  }
  return v ?? raiseValue(newExceptionStealing(E.StopIteration, []));
}

/** Whether `o` is an instance of one of `types`. */
function isInstanceOf(o: PyObject, ...types: PyType[]): boolean {
  return o instanceof PyBaseException && types.some((t) => o.type.isSubtype(t));
}

function syncExit(self: PyObject, type: PyObject, valueIn: PyObject, tb: PyObject): PyObject {
  const gen = getAttrString(self, 'gen');
  try {
    if (type === None) {
      const r = asBuiltinCall(() => nextOrStop(gen));
      if (r instanceof PyRaise) {
        clearRaise(r);
        return incref(False);
      }
      decref(r);
      throw raiseMessage(E.RuntimeError, "generator didn't stop");
    }
    // The exception is made here, so that the one coming back can be told apart.
    const value = valueIn === None ? callObject(type, []) : incref(valueIn);
    try {
      try {
        decref(callMethod(gen, 'throw', [type, value, tb]));
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        setTracebackOnCatch(e);
        const exc = e.value;
        if (exceptionMatches(e, E.StopIteration)) {
          // Suppressed, unless it is the StopIteration raised in the `with` body.
          clearRaise(e);
          return newBool(exc !== value);
        }
        // The exception passed in is not re-raised (issue27122), nor is a StopIteration passed
        // in that PEP 479 turned into a RuntimeError.
        const passedBack = exceptionMatches(e, E.RuntimeError)
          ? exc === value || (type === E.StopIteration && exc.cause === value)
          : exc === value;
        if (!passedBack) throw e;
        clearRaise(e);
        return incref(False);
      }
      throw raiseMessage(E.RuntimeError, "generator didn't stop after throw()");
    } finally {
      decref(value);
    }
  } finally {
    decref(gen);
  }
}

addPythonMethods(genCMType, [
  {
    name: '_recreate_cm', kind: 'noargs',
    impl: (self) => {
      const parts = ['func', 'args', 'kwds'].map((n) => getAttrString(self, n));
      try {
        return callObject(self.type, parts);
      } finally {
        for (const p of parts) decref(p);
      }
    },
  },
  {
    name: '__enter__', kind: 'noargs',
    impl: (self) => asLibraryFrame([self], () => {
      // args and kwds are only kept for recreation, which is not possible any more.
      for (const n of ['args', 'kwds', 'func']) setAttrString(self, n, null);
      const gen = getAttrString(self, 'gen');
      let r: PyObject | PyRaise;
      try {
        r = asBuiltinCall(() => nextOrStop(gen));
      } finally {
        decref(gen);
      }
      if (r instanceof PyRaise) throw raiseFromNoneWhileHandling(E.RuntimeError, "generator didn't yield", r);
      return r;
    }),
  },
  {
    name: '__exit__', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [, type, value, tb] = bindArgs('__exit__', [self, ...args], kwnames, ['self', 'type', 'value', 'traceback']) as PyObject[];
      return asLibraryFrame([self, type as PyObject, value as PyObject, tb as PyObject], () => syncExit(self, type as PyObject, value as PyObject, tb as PyObject));
    },
  },
]);

/** `_AsyncGeneratorContextManager`. */
// DEVIATION(cpython): its base AbstractAsyncContextManager is missing (an ABC made per run cannot
// be a base of a static type); `isinstance` against it holds through the ABC's `__subclasshook__`.
export const asyncGenCMType: PyType = holderType('_AsyncGeneratorContextManager', genCMBaseType, 'contextlib', 'Helper for @asynccontextmanager.');

/** The iterator of `await self.gen.<name>(*args)`. */
function awaitGenMethod(self: PyObject, name: string, args: readonly PyObject[]): PyObject {
  const gen = getAttrString(self, 'gen');
  let aw: PyObject;
  try {
    aw = callMethod(gen, name, args);
  } finally {
    decref(gen);
  }
  try {
    return awaitIter(aw);
  } finally {
    decref(aw);
  }
}

function* aenterBody(self: PyObject): AsyncBody {
  try {
    return yield awaitGenMethod(self, '__anext__', []);
  } catch (e) {
    if (e instanceof PyRaise && exceptionMatches(e, E.StopAsyncIteration)) throw raiseFromNoneWhileHandling(E.RuntimeError, "generator didn't yield", e);
    throw e;
  }
}

function* aexitBody(self: PyObject, typ: PyObject, valueIn: PyObject, tb: PyObject): AsyncBody {
  if (typ === None) {
    try {
      decref(yield awaitGenMethod(self, '__anext__', []));
    } catch (e) {
      if (!(e instanceof PyRaise) || !exceptionMatches(e, E.StopAsyncIteration)) throw e;
      clearRaise(e);
      return incref(None);
    }
    throw raiseMessage(E.RuntimeError, "generator didn't stop");
  }
  const value = valueIn === None ? callObject(typ, []) : incref(valueIn);
  const release = holdWhileSuspended(value);
  try {
    decref(yield awaitGenMethod(self, 'athrow', [typ, value, tb]));
    throw raiseMessage(E.RuntimeError, "generator didn't stop after athrow()");
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    setTracebackOnCatch(e);
    const exc = e.value;
    if (exceptionMatches(e, E.StopAsyncIteration)) {
      clearRaise(e);
      return newBool(exc !== value);
    }
    if (exceptionMatches(e, E.RuntimeError)) {
      // Not the exception passed in, nor a Stop(Async)Iteration passed in that the generator's
      // PEP 479 turned into a RuntimeError (issue29692).
      if (exc === value || (isInstanceOf(value, E.StopIteration, E.StopAsyncIteration) && exc.cause === value)) {
        clearRaise(e);
        return incref(False);
      }
      throw e;
    }
    if (exc !== value) throw e;
    clearRaise(e);
    return incref(None);
  } finally {
    release();
    decref(value);
  }
}

addPythonMethods(asyncGenCMType, [
  {
    name: '__aenter__', kind: 'noargs',
    impl: (self) => newAsyncMethodCoro('_AsyncGeneratorContextManager.__aenter__', aenterBody(self), [self]),
  },
  {
    name: '__aexit__', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const bound = bindArgs('__aexit__', [self, ...args], kwnames, ['self', 'typ', 'value', 'traceback']) as PyObject[];
      const [, typ, value, tb] = bound as [PyObject, PyObject, PyObject, PyObject];
      return newAsyncMethodCoro('_AsyncGeneratorContextManager.__aexit__', aexitBody(self, typ, value, tb), bound);
    },
  },
]);
