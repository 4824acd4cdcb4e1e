/**
 * The sifting helpers Lib/heapq.py writes in Python beside the C functions it takes from
 * `_heapq`: `_siftdown(heap, startpos, pos)`, `_siftup(heap, pos)` and their max-heap variants.
 * They work on any object with items, a length and Python-level int positions, so each step goes
 * through the abstract protocols (`heap[pos]`, `pos > startpos`, `(pos - 1) >> 1`) as the Python
 * code does. Mirrors CPython 3.8 Lib/heapq.py `_siftdown`, `_siftup`, `_siftdown_max`, `_siftup_max`.
 * @module
 */
import { newInt } from '../objects/int.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { GT, LT, richCompareBool } from '../runtime/abstract-compare.ts';
import { getItem, length, setItem } from '../runtime/abstract-item.ts';
import { binaryOp } from '../runtime/abstract-number.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { bindArgs } from './abc-function.ts';

/** `a < b`, or `b < a` for the max-heap variants (both spelled with `<`, as heapq.py spells them). */
function before(a: PyObject, b: PyObject, isMax: boolean): boolean {
  return isMax ? richCompareBool(b, a, LT) : richCompareBool(a, b, LT);
}

/** `heap[pos] = value`. */
function store(heap: PyObject, pos: PyObject, value: PyObject): void {
  setItem(heap, pos, value);
}

/**
 * `_siftdown`: moves `heap[pos]` up towards `startpos` past the parents it sorts before.
 *
 * @param heap - the heap (borrowed).
 * @param startpos - the position it stops at (borrowed).
 * @param start - the position of the item that moves (borrowed).
 * @param isMax - whether the heap keeps its largest item first.
 */
function siftdown(heap: PyObject, startpos: PyObject, start: PyObject, isMax: boolean): void {
  const newitem = getItem(heap, start);
  let pos = incref(start);
  const one = newInt(1);
  try {
    while (richCompareBool(pos, startpos, GT)) {
      const less = binaryOp(pos, one, 'subtract');
      let parentpos: PyObject;
      try {
        parentpos = binaryOp(less, one, 'rshift');
      } finally {
        decref(less);
      }
      let parent: PyObject;
      try {
        parent = getItem(heap, parentpos);
      } catch (e) {
        decref(parentpos);
        throw e;
      }
      let moved: boolean;
      try {
        moved = before(newitem, parent, isMax);
        if (moved) store(heap, pos, parent);
      } catch (e) {
        decref(parentpos);
        throw e;
      } finally {
        decref(parent);
      }
      if (!moved) {
        decref(parentpos);
        break;
      }
      decref(pos);
      pos = parentpos;
    }
    store(heap, pos, newitem);
  } finally {
    decref(one);
    decref(pos);
    decref(newitem);
  }
}

/**
 * `_siftup`: moves the smaller child up (the larger for a max-heap) until `pos` is a leaf, puts
 * `heap[pos]` there, then `_siftdown` puts it in its place.
 *
 * @param heap - the heap (borrowed).
 * @param start - the position of the item that moves (borrowed).
 * @param isMax - whether the heap keeps its largest item first.
 */
function siftup(heap: PyObject, start: PyObject, isMax: boolean): void {
  const endpos = newInt(length(heap));
  const newitem = getItem(heap, start);
  let pos = incref(start);
  const one = newInt(1);
  const two = newInt(2);
  // `childpos = 2*pos + 1`
  const childOf = (p: PyObject): PyObject => {
    const doubled = binaryOp(two, p, 'multiply');
    try {
      return binaryOp(doubled, one, 'add');
    } finally {
      decref(doubled);
    }
  };
  let childpos: PyObject | null = null;
  try {
    childpos = childOf(pos);
    while (richCompareBool(childpos, endpos, LT)) {
      const rightpos = binaryOp(childpos, one, 'add');
      try {
        if (richCompareBool(rightpos, endpos, LT)) {
          // `heap[childpos] < heap[rightpos]`, or `heap[rightpos] < heap[childpos]`: the items are
          // read in the order the comparison names them.
          const [first, second] = isMax ? [rightpos, childpos] : [childpos, rightpos];
          const a = getItem(heap, first);
          let keepChild: boolean;
          try {
            const b = getItem(heap, second);
            try {
              keepChild = richCompareBool(a, b, LT);
            } finally {
              decref(b);
            }
          } finally {
            decref(a);
          }
          if (!keepChild) {
            decref(childpos);
            childpos = incref(rightpos);
          }
        }
      } finally {
        decref(rightpos);
      }
      const child = getItem(heap, childpos);
      try {
        store(heap, pos, child);
      } finally {
        decref(child);
      }
      decref(pos);
      pos = childpos;
      childpos = null;
      childpos = childOf(pos);
    }
    store(heap, pos, newitem);
    siftdown(heap, start, pos, isMax);
  } finally {
    if (childpos !== null) decref(childpos);
    decref(two);
    decref(one);
    decref(pos);
    decref(newitem);
    decref(endpos);
  }
}

/** `_siftdown`, `_siftup`, `_siftdown_max`, `_siftup_max`. */
export const siftDefs: readonly NativeDef[] = [false, true].flatMap((isMax): NativeDef[] => {
  const suffix = isMax ? '_max' : '';
  const down = `_siftdown${suffix}`;
  const up = `_siftup${suffix}`;
  return [
    {
      name: down,
      kind: 'fastkw',
      impl: (_m, args, kwnames) => {
        const [heap, startpos, pos] = bindArgs(down, args, kwnames, ['heap', 'startpos', 'pos']) as [PyObject, PyObject, PyObject];
        siftdown(heap, startpos, pos, isMax);
        return incref(None);
      },
    },
    {
      name: up,
      kind: 'fastkw',
      impl: (_m, args, kwnames) => {
        const [heap, pos] = bindArgs(up, args, kwnames, ['heap', 'pos']) as [PyObject, PyObject];
        siftup(heap, pos, isMax);
        return incref(None);
      },
    },
  ];
});
