/**
 * `Py_SIZE` of instances of variable-sized native types that keep their items in a field of
 * their own (HAMT nodes), for `object.__sizeof__` (`tp_basicsize + Py_SIZE(self) * tp_itemsize`).
 * Mirrors CPython 3.8 Objects/typeobject.c `object___sizeof___impl`.
 * @module
 */
import type { PyObject, PyType } from './object.ts';

/** Each type's `Py_SIZE` reader, registered by the module defining the type. */
export const obSizeReaders = new Map<PyType, (o: PyObject) => number>();
