/**
 * `list`: a growable array of references. Exact lists come from a free list of 80 (the heap
 * models it). Mirrors CPython 3.8 Objects/listobject.c.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, type PyType } from '../runtime/object.ts';

/** The `list` type. */
export const listType: PyType = staticType({ name: 'list', basicsize: 40, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
listType.addIsConcat = true;

/** A list object: it owns a reference to each item. */
export class PyList extends PyObject {
  items: PyObject[];
  /** Item slots allocated (`allocated`; list-capacity.ts): as many as the items when made. */
  allocated: number;

  constructor(type: PyType, items: PyObject[], address: number) {
    super(type, address);
    this.items = items;
    this.allocated = items.length;
  }
}

/** A new list that takes over the references in `items`. */
export function newListStealing(items: PyObject[], type: PyType = listType): PyList {
  return new PyList(type, items, allocateAddress(type));
}

listType.dealloc = (self) => {
  const list = self as PyList;
  const items = list.items;
  list.items = [];
  for (let i = items.length - 1; i >= 0; i--) decref(items[i] as PyObject);
  freeObject(self);
};
listType.traverse = (self, visit) => {
  // Last item first, as `list_traverse`/`tupletraverse` visit (the collector's order shows).
  const items = (self as PyList).items;
  for (let i = items.length - 1; i >= 0; i--) visit(items[i] as PyObject);
};
// `_list_clear`: emptied first, then the items dropped last to first.
listType.clear = (self) => {
  const list = self as PyList;
  const items = list.items;
  list.items = [];
  list.allocated = 0;
  for (let i = items.length - 1; i >= 0; i--) decref(items[i] as PyObject);
};

/** Whether `o` is a list (exact or subclass). */
export function isList(o: PyObject): o is PyList {
  return o instanceof PyList;
}
