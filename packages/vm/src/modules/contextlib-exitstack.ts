/**
 * `contextlib._BaseExitStack` (a stack of exit callbacks: `enter_context`, `push`, `callback`,
 * `pop_all`) and `ExitStack` (`close`, `__exit__`), with the unwinding both stacks share: 3.8's
 * exception-context fix-up, and the awaits of AsyncExitStack's asynchronous callbacks
 * (contextlib-async-exitstack.ts). Mirrors CPython 3.8 Lib/contextlib.py `_BaseExitStack`,
 * `ExitStack` and `AsyncExitStack.__aexit__`.
 * @module
 */
import { addPythonMethods, addPythonStaticMethods } from '../objects/native-py-method.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { PyBaseException } from '../objects/exception-object.ts';
import { False, True, newBool } from '../objects/int.ts';
import { positional } from '../objects/list-methods.ts';
import { PyMethod } from '../objects/method.ts';
import { None } from '../objects/singletons.ts';
import { newTuple, newTupleStealing, PyTuple } from '../objects/tuple.ts';
import { newDict, dictSetStr, dictItems, PyDict } from '../objects/dict.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { isTrue, isTrueStealing } from '../runtime/abstract-compare.ts';
import { getAttrString, lookupType, missingAttribute, setAttrString, setAttrStringStealing } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { unpackIterable } from '../runtime/abstract-iter.ts';
import * as E from '../objects/exceptions.ts';
import { PyRaise, indexError, newExceptionStealing, raiseWhileHandling, raiseValue, setTracebackOnCatch, typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyType, decref, incref, xdecref, type PyObject } from '../runtime/object.ts';
import { topmostException } from '../runtime/thread-state.ts';
import { PyClassFunction, bindArgs } from './abc-function.ts';
import { dequeType, newDequeOfType } from './collections-deque.ts';
import { PyHolder, excDetails, holderType, raisedInContextlib, setPythonInit } from './contextlib-base.ts';
import { asBuiltinCall } from '../runtime/recursion-levels.ts';
import { warn } from './warnings-core.ts';
import { awaitIter, holdWhileSuspended } from './contextlib-coro.ts';
import { tpName } from '../runtime/type-name.ts';

/**
 * An exit stack. Its callbacks are where CPython keeps them, in the instance's
 * `_exit_callbacks` deque of `(is_sync, callback)` pairs (set by `__init__`, swapped by
 * `pop_all`), so a program reading or replacing that attribute sees what CPython's would.
 */
export class PyExitStack extends PyHolder {}

/** A stack class: its instances are {@link PyExitStack}s. */
export function stackType(name: string, base: PyType | null, doc: string): PyType {
  const t = holderType(name, base, 'contextlib', doc);
  t.new = (type) => {
    if (type.isHeapType) incref(type);
    return new PyExitStack(type, allocateAddress(type));
  };
  return t;
}

/** The instance attribute holding a stack's `(is_sync, callback)` pairs. */
const EXIT_CALLBACKS = '_exit_callbacks';

/** `contextlib._BaseExitStack`. */
export const baseExitStackType: PyType = stackType('_BaseExitStack', null, 'A base class for ExitStack and AsyncExitStack.');

/** `contextlib.ExitStack`. */
// DEVIATION(cpython): its base AbstractContextManager is missing (an ABC made per run cannot be a
// base of a static type); `isinstance` against it holds through the ABC's `__subclasshook__`.
export const exitStackType: PyType = stackType('ExitStack', baseExitStackType, `Context manager for dynamic management of a stack of exit callbacks.

    For example:
        with ExitStack() as stack:
            files = [stack.enter_context(open(fname)) for fname in filenames]
            # All opened files will automatically be closed at the end of
            # the with statement, even if attempts to open files later
            # in the list raise an exception.
    `);

/** The stack `self` is (the methods' own check, for safety). */
export function S(o: PyObject): PyExitStack {
  if (!(o instanceof PyExitStack)) throw typeError(`descriptor requires a '_BaseExitStack' object but received '${tpName(o.type)}'`);
  return o;
}

