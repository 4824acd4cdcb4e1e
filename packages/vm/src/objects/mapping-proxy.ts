/**
 * `mappingproxy` (`types.MappingProxyType`): a read-only view of a mapping, what `cls.__dict__`
 * gives. Reading goes to the mapping; writing is refused. Mirrors CPython 3.8
 * Objects/descrobject.c (`PyDictProxy_Type`).
 * @module
 */
import { richCompare } from '../runtime/abstract-compare.ts';
import { contains, getItem, length } from '../runtime/abstract-item.ts';
import { getIter, markMappingOnly } from '../runtime/abstract-iter.ts';
import { parseArgs } from '../runtime/clinic-args.ts';
import { repr, str } from '../runtime/abstract-object.ts';
import { callMethod, callMethodId } from '../runtime/call.ts';
import { staticType } from '../runtime/core-types.ts';
import { typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { PyList } from './list.ts';
import { newStr } from './str.ts';
import { PyTuple } from './tuple.ts';
import { tpName } from '../runtime/type-name.ts';

/** The `mappingproxy` type. */
export const mappingProxyType: PyType = staticType({ name: 'mappingproxy', basicsize: 24, flags: TPFLAGS_HAVE_GC });

/** A read-only view of `mapping` (owned). */
export class PyMappingProxy extends PyObject {
  readonly mapping: PyObject;

  constructor(mapping: PyObject) {
    super(mappingProxyType, allocateAddress(mappingProxyType));
    this.mapping = incref(mapping);
  }
}

/** `PyDictProxy_New`: a new proxy of `mapping`, which must be a mapping and not a list or tuple. */
export function newMappingProxy(mapping: PyObject): PyMappingProxy {
  if (mapping.type.getitem === undefined || mapping instanceof PyList || mapping instanceof PyTuple) {
    throw typeError(`mappingproxy() argument must be a mapping, not ${tpName(mapping.type)}`);
  }
  return new PyMappingProxy(mapping);
}

const M = (self: PyObject): PyObject => (self as PyMappingProxy).mapping;

/** `mapping.name(*args)` (a new reference). */
const forward = (self: PyObject, name: string, args: readonly PyObject[]): PyObject => callMethod(M(self), name, args);

// `PyArg_ParseTupleAndKeywords(args, kwds, "O:mappingproxy", ["mapping"])`.
mappingProxyType.new = (_type, args, kwnames) => newMappingProxy(parseArgs('mappingproxy', args, kwnames, ['mapping'], 1)[0] as PyObject);
mappingProxyType.dealloc = (self) => {
  decref(M(self));
  freeObject(self);
};
mappingProxyType.traverse = (self, visit) => {
  visit(M(self));
};
mappingProxyType.getitem = (self, key) => getItem(M(self), key);
mappingProxyType.length = (self) => length(M(self));
// `mappingproxy_as_sequence` has `sq_contains` only: no sequence for `reversed()`.
markMappingOnly(mappingProxyType);
mappingProxyType.contains = (self, key) => contains(M(self), key);
mappingProxyType.iter = (self) => getIter(M(self));
mappingProxyType.richcompare = (self, other, op) => richCompare(M(self), other, op);
mappingProxyType.repr = (self) => {
  const inner = repr(M(self));
  try {
    return newStr(`mappingproxy(${inner.value})`);
  } finally {
    decref(inner);
  }
};
mappingProxyType.str = (self) => str(M(self));
addMethods(mappingProxyType, [
  { name: 'get', kind: 'fast', impl: (self, args) => forward(self, 'get', args) },
  // `_PyObject_CallMethodId` (get above is `_PyObject_CallMethodIdObjArgs`, which has no check).
  { name: 'keys', kind: 'noargs', impl: (self) => callMethodId(M(self), 'keys') },
  { name: 'values', kind: 'noargs', impl: (self) => callMethodId(M(self), 'values') },
  { name: 'items', kind: 'noargs', impl: (self) => callMethodId(M(self), 'items') },
  { name: 'copy', kind: 'noargs', impl: (self) => callMethodId(M(self), 'copy') },
]);
