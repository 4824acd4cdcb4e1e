/**
 * Where CPython 3.8 loads the standard modules corosim writes natively from: a source file
 * under the library folder, or an extension module under `lib-dynload`. The modules take these
 * as their `__file__` (and `__cached__` for sources), so their reprs read
 * `<module 'functools' from '/usr/lib/python3.8/functools.py'>` as CPython's do. Modules compiled
 * into CPython (`sys.builtin_module_names`) have no file.
 * @module
 */

/** The library folder of CPython 3.8 on the oracle's machine, as the goldens spell it. */
export const CPYTHON_LIB_DIR = '/usr/lib/python3.8/';

const EXTENSION_SUFFIX = '.cpython-38-x86_64-linux-gnu.so';

/** Modules that CPython 3.8 builds as shared libraries in `lib-dynload`. */
const EXTENSION_MODULES: ReadonlySet<string> = new Set(['_asyncio', '_contextvars', '_heapq', '_random', 'math']);

/** Packages: their file is the folder's `__init__.py`. */
const PACKAGES: ReadonlySet<string> = new Set(['asyncio', 'collections']);

/** Modules that are source files in CPython's library. */
const SOURCE_MODULES: ReadonlySet<string> = new Set([
  '__future__', 'abc', 'asyncio', 'collections', 'collections.abc', 'contextlib', 'contextvars', 'dis', 'functools', 'heapq',
  'inspect', 'opcode', 'operator', 'random', 'types', 'warnings', 'weakref',
  ...['base_events', 'base_futures', 'constants', 'coroutines', 'events', 'exceptions', 'format_helpers', 'futures', 'locks', 'protocols', 'queues', 'runners', 'tasks', 'unix_events'].map((m) => `asyncio.${m}`),
]);

/**
 * The file CPython 3.8 loads a standard module from.
 *
 * @param name - the module's full name.
 * @returns its `__file__`, or null for modules built into CPython or unknown to it.
 * @see CPython 3.8 Lib/importlib/_bootstrap_external.py `FileFinder`
 */
export function cpythonModuleFile(name: string): string | null {
  if (EXTENSION_MODULES.has(name)) return `${CPYTHON_LIB_DIR}lib-dynload/${name}${EXTENSION_SUFFIX}`;
  if (!SOURCE_MODULES.has(name)) return null;
  const path = name.replace(/\./g, '/');
  return PACKAGES.has(name) ? `${CPYTHON_LIB_DIR}${path}/__init__.py` : `${CPYTHON_LIB_DIR}${path}.py`;
}

/**
 * Whether CPython 3.8 loads the standard module `name` as a package (a folder with `__init__.py`).
 *
 * @param name - the module's full name.
 * @returns true for `asyncio` and `collections`.
 */
export function isCpythonPackage(name: string): boolean {
  return PACKAGES.has(name);
}