/** `_BaseExitStack.__init__`: `self._exit_callbacks = deque()`. */
setPythonInit(baseExitStackType, (self, args, kwnames) => {
  bindArgs('__init__', [self, ...args], kwnames, ['self']);
  // `deque()`: a call of the builtin class, a recursion level.
  setAttrStringStealing(self, EXIT_CALLBACKS, asBuiltinCall(() => newDequeOfType(dequeType)));
});

/**
 * `self._push_exit_callback(callback[, is_sync])`, through the attribute (a subclass's runs);
 * `isSync` undefined leaves the argument out, as `push` and `callback` do. Steals `callback`.
 */
export function pushCallback(stack: PyObject, callback: PyObject, isSync?: boolean): void {
  try {
    const args = isSync === undefined ? [callback] : [callback, isSync ? True : False];
    decref(callMethod(stack, '_push_exit_callback', args));
  } finally {
    decref(callback);
  }
}

/**
 * `self._push_cm_exit(cm, cm_exit)` (or `_push_async_cm_exit`), through the attribute: what
 * `enter_context` and `push` do with a context manager's exit method (borrowed).
 */
export function pushCmExit(stack: PyObject, cm: PyObject, exit: PyObject, isSync: boolean): void {
  decref(callMethod(stack, isSync ? '_push_cm_exit' : '_push_async_cm_exit', [cm, exit]));
}

/** `self._exit_callbacks.append((is_sync, callback))`. */
function appendCallback(stack: PyObject, callback: PyObject, isSync: PyObject): void {
  const entry = newTuple([isSync, callback]);
  try {
    const callbacks = getAttrString(stack, EXIT_CALLBACKS);
    try {
      decref(callMethod(callbacks, 'append', [entry]));
    } finally {
      decref(callbacks);
    }
  } finally {
    decref(entry);
  }
}

/**
 * `_push_cm_exit(self, cm, cm_exit)` and `_push_async_cm_exit`: `cm_exit` bound to `cm` (what
 * `_create_exit_wrapper` makes, a `MethodType`), pushed with `is_sync`.
 */
export function pushCmExitImpl(self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null, name: string, isSync: boolean): PyObject {
  const [, cm, exit] = bindArgs(name, [self, ...args], kwnames, ['self', 'cm', 'cm_exit']) as PyObject[];
  // `_exit_wrapper = self._create[_async]_exit_wrapper(cm, cm_exit)`
  const wrapper = callMethod(self, isSync ? '_create_exit_wrapper' : '_create_async_exit_wrapper', [cm as PyObject, exit as PyObject]);
  pushCallback(self, wrapper, isSync);
  return incref(None);
}

/**
 * One turn of `while self._exit_callbacks: is_sync, cb = self._exit_callbacks.pop()`: the next
 * callback (a new reference) and whether it is called rather than awaited, or null when the
 * stack is empty.
 */
function popCallback(stack: PyObject): [PyObject, boolean] | null {
  const callbacks = getAttrString(stack, EXIT_CALLBACKS);
  try {
    if (!isTrue(callbacks)) return null;
    const entry = callMethod(callbacks, 'pop');
    let isSync: PyObject;
    let cb: PyObject;
    try {
      [isSync, cb] = unpackIterable(entry, 2) as [PyObject, PyObject];
    } finally {
      decref(entry);
    }
    try {
      return [cb, isTrue(isSync)];
    } finally {
      decref(isSync);
    }
  } finally {
    decref(callbacks);
  }
}

/** `_create_cb_wrapper`: a function ignoring the exc details and calling `callback(*args, **kwds)`. */
/** `(callback, args, kwds)`: what a callback wrapper's closure holds (a new reference). */
export function callbackClosure(callback: PyObject, args: readonly PyObject[], kwnames: readonly string[], kwvalues: readonly PyObject[]): PyTuple {
  const kw = newDict();
  kwnames.forEach((k, i) => { dictSetStr(kw, k, kwvalues[i] as PyObject); });
  return newTupleStealing([incref(callback), newTuple(args), kw]);
}

/** `callback(*args, **kwds)` for a {@link callbackClosure} (a new reference). */
export function callClosure(closure: PyTuple): PyObject {
  const [cb, a, k] = closure.items as [PyObject, PyTuple, PyDict];
  const names: string[] = [];
  const values: PyObject[] = [];
  for (const [key, v] of dictItems(k)) {
    if (key instanceof PyStr) {
      names.push(key.value);
      values.push(v);
    }
  }
  return callObject(cb, [...a.items, ...values], names.length > 0 ? names : null);
}

