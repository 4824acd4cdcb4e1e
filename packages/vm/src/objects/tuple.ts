/**
 * `tuple`: an immutable array of references. The empty tuple is a static singleton; tuples of 1 to
 * 19 items come from per-size free lists (the heap models them). Mirrors CPython 3.8
 * Objects/tupleobject.c.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress, staticAddress } from '../runtime/memory.ts';
import { IMMORTAL, PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, type PyType } from '../runtime/object.ts';

/** The `tuple` type. */
export const tupleType: PyType = staticType({ name: 'tuple', basicsize: 24, itemsize: 8, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
tupleType.addIsConcat = true;

/** A tuple object: it owns a reference to each item. */
export class PyTuple extends PyObject {
  readonly items: PyObject[];

  constructor(type: PyType, items: PyObject[], address: number) {
    super(type, address);
    this.items = items;
  }
}

/** `()`. */
export const emptyTuple: PyTuple = new PyTuple(tupleType, [], staticAddress(24));
emptyTuple.refcnt = IMMORTAL;

/** A new tuple that takes over the references in `items` (`PyTuple_New` + `SET_ITEM`). */
export function newTupleStealing(items: PyObject[]): PyTuple {
  if (items.length === 0) {
    emptyTuple.refcnt++;
    return emptyTuple;
  }
  return new PyTuple(tupleType, items, allocateAddress(tupleType, items.length));
}

/** A new tuple holding new references to `items`. */
export function newTuple(items: readonly PyObject[]): PyTuple {
  for (const o of items) o.refcnt++;
  return newTupleStealing(items.slice());
}

tupleType.dealloc = (self) => {
  const items = (self as PyTuple).items;
  for (let i = items.length - 1; i >= 0; i--) decref(items[i] as PyObject);
  freeObject(self);
};
tupleType.traverse = (self, visit) => {
  // Last item first, as `list_traverse`/`tupletraverse` visit (the collector's order shows).
  const items = (self as PyTuple).items;
  for (let i = items.length - 1; i >= 0; i--) visit(items[i] as PyObject);
};

/** Whether `o` is a tuple (exact or subclass). */
export function isTuple(o: PyObject): o is PyTuple {
  return o instanceof PyTuple;
}
