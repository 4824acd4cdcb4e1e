/**
 * `contextlib._BaseExitStack` (a stack of exit callbacks: `enter_context`, `push`, `callback`,
 * `pop_all`) and `ExitStack` (`close`, `__exit__`), with the unwinding both stacks share: 3.8's
 * exception-context fix-up, and the awaits of AsyncExitStack's asynchronous callbacks
 * (contextlib-async-exitstack.ts). Mirrors CPython 3.8 Lib/contextlib.py `_BaseExitStack`,
 * `ExitStack` and `AsyncExitStack.__aexit__`.
 * @module
 */
import { addPythonMethods } from '../objects/native-py-method.ts';
import { PyBaseException } from '../objects/exception-object.ts';
import { newBool } from '../objects/int.ts';
import { positional } from '../objects/list-methods.ts';
import { PyMethod } from '../objects/method.ts';
import { None } from '../objects/singletons.ts';
import { newTuple, newTupleStealing, PyTuple } from '../objects/tuple.ts';
import { newDict, dictSetStr, dictItems, PyDict } from '../objects/dict.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { getAttrString, instanceDict, lookupType, missingAttribute, setAttrStringStealing } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { unpackIterable } from '../runtime/abstract-iter.ts';
import * as E from '../objects/exceptions.ts';
import { PyRaise, newExceptionStealing, raiseValue, setTracebackOnCatch, typeError } from '../runtime/errors.ts';
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
// DEVIATION(cpython): its base AbstractContextManager is missing (static types have one base);
// `isinstance` against it holds through the ABC's `__subclasshook__`.
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

/** `_push_exit_callback(callback, is_sync)`: appends `(is_sync, callback)`; steals `callback`. */
export function pushCallback(stack: PyObject, callback: PyObject, isSync: boolean): void {
  const entry = newTupleStealing([newBool(isSync), callback]);
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
  pushCallback(S(self), found === null ? incref(exit) : new PyMethod(found, exit), method === '__exit__');
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

/** `_create_cb_wrapper(callback, *args, **kwds)`, with `__wrapped__` set to the callback as `callback()` does. */
function cbWrapper(callback: PyObject, args: readonly PyObject[], kwnames: readonly string[], kwvalues: readonly PyObject[]): PyObject {
  const closure = callbackClosure(callback, args, kwnames, kwvalues);
  const f = new PyClassFunction(exitWrapperDef, 'contextlib', CB_QUALNAME, closure);
  decref(closure);
  dictSetStr(instanceDict(f) as PyDict, '__wrapped__', callback);
  return f;
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
  let details: PyObject[] = [detailsIn[0] ?? None, detailsIn[1] ?? None, detailsIn[2] ?? None].map((o) => incref(o));
  const received = details[0] !== None;
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
        const truthy = isTrue(r);
        decref(r);
        if (truthy) {
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
        fixContext(e.value, details[1] ?? None, frameExc);
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
  { name: 'close', kind: 'noargs', doc: 'Immediately unwind the context stack.', impl: (self) => (decref(exitImpl(S(self), [])), incref(None)) },
]);

addPythonMethods(baseExitStackType, [
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
        pushCallback(S(self), new PyMethod(exit, cm), true);
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
      pushCallback(S(self), cbWrapper(c.callback, c.args, c.kwnames, c.kwvalues), true);
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

