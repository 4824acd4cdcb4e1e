/**
 * `__reduce__` of the descriptors of built-in types (method, class method, slot wrapper and
 * member descriptors): `getattr(owner, name)`, so that they pickle by reference. Mirrors CPython
 * 3.8 Objects/descrobject.c `descr_reduce` (the `descr_methods` of those four types; getset
 * descriptors have none).
 * @module
 */
import { incref, type PyObject, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { getBuiltinId } from './builtin-id.ts';
import { PyMemberDescr, memberDescriptorType } from './getset.ts';
import { PyClassMethodDescr, PyMethodDescr, classMethodDescriptorType, methodDescriptorType } from './native-function.ts';
import { newStr } from './str.ts';
import { newTupleStealing } from './tuple.ts';
import { PyWrapperDescr, wrapperDescriptorType } from './wrapper-descr.ts';

/** `PyDescr_TYPE` and `PyDescr_NAME` of a descriptor of one of the four types. */
function ownerAndName(d: PyObject): [PyType, string] {
  if (d instanceof PyMemberDescr) return [d.owner, d.name];
  const descr = d as PyMethodDescr | PyClassMethodDescr | PyWrapperDescr;
  return [descr.owner, descr.def.name];
}

for (const type of [methodDescriptorType, classMethodDescriptorType, wrapperDescriptorType, memberDescriptorType]) {
  addMethods(type, [{
    name: '__reduce__', kind: 'noargs',
    impl: (self) => {
      const [owner, name] = ownerAndName(self);
      return newTupleStealing([getBuiltinId('getattr'), newTupleStealing([incref(owner), newStr(name)])]);
    },
  }]);
}
