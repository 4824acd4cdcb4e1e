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
import { genResume, stopIterationValue } from '../runtime/gen-core.ts';
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
 * the delegation. An exception the delegate raises is returned, not thrown (V8 walks the stack
 * for every throw), for the delegating frame to take on.
 */
export function yieldFromStep(receiver: PyObject, v: PyObject, traced: PyFrame | null = null): DelegateStep | PyRaise {
  try {
    if (receiver instanceof PyGenerator && receiver.kind !== 'async generator') {
      const step = genResume(receiver, v, null, false);
      if (step instanceof PyRaise) return delegateRaised(step, traced);
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
    if (!(e instanceof PyRaise)) throw e;
    return delegateRaised(e, traced);
  } finally {
    decref(v);
  }
}

/**
 * What the delegate raised, `e`: the end of the delegation when it is StopIteration (traced, the
 * frame sees it, or what its trace function raised instead), else the exception itself.
 */
function delegateRaised(e: PyRaise, traced: PyFrame | null): DelegateStep | PyRaise {
  if (!exceptionMatches(e, E.StopIteration)) return e;
  const stop = traced === null ? e : traceException(traced, e);
  if (stop !== e) return stop;
  return { done: true, value: stopIterationValue(e) };
}
