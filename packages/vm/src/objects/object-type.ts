/**
 * `object`'s behaviour: allocation and the excess-argument checks of `__new__`/`__init__`, the
 * default repr, hash, equality, generic attribute access, `__class__` assignment, and the
 * `__dict__`/`__weakref__` descriptors classes get. Mirrors CPython 3.8 Objects/typeobject.c
 * `object_new`, `object_init`, `object_repr`, `object_richcompare`, `subtype_dict`.
 * @module
 */
import { identityHash } from '../runtime/abstract-compare.ts';
import { str as objectStr } from '../runtime/abstract-object.ts';
import { genericGetAttr, genericSetAttr, getAttrString, instanceDict, lookupAttrString, lookupType } from '../runtime/attributes.ts';
import { iterableToArray } from '../runtime/abstract-iter.ts';
import { objectType, typeType } from '../runtime/core-types.ts';
import { attributeError, typeError, type PyRaise } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, TPFLAGS_IS_ABSTRACT, callFinalizerFromDealloc, decref, freeObject, incref, xdecref } from '../runtime/object.ts';
import { addClassMethods, addGetSets, addMethods } from '../runtime/type-defs.ts';
import { dictGetStr, isDict, newDict, type PyDict } from './dict.ts';
import { PyGetSetDescr } from './getset.ts';
import { PyInt, newBool } from './int.ts';
import { callNoArgs } from '../runtime/call.ts';
import { newListStealing } from './list.ts';
import { None, NotImplemented, newNotImplemented } from './singletons.ts';
import { PyStr, newStr } from './str.ts';
import { genDeallocHooks } from './generator.ts';
import { tpName } from '../runtime/type-name.ts';
import { moduleType } from './module.ts';
import { checkCompatibleForAssignment } from './type-layout.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';
import { commonReduce } from './object-reduce.ts';
import { intArg } from './list-methods.ts';

/** `PyType_GenericAlloc`: a bare instance of `type` (a heap type keeps a reference). */
export function genericAlloc(type: PyType): PyObject {
  const o = new PyObject(type, allocateAddress(type));
  if (type.isHeapType) incref(type);
  return o;
}

function excessArgs(args: readonly PyObject[], _kwnames: readonly string[] | null): boolean {
  return args.length > 0;
}

objectType.new = (type, args, kwnames) => {
  if (excessArgs(args, kwnames)) {
    if (type.new !== objectType.new) throw typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    if (type.init === objectType.init) throw typeError(`${tpName(type)}() takes no arguments`);
  }
  if ((type.flags & TPFLAGS_IS_ABSTRACT) !== 0) throw abstractInstantiation(type);
  return genericAlloc(type);
};

/** `object_new`'s error for a class with abstract methods: `", ".join(sorted(type.__abstractmethods__))`. */
function abstractInstantiation(type: PyType): PyRaise {
  const methods = getAttrString(type, '__abstractmethods__');
  let names: PyObject[];
  try {
    names = iterableToArray(methods);
  } finally {
    decref(methods);
  }
  try {
    const texts = names.map((n, i) => {
      if (!(n instanceof PyStr)) throw typeError(`sequence item ${i}: expected str instance, ${tpName(n.type)} found`);
      return n.value;
    });
    texts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return typeError(`Can't instantiate abstract class ${tpName(type)} with abstract methods ${texts.join(', ')}`);
  } finally {
    for (const n of names) decref(n);
  }
}
objectType.init = (self, args, kwnames) => {
  const type = self.type;
  if (excessArgs(args, kwnames)) {
    if (type.init !== objectType.init) throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
    if (type.new === objectType.new) throw typeError(`${tpName(type)}.__init__() takes exactly one argument (the instance to initialize)`);
  }
};
/**
 * The module `type_repr` and `object_repr` print before a class's qualified name: a heap type's
 * own `__module__` when it is a str, else none (a class whose `__module__` was deleted from its
 * dict or set to a non-str then prints its bare `tp_name`).
 *
 * @param type - any type.
 * @returns the module text, or `null` when the repr shows `tp_name` alone.
 * @see CPython 3.8 Objects/typeobject.c `type_repr`, `object_repr`
 */
export function reprModuleName(type: PyType): string | null {
  if (!type.isHeapType) return type.module;
  const m = type.dict.storage.keys.length === 0 ? null : dictGetStr(type.dict, '__module__');
  return m instanceof PyStr ? m.value : null;
}

objectType.repr = (self) => {
  const type = self.type;
  const module = reprModuleName(type);
  const name = module !== null && module !== 'builtins' ? `${module}.${type.qualname}` : tpName(type);
  return newStr(`<${name} object at 0x${self.address.toString(16)}>`);
};
objectType.hash = identityHash;
objectType.richcompare = (self, other, op) => {
  if (op === 2) return self === other ? newBool(true) : newNotImplemented();
  if (op === 3) {
    // By default, __ne__ delegates to __eq__ and inverts the result.
    const eq = self.type.richcompare;
    if (eq === undefined) return newNotImplemented();
    const res = eq(self, other, 2);
    if (res === NotImplemented) return res;
    try {
      return newBool(!isTrueLocal(res));
    } finally {
      decref(res);
    }
  }
  return newNotImplemented();
};
objectType.getattro = genericGetAttr;
objectType.setattro = genericSetAttr;

