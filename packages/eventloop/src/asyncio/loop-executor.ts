/**
 * The executor methods of the loop: `run_in_executor` checks the loop and the callback as
 * CPython's does and hands the call to the executor given (or set by `set_default_executor`),
 * whose `submit` makes the future; with no threads in corosim there is no default
 * `ThreadPoolExecutor` to make, and every executor set is one that `set_default_executor` warns
 * about. Mirrors CPython 3.8 Lib/asyncio/base_events.py (`run_in_executor`,
 * `set_default_executor`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { PyLoop, baseLoopType, callMethod, checkClosed } from './loop-object.ts';
import { checkCallback } from './loop-methods.ts';
import { unsupported } from './loop-unsupported.ts';
import { wrapFuture } from './api-more.ts';
import { warnDeprecated } from './sync-base.ts';
import { addPythonMethods } from './python-method.ts';

/** The DeprecationWarning of `set_default_executor` for an executor that is no `ThreadPoolExecutor`. */
const NOT_THREAD_POOL = 'Using the default executor that is not an instance of ThreadPoolExecutor is deprecated and will be prohibited in Python 3.9';

/** `run_in_executor(executor, func, *args)`: `executor.submit(func, *args)` wrapped as an asyncio future (new reference). */
function runInExecutor(loop: PyLoop, args: readonly rt.PyObject[]): rt.PyObject {
  const [given, func] = args;
  if (given === undefined || func === undefined) {
    throw rt.typeError(`run_in_executor() missing ${given === undefined ? "2 required positional arguments: 'executor' and 'func'" : "1 required positional argument: 'func'"}`);
  }
  checkClosed(loop);
  checkCallback(loop, func, 'run_in_executor');
  const executor = given === rt.None ? loop.defaultExecutor : given;
  // `concurrent.futures.ThreadPoolExecutor()`: threads corosim does not run.
  if (executor === null) throw unsupported('run_in_executor', 'threads');
  const submitted = callMethod(executor, 'submit', args.slice(1));
  try {
    return wrapFuture(submitted);
  } finally {
    rt.decref(submitted);
  }
}

/** `set_default_executor(executor)`: warned about (no executor here is a `ThreadPoolExecutor`), then kept. */
function setDefaultExecutor(loop: PyLoop, executor: rt.PyObject): void {
  warnDeprecated(NOT_THREAD_POOL);
  const old = loop.defaultExecutor;
  loop.defaultExecutor = rt.incref(executor);
  rt.xdecref(old);
}

addPythonMethods(baseLoopType, 'asyncio.base_events', baseLoopType, [
  { def: { name: 'run_in_executor', kind: 'fast', impl: (self, args) => runInExecutor(self as PyLoop, args) } },
  { def: { name: 'set_default_executor', kind: 'o', impl: (self, args) => (setDefaultExecutor(self as PyLoop, args[0] as rt.PyObject), rt.newNone()) }, params: ['executor'] },
]);