/**
 * `push` and `push_async_exit`: the object's exit method (`__exit__` or `__aexit__`) bound to it,
 * or the object itself, a callable, when its type has none. Returns the object (a new reference).
 */
export function pushExit(self: PyObject, exit: PyObject, method: '__exit__' | '__aexit__'): PyObject {
  const found = lookupType(exit.type, method);
  const isSync = method === '__exit__';
  // Not a context manager: a callable, pushed itself (`push` leaves `is_sync` to its default).
  if (found === null) pushCallback(self, incref(exit), isSync ? undefined : false);
  else pushCmExit(self, exit, found, isSync);
  return incref(exit);
}

const CB_QUALNAME = '_BaseExitStack._create_cb_wrapper.<locals>._exit_wrapper';

/** `_exit_wrapper(exc_type, exc, tb)`: `callback(*args, **kwds)`; its closure is `(callback, args, kwds)`. */
const exitWrapperDef = {
  name: '_exit_wrapper',
  impl: (args: readonly PyObject[], kwnames: readonly string[] | null, fn: PyClassFunction): PyObject => {
    bindArgs('_exit_wrapper', args, kwnames, ['exc_type', 'exc', 'tb']);
    try {
      decref(callClosure(fn.closure as PyTuple));
    } catch (e) {
      if (e instanceof PyRaise) raisedInContextlib(e, 382, '_exit_wrapper');
      throw e;
    }
    return incref(None);
  },
};

/** `_create_cb_wrapper(callback, /, *args, **kwds)`: the `_exit_wrapper` closure over them. */
function cbWrapper(callback: PyObject, args: readonly PyObject[], kwnames: readonly string[], kwvalues: readonly PyObject[]): PyObject {
  const closure = callbackClosure(callback, args, kwnames, kwvalues);
  const f = new PyClassFunction(exitWrapperDef, 'contextlib', CB_QUALNAME, closure);
  decref(closure);
  return f;
}

/**
 * The static method `name(callback, /, *args, **kwds)` making a callback's wrapper with `make`:
 * the callback is the first positional argument.
 */
export function cbWrapperFactory(name: string, make: typeof cbWrapper): NativeDef {
  return {
    name, kind: 'fastkw',
    impl: (_fn, args, kwnames) => {
      const names = kwnames ?? [];
      const npos = args.length - names.length;
      const callback = args[0];
      if (npos < 1 || callback === undefined) throw typeError(`${name}() missing 1 required positional argument: 'callback'`);
      return make(callback, args.slice(1, npos), names, args.slice(npos));
    },
  };
}

/** `self.<factory>(callback, *args, **kwds)` with `__wrapped__` set to the callback, as `callback()` does (a new reference). */
export function makeCbWrapper(self: PyObject, factory: string, c: CallbackArgs): PyObject {
  const w = callMethod(self, factory, [c.callback, ...c.args, ...c.kwvalues], c.kwnames.length > 0 ? c.kwnames : null);
  try {
    setAttrString(w, '__wrapped__', c.callback);
  } catch (e) {
    decref(w);
    throw e;
  }
  return w;
}

/** The static method `_create_exit_wrapper(cm, cm_exit)` / `_create_async_exit_wrapper`: `MethodType(cm_exit, cm)`. */
export function exitWrapperFactory(name: string): NativeDef {
  return {
    name, kind: 'fastkw',
    impl: (_fn, args, kwnames) => {
      const [cm, exit] = bindArgs(name, args, kwnames, ['cm', 'cm_exit']) as PyObject[];
      return new PyMethod(exit as PyObject, cm as PyObject);
    },
  };
}

/** `type(o).<name>`, borrowed. */
export function typeAttr(o: PyObject, name: string): PyObject {
  const v = lookupType(o.type, name);
  if (v === null) missingAttribute(o.type, name);
  return v;
}

/** `_fix_exception_context(new_exc, old_exc)`. */
function fixContext(newExc: PyObject, oldExc: PyObject, frameExc: PyObject | null): void {
  let e = newExc;
  for (;;) {
    if (!(e instanceof PyBaseException)) return;
    const ctx = e.context ?? None;
    if (ctx === oldExc) return;
    if (ctx === None || ctx === frameExc) break;
    e = ctx;
  }
  if (!(e instanceof PyBaseException)) return;
  const old = e.context;
  e.context = oldExc === None ? null : incref(oldExc);
  xdecref(old);
}

