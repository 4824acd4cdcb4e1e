/**
 * `method`: a function bound to an instance (what `obj.f` gives for a Python function). Calling
 * it prepends `__self__`. Exact bound methods come from a free list in CPython 3.8 (`free_list`,
 * 256); the heap models the plain allocation. Mirrors CPython 3.8 Objects/classobject.c.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, type PyType } from '../runtime/object.ts';

/** The `method` type. */
export const methodType: PyType = staticType({ name: 'method', basicsize: 48, flags: TPFLAGS_HAVE_GC });

/** A bound method: `func` and `self` are owned. */
export class PyMethod extends PyObject {
  readonly func: PyObject;
  readonly self: PyObject;

  constructor(func: PyObject, self: PyObject) {
    super(methodType, allocateAddress(methodType));
    this.func = incref(func);
    this.self = incref(self);
  }
}

methodType.dealloc = (o) => {
  const m = o as PyMethod;
  decref(m.func);
  decref(m.self);
  freeObject(o);
};
methodType.traverse = (o, visit) => {
  const m = o as PyMethod;
  visit(m.func);
  visit(m.self);
};
