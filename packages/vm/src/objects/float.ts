/**
 * `float`: an IEEE double. Exact floats come from a free list of 100 dead floats, kept here as
 * CPython keeps them: the objects themselves, their memory still taken from the heap's view.
 * Mirrors CPython 3.8 Objects/floatobject.c.
 * @module
 */
import { FLOAT_MAXFREELIST } from '../heap/free-list.ts';
import { addressOf, isStaticHandle } from '../heap/handles.ts';
import { staticType } from '../runtime/core-types.ts';
import { emitVmEvent, vmEventsOn } from '../runtime/events.ts';
import { activeHeap, allocateAddress, registerKeptFreeList } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, freeObject, trackNewObject, type PyType } from '../runtime/object.ts';
import { noteAllocated, noteFreed, refcheckOn } from '../runtime/refcount-check.ts';

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

/**
 * Dead exact floats kept for new ones (`free_list`), the last freed at the end. A kept float's
 * memory stays taken as far as the heap knows (as a frame on the frame free list does), so
 * that taking one back is a pop, as in `PyFloat_FromDouble`, with no heap work and no new object.
 */
let freeFloats: PyFloat[] = [];

/** A new float (`PyFloat_FromDouble`). */
export function newFloat(value: number): PyFloat {
  const kept = freeFloats.pop();
  if (kept === undefined) return new PyFloat(floatType, value, allocateAddress(floatType));
  return reviveFloat(kept, value);
}

/** {@link newFloat} of a kept float: the same object, unless the reference-count check watches dead ones. */
function reviveFloat(kept: PyFloat, value: number): PyFloat {
  const handle = kept.addressHandle;
  if (vmEventsOn) emitVmEvent({ kind: 'alloc', type: 'float', address: addressOf(handle), size: floatType.basicsize });
  if (refcheckOn) {
    noteAllocated(addressOf(handle), floatType);
    return new PyFloat(floatType, value, handle);
  }
  kept.refcnt = 1;
  (kept as { value: number }).value = value;
  return kept;
}

// `float_dealloc`: an exact float goes on the free list while it has room.
floatType.dealloc = (o) => {
  if (o.type !== floatType || freeFloats.length >= FLOAT_MAXFREELIST || isStaticHandle(o.addressHandle)) {
    freeObject(o);
    return;
  }
  if (vmEventsOn) emitVmEvent({ kind: 'free', type: 'float', address: addressOf(o.addressHandle) });
  if (refcheckOn) noteFreed(o);
  freeFloats.push(o as PyFloat);
};

registerKeptFreeList('float', {
  // `PyFloat_ClearFreeList`: the kept floats' memory goes back to the heap, the last kept first.
  clear: () => {
    const heap = activeHeap();
    for (let o = freeFloats.pop(); o !== undefined; o = freeFloats.pop()) heap.releaseHandle(o.addressHandle);
  },
  reset: () => {
    freeFloats = [];
  },
});

/** Whether `o` is a float (exact or subclass). */
export function isFloat(o: PyObject): o is PyFloat {
  return o instanceof PyFloat;
}
