/**
 * Creating classes: `type(name, bases, dict)` with the metaclass calculation, the C3 MRO,
 * `__slots__`, `__qualname__`, `__classcell__`, `__set_name__` and `__init_subclass__`, and the
 * `__build_class__` builtin that runs a class body. Mirrors CPython 3.8 Objects/typeobject.c
 * `type_new`, `mro_implementation` and Python/bltinmodule.c `builtin___build_class__`.
 * @module
 */
import { SharedKeys } from './shared-keys.ts';
import { setItem } from './abstract-item.ts';
import { PyCell } from '../objects/cell.ts';
import { releaseEvaluatedFrame } from '../objects/frame.ts';
import { PyDict, dictDelStr, dictGetStr, dictItems, dictSetStr, isDict, newDict } from '../objects/dict.ts';
import { dictCopyObject } from '../objects/dict-slots.ts';
import * as E from '../objects/exceptions.ts';
import { PyFunction, functionType } from '../objects/function.ts';
import { PyMemberDescr } from '../objects/getset.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { PyTuple, newTuple } from '../objects/tuple.ts';
import { runFrame } from '../interpreter/frame-runner.ts';
import { functionFrame } from '../interpreter/call-frame.ts';
import { sequenceToArray } from './abstract-iter.ts';
import { lookupAttrString, lookupType, typeModified } from './attributes.ts';
import { callObject } from './call.ts';
import { inheritSlots, objectType, typeType } from './core-types.ts';
import { PyRaise, raiseFromCause, raiseMessage, typeError, valueError } from './errors.ts';
import { encodeText } from '../objects/str-methods-codec.ts';
import { allocateGeneric } from './memory.ts';
import { PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_HEAPTYPE, decref, incref, type PyObject } from './object.ts';
import { fixupSlotDispatchers } from './slot-dispatch.ts';
import { evalGlobals, tstate } from './thread-state.ts';
import { newClassMethod, newStaticMethod } from '../objects/descr-types.ts';
import { moduleType } from '../objects/module.ts';
import { reprText } from './abstract-object.ts';
import { instanceDictGetSet, weakrefGetSet } from '../objects/object-type.ts';
import { tpName } from './type-name.ts';
import { customMro, hasMro, mroUnset, solidBase } from './mro-invoke.ts';

/**
 * A class name as `type_new` and `type_set_name` take it (`PyUnicode_AsUTF8AndSize`):
 * UnicodeEncodeError for a lone surrogate, ValueError for a null character.
 *
 * @param name - the name's text
 */
export function checkTypeName(name: string): void {
  encodeText(name, 'utf-8', 'strict');
  if (name.includes('\0')) throw valueError('type name must not contain null characters');
}

