/**
 * What an exception keeps alive of the asyncio code it left. In CPython, `asyncio.run`,
 * `run_until_complete`, `wait` and the rest are Python functions: an exception raised in them
 * carries their frames in its traceback, and with the frames their arguments, until the
 * exception is gone (a coroutine passed to `asyncio.run()` inside a running loop is reported as
 * "never awaited" when the `except` clause ends, not at the call). corosim's functions are native:
 * the exception holds their arguments instead, in a member no attribute shows.
 * @module
 */
import { rt } from '@corosim/vm/host';

/** The `extra` member holding the arguments (a space keeps it from ever naming an attribute). */
const KEY = ' frame locals';

/**
 * Makes the exception in flight keep `objects` alive (borrowed; each gets a reference), after
 * what it already keeps, as the traceback would keep the frame holding them.
 *
 * @param e - the exception leaving the native function.
 * @param objects - the function's arguments (its frame's locals).
 */
export function keepWithException(e: unknown, objects: readonly rt.PyObject[]): void {
  if (!(e instanceof rt.PyRaise) || objects.length === 0) return;
  const exc = e.value;
  const old = exc.extra.get(KEY);
  const items = old instanceof rt.PyTuple ? old.items.map((o) => rt.incref(o)) : [];
  for (const o of objects) items.push(rt.incref(o));
  rt.setExtra(exc, KEY, rt.newTupleStealing(items));
}

/**
 * The def of a native function standing in for a Python function of CPython's asyncio: an
 * exception leaving it keeps its arguments (and `self`, for a method) alive.
 *
 * @param def - the native def.
 * @param method - whether `self` is a local of the frame too.
 */
export function asPythonFunction(def: rt.NativeDef, method: boolean): rt.NativeDef {
  const impl = def.impl;
  return {
    ...def,
    impl: (self, args, kwnames) => {
      try {
        const result = impl(self, args, kwnames);
        // An exception returned rather than thrown (native-function.ts `callNativeRaw`).
        if (result instanceof rt.PyRaise) keepWithException(result, method ? [self, ...args] : args);
        return result;
      } catch (e) {
        keepWithException(e, method ? [self, ...args] : args);
        throw e;
      }
    },
  };
}
