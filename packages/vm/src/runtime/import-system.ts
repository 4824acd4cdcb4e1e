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
import { PyRaise, clearRaise, exceptionMatches, newExceptionStealing, raiseMessage, raiseValue } from './errors.ts';
import { iterableToArray } from './abstract-iter.ts';
import { getAttrString, lookupAttrString, setAttrString } from './attributes.ts';
import { strText } from './abstract-object.ts';
import { warnNative } from './native-warning.ts';
import { activeHeap } from './memory.ts';
import { START_MODULES } from '../heap/start-pools.generated.ts';
import { strRepr } from '../repr/str-repr.ts';
import { registerSource } from './io.ts';
import { decref, incref, type PyObject } from './object.ts';
import { syntaxErrorFromDiagnostic } from './syntax-error-object.ts';
import { tpName } from './type-name.ts';
import { tstate } from './thread-state.ts';
import { decodeSourceBytes } from '../modules/source-decoding.ts';
import { findOnPath, type ModuleFiles, type PathSpec } from './path-finder.ts';

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

/**
 * Finds `a/b.py` or `a/b/__init__.py` for the dotted name `a.b`, or null. A finder with `files`
 * is not called: imports search `sys.path` and packages' `__path__` through those files instead,
 * as CPython's PathFinder does (path-finder.ts).
 */
export interface ModuleFinder {
  (dottedName: string): ModuleSource | null;
  /** Read access to the program's files, for a search along `sys.path` and `__path__`. */
  readonly files?: ModuleFiles;
}

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

/** Reads the running program's `sys.path` (borrowed), installed by the sys module. */
let sysPathReader: () => PyObject | null = () => null;

/** Makes a namespace package's `__path__` (`_NamespacePath`), installed by objects/namespace-path.ts. */
let namespacePathMaker: (name: string, portions: readonly string[]) => PyObject = (_name, portions) => newListStealing(portions.map((l) => newStr(l)));

/** Installs what makes a namespace package's `__path__`. */
export function setNamespacePathMaker(make: (name: string, portions: readonly string[]) => PyObject): void {
  namespacePathMaker = make;
}

/**
 * The portions of the namespace package `name` along `path` (`PathFinder._get_spec` for
 * `_NamespacePath._recalculate`): null when a module or a regular package is found there instead.
 */
export function namespacePortions(name: string, path: PyObject): readonly string[] | null {
  const files = current().finder.files;
  if (files === undefined) return null;
  const found = findOnPath(name.slice(name.lastIndexOf('.') + 1), searchPath(path), files);
  return found?.kind === 'namespace' ? found.locations : null;
}

/** Installs the reader of `sys.path` (a module-load hook of the sys module). */
export function setSysPathReader(read: () => PyObject | null): void {
  sysPathReader = read;
}


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

/** `_find_and_load`: `sys.modules[name]`, or the module found and loaded now (a new reference). */
function findAndLoad(name: string): PyObject {
  const cached = dictGetStr(current().modules, name);
  // None in sys.modules blocks the import.
  if (cached === None) moduleNotFound(`import of ${name} halted; None in sys.modules`, name);
  if (cached !== null) return incref(cached);
  return findAndLoadUnlocked(name);
}

/**
 * `_find_and_load_unlocked`: the parent package first (when it is not in `sys.modules`), the
 * module along its `__path__` (or `sys.path`), and the loaded module bound on its parent.
 */
function findAndLoadUnlocked(name: string): PyObject {
  const modules = current().modules;
  const dot = name.lastIndexOf('.');
  const parentName = dot < 0 ? '' : name.slice(0, dot);
  let path: PyObject | null = null;
  if (parentName !== '') {
    if (dictGetStr(modules, parentName) === null) decref(findAndLoad(parentName));
    // The parent's import may have imported this module too.
    const loaded = dictGetStr(modules, name);
    if (loaded !== null) return incref(loaded);
    path = lookupAttrString(modulesItem(parentName), '__path__');
    if (path === null) moduleNotFound(`No module named ${strRepr(name)}; ${strRepr(parentName)} is not a package`, name);
  }
  let module: PyObject;
  try {
    module = loadModule(name, path);
  } finally {
    if (path !== null) decref(path);
  }
  if (parentName !== '') {
    try {
      setAttrString(modulesItem(parentName), name.slice(dot + 1), module);
    } catch (e) {
      decref(module);
      throw e;
    }
  }
  return module;
}

/** `sys.modules[name]` (borrowed), or the KeyError of that lookup. */
function modulesItem(name: string): PyObject {
  const value = dictGetStr(current().modules, name);
  if (value === null) throw raiseMessage(E.KeyError, name);
  return value;
}

/**
 * `_find_spec` and `_load_unlocked`: a module of the interpreter, else one found along `path`
 * (the parent's `__path__`; null: `sys.path`), else one of the library. A new reference to what
 * `sys.modules` holds for `name` once it ran.
 */
