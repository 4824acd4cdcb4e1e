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
import { callReplacedLogger, writeRecord } from './logger.ts';
import type { SourceFrame } from './source-traceback.ts';

/** What a handle's argument tells debug mode about itself. */
interface Described {
  /** `_format_handle(handle)`: the task a task's callback steps, else `str(handle)`. */
  describe(): string;
  /** The handle's `_source_traceback`, if any. */
  readonly sourceTraceback?: readonly SourceFrame[] | null;
  /**
   * What the handle keeps alive (the Python handle, or the task a step is for), if any:
   * `_run_once` holds the handle (its `handle` local) until the report is made.
   */
  readonly held?: rt.PyObject;
}

function isDescribed(arg: unknown): arg is Described {
  return typeof (arg as Partial<Described> | null)?.describe === 'function';
}

/** Runs `handle` as debug mode's `_run_once` does. */
function runTimed(loop: PyLoop, handle: Handle): void {
  const arg = handle.arg;
  const described = isDescribed(arg) ? arg : null;
  loop.currentHandleTraceback = described?.sourceTraceback ?? null;
  const held = described?.held === undefined ? null : rt.incref(described.held);
  try {
    const t0 = loop.core.time();
    handle.run();
    const dt = loop.core.time() - t0;
    if (dt >= loop.slowCallbackDuration) warnSlow(described?.describe() ?? '<Handle>', dt);
  } finally {
    loop.currentHandleTraceback = null;
    rt.xdecref(held);
  }
}

/**
 * `logger.warning('Executing %s took %.3f seconds', _format_handle(handle), dt)`: through logging's
 * last resort, or to the logger a program put in `base_events`.
 */
function warnSlow(handleText: string, dt: number): void {
  const args = [rt.newStr('Executing %s took %.3f seconds'), rt.newStr(handleText), rt.newFloat(dt)];
  try {
    if (!callReplacedLogger('asyncio.base_events', 'warning', args)) writeRecord(`Executing ${handleText} took ${dt.toFixed(3)} seconds`, null);
  } finally {
    for (const a of args) rt.decref(a);
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
