/**
 * Debug mode's handle runner: each callback runs as `_current_handle` (its source traceback is
 * the `handle_traceback` of an error it reports) and is timed on the loop's clock; one that takes
 * `slow_callback_duration` or longer is reported ("Executing <Handle ...> took 0.150 seconds").
 * Mirrors CPython 3.8 Lib/asyncio/base_events.py (`_run_once`, `_format_handle`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import type { Handle } from '../handles.ts';
import type { PyLoop } from './loop-object.ts';
import type { SourceFrame } from './source-traceback.ts';

/** What a handle's argument tells debug mode about itself. */
interface Described {
  /** `_format_handle(handle)`: the task a task's callback steps, else `str(handle)`. */
  describe(): string;
  /** The handle's `_source_traceback`, if any. */
  readonly sourceTraceback?: readonly SourceFrame[] | null;
  /** The Python handle, if any: `_run_once` holds it (its `handle` local) until the report is made. */
  readonly pyHandle?: rt.PyObject;
}

function isDescribed(arg: unknown): arg is Described {
  return typeof (arg as Partial<Described> | null)?.describe === 'function';
}

/** Runs `handle` as debug mode's `_run_once` does. */
function runTimed(loop: PyLoop, handle: Handle): void {
  const arg = handle.arg;
  const described = isDescribed(arg) ? arg : null;
  loop.currentHandleTraceback = described?.sourceTraceback ?? null;
  const held = described?.pyHandle === undefined ? null : rt.incref(described.pyHandle);
  try {
    const t0 = loop.core.time();
    handle.run();
    const dt = loop.core.time() - t0;
    if (dt >= loop.slowCallbackDuration) {
      // `logger.warning`, through logging's last resort.
      rt.writeStderr(`Executing ${described?.describe() ?? '<Handle>'} took ${dt.toFixed(3)} seconds\n`);
    }
  } finally {
    loop.currentHandleTraceback = null;
    rt.xdecref(held);
  }
}

/**
 * Turns debug mode's runner on or off for `loop` (`set_debug`).
 *
 * @param loop - the loop.
 * @param on - whether the loop is in debug mode.
 */
export function setDebugRunner(loop: PyLoop, on: boolean): void {
  loop.core.handleRunner = on ? (handle) => { runTimed(loop, handle); } : null;
}