/**
 * `__exit__(*exc_details)` / `__aexit__(*exc_details)`: calls the callbacks last first, each seeing
 * the exception the previous ones left (or None once one suppressed it), chains the exceptions
 * they raise as nested `with` statements would, and raises the last one. Awaited callbacks (only
 * with `canAwait`) yield their await's iterator. Returns whether the exception received was
 * suppressed.
 */
export function* unwind(stack: PyObject, detailsIn: readonly PyObject[], canAwait: boolean): Generator<PyObject, PyObject, PyObject> {
  // `received_exc = exc_details[0] is not None`
  const first = detailsIn[0];
  if (first === undefined) {
    const e = indexError('tuple index out of range');
    raisedInContextlib(e, canAwait ? 633 : 483, canAwait ? '__aexit__' : '__exit__');
    throw e;
  }
  // The callbacks get the details as they came, however many (`cb(*exc_details)`).
  let details: PyObject[] = detailsIn.map((o) => incref(o));
  const received = first !== None;
  const frameExc = topmostException().value;
  let suppressed = false;
  let pending: PyRaise | null = null;
  try {
    for (let next = popCallback(stack); next !== null; next = popCallback(stack)) {
      const [cb, isSync] = next;
      try {
        if (!isSync && !canAwait) throw raiseValue(newExceptionStealing(E.AssertionError, []));
        let r: PyObject;
        if (isSync) {
          r = callObject(cb, details);
        } else {
          const aw = callObject(cb, details);
          let it: PyObject;
          try {
            it = awaitIter(aw);
          } finally {
            decref(aw);
          }
          const release = holdWhileSuspended(cb, ...details);
          try {
            r = yield it;
          } finally {
            release();
          }
        }
        if (isTrueStealing(r)) {
          suppressed = true;
          if (pending !== null) {
            decref(pending.value);
            xdecref(pending.traceback);
          }
          pending = null;
          details.forEach((o) => { decref(o); });
          details = [incref(None), incref(None), incref(None)];
        }
      } catch (e) {
        // A bare `except:` in CPython: even the GeneratorExit of a coroutine closed while it
        // awaits a callback is taken as that callback's exception.
        if (!(e instanceof PyRaise)) throw e;
        // `if cb(*exc_details):` in ExitStack.__exit__; `cb_suppress = [await ]cb(*exc_details)`
        // in AsyncExitStack.__aexit__.
        if (canAwait) raisedInContextlib(e, isSync ? 660 : 662, '__aexit__');
        else raisedInContextlib(e, 510, '__exit__');
        setTracebackOnCatch(e);
        // `_fix_exception_context(new_exc_details[1], exc_details[1])`
        const old = details[1];
        if (old === undefined) {
          if (pending !== null) {
            decref(pending.value);
            xdecref(pending.traceback);
          }
          const message = newStr('tuple index out of range');
          let next: PyRaise;
          try {
            next = raiseWhileHandling(E.IndexError, [message], e);
          } finally {
            decref(message);
          }
          raisedInContextlib(next, canAwait ? 671 : 517, canAwait ? '__aexit__' : '__exit__');
          throw next;
        }
        fixContext(e.value, old, frameExc);
        if (pending !== null) {
          decref(pending.value);
          xdecref(pending.traceback);
        }
        pending = e;
        details.forEach((o) => { decref(o); });
        details = excDetails(e);
      } finally {
        decref(cb);
      }
    }
  } finally {
    details.forEach((o) => { decref(o); });
  }
  if (pending !== null) throw pending;
  return newBool(received && suppressed);
}

/** The synchronous unwinding of ExitStack (no callback is awaited there). */
function exitImpl(stack: PyObject, details: readonly PyObject[]): PyObject {
  const r = unwind(stack, details, false).next();
  if (r.done !== true) throw new Error('ExitStack awaited a callback');
  return r.value;
}

