/**
 * The singletons without a value: `None`, `NotImplemented` and `Ellipsis`, static objects of their
 * own types. Mirrors CPython 3.8 Objects/object.c `_Py_NoneStruct`, `_Py_NotImplementedStruct` and
 * Objects/sliceobject.c `_Py_EllipsisObject`.
 * @module
 */
import { ELLIPSIS_ADDRESS, NONE_ADDRESS } from '../hash/pointer-hash.ts';
import { staticType } from '../runtime/core-types.ts';
import { staticHandle } from '../heap/handles.ts';
import { staticAddress } from '../runtime/memory.ts';
import { IMMORTAL, PyObject, type PyType } from '../runtime/object.ts';

/** `NoneType`. */
export const noneType: PyType = staticType({ name: 'NoneType', basicsize: 16 });
/** `NotImplementedType`. */
export const notImplementedType: PyType = staticType({ name: 'NotImplementedType', basicsize: 16 });
/** `ellipsis`. */
export const ellipsisType: PyType = staticType({ name: 'ellipsis', basicsize: 16 });

function singleton(type: PyType, handle: number): PyObject {
  const o = new PyObject(type, handle);
  o.refcnt = IMMORTAL;
  return o;
}

/** `None`. */
export const None: PyObject = singleton(noneType, staticHandle(Number(NONE_ADDRESS)));
/** `NotImplemented`. */
export const NotImplemented: PyObject = singleton(notImplementedType, staticAddress(16));
/** `Ellipsis`. */
export const Ellipsis: PyObject = singleton(ellipsisType, staticHandle(Number(ELLIPSIS_ADDRESS)));

/** A new reference to None (`Py_RETURN_NONE`). */
export function newNone(): PyObject {
  None.refcnt++;
  return None;
}

/** A new reference to NotImplemented. */
export function newNotImplemented(): PyObject {
  NotImplemented.refcnt++;
  return NotImplemented;
}
