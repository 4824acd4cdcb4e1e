/**
 * `float`: an IEEE double. Exact floats come from a free list of 100 dead floats, kept as CPython
 * keeps them: the objects themselves.
 * Mirrors CPython 3.8 Objects/floatobject.c.
 * @module
 */
import { FLOAT_MAXFREELIST } from '../heap/free-list.ts';
import { staticType } from '../runtime/core-types.ts';
import { KeptFreeList } from '../runtime/kept-free-list.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, freeObject, trackNewObject, type PyType } from '../runtime/object.ts';

/** The `float` type. */
export const floatType: PyType = staticType({ name: 'float', basicsize: 24, flags: TPFLAGS_BASETYPE });

/** A float object. */
export class PyFloat extends PyObject {
  /** The number (written again only when the object is reused off the free list). */
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

/** `free_list`: dead exact floats, kept as objects (runtime/kept-free-list.ts). */
const floatFreeList = new KeptFreeList<PyFloat>(floatType, FLOAT_MAXFREELIST, 'float');

/** A new float at a kept address, for {@link KeptFreeList.take}. */
function floatAt(address: number): PyFloat {
  return new PyFloat(floatType, 0, address);
}

/** A new float (`PyFloat_FromDouble`): off the free list when it has one. */
export function newFloat(value: number): PyFloat {
  const kept = floatFreeList.take(floatAt);
  if (kept === undefined) return new PyFloat(floatType, value, allocateAddress(floatType));
  (kept as { value: number }).value = value;
  return kept;
}

// `float_dealloc`: an exact float goes on the free list while it has room.
floatType.dealloc = (o) => {
  if (o.type !== floatType || !floatFreeList.keep(o as PyFloat)) freeObject(o);
};

/** Whether `o` is a float (exact or subclass). */
export function isFloat(o: PyObject): o is PyFloat {
  return o instanceof PyFloat;
}
