/**
 * Which `nb.multiply` slots stand for a sequence's `sq_repeat` (str, bytes, list, tuple, deque):
 * CPython tries a real `nb_multiply` of either operand before any `sq_repeat`, so code emulating
 * that order must not call these as if they were the right operand's `nb_multiply`. Mirrors the
 * split of CPython 3.8 Objects/abstract.c `PyNumber_Multiply` (`binary_op1`, then
 * `sequence_repeat`).
 * @module
 */
import type { PyObject } from '../runtime/object.ts';

type Slot = (a: PyObject, b: PyObject) => PyObject;

const repeatSlots = new Set<Slot>();

/**
 * Records `slot` as a sequence repetition (`sq_repeat`) rather than a number multiplication.
 *
 * @param slot - the `nb.multiply` slot function of a sequence type.
 * @returns `slot`, for use in an assignment.
 */
export function sqRepeatSlot(slot: Slot): Slot {
  repeatSlots.add(slot);
  return slot;
}

/**
 * Whether `slot` is a sequence repetition registered with {@link sqRepeatSlot}.
 *
 * @param slot - an `nb.multiply` slot.
 * @returns true for `sq_repeat` stand-ins.
 */
export function isSqRepeatSlot(slot: Slot): boolean {
  return repeatSlots.has(slot);
}
