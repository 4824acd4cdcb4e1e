/**
 * The import system: `sys.modules`, the built-in modules written in TypeScript, and the program's
 * own modules, found beside the script (`sys.path[0]`) through a host-provided reader. Anything
 * else raises ModuleNotFoundError as CPython does for a missing module. Mirrors CPython 3.8
 * Python/import.c `PyImport_ImportModuleLevelObject` and Lib/importlib/_bootstrap.py.
 * @module
 */
import { compile } from '../api/compile.ts';
import { PyCode } from '../objects/code.ts';
import { PyDict, dictDelStr, dictGetStr, dictSetStr, newDict } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { PyInt, newInt } from '../objects/int.ts';
import { intMaxStrDigits } from '../objects/number-parse.ts';
import { PyModule, newModule } from '../objects/module.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { newListStealing } from '../objects/list.ts';
import { EQ, isTrue, richCompareBool } from './abstract-compare.ts';
import { PyRaise, clearRaise, exceptionMatches, newExceptionStealing, raiseValue } from './errors.ts';
import { iterableToArray } from './abstract-iter.ts';
import { getAttrString, lookupAttrString } from './attributes.ts';
import { warnNative } from './native-warning.ts';
import { strRepr } from '../repr/str-repr.ts';
import { registerSource } from './io.ts';
import { decref, incref, type PyObject, type PyType } from './object.ts';
import { syntaxErrorFromDiagnostic } from './syntax-error-object.ts';
import { tpName } from './type-name.ts';
import { tstate } from './thread-state.ts';
import { decodeSourceBytes } from '../modules/source-decoding.ts';

/**
 * A program file the host can read: its path as tracebacks show it, and its text, or its bytes
 * (decoded as importlib decodes them: `compile()` of bytes, with a BOM or PEP 263 declaration).
 */
export interface ModuleSource {
  readonly filename: string;
  readonly source: string | Uint8Array;
  /** True for a package's `__init__.py`. */
  readonly isPackage: boolean;
}

/** Finds `a/b.py` or `a/b/__init__.py` for the dotted name `a.b`, or null. */
export type ModuleFinder = (dottedName: string) => ModuleSource | null;

/** Runs a module's code object in its namespace; installed by the interpreter. */
export type ModuleRunner = (code: PyCode, globals: PyDict) => void;

interface ImportState {
  modules: PyDict;
  finder: ModuleFinder;
  runner: ModuleRunner;
  initializing: Set<string>;
  /** The builtins' own `__import__` (`interp->import_func`): IMPORT_NAME calls any other. */
  importFunc: PyObject | null;
}

const builtinModules = new Map<string, () => PyModule>();
let state: ImportState | null = null;

/** Registers a module written in TypeScript under `name`. */
export function registerBuiltinModule(name: string, init: () => PyModule): void {
  builtinModules.set(name, init);
}

/**
 * `sys.builtin_module_names` of CPython 3.8 as built on the oracle's machine: the modules compiled
 * into the interpreter. corosim writes its own modules natively, whatever CPython made them of, but
 * reports and reprs these as CPython does (`<module 'sys' (built-in)>`).
 */
export const CPYTHON_BUILTIN_MODULE_NAMES: readonly string[] = [
  '_abc', '_ast', '_codecs', '_collections', '_functools', '_imp', '_io', '_locale', '_operator', '_signal', '_sre',
  '_stat', '_string', '_symtable', '_thread', '_tracemalloc', '_warnings', '_weakref', 'atexit', 'builtins', 'errno',
  'faulthandler', 'gc', 'itertools', 'marshal', 'posix', 'pwd', 'sys', 'time', 'xxsubtype',
];

/**
 * The library modules CPython 3.8 has imported before the script runs (`site` and the io stack):
 * already in `sys.modules`, so a program's file of the same name never shadows them.
 */
const CPYTHON_STARTUP_MODULES: ReadonlySet<string> = new Set([
  '_bootlocale', '_collections_abc', '_sitebuiltins', 'abc', 'codecs', 'encodings', 'genericpath', 'io', 'os',
  'posixpath', 'site', 'stat', 'zipimport',
]);