function loadModule(name: string, path: PyObject | null): PyObject {
  const init = builtinModules.get(name);
  // `sys.meta_path`: BuiltinImporter first, then PathFinder over `sys.path`, whose first entry is
  // the script's folder, before the standard library: a program's own `heapq.py` shadows the
  // library's, never a module compiled into CPython or one imported at startup.
  if (init !== undefined && (CPYTHON_BUILTIN_MODULE_NAMES.includes(name) || CPYTHON_STARTUP_MODULES.has(name))) {
    return initBuiltin(name, init);
  }
  const found = findSpec(name, path);
  if (found?.kind === 'source') return execSource(name, found.source);
  // DEVIATION(cpython): the library, written natively, is found after every entry of the search
  // path, where CPython's comes after the script's folder only; a namespace portion of the
  // program's does not hide it.
  if (init !== undefined) return initBuiltin(name, init);
  if (found?.kind === 'namespace') return newNamespacePackage(name, found.locations);
  return moduleNotFound(`No module named ${strRepr(name)}`, name);
}

/**
 * The end of `_load_unlocked`: the module `sys.modules` holds for `name` after its body ran,
 * moved to the end of `sys.modules` (a KeyError when the body took it out); a new reference.
 */
function moveToEnd(name: string): PyObject {
  const modules = current().modules;
  const final = incref(modulesItem(name));
  dictDelStr(modules, name);
  dictSetStr(modules, name, final);
  return final;
}

/** The strings of a search path (`sys.path` or a `__path__`); other entries are skipped, as PathFinder skips them. */
function searchPath(path: PyObject | null): string[] {
  if (path === null) return [];
  const items = iterableToArray(path);
  try {
    return items.filter((x): x is PyStr => x instanceof PyStr).map((x) => x.value);
  } finally {
    for (const x of items) decref(x);
  }
}

/**
 * `_find_spec` over the path finder: a top-level module along `sys.path` (`path` null), a
 * submodule along its package's `__path__`; or, with a finder that has no files, that finder by
 * dotted name.
 */
function findSpec(name: string, path: PyObject | null): PathSpec | null {
  const finder = current().finder;
  const files = finder.files;
  if (files === undefined) {
    const source = finder(name);
    return source === null ? null : { kind: 'source', source };
  }
  return findOnPath(name.slice(name.lastIndexOf('.') + 1), searchPath(path ?? sysPathReader()), files);
}

/** A namespace package (PEP 420): no code, no `__file__` (None), its portions as `__path__` (a `_NamespacePath`). */
function newNamespacePackage(name: string, locations: readonly string[]): PyObject {
  const module = newModule(name);
  module.isNamespacePackage = true;
  const ns = module.namespace;
  const set = (key: string, value: PyObject): void => {
    dictSetStr(ns, key, value);
    decref(value);
  };
  // `_init_module_attrs` with the namespace loader: `__file__` (None) before `__path__`.
  set('__package__', newStr(name));
  dictSetStr(ns, '__file__', None);
  set('__path__', namespacePathMaker(name, locations));
  dictSetStr(current().modules, name, module);
  decref(module);
  return moveToEnd(name);
}

function initBuiltin(name: string, init: () => PyModule): PyObject {
  // What the harness's interpreter had imported before the program started takes no blocks of
  // the pools the program's objects come from (heap/start-pools.generated.ts).
  const module = START_MODULES.has(name) ? activeHeap().atStartup(init) : init();
  dictSetStr(current().modules, name, module);
  decref(module);
  return moveToEnd(name);
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
  return moveToEnd(name);
}

/**
 * The importing module's package, for a relative import: `__package__`, else `__spec__.parent`,
 * else (with an ImportWarning) what `__name__` and `__path__` make of it (`resolve_name`).
 */
function packageOf(globals: PyDict): string {
  const pkgObj = dictGetStr(globals, '__package__');
  const spec = dictGetStr(globals, '__spec__');
  if (pkgObj !== null && pkgObj !== None) {
    if (!(pkgObj instanceof PyStr)) throw raiseMessage(E.TypeError, 'package must be a string');
    if (spec !== null && spec !== None) {
      const parent = getAttrString(spec, 'parent');
      try {
        if (!richCompareBool(pkgObj, parent, EQ)) warnNative(E.ImportWarning, '__package__ != __spec__.parent');
      } finally {
        decref(parent);
      }
    }
    return pkgObj.value;
  }
  if (spec !== null && spec !== None) {
    const parent = getAttrString(spec, 'parent');
    try {
      if (!(parent instanceof PyStr)) throw raiseMessage(E.TypeError, '__spec__.parent must be a string');
      return parent.value;
    } finally {
      decref(parent);
    }
  }
  warnNative(E.ImportWarning, "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__");
  const modName = dictGetStr(globals, '__name__');
  if (modName === null) throw raiseMessage(E.KeyError, "'__name__' not in globals");
  if (!(modName instanceof PyStr)) throw raiseMessage(E.TypeError, '__name__ must be a string');
  return dictGetStr(globals, '__path__') !== null ? modName.value : modName.value.slice(0, Math.max(0, modName.value.lastIndexOf('.')));
}

