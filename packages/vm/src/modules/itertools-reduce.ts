/**
 * `__reduce__` and `__setstate__` of the simple itertools iterators (count, cycle, repeat,
 * accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, islice): what
 * `copy.copy`, `copy.deepcopy` and pickle rebuild them from. Mirrors CPython 3.8
 * Modules/itertoolsmodule.c (`count_reduce`, `cycle_reduce`, `cycle_setstate`, ...).
 * @module
 */
import { PyInt, newInt } from '../objects/int.ts';
import { type PyList, listType, newListStealing } from '../objects/list.ts';
import { ssizeState } from '../objects/seq-iter.ts';
import { None } from '../objects/singletons.ts';
import { newTuple, newTupleStealing } from '../objects/tuple.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { getIter, isIterator } from '../runtime/abstract-iter.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { raiseMessage, typeError } from '../runtime/errors.ts';
import * as E from '../objects/exceptions.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import type { IterState } from './itertools-state.ts';
import { reduce, setState, stateItems, typedArg } from './itertools-reduce-args.ts';
import { formatIntArg } from '../objects/list-methods.ts';

const SSIZE_MAX = 2n ** 63n - 1n;

/** The types of itertools.ts this file gives their pickling methods. */
export interface SimpleItertoolsTypes {
  readonly count: PyType;
  readonly cycle: PyType;
  readonly repeat: PyType;
  readonly accumulate: PyType;
  readonly chain: PyType;
  readonly compress: PyType;
  readonly dropwhile: PyType;
  readonly takewhile: PyType;
  readonly filterfalse: PyType;
  readonly starmap: PyType;
  readonly islice: PyType;
}

const S = (o: PyObject): IterState => o as IterState;

/** `Py_BuildValue("O(...)...")`: `(type(self), args[, state])`, every part a new reference. */
function reduceValue(self: PyObject, args: PyObject[], state?: PyObject): PyObject {
  const parts: PyObject[] = [incref(self.type), newTupleStealing(args)];
  if (state !== undefined) parts.push(state);
  return newTupleStealing(parts);
}


/** Replaces an owned field's value, releasing the old one after. */
function replace(o: IterState, field: 'it' | 'func' | 'a' | 'b', value: PyObject | null): void {
  const old = o[field];
  o[field] = value;
  if (old !== null) decref(old);
}

/**
 * `count_reduce`: `(count, (n,))` while counting in C, else `(count, (n, step))`. A C count that
 * reached PY_SSIZE_T_MAX has no int object for it until the next step, which CPython 3.8's
 * `Py_BuildValue` reports.
 */
function countReduce(self: PyObject): PyObject {
  const o = S(self);
  const cnt = o.a as PyObject;
  const inC = !o.flag && cnt instanceof PyInt && BigInt(cnt.value) <= SSIZE_MAX;
  if (inC && BigInt(cnt.value) === SSIZE_MAX) throw raiseMessage(E.SystemError, 'NULL object passed to Py_BuildValue');
  return reduceValue(self, inC ? [incref(cnt)] : [incref(cnt), incref(o.b as PyObject)]);
}

/**
 * `cycle_reduce`: the input iterator and `(saved, firstpass)`; once the input is exhausted, an
 * iterator over the saved values already advanced to the cycle's position, and firstpass 1.
 */
function cycleReduce(self: PyObject): PyObject {
  const o = S(self);
  const saved = o.b as PyList;
  if (o.it !== null) return reduceValue(self, [incref(o.it)], newTuple([saved, newInt(o.flag ? 1 : 0)]));
  const it = getIter(saved);
  try {
    if (o.n !== 0) {
      const index = newInt(o.n);
      try {
        decref(callMethod(it, '__setstate__', [index]));
      } finally {
        decref(index);
      }
    }
  } catch (e) {
    decref(it);
    throw e;
  }
  return reduceValue(self, [it], newTupleStealing([incref(saved), newInt(1)]));
}

/** `cycle_setstate`: `(list, int)`; the list becomes the saved values, the position the first. */
function cycleSetState(self: PyObject, state: PyObject): void {
  const [savedArg, firstpassArg] = stateItems(state, 2) as [PyObject, PyObject];
  const saved = typedArg(savedArg, listType, 1) as PyList;
  const firstpass = formatIntArg(firstpassArg);
  const o = S(self);
  replace(o, 'b', incref(saved));
  o.flag = firstpass !== 0;
  o.n = 0;
}