/** Starts the import system of a run. */
export function startImports(modules: PyDict, finder: ModuleFinder, runner: ModuleRunner, importFunc: PyObject | null = null): void {
  state = { modules, finder, runner, initializing: new Set(), importFunc };
}

/** Whether `o` is the builtins' own `__import__` (`interp->import_func`), not a replacement. */
export function isImportFunc(o: PyObject): boolean {
  return current().importFunc === o;
}

function current(): ImportState {
  if (state === null) throw new Error('import system not started');
  return state;
}

/** `sys.modules`. */
export function sysModules(): PyDict {
  return current().modules;
}

/** Whether a module is still executing its body (for the circular-import message). */
export function isInitializing(name: string): boolean {
  return current().initializing.has(name);
}

function moduleNotFound(message: string, name: string): never {
  const e = newExceptionStealing(E.ModuleNotFoundError, [newStr(message)]);
  e.name = newStr(name);
  throw raiseValue(e);
}

/** Imports one module by its full dotted name, its parent already imported: a new reference. */
function importOne(name: string, parent: PyModule | null): PyObject {
  const st = current();
  const cached = dictGetStr(st.modules, name);
  // `_find_and_load`: None in sys.modules blocks the import.
  if (cached === None) moduleNotFound(`import of ${name} halted; None in sys.modules`, name);
  if (cached !== null) return incref(cached);
  const init = builtinModules.get(name);
  // `sys.meta_path`: BuiltinImporter first, then PathFinder over `sys.path`, whose first entry is
  // the script's folder, before the standard library: a program's own `heapq.py` shadows the
  // library's, never a module compiled into CPython or one imported at startup.
  if (init !== undefined && (CPYTHON_BUILTIN_MODULE_NAMES.includes(name) || CPYTHON_STARTUP_MODULES.has(name))) {
    return initBuiltin(name, init);
  }
  if (parent !== null && dictGetStr(parent.namespace, '__path__') === null) {
    const parentName = name.slice(0, name.lastIndexOf('.'));
    moduleNotFound(`No module named ${strRepr(name)}; ${strRepr(parentName)} is not a package`, name);
  }
  const found = st.finder(name);
  if (found !== null) return execSource(name, found);
  if (init !== undefined) return initBuiltin(name, init);
  return moduleNotFound(`No module named ${strRepr(name)}`, name);
}

function initBuiltin(name: string, init: () => PyModule): PyModule {
  const module = init();
  dictSetStr(current().modules, name, module);
  return module;
}

/** `importlib.util.cache_from_source`: where CPython 3.8 would keep the module's bytecode. */
export function cacheFromSource(path: string): string {
  const slash = path.lastIndexOf('/');
  const head = path.slice(0, slash + 1);
  const tail = path.slice(slash + 1);
  const dot = tail.lastIndexOf('.');
  const base = dot < 0 ? tail : tail.slice(0, dot);
  return `${head}__pycache__/${base === '' ? tail.slice(dot + 1) : base}.cpython-38.pyc`;
}

function execSource(name: string, found: ModuleSource): PyObject {
  const st = current();
  const text = typeof found.source === 'string' ? found.source : decodeSourceBytes(found.source, found.filename);
  const outcome = compile(text, found.filename, 0, undefined, intMaxStrDigits());
  if (outcome.status === 'syntax-error') throw syntaxErrorFromDiagnostic(outcome.diagnostic);
  registerSource(found.filename, text);
  const module = newModule(name);
  const ns = module.namespace;
  const set = (key: string, value: PyObject): void => {
    dictSetStr(ns, key, value);
    decref(value);
  };
  // `_init_module_attrs`, then exec's `__builtins__`, in that order in the namespace.
  set('__package__', newStr(found.isPackage ? name : name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : ''));
  if (found.isPackage) set('__path__', newListStealing([newStr(found.filename.slice(0, Math.max(0, found.filename.lastIndexOf('/'))))]));
  set('__file__', newStr(found.filename));
  set('__cached__', newStr(cacheFromSource(found.filename)));
  const builtins = (tstate.frame as { readonly builtins?: PyDict } | null)?.builtins;
  if (builtins !== undefined) dictSetStr(ns, '__builtins__', builtins);
  dictSetStr(st.modules, name, module);
  st.initializing.add(name);
  const code = new PyCode(outcome.code);
  try {
    st.runner(code, ns);
  } catch (e) {
    dictDelStr(st.modules, name);
    decref(module);
    throw e;
  } finally {
    st.initializing.delete(name);
    decref(code);
  }
  decref(module);
  const final = dictGetStr(st.modules, name);
  if (final === null) {
    const e = newExceptionStealing(E.KeyError, [newStr(name)]);
    throw raiseValue(e);
  }
  return incref(final);
}

