/**
 * How built-in types declare their attributes: native methods and computed attributes are listed
 * next to the type and installed into its `__dict__` when the VM starts (`PyType_Ready` adding
 * `tp_methods` and `tp_getset`). Mirrors CPython 3.8 Objects/typeobject.c `add_methods` and
 * `add_getset`.
 * @module
 */
import type { GetSetDef } from '../objects/getset.ts';
import type { NativeDef } from '../objects/native-function.ts';
import type { PyObject, PyType } from './object.ts';
import { noteDocOwner, noteGetSetDocOwner } from '../objects/builtin-docs.ts';

/** An attribute a built-in type declares. */
export type TypeAttribute =
  | { readonly kind: 'method'; readonly def: NativeDef }
  | { readonly kind: 'classmethod'; readonly def: NativeDef }
  | { readonly kind: 'staticmethod'; readonly def: NativeDef }
  | { readonly kind: 'getset'; readonly def: GetSetDef }
  | { readonly kind: 'value'; readonly name: string; readonly make: () => PyObject };

/** Declared attributes by type, in declaration order. */
export const declaredAttributes = new Map<PyType, TypeAttribute[]>();

function declare(type: PyType, attrs: TypeAttribute[]): void {
  for (const a of attrs) {
    if (a.kind === 'method' || a.kind === 'classmethod' || a.kind === 'staticmethod') noteDocOwner(a.def, `${type.name}.${a.def.name}`);
    else if (a.kind === 'getset') noteGetSetDocOwner(a.def, `${type.name}.${a.def.name}`);
  }
  const list = declaredAttributes.get(type);
  if (list === undefined) declaredAttributes.set(type, attrs);
  else list.push(...attrs);
}

/** Declares native methods of a built-in type. */
export function addMethods(type: PyType, defs: readonly NativeDef[]): void {
  declare(type, defs.map((def) => ({ kind: 'method', def })));
}

/** Declares class methods of a built-in type (`METH_CLASS`). */
export function addClassMethods(type: PyType, defs: readonly NativeDef[]): void {
  declare(type, defs.map((def) => ({ kind: 'classmethod', def })));
}

/** Declares static methods of a built-in type (`METH_STATIC`). */
export function addStaticMethods(type: PyType, defs: readonly NativeDef[]): void {
  declare(type, defs.map((def) => ({ kind: 'staticmethod', def })));
}

/** Declares computed attributes of a built-in type. */
export function addGetSets(type: PyType, defs: readonly GetSetDef[]): void {
  declare(type, defs.map((def) => ({ kind: 'getset', def })));
}

/** Declares a plain value in a built-in type's dict (made when the VM starts). */
export function addValue(type: PyType, name: string, make: () => PyObject): void {
  declare(type, [{ kind: 'value', name, make }]);
}

/** `tp_methods` orders given with {@link orderMethods}, by type. */
const methodOrders = new Map<PyType, readonly string[]>();

/**
 * Gives the order of a type's `tp_methods` (which `vars(type)` shows) where its methods are
 * declared in several places: the methods, class methods and static methods named come first,
 * in this order; the others follow in declaration order.
 *
 * @param type - a built-in type.
 * @param names - its method names, space-separated, in CPython's order.
 */
export function orderMethods(type: PyType, names: string): void {
  methodOrders.set(type, names.split(/\s+/).filter((n) => n !== ''));
}

/** The order {@link orderMethods} gave for `type`, if any. */
export function methodOrderOf(type: PyType): readonly string[] | undefined {
  return methodOrders.get(type);
}

/**
 * `attrs` (a type's declared attributes) with the methods in the order {@link orderMethods}
 * gave for `type`, or as they are.
 */
export function inMethodOrder<T extends { readonly attr: TypeAttribute }>(type: PyType, attrs: readonly T[]): readonly T[] {
  const order = methodOrders.get(type);
  if (order === undefined) return attrs;
  const rank = (a: TypeAttribute): number => {
    if (a.kind !== 'method' && a.kind !== 'classmethod' && a.kind !== 'staticmethod') return order.length;
    const i = order.indexOf(a.def.name);
    return i < 0 ? order.length : i;
  };
  return attrs
    .map((m, i) => ({ m, i, r: rank(m.attr) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.m);
}