addPythonMethods(exitStackType, [
  { name: '__enter__', kind: 'noargs', impl: (self) => incref(self) },
  { name: '__exit__', kind: 'fast', impl: (self, args) => exitImpl(S(self), args) },
  {
    // `self.__exit__(None, None, None)`: a subclass's `__exit__` runs.
    name: 'close', kind: 'noargs', doc: 'Immediately unwind the context stack.',
    impl: (self) => (decref(callMethod(self, '__exit__', [None, None, None])), incref(None)),
  },
]);

addPythonStaticMethods(baseExitStackType, [exitWrapperFactory('_create_exit_wrapper'), cbWrapperFactory('_create_cb_wrapper', cbWrapper)]);

addPythonMethods(baseExitStackType, [
  {
    name: '_push_cm_exit', kind: 'fastkw',
    doc: 'Helper to correctly register callbacks to __exit__ methods.',
    impl: (self, args, kwnames) => pushCmExitImpl(self, args, kwnames, '_push_cm_exit', true),
  },
  {
    name: '_push_exit_callback', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [, callback, isSync] = bindArgs('_push_exit_callback', [self, ...args], kwnames, ['self', 'callback', 'is_sync'], 1);
      appendCallback(self, callback as PyObject, isSync ?? True);
      return incref(None);
    },
  },
  {
    name: 'pop_all', kind: 'noargs',
    doc: 'Preserve the context stack by transferring it to a new instance.',
    impl: (self) => {
      const fresh = callObject(self.type, []);
      try {
        const callbacks = getAttrString(self, EXIT_CALLBACKS);
        setAttrStringStealing(fresh, EXIT_CALLBACKS, callbacks);
        setAttrStringStealing(self, EXIT_CALLBACKS, newDequeOfType(dequeType));
      } catch (e) {
        decref(fresh);
        throw e;
      }
      return fresh;
    },
  },
  {
    name: 'enter_context', kind: 'o',
    impl: (self, args) => {
      const cm = args[0] as PyObject;
      const exit = typeAttr(cm, '__exit__');
      const enter = typeAttr(cm, '__enter__');
      incref(exit);
      try {
        const result = callObject(enter, [cm]);
        try {
          pushCmExit(self, cm, exit, true);
        } catch (e) {
          decref(result);
          throw e;
        }
        return result;
      } finally {
        decref(exit);
      }
    },
  },
  {
    name: 'push', kind: 'o',
    impl: (self, args) => pushExit(self, args[0] as PyObject, '__exit__'),
  },
  {
    name: 'callback', kind: 'fastkw',
    // `def callback(*args, **kwds)` takes `self` out of `args` itself.
    missingSelf: "descriptor 'callback' of '_BaseExitStack' object needs an argument",
    doc: 'Registers an arbitrary callback and arguments.\n\n        Cannot suppress exceptions.\n        ',
    impl: (self, args, kwnames) => {
      const c = callbackArgs('callback', args, kwnames);
      pushCallback(self, makeCbWrapper(self, '_create_cb_wrapper', c));
      return incref(c.callback);
    },
  },
]);

/** What `callback(*args, **kwds)` and `push_async_callback` take apart: the callback and its arguments (borrowed). */
export interface CallbackArgs {
  readonly callback: PyObject;
  readonly args: readonly PyObject[];
  readonly kwnames: readonly string[];
  readonly kwvalues: readonly PyObject[];
}

/**
 * The argument handling of 3.8's `callback(*args, **kwds)` and `push_async_callback`: the
 * callback is the first positional argument, or (deprecated, with its warning) a `callback=`
 * keyword when there is no positional one.
 */
export function callbackArgs(name: string, args: readonly PyObject[], kwnames: readonly string[] | null): CallbackArgs {
  const pos = positional(args, kwnames);
  const names = kwnames ?? [];
  const values = args.slice(pos.length);
  const first = pos[0];
  if (first !== undefined) return { callback: first, args: pos.slice(1), kwnames: names, kwvalues: values };
  const at = names.indexOf('callback');
  const callback = values[at];
  if (callback === undefined) throw typeError(`${name} expected at least 1 positional argument, got 0`);
  const message = newStr("Passing 'callback' as keyword argument is deprecated");
  try {
    warn(E.DeprecationWarning, message, 1);
  } finally {
    decref(message);
  }
  return {
    callback,
    args: [],
    kwnames: names.filter((_, i) => i !== at),
    kwvalues: values.filter((_, i) => i !== at),
  };
}

