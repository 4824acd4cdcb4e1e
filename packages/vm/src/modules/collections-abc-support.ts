/**
 * Shared pieces of the `collections.abc` mixin methods: the classes of the current run (the
 * mixins test `isinstance(other, Set)` as the Python source does), method calls by name, catching
 * one exception type, and `_check_methods`. Mirrors helpers of CPython 3.8 Lib/_collections_abc.py.
 * @module
 */
import { PyDict, dictGetStr } from '../objects/dict.ts';
import { None, NotImplemented } from '../objects/singletons.ts';
import { PyRaise, clearRaise, exceptionMatches, newExceptionStealing, raiseValue } from '../runtime/errors.ts';
import { PyType, incref, decref, type PyObject } from '../runtime/object.ts';
import { newBool } from '../objects/int.ts';
import { bindArgs, type ClassFunctionDef } from './abc-function.ts';
import { objectIsInstance } from '../runtime/abstract-isinstance.ts';
import { asBuiltinCall } from '../runtime/recursion-levels.ts';
import { doRaise } from '../interpreter/raise.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { lookupType } from '../runtime/attributes.ts';

/** The ABC classes of the running program (borrowed: `collections.abc` holds them). */
const classes = new Map<string, PyType>();

/**
 * Forgets the classes of the previous run (a new run has not imported `collections.abc` yet, and
 * the old classes died with their run's heap).
 */
export function resetAbcClasses(): void {
  classes.clear();
}

/** Records a class made by the `collections.abc` init. */
export function setAbcClass(name: string, cls: PyType): void {
  classes.set(name, cls);
}

/** The class `name` of `collections.abc` in this run. */
export function abcClass(name: string): PyType {
  const cls = classes.get(name);
  if (cls === undefined) throw new Error(`collections.abc.${name} not made`);
  return cls;
}

/**
 * `isinstance(obj, cls)` as the Python source of a class written here natively calls it.
 *
 * @remarks A call of the builtin is one recursion level (`_PyMethodDef_RawFastCallKeywords`)
 * around `PyObject_IsInstance`, so a recursion limit is reached where CPython reaches it.
 * @param obj - the object tested (borrowed).
 * @param cls - the class, or tuple of classes (borrowed).
 * @returns whether `obj` is an instance of `cls`.
 * @see CPython 3.8 Python/bltinmodule.c `builtin_isinstance`
 */
export function pyIsInstance(obj: PyObject, cls: PyObject): boolean {
  return asBuiltinCall(() => objectIsInstance(obj, cls));
}

/** `isinstance(obj, collections.abc.<name>)` (a call of the builtin: see {@link pyIsInstance}). */
export function isAbcInstance(obj: PyObject, name: string): boolean {
  return pyIsInstance(obj, abcClass(name));
}

export { callMethod } from '../runtime/call.ts';

/** Runs `fn`; if it raises `type` (or a subclass), clears it and returns null. */
export function except<T>(types: readonly PyType[], fn: () => T): T | null {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof PyRaise) || !types.some((t) => exceptionMatches(e, t))) throw e;
    clearRaise(e);
    return null;
  }
}

/** `_check_methods(C, *methods)`: True, or NotImplemented when one is missing or set to None. */
export function checkMethods(c: PyObject, methods: readonly string[]): PyObject {
  if (!(c instanceof PyType)) return incref(NotImplemented);
  for (const method of methods) {
    let found = false;
    for (const b of c.mro) {
      const v = dictGetStr(b.dict, method);
      if (v !== null) {
        if (v === None) return incref(NotImplemented);
        found = true;
        break;
      }
    }
    if (!found) return incref(NotImplemented);
  }
  return newBool(true);
}

/** `decref` for each. */
export function decrefAll(objs: readonly PyObject[]): void {
  for (const o of objs) decref(o);
}

/** A class function `name(params...)` whose body gets the bound arguments (undefined where defaulted). */
export function pyDef(
  name: string, params: readonly string[], body: (a: readonly (PyObject | undefined)[]) => PyObject,
  opts: { readonly ndefaults?: number; readonly abstract?: boolean; readonly doc?: string } = {},
): ClassFunctionDef {
  return {
    name,
    impl: (args, kwnames) => body(bindArgs(name, args, kwnames, params, opts.ndefaults ?? 0)),
    ...(opts.abstract === true ? { abstract: true } : {}),
    ...(opts.doc === undefined ? {} : { doc: opts.doc }),
  };
}

/** Argument `i` of a bound call (required ones are always there). */
export function arg(a: readonly (PyObject | undefined)[], i: number): PyObject {
  return a[i] as PyObject;
}

/** `raise E` for an exception class: an instance made with no arguments. */
export function bareRaise(type: PyType): PyRaise {
  return raiseValue(newExceptionStealing(type, []));
}

/**
 * The body of the abstract `throw(typ, val=None, tb=None)` of Coroutine, Generator and
 * AsyncGenerator (`athrow`): `raise typ`, or `raise val` (`typ()` when None) with `tb` as its
 * traceback. Arguments borrowed.
 */
export function raiseThrown(typ: PyObject, valIn: PyObject, tb: PyObject): PyRaise {
  if (valIn === None && tb === None) return doRaise(incref(typ), null); // takes the reference
  let val = valIn === None ? callObject(typ, []) : incref(valIn);
  if (tb !== None) {
    const withTb = callMethod(val, 'with_traceback', [tb]);
    decref(val);
    val = withTb;
  }
  return doRaise(val, null); // takes `val`
}

/**
 * `isinstance(obj, collections.abc.Mapping)` where the ABCs may not be made yet. Before they are,
 * no program class can be a Mapping (subclassing or registering needs them), so a dict or a native
 * type with `keys` and `__getitem__` (mappingproxy, the weak dictionaries) is the answer.
 */
export function isMappingInstance(obj: PyObject): boolean {
  if (obj instanceof PyDict) return true;
  if (classes.has('Mapping')) return isAbcInstance(obj, 'Mapping');
  return !obj.type.isHeapType && lookupType(obj.type, 'keys') !== null && lookupType(obj.type, '__getitem__') !== null;
}
