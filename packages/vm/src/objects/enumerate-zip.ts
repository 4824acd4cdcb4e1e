/**
 * The lazy builtin iterator classes: `enumerate`, `reversed` (the generic one over `__getitem__`
 * and `__len__`), `zip`, `map` and `filter`, with their constructors' messages; enumerate and zip
 * reuse their result tuple while nobody else holds it, as CPython does.
 * Mirrors CPython 3.8 Objects/enumobject.c and Python/bltinmodule.c.
 * @module
 */
import { parseArgs } from '../runtime/clinic-args.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { length } from '../runtime/abstract-item.ts';
import { getIter, isSequenceLike, tpIterNext } from '../runtime/abstract-iter.ts';
import { lookupSpecial } from '../runtime/attributes.ts';
import { callNoArgs, callObject, callOneArg } from '../runtime/call.ts';
import { staticType } from '../runtime/core-types.ts';
import { PyRaise, clearRaise, exceptionMatches, typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { gcRetrackTuple } from '../runtime/gc-registry.ts';
import { PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import * as E from './exceptions.ts';
import { boolType, newInt } from './int.ts';
import { ssizeState } from './seq-iter.ts';
import { checkPositional, positional } from './list-methods.ts';
import { None, newNone } from './singletons.ts';
import { indexValue } from './slice.ts';
import { PyTuple, newTupleStealing } from './tuple.ts';
import { tpName } from '../runtime/type-name.ts';

const FLAGS = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC;
/** `enumerate`. */
export const enumerateType: PyType = staticType({ name: 'enumerate', basicsize: 48, flags: FLAGS });
/** `reversed`. */
export const reversedType: PyType = staticType({ name: 'reversed', basicsize: 32, flags: FLAGS });
/** `zip`. */
export const zipType: PyType = staticType({ name: 'zip', basicsize: 40, flags: FLAGS });
/** `map`. */
export const mapType: PyType = staticType({ name: 'map', basicsize: 32, flags: FLAGS });
/** `filter`. */
export const filterType: PyType = staticType({ name: 'filter', basicsize: 32, flags: FLAGS });

/** One of the lazy iterators: `refs` are the objects it owns (iterators, function, result tuple). */
export class PyLazyIter extends PyObject {
  /** Owned references, released in order at dealloc; null once cleared. */
  refs: (PyObject | null)[] = [];
  /** enumerate's next index; reversed's next index. */
  index = 0n;
}

function alloc(type: PyType): PyLazyIter {
  if (type.isHeapType) incref(type);
  return new PyLazyIter(type, allocateAddress(type));
}

for (const t of [enumerateType, reversedType, zipType, mapType, filterType]) {
  t.iter = (self) => incref(self);
  t.dealloc = (self) => {
    const refs = (self as PyLazyIter).refs;
    (self as PyLazyIter).refs = [];
    for (const r of refs) xdecref(r);
    freeObject(self);
  };
  t.traverse = (self, visit) => {
    for (const r of (self as PyLazyIter).refs) if (r !== null) visit(r);
  };
}

function noKeywords(type: PyType, base: PyType, name: string, kwnames: readonly string[] | null): void {
  if (type === base && kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/** Fills a reusable result tuple (`refcnt` 1: only the iterator holds it) or makes a new one. */
function resultTuple(holder: PyLazyIter, slot: number, items: PyObject[]): PyTuple {
  const result = holder.refs[slot];
  if (result instanceof PyTuple && result.refcnt === 1 && result.items.length === items.length) {
    incref(result);
    for (let i = 0; i < items.length; i++) {
      const old = result.items[i] as PyObject;
      result.items[i] = items[i] as PyObject;
      decref(old);
    }
    gcRetrackTuple(result);
    return result;
  }
  return newTupleStealing(items);
}

// enumerate(iterable, start=0): refs = [iterator, result tuple]
enumerateType.new = (type, args, kwnames) => {
  const [iterable, start] = parseArgs('enumerate', args, kwnames, ['iterable', 'start'], 1) as [PyObject, PyObject | undefined];
  const en = alloc(type);
  try {
    en.index = start === undefined ? 0n : BigInt(indexValue(start));
    en.refs = [getIter(iterable), null];
    en.refs[1] = newTupleStealing([incref(None), incref(None)]);
  } catch (e) {
    decref(en);
    throw e;
  }
  return en;
};
enumerateType.iternext = (self) => {
  const en = self as PyLazyIter;
  const it = en.refs[0];
  if (it == null) return null;
  const item = tpIterNext(it);
  if (item === null) return null;
  const index = newInt(en.index++);
  return resultTuple(en, 1, [index, item]);
};

// reversed(seq): refs = [seq]
reversedType.new = (type, args, kwnames) => {
  noKeywords(type, reversedType, 'reversed', kwnames);
  const pos = positional(args, kwnames);
  checkPositional('reversed', pos.length, 1, 1);
  const seq = pos[0] as PyObject;
  const meth = lookupSpecial(seq, '__reversed__');
  if (meth === None) {
    decref(meth);
    throw typeError(`'${tpName(seq.type)}' object is not reversible`);
  }
  if (meth !== null) {
    try {
      return callNoArgs(meth);
    } finally {
      decref(meth);
    }
  }
  if (!isSequenceLike(seq)) throw typeError(`'${tpName(seq.type)}' object is not reversible`);
  const n = length(seq);
  const ro = alloc(type);
  ro.index = BigInt(n - 1);
  ro.refs = [incref(seq)];
  return ro;
};
reversedType.iternext = (self) => {
  const ro = self as PyLazyIter;
  const seq = ro.refs[0];
  if (ro.index >= 0n && seq != null && seq.type.getitem !== undefined) {
    const i = newInt(ro.index);
    try {
      const item = seq.type.getitem(seq, i);
      ro.index--;
      return item;
    } catch (e) {
      if (!(e instanceof PyRaise) || !(exceptionMatches(e, E.IndexError) || exceptionMatches(e, E.StopIteration))) throw e;
      clearRaise(e);
    } finally {
      decref(i);
    }
  }
  ro.index = -1n;
  ro.refs = [];
  if (seq != null) decref(seq);
  return null;
};
addMethods(reversedType, [
  {
    name: '__length_hint__',
    kind: 'noargs',
    impl: (self) => {
      const ro = self as PyLazyIter;
      const seq = ro.refs[0];
      if (seq == null) return newInt(0);
      const n = length(seq);
      return newInt(n < ro.index + 1n ? 0n : ro.index + 1n);
    },
  },
]);

/** `iter()` of every argument, as new references (released on error). */
function iterators(args: readonly PyObject[]): PyObject[] {
  const its: PyObject[] = [];
  try {
    for (const a of args) its.push(getIter(a));
  } catch (e) {
    for (const it of its) decref(it);
    throw e;
  }
  return its;
}

// zip(*iterables): refs = [...iterators, result tuple]
zipType.new = (type, args, kwnames) => {
  noKeywords(type, zipType, 'zip', kwnames);
  const its = iterators(positional(args, kwnames));
  const z = alloc(type);
  z.refs = [...its, newTupleStealing(its.map(() => incref(None)))];
  return z;
};
zipType.iternext = (self) => {
  const z = self as PyLazyIter;
  const n = z.refs.length - 1;
  if (n <= 0) return null;
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) {
    let item: PyObject | null;
    try {
      item = tpIterNext(z.refs[i] as PyObject);
    } catch (e) {
      for (const x of items) decref(x);
      throw e;
    }
    if (item === null) {
      for (const x of items) decref(x);
      return null;
    }
    items.push(item);
  }
  return resultTuple(z, n, items);
};

// map(func, *iterables): refs = [func, ...iterators]
mapType.new = (type, args, kwnames) => {
  noKeywords(type, mapType, 'map', kwnames);
  const pos = positional(args, kwnames);
  if (pos.length < 2) throw typeError('map() must have at least two arguments.');
  const its = iterators(pos.slice(1));
  const m = alloc(type);
  m.refs = [incref(pos[0] as PyObject), ...its];
  return m;
};
mapType.iternext = (self) => {
  const m = self as PyLazyIter;
  const func = m.refs[0];
  if (func == null) return null;
  const items: PyObject[] = [];
  try {
    for (let i = 1; i < m.refs.length; i++) {
      const item = tpIterNext(m.refs[i] as PyObject);
      if (item === null) return null;
      items.push(item);
    }
    return callObject(func, items, null);
  } finally {
    for (const x of items) decref(x);
  }
};

// filter(function or None, iterable): refs = [func, iterator]
filterType.new = (type, args, kwnames) => {
  noKeywords(type, filterType, 'filter', kwnames);
  const pos = positional(args, kwnames);
  checkPositional('filter', pos.length, 2, 2);
  const it = getIter(pos[1] as PyObject);
  const f = alloc(type);
  f.refs = [incref(pos[0] as PyObject), it];
  return f;
};
filterType.iternext = (self) => {
  const f = self as PyLazyIter;
  const func = f.refs[0];
  const it = f.refs[1];
  if (func == null || it == null) return null;
  const checkTrue = func === None || func === boolType;
  for (;;) {
    const item = tpIterNext(it);
    if (item === null) return null;
    let ok: boolean;
    try {
      if (checkTrue) ok = isTrue(item);
      else {
        const good = callOneArg(func, item);
        try {
          ok = isTrue(good);
        } finally {
          decref(good);
        }
      }
    } catch (e) {
      decref(item);
      throw e;
    }
    if (ok) return item;
    decref(item);
  }
};

const held = (o: PyObject | null | undefined): PyObject => incref(o ?? None);

// The `__reduce__`s (`enum_reduce`, `reversed_reduce`, `zip_reduce`, `map_reduce`,
// `filter_reduce`): the object's own type and what rebuilds it; and `reversed_setstate`.
addMethods(enumerateType, [
  {
    name: '__reduce__',
    kind: 'noargs',
    impl: (self) => {
      const en = self as PyLazyIter;
      return newTupleStealing([incref(en.type), newTupleStealing([held(en.refs[0]), newInt(en.index)])]);
    },
  },
]);
addMethods(reversedType, [
  {
    name: '__reduce__',
    kind: 'noargs',
    impl: (self) => {
      const ro = self as PyLazyIter;
      const seq = ro.refs[0];
      if (seq == null) return newTupleStealing([incref(ro.type), newTupleStealing([newTupleStealing([])])]);
      return newTupleStealing([incref(ro.type), newTupleStealing([incref(seq)]), newInt(ro.index)]);
    },
  },
  {
    name: '__setstate__',
    kind: 'o',
    impl: (self, args) => {
      const ro = self as PyLazyIter;
      const index = ssizeState(args[0] as PyObject);
      const seq = ro.refs[0];
      if (seq != null) {
        const last = BigInt(length(seq)) - 1n;
        ro.index = index < -1n ? -1n : index > last ? last : index;
      }
      return newNone();
    },
  },
]);
addMethods(zipType, [
  {
    name: '__reduce__',
    kind: 'noargs',
    impl: (self) => {
      const z = self as PyLazyIter;
      return newTupleStealing([incref(z.type), newTupleStealing(z.refs.slice(0, -1).map(held))]);
    },
  },
]);
addMethods(mapType, [
  {
    name: '__reduce__',
    kind: 'noargs',
    impl: (self) => {
      const m = self as PyLazyIter;
      return newTupleStealing([incref(m.type), newTupleStealing(m.refs.map(held))]);
    },
  },
]);
addMethods(filterType, [
  {
    name: '__reduce__',
    kind: 'noargs',
    impl: (self) => {
      const f = self as PyLazyIter;
      return newTupleStealing([incref(f.type), newTupleStealing([held(f.refs[0]), held(f.refs[1])])]);
    },
  },
]);
