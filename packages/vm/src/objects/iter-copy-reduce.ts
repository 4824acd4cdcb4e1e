/**
 * `__reduce__` of the iterators over hash tables (dict and set iterators): `iter(list)` of the
 * items a copy of the iterator would still produce, the iterator itself left where it was.
 * Mirrors CPython 3.8 Objects/dictobject.c `dictiter_reduce` and Objects/setobject.c
 * `setiter_reduce`, which iterate a copy of the iterator struct on the C stack.
 * @module
 */
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { getBuiltinId } from './builtin-id.ts';
import { newListStealing, type PyList } from './list.ts';
import { listExtend } from './list-slots.ts';
import { newTupleStealing } from './tuple.ts';

/**
 * The position of an iterator over a container: the container it holds (null once exhausted),
 * and the rest of its state, which {@link copyIterReduce} saves and restores.
 */
export interface IterState<I extends PyObject> {
  /** The container the iterator holds, or null. */
  held(it: I): PyObject | null;
  /** Sets the container the iterator holds (its reference is the caller's). */
  setHeld(it: I, held: PyObject | null): void;
  /** A snapshot of the rest of the state. */
  save(it: I): () => void;
}

/**
 * `Py_BuildValue("N(N)", iter, list)` of what iterating a copy of `it` gives; `it` keeps its
 * position. The copy holds its own reference to the container, as CPython's `tmp` does.
 *
 * @param it - the iterator.
 * @param state - how to save and restore its position.
 * @returns a new reference to the reduce tuple.
 */
export function copyIterReduce<I extends PyObject>(it: I, state: IterState<I>): PyObject {
  const held = state.held(it);
  const restore = state.save(it);
  if (held !== null) incref(held);
  let list: PyList;
  try {
    // `PySequence_List(&tmp)`: an empty list extended by the copy.
    list = newListStealing([]);
    try {
      listExtend(list, it);
    } catch (e) {
      decref(list);
      throw e;
    }
  } finally {
    // The copy's reference, unless running out released it.
    const left = state.held(it);
    if (left !== null) decref(left);
    state.setHeld(it, held);
    restore();
  }
  return newTupleStealing([getBuiltinId('iter'), newTupleStealing([list])]);
}
