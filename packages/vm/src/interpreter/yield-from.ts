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
import { genResumeValue, lastResumeDone, stopIterationValue } from '../runtime/gen-core.ts';
import { endRunWith, takeFrameRaise } from './frame-runner.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import type { PyFrame } from '../objects/frame.ts';
import { traceException, traceStopIteration } from './trace-calls.ts';

/** Whether the delegate of the last {@link yieldFromStep} that gave a value finished (returned it). */
let delegateDone = false;

/** Whether the last {@link yieldFromStep} that gave a value had the delegate return it, not yield it. */
export function lastDelegateDone(): boolean {
  return delegateDone;
}

/**
 * Sends `v` (stolen) into `receiver`: the value it yielded or returned (a new reference;
 * {@link lastDelegateDone} tells which), or null when it raised, with the exception for
 * `takeFrameRaise` (frame-runner.ts), returned, not thrown (V8 walks the stack for every throw),
 * for the delegating frame to take on. `traced` is the delegating frame while a trace function
 * is set: it gets the `exception` event of the StopIteration that ends the delegation.
 */
export function yieldFromStep(receiver: PyObject, v: PyObject, traced: PyFrame | null = null): PyObject | null {
  let value: PyObject | null = null;
  let done = false;
  // Whether a finished delegate leaves StopIteration set (`_PyGen_Send`), for a trace function to see.
  let stopSet = true;
  let raised: PyRaise | null = null;
  try {
    if (receiver instanceof PyGenerator && receiver.kind !== 'async generator') {
      value = genResumeValue(receiver, v, null, false);
      if (value === null) raised = takeFrameRaise();
      else done = lastResumeDone();
    } else {
      const sendStep = receiver.type.sendStep;
      if (sendStep !== undefined) {
        const step = sendStep(receiver, v === None ? null : v);
        value = step.value;
        done = step.done;
      } else {
        if (v === None) {
          const next = receiver.type.iternext;
          if (next === undefined) throw attributeError('__next__');
          value = next(receiver);
        } else {
          // `_PyObject_CallMethodIdObjArgs(receiver, "send", v)`: an ordinary attribute lookup.
          value = callMethod(receiver, 'send', [v]);
        }
        if (value === null) {
          value = incref(None);
          done = true;
          stopSet = false;
        }
      }
    }
  } catch (e) {
    if (!(e instanceof PyRaise)) {
      decref(v);
      throw e;
    }
    raised = e;
  }
  // CPython drops the value sent before it looks at the outcome (YIELD_FROM's `Py_DECREF(v)`).
  decref(v);
  if (traced !== null && done && stopSet) raised = tracedStop(traced, value as PyObject);
  if (raised !== null) {
    if (!exceptionMatches(raised, E.StopIteration)) return endRunWith(raised);
    const stop = traced === null ? raised : traceException(traced, raised);
    if (stop !== raised) return endRunWith(stop);
    value = stopIterationValue(raised);
    done = true;
  }
  // Set last: dropping `v` or tracing may run a `__del__` that delegates too.
  delegateDone = done;
  return value;
}

/**
 * The `exception` event of the StopIteration a finished delegate left set, seen by `traced`: null,
 * or what the trace function raised instead (`value`, the return value, is then dropped).
 */
function tracedStop(traced: PyFrame, value: PyObject): PyRaise | null {
  try {
    traceStopIteration(traced, value);
    return null;
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    decref(value);
    return e;
  }
}
