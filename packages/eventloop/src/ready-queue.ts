/**
 * The loop's ready queue: a first-in first-out deque of handles, `BaseEventLoop._ready`
 * (a `collections.deque` in CPython 3.8's Lib/asyncio/base_events.py), with `append`,
 * `popleft` and `clear` in amortised constant time.
 * @module
 */

/** A FIFO queue with O(1) `append` and `popleft` (the subset of `deque` the loop uses). */
export class ReadyQueue<T> {
  #items: (T | undefined)[] = [];
  #head = 0;

  /** How many items are queued (`len(self._ready)`). */
  get length(): number {
    return this.#items.length - this.#head;
  }

  /** Adds `item` at the right end (`deque.append`). */
  append(item: T): void {
    this.#items.push(item);
  }

  /** Removes and returns the leftmost item, or `undefined` when empty (`deque.popleft`). */
  popleft(): T | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const item = this.#items[this.#head];
    this.#items[this.#head] = undefined;
    this.#head++;
    if (this.#head >= 1024 && this.#head * 2 >= this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return item;
  }

  /** Calls `fn` with each queued item, leftmost first. */
  forEach(fn: (item: T) => void): void {
    const items = this.#items;
    for (let i = this.#head; i < items.length; i++) fn(items[i] as T);
  }

  /** Empties the queue (`deque.clear`). */
  clear(): void {
    this.#items = [];
    this.#head = 0;
  }
}