function isTrueLocal(o: PyObject): boolean {
  const slot = o.type.nbBool;
  return slot === undefined ? o !== None : slot(o);
}

/** `subtype_dealloc`: finalizer (`__del__`), weakrefs, slots, dict, then the base's dealloc. */
export function subtypeDealloc(self: PyObject): void {
  const type = self.type;
  if (type.finalize !== undefined && callFinalizerFromDealloc(self)) return;
  if (self.weakrefs !== null) genDeallocHooks.clearWeakrefs(self);
  const slots = self.slots;
  if (slots !== null) {
    self.slots = null;
    for (const s of slots) xdecref(s);
  }
  // A class's dict is its own `tp_dict`, freed by type_dealloc: only other instances drop theirs here.
  const dict = self.dict;
  if (dict !== null && !(self instanceof PyType)) {
    self.dict = null;
    decref(dict);
  }
  let base: PyType | null = type.base;
  while (base !== null && base.isHeapType) base = base.base;
  const baseDealloc = base?.dealloc;
  if (baseDealloc !== undefined && base !== objectType) baseDealloc(self);
  else freeObject(self);
}

/**
 * `get_builtin_base_with_dict`: the first built-in type on the `tp_base` chain whose instances
 * have a dict (`tp_dictoffset != 0`): classes, modules, functions, exceptions and the like.
 */
function builtinBaseWithDict(type: PyType): PyType | null {
  for (let t: PyType | null = type; t !== null; t = t.base) {
    if (!t.isHeapType && (t.hasInstanceDict || t === typeType || t === moduleType)) return t;
  }
  return null;
}

/** `raise_dict_descr_error`. */
function dictDescrError(obj: PyObject): PyRaise {
  return typeError(`this __dict__ descriptor does not support '${tpName(obj.type)}' objects`);
}

/**
 * The `__dict__` attribute descriptor of a class whose instances have one (`subtype_dict`,
 * `subtype_setdict`). An instance of a subclass of a built-in type with a dict (a metaclass, a
 * module subclass) goes through that type's own `__dict__` descriptor. `documented` false leaves
 * its `__doc__` None, as a C type's `{"__dict__", PyObject_GenericGetDict, ...}` getset without a
 * doc has it.
 */
export function instanceDictGetSet(owner: PyType, documented = true): PyGetSetDescr {
  // A built-in type's own descriptor is `PyObject_GenericGetDict`/`SetDict`: nothing to defer to.
  const builtinBaseOf = (self: PyObject): PyType | null => (owner.isHeapType ? builtinBaseWithDict(self.type) : null);
  return new PyGetSetDescr({
    name: '__dict__',
    get: (self) => {
      const base = builtinBaseOf(self);
      if (base !== null) {
        const descr = lookupType(base, '__dict__');
        const get = descr?.type.descrGet;
        if (descr === null || get === undefined) throw dictDescrError(self);
        return get(descr, self, self.type);
      }
      return incref(instanceDict(self) ?? newDict());
    },
    // Like `PyObject_GenericSetDict`, but `del obj.__dict__` is allowed (the next use makes a fresh dict).
    set: (self, value) => {
      const base = builtinBaseOf(self);
      if (base !== null) {
        const descr = lookupType(base, '__dict__');
        const set = descr?.type.descrSet;
        if (descr === null || set === undefined) throw dictDescrError(self);
        set(descr, self, value);
        return;
      }
      if (value !== null && value.type.name !== 'dict' && !(value instanceof PyObject && (value as { storage?: unknown }).storage !== undefined)) {
        throw typeError(`__dict__ must be set to a dictionary, not a '${tpName(value.type)}'`);
      }
      const old = self.dict;
      self.dict = value === null ? null : (incref(value) as PyDict);
      xdecref(old);
    },
    ...(documented ? { doc: 'dictionary for instance variables (if defined)' } : {}),
  }, owner);
}

/** The `__weakref__` attribute descriptor. */
export function weakrefGetSet(owner: PyType): PyGetSetDescr {
  return new PyGetSetDescr({
    name: '__weakref__',
    get: (self) => incref(self.weakrefs?.[0] ?? None),
    doc: 'list of weak references to the object (if defined)',
  }, owner);
}

