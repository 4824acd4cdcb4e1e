/**
 * `inspect.getattr_static`: an attribute found without running descriptors, `__getattr__` or
 * `__getattribute__`, looking only in the instance dict and the dicts along the MRO (and the
 * metaclass's for a class). Mirrors CPython 3.8 Lib/inspect.py `getattr_static` with its
 * helpers `_check_instance`, `_check_class`, `_shadowed_dict` and `_static_getmro`.
 * @module
 */
import { dictGet, isDict } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { PyGetSetDescr, getsetDescriptorType, memberDescriptorType } from '../objects/getset.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { internStr } from '../objects/str.ts';
import { genericGetAttr } from '../runtime/attributes.ts';
import { PyRaise, clearRaise, exceptionMatches, raiseWithArg, typeError } from '../runtime/errors.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { bindArgs } from './abc-function.ts';

/** `entry.__dict__[attr]` of a class (borrowed), or null. */
function ownEntry(entry: PyType, attr: PyObject): PyObject | null {
  return dictGet(entry.dict, attr);
}

/**
 * `_shadowed_dict`: a `__dict__` some class along `klass`'s MRO defines in place of the
 * standard getset descriptor (borrowed), or null.
 */
function shadowedDict(klass: PyType): PyObject | null {
  const key = internStr('__dict__');
  try {
    for (const entry of klass.mro) {
      const classDict = ownEntry(entry, key);
      if (classDict === null) continue;
      const standard = classDict.type === getsetDescriptorType && classDict instanceof PyGetSetDescr
        && classDict.def.name === '__dict__' && classDict.owner === entry;
      if (!standard) return classDict;
    }
    return null;
  } finally {
    decref(key);
  }
}

/** `_check_class`: `attr` in the first dict along the MRO that has it (borrowed), or null. */
function checkClass(klass: PyType, attr: PyObject): PyObject | null {
  for (const entry of klass.mro) {
    if (shadowedDict(entry.type) !== null) continue;
    const v = ownEntry(entry, attr);
    if (v !== null) return v;
  }
  return null;
}

/** `_check_instance`: `attr` in `object.__getattribute__(obj, '__dict__')` (a new reference), or null. */
function checkInstance(obj: PyObject, attr: PyObject): PyObject | null {
  const key = internStr('__dict__');
  let instanceDict: PyObject | null;
  try {
    instanceDict = genericGetAttr(obj, key);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.AttributeError)) throw e;
    clearRaise(e);
    instanceDict = null;
  } finally {
    decref(key);
  }
  if (instanceDict === null) return null;
  try {
    if (!isDict(instanceDict)) {
      throw typeError(`descriptor 'get' for 'dict' objects doesn't apply to a '${instanceDict.type.name}' object`);
    }
    const v = dictGet(instanceDict, attr);
    return v === null ? null : incref(v);
  } finally {
    decref(instanceDict);
  }
}

/** `_check_class(klass, name) is not _sentinel` for a str `name`. */
function classHas(klass: PyType, name: string): boolean {
  const key = internStr(name);
  try {
    return checkClass(klass, key) !== null;
  } finally {
    decref(key);
  }
}

/** `getattr_static(obj, attr, default=_sentinel)`: a new reference. */
function getattrStatic(obj: PyObject, attr: PyObject, dflt: PyObject | undefined): PyObject {
  let instanceResult: PyObject | null = null;
  let klass: PyType;
  if (obj instanceof PyType) {
    klass = obj;
  } else {
    klass = obj.type;
    const dictAttr = shadowedDict(klass);
    if (dictAttr === null || dictAttr.type === memberDescriptorType) instanceResult = checkInstance(obj, attr);
  }
  const klassResult = checkClass(klass, attr);
  if (instanceResult !== null && klassResult !== null) {
    // A data descriptor on the class wins over the instance dict.
    if (classHas(klassResult.type, '__get__') && classHas(klassResult.type, '__set__')) {
      decref(instanceResult);
      return incref(klassResult);
    }
  }
  if (instanceResult !== null) return instanceResult;
  if (klassResult !== null) return incref(klassResult);
  if (obj === klass) {
    // For a class, the metaclass's MRO too.
    for (const entry of klass.type.mro) {
      if (shadowedDict(entry.type) !== null) continue;
      const v = ownEntry(entry, attr);
      if (v !== null) return incref(v);
    }
  }
  if (dflt !== undefined) return incref(dflt);
  throw raiseWithArg(E.AttributeError, attr);
}

/** The function of this part of `inspect`. */
export const INSPECT_STATIC: readonly NativeDef[] = [
  {
    name: 'getattr_static', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [obj, attr, dflt] = bindArgs('getattr_static', args, kwnames, ['obj', 'attr', 'default'], 1);
      return getattrStatic(obj as PyObject, attr as PyObject, dflt);
    },
  },
];
