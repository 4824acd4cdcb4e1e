/**
 * The bodies of `collections.abc.Sequence` and `MutableSequence`: abstract methods and the mixin
 * methods a subclass inherits. Mirrors CPython 3.8 Lib/_collections_abc.py (### SEQUENCES ###).
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { newBool, newInt } from '../objects/int.ts';
import { listType } from '../objects/list.ts';
import { None } from '../objects/singletons.ts';
import { deleteItem, getItem, length, lengthObject, setItem } from '../runtime/abstract-item.ts';
import { iterateUntil } from '../runtime/abstract-iter.ts';
import { asSsize } from '../runtime/abstract-number.ts';
import { callObject } from '../runtime/call.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { asComparison } from '../runtime/recursion-levels.ts';
import type { ClassEntry } from './abc-class.ts';
import { newAbcIterator } from './collections-abc-iter.ts';
import { sameOrEqual } from './collections-abc-mapping.ts';
import { arg, bareRaise, callMethod, except, pyDef } from './collections-abc-support.ts';

const fn = (def: ReturnType<typeof pyDef>): ClassEntry => ({ kind: 'function', def });

/** `self[i]` with a JS index. */
function itemAt(self: PyObject, i: number): PyObject {
  const index = newInt(i);
  try {
    return getItem(self, index);
  } finally {
    decref(index);
  }
}

/** The body of `Sequence`. */
export function sequenceBody(): ClassEntry[] {
  return [
    fn(pyDef('__getitem__', ['self', 'index'], () => { throw bareRaise(E.IndexError); }, { abstract: true })),
    fn(pyDef('__iter__', ['self'], (a) => {
      let i = 0;
      return newAbcIterator('Sequence.__iter__', [incref(arg(a, 0))], (refs) => {
        const v = except([E.IndexError], () => itemAt(refs[0] as PyObject, i));
        i++;
        return v;
      });
    })),
    fn(pyDef('__contains__', ['self', 'value'], (a) => newBool(iterateUntil(arg(a, 0), (v) => sameOrEqual(v, arg(a, 1)))))),
    fn(pyDef('__reversed__', ['self'], (a) => {
      const self = arg(a, 0);
      let i = length(self);
      return newAbcIterator('Sequence.__reversed__', [incref(self)], (refs) => {
        if (i <= 0) return null;
        i--;
        return itemAt(refs[0] as PyObject, i);
      });
    })),
    fn(pyDef('index', ['self', 'value', 'start', 'stop'], (a) => {
      const [self, value] = [arg(a, 0), arg(a, 1)];
      const startObj = a[2] ?? newInt(0);
      const stopObj = a[3] ?? None;
      if (a[2] === undefined) decref(startObj);
      let start = startObj === None ? 0 : asSsize(startObj, E.OverflowError);
      let stop = stopObj === None ? null : asSsize(stopObj, E.OverflowError);
      // The int comparisons of the Python source are each a recursion level (COMPARE_OP's
      // `PyObject_RichCompare`).
      if (startObj !== None && asComparison(() => start < 0)) start = Math.max(length(self) + start, 0);
      if (stop !== null && asComparison(() => (stop as number) < 0)) stop += length(self);
      for (let i = start; stop === null || asComparison(() => i < stop); i++) {
        const v = except([E.IndexError], () => itemAt(self, i));
        if (v === null) break;
        try {
          if (sameOrEqual(v, value)) return newInt(i);
        } finally {
          decref(v);
        }
      }
      throw bareRaise(E.ValueError);
    }, {
      ndefaults: 2,
      doc: 'S.index(value, [start, [stop]]) -> integer -- return first index of value.\n           Raises ValueError if the value is not present.\n\n           Supporting start and stop arguments is optional, but\n           recommended.\n        ',
    })),
    fn(pyDef('count', ['self', 'value'], (a) => {
      // `sum(1 for v in self if v is value or v == value)`: each item compared as it comes.
      let n = 0;
      iterateUntil(arg(a, 0), (v) => {
        if (sameOrEqual(v, arg(a, 1))) n++;
        return false;
      });
      return newInt(n);
    }, { doc: 'S.count(value) -> integer -- return number of occurrences of value' })),
  ];
}

/** The body of `MutableSequence`. */
export function mutableSequenceBody(): ClassEntry[] {
  return [
    fn(pyDef('__setitem__', ['self', 'index', 'value'], () => { throw bareRaise(E.IndexError); }, { abstract: true })),
    fn(pyDef('__delitem__', ['self', 'index'], () => { throw bareRaise(E.IndexError); }, { abstract: true })),
    fn(pyDef('insert', ['self', 'index', 'value'], () => { throw bareRaise(E.IndexError); }, { abstract: true, doc: 'S.insert(index, value) -- insert value before index' })),
    fn(pyDef('append', ['self', 'value'], (a) => {
      const n = lengthObject(arg(a, 0));
      try {
        return callMethod(arg(a, 0), 'insert', [n, arg(a, 1)]);
      } finally {
        decref(n);
      }
    }, { doc: 'S.append(value) -- append value to the end of the sequence' })),
    fn(pyDef('clear', ['self'], (a) => {
      except([E.IndexError], () => {
        for (;;) decref(callMethod(arg(a, 0), 'pop'));
      });
      return incref(None);
    }, { doc: 'S.clear() -> None -- remove all items from S' })),
    fn(pyDef('reverse', ['self'], (a) => {
      const self = arg(a, 0);
      const n = length(self);
      for (let i = 0; i < Math.floor(n / 2); i++) {
        const x = itemAt(self, n - i - 1);
        try {
          const y = itemAt(self, i);
          try {
            const ii = newInt(i);
            const jj = newInt(n - i - 1);
            try {
              setItem(self, ii, x);
              setItem(self, jj, y);
            } finally {
              decref(ii);
              decref(jj);
            }
          } finally {
            decref(y);
          }
        } finally {
          decref(x);
        }
      }
      return incref(None);
    }, { doc: 'S.reverse() -- reverse *IN PLACE*' })),
    fn(pyDef('extend', ['self', 'values'], (a) => {
      const self = arg(a, 0);
      const values = a[1] === self ? callObject(listType, [self]) : incref(arg(a, 1));
      try {
        iterateUntil(values, (v) => {
          decref(callMethod(self, 'append', [v]));
          return false;
        });
      } finally {
        decref(values);
      }
      return incref(None);
    }, { doc: 'S.extend(iterable) -- extend sequence by appending elements from the iterable' })),
    fn(pyDef('pop', ['self', 'index'], (a) => {
      const self = arg(a, 0);
      const index = a[1] ?? newInt(-1);
      try {
        const v = getItem(self, index);
        try {
          deleteItem(self, index);
        } catch (e) {
          decref(v);
          throw e;
        }
        return v;
      } finally {
        if (a[1] === undefined) decref(index);
      }
    }, { ndefaults: 1, doc: 'S.pop([index]) -> item -- remove and return item at index (default last).\n           Raise IndexError if list is empty or index is out of range.\n        ' })),
    fn(pyDef('remove', ['self', 'value'], (a) => {
      const i = callMethod(arg(a, 0), 'index', [arg(a, 1)]);
      try {
        deleteItem(arg(a, 0), i);
      } finally {
        decref(i);
      }
      return incref(None);
    }, { doc: 'S.remove(value) -- remove first occurrence of value.\n           Raise ValueError if the value is not present.\n        ' })),
    fn(pyDef('__iadd__', ['self', 'values'], (a) => {
      decref(callMethod(arg(a, 0), 'extend', [arg(a, 1)]));
      return incref(arg(a, 0));
    })),
  ];
}
