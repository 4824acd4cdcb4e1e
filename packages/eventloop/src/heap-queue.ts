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

/**
 * A heap of items ordered by a number key (`a < b` when `key(a) < key(b)`), kept as two parallel
 * arrays: a comparison reads two numbers from one packed array instead of two objects (and the
 * boxed numbers in them) scattered over memory, which is what a heap of many timers spends its
 * time on. It sifts exactly as {@link heappush}, {@link heappop} and {@link heapify} do with
 * `lt = (a, b) => key(a) < key(b)`, so items land where those (and CPython's `_heapq`) put them.
 */
export class KeyedHeap<T> {
  #keys: number[] = [];
  #items: T[] = [];

  /** Items on the heap. */
  get length(): number {
    return this.#items.length;
  }

  /** The items in heap order (index 0 is the smallest), read only. */
  get items(): readonly T[] {
    return this.#items;
  }

  /** The smallest item, or undefined when empty. */
  peek(): T | undefined {
    return this.#items[0];
  }

  /** The key of the smallest item, or undefined when empty. */
  peekKey(): number | undefined {
    return this.#keys[0];
  }

  /** `heappush`. */
  push(key: number, item: T): void {
    this.#keys.push(key);
    this.#items.push(item);
    this.#siftdown(0, this.#items.length - 1);
  }

  /** `heappop`; undefined when empty. */
  pop(): T | undefined {
    const items = this.#items;
    const keys = this.#keys;
    const lastelt = items.pop();
    const lastkey = keys.pop();
    if (lastelt === undefined || lastkey === undefined || items.length === 0) return lastelt;
    const returnitem = items[0];
    items[0] = lastelt;
    keys[0] = lastkey;
    this.#siftup(0);
    return returnitem;
  }

  /** Replaces the contents with `items` and their `keys` (taking both arrays) and heapifies them (`heapify`). */
  reset(keys: number[], items: T[]): void {
    if (keys.length !== items.length) throw new RangeError('KeyedHeap.reset: keys and items differ in length');
    this.#keys = keys;
    this.#items = items;
    const n = items.length;
    if (n > 2500) {
      this.#cacheFriendlyHeapify();
      return;
    }
    for (let i = (n >> 1) - 1; i >= 0; i--) this.#siftup(i);
  }

  /** Empties the heap. */
  clear(): void {
    this.#keys = [];
    this.#items = [];
  }

  #swap(i: number, j: number): void {
    const keys = this.#keys;
    const items = this.#items;
    const k = keys[i] as number;
    keys[i] = keys[j] as number;
    keys[j] = k;
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }

  /** `_siftdown`. */
  #siftdown(startpos: number, pos: number): void {
    const keys = this.#keys;
    let p = pos;
    while (p > startpos) {
      const parentpos = (p - 1) >> 1;
      if (!((keys[p] as number) < (keys[parentpos] as number))) break;
      this.#swap(parentpos, p);
      p = parentpos;
    }
  }

  /** `_siftup`. */
  #siftup(pos: number): void {
    const keys = this.#keys;
    const endpos = keys.length;
    const startpos = pos;
    const limit = endpos >> 1;
    let p = pos;
    while (p < limit) {
      let childpos = 2 * p + 1;
      if (childpos + 1 < endpos && !((keys[childpos] as number) < (keys[childpos + 1] as number))) childpos += 1;
      this.#swap(childpos, p);
      p = childpos;
    }
    this.#siftdown(startpos, p);
  }

  /** `cache_friendly_heapify`. */
  #cacheFriendlyHeapify(): void {
    const m = this.#keys.length >> 1;
    const leftmost = keepTopBit(m + 1) - 1;
    const mhalf = m >> 1;
    const climb = (i: number): void => {
      let j = i;
      for (;;) {
        this.#siftup(j);
        if (!(j & 1)) break;
        j >>= 1;
      }
    };
    for (let i = leftmost - 1; i >= mhalf; i--) climb(i);
    for (let i = m - 1; i >= leftmost; i--) climb(i);
  }
}
