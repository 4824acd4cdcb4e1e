/**
 * `contextlib.AsyncExitStack`: `_BaseExitStack`'s stack with callbacks that are awaited
 * (`enter_async_context`, `push_async_exit`, `push_async_callback`), unwound by the coroutine of
 * `__aexit__` (or `aclose`) as ExitStack's are. Mirrors CPython 3.8 Lib/contextlib.py
 * `AsyncExitStack`.
 * @module
 */
import { addPythonMethods, addPythonStaticMethods } from '../objects/native-py-method.ts';
import { None } from '../objects/singletons.ts';
import { PyTuple } from '../objects/tuple.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { PyRaise } from '../runtime/errors.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { PyClassFunction, bindArgs } from './abc-function.ts';
import { raisedInContextlib } from './contextlib-base.ts';
import { awaitIter, holdWhileSuspended, newAsyncMethodCoro, type AsyncBody } from './contextlib-coro.ts';
import { S, baseExitStackType, callbackArgs, callClosure, callbackClosure, cbWrapperFactory, exitWrapperFactory, makeCbWrapper, pushCallback, pushCmExit, pushCmExitImpl, pushExit, stackType, typeAttr, unwind } from './contextlib-exitstack.ts';

/** `contextlib.AsyncExitStack`. */
// DEVIATION(cpython): its base AbstractAsyncContextManager is missing (an ABC made per run cannot
// be a base of a static type); `isinstance` against it holds through the ABC's `__subclasshook__`.
export const asyncExitStackType: PyType = stackType('AsyncExitStack', baseExitStackType, `Async context manager for dynamic management of a stack of exit
    callbacks.

    For example:
        async with AsyncExitStack() as stack:
            connections = [await stack.enter_async_context(get_connection())
                for i in range(5)]
            # All opened connections will automatically be released at the
            # end of the async with statement, even if attempts to open a
            # connection later in the list raise an exception.
    `);

/** `await aw`: the iterator to yield (consumes `aw`). */
function awaitStealing(aw: PyObject): PyObject {
  try {
    return awaitIter(aw);
  } finally {
    decref(aw);
  }
}

/** The coroutine of the `async def` method `AsyncExitStack.<name>` called with `args`. */
function coro(name: string, body: AsyncBody, args: readonly PyObject[]): PyObject {
  return newAsyncMethodCoro(`AsyncExitStack.${name}`, body, args);
}

/** `enter_async_context(cm)`: `type(cm).__aenter__(cm)` awaited, then its `__aexit__` pushed. */
function* enterAsyncContext(self: PyObject, cm: PyObject): AsyncBody {
  const exit = incref(typeAttr(cm, '__aexit__'));
  const release = holdWhileSuspended(exit);
  try {
    const enter = incref(typeAttr(cm, '__aenter__'));
    let aw: PyObject;
    try {
      aw = callObject(enter, [cm]);
    } finally {
      decref(enter);
    }
    const result = yield awaitStealing(aw);
    try {
      pushCmExit(self, cm, exit, false);
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  } finally {
    release();
    decref(exit);
  }
}

const CB_QUALNAME = 'AsyncExitStack._create_async_cb_wrapper.<locals>._exit_wrapper';

/** `_exit_wrapper(exc_type, exc, tb)`: `await callback(*args, **kwds)`; its closure is `(callback, args, kwds)`. */
const exitWrapperDef = {
  name: '_exit_wrapper',
  impl: (args: readonly PyObject[], kwnames: readonly string[] | null, fn: PyClassFunction): PyObject => {
    const bound = bindArgs('_exit_wrapper', args, kwnames, ['exc_type', 'exc', 'tb']) as PyObject[];
    const closure = fn.closure as PyTuple;
    return newAsyncMethodCoro(CB_QUALNAME, callbackBody(closure), [closure, ...bound]);
  },
};

function* callbackBody(closure: PyTuple): AsyncBody {
  let aw: PyObject;
  try {
    aw = awaitStealing(callClosure(closure));
  } catch (e) {
    // `await callback(*args, **kwds)` in the wrapper's own frame.
    if (e instanceof PyRaise) raisedInContextlib(e, 557, '_exit_wrapper');
    throw e;
  }
  decref(yield aw);
  return incref(None);
}

/** `_create_async_cb_wrapper(callback, *args, **kwds)` with `__wrapped__` set to the callback. */
function asyncCbWrapper(callback: PyObject, args: readonly PyObject[], kwnames: readonly string[], kwvalues: readonly PyObject[]): PyObject {
  const closure = callbackClosure(callback, args, kwnames, kwvalues);
  const f = new PyClassFunction(exitWrapperDef, 'contextlib', CB_QUALNAME, closure);
  decref(closure);
  return f;
}

function* returnSelf(self: PyObject): AsyncBody {
  yield* [];
  return incref(self);
}

function* aclose(self: PyObject): AsyncBody {
  decref(yield awaitStealing(callMethod(self, '__aexit__', [None, None, None])));
  return incref(None);
}

addPythonStaticMethods(asyncExitStackType, [exitWrapperFactory('_create_async_exit_wrapper'), cbWrapperFactory('_create_async_cb_wrapper', asyncCbWrapper)]);

addPythonMethods(asyncExitStackType, [
  {
    name: '_push_async_cm_exit', kind: 'fastkw',
    doc: 'Helper to correctly register coroutine function to __aexit__\n        method.',
    impl: (self, args, kwnames) => pushCmExitImpl(self, args, kwnames, '_push_async_cm_exit', false),
  },
  {
    name: 'enter_async_context', kind: 'o',
    doc: 'Enters the supplied async context manager.\n\n        If successful, also pushes its __aexit__ method as a callback and\n        returns the result of the __aenter__ method.\n        ',
    impl: (self, args) => coro('enter_async_context', enterAsyncContext(self, args[0] as PyObject), [self, args[0] as PyObject]),
  },
  {
    name: 'push_async_exit', kind: 'o',
    // Not an async context manager: a coroutine function, pushed itself.
    impl: (self, args) => pushExit(self, args[0] as PyObject, '__aexit__'),
  },
  {
    name: 'push_async_callback', kind: 'fastkw',
    // `def push_async_callback(*args, **kwds)` takes `self` out of `args` itself.
    missingSelf: "descriptor 'push_async_callback' of 'AsyncExitStack' object needs an argument",
    impl: (self, args, kwnames) => {
      const c = callbackArgs('push_async_callback', args, kwnames);
      pushCallback(self, makeCbWrapper(self, '_create_async_cb_wrapper', c), false);
      return incref(c.callback);
    },
  },
  { name: 'aclose', kind: 'noargs', doc: 'Immediately unwind the context stack.', impl: (self) => coro('aclose', aclose(self), [self]) },
  { name: '__aenter__', kind: 'noargs', impl: (self) => coro('__aenter__', returnSelf(self), [self]) },
  { name: '__aexit__', kind: 'fast', impl: (self, args) => coro('__aexit__', unwind(S(self), args, true), [self, ...args]) },
]);
