/**
 * Switching frames in the interpreter loop (and in compiled code): entering a callee's frame,
 * leaving it, and popping what a finished call left on the caller's stack.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { releaseEvaluatedFrame, type PyFrame } from '../objects/frame.ts';
import { raiseMessage } from '../runtime/errors.ts';
import { decref, xdecref, type PyObject } from '../runtime/object.ts';
import { enterRecursiveCall, leaveRecursiveCall, tstate } from '../runtime/thread-state.ts';
import { vmEventsOn } from '../runtime/events.ts';
import { emitFrameEntered, emitFrameLeft } from '../runtime/event-frames.ts';
import { traceState } from '../runtime/trace-state.ts';
import { traceReturn } from './trace-calls.ts';

/** Enters a frame: recursion check, `f_back`, `tstate->frame`. */
export function enterFrame(f: PyFrame): void {
  const overflow = enterRecursiveCall('');
  if (overflow !== null) throw raiseMessage(E.RecursionError, overflow);
  tstate.frame = f;
  f.executing = true;
  if (vmEventsOn) emitFrameEntered(f);
}

/**
 * Enters the frame of a call that pops `pop` stack slots of its caller when it is over; a frame
 * that cannot be entered (RecursionError) is dropped.
 */
export function enterCallee(callee: PyFrame, pop: number): void {
  callee.callerPop = pop;
  try {
    enterFrame(callee);
  } catch (e) {
    decref(callee);
    throw e;
  }
}

/**
 * A call of `caller`'s that is over: the callee's frame goes (`releaseEvaluatedFrame`), then the
 * call's stack slots, then the keyword references the call held (CPython frees its temporary
 * array last).
 */
export function dropCall(caller: PyFrame, callee: PyFrame, pop: number): void {
  const held = takeHeld(callee);
  releaseEvaluatedFrame(callee);
  popCallArgs(caller, pop);
  releaseHeld(held);
}

/**
 * Leaves a frame that returned or yielded `retval` (null: an exception ends it), after its
 * `return` trace event: restores the caller as the current frame. When the trace or profile
 * function raises, the frame is left all the same, `retval` is dropped and the exception thrown.
 */
export function leaveFrame(f: PyFrame, retval: PyObject | null): void {
  if (traceState.traceFunc !== null || traceState.profileFunc !== null) {
    try {
      traceReturn(f, retval);
    } catch (e) {
      leaveFrameUntraced(f);
      if (retval !== null) decref(retval);
      throw e;
    }
  }
  leaveFrameUntraced(f);
}

/** Leaves a frame without a `return` event (its `call` event failed): restores the caller as the current frame. */
export function leaveFrameUntraced(f: PyFrame): void {
  if (vmEventsOn) emitFrameLeft(f);
  f.executing = false;
  tstate.frame = f.back;
  leaveRecursiveCall();
}

/** Pops the callable and arguments a finished call left on the caller's stack. */
export function popCallArgs(f: PyFrame, count: number): void {
  const stack = f.stack;
  for (let i = 0; i < count; i++) {
    const v = stack[--f.sp];
    stack[f.sp] = null;
    xdecref(v);
  }
}

/** Takes the keyword-argument references a finished inline call held. */
export function takeHeld(f: PyFrame): PyObject[] | null {
  const held = f.heldArgs;
  f.heldArgs = null;
  return held;
}

/** Drops them, after the caller's stack slots (CPython frees its temporary array last). */
export function releaseHeld(held: PyObject[] | null): void {
  if (held !== null) for (const o of held) decref(o);
}
