/**
 * The keys under which constants are deduplicated: equal keys share one `co_consts` slot. Like
 * CPython, `0`, `0.0`, `-0.0` and `False` stay apart, a tuple matches another only if every item
 * does, and code objects compare by value. Mirrors CPython 3.8 Objects/codeobject.c
 * `_PyCode_ConstantKey` and `code_richcompare`.
 * @module
 */
import type { CodeObject } from '../bytecode/code-object.ts';
import type { Constant } from '../bytecode/constant.ts';
import { unreachable } from '../internal/assert.ts';

/** What keying needs beyond the constant itself. */
export interface KeyContext {
  /** A key no other constant has (for NaN, which equals nothing). */
  unique(): string;
  /** A short key standing for the value of a code object. */
  codeKey(co: CodeObject): string;
}

function floatKey(v: number): string {
  return Object.is(v, -0) ? '-0' : String(v);
}

/**
 * Returns the deduplication key of `c`.
 *
 * @see CPython 3.8 Objects/codeobject.c _PyCode_ConstantKey
 */
export function constantKey(c: Constant, ctx: KeyContext): string {
  switch (c.kind) {
    case 'None':
      return 'N';
    case 'Ellipsis':
      return 'E';
    case 'bool':
      return c.value ? 'T' : 'F';
    case 'int':
      return `i${c.value.toString()}`;
    case 'float':
      return Number.isNaN(c.value) ? ctx.unique() : `f${floatKey(c.value)}`;
    case 'complex':
      return Number.isNaN(c.real) || Number.isNaN(c.imag) ? ctx.unique() : `c${floatKey(c.real)},${floatKey(c.imag)}`;
    case 'str':
      // Length-prefixed, so that keys joined inside a tuple key stay unambiguous.
      return `s${c.value.length}:${c.value}`;
    case 'bytes': {
      let hex = '';
      for (const b of c.value) hex += b.toString(16).padStart(2, '0');
      return `b${hex}`;
    }
    case 'tuple':
      return `(${c.items.map((i) => constantKey(i, ctx)).join(',')})`;
    case 'frozenset':
      return `{${c.items
        .map((i) => constantKey(i, ctx))
        .sort()
        .join(',')}}`;
    case 'code':
      return ctx.codeKey(c.code);
    default:
      return unreachable(c);
  }
}

function sameArray<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Whether two code objects are equal as `code_richcompare` sees them (everything but file name,
 * line table and stack size).
 */
export function codeEquals(a: CodeObject, b: CodeObject, ctx: KeyContext): boolean {
  if (a.name !== b.name || a.argcount !== b.argcount || a.posonlyargcount !== b.posonlyargcount || a.kwonlyargcount !== b.kwonlyargcount) return false;
  if (a.nlocals !== b.nlocals || a.flags !== b.flags || a.firstlineno !== b.firstlineno || a.code.length !== b.code.length) return false;
  for (let i = 0; i < a.code.length; i++) if (a.code[i] !== b.code[i]) return false;
  if (a.consts.length !== b.consts.length) return false;
  for (let i = 0; i < a.consts.length; i++) {
    if (constantKey(a.consts[i] as Constant, ctx) !== constantKey(b.consts[i] as Constant, ctx)) return false;
  }
  return sameArray(a.names, b.names) && sameArray(a.varnames, b.varnames) && sameArray(a.freevars, b.freevars) && sameArray(a.cellvars, b.cellvars);
}
