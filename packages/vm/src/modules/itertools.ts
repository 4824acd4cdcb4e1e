/**
 * The `itertools` module, part one: count, cycle, repeat, accumulate, chain, compress, dropwhile,
 * takewhile, filterfalse, starmap and islice, plus the module registration. Mirrors CPython 3.8
 * Modules/itertoolsmodule.c (the combinatoric and grouping types are in itertools-more.ts).
 * @module
 */
import { addMethods } from '../runtime/type-defs.ts';
import { PyInt, newInt } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { PyList, newListStealing } from '../objects/list.ts';
import { newStr } from '../objects/str.ts';
import { PyTuple, newTupleStealing, tupleType } from '../objects/tuple.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { getIter, iterNext, tpIterNext } from '../runtime/abstract-iter.ts';
import { sequenceTuple } from '../objects/tuple-slots.ts';
import { asSsize, binaryOp } from '../runtime/abstract-number.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { callObject } from '../runtime/call.ts';
import { PyRaise, clearRaise, typeError, valueError } from '../runtime/errors.ts';
import * as E from '../objects/exceptions.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { addClassMethods } from '../runtime/type-defs.ts';
import { noKeywords, parseArgs, splitKw, unpackArgs } from './functools-args.ts';
import { defineNativeModule } from './module-builder.ts';
import { ssizeArg } from '../objects/list-methods.ts';
import { moreItertoolsTypes } from './itertools-more.ts';
import { IterState, iterType, newState } from './itertools-state.ts';
import { addSimpleItertoolsPickling } from './itertools-reduce.ts';
import { ITERTOOLS_DOC } from './module-docs.ts';

/**
 * The state of a new iterator over `iterable`: the iterator is made first and the object
 * allocated after, as the C constructors order it, so a failing `iter()` leaves nothing behind.
 */
function newStateOver(type: PyType, iterable: PyObject): IterState {
  const it = getIter(iterable);
  const o = newState(type);
  o.it = it;
  return o;
}

/** Calls `f(x)` and returns its truth (the result is released). */
function predicate(f: PyObject, x: PyObject): boolean {
  const r = callObject(f, [x]);
  try {
    return isTrue(r);
  } finally {
    decref(r);
  }
}

// count(start=0, step=1)
const countType = iterType('count', 40);
countType.new = (type, args, kwnames) => {
  const [start, step] = parseArgs('count', args, kwnames, ['start', 'step'], 0);
  for (const v of [start, step]) {
    if (v !== undefined && v.type.nbIndex === undefined && v.type.nbInt === undefined && v.type.nbFloat === undefined && v.type.name !== 'complex') {
      throw typeError('a number is required');
    }
  }
  const o = newState(type);
  // Fast mode (`count_new`): an int start within Py_ssize_t and a step of int 1 count in C, so
  // the values and the repr are exact ints (`count(True)` is `count(1)`).
  const fast = (start === undefined || (start instanceof PyInt && fitsSsize(start))) && (step === undefined || (step instanceof PyInt && isIntOne(step)));
  o.a = start === undefined ? newInt(0) : fast ? newInt(start.value) : incref(start);
  o.b = step === undefined || fast ? newInt(1) : incref(step);
  // `flag` marks the slow mode (`cnt == PY_SSIZE_T_MAX`), which `count_reduce` spells out.
  o.flag = !fast;
  return o;
};
countType.iternext = (self) => {
  const o = self as IterState;
  const cur = o.a as PyObject;
  o.a = binaryOp(cur, o.b as PyObject, 'add');
  return cur;
};
countType.repr = (self) => {
  const o = self as IterState;
  const step = o.b as PyObject;
  // The step is left out when it is an int (bool included) equal to 1.
  const showStep = !(step instanceof PyInt && isIntOne(step));
  return newStr(`${tpNameShort(self.type)}(${reprText(o.a as PyObject)}${showStep ? `, ${reprText(step)}` : ''})`);
};

function isIntOne(v: PyInt): boolean {
  return BigInt(v.value) === 1n;
}

/** Whether `PyLong_AsSsize_t(v)` succeeds. */
function fitsSsize(v: PyInt): boolean {
  const n = BigInt(v.value);
  return n >= -(2n ** 63n) && n < 2n ** 63n;
}

