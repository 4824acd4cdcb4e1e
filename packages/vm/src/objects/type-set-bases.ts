/**
 * Assigning a class's `__bases__`: the checks, the new MRO of the class and of every subclass
 * (undone when one fails), the subclass lists and the slots. Mirrors CPython 3.8
 * Objects/typeobject.c `type_set_bases`, `mro_hierarchy` and `mro_internal`.
 * @module
 */
import { typeModified } from '../runtime/attributes.ts';
import { bestBase, c3Mro, refixSlots } from '../runtime/class-create.ts';
import { customMro, hasMro, isSubtypeBaseChain, mroUnset } from '../runtime/mro-invoke.ts';
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
  readonly wasUnset: boolean;
  readonly newMro: PyType[];
}

/**
 * `mro_internal`: recomputes the MRO of `type` (a metaclass's `mro()` if it has one). Returns 1 when
 * it set the new MRO, 0 when the mro() call reentered and the class got a newer MRO meanwhile.
 */
function mroInternal(type: PyType, changes: MroChange[]): 0 | 1 {
  const oldMro = type.mro;
  const wasUnset = !hasMro(type);
  const mro = customMro(type, type.type, false) ?? c3Mro(type, type.bases);
  if (type.mro !== oldMro || (wasUnset && hasMro(type))) return 0;
  changes.push({ type, mro: oldMro, mroTuple: type.mroTuple, wasUnset, newMro: mro });
  mroUnset.delete(type);
  type.mro = mro;
  type.mroTuple = newTuple(mro);
  typeModified(type);
  return 1;
}

/** `mro_hierarchy`: the new MRO of `type`, then of each subclass (a copy of the list), depth first. */
function mroHierarchy(type: PyType, changes: MroChange[]): void {
  if (mroInternal(type, changes) === 0) return;
  for (const sub of [...type.subclasses]) mroHierarchy(sub, changes);
}

/**
 * `type_set_bases`: `cls.__bases__ = value`. A metaclass's mro() may assign `__bases__` again while
 * this runs: the innermost assignment wins, and the outer ones then leave the subclass lists and
 * slots alone.
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
    // The `tp_base` chain too: a reentrant assignment has set it before the MRO it implies.
    if (ob.isSubtype(type) || (hasMro(ob) && isSubtypeBaseChain(ob, type))) {
      throw typeError('a __bases__ item causes an inheritance cycle');
    }
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
    // The `undo:` path: every MRO replaced goes back, newest first, unless a reentrant call has
    // replaced it again since; then the `bail:` path puts the bases back if they are still ours.
    for (const c of changes.reverse()) {
      if (c.type.mro !== c.newMro) {
        xdecref(c.mroTuple);
        continue;
      }
      xdecref(c.type.mroTuple);
      c.type.mro = c.mro;
      c.type.mroTuple = c.mroTuple;
      if (c.wasUnset) mroUnset.add(c.type);
      typeModified(c.type);
    }
    if (type.basesTuple === value) {
      for (const b of type.bases) decref(b);
      type.bases = oldBases;
      type.base = oldBase;
      decref(value);
      type.basesTuple = oldTuple;
    } else {
      for (const b of oldBases) decref(b);
      xdecref(oldTuple);
    }
    throw e;
  }
  for (const c of changes) xdecref(c.mroTuple);
  if (type.basesTuple === value) {
    // `remove_all_subclasses` then `add_all_subclasses`.
    for (const b of oldBases) {
      const i = b.subclasses.indexOf(type);
      if (i >= 0) b.subclasses.splice(i, 1);
    }
    for (const b of bases) if (!b.subclasses.includes(type)) b.subclasses.push(type);
    refixSlots(type);
  }
  for (const b of oldBases) decref(b);
  xdecref(oldTuple);
}