addGetSets(objectType, [
  {
    name: '__class__',
    get: (self) => incref(self.type),
    set: (self, value) => {
      if (value === null) throw typeError("can't delete __class__ attribute");
      if (!(value instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${tpName(value.type)}' object`);
      // `object_set_class`: heap types, or module objects changing between module types.
      const old = self.type;
      if (!(value.isSubtype(moduleType) && old.isSubtype(moduleType)) && (!value.isHeapType || !old.isHeapType)) {
        throw typeError('__class__ assignment only supported for heap types or ModuleType subclasses');
      }
      checkCompatibleForAssignment(old, value, '__class__');
      self.type = incref(value);
      decref(old);
    },
  },
]);

// `object_str`: the type's repr. Every type inherits it, so `object.__str__` exists and
// `super().__str__()` reaches it.
objectType.str = (self) => {
  const repr = self.type.repr ?? objectType.repr;
  if (repr === undefined) throw attributeError('__repr__');
  return repr(self);
};

// In `object_methods`' order, which `vars(object)` shows: the reductions, the two class
// methods, then `__format__`, `__sizeof__` and `__dir__`.
addMethods(objectType, [
  {
    // `object___reduce_ex___impl`: a class that overrides `__reduce__` is reduced by it.
    name: '__reduce_ex__', kind: 'o',
    impl: (self, args) => {
      const protocol = args[0] as PyObject;
      if (!(protocol instanceof PyInt)) {
        if (protocol.type.name === 'float') throw typeError('integer argument expected, got float');
        if (protocol.type.nbIndex === undefined) throw typeError(`an integer is required (got type ${tpName(protocol.type)})`);
      }
      const reduce = getAttrString(self, '__reduce__');
      try {
        const own = getAttrString(self.type, '__reduce__');
        const base = getAttrString(objectType, '__reduce__');
        const overridden = own !== base;
        decref(own);
        decref(base);
        if (overridden) return callNoArgs(reduce);
      } finally {
        decref(reduce);
      }
      return commonReduce(self, intArg(protocol));
    },
  },
  // `object___reduce___impl`: `_common_reduce` with protocol 0 (copyreg's `_reduce_ex`).
  { name: '__reduce__', kind: 'noargs', impl: (self) => commonReduce(self, 0) },
]);
addClassMethods(objectType, [
  { name: '__subclasshook__', kind: 'fast', impl: () => incref(NotImplemented) },
  {
    name: '__init_subclass__', kind: 'fastkw',
    impl: (_cls, args, kwnames) => {
      // METH_CLASS | METH_NOARGS: keywords are refused first, then positional arguments.
      if ((kwnames?.length ?? 0) > 0) throw typeError('__init_subclass__() takes no keyword arguments');
      if (args.length > 0) throw typeError(`__init_subclass__() takes no arguments (${args.length} given)`);
      return incref(None);
    },
  },
]);
addMethods(objectType, [
  {
    name: '__format__', kind: 'o',
    impl: (self, args) => {
      const spec = args[0] as PyObject;
      if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
      if (spec.value.length > 0) throw typeError(`unsupported format string passed to ${tpName(self.type)}.__format__`);
      // `PyObject_Str(self)`, with its check of what `__str__` returned.
      return objectStr(self);
    },
  },
  { name: '__sizeof__', kind: 'noargs', impl: (self) => sizeOf(self) },
  {
    // `object___dir___impl`: the names in `self.__dict__` and those of `self.__class__` and its
    // bases, all read as attributes (a weak proxy answers with its referent's).
    name: '__dir__', kind: 'noargs',
    impl: (self) => {
      const names = new Set<string>();
      const dict = lookupAttrString(self, '__dict__');
      if (dict !== null) {
        if (isDict(dict)) for (const k of dict.storage.keys) if (k instanceof PyStr) names.add(k.value);
        decref(dict);
      }
      const cls = lookupAttrString(self, '__class__');
      if (cls !== null) {
        try {
          mergeClassDict(names, cls);
        } finally {
          decref(cls);
        }
      }
      return namesList(names);
    },
  },
]);

/**
 * `merge_class_dict` on any object: the keys of its `__dict__` attribute and, recursively, those
 * of the items of its `__bases__` attribute.
 */
function mergeClassDict(names: Set<string>, aclass: PyObject): void {
  // A class whose metaclass is `type` itself: its dict and bases directly.
  if (aclass instanceof PyType && aclass.type === typeType) {
    mergeClassNames(names, aclass);
    return;
  }
  const classdict = lookupAttrString(aclass, '__dict__');
  if (classdict !== null) {
    try {
      for (const k of iterableToArray(classdict)) {
        if (k instanceof PyStr) names.add(k.value);
        decref(k);
      }
    } finally {
      decref(classdict);
    }
  }
  const bases = lookupAttrString(aclass, '__bases__');
  if (bases === null) return;
  try {
    for (const base of iterableToArray(bases)) {
      try {
        mergeClassDict(names, base);
      } finally {
        decref(base);
      }
    }
  } finally {
    decref(bases);
  }
}

/** `merge_class_dict`: the names in `cls.__dict__` and, recursively, in its bases'. */
export function mergeClassNames(names: Set<string>, cls: PyType): void {
  for (const k of cls.dict.storage.keys) if (k instanceof PyStr) names.add(k.value);
  for (const base of cls.bases) mergeClassNames(names, base);
}

/** A list of `names` (dir() sorts it). */
export function namesList(names: ReadonlySet<string>): PyObject {
  return newListStealing([...names].map((n) => newStr(n)));
}

/** `object.__sizeof__`: the basic size plus items. */
export let sizeOf: (self: PyObject) => PyObject = () => incref(None);

/** Installs the int maker for `__sizeof__` (avoids an import cycle). */
export function setSizeOf(fn: (self: PyObject) => PyObject): void {
  sizeOf = fn;
}

