/**
 * `type`'s behaviour: calling a type to make an instance, attribute lookup on classes (the
 * metatype's data descriptors, then the MRO, then the metatype), setting class attributes, the
 * class repr and the `__name__`, `__qualname__`, `__module__`, `__bases__`, `__mro__`, `__dict__`
 * attributes. Mirrors CPython 3.8 Objects/typeobject.c `type_call`, `type_getattro`,
 * `type_setattro`, `type_repr`, `type_getsets`.
 * @module
 */
import { recursiveIsInstance, recursiveIsSubclass } from '../runtime/abstract-isinstance.ts';
import { lookupType, missingDescribers, typeModified } from '../runtime/attributes.ts';
import { hasMro } from '../runtime/mro-invoke.ts';
import { buildClass, checkTypeName, typeNew, c3Mro, refixSlots } from '../runtime/class-create.ts';
import { typeType } from '../runtime/core-types.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { attributeError, typeError } from '../runtime/errors.ts';
import { IMMORTAL, PyType, TPFLAGS_IS_ABSTRACT, decref, incref, type PyObject, type PyStrLike } from '../runtime/object.ts';
import { inStaticRegion } from '../runtime/memory.ts';
import { addClassMethods, addGetSets, addMethods } from '../runtime/type-defs.ts';
import { PyDict, dictDelStr, dictSetStr, isDict, newDict } from './dict.ts';
import { newListStealing } from './list.ts';
import { None } from './singletons.ts';
import { PyStr, newStr } from './str.ts';
import { PyTuple, newTuple } from './tuple.ts';
import { mergeClassNames, namesList, reprModuleName, subtypeDealloc } from './object-type.ts';
import { newMappingProxy } from './mapping-proxy.ts';
import { newBool, newInt } from './int.ts';
import { dictKeysSizeOf } from './dict-methods.ts';
import { typeSetBases } from './type-set-bases.ts';
import { addReadonlyMembers } from './getset.ts';
import { dictOffset, weaklistOffset } from './type-layout.ts';
import { typeFlags } from './type-flags.ts';
import { holdCallArguments, releaseCallArguments } from './call-arguments.ts';
import { asPythonFailure } from '../runtime/host-errors.ts';
import { tstate } from '../runtime/thread-state.ts';

typeType.call = (callable, args, kwnames) => {
  const held = holdCallArguments(args, kwnames);
  const frame = tstate.frame;
  try {
    return typeCall(callable as PyType, args, kwnames);
  } catch (e) {
    // A host stack overflow or failed allocation in `tp_new` or `tp_init` (a deque filled from an
    // endless iterator) is the program's RecursionError or MemoryError, as in a native function.
    throw asPythonFailure(e, frame, ' while calling a Python object');
  } finally {
    releaseCallArguments(held);
  }
};

/** `type_call`: `tp_new`, then `tp_init` when the result is an instance of the type. */
function typeCall(type: PyType, args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  if (type === typeType && args.length === 1 && nkw === 0) return incref((args[0] as PyObject).type);
  const make = type.new;
  if (make === undefined) throw typeError(`cannot create '${tpName(type)}' instances`);
  const obj = make(type, args, kwnames);
  if (!obj.type.isSubtype(type)) return obj;
  const init = obj.type.init;
  if (init !== undefined) {
    try {
      init(obj, args, kwnames);
    } catch (e) {
      decref(obj);
      throw e;
    }
  }
  return obj;
}

