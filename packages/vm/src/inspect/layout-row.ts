/**
 * The row model of the inspector: one field of a C struct as it sits in simulated memory, and the
 * helpers that turn fields into rows (pointers as `0x...` or `NULL`, a short repr of the pointee).
 * @module
 */
import { reprText } from '../runtime/abstract-object.ts';
import { PyRaise } from '../runtime/errors.ts';
import type { PyObject, PyType } from '../runtime/object.ts';
import type { FieldSpec } from './layouts.generated.ts';

/** One field of an object as CPython 3.8 lays it out. */
export interface LayoutRow {
  /** The C struct the field is declared in (`PyObject`, `PyGenObject`, `_PyErr_StackItem`, ...). */
  readonly struct: string;
  /** The field, with its path for nested structs and arrays (`gi_exc_state.exc_type`, `f_localsplus[2]`). */
  readonly field: string;
  /** Its C type. */
  readonly ctype: string;
  /** Its offset from the start of the object, in bytes. */
  readonly offset: number;
  /** Its size in bytes. */
  readonly size: number;
  /** Its simulated address, or null for memory corosim does not simulate (the thread state). */
  readonly address: number | null;
  /** The raw value: a pointer as `0x...` or `NULL`, an integer, a char. */
  readonly content: string;
  /** A short repr of what a pointer points to, or what the value means. */
  readonly repr: string;
}

/** Longest repr a row shows; longer ones end with `...`. */
const MAX_REPR = 44;

/** Types whose repr is read for a row; others show `<type object at 0x...>` (no Python code runs). */
const REPR_TYPES: ReadonlySet<string> = new Set([
  'str', 'int', 'bool', 'float', 'complex', 'NoneType', 'ellipsis', 'bytes', 'tuple', 'type', 'code', 'frame',
  'function', 'builtin_function_or_method', 'generator', 'coroutine', 'async_generator', 'cell', 'traceback',
  'method', 'async_generator_asend', 'async_generator_athrow',
]);

/** A pointer's content: `0x...`, or `NULL`. */
export function pointerText(address: number | null): string {
  return address === null ? 'NULL' : `0x${address.toString(16)}`;
}

/** Cuts `text` to the longest repr a row shows. */
export function clip(text: string): string {
  const oneLine = text.replace(/\n/g, '\\n');
  return oneLine.length <= MAX_REPR ? oneLine : `${oneLine.slice(0, MAX_REPR - 3)}...`;
}

/** A short repr of `o` for a row: its own repr for simple built-in objects, else its type and address. */
export function shortRepr(o: PyObject): string {
  const generic = `<${o.type.name} object at ${pointerText(o.address)}>`;
  if (o.type.isHeapType || !REPR_TYPES.has(o.type.name)) {
    return isException(o) ? clip(safeRepr(o) ?? generic) : generic;
  }
  return clip(safeRepr(o) ?? generic);
}

/** Whether `o` is an exception instance (its type derives from BaseException). */
function isException(o: PyObject): boolean {
  for (let t: PyType | null = o.type; t !== null; t = t.base) if (t.name === 'BaseException') return true;
  return false;
}

/** `repr(o)` as text, or null when the repr raises. */
function safeRepr(o: PyObject): string | null {
  try {
    return reprText(o);
  } catch (e) {
    if (e instanceof PyRaise) return null;
    throw e;
  }
}

/** Collects the rows of one object whose memory starts at `base`. */
export class RowSink {
  readonly rows: LayoutRow[] = [];
  readonly #base: number;

  constructor(base: number) {
    this.#base = base;
  }

  /** A row for `spec` of `struct`, placed `shift` bytes into the object (for nested structs). */
  add(struct: string, field: string, spec: FieldSpec, content: string, repr: string, shift = 0): void {
    const offset = shift + spec.offset;
    this.rows.push({ struct, field, ctype: spec.ctype, offset, size: spec.size, address: this.#base + offset, content, repr });
  }

  /** A pointer field: its pointee's address and short repr, or NULL. */
  pointer(struct: string, field: string, spec: FieldSpec, target: PyObject | null, shift = 0): void {
    this.add(struct, field, spec, pointerText(target?.address ?? null), target === null ? '' : shortRepr(target), shift);
  }

  /** An integer field; `meaning` explains the value. */
  int(struct: string, field: string, spec: FieldSpec, value: number, meaning = '', shift = 0): void {
    this.add(struct, field, spec, String(value), meaning, shift);
  }

  /** A boolean stored as a char or int: 1 or 0, shown as True or False. */
  flag(struct: string, field: string, spec: FieldSpec, value: boolean, shift = 0): void {
    this.add(struct, field, spec, value ? '1' : '0', value ? 'True' : 'False', shift);
  }
}
