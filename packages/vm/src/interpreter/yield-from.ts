/**
 * One step of YIELD_FROM: send a value into the delegate (a generator or coroutine directly,
 * anything else through `__next__`/`send`), and report whether it yielded or finished with a
 * value. Mirrors CPython 3.8 Python/ceval.c `YIELD_FROM` and Objects/genobject.c `_PyGen_Send`.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { PyGenerator } from '../objects/generator.ts';
import { None } from '../objects/singletons.ts';
import { callMethod } from '../runtime/call.ts';
import { PyRaise, attributeError, exceptionMatches } from '../runtime/errors.ts';
import { genSendEx, stopIterationValue } from '../runtime/gen-core.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import type { PyFrame } from '../objects/frame.ts';
import { traceException, traceStopIteration } from './trace-calls.ts';

/** The outcome of one delegation step. */
export interface DelegateStep {
  readonly done: boolean;
  /** The yielded value, or the delegate's return value when done (new reference). */
  readonly value: PyObject;
}

/**
 * Sends `v` (borrowed; dropped by the caller) into `receiver`. `traced` is the delegating frame
 * while a trace function is set: it gets the `exception` event of the StopIteration that ends
 * the delegation.
 */
export function yieldFromStep(receiver: PyObject, v: PyObject, traced: PyFrame | null = null): DelegateStep {
  try {
    if (receiver instanceof PyGenerator && receiver.kind !== 'async generator') {
      const step = genSendEx(receiver, v, null, false);
      // `_PyGen_Send` leaves StopIteration set for a finished delegate: traced, `traced` sees it.
      if (traced !== null && step.done) traceStopIteration(traced, step.value);
      return step;
    }
    const sendStep = receiver.type.sendStep;
    if (sendStep !== undefined) {
      const step = sendStep(receiver, v === None ? null : v);
      if (traced !== null && step.done) traceStopIteration(traced, step.value);
      return step;
    }
    let result: PyObject | null;
    if (v === None) {
      const next = receiver.type.iternext;
      if (next === undefined) throw attributeError('__next__');
      result = next(receiver);
    } else {
      // `_PyObject_CallMethodIdObjArgs(receiver, "send", v)`: an ordinary attribute lookup.
      result = callMethod(receiver, 'send', [v]);
    }
    if (result === null) return { done: true, value: incref(None) };
    return { done: false, value: result };
  } catch (e) {
    if (e instanceof PyRaise && exceptionMatches(e, E.StopIteration)) {
      // Traced, the frame sees the StopIteration (or what its trace function raised instead).
      const stop = traced === null ? e : traceException(traced, e);
      if (stop !== e) throw stop;
      return { done: true, value: stopIterationValue(e) };
    }
    throw e;
  } finally {
    decref(v);
  }
}
