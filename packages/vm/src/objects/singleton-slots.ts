/**
 * The reprs, truth, constructors and reductions of `None`, `NotImplemented` and `Ellipsis`.
 * Mirrors CPython 3.8 Objects/object.c `none_repr`, `none_bool`, `none_new`, `NotImplemented_repr`,
 * `NotImplemented_reduce` and Objects/sliceobject.c `ellipsis_repr`, `ellipsis_reduce`.
 * @module
 */
import { typeError } from '../runtime/errors.ts';
import { tpName } from '../runtime/type-name.ts';
import { incref, type PyObject, type PyType } from '../runtime/object.ts';
import { Ellipsis, None, NotImplemented, ellipsisType, noneType, notImplementedType } from './singletons.ts';
import { newStr } from './str.ts';
import { addMethods } from '../runtime/type-defs.ts';

/** `newName`: how the constructor's TypeError names the type (`ellipsis_new` says EllipsisType). */
function singletonSlots(type: PyType, value: PyObject, repr: string, newName = tpName(type)): void {
  type.repr = () => newStr(repr);
  type.new = (_t, args) => {
    if (args.length > 0) throw typeError(`${newName} takes no arguments`);
    return incref(value);
  };
}

singletonSlots(noneType, None, 'None');
singletonSlots(notImplementedType, NotImplemented, 'NotImplemented');
singletonSlots(ellipsisType, Ellipsis, 'Ellipsis', 'EllipsisType');
// `NotImplemented_reduce`, `ellipsis_reduce`: pickled by name, as the builtins they are.
addMethods(notImplementedType, [{ name: '__reduce__', kind: 'noargs', impl: () => newStr('NotImplemented') }]);
addMethods(ellipsisType, [{ name: '__reduce__', kind: 'noargs', impl: () => newStr('Ellipsis') }]);
noneType.nbBool = () => false;
