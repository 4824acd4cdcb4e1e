/**
 * Starting the VM once per process: every built-in type gets its `__dict__` (slot wrappers for
 * the slots it fills, `__new__`, its declared methods and attributes), then its MRO and inherited
 * slots. Everything made here lives in the static region. Mirrors CPython 3.8
 * Objects/typeobject.c `PyType_Ready` (`add_operators`, `add_methods`, `add_getset`,
 * `tp_new_wrapper`) and Objects/object.c `_PyTypes_Init`.
 * @module
 */
import '../objects/object-type.ts';
import '../objects/type-object.ts';
import { splitInternalDoc, typeDocOf } from '../objects/builtin-docs.ts';
import '../objects/exception-slots.ts';
import '../objects/generator-methods.ts';
import '../objects/coroutine.ts';
import '../objects/async-generator.ts';
import '../objects/frame-attributes.ts';
import '../objects/code-compare.ts';
import '../objects/code-new.ts';
import '../objects/function-attributes.ts';
import '../objects/descr-reduce.ts';
import '../objects/function-new.ts';
import '../objects/singleton-slots.ts';
import '../objects/descr-types.ts';
import '../objects/module-slots.ts';
import '../objects/namespace-path.ts';
import '../objects/wrapper-descr.ts';
import '../objects/numbers.ts';
import '../objects/text.ts';
import '../objects/containers.ts';
import '../modules/streams.ts';
import '../modules/stdlib-memory.ts';
import '../modules/stdlib-func.ts';
import '../modules/stdlib-collections.ts';
import '../modules/stdlib-misc.ts';
import { PyWrapperDescr } from '../objects/wrapper-descr.ts';
import { newSlotPyFunction } from '../objects/slot-py-function.ts';
import { libraryClassAdditions } from '../objects/type-layout.ts';
import { instanceDictGetSet, weakrefGetSet } from '../objects/object-type.ts';
import { PyGetSetDescr, PyMemberDescr } from '../objects/getset.ts';
import { PyClassMethodDescr, PyMethodDescr, newBuiltinFunction, newStaticBuiltinFunction, type NativeDef } from '../objects/native-function.ts';
import { newStaticMethod } from '../objects/descr-types.ts';
import { dictGetStr, dictSet, dictSetStr, newDict } from '../objects/dict.ts';
import { None } from '../objects/singletons.ts';
import { newInt } from '../objects/int.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { newExceptionStealing, raiseValue, typeError } from './errors.ts';
import * as E from '../objects/exceptions.ts';
import { readyStaticTypes, staticTypes, unhashable } from './core-types.ts';
import { inStaticRegion } from './memory.ts';
import { PyType, TPFLAGS_METHOD_DESCRIPTOR, decref, incref, type PyObject } from './object.ts';
import { SLOT_DEFS, installSlotHelpers } from './slot-table.ts';
import { slotTpNew, tpNewWrappers } from './slot-dispatch.ts';
import { declaredAttributes, inMethodOrder, methodOrderOf, type TypeAttribute } from './type-defs.ts';
import { fillsSlotItself } from './own-slots.ts';
import { missingAttribute } from './attributes.ts';
import { functionType } from '../objects/function.ts';
import { methodDescriptorType } from '../objects/native-function.ts';
import { tpName } from './type-name.ts';
import { lengthInt } from './abstract-item.ts';

let booted = false;

/** Types whose calls count no C-level recursion level (a Python frame counts its own). */
const VECTORCALL_TYPES = new Set(['function', 'method']);

/** Types whose `tp_dealloc` uses `Py_TRASHCAN_BEGIN` in CPython 3.8. */
const TRASHCAN_TYPES = new Set(['tuple', 'list', 'dict', 'set', 'frozenset', 'frame', 'traceback', 'builtin_function_or_method', 'method_descriptor', 'classmethod_descriptor', 'getset_descriptor', 'member_descriptor', 'wrapper_descriptor', 'method-wrapper']);

/**
 * The `tp_new` a type has in CPython: a class CPython writes in Python inherits its base's (its
 * native allocation is not a `__new__` of its own).
 */
function inheritedNew(type: PyType): PyType['new'] {
  let t: PyType = type;
  while (t.isPythonClass && t.base !== null) t = t.base;
  return t.new;
}

