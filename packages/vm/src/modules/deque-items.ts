/**
 * The items of a `collections.deque`, in a ring buffer: adding or removing at either end takes
 * constant time, as CPython's linked blocks give it (a JS array's `shift`/`unshift` copy every
 * item, which made a queue of a million items take minutes to drain). The blocks CPython would
 * use are still counted from the deque's `leftindex` (collections-deque.ts), for `__sizeof__`.
 * asyncio's queues keep their items in one too (the deque, list or heap of queues.py).
 * @module
 */
import type { PyObject } from '../runtime/object.ts';

/** Capacity past which a buffer a quarter full is halved. */
const SHRINK_ABOVE = 64;

/** A double-ended queue of objects (the references are the user's to keep). */
export class DequeItems {
  /** The ring: a power-of-two length (or none yet), unused slots undefined. */
  #buf: (PyObject | undefined)[] = [];
  /** Where the leftmost item is. */
  #head = 0;
  #size = 0;

  /** How many items there are. */
  get length(): number {
    return this.#size;
  }

  /** The item `i` places from the left (0 <= i < length). */
  at(i: number): PyObject {
    const buf = this.#buf;
    return buf[(this.#head + i) & (buf.length - 1)] as PyObject;
  }

  /** Replaces the item `i` places from the left. */
  set(i: number, o: PyObject): void {
    const buf = this.#buf;
    buf[(this.#head + i) & (buf.length - 1)] = o;
  }

  /** Adds `o` on the right. */
  push(o: PyObject): void {
    if (this.#size === this.#buf.length) this.#resize(Math.max(4, 2 * this.#size));
    const buf = this.#buf;
    buf[(this.#head + this.#size) & (buf.length - 1)] = o;
    this.#size++;
  }

  /** Adds `o` on the left. */
  unshift(o: PyObject): void {
    if (this.#size === this.#buf.length) this.#resize(Math.max(4, 2 * this.#size));
    const buf = this.#buf;
    this.#head = (this.#head - 1) & (buf.length - 1);
    buf[this.#head] = o;
    this.#size++;
  }

  /** Removes and returns the rightmost item (undefined when empty). */
  pop(): PyObject | undefined {
    if (this.#size === 0) return undefined;
    const buf = this.#buf;
    const i = (this.#head + this.#size - 1) & (buf.length - 1);
    const o = buf[i];
    buf[i] = undefined;
    this.#size--;
    this.#shrink();
    return o;
  }

  /** Removes and returns the leftmost item (undefined when empty). */
  shift(): PyObject | undefined {
    if (this.#size === 0) return undefined;
    const buf = this.#buf;
    const o = buf[this.#head];
    buf[this.#head] = undefined;
    this.#head = (this.#head + 1) & (buf.length - 1);
    this.#size--;
    this.#shrink();
    return o;
  }

  /** The items, left to right, in a new array. */
  toArray(): PyObject[] {
    const out = new Array<PyObject>(this.#size);
    for (let i = 0; i < this.#size; i++) out[i] = this.at(i);
    return out;
  }

  /** Reverses the order in place. */
  reverse(): void {
    for (let i = 0, j = this.#size - 1; i < j; i++, j--) {
      const o = this.at(i);
      this.set(i, this.at(j));
      this.set(j, o);
    }
  }

  /** Moves `n` items from the right end to the left (from the left to the right when negative). */
  rotate(n: number): void {
    if (n > 0) for (let k = 0; k < n; k++) this.unshift(this.pop() as PyObject);
    else for (let k = 0; k < -n; k++) this.push(this.shift() as PyObject);
  }

  /** A buffer a quarter full (and big) is halved, as CPython frees emptied blocks. */
  #shrink(): void {
    const capacity = this.#buf.length;
    if (capacity > SHRINK_ABOVE && this.#size < capacity >> 2) this.#resize(capacity >> 1);
  }

  /** Moves the items to the start of a new ring of `capacity` slots (a power of two). */
  #resize(capacity: number): void {
    const next = new Array<PyObject | undefined>(capacity);
    for (let i = 0; i < this.#size; i++) next[i] = this.at(i);
    this.#buf = next;
    this.#head = 0;
  }
}
