/**
 * `inspect.getmembers` and `classify_class_attrs` (with the `Attribute` named tuple): the names
 * `dir()` lists plus the `types.DynamicClassAttribute`s of the bases, each value read with
 * `getattr` or, where that raises AttributeError, from the `__dict__` along the MRO. Mirrors
 * CPython 3.8 Lib/inspect.py.
 * @module
 */
import { classMethodType, propertyType, staticMethodType } from '../objects/descr-types.ts';
import { dictGetStr, dictItems } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { PyList, newListStealing } from '../objects/list.ts';
import { PyModule } from '../objects/module.ts';
import { builtinFunctionType, classMethodDescriptorType, type NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { PyTuple, newTupleStealing } from '../objects/tuple.ts';
import { isTrueStealing } from '../runtime/abstract-compare.ts';
import { objectIsInstance } from '../runtime/abstract-isinstance.ts';
import { getAttr, getAttrString, lookupAttrString } from '../runtime/attributes.ts';
import { callObject, callOneArg } from '../runtime/call.ts';
import { objectType, typeType } from '../runtime/core-types.ts';
import { PyRaise, clearRaise, exceptionMatches } from '../runtime/errors.ts';
import { importModuleNamed, sysModules } from '../runtime/import-system.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { bindArgs } from './abc-function.ts';
import { build } from './inspect-frames.ts';
import { isRoutine } from './inspect-more.ts';

/** `dir(o)` through the builtin, as a list of new references. */
function dirList(o: PyObject): PyObject[] {
  const builtins = dictGetStr(sysModules(), 'builtins');
  const dir = builtins === null ? null : lookupAttrString(builtins, 'dir');
  if (dir === null) return [];
  try {
    const listed = callOneArg(dir, o);
    try {
      return listed instanceof PyList ? listed.items.map((n) => incref(n)) : [];
    } finally {
      decref(listed);
    }
  } finally {
    decref(dir);
  }
}

/** `types.DynamicClassAttribute`, imported as inspect.py's `import types` does (new reference). */
function dynamicClassAttribute(module: PyObject): PyObject {
  const types = importModuleNamed('types', module instanceof PyModule ? module.namespace : null);
  try {
    return getAttrString(types, 'DynamicClassAttribute');
  } finally {
    decref(types);
  }
}

/** The keys of `base.__dict__` whose values are DynamicClassAttributes, appended to `names`. */
function addDynamicNames(base: PyObject, dca: PyObject, names: PyObject[]): void {
  if (!(base instanceof PyType)) return;
  for (const [k, v] of dictItems(base.dict)) if (objectIsInstance(v, dca)) names.push(incref(k));
}

/** The classes of a `__mro__` tuple (borrowed from it). */
function mroOf(cls: PyObject): PyObject[] {
  const mro = getAttrString(cls, '__mro__');
  try {
    return mro instanceof PyTuple ? [...mro.items] : [];
  } finally {
    decref(mro);
  }
}

/** `base.__dict__[key]` for the first base that has it (new reference), or null. */
function fromDicts(bases: readonly PyObject[], key: PyStr): PyObject | null {
  for (const base of bases) {
    const d = base instanceof PyType ? base.dict : null;
    const v = d === null ? null : dictGetStr(d, key.value);
    if (v !== null) return incref(v);
  }
  return null;
}

/** `getattr(o, key)`, or null where it raises AttributeError. */
function getAttrOrNone(o: PyObject, key: PyStr): PyObject | null {
  try {
    return getAttr(o, key);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.AttributeError)) throw e;
    clearRaise(e);
    return null;
  }
}

/**
 * `getmembers(object, predicate=None)`: `(name, value)` pairs sorted by name.
 *
 * @see CPython 3.8 Lib/inspect.py `getmembers`
 */
function getMembers(module: PyObject, obj: PyObject, predicate: PyObject): PyObject {
  const mro = obj instanceof PyType ? [obj, ...mroOf(obj)] : [];
  const names = dirList(obj);
  const results: [PyStr, PyObject][] = [];
  const processed = new Set<string>();
  try {
    const bases = lookupAttrString(obj, '__bases__');
    if (bases !== null) {
      const dca = dynamicClassAttribute(module);
      try {
        if (bases instanceof PyTuple) for (const base of [...bases.items]) addDynamicNames(base, dca, names);
      } finally {
        decref(dca);
        decref(bases);
      }
    }
    for (const key of names) {
      if (!(key instanceof PyStr)) continue;
      let value = getAttrOrNone(obj, key);
      if (value !== null && processed.has(key.value)) {
        decref(value);
        value = null;
      }
      // Some descriptors do not like their __get__ called: the class dicts have the object.
      value ??= fromDicts(mro, key);
      // A missing slot member or a buggy __dir__: skipped.
      if (value === null) continue;
      if (predicate !== None) {
        let keep: boolean;
        try {
          const r = callOneArg(predicate, value);
          keep = isTrueStealing(r);
        } catch (e) {
          decref(value);
          throw e;
        }
        if (!keep) {
          decref(value);
          processed.add(key.value);
          continue;
        }
      }
      results.push([incref(key), value]);
      processed.add(key.value);
    }
  } catch (e) {
    for (const [k, v] of results) {
      decref(k);
      decref(v);
    }
    throw e;
  } finally {
    for (const n of names) decref(n);
  }
  // `results.sort(key=lambda pair: pair[0])`: stable, by the names' code points.
  results.sort((a, b) => (a[0].value < b[0].value ? -1 : a[0].value > b[0].value ? 1 : 0));
  return newListStealing(results.map(([k, v]) => newTupleStealing([k, v])));
}

