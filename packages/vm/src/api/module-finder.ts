/**
 * Finding a program's own modules in its folder, as `sys.path[0]` does for `python3.8 FILE`:
 * `import a.b` loads `DIR/a/b.py` or the package `DIR/a/b/__init__.py`. With a directory test,
 * imports search `sys.path` and packages' `__path__` as CPython's PathFinder does, namespace
 * packages included, reading nothing outside the folder. The host supplies the file access, so
 * the VM itself touches no file system.
 * @module
 */
import type { ModuleFinder, ModuleSource } from '../runtime/import-system.ts';

/**
 * `path` made absolute against `directory` with its `.`, `..` and repeated slashes resolved, or
 * null when it names something outside `directory` (a program reads only its own folder).
 */
function insideDirectory(directory: string, path: string): string | null {
  const parts: string[] = [];
  for (const part of (path.startsWith('/') ? path : `${directory}/${path}`).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  const resolved = `/${parts.join('/')}`;
  return resolved === directory || resolved.startsWith(`${directory}/`) ? resolved : null;
}

/**
 * A finder over `directory` (absolute, as CPython's `sys.path[0]` is).
 *
 * @param directory - the script's folder, absolute, without a trailing slash
 * @param read - returns a file's bytes (or its text), or null when there is no such file
 * @param isDirectory - whether a path is a directory; when given, imports search `sys.path` and
 *   `__path__` (within `directory`) instead of `directory` alone
 * @returns a finder for {@link RunOptions.findModule}
 * @example
 * ```ts
 * const findModule = directoryModuleFinder('/home/me/demo', (p) => (existsSync(p) ? readFileSync(p, 'utf8') : null));
 * ```
 */
export function directoryModuleFinder(
  directory: string,
  read: (path: string) => string | Uint8Array | null,
  isDirectory?: (path: string) => boolean,
): ModuleFinder {
  const finder = (dottedName: string): ModuleSource | null => {
    const rel = dottedName.split('.').join('/');
    const pkg = `${directory}/${rel}/__init__.py`;
    const pkgSource = read(pkg);
    if (pkgSource !== null) return { filename: pkg, source: pkgSource, isPackage: true };
    const file = `${directory}/${rel}.py`;
    const source = read(file);
    if (source !== null) return { filename: file, source, isPackage: false };
    return null;
  };
  if (isDirectory === undefined) return finder;
  const files = {
    read: (path: string) => {
      const inside = insideDirectory(directory, path);
      return inside === null ? null : read(inside);
    },
    isDirectory: (path: string) => {
      const inside = insideDirectory(directory, path);
      return inside !== null && isDirectory(inside);
    },
  };
  return Object.assign(finder, { files });
}