/** `tp_new_wrapper`: `T.__new__(S, *args)` checks that S is a subtype of T. */
function newWrapper(type: PyType): NativeDef {
  return {
    name: '__new__',
    kind: 'fastkw',
    doc: '__new__($type, *args, **kwargs)\n--\n\nCreate and return a new object.  See help(type) for accurate signature.',
    impl: (_self, args, kwnames) => {
      const sub = args[0];
      if (sub === undefined) throw typeError(`${tpName(type)}.__new__(): not enough arguments`);
      if (!(sub instanceof PyType)) throw typeError(`${tpName(type)}.__new__(X): X is not a type object (${tpName(sub.type)})`);
      if (!sub.isSubtype(type)) throw typeError(`${tpName(type)}.__new__(${tpName(sub)}): ${tpName(sub)} is not a subtype of ${tpName(type)}`);
      const make = type.new;
      if (make === undefined) throw typeError(`cannot create '${tpName(type)}' instances`);
      // `object.__new__(dict)` would build a dict without a dict's storage: the most derived
      // base whose `__new__` is not written in Python must be this type's (tp_new_wrapper).
      let staticBase: PyType | null = sub;
      while (staticBase !== null && staticBase.new === slotTpNew) staticBase = staticBase.base;
      if (staticBase !== null && inheritedNew(staticBase) !== make) {
        throw typeError(`${tpName(type)}.__new__(${tpName(sub)}) is not safe, use ${tpName(staticBase)}.__new__()`);
      }
      // A class CPython writes in Python inherits `tp_new`; here its own allocation makes it.
      return (staticBase?.isPythonClass === true ? staticBase.new ?? make : make)(sub, args.slice(1), kwnames);
    },
  };
}

/** Whether a static type fills a slot itself with its base's function ({@link fillsSlotItself}). */
function ownsSlot(type: PyType, name: string): boolean {
  return fillsSlotItself(type.module === 'builtins' ? type.name : `${type.module}.${type.name}`, name);
}

/** The dict key a declared attribute goes under. */
function attributeName(attr: TypeAttribute): string {
  return attr.kind === 'value' ? attr.name : attr.def.name;
}

/** The descriptor or value a declared attribute puts in the type's dict (a new reference). */
function makeAttribute(type: PyType, attr: TypeAttribute): PyObject {
  switch (attr.kind) {
    case 'method':
      return new PyMethodDescr(attr.def, type);
    case 'classmethod':
      return new PyClassMethodDescr(attr.def, type);
    case 'staticmethod': {
      const f = newStaticBuiltinFunction(attr.def, type);
      const sm = newStaticMethod(f);
      decref(f);
      return sm;
    }
    case 'getset':
      return new PyGetSetDescr(attr.def, type);
    case 'value':
      return attr.make();
  }
}

/**
 * `PyType_Ready`'s dict, in its order: `add_operators` (a wrapper per slot the type fills
 * itself, then `__new__`), `add_methods`, `add_members`, `add_getset`, then `__doc__`; values
 * set on the type afterwards (a struct sequence's field counts) come last. A declared attribute
 * with a slot's name takes the slot wrapper's place (`METH_COEXIST`).
 */
function installTypeDict(type: PyType): void {
  const dict = newDict();
  type.dict = dict;
  const put = (name: string, value: PyObject): void => {
    if (dictGetStr(dict, name) !== null) {
      decref(value);
      return;
    }
    dictSetStr(dict, name, value);
    decref(value);
  };
  const declared = declaredAttributes.get(type) ?? [];
  const declaredNames = new Set(declared.map(attributeName));
  // A declared attribute replaces the wrapper: only its place is kept.
  const reserve = (name: string, make: () => PyObject): void => {
    if (declaredNames.has(name)) put(name, incref(None));
    else put(name, make());
  };
  // A class body sets `__module__` first, then `__doc__` (None without a docstring).
  if (type.isPythonClass) {
    put('__module__', newStr(type.module));
    put('__doc__', typeDoc(type));
  }
  for (const def of SLOT_DEFS) {
    // `add_operators`: a `tp_hash` of `PyObject_HashNotImplemented` is `__hash__ = None` here.
    if (def.name === '__hash__' && unhashable.has(type) && ownsSlot(type, '__hash__')) {
      put('__hash__', incref(None));
      continue;
    }
    const slot = def.read(type);
    if (slot === undefined) continue;
    if (type.classDunders !== null && !type.classDunders.has(def.name)) continue;
    // Only slots the type fills itself get a wrapper (a base's wrapper is found through the MRO).
    if (type.bases.some((b) => def.read(b) === slot) && !ownsSlot(type, def.name)) continue;
    // A class CPython writes in Python has the functions of its body where a built-in type has
    // slot wrappers.
    reserve(def.name, () => (type.isPythonClass ? newSlotPyFunction(def, type, slot) : new PyWrapperDescr(def, type, slot)));
  }
  // A class body defines no `__new__` unless it has a `def __new__`.
  if (type.new !== undefined && !type.isPythonClass && (type.base === null || type.base.new !== type.new || ownsSlot(type, '__new__'))) {
    reserve('__new__', () => {
      const wrapper = newBuiltinFunction(newWrapper(type), type);
      tpNewWrappers.set(wrapper, type);
      return wrapper;
    });
  }
  // Methods, then members, then getsets; other values after `__doc__`.
  const made = inMethodOrder(type, declared.map((attr) => ({ attr, value: makeAttribute(type, attr) })));
  const group = (m: { attr: TypeAttribute; value: PyObject }): number => {
    if (m.attr.kind === 'getset') return 2;
    if (m.attr.kind === 'value') {
      if (m.value instanceof PyMemberDescr) return 1;
      // A static type's `__dict__` getset made as a value (`odict_getset`) is one of its getsets.
      return m.value instanceof PyGetSetDescr && !type.isPythonClass ? 2 : 3;
    }
    return 0;
  };
  const placed = new Set<string>();
  const place = (m: { attr: TypeAttribute; value: PyObject }): void => {
    const name = attributeName(m.attr);
    // The first declaration of a name wins.
    if (placed.has(name)) {
      decref(m.value);
      return;
    }
    placed.add(name);
    dictSetStr(dict, name, m.value);
    decref(m.value);
  };
  for (const g of [0, 1, 2]) for (const m of made) if (group(m) === g) place(m);
  // `PyType_Ready`: `tp_doc` without its signature line, or None.
  if (dictGetStr(dict, '__doc__') === null) put('__doc__', typeDoc(type));
  for (const m of made) if (group(m) === 3) place(m);
  // `type_new` gives a class statement that adds the instance dict or the weak reference list the
  // descriptors reading them.
  const adds = type.isPythonClass ? libraryClassAdditions(type) : null;
  if (adds?.dict === true) put('__dict__', instanceDictGetSet(type));
  if (adds?.weak === true) put('__weakref__', weakrefGetSet(type));
  if (type.isPythonClass) orderClassBody(type);
}