/** Whether `o` is one of `classes`. */
function isIn(o: PyObject | null, classes: readonly PyObject[]): boolean {
  return o !== null && classes.includes(o);
}

/** The class `classify_class_attrs` says defines `name`, and the objects it found. */
interface Found {
  home: PyObject | null;
  get: PyObject | null;
  dict: PyObject | null;
}

/** `getattr(cls, name)` and, when its `__objclass__` is not among the bases, where it comes from. */
function findHome(cls: PyType, name: PyStr, classBases: readonly PyObject[], metamro: readonly PyObject[], found: Found): void {
  if (name.value === '__dict__') return;
  let got: PyObject;
  try {
    got = getAttr(cls, name);
  } catch (e) {
    // `except Exception`.
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.Exception)) throw e;
    clearRaise(e);
    return;
  }
  found.get = got;
  const objclass = lookupAttrString(got, '__objclass__');
  if (objclass !== null) decref(objclass);
  found.home = objclass;
  if (isIn(found.home, classBases)) return;
  // Not from the MRO: the last class (then metaclass) whose attribute is that very object.
  found.home = null;
  let last: PyObject | null = null;
  for (const c of classBases) {
    const o = lookupAttrString(c, name.value);
    if (o === got) last = c;
    if (o !== null) decref(o);
  }
  for (const meta of metamro) {
    const hook = lookupAttrString(meta, '__getattr__');
    if (hook === null) continue;
    try {
      const o = callObject(hook, [cls, name]);
      if (o === got) last = meta;
      decref(o);
    } catch (e) {
      if (!(e instanceof PyRaise) || !exceptionMatches(e, E.AttributeError)) throw e;
      clearRaise(e);
    } finally {
      decref(hook);
    }
  }
  if (last !== null) found.home = last;
}

/** The kind of an attribute, and the object to report with it. */
function classify(found: Found): [string, PyObject] {
  const d = found.dict;
  if (d !== null) {
    if (objectIsInstance(d, staticMethodType) || d.type === builtinFunctionType) return ['static method', d];
    if (objectIsInstance(d, classMethodType) || d.type === classMethodDescriptorType) return ['class method', d];
    if (objectIsInstance(d, propertyType)) return ['property', d];
  }
  const obj = found.get ?? d ?? None;
  return [isRoutine(obj) ? 'method' : 'data', obj];
}

/**
 * `classify_class_attrs(cls)`: an `Attribute(name, kind, defining_class, object)` for each name
 * `dir(cls)` lists whose home class can be found.
 *
 * @see CPython 3.8 Lib/inspect.py `classify_class_attrs`
 */
function classifyClassAttrs(module: PyObject, cls: PyObject): PyObject {
  const mro = mroOf(cls);
  const metamro = mroOf(cls.type).filter((c) => c !== typeType && c !== objectType);
  const classBases = [cls, ...mro];
  const allBases = [...classBases, ...metamro];
  const names = dirList(cls);
  const result: PyObject[] = [];
  const processed = new Set<string>();
  try {
    const dca = dynamicClassAttribute(module);
    try {
      for (const base of mro) addDynamicNames(base, dca, names);
    } finally {
      decref(dca);
    }
    for (const name of names) {
      if (!(name instanceof PyStr)) continue;
      const found: Found = { home: null, get: null, dict: null };
      try {
        if (!processed.has(name.value) && cls instanceof PyType) findHome(cls, name, classBases, metamro, found);
        for (const base of allBases) {
          const v = base instanceof PyType ? dictGetStr(base.dict, name.value) : null;
          if (v === null) continue;
          found.dict = incref(v);
          if (!isIn(found.home, metamro)) found.home = base;
          break;
        }
        // A buggy __dir__ lists a name no class has: skipped.
        if (found.home === null) continue;
        const [kind, obj] = classify(found);
        result.push(build(module, 'Attribute', [incref(name), newStr(kind), incref(found.home), incref(obj)]));
        processed.add(name.value);
      } finally {
        if (found.get !== null) decref(found.get);
        if (found.dict !== null) decref(found.dict);
      }
    }
  } catch (e) {
    for (const r of result) decref(r);
    throw e;
  } finally {
    for (const n of names) decref(n);
  }
  return newListStealing(result);
}

/** `getmembers` and `classify_class_attrs`. */
export const INSPECT_MEMBERS: readonly NativeDef[] = [
  {
    name: 'getmembers', kind: 'fastkw',
    impl: (m, args, kwnames) => {
      const [obj, predicate] = bindArgs('getmembers', args, kwnames, ['object', 'predicate'], 1);
      return getMembers(m, obj as PyObject, predicate ?? None);
    },
  },
  { name: 'classify_class_attrs', kind: 'o', impl: (m, args) => classifyClassAttrs(m, args[0] as PyObject) },
];
