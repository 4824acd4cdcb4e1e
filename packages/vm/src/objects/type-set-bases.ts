/**
 * Assigning a class's `__bases__`: the checks, the new MRO of the class and of every subclass
 * (undone when one fails), the subclass lists and the slots. Mirrors CPython 3.8
 * Objects/typeobject.c `type_set_bases`, `mro_hierarchy` and `mro_internal`.
 * @module
 */
import { typeModified } from '../runtime/attributes.ts';
import { bestBase, c3Mro, customMro, refixSlots } from '../runtime/class-create.ts';
import { PyRaise, typeError } from '../runtime/errors.ts';
import { PyType, TPFLAGS_BASETYPE, decref, incref, xdecref, type PyObject } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { PyTuple, newTuple } from './tuple.ts';
import { checkCompatibleForAssignment } from './type-layout.ts';

/** One class whose MRO `mro_hierarchy` replaced: what to put back if a later one fails. */
interface MroChange {
  readonly type: PyType;
  readonly mro: PyType[];
  readonly mroTuple: PyObject | null;
}

/** `mro_internal`: recomputes the MRO of `type` (a metaclass's `mro()` if it has one). */
function mroInternal(type: PyType, changes: MroChange[]): void {
  const old: MroChange = { type, mro: type.mro, mroTuple: type.mroTuple };
  const mro = customMro(type, type.type, false) ?? c3Mro(type, type.bases);
  type.mro = mro;
  type.mroTuple = newTuple(mro);
  changes.push(old);
  typeModified(type);
}

/** `mro_hierarchy`: the new MRO of `type`, then of each subclass, depth first. */
function mroHierarchy(type: PyType, changes: MroChange[]): void {
  mroInternal(type, changes);
  for (const sub of [...type.subclasses]) mroHierarchy(sub, changes);
}

/**
 * `type_set_bases`: `cls.__bases__ = value`.
 *
 * @param type - the class whose bases change.
 * @param value - the new bases (null for `del`).
 * @see CPython 3.8 Objects/typeobject.c `type_set_bases`
 */
export function typeSetBases(type: PyType, value: PyObject | null): void {
  if (!type.isHeapType) throw typeError(`can't set ${tpName(type)}.__bases__`);
  if (value === null) throw typeError(`can't delete ${tpName(type)}.__bases__`);
  if (!(value instanceof PyTuple)) {
    throw typeError(`can only assign tuple to ${tpName(type)}.__bases__, not ${tpName(value.type)}`);
  }
  if (value.items.length === 0) throw typeError(`can only assign non-empty tuple to ${tpName(type)}.__bases__, not ()`);
  const bases: PyType[] = [];
  for (const ob of value.items) {
    if (!(ob instanceof PyType)) throw typeError(`${tpName(type)}.__bases__ must be tuple of classes, not '${tpName(ob.type)}'`);
    if (ob.isSubtype(type)) throw typeError('a __bases__ item causes an inheritance cycle');
    bases.push(ob);
  }
  for (const b of bases) {
    if ((b.flags & TPFLAGS_BASETYPE) === 0) throw typeError(`type '${tpName(b)}' is not an acceptable base type`);
  }
  const newBase = bestBase(bases);
  checkCompatibleForAssignment(type.base as PyType, newBase, '__bases__');
  const oldBases = type.bases;
  const oldBase = type.base;
  const oldTuple = type.basesTuple;
  type.bases = bases.map((b) => incref(b));
  type.base = newBase;
  type.basesTuple = incref(value);
  const changes: MroChange[] = [];
  try {
    mroHierarchy(type, changes);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    // The `undo:` path: every MRO already replaced goes back, newest first, then the bases.
    for (const c of changes.reverse()) {
      xdecref(c.type.mroTuple);
      c.type.mro = c.mro;
      c.type.mroTuple = c.mroTuple;
      typeModified(c.type);
    }
    for (const b of type.bases) decref(b);
    type.bases = oldBases;
    type.base = oldBase;
    xdecref(type.basesTuple);
    type.basesTuple = oldTuple;
    throw e;
  }
  for (const c of changes) xdecref(c.mroTuple);
  // `remove_all_subclasses` then `add_all_subclasses`.
  for (const b of oldBases) {
    const i = b.subclasses.indexOf(type);
    if (i >= 0) b.subclasses.splice(i, 1);
  }
  for (const b of bases) b.subclasses.push(type);
  refixSlots(type);
  for (const b of oldBases) decref(b);
  xdecref(oldTuple);
}