/**
 * `accumulate_reduce`: a pending initial value is put back in front of the input with a chain; a
 * running total of None is restored by skipping the first result of a fresh accumulate (islice).
 */
function accumulateReduce(chain: PyType, islice: PyType) {
  return (self: PyObject): PyObject => {
    const o = S(self);
    const func = o.func ?? None;
    if (o.b !== null) {
      const initial = newTuple([o.b]);
      let it: PyObject;
      try {
        it = callObject(chain, [initial, o.it as PyObject]);
      } finally {
        decref(initial);
      }
      return reduceValue(self, [it, incref(func)], incref(None));
    }
    if (o.a === None) {
      const head = newTuple([None]);
      let fresh: PyObject;
      try {
        const it = callObject(chain, [head, o.it as PyObject]);
        try {
          fresh = callObject(self.type, [it, func]);
        } finally {
          decref(it);
        }
      } finally {
        decref(head);
      }
      return newTupleStealing([incref(islice), newTupleStealing([fresh, newInt(1), incref(None)])]);
    }
    return reduceValue(self, [incref(o.it as PyObject), incref(func)], incref(o.a ?? None));
  };
}

/** `chain_reduce`: `(chain, (), (source[, active]))`, or `(chain, ())` once exhausted. */
function chainReduce(self: PyObject): PyObject {
  const o = S(self);
  if (o.a === null) return reduceValue(self, []);
  return reduceValue(self, [], newTuple(o.it === null ? [o.a] : [o.a, o.it]));
}

/** `chain_setstate`: `(source[, active])`, both iterators. */
function chainSetState(self: PyObject, state: PyObject): void {
  const [source, active] = stateItems(state, 1, 2) as [PyObject, PyObject | undefined];
  if (!isIterator(source) || (active !== undefined && !isIterator(active))) throw typeError('Arguments must be iterators.');
  const o = S(self);
  replace(o, 'a', incref(source));
  replace(o, 'it', active === undefined ? null : incref(active));
}

/** `islice_reduce`: the bounds still ahead and, as the state, the count of items consumed. */
function isliceReduce(self: PyObject): PyObject {
  const o = S(self);
  if (o.it === null) {
    const empty = newListStealing([]);
    try {
      return reduceValue(self, [getIter(empty), newInt(0)], newInt(0));
    } finally {
      decref(empty);
    }
  }
  const stop = o.m === -1 ? incref(None) : newInt(o.m);
  return reduceValue(self, [incref(o.it), newInt(o.n), stop, newInt(o.step)], newInt(o.cnt));
}

/** Gives the simple itertools types CPython's `__reduce__` and `__setstate__` methods. */
export function addSimpleItertoolsPickling(t: SimpleItertoolsTypes): void {
  addMethods(t.count, [reduce(countReduce)]);
  addMethods(t.cycle, [reduce(cycleReduce), setState(cycleSetState)]);
  addMethods(t.repeat, [reduce((self) => {
    // `repeat_reduce`: the count only while it is finite.
    const o = S(self);
    return reduceValue(self, o.n >= 0 ? [incref(o.a as PyObject), newInt(o.n)] : [incref(o.a as PyObject)]);
  })]);
  addMethods(t.accumulate, [
    reduce(accumulateReduce(t.chain, t.islice)),
    setState((self, state) => { replace(S(self), 'a', incref(state)); }),
  ]);
  addMethods(t.chain, [reduce(chainReduce), setState(chainSetState)]);
  addMethods(t.compress, [reduce((self) => reduceValue(self, [incref(S(self).it as PyObject), incref(S(self).a as PyObject)]))]);
  // dropwhile's start and takewhile's stop flag are the state, set from any object's truth.
  for (const type of [t.dropwhile, t.takewhile]) {
    addMethods(type, [
      reduce((self) => reduceValue(self, [incref(S(self).func as PyObject), incref(S(self).it as PyObject)], newInt(S(self).flag ? 1 : 0))),
      setState((self, state) => { S(self).flag = isTrue(state); }),
    ]);
  }
  for (const type of [t.filterfalse, t.starmap]) {
    addMethods(type, [reduce((self) => reduceValue(self, [incref(S(self).func as PyObject), incref(S(self).it as PyObject)]))]);
  }
  addMethods(t.islice, [
    reduce(isliceReduce),
    setState((self, state) => { S(self).cnt = Number(ssizeState(state)); }),
  ]);
}
