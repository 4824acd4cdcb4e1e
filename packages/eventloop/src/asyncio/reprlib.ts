/**
 * `reprlib.repr`: the size-limited repr asyncio shows results and callback arguments with. Long
 * strings, ints and other reprs are cut in the middle, containers keep their first few items and
 * stop six levels down. Mirrors CPython 3.8 Lib/reprlib.py (`Repr` with its default limits).
 * @module
 */
import { rt } from '@corosim/vm/host';

const MAX_LEVEL = 6;
const MAX_TUPLE = 6;
const MAX_LIST = 6;
const MAX_DICT = 4;
const MAX_SET = 6;
const MAX_FROZENSET = 6;
const MAX_DEQUE = 6;
const MAX_STRING = 30;
const MAX_LONG = 40;
const MAX_OTHER = 30;
const LT = 0;

/** The code points of `s`, one string each (Python counts and slices strings by code point). */
function chars(s: string): string[] {
  return Array.from(s);
}

/** Cuts `s` to `max` characters (code points, as Python counts), keeping both ends around `...`. */
function cut(s: string, max: number): string {
  const cps = chars(s);
  if (cps.length <= max) return s;
  const i = Math.max(0, Math.floor((max - 3) / 2));
  const j = Math.max(0, max - 3 - i);
  return `${cps.slice(0, i).join('')}...${cps.slice(cps.length - j).join('')}`;
}

/** The items of an iterable (new references). */
function itemsOf(o: rt.PyObject): rt.PyObject[] {
  if (o instanceof rt.PyList || o instanceof rt.PyTuple) return o.items.map((x) => rt.incref(x));
  const it = rt.getIter(o);
  const out: rt.PyObject[] = [];
  try {
    for (let x = rt.iterNext(it); x !== null; x = rt.iterNext(it)) out.push(x);
  } finally {
    rt.decref(it);
  }
  return out;
}

/** `_possibly_sorted`: the items sorted with `<`, or in iteration order when they do not compare. */
function possiblySorted(items: rt.PyObject[]): rt.PyObject[] {
  try {
    return mergeSort(items);
  } catch (e) {
    if (!(e instanceof rt.PyRaise) || !rt.exceptionMatches(e, rt.Exceptions.Exception)) throw e;
    rt.clearRaise(e);
    return items;
  }
}

/** A stable sort by `<` (what `sorted` gives for items that compare consistently). */
function mergeSort(items: rt.PyObject[]): rt.PyObject[] {
  if (items.length <= 1) return items;
  const mid = items.length >> 1;
  const left = mergeSort(items.slice(0, mid));
  const right = mergeSort(items.slice(mid));
  const out: rt.PyObject[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const l = left[i] as rt.PyObject;
    const r = right[j] as rt.PyObject;
    if (rt.richCompareBool(r, l, LT)) {
      out.push(r);
      j++;
    } else {
      out.push(l);
      i++;
    }
  }
  return out.concat(left.slice(i), right.slice(j));
}

/** `_repr_iterable`. */
function reprIterable(items: rt.PyObject[], level: number, left: string, right: string, maxiter: number, trail = ''): string {
  const n = items.length;
  let s: string;
  if (level <= 0 && n > 0) s = '...';
  else {
    const pieces = items.slice(0, maxiter).map((x) => repr1(x, level - 1));
    if (n > maxiter) pieces.push('...');
    s = pieces.join(', ');
    if (n === 1 && trail !== '') right = trail + right;
  }
  return `${left}${s}${right}`;
}

function reprDict(d: rt.PyObject, level: number): string {
  const entries = rt.dictItems(d as rt.PyDict);
  const n = entries.length;
  if (n === 0) return '{}';
  if (level <= 0) return '{...}';
  const keys = possiblySorted(entries.map(([k]) => k));
  const pieces: string[] = [];
  for (const key of keys.slice(0, MAX_DICT)) {
    const value = rt.getItem(d, key);
    try {
      pieces.push(`${repr1(key, level - 1)}: ${repr1(value, level - 1)}`);
    } finally {
      rt.decref(value);
    }
  }
  if (n > MAX_DICT) pieces.push('...');
  return `{${pieces.join(', ')}}`;
}

function reprStr(o: rt.PyStr): string {
  const text = chars(rt.strText(o));
  const head = rt.newStr(text.slice(0, MAX_STRING).join(''));
  const s = rt.reprText(head);
  rt.decref(head);
  if (chars(s).length <= MAX_STRING) return s;
  const i = Math.max(0, Math.floor((MAX_STRING - 3) / 2));
  const j = Math.max(0, MAX_STRING - 3 - i);
  const ends = rt.newStr(text.slice(0, i).join('') + text.slice(text.length - j).join(''));
  const r = chars(rt.reprText(ends));
  rt.decref(ends);
  return `${r.slice(0, i).join('')}...${r.slice(r.length - j).join('')}`;
}

/** `repr_instance`: the repr cut to 30 characters, or a stand-in when it raises. */
function reprInstance(o: rt.PyObject): string {
  let s: string;
  try {
    s = rt.reprText(o);
  } catch (e) {
    if (!(e instanceof rt.PyRaise) || !rt.exceptionMatches(e, rt.Exceptions.Exception)) throw e;
    rt.clearRaise(e);
    return `<${o.type.name} instance at 0x${o.address.toString(16)}>`;
  }
  return cut(s, MAX_OTHER);
}

/** Runs `fn` over the items of `o`, dropping them afterwards. */
function withItems(o: rt.PyObject, sorted: boolean, fn: (items: rt.PyObject[]) => string): string {
  const items = itemsOf(o);
  try {
    return fn(sorted ? possiblySorted(items) : items);
  } finally {
    for (const x of items) rt.decref(x);
  }
}

/** `Repr.repr1`: dispatches on the type's `__name__`, as `repr_<typename>` does. */
function repr1(o: rt.PyObject, level: number): string {
  switch (o.type.name) {
    case 'tuple':
      return withItems(o, false, (items) => reprIterable(items, level, '(', ')', MAX_TUPLE, ','));
    case 'list':
      return withItems(o, false, (items) => reprIterable(items, level, '[', ']', MAX_LIST));
    case 'set':
      return rt.length(o) === 0 ? 'set()' : withItems(o, true, (items) => reprIterable(items, level, '{', '}', MAX_SET));
    case 'frozenset':
      return rt.length(o) === 0 ? 'frozenset()' : withItems(o, true, (items) => reprIterable(items, level, 'frozenset({', '})', MAX_FROZENSET));
    case 'deque':
      return withItems(o, false, (items) => reprIterable(items, level, 'deque([', '])', MAX_DEQUE));
    case 'dict':
      return o instanceof rt.PyDict ? reprDict(o, level) : reprInstance(o);
    case 'str':
      return o instanceof rt.PyStr ? reprStr(o) : reprInstance(o);
    case 'int':
      return cut(rt.reprText(o), MAX_LONG);
    default:
      return reprInstance(o);
  }
}

/**
 * `reprlib.repr(o)`.
 *
 * @param o - any object (borrowed).
 * @returns its repr with reprlib's default limits.
 */
export function shortRepr(o: rt.PyObject): string {
  return repr1(o, MAX_LEVEL);
}
