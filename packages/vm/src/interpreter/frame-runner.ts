/**
 * The seam between the interpreter loop and the code that resumes frames from outside it
 * (function calls from TypeScript, generator resumption, class bodies, `exec`): they run a frame
 * through {@link runFrame}, which the loop installs when it loads, so that those modules do not
 * import the loop they are imported by.
 * @module
 */
import type { PyFrame } from '../objects/frame.ts';
import { InternalError } from '../internal/assert.ts';
import type { PyRaise } from '../runtime/errors.ts';
import type { PyObject } from '../runtime/object.ts';

type FrameRunner = (frame: PyFrame, throwing: PyRaise | null) => PyObject | null;

let runner: FrameRunner = () => {
  throw new InternalError('the interpreter loop is not loaded');
};

type FrameContinuation = (entry: PyFrame, current: PyFrame, throwing: PyRaise | null) => PyObject | null;

let continuation: FrameContinuation = () => {
  throw new InternalError('the interpreter loop is not loaded');
};

/**
 * Installs the interpreter loop (interpreter/eval.ts does, once): `run` enters and runs a frame,
 * `resume` goes on with an evaluation compiled code began.
 */
export function setFrameRunner(run: FrameRunner, resume: FrameContinuation): void {
  runner = run;
  continuation = resume;
}

/**
 * The exception a frame run ended with when it returned null ({@link runFrameOrNull}), until
 * {@link takeFrameRaise} takes it.
 */
let frameRaise: PyRaise | null = null;

/**
 * For the interpreter loop: ends a frame run with `raised`, handed over as a null result and
 * {@link takeFrameRaise}. Null is cheaper to test for than an exception among the results (an
 * `instanceof` on objects of every class).
 */
export function endRunWith(raised: PyRaise): null {
  frameRaise = raised;
  return null;
}

/**
 * The exception of the frame run that returned null, taken: at once, before anything else (a
 * `finally`, a dealloc) can run another frame.
 */
export function takeFrameRaise(): PyRaise {
  const raised = frameRaise as PyRaise;
  frameRaise = null;
  return raised;
}

/**
 * Goes on with the evaluation of `entry` that its compiled code began and left: at `current`
 * (`entry` at its `pc`, or a frame it switched to), with `throwing` in flight if not null. Returns
 * as {@link runFrameOrNull} does.
 */
export function continueEvaluation(entry: PyFrame, current: PyFrame, throwing: PyRaise | null): PyObject | null {
  return continuation(entry, current, throwing);
}

/**
 * Runs `frame` until it returns, yields or raises (`PyEval_EvalFrameEx`): a new reference to the
 * returned or yielded value. `throwing` resumes it with an exception in flight.
 */
export function runFrame(frame: PyFrame, throwing: PyRaise | null): PyObject {
  const result = runner(frame, throwing);
  if (result === null) throw takeFrameRaise();
  return result;
}

/**
 * {@link runFrame}, but when the frame raises, the result is null and {@link takeFrameRaise} has
 * the exception, not thrown (V8 walks the stack for every throw): for callers that handle it at
 * once, as generator resumption does. Anything raised before the frame runs, or that is no Python
 * exception, is still thrown.
 */
export function runFrameOrNull(frame: PyFrame, throwing: PyRaise | null): PyObject | null {
  return runner(frame, throwing);
}
