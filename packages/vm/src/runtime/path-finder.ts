/**
 * Finding a program's module along a search path, as importlib's PathFinder and FileFinder find
 * source files: in each directory of `sys.path` (for a top-level module) or of the parent
 * package's `__path__` (for a submodule), `NAME/__init__.py` is a package and `NAME.py` a
 * module; a directory `NAME` with neither is a portion of a namespace package (PEP 420), which the
 * search collects while it goes on to the next directory. Mirrors CPython 3.8
 * Lib/importlib/_bootstrap_external.py `PathFinder.find_spec` and `FileFinder.find_spec`.
 * @module
 */
import type { ModuleSource } from './import-system.ts';

/**
 * Read access to the program's files for its imports, given by the host. Paths are as the
 * search path spells them (a relative one is the host's to resolve).
 */
export interface ModuleFiles {
  /** A regular file's bytes (or text), or null when there is no such file. */
  readonly read: (path: string) => string | Uint8Array | null;
  /** Whether `path` is a directory. */
  readonly isDirectory: (path: string) => boolean;
}

/** What the search found: a source file, or the folders of a namespace package. */
export type PathSpec =
  | { readonly kind: 'source'; readonly source: ModuleSource }
  | { readonly kind: 'namespace'; readonly locations: readonly string[] };

/** `_path_join`: the parts without their trailing slashes, empty ones left out, joined by '/'. */
function pathJoin(...parts: string[]): string {
  return parts.filter((p) => p !== '').map((p) => p.replace(/\/+$/, '')).join('/');
}

/**
 * Finds the module whose last name component is `tail` in the directories `entries`, in order:
 * the first package or module wins; the namespace portions met before count only when none does.
 *
 * @param tail - the module's name after its package's (`c` of `a.b.c`)
 * @param entries - the search path: `sys.path`, or the parent package's `__path__`
 * @param files - the host's read access
 * @returns the source found, a namespace package's folders, or null
 * @see CPython 3.8 Lib/importlib/_bootstrap_external.py `PathFinder._get_spec`, `FileFinder.find_spec`
 */
export function findOnPath(tail: string, entries: readonly string[], files: ModuleFiles): PathSpec | null {
  const portions: string[] = [];
  for (const entry of entries) {
    // DEVIATION(cpython): '' stands for the current directory, which corosim's programs do not
    // have; the host resolves '.' as it resolves any relative path.
    const dir = entry === '' ? '.' : entry;
    const base = pathJoin(dir, tail);
    const isDir = files.isDirectory(base);
    if (isDir) {
      const init = pathJoin(base, '__init__.py');
      const source = files.read(init);
      if (source !== null) return { kind: 'source', source: { filename: init, source, isPackage: true } };
    }
    const file = pathJoin(dir, `${tail}.py`);
    const source = files.read(file);
    if (source !== null) return { kind: 'source', source: { filename: file, source, isPackage: false } };
    if (isDir) portions.push(base);
  }
  return portions.length > 0 ? { kind: 'namespace', locations: portions } : null;
}
