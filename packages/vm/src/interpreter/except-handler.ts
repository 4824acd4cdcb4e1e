/**
 * Restoring the exception being handled when an `except` block is left: the three values an
 * EXCEPT_HANDLER block saved on the value stack go back to `tstate->exc_info`. Mirrors CPython
 * 3.8 Python/ceval.c `UNWIND_EXCEPT_HANDLER`.
 * @module
 */
import type { PyBaseException } from '../objects/exception-object.ts';
import type { PyFrame } from '../objects/frame.ts';
import { None } from '../objects/singletons.ts';
import { PyRaise } from '../runtime/errors.ts';
import { decref, xdecref, type PyObject } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';

/** `UNWIND_EXCEPT_HANDLER`: pops down to the block's level and restores the saved exception. */
export function unwindExceptHandler(f: PyFrame, level: number): void {
  const stack = f.stack;
  while (f.sp > level + 3) {
    const v = stack[--f.sp];
    stack[f.sp] = null;
    xdecref(v);
  }
  const info = tstate.excInfo;
  const type = info.type;
  const value = info.value;
  const tb = info.traceback;
  info.type = stack[--f.sp] ?? null;
  info.value = stack[--f.sp] ?? null;
  info.traceback = stack[--f.sp] ?? null;
  stack[f.sp] = stack[f.sp + 1] = stack[f.sp + 2] = null;
  xdecref(type);
  xdecref(value);
  xdecref(tb);
}

/**
 * The exception an END_FINALLY or END_ASYNC_FOR re-raises: `exc` (already popped, dropped here)
 * and the value and traceback under it on the stack (`_PyErr_Restore`; no new traceback entry).
 */
export function reraiseFromStack(f: PyFrame, exc: PyObject): PyRaise {
  const stack = f.stack;
  const val = stack[--f.sp] as PyObject;
  const tb = stack[--f.sp] ?? null;
  stack[f.sp] = stack[f.sp + 1] = null;
  decref(exc);
  if (tb === None) decref(tb);
  const raised = new PyRaise(val as PyBaseException, tb === None ? null : tb);
  raised.skipTraceback = true;
  return raised;
}
