/**
 * Private name mangling: `__spam` inside `class Ham` becomes `_Ham__spam`. Mirrors CPython 3.8
 * Python/compile.c `_Py_Mangle`.
 * @module
 */

/**
 * Mangles `name` for the class named `privateName`, or returns it unchanged.
 *
 * @param privateName - the enclosing class name, or `null` outside classes
 * @param name - the identifier
 * @returns the mangled name
 * @see CPython 3.8 Python/compile.c _Py_Mangle
 */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  // Don't mangle __id__ or names with dots.
  if (name.endsWith('__') || name.includes('.')) return name;
  let i = 0;
  while (privateName[i] === '_') i++;
  if (i === privateName.length) return name;
  return `_${privateName.slice(i)}${name}`;
}
