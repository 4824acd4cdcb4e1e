/**
 * The seam between the interpreter loop and the code that resumes frames from outside it
 * (function calls from TypeScript, generator resumption, class bodies, `exec`): they run a frame
 * through {@link runFrame}, which the loop installs when it loads, so that those modules do not
 * import the loop they are imported by.
 * @module
 */
import type { PyFrame } from '../objects/frame.ts';
import { InternalError } from '../internal/assert.ts';
import { PyRaise } from '../runtime/errors.ts';
import type { PyObject } from '../runtime/object.ts';

type FrameRunner = (frame: PyFrame, throwing: PyRaise | null) => PyObject | PyRaise;

let runner: FrameRunner = () => {
  throw new InternalError('the interpreter loop is not loaded');
};

type FrameContinuation = (entry: PyFrame, current: PyFrame, throwing: PyRaise | null) => PyObject | PyRaise;

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
 * Goes on with the evaluation of `entry` that its compiled code began and left: at `current`
 * (`entry` at its `pc`, or a frame it switched to), with `throwing` in flight if not null. Returns
 * as {@link runFrameOrRaise} does.
 */
export function continueEvaluation(entry: PyFrame, current: PyFrame, throwing: PyRaise | null): PyObject | PyRaise {
  return continuation(entry, current, throwing);
}

/**
 * Runs `frame` until it returns, yields or raises (`PyEval_EvalFrameEx`): a new reference to the
 * returned or yielded value. `throwing` resumes it with an exception in flight.
 */
export function runFrame(frame: PyFrame, throwing: PyRaise | null): PyObject {
  const result = runner(frame, throwing);
  if (result instanceof PyRaise) throw result;
  return result;
}

/**
 * {@link runFrame}, but the exception that leaves the frame is returned, not thrown (V8 walks the
 * stack for every throw): for callers that handle it at once, as generator resumption does.
 * Anything raised before the frame runs, or that is no Python exception, is still thrown.
 */
export function runFrameOrRaise(frame: PyFrame, throwing: PyRaise | null): PyObject | PyRaise {
  return runner(frame, throwing);
}
