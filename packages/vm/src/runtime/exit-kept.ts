/**
 * The references kept until after finalization (runtime/exit-leaks.ts drops them): a leaf, so
 * that objects anywhere may hand one over without importing the collector.
 * @module
 */
import type { PyObject } from './object.ts';

/** The references handed over, in order. */
const kept: PyObject[] = [];

/**
 * Takes over a reference to `o`, to be dropped after finalization (a thread-local's value).
 *
 * @param o - an owned reference, handed over.
 */
export function keepUntilExit(o: PyObject): void {
  kept.push(o);
}

/**
 * The references handed over so far, which the caller now owns; none are kept after.
 *
 * @returns them, in the order they were handed over.
 */
export function takeKeptUntilExit(): PyObject[] {
  return kept.splice(0);
}
