/**
 * How many item slots a list has allocated (`allocated`), which `sys.getsizeof` reports: exact for
 * lists made at their size (literals, slices, `list(sized)`), over-allocated as a list grows one
 * item or one extension at a time, and cut back when it shrinks below half. The items themselves
 * live in a JS array; this is the bookkeeping of CPython 3.8 Objects/listobject.c `list_resize`.
 * @module
 */
import type { PyList } from './list.ts';
import { raiseNoMemory } from '../runtime/buffer-alloc.ts';
import { MAX_ITEMS, checkStorage } from '../runtime/storage-limit.ts';

export { MAX_ITEMS };

/**
 * `list_resize(a, newsize)`: the capacity stays while the new size fits it and fills at least
 * half of it; else it becomes the size plus an eighth plus 3 (below 9 items) or 6, and 0 for none.
 */
export function listResize(a: PyList, newsize: number): void {
  const allocated = a.allocated;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  // The allocation of that many slots fails (`PyErr_NoMemory`): `list(range(sys.maxsize))`.
  if (newsize > MAX_ITEMS) raiseNoMemory();
  const slots = newsize === 0 ? 0 : newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6);
  if (slots > allocated) checkSlots(slots);
  a.allocated = slots;
}

/** `app1` / `PyList_Append`: room for one more item (then the caller pushes it). */
export function listGrowByOne(a: PyList): void {
  listResize(a, a.items.length + 1);
}

/** Raises MemoryError unless a list's `slots` item pointers (`PyMem_Malloc`ed) fit beside the heap's objects. */
export function checkSlots(slots: number): void {
  checkStorage(8 * slots);
}