/**
 * Resolves a relative import against the importing module's package (`resolve_name`); `globals`
 * is what `__import__` was given, null when nothing.
 */
function resolveName(name: string, globals: PyObject | null, level: number): string {
  if (globals === null) throw raiseMessage(E.KeyError, "'__name__' not in globals");
  if (!(globals instanceof PyDict)) throw raiseMessage(E.TypeError, 'globals must be a dict');
  const pkg = packageOf(globals);
  if (pkg === '') throw raiseMessage(E.ImportError, 'attempted relative import with no known parent package');
  const bits = pkg.split('.');
  if (bits.length < level) throw raiseMessage(E.ValueError, 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - level + 1).join('.');
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
 * `PyImport_ImportModuleLevelObject`: what IMPORT_NAME pushes (a new reference). `globals`
 * (null when `__import__` was given none) matters only to a relative import.
 */
export function importModuleLevel(name: string, globals: PyObject | null, fromlist: PyObject, levelObj: PyObject): PyObject {
  const level = levelObj instanceof PyInt ? Number(levelObj.value) : 0;
  if (level < 0) throw raiseMessage(E.ValueError, 'level must be >= 0');
  if (level === 0 && name === '') throw raiseMessage(E.ValueError, 'Empty module name');
  const absName = level > 0 ? resolveName(name, globals, level) : name;
  const cached = dictGetStr(current().modules, absName);
  const mod = cached !== null && cached !== None ? incref(cached) : findAndLoad(absName);
  const hasFromlist = fromlist !== None && isTrue(fromlist);
  if (hasFromlist) {
    // `_handle_fromlist` for a package (a module with `__path__`).
    try {
      const path = lookupAttrString(mod, '__path__');
      if (path !== null) {
        decref(path);
        handleFromlist(mod, fromlist, false);
      }
    } catch (e) {
      decref(mod);
      throw e;
    }
    return mod;
  }
  const dot = name.indexOf('.');
  if ((level > 0 && name === '') || dot < 0) return mod;
  decref(mod);
  // `import a.b.c` gives `a`: imported again by name at level 0; for a relative import, what
  // `sys.modules` holds for the package part up to the first dot of `name`.
  if (level === 0) return importModuleNamed(name.slice(0, dot));
  const toReturn = absName.slice(0, absName.length - (name.length - dot));
  const final = dictGetStr(current().modules, toReturn);
  if (final === null) throw raiseMessage(E.KeyError, `'${toReturn}' not in sys.modules as expected`);
  return incref(final);
}

/**
 * `_handle_fromlist`: `from package import name` imports the submodule `package.name` when the
 * package has no attribute `name` (a missing one is not an error here: IMPORT_FROM reports it);
 * `*` does so for each name of the package's `__all__`.
 */
function handleFromlist(module: PyObject, fromlist: PyObject, recursive: boolean): void {
  const items = iterableToArray(fromlist);
  try {
    for (const x of items) {
      if (!(x instanceof PyStr)) {
        const where = recursive ? `${attrText(module, '__name__')}.__all__` : "``from list''";
        throw raiseMessage(E.TypeError, `Item in ${where} must be str, not ${tpName(x.type)}`);
      }
      if (x.value === '*') {
        const all = recursive ? null : lookupAttrString(module, '__all__');
        if (all !== null) {
          try {
            handleFromlist(module, all, true);
          } finally {
            decref(all);
          }
        }
        continue;
      }
      const present = lookupAttrString(module, x.value);
      if (present !== null) {
        decref(present);
        continue;
      }
      const fromName = `${attrText(module, '__name__')}.${x.value}`;
      try {
        decref(findAndLoad(fromName));
      } catch (e) {
        // A submodule that does not exist is left for IMPORT_FROM to report.
        if (!(e instanceof PyRaise) || !exceptionMatches(e, E.ModuleNotFoundError)) throw e;
        const excName = e.value.name;
        if (!(excName instanceof PyStr) || excName.value !== fromName || dictGetStr(current().modules, fromName) === None) throw e;
        clearRaise(e);
      }
    }
  } finally {
    for (const x of items) decref(x);
  }
}

/** `str(getattr(o, name))` (`'{}'.format` of an attribute). */
function attrText(o: PyObject, name: string): string {
  const value = getAttrString(o, name);
  try {
    return strText(value);
  } finally {
    decref(value);
  }
}

/** A fresh `sys.modules` for a run. */
export function newModulesDict(): PyDict {
  return newDict();
}