typeType.new = (metatype, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const positional = args.slice(0, args.length - nkw);
  if (metatype === typeType && positional.length === 1 && nkw === 0) return incref((positional[0] as PyObject).type);
  // Only `type` itself has the one-argument form (#27157); the rest is `PyArg_ParseTuple("UO!O!:type.__new__")`.
  if (metatype === typeType && positional.length !== 3) throw typeError('type() takes 1 or 3 arguments');
  if (positional.length !== 3) throw typeError(`type.__new__() takes exactly 3 arguments (${positional.length} given)`);
  const [name, bases, dict] = positional as [PyObject, PyObject, PyObject];
  if (!(name instanceof PyStr)) throw typeError(`type.__new__() argument 1 must be str, not ${argTypeName(name)}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${argTypeName(bases)}`);
  if (!isDict(dict)) throw typeError(`type.__new__() argument 3 must be dict, not ${argTypeName(dict)}`);
  const type = typeNew(metatype, name.value, bases.items, dict, kwnames ?? [], args.slice(args.length - nkw), bases);
  if (type instanceof PyType && type.isHeapType) type.dealloc = subtypeDealloc;
  return type;
};
typeType.init = (_self, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const n = args.length - nkw;
  if (n !== 1 && n !== 3) throw typeError('type.__init__() takes 1 or 3 arguments');
};

/** `type_getattro`: meta data descriptors, then the class MRO, then the metatype. */
typeType.getattro = (self, name: PyStrLike) => {
  const type = self as PyType;
  const meta = type.type;
  const key = name.value;
  const metaAttr = lookupType(meta, key);
  let metaGet: PyType['descrGet'];
  if (metaAttr !== null) {
    metaGet = metaAttr.type.descrGet;
    if (metaGet !== undefined && metaAttr.type.descrSet !== undefined) return metaGet(metaAttr, type, meta);
  }
  const attr = lookupType(type, key);
  if (attr !== null) {
    const get = attr.type.descrGet;
    if (get !== undefined) return get(attr, null, type);
    return incref(attr);
  }
  if (metaGet !== undefined && metaAttr !== null) return metaGet(metaAttr, type, meta);
  if (metaAttr !== null) return incref(metaAttr);
  return null;
};

/** `sizeof(PyTypeObject)` and `sizeof(PyHeapTypeObject)` in CPython 3.8 on 64 bits. */
const STATIC_TYPE_SIZE = 416;
const HEAP_TYPE_SIZE = 880;
/**
 * `type.__sizeof__`: a built-in type is a `PyTypeObject`; a class is a `PyHeapTypeObject` plus,
 * while it has one, the keys table its instances' dicts share (`ht_cached_keys`).
 */
function typeSizeOf(type: PyType): number {
  if (!type.isHeapType) return STATIC_TYPE_SIZE;
  const keys = type.cachedKeys;
  return HEAP_TYPE_SIZE + (keys === null ? 0 : dictKeysSizeOf(keys.size));
}

typeType.setattro = (self, name: PyStrLike, value) => {
  const type = self as PyType;
  if (!type.isHeapType) throw typeError(`can't set attributes of built-in/extension type '${tpName(type)}'`);
  // `type.__setattr__(cls, b'x', v)` reaches here unchecked; `_PyObject_GenericSetAttrWithDict` refuses it.
  if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${tpName((name as PyObject).type)}'`);
  const meta = type.type;
  const descr = lookupType(meta, name.value);
  if (descr !== null && descr.type.descrSet !== undefined) {
    descr.type.descrSet(descr, type, value);
    return;
  }
  if (value === null) {
    if (!dictDelStr(type.dict, name.value)) throw attributeError(name.value);
  } else {
    dictSetStr(type.dict, name.value, value);
  }
  typeModified(type);
  // A dunder changed: recompute the class's slots.
  if (name.value.startsWith('__') && name.value.endsWith('__')) refixSlots(type);
};

// `type_repr`: `<class 'module.qualname'>`, or `<class 'tp_name'>` for a builtins type or a class
// whose `__module__` is not a str.
typeType.repr = (self) => {
  const type = self as PyType;
  const module = reprModuleName(type);
  return newStr(module !== null && module !== 'builtins' ? `<class '${module}.${type.qualname}'>` : `<class '${tpName(type)}'>`);
};