/** `_PyType_Name`: the part after the last dot. */
function tpNameShort(t: PyType): string {
  return t.name.slice(t.name.lastIndexOf('.') + 1);
}

// cycle(iterable)
const cycleType = iterType('cycle', 48);
cycleType.new = (type, args, kwnames) => {
  // Clinic's `__new__` refuses keywords only for the exact type: a subclass's own
  // `__init__` may take them.
  if (type === cycleType) noKeywords('cycle', kwnames);
  const [pos] = splitKw(args, kwnames);
  unpackArgs('cycle', pos, 1, 1);
  const o = newStateOver(type, pos[0] as PyObject);
  // The values seen on the first pass, in a list `__reduce__` and `__setstate__` share.
  o.b = newListStealing([]);
  return o;
};
cycleType.iternext = (self) => {
  const o = self as IterState;
  const saved = (o.b as PyList).items;
  if (o.it !== null) {
    const item = iterNext(o.it);
    if (item !== null) {
      if (!o.flag) saved.push(incref(item));
      return item;
    }
    const it = o.it;
    o.it = null;
    decref(it);
    o.flag = true;
  }
  if (saved.length === 0) return null;
  // The list may have been shortened from outside since: start over rather than read past it.
  if (o.n >= saved.length) o.n = 0;
  const item = saved[o.n] as PyObject;
  o.n = (o.n + 1) % saved.length;
  return incref(item);
};

// repeat(object[, times])
/** `itertools.repeat`. */
export const repeatType: PyType = iterType('repeat', 32);
repeatType.new = (type, args, kwnames) => {
  const [obj, times] = parseArgs('repeat', args, kwnames, ['object', 'times'], 1);
  // "O|n": floats are refused, ints beyond ssize_t overflow; a negative count repeats nothing.
  const n = times === undefined ? -1 : Math.max(0, ssizeArg(times));
  const o = newState(type);
  o.a = incref(obj as PyObject);
  o.n = n;
  return o;
};
repeatType.iternext = (self) => {
  const o = self as IterState;
  if (o.n === 0) return null;
  if (o.n > 0) o.n--;
  return incref(o.a as PyObject);
};
repeatType.repr = (self) => {
  const o = self as IterState;
  return newStr(o.n < 0 ? `repeat(${reprText(o.a as PyObject)})` : `repeat(${reprText(o.a as PyObject)}, ${o.n})`);
};
repeatType.length = undefined;
addMethods(repeatType, [{
  // `repeat_len`.
  name: '__length_hint__', kind: 'noargs', doc: 'Private method returning an estimate of len(list(it)).',
  impl: (self) => {
    const n = (self as IterState).n;
    if (n < 0) throw typeError('len() of unsized object');
    return newInt(n);
  },
}]);

// accumulate(iterable, func=None, *, initial=None)
const accumulateType = iterType('accumulate', 48);
accumulateType.new = (type, args, kwnames) => {
  const [iterable, func, initial] = parseArgs('accumulate', args, kwnames, ['iterable', 'func', 'initial'], 1, 0, 2);
  const o = newStateOver(type, iterable as PyObject);
  if (func !== undefined && func !== None) o.func = incref(func);
  if (initial !== undefined && initial !== None) o.b = incref(initial);
  return o;
};
accumulateType.iternext = (self) => {
  const o = self as IterState;
  if (o.b !== null) {
    const init = o.b;
    o.b = null;
    o.a = incref(init);
    return init;
  }
  const v = tpIterNext(o.it as PyObject);
  if (v === null) return null;
  if (o.a === null) {
    o.a = incref(v);
    return v;
  }
  let next: PyObject;
  try {
    next = o.func === null ? binaryOp(o.a, v, 'add') : callObject(o.func, [o.a, v]);
  } finally {
    decref(v);
  }
  const old = o.a;
  o.a = incref(next);
  decref(old);
  return next;
};

