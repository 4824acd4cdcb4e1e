/**
 * Native code that stands in for a Python `except`/`finally` block (a `with` statement's exit): the
 * exception it caught is the one being handled while it runs, as `sys.exc_info()` shows and as an
 * exception raised meanwhile takes for its `__context__`. Mirrors what CPython 3.8
 * Python/ceval.c does when an exception reaches a SETUP_FINALLY handler, and `POP_EXCEPT`.
 * @module
 */
import type { PyRaise } from './errors.ts';
import { incref, xdecref } from './object.ts';
import { tstate } from './thread-state.ts';

/**
 * Runs `fn` with `raised` as the exception being handled (`tstate->exc_info`), then puts back
 * what was handled before, whether `fn` returns or raises.
 *
 * @param raised - the caught exception (borrowed; its traceback is set on the value, as the
 *   handler's `PyException_SetTraceback` does).
 * @param fn - the handler's body.
 * @returns what `fn` returns.
 * @see CPython 3.8 Python/ceval.c `exception_unwind`, `POP_EXCEPT`
 */
export function whileHandling<T>(raised: PyRaise, fn: () => T): T {
  const info = tstate.excInfo;
  const saved = [info.type, info.value, info.traceback] as const;
  const value = raised.value;
  const tb = raised.traceback;
  if (tb !== null && value.traceback !== tb) {
    const old = value.traceback;
    value.traceback = incref(tb);
    xdecref(old);
  }
  info.type = incref(value.type);
  info.value = incref(value);
  info.traceback = tb === null ? null : incref(tb);
  try {
    return fn();
  } finally {
    // The handler's own item: the same object unless `fn` ran off another generator's stack.
    const handled = [info.type, info.value, info.traceback];
    [info.type, info.value, info.traceback] = saved;
    for (const o of handled) xdecref(o);
  }
}
