/**
 * Writing a built-in module in TypeScript: its functions (native defs), its types and values,
 * registered under its import name. The module object is made fresh for each run, on first import.
 * Mirrors CPython 3.8's `PyModuleDef` with `m_methods` and a module init function.
 * @module
 */
import { dictGetStr, dictSetStr, type PyDict } from '../objects/dict.ts';
import { PyModule, newModule } from '../objects/module.ts';
import { newBuiltinFunction, type NativeDef } from '../objects/native-function.ts';
import { newListStealing } from '../objects/list.ts';
import { newHeldNativePyFunction } from '../objects/native-py-function.ts';
import { newStr } from '../objects/str.ts';
import { cacheFromSource, importModuleNamed, registerBuiltinModule, sysModules } from '../runtime/import-system.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { cpythonModuleFile } from './cpython-module-files.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { assert } from '../internal/assert.ts';
import { tstate } from '../runtime/thread-state.ts';

/**
 * A submodule of a package written in TypeScript, holding names of the package's namespace (as a
 * CPython package's `__init__` does `from .events import *`, the package holds them all).
 */
export interface NativeSubmodule {
  /** The last component of its name (`events` for `asyncio.events`). */
  readonly name: string;
  /** The package names it binds; `[name, packageName]` binds one under another name. */
  readonly names: readonly (string | readonly [string, string])[];
  /** Names of its own, not in the package: made per run, after `names`, as new references. */
  readonly values?: () => readonly (readonly [string, PyObject])[];
  /** Its docstring (`__doc__`); omitted for a source file without one. */
  readonly doc?: string;
}

/** What a built-in module holds. */
export interface NativeModuleSpec {
  readonly name: string;
  readonly doc?: string;
  /** `__all__` of the CPython module, in its order (only where every name in it exists here). */
  readonly all?: readonly string[];
  readonly functions?: readonly NativeDef[];
  /** Values made per run (types are static and can be returned as they are; `make` returns a new reference). */
  readonly values?: () => readonly (readonly [string, PyObject])[];
  /** Runs after the namespace is filled (for values that need the module itself). */
  readonly init?: (module: PyModule) => void;
  /**
   * `m_free`: runs when the module object is freed (at the latest when the interpreter finalizes),
   * to let go of the state the module keeps outside its namespace.
   */
  readonly free?: () => void;
  /** Names the module's `__getattr__` makes on first access, listed by `dir()` all along. */
  readonly lazyNames?: readonly string[];
  /** Makes the module a package whose import also imports these submodules (a `__path__`, each in `sys.modules`). */
  readonly submodules?: readonly NativeSubmodule[];
}

function setStolen(ns: PyDict, key: string, value: PyObject): void {
  dictSetStr(ns, key, value);
  decref(value);
}

/**
 * The builtins `exec` gives a module's source: the importing frame's, else (an import made by the
 * runtime itself, with no frame) the `builtins` module's namespace. Borrowed.
 */
function importerBuiltins(): PyObject | null {
  const frameBuiltins = (tstate.frame as { readonly builtins?: PyDict } | null)?.builtins;
  if (frameBuiltins !== undefined) return frameBuiltins;
  const builtins = dictGetStr(sysModules(), 'builtins');
  return builtins instanceof PyModule ? builtins.namespace : null;
}

/** Registers a module written in TypeScript; `import name` makes it once per run. */
export function defineNativeModule(spec: NativeModuleSpec): void {
  registerBuiltinModule(spec.name, () => {
    const module = newModule(spec.name);
    const ns = module.namespace;
    if (spec.doc !== undefined) {
      const doc = newStr(spec.doc);
      dictSetStr(ns, '__doc__', doc);
      decref(doc);
    }
    // A module CPython loads from a file names it, as `_init_module_attrs` sets it.
    const file = cpythonModuleFile(spec.name);
    if (file !== null) {
      setStolen(ns, '__file__', newStr(file));
      if (file.endsWith('.py')) {
        setStolen(ns, '__cached__', newStr(cacheFromSource(file)));
        // Running the source gives its globals the importer's builtins (`exec`).
        const builtins = importerBuiltins();
        if (builtins !== null) dictSetStr(ns, '__builtins__', builtins);
      }
    }
    if (spec.all !== undefined) setStolen(ns, '__all__', newListStealing(spec.all.map((n) => newStr(n))));
    // CPython writes the module in Python: its functions are `def`s, function objects, save those
    // it takes from a C module.
    const isSource = file?.endsWith('.py') === true;
    for (const def of spec.functions ?? []) {
      const f = isSource && def.cModule === undefined ? newHeldNativePyFunction(def, module, spec.name) : newBuiltinFunction(def, module, def.cModule ?? spec.name);
      dictSetStr(ns, def.name, f);
      decref(f);
    }
    for (const [name, value] of spec.values?.() ?? []) {
      dictSetStr(ns, name, value);
      decref(value);
    }
    spec.init?.(module);
    if (spec.submodules !== undefined) importSubmodules(module, spec.submodules);
    if (spec.free !== undefined) module.free = spec.free;
    if (spec.lazyNames !== undefined) module.lazyNames = spec.lazyNames;
    return module;
  });
}

/**
 * A package's `__init__` importing its submodules: the package in `sys.modules` first (as
 * `_load_unlocked` puts it there before running its body), then each submodule with its file,
 * its names taken from the package's namespace, in `sys.modules` and bound in the package.
 */
function importSubmodules(pkg: PyModule, submodules: readonly NativeSubmodule[]): void {
  const modules = sysModules();
  const ns = pkg.namespace;
  const file = cpythonModuleFile(pkg.name);
  setStolen(ns, '__path__', newListStealing(file === null ? [] : [newStr(file.slice(0, file.lastIndexOf('/')))]));
  setStolen(ns, '__package__', newStr(pkg.name));
  dictSetStr(modules, pkg.name, pkg);
  for (const sub of submodules) {
    const full = `${pkg.name}.${sub.name}`;
    const module = newModule(full);
    const subNs = module.namespace;
    if (sub.doc !== undefined) setStolen(subNs, '__doc__', newStr(sub.doc));
    setStolen(subNs, '__package__', newStr(pkg.name));
    const subFile = cpythonModuleFile(full);
    if (subFile !== null) {
      setStolen(subNs, '__file__', newStr(subFile));
      setStolen(subNs, '__cached__', newStr(cacheFromSource(subFile)));
    }
    for (const entry of sub.names) {
      const [name, source] = typeof entry === 'string' ? [entry, entry] : entry;
      const value = dictGetStr(ns, source);
      assert(value !== null, `${pkg.name} has no ${source} for ${full}`);
      dictSetStr(subNs, name, value);
    }
    for (const [name, value] of sub.values?.() ?? []) setStolen(subNs, name, value);
    dictSetStr(modules, full, module);
    setStolen(ns, sub.name, module);
  }
}

/**
 * `from <source> import <name>` run by the module being initialised (its namespace as the
 * importing globals), or by a library function (`module` null: no importing globals): a new
 * reference to the attribute, the source module imported as that statement imports it.
 */
export function importFrom(module: PyModule | null, source: string, name: string): PyObject {
  const imported = importModuleNamed(source, module?.namespace ?? null);
  try {
    return getAttrString(imported, name);
  } finally {
    decref(imported);
  }
}