missingDescribers.set(typeType, (obj, name) => `type object '${(obj as PyType).name}' has no attribute '${name}'`);

function setNameField(field: 'name' | 'qualname') {
  return (self: PyObject, value: PyObject | null): void => {
    const type = self as PyType;
    if (!type.isHeapType) throw typeError(`can't set ${tpName(type)}.__${field}__`);
    if (value === null) throw typeError(`can't delete ${tpName(type)}.__${field}__`);
    if (!(value instanceof PyStr)) throw typeError(`can only assign string to ${tpName(type)}.__${field}__, not '${tpName(value.type)}'`);
    if (field === 'name') checkTypeName(value.value);
    type[field] = value.value;
  };
}

addGetSets(typeType, [
  { name: '__name__', get: (self) => newStr((self as PyType).name), set: setNameField('name') },
  { name: '__qualname__', get: (self) => newStr((self as PyType).qualname), set: setNameField('qualname') },
  {
    name: '__bases__',
    get: (self) => { const t = self as PyType; return t.basesTuple !== null ? incref(t.basesTuple) : newTuple(t.bases); },
    set: (self, value) => { typeSetBases(self as PyType, value); },
  },
  {
    name: '__module__',
    get: (self) => {
      const type = self as PyType;
      if (type.isHeapType) {
        const m = lookupOwn(type.dict, '__module__');
        if (m !== null) return incref(m);
      }
      return newStr(type.module);
    },
    set: (self, value) => {
      const type = self as PyType;
      if (!type.isHeapType) throw typeError(`can't set ${tpName(type)}.__module__`);
      if (value === null) throw typeError(`can't delete ${tpName(type)}.__module__`);
      dictSetStr(type.dict, '__module__', value);
      if (value instanceof PyStr) type.module = value.value;
    },
  },
  // `type_abstractmethods` / `type_set_abstractmethods`: the class's own entry, which also sets
  // Py_TPFLAGS_IS_ABSTRACT (what abc.ABCMeta stores when it makes a class).
  {
    name: '__abstractmethods__',
    get: (self) => {
      const mod = self === typeType ? null : dictGetStrOwn((self as PyType).dict, '__abstractmethods__');
      if (mod === null) throw attributeError('__abstractmethods__');
      return incref(mod);
    },
    set: (self, value) => {
      const type = self as PyType;
      let abstract = false;
      if (value !== null) {
        abstract = isTrue(value);
        dictSetStr(type.dict, '__abstractmethods__', value);
      } else if (!dictDelStr(type.dict, '__abstractmethods__')) {
        throw attributeError('__abstractmethods__');
      }
      typeModified(type);
      if (abstract) type.flags |= TPFLAGS_IS_ABSTRACT;
      else type.flags &= ~TPFLAGS_IS_ABSTRACT;
    },
  },
  // `type_dict`: a read-only view of the class's namespace.
  { name: '__dict__', get: (self) => newMappingProxy((self as PyType).dict) },
  {
    name: '__doc__',
    // `type_get_doc`: a built-in type's own doc string; else the class's `__doc__` entry, bound
    // to the class when it is a descriptor (a doc property of a class's instances).
    get: (self) => {
      const type = self as PyType;
      const builtinDoc = type.isHeapType ? null : staticTypeDoc(type);
      if (builtinDoc !== null) {
        const doc = splitInternalDoc(type.name, builtinDoc).doc;
        return doc === null ? incref(None) : newStr(doc);
      }
      const d = lookupOwn(type.dict, '__doc__');
      if (d === null) return incref(None);
      const get = d.type.descrGet;
      return get === undefined ? incref(d) : get(d, null, type);
    },
    // `type_set_doc`: a class's `__doc__` entry (`check_set_special_type_attr` first).
    set: (self, value) => {
      const type = self as PyType;
      if (!type.isHeapType) throw typeError(`can't set ${tpName(type)}.__doc__`);
      if (value === null) throw typeError(`can't delete ${tpName(type)}.__doc__`);
      typeModified(type);
      dictSetStr(type.dict, '__doc__', value);
    },
  },
  // `type_get_text_signature`: the signature line of the type's internal doc, if it has one.
  {
    name: '__text_signature__',
    get: (self) => {
      const type = self as PyType;
      const doc = type.isHeapType ? null : staticTypeDoc(type);
      const signature = doc === null ? null : splitInternalDoc(type.name, doc).signature;
      return signature === null ? incref(None) : newStr(signature);
    },
  },
]);

