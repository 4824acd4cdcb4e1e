/**
 * Rows of the generator family: `PyGenObject`, `PyCoroObject` and `PyAsyncGenObject` (their
 * shared head with the `gi_exc_state` item expanded, then the kind's own fields), the
 * `_PyErr_StackItem` on its own, and the async-generator helpers (`PyAsyncGenASend`,
 * `PyAsyncGenAThrow`, `PyAsyncGenWrappedValue`). Mirrors CPython 3.8 Include/genobject.h and
 * Objects/genobject.c.
 * @module
 */
import { PyAsyncGenWrappedValue, PyAsyncGenerator } from '../objects/async-generator-object.ts';
import { PyAsyncGenASend, PyAsyncGenAThrow } from '../objects/async-generator-awaitables.ts';
import { PyCoroutine } from '../objects/coroutine.ts';
import { PyFrame } from '../objects/frame.ts';
import { PyGenerator } from '../objects/generator.ts';
import type { PyObject } from '../runtime/object.ts';
import { tstate, type ExcStackItem } from '../runtime/thread-state.ts';
import { RowSink, pointerText } from './layout-row.ts';
import { STRUCTS } from './layouts.generated.ts';

/** The field prefix of each kind (`gi_`, `cr_`, `ag_`) and its struct. */
function kindOf(gen: PyGenerator): { readonly prefix: string; readonly struct: 'PyGenObject' | 'PyCoroObject' | 'PyAsyncGenObject' } {
  if (gen instanceof PyAsyncGenerator) return { prefix: 'ag', struct: 'PyAsyncGenObject' };
  if (gen instanceof PyCoroutine) return { prefix: 'cr', struct: 'PyCoroObject' };
  return { prefix: 'gi', struct: 'PyGenObject' };
}

/** Offset of the exception state inside the three generator structs (the same in all three). */
const EXC_STATE_OFFSET = STRUCTS.PyGenObject.fields.gi_exc_state.offset;

/**
 * Where an exception stack item lives: inside the generator whose state it is (found among the
 * generators on the current stack), or null for the thread state's own item, which corosim does
 * not place in simulated memory.
 */
export function excItemAddress(item: ExcStackItem): number | null {
  for (let f = tstate.frame; f instanceof PyFrame; f = f.back) {
    const gen = f.gen;
    if (gen instanceof PyGenerator && gen.excState === item) return gen.address + EXC_STATE_OFFSET;
  }
  return null;
}

/** The four fields of a `_PyErr_StackItem` placed `shift` bytes into an object. */
export function excStateRows(sink: RowSink, item: ExcStackItem, path: string, shift: number, running: boolean): void {
  const f = STRUCTS._PyErr_StackItem.fields;
  const struct = '_PyErr_StackItem';
  sink.pointer(struct, `${path}exc_type`, f.exc_type, item.type, shift);
  sink.pointer(struct, `${path}exc_value`, f.exc_value, item.value, shift);
  sink.pointer(struct, `${path}exc_traceback`, f.exc_traceback, item.traceback, shift);
  // CPython links the item to the resumer's only while the generator runs (gen_send_ex clears it).
  const previous = running ? item.previous : null;
  if (previous === null) {
    sink.add(struct, `${path}previous_item`, f.previous_item, 'NULL', '', shift);
    return;
  }
  const address = excItemAddress(previous);
  sink.add(struct, `${path}previous_item`, f.previous_item, address === null ? '&tstate->exc_state' : pointerText(address),
    address === null ? "the thread's own item" : 'the resumer\'s item', shift);
}

/** The rows of a generator, coroutine or async generator after the PyObject header. */
export function genRows(sink: RowSink, gen: PyGenerator): void {
  const { prefix: p, struct } = kindOf(gen);
  const f = STRUCTS.PyGenObject.fields;
  sink.pointer(struct, `${p}_frame`, f.gi_frame, gen.frame);
  sink.flag(struct, `${p}_running`, f.gi_running, gen.running);
  sink.pointer(struct, `${p}_code`, f.gi_code, gen.code);
  sink.pointer(struct, `${p}_weakreflist`, f.gi_weakreflist, gen.weakrefs?.[0] ?? null);
  sink.pointer(struct, `${p}_name`, f.gi_name, gen.name);
  sink.pointer(struct, `${p}_qualname`, f.gi_qualname, gen.qualname);
  excStateRows(sink, gen.excState, `${p}_exc_state.`, EXC_STATE_OFFSET, gen.running);
  if (gen instanceof PyCoroutine) {
    sink.pointer(struct, 'cr_origin', STRUCTS.PyCoroObject.fields.cr_origin, gen.origin);
  } else if (gen instanceof PyAsyncGenerator) {
    const a = STRUCTS.PyAsyncGenObject.fields;
    sink.pointer(struct, 'ag_finalizer', a.ag_finalizer, gen.finalizer);
    sink.flag(struct, 'ag_hooks_inited', a.ag_hooks_inited, gen.hooksInited);
    sink.flag(struct, 'ag_closed', a.ag_closed, gen.closed);
    // The reference lists the fields up to ag_closed; 3.8's struct ends with `int ag_running_async`
    // right after it, which is why sizeof is 120 (112 + 4, padded to 8).
    sink.flag(struct, 'ag_running_async', { offset: a.ag_closed.offset + 4, size: 4, ctype: 'int' }, gen.runningAsync);
  }
}

/** `AwaitableState` names (Objects/genobject.c). */
const AWAITABLE_STATES: readonly string[] = ['AWAITABLE_STATE_INIT', 'AWAITABLE_STATE_ITER', 'AWAITABLE_STATE_CLOSED'];

/** The rows of the async-generator helpers after the PyObject header; false for other objects. */
export function asyncHelperRows(sink: RowSink, o: PyObject): boolean {
  if (o instanceof PyAsyncGenASend) {
    const f = STRUCTS.PyAsyncGenASend.fields;
    sink.pointer('PyAsyncGenASend', 'ags_gen', f.ags_gen, o.gen);
    sink.pointer('PyAsyncGenASend', 'ags_sendval', f.ags_sendval, o.sendval);
    sink.int('PyAsyncGenASend', 'ags_state', f.ags_state, o.state, AWAITABLE_STATES[o.state] ?? '');
    return true;
  }
  if (o instanceof PyAsyncGenAThrow) {
    const f = STRUCTS.PyAsyncGenAThrow.fields;
    sink.pointer('PyAsyncGenAThrow', 'agt_gen', f.agt_gen, o.gen);
    sink.pointer('PyAsyncGenAThrow', 'agt_args', f.agt_args, o.args);
    sink.int('PyAsyncGenAThrow', 'agt_state', f.agt_state, o.state, AWAITABLE_STATES[o.state] ?? '');
    return true;
  }
  if (o instanceof PyAsyncGenWrappedValue) {
    sink.pointer('PyAsyncGenWrappedValue', 'agw_val', STRUCTS.PyAsyncGenWrappedValue.fields.agw_val, o.value);
    return true;
  }
  return false;
}

/** The struct an object of the generator family or its helpers is laid out as, or null. */
export function genStructName(o: PyObject): string | null {
  if (o instanceof PyGenerator) return kindOf(o).struct;
  if (o instanceof PyAsyncGenASend) return 'PyAsyncGenASend';
  if (o instanceof PyAsyncGenAThrow) return 'PyAsyncGenAThrow';
  if (o instanceof PyAsyncGenWrappedValue) return 'PyAsyncGenWrappedValue';
  return null;
}
