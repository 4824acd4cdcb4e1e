/**
 * The item storage containers keep in JS (list and deque items, dict tables) rather than on the
 * simulated heap, checked where CPython allocates it: a request that the heap budget cannot meet
 * beside what the heap already holds, or one past what the host's arrays and maps can hold,
 * raises MemoryError (`PyErr_NoMemory`, as CPython's failed allocation does) instead of
 * exhausting or crashing the host. The storage is checked, not kept on the budget: only a
 * request that would not fit at the moment it is made fails.
 * @module
 */
import { raiseNoMemory } from './buffer-alloc.ts';
import { activeHeap } from './memory.ts';

/**
 * The most items one list, tuple or deque holds: V8 ends the process (a fatal error, not an
 * exception) when an array it grows passes about 112 million elements.
 */
export const MAX_ITEMS = 100_000_000;

/** The most entries one dict holds: a JS Map refuses more than 2^24. */
export const MAX_DICT_ENTRIES = 2 ** 24;

/** Raises MemoryError unless `bytes` more fit in the heap budget now. */
export function checkStorage(bytes: number): void {
  const heap = activeHeap();
  if (heap.inUse + bytes > heap.budget && !heap.overBudgetAllowed) raiseNoMemory();
}
