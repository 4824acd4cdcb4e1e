/**
 * A binary min-heap on a plain array, sifting exactly as CPython 3.8's `_heapq` C module does
 * (Modules/_heapqmodule.c, the accelerator behind Lib/heapq.py): `heappush`, `heappop` and
 * `heapify`, including the cache-friendly heapify used for lists longer than 2500. Only `lt` is
 * consulted, as `PyObject_RichCompareBool(a, b, Py_LT)` is, so items that compare equal land
 * where CPython's heap puts them, which is not first-in first-out.
 * @module
 */

/** `a < b` for heap items (`TimerHandle.__lt__` compares deadlines only). */
export type LessThan<T> = (a: T, b: T) => boolean;

function at<T>(heap: readonly T[], i: number): T {
  const item = heap[i];
  if (item === undefined) throw new RangeError(`heap index ${i} out of range`);
  return item;
}

function swap(heap: unknown[], i: number, j: number): void {
  const a = at(heap, i);
  heap[i] = at(heap, j);
  heap[j] = a;
}

/** `siftdown` (heapq's `_siftdown`): moves the item at `pos` up towards `startpos`. */
function siftdown<T>(heap: T[], startpos: number, pos: number, lt: LessThan<T>): void {
  let p = pos;
  while (p > startpos) {
    const parentpos = (p - 1) >> 1;
    if (!lt(at(heap, p), at(heap, parentpos))) break;
    swap(heap, parentpos, p);
    p = parentpos;
  }
}

/** `siftup` (heapq's `_siftup`): bubbles the smaller child up to a leaf, then sifts down. */
function siftup<T>(heap: T[], pos: number, lt: LessThan<T>): void {
  const endpos = heap.length;
  const startpos = pos;
  const limit = endpos >> 1;
  let p = pos;
  while (p < limit) {
    let childpos = 2 * p + 1;
    // `childpos += cmp ^ 1`: the right child wins unless left < right.
    if (childpos + 1 < endpos && !lt(at(heap, childpos), at(heap, childpos + 1))) childpos += 1;
    swap(heap, childpos, p);
    p = childpos;
  }
  siftdown(heap, startpos, p, lt);
}

/** `heapq.heappush(heap, item)`. */
export function heappush<T>(heap: T[], item: T, lt: LessThan<T>): void {
  heap.push(item);
  siftdown(heap, 0, heap.length - 1, lt);
}

/** `heapq.heappop(heap)`; `undefined` where CPython raises IndexError. */
export function heappop<T>(heap: T[], lt: LessThan<T>): T | undefined {
  const lastelt = heap.pop();
  if (lastelt === undefined || heap.length === 0) return lastelt;
  const returnitem = at(heap, 0);
  heap[0] = lastelt;
  siftup(heap, 0, lt);
  return returnitem;
}

/** `keep_top_bit(n)`: `n` with every bit below its highest cleared. */
function keepTopBit(n: number): number {
  let m = n;
  let i = 0;
  while (m > 1) {
    m >>= 1;
    i++;
  }
  return m << i;
}

/** `cache_friendly_heapify`: the subtree-at-a-time order `_heapq` uses above 2500 items. */
function cacheFriendlyHeapify<T>(heap: T[], lt: LessThan<T>): void {
  const m = heap.length >> 1;
  const leftmost = keepTopBit(m + 1) - 1;
  const mhalf = m >> 1;
  const climb = (i: number): void => {
    let j = i;
    for (;;) {
      siftup(heap, j, lt);
      if (!(j & 1)) break;
      j >>= 1;
    }
  };
  for (let i = leftmost - 1; i >= mhalf; i--) climb(i);
  for (let i = m - 1; i >= leftmost; i--) climb(i);
}

/** `heapq.heapify(heap)`, in place, with `_heapq`'s choice of algorithm by size. */
export function heapify<T>(heap: T[], lt: LessThan<T>): void {
  const n = heap.length;
  if (n > 2500) {
    cacheFriendlyHeapify(heap, lt);
    return;
  }
  for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, lt);
}