/** `_PyType_CalculateMetaclass`. */
export function calculateMetaclass(metatype: PyType, bases: readonly PyObject[]): PyType {
  let winner = metatype;
  for (const base of bases) {
    const t = base.type;
    if (winner.isSubtype(t)) continue;
    if (t.isSubtype(winner)) {
      winner = t;
      continue;
    }
    throw typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** `mro_implementation`: the C3 linearization. */
export function c3Mro(type: PyType, bases: readonly PyType[]): PyType[] {
  for (const b of bases) if (!hasMro(b)) throw typeError(`Cannot extend an incomplete type '${tpName(b)}'`);
  // `check_duplicates` (reached by `__bases__` assignment and `type.mro()`; `type_new` checks first).
  for (let i = 1; i < bases.length; i++) {
    const b = bases[i] as PyType;
    if (bases.indexOf(b) < i) throw typeError(`duplicate base class ${b.name}`);
  }
  const seqs = [...bases.map((b) => [...b.mro]), [...bases]];
  const result: PyType[] = [type];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0] as PyType;
      if (nonEmpty.every((other) => other.indexOf(head) <= 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) {
      const names = [...new Set(nonEmpty.map((s) => (s[0] as PyType).name))];
      throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`);
    }
    result.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}

function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*$/u.test(s);
}

/** `_Py_Mangle` for a slot name. */
function mangle(className: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

/** `type_new`: a new class. `dict` is borrowed (copied). */
export function typeNew(
  metatype: PyType, name: string, basesIn: readonly PyObject[], dict: PyDict, kwnames: readonly string[], kwvalues: readonly PyObject[],
  basesTuple: PyTuple | null = null,
): PyObject {
  // A base that is not a type but could stand for one (PEP 560) is `types.new_class`'s to resolve.
  for (const b of basesIn) {
    if (b instanceof PyType) continue;
    const entries = lookupAttrString(b, '__mro_entries__');
    if (entries !== null) {
      decref(entries);
      throw typeError("type() doesn't support MRO entry resolution; use types.new_class()");
    }
  }
  const winner = calculateMetaclass(metatype, basesIn);
  if (winner !== metatype && winner.new !== undefined && winner.new !== typeType.new) {
    // The more derived metaclass makes the class (`winner->tp_new(winner, args, kwds)`).
    const nameObj = newStr(name);
    const basesObj = newTuple(basesIn);
    try {
      return winner.new(winner, [nameObj, basesObj, dict, ...kwvalues], kwnames);
    } finally {
      decref(basesObj);
      decref(nameObj);
    }
  }
  // A more derived metaclass with type's own `tp_new` is the new class's type.
  metatype = winner;
  const bases = (basesIn.length === 0 ? [objectType] : basesIn) as PyType[];
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError(`bases must be types`);
    if ((b.flags & TPFLAGS_BASETYPE) === 0) throw typeError(`type '${tpName(b)}' is not an acceptable base type`);
  }
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) if (bases[i] === bases[j]) throw typeError(`duplicate base class ${(bases[i] as PyType).name}`);
  }
  const base = bestBase(bases);
  const ns = dictCopyObject(dict);
  // __slots__
  let slotNames: string[] | null = null;
  // `may_add_dict`: the best base keeps no dict already (`tp_dictoffset == 0`; types and modules
  // keep theirs in a field).
  const hasDictOffset = (b: PyType): boolean => b.hasInstanceDict || b.isSubtype(typeType) || b.isSubtype(moduleType);
  const mayAddDict = !hasDictOffset(base);
  // `may_add_weak`: the best base has no weak references already, and its items are not inline.
  const mayAddWeak = !base.weakrefable && base.itemsize === 0;
  let addDict = mayAddDict;
  let addWeak = mayAddWeak;
  try {
    const slotsObj = dictGetStr(ns, '__slots__');
    if (slotsObj !== null) {
      const items = slotsObj instanceof PyStr ? [incref(slotsObj)] : sequenceToArray(slotsObj);
      const names: string[] = [];
      let wantDict = false;
      let wantWeak = false;
      try {
        if (items.length > 0 && base.itemsize !== 0) throw typeError(`nonempty __slots__ not supported for subtype of '${tpName(base)}'`);
        for (const it of items) {
          if (!(it instanceof PyStr)) throw typeError(`__slots__ items must be strings, not '${tpName(it.type)}'`);
          if (!isIdentifier(it.value)) throw typeError('__slots__ must be identifiers');
          if (it.value === '__dict__') {
            if (!addDict || wantDict) throw typeError('__dict__ slot disallowed: we already got one');
            wantDict = true;
            continue;
          }
          if (it.value === '__weakref__') {
            if (!addWeak || wantWeak) throw typeError('__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
            wantWeak = true;
            continue;
          }
          const mangled = mangle(name, it.value);
          // The compiler puts __qualname__ and __classcell__ in the namespace; type_new takes them out.
          const implicit = mangled === '__qualname__' || mangled === '__classcell__';
          if (!implicit && dictGetStr(ns, mangled) !== null) throw raiseMessage(E.ValueError, `'${mangled}' in __slots__ conflicts with class variable`);
          names.push(mangled);
        }
      } finally {
        for (const it of items) decref(it);
      }
      names.sort();
      if (names.length > 0 && base.itemsize !== 0) throw typeError(`nonempty __slots__ not supported for subtype of '${tpName(base)}'`);
      slotNames = names;
      addDict = addDict && wantDict;
      addWeak = addWeak && wantWeak;
      // Secondary bases may provide a dict or weak references.
      for (const b of bases) {
        if (b === base) continue;
        if (mayAddDict && !addDict && hasDictOffset(b)) addDict = true;
        if (mayAddWeak && !addWeak && b.weakrefable) addWeak = true;
      }
    }
  } catch (e) {
    decref(ns);
    throw e;
  }
  const type = new PyType(metatype, { name, base, basicsize: 0 }, allocateGeneric(metatype, slotNames?.length ?? 0));
  if (metatype.isHeapType) incref(metatype);
  type.bases = bases.map((b) => incref(b));
  type.flags = TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC;
  type.trashcan = true;
  type.dict = ns;
  type.hasInstanceDict = bases.some((b) => b.hasInstanceDict) || addDict;
  type.weakrefable = bases.some((b) => b.weakrefable) || addWeak;
  const inheritedSlots = base.slotNames;
  type.slotNames = [...inheritedSlots, ...(slotNames ?? [])];
  type.basicsize = base.basicsize + 8 * (slotNames?.length ?? 0) + (addDict ? 8 : 0) + (addWeak ? 8 : 0);
  type.itemsize = base.itemsize;
  // From here on a failure drops the half-made class (type_new's `error:` path).
  try {
    checkTypeName(name);
    // __qualname__
    const qualname = dictGetStr(ns, '__qualname__');
    if (qualname !== null) {
      if (!(qualname instanceof PyStr)) throw typeError(`type __qualname__ must be a str, not ${tpName(qualname.type)}`);
      type.qualname = qualname.value;
      dictDelStr(ns, '__qualname__');
    }
    // __module__ from the calling frame's globals.
    if (dictGetStr(ns, '__module__') === null) {
      const globals = evalGlobals();
      const modname = globals instanceof PyDict ? dictGetStr(globals, '__name__') : null;
      if (modname !== null) dictSetStr(ns, '__module__', modname);
    }
    const mod = dictGetStr(ns, '__module__');
    type.module = mod instanceof PyStr ? mod.value : 'builtins';
    // tp_doc: a str __doc__ must encode to UTF-8.
    const doc = dictGetStr(ns, '__doc__');
    if (doc instanceof PyStr) encodeText(doc.value, 'utf-8', 'strict');
    // __new__ becomes a staticmethod, __init_subclass__ and __class_getitem__ classmethods.
    wrapSpecial(ns, '__new__', newStaticMethod);
    wrapSpecial(ns, '__init_subclass__', newClassMethod);
    wrapSpecial(ns, '__class_getitem__', newClassMethod);
    // __classcell__: filled before `PyType_Ready`, so a metaclass's mro() already sees `__class__`.
    const cell = dictGetStr(ns, '__classcell__');
    if (cell !== null) {
      if (!(cell instanceof PyCell)) throw typeError(`__classcell__ must be a nonlocal cell, not ${reprText(cell.type)}`);
      const old = cell.contents;
      cell.contents = incref(type);
      if (old !== null) decref(old);
      dictDelStr(ns, '__classcell__');
    }
    // Slot members, __dict__ and __weakref__ descriptors.
    if (slotNames !== null) {
      slotNames.forEach((slot, i) => {
        const descr = new PyMemberDescr(slot, type, inheritedSlots.length + i);
        dictSetStr(ns, slot, descr);
        decref(descr);
      });
    }
    if (addDict && dictGetStr(ns, '__dict__') === null) {
      const d = instanceDictGetSet(type);
      dictSetStr(ns, '__dict__', d);
      decref(d);
    }
    if (addWeak && dictGetStr(ns, '__weakref__') === null) {
      const w = weakrefGetSet(type);
      dictSetStr(ns, '__weakref__', w);
      decref(w);
    }
    if (dictGetStr(ns, '__doc__') === null) dictSetStr(ns, '__doc__', None);
    // __eq__ without __hash__ makes instances unhashable.
    if (dictGetStr(ns, '__eq__') !== null && dictGetStr(ns, '__hash__') === null) dictSetStr(ns, '__hash__', None);
    // `tp_bases`: the tuple the class was made with, kept (`(object,)` made for a class without bases).
    type.basesTuple = basesTuple !== null && basesIn.length > 0 ? incref(basesTuple) : newTuple(bases);
    // MRO and slots (`mro_internal` from `PyType_Ready`): a `__bases__` assignment inside the
    // metaclass's mro() may already have given the class its MRO, which then stays.
    const custom = customMro(type, metatype);
    if (custom === null || mroUnset.has(type)) {
      mroUnset.delete(type);
      type.mro = custom ?? c3Mro(type, bases);
      // `tp_mro` holds the class itself: a class is always in a cycle and dies in a collection.
      type.mroTuple = newTuple(type.mro);
    }
    // `add_subclass` on the bases the class has now (a set: never listed twice).
    for (const b of type.bases) if (!b.subclasses.includes(type)) b.subclasses.push(type);
    inheritSlots(type, base);
    fixupSlotDispatchers(type);
    // `tp_dictoffset != 0` (instances with a `__dict__`, classes, modules): `_PyDict_NewKeysForClass`.
    if (type.hasInstanceDict || type.isSubtype(typeType) || type.isSubtype(moduleType)) type.cachedKeys = new SharedKeys();
    typeModified(type);
    setNames(type);
    initSubclass(type, kwnames, kwvalues);
  } catch (e) {
    decref(type);
    throw e;
  }
  return type;
}

/** `best_base`: the base whose layout the new class extends (bases already checked to be types). */
export function bestBase(bases: readonly PyType[]): PyType {
  // `best_base`: the first base whose solid base is the most derived one; a later base with the
  // same solid base does not replace it.
  let best: PyType | null = null;
  let winner: PyType | null = null;
  for (const b of bases) {
    const candidate = solidBase(b);
    if (winner === null || (!winner.isSubtype(candidate) && candidate.isSubtype(winner))) {
      winner = candidate;
      best = b;
    } else if (!winner.isSubtype(candidate)) {
      throw typeError('multiple bases have instance lay-out conflict');
    }
  }
  return best ?? objectType;
}


function wrapSpecial(ns: PyDict, name: string, wrap: (f: PyObject) => PyObject): void {
  const v = dictGetStr(ns, name);
  if (v !== null && v.type === functionType) {
    const w = wrap(v);
    dictSetStr(ns, name, w);
    decref(w);
  }
}

/** `set_names`: calls `__set_name__(owner, name)` on every attribute that has one. */
function setNames(type: PyType): void {
  for (const [key, value] of dictItems(type.dict)) {
    const setName = lookupType(value.type, '__set_name__');
    if (setName === null) continue;
    try {
      decref(callObject(setName, [value, type, key]));
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      throw raiseFromCause(E.RuntimeError, `Error calling __set_name__ on '${tpName(value.type)}' instance '${(key as PyStr).value}' in '${tpName(type)}'`, e);
    }
  }
}

/** `init_subclass`: `super(type, type).__init_subclass__(**kwds)`. */
function initSubclass(type: PyType, kwnames: readonly string[], kwvalues: readonly PyObject[]): void {
  const mro = type.mro;
  for (let i = 1; i < mro.length; i++) {
    const descr = dictGetStr((mro[i] as PyType).dict, '__init_subclass__');
    if (descr === null) continue;
    const get = descr.type.descrGet;
    const bound = get === undefined ? incref(descr) : get(descr, null, type);
    try {
      decref(callObject(bound, kwvalues, kwnames.length === 0 ? null : kwnames));
    } finally {
      decref(bound);
    }
    return;
  }
}

/** `__build_class__(func, name, *bases, metaclass=None, **kwds)`. */
export function buildClass(args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  const positional = args.slice(0, args.length - nkw);
  if (positional.length < 2) throw typeError('__build_class__: not enough arguments');
  const func = positional[0] as PyObject;
  if (!(func instanceof PyFunction)) throw typeError('__build_class__: func must be a function');
  const nameObj = positional[1] as PyObject;
  if (!(nameObj instanceof PyStr)) throw typeError('__build_class__: name is not a string');
  const origBases = positional.slice(2);
  const replaced = updateBases(origBases);
  const bases = replaced ?? origBases;
  try {
    return buildClassWith(func, nameObj, origBases, bases, replaced !== null, args, kwnames, positional.length);
  } finally {
    if (replaced !== null) for (const b of replaced) decref(b);
  }
}

/**
 * `update_bases` (PEP 560): a base that is not a class but has `__mro_entries__` is replaced by
 * the classes it returns for the original bases. Returns the new bases (new references), or null
 * when nothing was replaced.
 */
export function updateBases(bases: readonly PyObject[]): PyObject[] | null {
  let out: PyObject[] | null = null;
  const origTuple = bases.some((b) => !(b instanceof PyType)) ? newTuple(bases) : null;
  try {
    for (let i = 0; i < bases.length; i++) {
      const base = bases[i] as PyObject;
      const meth = base instanceof PyType ? null : lookupAttrString(base, '__mro_entries__');
      if (meth === null) {
        out?.push(incref(base));
        continue;
      }
      let entries: PyObject;
      try {
        entries = callObject(meth, [origTuple as PyObject]);
      } finally {
        decref(meth);
      }
      if (!(entries instanceof PyTuple)) {
        decref(entries);
        throw typeError('__mro_entries__ must return a tuple');
      }
      out ??= bases.slice(0, i).map((b) => incref(b));
      for (const e of entries.items) out.push(incref(e));
      decref(entries);
    }
  } catch (e) {
    if (out !== null) for (const b of out) decref(b);
    throw e;
  } finally {
    if (origTuple !== null) decref(origTuple);
  }
  return out;
}

function buildClassWith(
  func: PyFunction,
  nameObj: PyStr,
  origBases: readonly PyObject[],
  bases: readonly PyObject[],
  replaced: boolean,
  args: readonly PyObject[],
  kwnames: readonly string[] | null,
  npositional: number,
): PyObject {
  const nkw = kwnames?.length ?? 0;
  let meta: PyObject | null = null;
  const names: string[] = [];
  const values: PyObject[] = [];
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i] as string;
    const v = args[npositional + i] as PyObject;
    if (k === 'metaclass') meta = v;
    else {
      names.push(k);
      values.push(v);
    }
  }
  let isClass: boolean;
  if (meta === null) {
    meta = bases.length === 0 ? typeType : (bases[0] as PyObject).type;
    isClass = true;
  } else {
    isClass = meta instanceof PyType;
  }
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);
  incref(meta);
  try {
    const ns = prepareNamespace(meta, nameObj, bases, names, values);
    try {
      const cell = runClassBody(func, ns);
      try {
        if (replaced) {
          const orig = newTuple(origBases);
          const key = newStr('__orig_bases__');
          try {
            setItem(ns, key, orig);
          } finally {
            decref(key);
            decref(orig);
          }
        }
        const basesTuple = newTuple(bases);
        try {
          const cls = callObject(meta, [nameObj, basesTuple, ns, ...values], names.length === 0 ? null : names);
          if (cls instanceof PyType && cell instanceof PyCell && cell.contents !== cls) {
            const clsRepr = reprText(cls);
            decref(cls);
            if (cell.contents === null) {
              throw raiseMessage(E.RuntimeError, `__class__ not set defining ${reprText(nameObj)} as ${clsRepr}. Was __classcell__ propagated to type.__new__?`);
            }
            throw typeError(`__class__ set to ${reprText(cell.contents)} defining ${reprText(nameObj)} as ${clsRepr}`);
          }
          return cls;
        } finally {
          decref(basesTuple);
        }
      } finally {
        decref(cell);
      }
    } finally {
      decref(ns);
    }
  } finally {
    decref(meta);
  }
}

function prepareNamespace(meta: PyObject, name: PyStr, bases: readonly PyObject[], names: readonly string[], values: readonly PyObject[]): PyObject {
  const prep = lookupAttrString(meta, '__prepare__');
  if (prep === null) return newDict();
  const basesTuple = newTuple(bases);
  try {
    const ns = callObject(prep, [name, basesTuple, ...values], names.length === 0 ? null : names);
    if (!isDict(ns) && ns.type.getitem === undefined) {
      decref(ns);
      throw typeError(`${meta instanceof PyType ? meta.name : '<metaclass>'}.__prepare__() must return a mapping, not ${tpName(ns.type)}`);
    }
    return ns;
  } finally {
    decref(basesTuple);
    decref(prep);
  }
}

/** Runs a class body with `ns` as its locals; returns what it returns (the `__class__` cell or None). */
function runClassBody(func: PyFunction, ns: PyObject): PyObject {
  const code = func.code;
  const f = functionFrame(func, code, ns);
  f.back = tstate.frame === null ? null : incref(tstate.frame as typeof f);
  const co = code.co;
  for (let i = 0; i < co.cellvars.length; i++) f.fast[co.nlocals + i] = new PyCell(null);
  if (func.closure instanceof PyTuple) {
    func.closure.items.forEach((c, i) => {
      f.fast[co.nlocals + co.cellvars.length + i] = incref(c);
    });
  }
  try {
    return runFrame(f, null);
  } finally {
    releaseEvaluatedFrame(f);
  }
}

/**
 * `update_slot`: a dunder set on (or deleted from) a class after it was made changes the slots
 * of the class and of every subclass that inherits it. Slots come from MRO lookups alone, so
 * recomputing them all gives what CPython's per-slot update gives.
 */
export function refixSlots(type: PyType): void {
  fixupSlotDispatchers(type);
  for (const sub of type.subclasses) if (sub.isHeapType) refixSlots(sub);
}