function importError(type: PyType, message: string): never {
  throw raiseValue(newExceptionStealing(type, [newStr(message)]));
}

/**
 * The package a relative import starts from (`resolve_name`'s first half): `__package__`, else
 * `__spec__.parent`, else (with an ImportWarning) `__name__`, less its last part unless the module
 * is a package (has `__path__`). A new reference.
 */
function importingPackage(globals: PyDict): PyObject {
  const spec = dictGetStr(globals, '__spec__');
  const hasSpec = spec !== null && spec !== None;
  const pkg = dictGetStr(globals, '__package__');
  if (pkg !== null && pkg !== None) {
    if (!(pkg instanceof PyStr)) importError(E.TypeError, 'package must be a string');
    if (hasSpec) {
      const parent = getAttrString(spec, 'parent');
      try {
        if (!richCompareBool(pkg, parent, EQ)) warnNative(E.ImportWarning, '__package__ != __spec__.parent');
      } finally {
        decref(parent);
      }
    }
    return incref(pkg);
  }
  if (hasSpec) {
    const parent = getAttrString(spec, 'parent');
    if (!(parent instanceof PyStr)) {
      decref(parent);
      importError(E.TypeError, '__spec__.parent must be a string');
    }
    return parent;
  }
  warnNative(E.ImportWarning, "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__");
  const modName = dictGetStr(globals, '__name__');
  if (modName === null) importError(E.KeyError, "'__name__' not in globals");
  if (!(modName instanceof PyStr)) importError(E.TypeError, '__name__ must be a string');
  if (dictGetStr(globals, '__path__') !== null) return incref(modName);
  const dot = modName.value.lastIndexOf('.');
  if (dot < 0) importError(E.ImportError, NO_PARENT);
  return newStr(modName.value.slice(0, dot));
}

const NO_PARENT = 'attempted relative import with no known parent package';

/**
 * Resolves a relative import against the importing module's package (`resolve_name`); `globals`
 * is null when `__import__` was given none.
 */
function resolveName(name: string, globals: PyObject | null, level: number): string {
  if (globals === null) importError(E.KeyError, "'__name__' not in globals");
  if (!(globals instanceof PyDict)) importError(E.TypeError, 'globals must be a dict');
  const pkgObj = importingPackage(globals);
  const pkg = (pkgObj as PyStr).value;
  decref(pkgObj);
  if (pkg === '') importError(E.ImportError, NO_PARENT);
  let lastDot = pkg.length;
  for (let up = 1; up < level; up++) {
    lastDot = pkg.lastIndexOf('.', lastDot - 1);
    if (lastDot < 0) importError(E.ValueError, 'attempted relative import beyond top-level package');
  }
  const base = pkg.slice(0, lastDot);
  return name === '' ? base : `${base}.${name}`;
}

/**
 * An absolute import by name from native code, as `PyImport_ImportModuleLevel(name, globals,
 * NULL, NULL, 0)`: `globals` (borrowed) is the importer's namespace, or a new empty dict when
 * null (`PyImport_ImportModule`). Returns a new reference to the top-level module.
 */
export function importModuleNamed(name: string, globals: PyDict | null = null): PyObject {
  const namespace = globals ?? newDict();
  const level = newInt(0);
  try {
    return importModuleLevel(name, namespace, None, level);
  } finally {
    decref(level);
    if (globals === null) decref(namespace);
  }
}

/**
 * `PyImport_ImportModuleLevelObject`: what IMPORT_NAME pushes (a new reference). `globals` (borrowed)
 * is only read by a relative import; null when `__import__` was given none.
 */
