/**
 * `float`: an IEEE double. Exact floats come from a free list of 100 (the heap models it).
 * Mirrors CPython 3.8 Objects/floatobject.c.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, trackNewObject, type PyType } from '../runtime/object.ts';

/** The `float` type. */
export const floatType: PyType = staticType({ name: 'float', basicsize: 24, flags: TPFLAGS_BASETYPE });

/** A float object. */
export class PyFloat extends PyObject {
  readonly value: number;

  constructor(type: PyType, value: number, address: number) {
    super(type, address, true);
    // The header, written here (see PyObject's constructor); `dict` and `finalized` come from
    // the prototype until an instance of a subclass sets them (16 bytes less per number).
    this.type = type;
    this.refcnt = 1;
    this.addressHandle = address;
    if ((type.flags & TPFLAGS_HAVE_GC) !== 0) trackNewObject(this, address);
    this.value = value;
  }
}

/** A new float (`PyFloat_FromDouble`). */
export function newFloat(value: number): PyFloat {
  return new PyFloat(floatType, value, allocateAddress(floatType));
}

/** Whether `o` is a float (exact or subclass). */
export function isFloat(o: PyObject): o is PyFloat {
  return o instanceof PyFloat;
}
