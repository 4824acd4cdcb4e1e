/**
 * The comparison `list.sort` chooses before sorting (its pre-sort check over the keys): keys all
 * of one type compare through that type's `tp_richcompare` directly (`unsafe_object_compare`;
 * exact ints and floats by value, as `unsafe_long_compare` and `unsafe_float_compare` do), keys
 * that are all non-empty tuples compare item by item (`unsafe_tuple_compare`), anything else with
 * `PyObject_RichCompareBool` (`safe_object_compare`). The direct ones skip the recursion level of
 * `PyObject_RichCompare`, and a reflected method is asked only when the type's own returns
 * NotImplemented. Mirrors CPython 3.8 Objects/listobject.c `list_sort_impl`.
 * @module
 */
import { EQ, LT, isTrue, richCompareBool } from '../runtime/abstract-compare.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { NotImplemented } from './singletons.ts';
import { False, PyInt, True, intType } from './int.ts';
import { PyFloat, floatType } from './float.ts';
import { PyTuple, tupleType } from './tuple.ts';

/** Whether `a < b` for the sort. */
export type SortLessThan = (a: PyObject, b: PyObject) => boolean;

/** `safe_object_compare`. */
export const safeLessThan: SortLessThan = (a, b) => richCompareBool(a, b, LT);

type RichCompare = (v: PyObject, w: PyObject, op: number) => PyObject;

/** `unsafe_object_compare` for keys whose type's slot is `slot`. */
function sameTypeLessThan(slot: RichCompare): SortLessThan {
  return (v, w) => {
    if (v.type.richcompare !== slot) return richCompareBool(v, w, LT);
    const r = slot(v, w, LT);
    if (r === NotImplemented) {
      decref(r);
      return richCompareBool(v, w, LT);
    }
    if (r === True || r === False) {
      decref(r);
      return r === True;
    }
    try {
      return isTrue(r);
    } finally {
      decref(r);
    }
  };
}

/** `unsafe_long_compare` (and `unsafe_object_compare` on exact ints): the values compared as numbers. */
const intLessThan: SortLessThan = (v, w) => (v as PyInt).value < (w as PyInt).value;

/** `unsafe_float_compare`: NaN is less than nothing and nothing is less than NaN, as in C. */
const floatLessThan: SortLessThan = (v, w) => (v as PyFloat).value < (w as PyFloat).value;

/** `unsafe_tuple_compare`: the first items with `first`, any later ones in full. */
function tupleLessThan(first: SortLessThan): SortLessThan {
  return (v, w) => {
    const a = (v as PyTuple).items;
    const b = (w as PyTuple).items;
    let i = 0;
    for (; i < a.length && i < b.length; i++) if (!richCompareBool(a[i] as PyObject, b[i] as PyObject, EQ)) break;
    if (i >= a.length || i >= b.length) return a.length < b.length;
    if (i === 0) return first(a[0] as PyObject, b[0] as PyObject);
    return richCompareBool(a[i] as PyObject, b[i] as PyObject, LT);
  };
}

const isKeyTuple = (k: PyObject): boolean => k.type === tupleType && (k as PyTuple).items.length > 0;

/** The comparison for sorting `keys` (more than one), as the pre-sort check picks it. */
export function chooseLessThan(keys: readonly PyObject[]): SortLessThan {
  const head = keys[0] as PyObject;
  let inTuples = isKeyTuple(head);
  const keyType = inTuples ? ((head as PyTuple).items[0] as PyObject).type : head.type;
  let sameType = true;
  for (const k of keys) {
    if (inTuples && !isKeyTuple(k)) {
      inTuples = false;
      sameType = false;
      break;
    }
    const key = inTuples ? ((k as PyTuple).items[0] as PyObject) : k;
    if (key.type !== keyType) {
      sameType = false;
      if (!inTuples) break;
    }
  }
  const slot = keyType.richcompare;
  const compare = !sameType || slot === undefined ? safeLessThan : keyType === intType ? intLessThan : keyType === floatType ? floatLessThan : sameTypeLessThan(slot);
  if (!inTuples) return compare;
  return tupleLessThan(keyType === tupleType ? safeLessThan : compare);
}
