/**
 * A metaclass's own `mro()`: calling it (`mro_invoke`, `mro_check`) and the state of a class whose
 * `tp_mro` is still NULL while it runs. Mirrors CPython 3.8 Objects/typeobject.c.
 * @module
 */
import { sequenceToArray } from './abstract-iter.ts';
import { lookupType } from './attributes.ts';
import { callObject } from './call.ts';
import { typeType } from './core-types.ts';
import { typeError } from './errors.ts';
import { PyType, decref } from './object.ts';
import { tpName } from './type-name.ts';

/**
 * The classes whose `tp_mro` is NULL: a class being made while its metaclass's `mro()` runs. Its
 * `__mro__` reads None and no class can extend it; meanwhile its `mro` array is its `tp_base`
 * chain, which `PyType_IsSubtype` walks for such a class (`type_is_subtype_base_chain`).
 */
export const mroUnset = new WeakSet<PyType>();

/** Whether `type` has an MRO (`type->tp_mro != NULL`). */
export function hasMro(type: PyType): boolean {
  return !mroUnset.has(type);
}

/** `type_is_subtype_base_chain`: whether `b` is on the `tp_base` chain of `a`. */
export function isSubtypeBaseChain(a: PyType, b: PyType): boolean {
  for (let t: PyType | null = a; t !== null; t = t.base) if (t === b) return true;
  return false;
}

/**
 * `extra_ivars` of a type over its base's solid base: a class's slots of its own, or, for a built-in
 * type or over a variable-size base such as int or tuple, any field at all (a dict pointer counts).
 */
function extraIvars(type: PyType, base: PyType): boolean {
  if (type.itemsize !== 0 || base.itemsize !== 0 || !type.isHeapType) {
    return type.basicsize !== base.basicsize || type.itemsize !== base.itemsize;
  }
  return type.slotNames.length !== base.slotNames.length;
}

/**
 * `solid_base`: the nearest type on the `tp_base` chain whose instances add fields of their own
 * (a class adding only a dict or weak references to a fixed-size base is not one).
 */
export function solidBase(type: PyType): PyType {
  if (type.base === null) return type;
  const base = solidBase(type.base);
  return extraIvars(type, base) ? type : base;
}

/**
 * The MRO from a metaclass's own `mro()` override, if it has one (`mro_invoke` with `mro_check`'s
 * class check). The call may reenter: a `__bases__` assignment inside it gives the class a new MRO,
 * which the caller sees as a changed `type.mro` array.
 *
 * @param type - the class whose MRO is wanted.
 * @param metatype - its metaclass.
 * @param isNewClass - whether `type` is being made (false when its `__bases__` change); a new class
 *   has no MRO while the call runs (it is added to {@link mroUnset}, and the caller removes it).
 * @returns the MRO, or null when the metaclass inherits `type.mro`.
 */
export function customMro(type: PyType, metatype: PyType, isNewClass = true): PyType[] | null {
  if (metatype === typeType) return null;
  const mroMethod = lookupType(metatype, 'mro');
  const typeMro = lookupType(typeType, 'mro');
  if (mroMethod === null || mroMethod === typeMro) return null;
  if (isNewClass) {
    const chain: PyType[] = [];
    for (let t: PyType | null = type; t !== null; t = t.base) chain.push(t);
    type.mro = chain;
    mroUnset.add(type);
  }
  const res = callObject(mroMethod, [type]);
  try {
    const items = sequenceToArray(res);
    for (const o of items) decref(o);
    // `mro_check`: classes only, each with a layout the class's own extends.
    const solid = solidBase(type);
    return items.map((o) => {
      if (!(o instanceof PyType)) throw typeError(`mro() returned a non-class ('${tpName(o.type)}')`);
      if (!solid.isSubtype(solidBase(o))) throw typeError(`mro() returned base with unsuitable layout ('${tpName(o)}')`);
      return o;
    });
  } finally {
    decref(res);
  }
}
