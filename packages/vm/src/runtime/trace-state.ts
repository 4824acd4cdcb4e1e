/**
 * The trace and profile functions of `sys.settrace` and `sys.setprofile`
 * (`tstate->c_traceobj`, `c_profileobj`, `tracing`, `use_tracing`). Mirrors the thread-state
 * fields CPython 3.8 Python/ceval.c reads; the calls themselves are interpreter/trace-calls.ts.
 * @module
 */
import type { PyObject } from './object.ts';

/** What the interpreter checks before it reports events. */
export interface TraceState {
  /** `sys.settrace`'s function (owned), or null. */
  traceFunc: PyObject | null;
  /** `sys.setprofile`'s function (owned), or null. */
  profileFunc: PyObject | null;
  /** Above 0 while a trace or profile function runs: it is not traced itself (`tstate->tracing`). */
  tracing: number;
  /**
   * The frame whose value stack a trace function may see (`f->f_stacktop` set): the one in a
   * `line` or `opcode` event, or one whose `return` event follows a yield; null otherwise.
   */
  stackFrame: PyObject | null;
}

/** The run's trace state. */
export const traceState: TraceState = { traceFunc: null, profileFunc: null, tracing: 0, stackFrame: null };

/** Whether events are reported now (`tstate->use_tracing`): a function is set and none is running. */
export function tracingActive(): boolean {
  return (traceState.traceFunc !== null || traceState.profileFunc !== null) && traceState.tracing === 0;
}

/**
 * Whether an exception set and cleared again would reach a trace function now (`call_exc_trace`
 * runs when `c_tracefunc` is set and reports while no trace function runs): what decides whether
 * a StopIteration CPython sets but nobody else sees must be made at all.
 */
export function exceptionEventsOn(): boolean {
  return traceState.traceFunc !== null && traceState.tracing === 0;
}

/** Forgets the functions (a new run; the objects belonged to the old heap). */
export function resetTraceState(): void {
  traceState.traceFunc = null;
  traceState.profileFunc = null;
  traceState.tracing = 0;
  traceState.stackFrame = null;
}
