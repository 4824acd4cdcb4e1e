/**
 * Objects CPython 3.8 never frees at exit: what sits in thread-local storage (the asyncio
 * policy's event loop) is dropped only when the thread state is cleared, after the last
 * collection of `Py_FinalizeEx`, so the cycles through it are never collected and no finalizer
 * of theirs runs. corosim frees them after its own last collection, without running finalizers
 * or weakref callbacks, so that nothing of theirs is observable and the heap still ends empty.
 * @module
 */
import { collectUnobserved } from './cycle-collector.ts';
import { decref } from './object.ts';
import { keepUntilExit, takeKeptUntilExit } from './exit-kept.ts';
import { tstate } from './thread-state.ts';
import { traceState } from './trace-state.ts';

/**
 * `PyThreadState_Clear`: what the thread state owns (the async generator hooks, the trace and
 * profile functions, its dict) is let go after the last collection of `Py_FinalizeEx`, with the rest kept
 * until exit. Nothing of it is observable then: sys.stdout and sys.stderr are gone.
 */
export function keepThreadStateUntilExit(): void {
  for (const o of [tstate.asyncgenFirstiter, tstate.asyncgenFinalizer, traceState.traceFunc, traceState.profileFunc, tstate.dict]) {
    if (o !== null) keepUntilExit(o);
  }
  tstate.dict = null;
  tstate.asyncgenFirstiter = null;
  tstate.asyncgenFinalizer = null;
  traceState.traceFunc = null;
  traceState.profileFunc = null;
}

/** Drops the references kept until exit, then frees any cycle through them unobserved. */
export function releaseKeptUntilExit(): void {
  const objects = takeKeptUntilExit();
  if (objects.length === 0) return;
  for (const o of objects) decref(o);
  collectUnobserved();
}
