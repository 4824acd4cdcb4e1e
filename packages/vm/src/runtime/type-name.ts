/**
 * `tp_name` of a type: what CPython's messages print (`%.200s` of `Py_TYPE(o)->tp_name`). For a
 * class and most built-in types it is the bare `__name__`; a built-in type declared with a dotted
 * name (`"collections.deque"`, `"functools.partial"`, `"sys.float_info"`) prints the whole dotted
 * name, while its `__name__` is the part after the last dot and its `__module__` the part before.
 * Mirrors CPython 3.8 Objects/typeobject.c `type_name` / `type_module` and the `tp_name` fields.
 * @module
 */
import type { PyType } from './object.ts';

/** Built-in types whose `tp_name` is `module.name`. */
const dottedTypes = new Set<PyType>();

/**
 * Marks built-in types whose C `tp_name` carries their module (`"collections.deque"`), so that
 * messages and descriptor reprs name them as CPython does.
 *
 * @param types - static types, each with its `module` set.
 * @see CPython 3.8 Objects/typeobject.c `type_module`
 */
export function markDottedTypeName(...types: readonly PyType[]): void {
  for (const t of types) dottedTypes.add(t);
}

/**
 * The `tp_name` of `type`, as CPython's error messages and descriptor reprs print it.
 *
 * @param type - any type.
 * @returns `'deque'`-style names for classes and plain built-ins, `'collections.deque'` for dotted ones.
 * @see CPython 3.8 Include/cpython/object.h `tp_name`
 */
export function tpName(type: PyType): string {
  return dottedTypes.has(type) ? `${type.module}.${type.name}` : type.name;
}
