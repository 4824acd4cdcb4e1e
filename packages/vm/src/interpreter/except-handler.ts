/**
 * A frame's handling of an exception: the unwinding to the `try` block that takes it (the
 * traceback entry, the blocks popped, the exception pushed for the handler), and the restoring of
 * the exception being handled when an `except` block is left (the three values an EXCEPT_HANDLER
 * block saved on the value stack go back to `tstate->exc_info`). Mirrors CPython 3.8
 * Python/ceval.c `exception_unwind` and `UNWIND_EXCEPT_HANDLER`.
 * @module
 */
import type { PyBaseException } from '../objects/exception-object.ts';
import { Op } from '../bytecode/opcodes.ts';
import { EXCEPT_HANDLER, blockHandler, blockLevel, blockType, pushBlock, tryBlock, type PyFrame, type TryBlock } from '../objects/frame.ts';
import { PyTraceback } from '../objects/traceback.ts';
import { None } from '../objects/singletons.ts';
import { PyRaise } from '../runtime/errors.ts';
import { decref, incref, xdecref, type PyObject } from '../runtime/object.ts';
import { traceState } from '../runtime/trace-state.ts';
import { tstate } from '../runtime/thread-state.ts';

const SETUP_FINALLY = Op.SETUP_FINALLY;

/** `PyTraceBack_Here`: adds the frame's current instruction to the exception in flight. */
export function tracebackHere(raised: PyRaise, f: PyFrame): void {
  const tb = new PyTraceback(raised.traceback as PyTraceback | null, f);
  raised.traceback = tb;
}

/**
 * The `exception_unwind` loop: pops blocks until a SETUP_FINALLY handler takes the exception.
 * Returns false when the frame has no handler left.
 */
export function unwindToHandler(f: PyFrame, raised: PyRaise): boolean {
  const stack = f.stack;
  while (f.blocks.length > 0) {
    const b = f.blocks.pop() as TryBlock;
    const type = blockType(b);
    const level = blockLevel(b);
    if (type === EXCEPT_HANDLER) {
      unwindExceptHandler(f, level);
      continue;
    }
    while (f.sp > level) {
      const v = stack[--f.sp];
      stack[f.sp] = null;
      xdecref(v);
    }
    if (type === SETUP_FINALLY) {
      const info = tstate.excInfo;
      pushBlock(f, tryBlock(EXCEPT_HANDLER, -1, f.sp));
      stack[f.sp++] = info.traceback;
      stack[f.sp++] = info.value;
      stack[f.sp++] = info.type ?? incref(None);
      const value = raised.value;
      const tb = raised.traceback;
      // PyException_SetTraceback(val, tb or None)
      const oldTb = value.traceback;
      value.traceback = tb === null ? null : incref(tb);
      xdecref(oldTb);
      info.type = incref(value.type);
      info.value = incref(value);
      info.traceback = tb === null ? null : incref(tb);
      stack[f.sp++] = tb === null ? incref(None) : tb;
      stack[f.sp++] = value;
      stack[f.sp++] = incref(value.type);
      f.pc = blockHandler(b);
      return true;
    }
  }
  return false;
}

/**
 * An exception compiled code (jit-codegen.ts) caught or has in hand while running `f`, which has a
 * `try` block to take it now ({@link canCatch}; jit-runtime.ts `raiseInFrame` checks): the
 * unwinding the interpreter loop would do (eval.ts `evalFrom`) is done here and the handler's
 * offset returned, for the compiled code to go on there without leaving.
 */
export function catchInFrame(f: PyFrame, e: PyRaise): number {
  if (!e.skipTraceback) tracebackHere(e, f);
  e.skipTraceback = false;
  unwindToHandler(f, e);
  return f.pc;
}

/**
 * Whether {@link catchInFrame} would take an exception in `f` now: `f` is the running frame, no
 * trace function must see the exception first, and a block of it takes one.
 */
export function canCatch(f: PyFrame): boolean {
  return tstate.frame === f && traceState.traceFunc === null && hasHandler(f);
}

/** Whether a SETUP_FINALLY block of `f` would take an exception raised now. */
function hasHandler(f: PyFrame): boolean {
  const blocks = f.blocks;
  for (let i = blocks.length - 1; i >= 0; i--) if (blockType(blocks[i] as TryBlock) === SETUP_FINALLY) return true;
  return false;
}

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
