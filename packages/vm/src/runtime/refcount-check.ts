/**
 * The reference-count check (`--check-refcounts`): a debug mode that watches the counts the way a
 * debug build of CPython does. An object's count must never move after it was freed (a
 * `Py_DECREF` too many, or a borrowed reference used past its owner's death), and nothing may be
 * left on the heap once the interpreter has finalized, which empties every module, collects every
 * cycle and frees what CPython 3.8 frees (static objects and interned strings stay, as in
 * CPython). Off, it costs a flag test per allocation and per free; on, it keeps the type of every
 * address handed out and the last million objects freed.
 * @module
 */
import type { Heap } from '../heap/heap.ts';
import type { PyObject, PyType } from './object.ts';

/** Whether the check runs (callers test it before calling in). */
export let refcheckOn = false;

/** The count a freed object is left with; any later change means it was used after death. */
const FREED = -0x1_0000_0000;

/** Type name of every heap address handed out, by address (the last object placed there). */
const typeAt = new Map<number, string>();
/**
 * The most recently freed objects, with their counts set to {@link FREED}: a ring, so that a long
 * run keeps a bounded number; an object leaving the ring is checked as it goes.
 */
const RING = 1 << 20;
const freed: (PyObject | undefined)[] = [];
let nextSlot = 0;
/** Objects whose count moved after they were freed, found so far. */
const usedAfterFree: PyObject[] = [];

/** Starts (or turns off) the check for a new run. */
export function startRefcountCheck(on: boolean): void {
  refcheckOn = on;
  typeAt.clear();
  freed.length = 0;
  nextSlot = 0;
  usedAfterFree.length = 0;
}

/** Notes the type of the object about to be placed at `address`. */
export function noteAllocated(address: number, type: PyType): void {
  typeAt.set(address, type.name);
}

/** Notes that `address` now holds no object (a block the heap keeps for itself): nothing to check there. */
export function noteNoObject(address: number): void {
  typeAt.delete(address);
}

/** Notes that `o` was freed: from now on its count must not move. */
export function noteFreed(o: PyObject): void {
  o.refcnt = FREED;
  const leaving = freed[nextSlot];
  if (leaving !== undefined && leaving.refcnt !== FREED) usedAfterFree.push(leaving);
  freed[nextSlot] = o;
  nextSlot = (nextSlot + 1) % RING;
}

/** `0x...`. */
function hex(address: number): string {
  return `0x${address.toString(16)}`;
}

/** Most problems listed one by one; the rest are counted. */
const MAX_LISTED = 20;

/**
 * What the check found at the end of a run: one line per problem, empty when the counts were right.
 * Call after the interpreter has finalized, with the run's heap.
 */
export function refcountProblems(heap: Heap): string[] {
  const lines: string[] = [];
  for (const o of freed) if (o !== undefined && o.refcnt !== FREED) usedAfterFree.push(o);
  for (const o of usedAfterFree.slice(0, MAX_LISTED)) {
    const moves = o.refcnt - FREED;
    lines.push(`${o.type.name} at ${hex(o.address)}: reference count moved by ${moves > 0 ? '+' : ''}${moves} after it was freed`);
  }
  if (usedAfterFree.length > MAX_LISTED) lines.push(`... and ${usedAfterFree.length - MAX_LISTED} more objects used after they were freed`);
  const leftover = [...typeAt].filter(([address]) => heap.isLive(address));
  const byType = new Map<string, number>();
  for (const [, type] of leftover) byType.set(type, (byType.get(type) ?? 0) + 1);
  if (leftover.length > 0) {
    const summary = [...byType].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t, n]) => `${n} ${t}`);
    lines.push(`${leftover.length} objects left alive at exit that CPython 3.8 frees: ${summary.join(', ')}`);
    for (const [address, type] of leftover.slice(0, MAX_LISTED)) lines.push(`  ${type} at ${hex(address)}`);
    if (leftover.length > MAX_LISTED) lines.push(`  ... and ${leftover.length - MAX_LISTED} more`);
  }
  return lines;
}
