/**
 * The iteration order of a frozenset of constants, as CPython 3.8's set table gives it with
 * PYTHONHASHSEED=0. Mirrors CPython 3.8 Objects/setobject.c `set_add_entry`.
 * @module
 */
import type { Constant } from '../bytecode/constant.ts';

/**
 * Returns `items` (in insertion order, duplicates allowed) in the order iterating the frozenset
 * built from them gives, without duplicates.
 *
 * @see CPython 3.8 Objects/setobject.c set_add_entry, set_table_resize
 */
export function frozensetOrder(items: readonly Constant[]): Constant[] {
  // TODO(#4): hashes and the set table (stub: insertion order).
  return [...items];
}
