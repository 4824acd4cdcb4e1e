/**
 * The `heapq` module's C part: heappush, heappop, heapify (with the cache-friendly order above
 * 2500 items), heapreplace, heappushpop and the private `_max` variants, comparing the same pairs
 * with `<` in the same order as CPython 3.8 Modules/_heapqmodule.c. nlargest, nsmallest and merge
 * (Lib/heapq.py) are in heapq-select.ts.
 * @module
 */
import { listGrowByOne, listResize } from '../objects/list-capacity.ts';
import { PyList } from '../objects/list.ts';
import { LT, richCompareBool } from '../runtime/abstract-compare.ts';
import { indexError, runtimeError, typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';

/** `a < b` on borrowed items kept alive for the comparison. */
export function less(a: PyObject, b: PyObject): boolean {
  incref(a);
  incref(b);
  try {
    return richCompareBool(a, b, LT);
  } finally {
    decref(b);
    decref(a);
  }
}

function changed(): never {
  throw runtimeError('list changed size during iteration');
}

/** `siftdown` (max: `parent < newitem`). */
function siftdown(heap: PyList, startpos: number, pos: number, max: boolean): void {
  const size = heap.items.length;
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const newitem = heap.items[pos] as PyObject;
    const parent = heap.items[parentpos] as PyObject;
    const cmp = max ? less(parent, newitem) : less(newitem, parent);
    if (size !== heap.items.length) changed();
    if (!cmp) break;
    const arr = heap.items;
    const p = arr[parentpos] as PyObject;
    arr[parentpos] = arr[pos] as PyObject;
    arr[pos] = p;
    pos = parentpos;
  }
}

/** `siftup` (max: `b < a` picks the larger child). */
export function siftup(heap: PyList, pos: number, max: boolean): void {
  const endpos = heap.items.length;
  const startpos = pos;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const a = heap.items[childpos] as PyObject;
      const b = heap.items[childpos + 1] as PyObject;
      const cmp = max ? less(b, a) : less(a, b);
      if (!cmp) childpos++;
      if (endpos !== heap.items.length) changed();
    }
    const arr = heap.items;
    const t = arr[childpos] as PyObject;
    arr[childpos] = arr[pos] as PyObject;
    arr[pos] = t;
    pos = childpos;
  }
  siftdown(heap, startpos, pos, max);
}

export function heapArg(o: PyObject | undefined): PyList {
  if (!(o instanceof PyList)) throw typeError('heap argument must be a list');
  return o;
}

/** `heappush`. */
export function heappush(heap: PyList, item: PyObject): void {
  listGrowByOne(heap);
  heap.items.push(incref(item));
  siftdown(heap, 0, heap.items.length - 1, false);
}

/** `heappop` / `_heappop_max`: a new reference. */
export function heappop(heap: PyList, max: boolean): PyObject {
  if (heap.items.length === 0) throw indexError('index out of range');
  // `PyList_SetSlice(heap, n - 1, n, NULL)` without dropping the item.
  listResize(heap, heap.items.length - 1);
  const last = heap.items.pop() as PyObject;
  if (heap.items.length === 0) return last;
  const ret = heap.items[0] as PyObject;
  heap.items[0] = last;
  siftup(heap, 0, max);
  return ret;
}

/** `heapreplace` / `_heapreplace_max`: a new reference. */
export function heapreplace(heap: PyList, item: PyObject, max: boolean): PyObject {
  if (heap.items.length === 0) throw indexError('index out of range');
  const ret = heap.items[0] as PyObject;
  heap.items[0] = incref(item);
  siftup(heap, 0, max);
  return ret;
}

function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) {
    n >>= 1;
    i++;
  }
  return n << i;
}

/** `heapify` / `_heapify_max`. */
export function heapify(heap: PyList, max: boolean): void {
  const n = heap.items.length;
  if (n > 2500) {
    const m = n >> 1;
    const leftmost = keepTopBit(m + 1) - 1;
    const mhalf = m >> 1;
    const run = (i: number): void => {
      for (let j = i; ; j >>= 1) {
        siftup(heap, j, max);
        if (!(j & 1)) break;
      }
    };
    for (let i = leftmost - 1; i >= mhalf; i--) run(i);
    for (let i = m - 1; i >= leftmost; i--) run(i);
    return;
  }
  for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, max);
}
