/**
 * What the two weak dictionaries share: `update`'s walk over `other.items()`, `__deepcopy__`, the
 * `MutableMapping.clear` and `Mapping.__eq__` they inherit, and `dict.popitem` on their data.
 * Mirrors CPython 3.8 Lib/weakref.py `update` and Lib/_collections_abc.py `Mapping`/`MutableMapping`.
 * @module
 */
import { PyDict, dictType } from '../objects/dict.ts';
import { newBool } from '../objects/int.ts';
import * as E from '../objects/exceptions.ts';
import { NotImplemented, newNotImplemented } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { EQ, isTrue, richCompareBool } from '../runtime/abstract-compare.ts';
import { getIter, iterNext, unpackIterable } from '../runtime/abstract-iter.ts';
import { lookupAttrString } from '../runtime/attributes.ts';
import { callNoArgs, callObject } from '../runtime/call.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { PyRaise, clearRaise, exceptionMatches } from '../runtime/errors.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import type { NativePyMethodDef } from '../objects/native-py-method.ts';
import { importFrom } from './module-builder.ts';
import { bindArgs } from './weakref-args.ts';
import { PyWeakContainer, callMethod, withGuard } from './weakref-container.ts';

/**
 * The `__deepcopy__(self, memo)` of a weak dictionary (Lib/weakref.py): `from copy import
 * deepcopy`, `prepare(c)` (`c` is `self` as `container` checks it), `new = self.__class__()`,
 * then, under the iteration guard, `fill(c, new, copyOf)` puts into `new` what is alive,
 * `copyOf(x)` being `deepcopy(x, memo)` (a new reference).
 */
export function deepcopyMethod(
  container: (self: PyObject) => PyWeakContainer,
  prepare: (c: PyWeakContainer) => void,
  fill: (c: PyWeakContainer, fresh: PyObject, copyOf: (x: PyObject) => PyObject) => void,
): NativePyMethodDef {
  return {
    name: '__deepcopy__',
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const memo = bindArgs('__deepcopy__', args, kwnames, { names: ['memo'], required: 1 }).values[0] as PyObject;
      const deepcopy = importFrom(null, 'copy', 'deepcopy');
      try {
        const c = container(self);
        prepare(c);
        const cls = getAttrString(self, '__class__');
        let fresh: PyObject;
        try {
          fresh = callNoArgs(cls);
        } finally {
          decref(cls);
        }
        try {
          withGuard(c, () => { fill(c, fresh, (x) => callObject(deepcopy, [x, memo])); });
        } catch (e) {
          decref(fresh);
          throw e;
        }
        return fresh;
      } finally {
        decref(deepcopy);
      }
    },
  };
}

/** `for key, o in other.items(): put(key, o)` after `other = dict(other)` when it has no `items`. */
export function forEachItem(other: PyObject, put: (key: PyObject, value: PyObject) => void): void {
  const items = lookupAttrString(other, 'items');
  let src = other;
  if (items === null) src = callObject(dictType, [other]);
  else decref(items);
  try {
    const view = callMethod(src, 'items', []);
    const it = getIter(view);
    decref(view);
    try {
      for (;;) {
        const pair = iterNext(it);
        if (pair === null) break;
        let kv: PyObject[];
        try {
          kv = unpackIterable(pair, 2);
        } finally {
          decref(pair);
        }
        const [k, v] = kv as [PyObject, PyObject];
        try {
          put(k, v);
        } finally {
          decref(k);
          decref(v);
        }
      }
    } finally {
      decref(it);
    }
  } finally {
    if (src !== other) decref(src);
  }
}

/** `for key, o in kwargs.items(): put(key, o)`. */
export function forEachKeyword(kw: readonly [string, PyObject][], put: (key: PyObject, value: PyObject) => void): void {
  for (const [name, v] of kw) {
    const k = newStr(name);
    try {
      put(k, v);
    } finally {
      decref(k);
    }
  }
}

/** `self.data.popitem()`: a [key, value] pair of new references, or the dict's KeyError. */
export function popDataItem(c: PyWeakContainer): [PyObject, PyObject] {
  const pair = callMethod(c.data as PyDict, 'popitem', []);
  const kv = unpackIterable(pair, 2) as [PyObject, PyObject];
  decref(pair);
  return kv;
}

/** `MutableMapping.clear`: `self.popitem()` until it raises KeyError. */
export function clearByPopping(self: PyObject): void {
  for (;;) {
    let r: PyObject;
    try {
      r = callMethod(self, 'popitem', []);
    } catch (e) {
      if (!(e instanceof PyRaise) || !exceptionMatches(e, E.KeyError)) throw e;
      clearRaise(e);
      return;
    }
    decref(r);
  }
}

/** Whether `o` is a Mapping as far as `isinstance(o, Mapping)` goes here: a dict or a weak dictionary. */
function isMapping(o: PyObject): boolean {
  return o instanceof PyDict || (o instanceof PyWeakContainer && o.data instanceof PyDict);
}

/**
 * `Mapping.__eq__`: `dict(self.items()) == dict(other.items())`, NotImplemented for non-mappings.
 * DEVIATION(cpython): only dicts and weak dictionaries count as mappings (CPython asks the ABC).
 */
export function mappingEq(self: PyObject, other: PyObject): PyObject {
  if (!isMapping(other)) return newNotImplemented();
  const a = dictOfItems(self);
  try {
    const b = dictOfItems(other);
    try {
      return newBool(richCompareBool(a, b, EQ));
    } finally {
      decref(b);
    }
  } finally {
    decref(a);
  }
}

function dictOfItems(o: PyObject): PyObject {
  const items = callMethod(o, 'items', []);
  try {
    return callObject(dictType, [items]);
  } finally {
    decref(items);
  }
}

/** `Mapping.__eq__`, and `object.__ne__` inverting it; the other comparisons are NotImplemented. */
export function mappingRichCompare(self: PyObject, other: PyObject, op: number): PyObject {
  if (op !== 2 && op !== 3) return newNotImplemented();
  const eq = mappingEq(self, other);
  if (op === 2 || eq === NotImplemented) return eq;
  const r = !isTrue(eq);
  decref(eq);
  return newBool(r);
}
