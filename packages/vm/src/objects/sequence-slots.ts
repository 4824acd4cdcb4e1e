/**
 * Which number slots of the built-in sequences (str, bytes, list, tuple, deque) stand for their
 * sequence slots: an `nb.add` / `nbInplace.add` for `sq_concat` / `sq_inplace_concat`, an
 * `nb.multiply` / `nbInplace.multiply` for `sq_repeat` / `sq_inplace_repeat`. CPython's sequences
 * have no number slots for these, so `binary_op1` and `binary_iop1` try a real number slot of
 * either operand (the other's reflected `__radd__` / `__rmul__`) first, and the sequence slot is
 * the fallback: code emulating that order must skip the stand-ins. Mirrors the split of CPython
 * 3.8 Objects/abstract.c `PyNumber_Add` / `PyNumber_InPlaceAdd` (`binary_op1`, then `sq_concat`)
 * and `PyNumber_Multiply` (`binary_op1`, then `sequence_repeat`).
 * @module
 */
import type { PyObject } from '../runtime/object.ts';

type Slot = (a: PyObject, b: PyObject) => PyObject;

const concatSlots = new Set<Slot>();
const repeatSlots = new Set<Slot>();

/**
 * Records `slot` as a sequence concatenation (`sq_concat`, or `sq_inplace_concat` when installed
 * as an in-place slot) rather than a number addition.
 *
 * @param slot - the `nb.add` or `nbInplace.add` slot function of a sequence type.
 * @returns `slot`, for use in an assignment.
 */
export function sqConcatSlot(slot: Slot): Slot {
  concatSlots.add(slot);
  return slot;
}

/**
 * Records `slot` as a sequence repetition (`sq_repeat`, or `sq_inplace_repeat` when installed as
 * an in-place slot) rather than a number multiplication.
 *
 * @param slot - the `nb.multiply` or `nbInplace.multiply` slot function of a sequence type.
 * @returns `slot`, for use in an assignment.
 */
export function sqRepeatSlot(slot: Slot): Slot {
  repeatSlots.add(slot);
  return slot;
}

/**
 * Whether `slot` is a sequence concatenation registered with {@link sqConcatSlot}.
 *
 * @param slot - an `nb.add` or `nbInplace.add` slot.
 * @returns true for `sq_concat` / `sq_inplace_concat` stand-ins.
 */
export function isSqConcatSlot(slot: Slot): boolean {
  return concatSlots.has(slot);
}

/**
 * Whether `slot` is a sequence repetition registered with {@link sqRepeatSlot}.
 *
 * @param slot - an `nb.multiply` or `nbInplace.multiply` slot.
 * @returns true for `sq_repeat` / `sq_inplace_repeat` stand-ins.
 */
export function isSqRepeatSlot(slot: Slot): boolean {
  return repeatSlots.has(slot);
}

/**
 * Whether `slot`, found in the number slot of `op`, stands for a sequence slot: the slot
 * `binary_op1` / `binary_iop1` must pass over.
 *
 * @param op - the number slot's operator name.
 * @param slot - the slot function found there.
 * @returns true for a registered stand-in of `+` or `*`.
 */
export function standsForSequence(op: string, slot: Slot): boolean {
  return op === 'add' ? concatSlots.has(slot) : op === 'multiply' && repeatSlots.has(slot);
}