// chain(*iterables) and chain.from_iterable(iterable)
/** `itertools.chain`. */
export const chainType: PyType = iterType('chain', 32);
chainType.new = (type, args, kwnames) => {
  if (type === chainType) noKeywords('chain', kwnames);
  const o = newState(type);
  const [pos] = splitKw(args, kwnames);
  const source = newTupleStealing(pos.map((x) => incref(x)));
  try {
    o.a = getIter(source);
  } finally {
    decref(source);
  }
  return o;
};
chainType.iternext = (self) => {
  const o = self as IterState;
  for (;;) {
    if (o.it === null) {
      if (o.a === null) return null;
      const iterable = iterNext(o.a);
      if (iterable === null) {
        const src = o.a;
        o.a = null;
        decref(src);
        return null;
      }
      try {
        o.it = getIter(iterable);
      } finally {
        decref(iterable);
      }
    }
    const item = iterNext(o.it);
    if (item !== null) return item;
    const it = o.it;
    o.it = null;
    decref(it);
  }
};
addClassMethods(chainType, [
  {
    name: 'from_iterable',
    kind: 'o',
    impl: (cls, args) => {
      const o = newState(cls as PyType);
      o.a = getIter(args[0] as PyObject);
      return o;
    },
  },
]);

// compress(data, selectors)
const compressType = iterType('compress', 32);
compressType.new = (type, args, kwnames) => {
  const [data, selectors] = parseArgs('compress', args, kwnames, ['data', 'selectors'], 2);
  const dataIt = getIter(data as PyObject);
  let selectorsIt: PyObject;
  try {
    selectorsIt = getIter(selectors as PyObject);
  } catch (e) {
    decref(dataIt);
    throw e;
  }
  const o = newState(type);
  o.it = dataIt;
  o.a = selectorsIt;
  return o;
};
compressType.iternext = (self) => {
  const o = self as IterState;
  for (;;) {
    const d = tpIterNext(o.it as PyObject);
    if (d === null) return null;
    let s: PyObject | null;
    try {
      s = tpIterNext(o.a as PyObject);
    } catch (e) {
      decref(d);
      throw e;
    }
    if (s === null) {
      decref(d);
      return null;
    }
    let ok: boolean;
    try {
      ok = isTrue(s);
    } finally {
      decref(s);
    }
    if (ok) return d;
    decref(d);
  }
};

const predicateTypes = new Map<string, PyType>();

/** dropwhile / takewhile / filterfalse: `(predicate, iterable)`. */
function predicateType(name: string, basicsize: number, next: (o: IterState) => PyObject | null): PyType {
  const t = iterType(name, basicsize);
  t.new = (type, args, kwnames) => {
    if (type === t) noKeywords(name, kwnames);
    const [pos] = splitKw(args, kwnames);
    unpackArgs(name, pos, 2, 2);
    const o = newStateOver(type, pos[1] as PyObject);
    o.func = incref(pos[0] as PyObject);
    return o;
  };
  t.iternext = (self) => next(self as IterState);
  predicateTypes.set(name, t);
  return t;
}

predicateType('dropwhile', 40, (o) => {
  for (;;) {
    const item = tpIterNext(o.it as PyObject);
    if (item === null) return null;
    if (o.flag) return item;
    let keep: boolean;
    try {
      keep = !predicate(o.func as PyObject, item);
    } catch (e) {
      decref(item);
      throw e;
    }
    if (keep) {
      o.flag = true;
      return item;
    }
    decref(item);
  }
});
predicateType('takewhile', 40, (o) => {
  if (o.flag) return null;
  const item = tpIterNext(o.it as PyObject);
  if (item === null) return null;
  let ok: boolean;
  try {
    ok = predicate(o.func as PyObject, item);
  } catch (e) {
    decref(item);
    throw e;
  }
  if (ok) return item;
  decref(item);
  o.flag = true;
  return null;
});
predicateType('filterfalse', 32, (o) => {
  for (;;) {
    const item = tpIterNext(o.it as PyObject);
    if (item === null) return null;
    let ok: boolean;
    try {
      ok = o.func === None ? isTrue(item) : predicate(o.func as PyObject, item);
    } catch (e) {
      decref(item);
      throw e;
    }
    if (!ok) return item;
    decref(item);
  }
});
/** `itertools.starmap`. */
export const starmapType: PyType = predicateType('starmap', 32, (o) => {
  const args = tpIterNext(o.it as PyObject);
  if (args === null) return null;
  try {
    // `PySequence_Tuple` of arguments that are not an exact tuple (iterated after their length hint).
    const tuple = args instanceof PyTuple && args.type === tupleType ? null : sequenceTuple(args);
    try {
      return callObject(o.func as PyObject, (tuple ?? (args as PyTuple)).items);
    } finally {
      if (tuple !== null) decref(tuple);
    }
  } finally {
    decref(args);
  }
});

