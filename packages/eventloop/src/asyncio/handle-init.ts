/**
 * `Handle(callback, args, loop, context=None)` and `TimerHandle(when, callback, args, loop,
 * context=None)` called from Python (tests make them with a stand-in loop), `handle._run()`, and
 * the loop's `_timer_handle_cancelled(handle)`. A handle made this way is on no loop's queue: it
 * keeps its own cancelled flag, `_args` and `_when` as given, and reports to whatever its loop is.
 * Mirrors CPython 3.8 Lib/asyncio/events.py (`Handle.__init__`, `Handle._run`,
 * `TimerHandle.__init__`) and base_events.py (`_timer_handle_cancelled`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { PyHandle, handleType, runHandle, timerHandleType } from './handle-object.ts';
import { DEBUG_STACK_DEPTH, baseLoopType, loopGetDebug } from './loop-object.ts';
import { addPythonMethods, checkSignature } from './python-method.ts';
import { captureSourceTraceback } from './source-traceback.ts';
import { raiseNew } from './state.ts';

/** The arguments of `__init__` by name (`self` excluded), after checking them against `params`. */
function initArgs(params: readonly string[], required: number, args: readonly rt.PyObject[], kwnames: readonly string[] | null): (rt.PyObject | undefined)[] {
  checkSignature('__init__', { params: ['self', ...params], required: required + 1 }, [rt.None, ...args], kwnames);
  const nkw = kwnames?.length ?? 0;
  const bound: (rt.PyObject | undefined)[] = args.slice(0, args.length - nkw);
  (kwnames ?? []).forEach((k, i) => {
    bound[params.indexOf(k)] = args[args.length - nkw + i];
  });
  return bound;
}

/** `Handle.__init__(callback, args, loop, context)` on `h` (all borrowed). */
function initHandle(h: PyHandle, callback: rt.PyObject, args: rt.PyObject, loop: rt.PyObject, context: rt.PyObject | undefined): void {
  // `if context is None: context = contextvars.copy_context()`, first thing.
  const ctx = context === undefined || context === rt.None ? rt.contextCopyCurrent() : rt.incref(context);
  // Run again, `__init__` starts over.
  const old = [h.callback, h.argsGiven, h.loop, h.context];
  const oldArgs = h.args ?? [];
  h.callback = rt.incref(callback);
  h.argsGiven = rt.incref(args);
  // What the callback is called with and its repr shows (`*self._args`, `_format_args_and_kwargs`).
  h.args = args === rt.None ? [] : rt.sequenceToArray(args, 'argument after * must be an iterable');
  h.loop = rt.incref(loop);
  h.context = ctx;
  h.ownCancelled = false;
  h.savedRepr = null;
  for (const o of old) rt.xdecref(o);
  for (const o of oldArgs) rt.decref(o);
  // `if self._loop.get_debug(): self._source_traceback = extract_stack(sys._getframe(1))`.
  h.sourceTraceback = loopGetDebug(loop) ? captureSourceTraceback([], DEBUG_STACK_DEPTH) : null;
}

const newHandle = (type: rt.PyType): rt.PyObject => {
  const h = new PyHandle(type, rt.allocateAddress(type));
  if (type.isHeapType) rt.incref(type);
  return h;
};
handleType.new = newHandle;
timerHandleType.new = newHandle;
handleType.init = (self, args, kwnames) => {
  const [callback, cbArgs, loop, context] = initArgs(['callback', 'args', 'loop', 'context'], 3, args, kwnames) as [rt.PyObject, rt.PyObject, rt.PyObject, rt.PyObject | undefined];
  initHandle(self as PyHandle, callback, cbArgs, loop, context);
};
timerHandleType.init = (self, args, kwnames) => {
  const [when, callback, cbArgs, loop, context] = initArgs(['when', 'callback', 'args', 'loop', 'context'], 4, args, kwnames) as [rt.PyObject, rt.PyObject, rt.PyObject, rt.PyObject, rt.PyObject | undefined];
  // `assert when is not None`.
  if (when === rt.None) throw raiseNew(rt.Exceptions.AssertionError, null);
  const h = self as PyHandle;
  initHandle(h, callback, cbArgs, loop, context);
  const old = h.whenGiven;
  h.whenGiven = rt.incref(when);
  rt.xdecref(old);
};

addPythonMethods(handleType, 'asyncio.events', handleType, [
  { def: { name: '_run', kind: 'noargs', impl: (self) => (runHandle(self as PyHandle), rt.newNone()) } },
]);

// `BaseEventLoop._timer_handle_cancelled(handle)`: asyncio's loop counts its own timers as they
// are cancelled; a handle made by calling `TimerHandle` was never scheduled (`_scheduled` False).
addPythonMethods(baseLoopType, 'asyncio.base_events', baseLoopType, [
  { def: { name: '_timer_handle_cancelled', kind: 'o', impl: () => rt.newNone() }, params: ['handle'] },
]);