/** A built-in type's internal doc (`tp_doc`): its own, or CPython 3.8's for a type of that name. */
function staticTypeDoc(type: PyType): string | null {
  return type.doc ?? typeDocOf(type) ?? null;
}

function lookupOwn(dict: PyDict, key: string): PyObject | null {
  return dict.storage.keys.length === 0 ? null : dictGetStrOwn(dict, key);
}

import { dictGetStr as dictGetStrOwn } from './dict.ts';
import { tpName } from '../runtime/type-name.ts';
import { splitInternalDoc, typeDocOf } from './builtin-docs.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

/**
 * `tp_mro` (borrowed). A class made by a class statement has its own; a built-in type gets its
 * tuple the first time it is asked for, made for the VM's lifetime as `PyType_Ready` makes it.
 */
function mroTupleOf(type: PyType): PyTuple {
  const held = type.mroTuple;
  if (held !== null) return held as PyTuple;
  const made = type.isHeapType ? newTuple(type.mro) : inStaticRegion(() => newTuple(type.mro));
  made.refcnt = type.isHeapType ? made.refcnt : IMMORTAL;
  type.mroTuple = made;
  return made;
}

addMethods(typeType, [
  { name: 'mro', kind: 'noargs', impl: (self) => newListStealing(c3Mro(self as PyType, (self as PyType).bases).map((t) => incref(t))) },
  {
    name: '__subclasses__', kind: 'noargs',
    impl: (self) => newListStealing((self as PyType).subclasses.map((t) => incref(t))),
  },
]);
// `type.__prepare__(name, bases, **kwds)`: the namespace a class body runs in, a new dict.
addClassMethods(typeType, [{ name: '__prepare__', kind: 'fastkw', impl: () => newDict() }]);
addMethods(typeType, [
  {
    name: '__instancecheck__', kind: 'o',
    impl: (self, args) => newBool(recursiveIsInstance(args[0] as PyObject, self)),
  },
  {
    name: '__subclasscheck__', kind: 'o',
    impl: (self, args) => newBool(recursiveIsSubclass(args[0] as PyObject, self)),
  },
  {
    // `type___dir___impl`: the names of the class and of its bases.
    name: '__dir__', kind: 'noargs',
    impl: (self) => {
      const names = new Set<string>();
      mergeClassNames(names, self as PyType);
      return namesList(names);
    },
  },
  { name: '__sizeof__', kind: 'noargs', impl: (self) => newInt(typeSizeOf(self as PyType)) },
]);

// `type_members`: the layout fields and the two links of `PyHeapTypeObject`, read-only.
addReadonlyMembers(typeType, [
  { name: '__basicsize__', read: (self) => newInt((self as PyType).basicsize) },
  { name: '__itemsize__', read: (self) => newInt((self as PyType).itemsize) },
  { name: '__flags__', read: (self) => newInt(typeFlags(self as PyType)) },
  { name: '__weakrefoffset__', read: (self) => newInt(weaklistOffset(self as PyType)) },
  { name: '__base__', read: (self) => incref((self as PyType).base ?? None) },
  { name: '__dictoffset__', read: (self) => newInt(dictOffset(self as PyType)) },
  { name: '__mro__', read: (self) => incref(hasMro(self as PyType) ? mroTupleOf(self as PyType) : None) },
]);

/** `__build_class__` for the builtins module. */
export { buildClass };
