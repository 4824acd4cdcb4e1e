/**
 * Methods of natively written classes that CPython 3.8 writes in Python (`random.Random`,
 * `collections.Counter`, `contextlib.ExitStack`, ...): `function` objects in the class dict, so
 * the class shows `<function Counter.most_common at 0x...>` and an instance binds a `method`
 * (`<bound method Counter.most_common of Counter()>`), as Objects/funcobject.c `func_descr_get`
 * makes them. The body is the native def of a method (`self` the instance, the rest its arguments).
 * @module
 */
import { typeError } from '../runtime/errors.ts';
import { assert } from '../internal/assert.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { addValue } from '../runtime/type-defs.ts';
import { tpName } from '../runtime/type-name.ts';
import { callNative, type NativeDef } from './native-function.ts';
import { newNativePyFunction, newRenamedNativePyFunction, type PyNativePyFunction } from './native-py-function.ts';
import { newClassMethod, newStaticMethod } from './descr-types.ts';

/** The native def of a Python method. */
export interface NativePyMethodDef extends NativeDef {
  /**
   * The error a call without `self` raises, when the Python method takes `*args` and words its
   * own (`descriptor 'callback' of '_BaseExitStack' object needs an argument`); by default
   * `format_missing`'s.
   */
  readonly missingSelf?: string;
}

/**
 * The def of a Python function whose first parameter the native body `def` gets as its `self`
 * (a method's instance, a class method's class): missing, it is `missing`'s TypeError; `check`
 * refuses one the body cannot work on; the rest are the body's arguments.
 */
function firstArgumentDef(def: NativeDef, missing: string, check: (first: PyObject) => void): NativeDef {
  return {
    name: def.name,
    // 'fast' for a body without keywords: the function object then binds the keywords of a call
    // to positions before the body runs (native-py-function.ts).
    kind: def.kind === 'fastkw' ? 'fastkw' : 'fast',
    ...(def.doc === undefined ? {} : { doc: def.doc }),
    impl: (_fn, args, kwnames) => {
      const first = args.length > (kwnames?.length ?? 0) ? (args[0] as PyObject) : null;
      if (first === null) throw typeError(missing);
      check(first);
      return callNative(def, first, args.slice(1), kwnames, 1);
    },
  };
}

/**
 * The function object standing for the Python method `def` of `owner`: its first argument is the
 * instance, the body's `self`.
 *
 * @param def - the method's native def (its `self` the instance).
 * @param owner - the class whose instances it takes, by default also the defining class, whose
 * `__module__` and name make `__module__` and `__qualname__`.
 * @param moduleName - `__module__`, when another module defines it (`collections` for a namedtuple's).
 * @param qualname - `__qualname__`, when another class defines it.
 * @param definedAs - the qualified name CPython's code has in its module, when the function was
 * renamed after its `def` (a namedtuple's methods, defined in `namedtuple`'s body).
 * @returns a new reference.
 */
export function newNativePyMethod(def: NativePyMethodDef, owner: PyType, moduleName = owner.module, qualname = `${owner.name}.${def.name}`, definedAs = qualname): PyNativePyFunction {
  // `format_missing`, as calling `Counter.most_common()` through the class says it.
  const method = firstArgumentDef(def, def.missingSelf ?? `${def.name}() missing 1 required positional argument: 'self'`, (self) => {
    // DEVIATION(cpython): a Python method runs on any `self`; the native body needs an
    // instance of its class, so others are refused as a method descriptor refuses them.
    if (!self.type.isSubtype(owner)) {
      throw typeError(`descriptor '${def.name}' for '${tpName(owner)}' objects doesn't apply to a '${tpName(self.type)}' object`);
    }
  });
  return definedAs === qualname ? newNativePyFunction(method, moduleName, qualname) : newRenamedNativePyFunction(method, moduleName, qualname, definedAs);
}

/**
 * Declares methods of a native class that are `def`s of a Python class in CPython: function
 * objects in its dict (made when the VM readies the type), in place of method descriptors; the
 * class is one CPython writes in Python (`PyType.isPythonClass`).
 *
 * @param type - the defining class.
 * @param defs - the methods' native defs.
 */
export function addPythonMethods(type: PyType, defs: readonly NativePyMethodDef[]): void {
  type.isPythonClass = true;
  for (const def of defs) {
    addValue(type, def.name, () => {
      const fn = newNativePyMethod(def, type);
      fn.markOutlivesRun();
      let made = madeMethods.get(type);
      if (made === undefined) madeMethods.set(type, (made = new Map<string, PyNativePyFunction>()));
      made.set(def.name, fn);
      return fn;
    });
  }
}

/** The functions {@link addPythonMethods} made when the VM readied the types, by class and name. */
const madeMethods = new Map<PyType, Map<string, PyNativePyFunction>>();

/**
 * Declares `alias` in the dict of `type` as the very function `name` of `owner` (declared with
 * {@link addPythonMethods} on `owner`, which is readied first): a class body's `alias = name`, as
 * `getstate = setstate = _notimplemented` or `_randbelow = _randbelow_with_getrandbits`.
 *
 * @param type - the class that gets the alias.
 * @param alias - the second name.
 * @param owner - the class whose method it is (`type` itself, or a base).
 * @param name - the method's own name.
 */
export function addPythonMethodAlias(type: PyType, alias: string, owner: PyType, name: string): void {
  type.isPythonClass = true;
  addValue(type, alias, () => {
    const fn = madeMethods.get(owner)?.get(name);
    assert(fn !== undefined, `${owner.name}.${name} is not made before its alias ${alias}`);
    return incref(fn);
  });
}

/**
 * Declares class methods of a native class that are `@classmethod`s (or `__init_subclass__`) of a
 * Python class in CPython: a `classmethod` of a function object in its dict, so the class binds
 * `<bound method Counter.fromkeys of <class 'collections.Counter'>>`. Each def gets the class as
 * its `self`.
 *
 * @param type - the defining class.
 * @param defs - the class methods' native defs.
 */
export function addPythonClassMethods(type: PyType, defs: readonly NativeDef[]): void {
  type.isPythonClass = true;
  for (const def of defs) {
    addValue(type, def.name, () => {
      const method = firstArgumentDef(def, `${def.name}() missing 1 required positional argument: 'cls'`, (cls) => {
        // DEVIATION(cpython): the native body needs the class or a subclass.
        if (!(cls instanceof PyType) || !cls.isSubtype(type)) {
          throw typeError(`descriptor '${def.name}' requires a subtype of '${tpName(type)}' but received '${tpName(cls instanceof PyType ? cls : cls.type)}'`);
        }
      });
      const fn = newNativePyFunction(method, type.module, `${type.name}.${def.name}`);
      fn.markOutlivesRun();
      try {
        return newClassMethod(fn);
      } finally {
        decref(fn);
      }
    });
  }
}

/**
 * Declares static methods of a native class that are `@staticmethod`s of a Python class in
 * CPython: a `staticmethod` of a function object in its dict (`_BaseExitStack._create_cb_wrapper`).
 * Each def gets the function itself as its `self` and the call's arguments as they came.
 *
 * @param type - the defining class.
 * @param defs - the static methods' native defs.
 */
export function addPythonStaticMethods(type: PyType, defs: readonly NativeDef[]): void {
  type.isPythonClass = true;
  for (const def of defs) {
    addValue(type, def.name, () => {
      const fn = newNativePyFunction(def, type.module, `${type.name}.${def.name}`);
      fn.markOutlivesRun();
      try {
        return newStaticMethod(fn);
      } finally {
        decref(fn);
      }
    });
  }
}