export function importModuleLevel(name: string, globals: PyObject | null, fromlist: PyObject, levelObj: PyObject): PyObject {
  const level = levelObj instanceof PyInt ? Number(levelObj.value) : 0;
  if (level < 0) throw raiseValue(newExceptionStealing(E.ValueError, [newStr('level must be >= 0')]));
  if (level === 0 && name === '') throw raiseValue(newExceptionStealing(E.ValueError, [newStr('Empty module name')]));
  const absName = level > 0 ? resolveName(name, globals, level) : name;
  // `_find_and_load`: each name's parent is what precedes its last dot, imported first when it is
  // not empty (so a name with a leading or doubled dot is looked up whole at that point).
  const chain: string[] = [];
  for (let n = absName; n !== ''; n = n.slice(0, Math.max(0, n.lastIndexOf('.')))) chain.unshift(n);
  let parent: PyModule | null = null;
  let top: PyObject | null = null;
  let leaf: PyObject | null = null;
  try {
    for (let i = 0; i < chain.length; i++) {
      const full = chain[i] as string;
      const module = importOne(full, parent);
      if (i === 0) top = incref(module);
      if (parent !== null && module instanceof PyModule) {
        dictSetStr(parent.namespace, full.slice(full.lastIndexOf('.') + 1), module);
      }
      if (leaf !== null) decref(leaf);
      leaf = module;
      parent = module instanceof PyModule ? module : null;
    }
  } catch (e) {
    // A submodule that cannot be imported: the packages imported on the way stay in sys.modules only.
    if (top !== null) decref(top);
    if (leaf !== null) decref(leaf);
    throw e;
  }
  const hasFromlist = fromlist !== None && isTrue(fromlist);
  if (hasFromlist) {
    if (top !== null) decref(top);
    if (leaf instanceof PyModule && dictGetStr(leaf.namespace, '__path__') !== null) {
      try {
        handleFromlist(leaf, absName, fromlist, false);
      } catch (e) {
        decref(leaf);
        throw e;
      }
    }
    return leaf as PyObject;
  }
  if (leaf !== null) decref(leaf);
  if (level > 0 && name !== '') {
    // `from . import x` style without fromlist: return the first component of `name`.
    const first = `${absName.slice(0, absName.length - name.length)}${name.split('.')[0] as string}`;
    if (top !== null) decref(top);
    const m = dictGetStr(current().modules, first);
    return incref(m ?? None);
  }
  return top as PyObject;
}

/**
 * `_handle_fromlist` for a package: `from package import name` imports the submodule
 * `package.name` when the package has no attribute `name` (a missing one is not an error here:
 * IMPORT_FROM reports it).
 */
function handleFromlist(module: PyModule, name: string, fromlist: PyObject, recursive: boolean): void {
  const items = iterableToArray(fromlist);
  try {
    for (const x of items) {
      if (!(x instanceof PyStr)) {
        const where = recursive ? `${name}.__all__` : "``from list''";
        throw raiseValue(newExceptionStealing(E.TypeError, [newStr(`Item in ${where} must be str, not ${tpName(x.type)}`)]));
      }
      if (x.value === '*') {
        const all = recursive ? null : dictGetStr(module.namespace, '__all__');
        if (all !== null) handleFromlist(module, name, all, true);
        continue;
      }
      const present = lookupAttrString(module, x.value);
      if (present !== null) {
        decref(present);
        continue;
      }
      const fromName = `${name}.${x.value}`;
      const level = newInt(0);
      try {
        decref(importModuleLevel(fromName, module.namespace, None, level));
      } catch (e) {
        if (!(e instanceof PyRaise) || !exceptionMatches(e, E.ModuleNotFoundError)) throw e;
        const excName = e.value.name;
        if (!(excName instanceof PyStr) || excName.value !== fromName || dictGetStr(current().modules, fromName) === None) throw e;
        clearRaise(e);
      } finally {
        decref(level);
      }
    }
  } finally {
    for (const x of items) decref(x);
  }
}

/** A fresh `sys.modules` for a run. */
export function newModulesDict(): PyDict {
  return newDict();
}
