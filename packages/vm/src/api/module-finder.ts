/**
 * Finding a program's own modules in its folder, as `sys.path[0]` does for `python3.8 FILE`:
 * `import a.b` loads `DIR/a/b.py` or the package `DIR/a/b/__init__.py`. The host supplies the
 * file reader, so the VM itself touches no file system.
 * @module
 */
import type { ModuleFinder, ModuleSource } from '../runtime/import-system.ts';

/**
 * A finder over `directory` (absolute, as CPython's `sys.path[0]` is).
 *
 * @param directory - the script's folder, absolute, without a trailing slash
 * @param read - returns a file's bytes (or its text), or null when there is no such file
 * @returns a finder for {@link RunOptions.findModule}
 * @example
 * ```ts
 * const findModule = directoryModuleFinder('/home/me/demo', (p) => (existsSync(p) ? readFileSync(p, 'utf8') : null));
 * ```
 */
export function directoryModuleFinder(directory: string, read: (path: string) => string | Uint8Array | null): ModuleFinder {
  return (dottedName: string): ModuleSource | null => {
    const rel = dottedName.split('.').join('/');
    const pkg = `${directory}/${rel}/__init__.py`;
    const pkgSource = read(pkg);
    if (pkgSource !== null) return { filename: pkg, source: pkgSource, isPackage: true };
    const file = `${directory}/${rel}.py`;
    const source = read(file);
    if (source !== null) return { filename: file, source, isPackage: false };
    return null;
  };
}
