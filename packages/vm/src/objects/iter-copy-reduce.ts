/**
 * `__reduce__` of the dict and set iterators: `(iter, (rest,))`, where `rest` lists what the
 * iterator has left, read from a copy of its state so that the iterator itself does not move.
 * Mirrors CPython 3.8 Objects/dictobject.c `dictiter_reduce` and Objects/setobject.c
 * `setiter_reduce` (and, through {@link reduceRest}, Objects/odictobject.c `odictiter_reduce`).
 * @module
 */
import { decref, incref, xdecref, type PyObject } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { getBuiltinId } from './builtin-id.ts';
import { dictIteratorTypes, type PyDictIter } from './dict-views.ts';
import { newListStealing } from './list.ts';
import { listExtend } from './list-slots.ts';
import { setIteratorType, type PySetIter } from './set.ts';
import { newTupleStealing } from './tuple.ts';

/**
 * A copy of an iterator's fields that is no heap object, as CPython's `tmp = *it` on the C stack:
 * nothing is allocated, and its reference count (the original's) never falls to zero.
 */
function stateCopy<T extends PyObject>(it: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(it) as object) as T, it);
}

/**
 * `(iter, (list(copy),))` for a copy of an iterator's state.
 *
 * @remarks The copy holds what `held` reads of it (the container iterated, the next key) for the
 * while, as `Py_XINCREF(tmp.di_dict)` does; running out drops the copy's references, and what it
 * still holds afterwards (after an error) is dropped here.
 * @param it - the iterator (borrowed); it does not move.
 * @param held - the references the iterator's state owns, read from the copy.
 * @returns a new tuple.
 * @see CPython 3.8 Objects/dictobject.c `dictiter_reduce`
 */
export function reduceRest<T extends PyObject>(it: T, held: (copy: T) => readonly (PyObject | null)[]): PyObject {
  const copy = stateCopy(it);
  for (const o of held(copy)) if (o !== null) incref(o);
  // `PySequence_List`: a new list extended by the copy.
  const list = newListStealing([]);
  try {
    listExtend(list, copy);
  } catch (e) {
    decref(list);
    throw e;
  } finally {
    for (const o of held(copy)) xdecref(o);
  }
  return newTupleStealing([getBuiltinId('iter'), newTupleStealing([list])]);
}

for (const t of dictIteratorTypes) {
  addMethods(t, [{ name: '__reduce__', kind: 'noargs', doc: 'Return state information for pickling.', impl: (self) => reduceRest(self as PyDictIter, (c) => [c.mapping]) }]);
}
addMethods(setIteratorType, [{ name: '__reduce__', kind: 'noargs', doc: 'Return state information for pickling.', impl: (self) => reduceRest(self as PySetIter, (c) => [c.set]) }]);
