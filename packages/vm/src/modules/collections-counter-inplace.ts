/**
 * Counter's in-place multiset operators (`+=`, `-=`, `|=`, `&=`) and `_keep_positive`: they
 * change the counter itself, take any object with `items()`, and then drop the entries whose
 * count is not positive. Mirrors CPython 3.8 Lib/collections/__init__.py `Counter.__iadd__` etc.
 * @module
 */
import { addPythonMethods } from '../objects/native-py-method.ts';
import { GT, LT, richCompareBool } from '../runtime/abstract-compare.ts';
import { deleteItem, getItem, setItem } from '../runtime/abstract-item.ts';
import { inplaceOp } from '../runtime/abstract-number.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { newInt } from '../objects/int.ts';
import { counterType, forEachItem } from './collections-counter.ts';

/** `Counter._keep_positive`: deletes the elements whose count is not `> 0`; returns self. */
function keepPositive(self: PyObject): PyObject {
  const zero = newInt(0);
  const nonpositive: PyObject[] = [];
  try {
    forEachItem(self, (elem, count) => {
      if (!richCompareBool(count, zero, GT)) nonpositive.push(incref(elem));
    });
    for (const elem of nonpositive) deleteItem(self, elem);
  } finally {
    decref(zero);
    for (const e of nonpositive) decref(e);
  }
  return incref(self);
}

/** `self[elem] = self[elem] <op> count` for each pair of `other.items()`. */
function addInPlace(self: PyObject, other: PyObject, op: 'add' | 'subtract'): PyObject {
  forEachItem(other, (elem, count) => {
    const cur = getItem(self, elem);
    let n: PyObject;
    try {
      n = inplaceOp(cur, count, op);
    } finally {
      decref(cur);
    }
    try {
      setItem(self, elem, n);
    } finally {
      decref(n);
    }
  });
  return keepPositive(self);
}

counterType.nbInplace.add = (self, other) => addInPlace(self, other, 'add');
counterType.nbInplace.subtract = (self, other) => addInPlace(self, other, 'subtract');
// `__ior__`: `if other_count > count: self[elem] = other_count`.
counterType.nbInplace.or = (self, other) => {
  forEachItem(other, (elem, otherCount) => {
    const count = getItem(self, elem);
    try {
      if (richCompareBool(otherCount, count, GT)) setItem(self, elem, otherCount);
    } finally {
      decref(count);
    }
  });
  return keepPositive(self);
};
// `__iand__`: `for elem, count in self.items(): if other_count < count: self[elem] = other_count`.
counterType.nbInplace.and = (self, other) => {
  forEachItem(self, (elem, count) => {
    const otherCount = getItem(other, elem);
    try {
      if (richCompareBool(otherCount, count, LT)) setItem(self, elem, otherCount);
    } finally {
      decref(otherCount);
    }
  });
  return keepPositive(self);
};

addPythonMethods(counterType, [
  { name: '_keep_positive', kind: 'noargs', doc: 'Internal method to strip elements with a negative or zero count', impl: keepPositive },
]);
