/**
 * The constants a code object holds (`co_consts`), as plain data: what the compiler produces and
 * what `dis` prints. The interpreter turns them into runtime objects when it loads a code object.
 * Mirrors the constant kinds of CPython 3.8 Python/compile.c `merge_consts_recursive`.
 * @module
 */
import type { CodeObject } from './code-object.ts';

/**
 * A compile-time constant.
 *
 * @remarks
 * `int` is a bigint so that arbitrary precision survives; `str` is a JS string whose non-BMP code
 * points are surrogate pairs (lone surrogates, which Python allows, stay lone). `frozenset`
 * items are in the iteration order CPython 3.8 gives them with PYTHONHASHSEED=0; `added`, when
 * present, is the order they were added to the set's table (the iteration order of the set it was
 * rebuilt from): building the runtime object in that order lays its table out as CPython's, which
 * iterating `items` again would not do after collisions.
 */
export type Constant =
  | { readonly kind: 'None' }
  | { readonly kind: 'Ellipsis' }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'complex'; readonly real: number; readonly imag: number }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'bytes'; readonly value: Uint8Array }
  | { readonly kind: 'tuple'; readonly items: readonly Constant[] }
  | { readonly kind: 'frozenset'; readonly items: readonly Constant[]; readonly added?: readonly Constant[] }
  | { readonly kind: 'code'; readonly code: CodeObject };

/** The `None` constant. */
export const NONE: Constant = { kind: 'None' };

/**
 * Python truthiness of a constant (`PyObject_IsTrue`).
 *
 * @see CPython 3.8 Objects/object.c PyObject_IsTrue
 */
export function isTruthy(c: Constant): boolean {
  switch (c.kind) {
    case 'None':
      return false;
    case 'Ellipsis':
    case 'code':
      return true;
    case 'bool':
      return c.value;
    case 'int':
      return c.value !== 0n;
    case 'float':
      return c.value !== 0;
    case 'complex':
      return c.real !== 0 || c.imag !== 0;
    case 'str':
      return c.value.length > 0;
    case 'bytes':
      return c.value.length > 0;
    case 'tuple':
    case 'frozenset':
      return c.items.length > 0;
  }
}
