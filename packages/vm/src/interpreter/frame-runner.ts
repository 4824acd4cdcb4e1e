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

type FrameRunner = (frame: PyFrame, throwing: PyRaise | null) => PyObject;

let runner: FrameRunner = () => {
  throw new InternalError('the interpreter loop is not loaded');
};

let enteredRunner: FrameRunner = runner;

/** Installs the interpreter loop (interpreter/eval.ts does, once): `run` enters the frame, `runEntered` finds it entered. */
export function setFrameRunner(run: FrameRunner, runEntered: FrameRunner): void {
  runner = run;
  enteredRunner = runEntered;
}

/**
 * Runs `frame` until it returns, yields or raises (`PyEval_EvalFrameEx`): a new reference to the
 * returned or yielded value. `throwing` resumes it with an exception in flight.
 */
export function runFrame(frame: PyFrame, throwing: PyRaise | null): PyObject {
  return runner(frame, throwing);
}

/** {@link runFrame} of a frame its caller has entered (`enterFrame`) already. */
export function runEnteredFrame(frame: PyFrame): PyObject {
  return enteredRunner(frame, null);
}