/**
 * A class CPython writes in Python has its functions in the order of its class body, dunders and
 * methods mixed: with an order given by `orderMethods`, the dict is laid out again so (after
 * `__module__` and `__doc__`; names not listed keep their place after those listed).
 */
function orderClassBody(type: PyType): void {
  const order = methodOrderOf(type);
  if (order === undefined) return;
  const old = type.dict;
  const s = old.storage;
  const entries: { name: PyObject; value: PyObject; rank: number; at: number }[] = [];
  for (let i = 0; i < s.keys.length; i++) {
    const k = s.keys[i];
    const v = s.values[i];
    if (k == null || v == null || !(k instanceof PyStr)) continue;
    const listed = order.indexOf(k.value);
    const rank = k.value === '__module__' ? -2 : k.value === '__doc__' ? -1 : listed < 0 ? order.length : listed;
    entries.push({ name: k, value: v, rank, at: i });
  }
  entries.sort((a, b) => a.rank - b.rank || a.at - b.at);
  const dict = newDict();
  for (const e of entries) dictSet(dict, e.name, e.value);
  type.dict = dict;
  decref(old);
}

/** `tp_doc` without its signature line, or None (a new reference). */
function typeDoc(type: PyType): PyObject {
  const doc = type.doc ?? typeDocOf(type) ?? null;
  const text = doc === null ? null : splitInternalDoc(type.name, doc).doc;
  return text === null ? incref(None) : newStr(text);
}

/** Static types whose dicts are installed. */
let installed = 0;

/**
 * Starts the VM: once, the helpers; then every static type not yet ready (types that packages
 * define later, such as asyncio's, are made ready on the next call).
 */
export function bootVm(): void {
  if (!booted) {
    booted = true;
    functionType.flags |= TPFLAGS_METHOD_DESCRIPTOR;
    methodDescriptorType.flags |= TPFLAGS_METHOD_DESCRIPTOR;
    installSlotHelpers({
      hashToInt: (h) => newInt(h),
      lengthToInt: lengthInt,
      missing: (self, name) => missingAttribute(self, name),
      stopIteration: () => raiseValue(newExceptionStealing(E.StopIteration, [])),
    });
  }
  if (installed === staticTypes.length) return;
  const fresh = staticTypes.slice(installed);
  for (const type of fresh) {
    if (VECTORCALL_TYPES.has(type.name) && type.module === 'builtins') type.vectorcall = true;
    if (TRASHCAN_TYPES.has(type.name) && type.module === 'builtins') type.trashcan = true;
  }
  inStaticRegion(() => {
    readyStaticTypes();
    // Dicts after inheritance decisions are known; wrappers compare with the base's slots.
    for (const type of fresh) installTypeDict(type);
    for (const type of fresh) if (unhashable.has(type)) dictSetStr(type.dict, '__hash__', None);
  });
  installed = staticTypes.length;
}