// islice(iterable, stop) / islice(iterable, start, stop[, step])
const isliceType = iterType('islice', 56);
const STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
const INDEX_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
const STEP_MSG = 'Step for islice() must be a positive integer or None.';
/** `PyNumber_AsSsize_t(v, PyExc_OverflowError)` with its error cleared: -1 on failure. */
function ssizeOrMinusOne(v: PyObject): number {
  try {
    return asSsize(v, E.OverflowError);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(e);
    return -1;
  }
}
isliceType.new = (type, args, kwnames) => {
  if (type === isliceType) noKeywords('islice', kwnames);
  const [pos] = splitKw(args, kwnames);
  unpackArgs('islice', pos, 2, 4);
  let start = 0;
  let stop = -1; // None
  let step = 1;
  // `islice_new`: a bad stop is reported at once, a bad start only after it (as a negative index).
  const [a1, a2, a3] = [pos[1] as PyObject, pos[2], pos[3]];
  if (pos.length === 2) {
    if (a1 !== None) {
      stop = ssizeOrMinusOne(a1);
      if (stop === -1) throw valueError(STOP_MSG);
    }
  } else {
    if (a1 !== None) start = ssizeOrMinusOne(a1);
    if (a2 !== undefined && a2 !== None) {
      stop = ssizeOrMinusOne(a2);
      if (stop === -1) throw valueError(STOP_MSG);
    }
  }
  if (start < 0 || stop < -1) throw valueError(INDEX_MSG);
  if (a3 !== undefined && a3 !== None) step = ssizeOrMinusOne(a3);
  if (step < 1) throw valueError(STEP_MSG);
  const o = newStateOver(type, pos[0] as PyObject);
  o.n = start; // next index to yield
  o.m = stop;
  o.step = step;
  return o;
};
/**
 * One item of the iterator an islice holds, as `islice_next` takes it (the slot called directly):
 * an error, a StopIteration too, drops the iterator and goes on.
 */
function isliceStep(o: IterState, it: PyObject): PyObject | null {
  try {
    return tpIterNext(it);
  } catch (e) {
    o.it = null;
    decref(it);
    throw e;
  }
}
isliceType.iternext = (self) => {
  const o = self as IterState;
  const it = o.it;
  if (it === null) return null;
  let cnt = o.cnt;
  const stop = o.m;
  const empty = (): null => {
    o.it = null;
    decref(it);
    return null;
  };
  while (cnt < o.n) {
    const item = isliceStep(o, it);
    if (item === null) return empty();
    decref(item);
    cnt++;
    o.cnt = cnt;
  }
  if (stop !== -1 && cnt >= stop) return empty();
  const item = isliceStep(o, it);
  if (item === null) return empty();
  cnt++;
  const oldnext = o.n;
  o.n += o.step;
  if (o.n < oldnext || (stop !== -1 && o.n > stop)) o.n = stop;
  o.cnt = cnt;
  return item;
};

addSimpleItertoolsPickling({
  count: countType, cycle: cycleType, repeat: repeatType, accumulate: accumulateType, chain: chainType,
  compress: compressType, islice: isliceType,
  dropwhile: predicateTypes.get('dropwhile') as PyType, takewhile: predicateTypes.get('takewhile') as PyType,
  filterfalse: predicateTypes.get('filterfalse') as PyType, starmap: starmapType,
});

defineNativeModule({
  name: 'itertools',
  doc: ITERTOOLS_DOC,
  functions: moreItertoolsTypes.functions,
  values: () => [
    ...[countType, cycleType, repeatType, accumulateType, chainType, compressType, isliceType].map((t) => [t.name, incref(t)] as const),
    ...['dropwhile', 'takewhile', 'filterfalse', 'starmap'].map((n) => [n, incref(predicateTypes.get(n) as PyType)] as const),
    ...moreItertoolsTypes.types.map((t) => [t.name, incref(t)] as const),
  ],
});
