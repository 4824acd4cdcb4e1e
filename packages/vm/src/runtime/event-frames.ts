/**
 * Builds the VM events of frames (call, return, yield, resume) and exceptions (raise) from plain
 * fields, never running Python code. Called only when {@link vmEventsOn} is set, so the
 * interpreter's hot path pays one flag check. No CPython counterpart (`sys.settrace`'s call,
 * return and exception events are the nearest).
 * @module
 */
import type { PyFrame } from '../objects/frame.ts';
import type { PyBaseException } from '../objects/exception-object.ts';
import { emitVmEvent } from './events.ts';
import { tstate } from './thread-state.ts';

/** The JS string of a str object, read structurally (no import of the str type). */
function textOf(o: unknown): string | null {
  if (typeof o === 'object' && o !== null && 'value' in o && typeof o.value === 'string') return o.value;
  return null;
}

/** A frame's generator `__qualname__`, else its code's `co_name`. */
export function frameQualname(f: PyFrame): string {
  const gen = f.gen;
  if (gen !== null && 'qualname' in gen) {
    const q = textOf(gen.qualname);
    if (q !== null) return q;
  }
  return f.code.co.name;
}

/** A frame is being entered: `call` on its first run, `resume` afterwards. */
export function emitFrameEntered(f: PyFrame): void {
  if (f.lasti === -1) {
    const co = f.code.co;
    emitVmEvent({ kind: 'call', qualname: frameQualname(f), file: co.filename, line: co.firstlineno, depth: tstate.recursionDepth });
  } else {
    emitVmEvent({ kind: 'resume', qualname: frameQualname(f), lasti: f.lasti });
  }
}

/** A frame is being left: `return` when it finished, `yield` when it suspended. */
export function emitFrameLeft(f: PyFrame): void {
  if (f.finished) emitVmEvent({ kind: 'return', qualname: frameQualname(f), depth: tstate.recursionDepth });
  else emitVmEvent({ kind: 'yield', qualname: frameQualname(f), lasti: f.lasti });
}

/** An exception is being raised in the current frame: `PyErr_SetObject`'s exception instance. */
export function emitRaise(value: PyBaseException): void {
  const args = value.args;
  const items: readonly unknown[] = typeof args === 'object' && args !== null && 'items' in args && Array.isArray(args.items) ? args.items : [];
  const first = items[0];
  emitRaiseOf(value.type.name, first);
}

/** An exception is being raised as a type and its one argument, not yet instantiated. */
export function emitRaiseOf(type: string, arg: unknown): void {
  const frame = tstate.frame;
  const qualname = frame !== null && 'code' in frame && 'gen' in frame ? frameQualname(frame as PyFrame) : null;
  emitVmEvent({ kind: 'raise', type, message: textOf(arg) ?? '', qualname });
}
