/**
 * The inspector: any generator, coroutine, async generator, `async_generator_asend`/`athrow`,
 * wrapped value, frame or code object, or an exception-state item, laid out as CPython 3.8 lays
 * it out in memory, one row per field ({@link LayoutRow}), and that layout as a fixed-width table.
 * @module
 */
import { PyCode } from '../objects/code.ts';
import { PyFrame } from '../objects/frame.ts';
import { PyGenerator } from '../objects/generator.ts';
import { PyObject, IMMORTAL } from '../runtime/object.ts';
import type { ExcStackItem } from '../runtime/thread-state.ts';
import { codeRows, frameRows } from './layout-frame.ts';
import { asyncHelperRows, excItemAddress, excStateRows, genRows, genStructName } from './layout-gen.ts';
import { RowSink, pointerText, type LayoutRow } from './layout-row.ts';
import { GC_HEAD_SIZE, STRUCTS } from './layouts.generated.ts';
import { tpName } from '../runtime/type-name.ts';

export type { LayoutRow } from './layout-row.ts';

/** The C struct `o` is laid out as (`PyObject` for objects the inspector only knows the header of). */
export function structName(o: PyObject): string {
  if (o instanceof PyFrame) return 'PyFrameObject';
  if (o instanceof PyCode) return 'PyCodeObject';
  return genStructName(o) ?? 'PyObject';
}

/** The rows of `ob_refcnt` and `ob_type`. */
function headerRows(sink: RowSink, o: PyObject): void {
  const f = STRUCTS.PyObject.fields;
  const immortal = o.refcnt >= IMMORTAL;
  sink.int('PyObject', 'ob_refcnt', f.ob_refcnt, o.refcnt, immortal ? 'static object' : '');
  sink.add('PyObject', 'ob_type', f.ob_type, pointerText(o.type.address), `<class '${tpName(o.type)}'>`);
}

/**
 * Lays out `target` as CPython 3.8 lays it out in memory: one row per field, in memory order.
 *
 * @remarks
 * Objects get their struct's fields (for the `_PyErr_StackItem` inside a generator, its four
 * fields with the `gi_exc_state.` path); objects of other types get their `PyObject` header only.
 * An exception-state item on its own is laid out at its generator's address plus 64, or with no
 * address when it is the thread's own item. Reading the layout runs no Python code and changes
 * no reference count.
 *
 * @param target - the object, or an exception-state item (`gi_exc_state`, `tstate->exc_info`)
 * @returns the rows, offsets counted from the start of the object
 * @see CPython 3.8 Include/genobject.h, Include/frameobject.h, Include/code.h
 */
export function layout(target: PyObject | ExcStackItem): LayoutRow[] {
  if (!(target instanceof PyObject)) {
    const address = excItemAddress(target);
    const sink = new RowSink(address ?? 0);
    excStateRows(sink, target, '', 0, true);
    return address === null ? sink.rows.map((row) => ({ ...row, address: null })) : sink.rows;
  }
  const sink = new RowSink(target.address);
  headerRows(sink, target);
  if (target instanceof PyGenerator) genRows(sink, target);
  else if (target instanceof PyFrame) frameRows(sink, target);
  else if (target instanceof PyCode) codeRows(sink, target);
  else asyncHelperRows(sink, target);
  return sink.rows;
}

/** The line above a table: what the object is, where it starts, its size and its GC head. */
export function layoutTitle(o: PyObject): string {
  const struct = structName(o);
  const spec = struct === 'PyObject' ? null : (STRUCTS as Readonly<Record<string, { readonly sizeof: number }>>)[struct];
  const size = spec === undefined || spec === null ? '' : `, ${spec.sizeof} bytes`;
  const gc = o.type.isGc ? `, PyGC_Head at ${pointerText(o.address - GC_HEAD_SIZE)}` : '';
  return `${o.type.name} at ${pointerText(o.address)}: ${struct}${size}${gc}`;
}

/** Column titles of the table. */
const COLUMNS = ['struct', 'field', 'C type', 'offset', 'address', 'content', 'repr'] as const;

/**
 * Formats rows as a fixed-width text table, one line per row under a header line.
 *
 * @param rows - rows from {@link layout}
 * @returns the table, each line ending with a newline
 */
export function formatLayout(rows: readonly LayoutRow[]): string {
  const cells = rows.map((r) => [r.struct, r.field, r.ctype, String(r.offset), r.address === null ? '-' : pointerText(r.address), r.content, r.repr]);
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]): string =>
    c.map((text, i) => (i === 3 ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(COLUMNS), rule, ...cells.map(line)].map((l) => `${l}\n`).join('');
}
