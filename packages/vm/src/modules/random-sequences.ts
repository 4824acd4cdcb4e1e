/**
 * The integer and sequence methods of `random.Random`: `randrange`, `randint`, the `_randbelow`
 * variants, `choice`, `shuffle`, `sample` and `choices`, each drawing through `self` as
 * Lib/random.py does (a subclass's `random()`, `getrandbits()` or `_randbelow()` is used).
 * Mirrors CPython 3.8 Lib/random.py.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { PyInt, intType, newInt } from '../objects/int.ts';
import { newFloat } from '../objects/float.ts';
import { listType, newListStealing, PyList } from '../objects/list.ts';
import { ssizeArg } from '../objects/list-methods.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { PyDict } from '../objects/dict.ts';
import { None, newNone } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { tupleType } from '../objects/tuple.ts';
import { isAnySet } from '../objects/set.ts';
import { EQ, LE, LT, NE, richCompareBool } from '../runtime/abstract-compare.ts';
import { getItem, length, setItem } from '../runtime/abstract-item.ts';
import { iterableToArray, sequenceToArray } from '../runtime/abstract-iter.ts';
import { asIndex, binaryOp } from '../runtime/abstract-number.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { PyRaise, exceptionMatches, raiseMessage, raiseWhileHandling, typeError, valueError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { isRandomError } from '../random/random-error.ts';
import * as M from '../random/random-methods.ts';
import { drawsOfRandom, randomType, asRandom } from './random-class.ts';
import { coreOf, findsOwn, randbelowWithout } from './random-draws.ts';
import { pyArgs, required } from './python-method-args.ts';
import { unwrap } from './random-support.ts';

/** `_int(x)` with `if ix != x: raise ValueError(message)`. */
function checkedInt(toInt: PyObject, x: PyObject, message: string): bigint {
  const ix = callObject(toInt, [x]);
  try {
    if (richCompareBool(ix, x, NE)) throw valueError(message);
    return intOperand(ix);
  } finally {
    decref(ix);
  }
}

function equalsOne(x: PyObject): boolean {
  const one = newInt(1);
  try {
    return richCompareBool(x, one, EQ);
  } finally {
    decref(one);
  }
}

/** `randrange(self, start, stop=None, step=1, _int=int)`. */
function randrange(self: PyObject, start: PyObject, stop: PyObject, step: PyObject, toInt: PyObject): PyObject {
  const istart = checkedInt(toInt, start, 'non-integer arg 1 for randrange()');
  const draws = drawsOfRandom(self);
  if (stop === None) {
    if (istart > 0n) return newInt(unwrap(M.randbelow(draws, istart)));
    throw valueError('empty range for randrange()');
  }
  const istop = checkedInt(toInt, stop, 'non-integer stop for randrange()');
  const width = istop - istart;
  if (equalsOne(step)) {
    if (width > 0n) return newInt(istart + unwrap(M.randbelow(draws, width)));
    throw valueError(`empty range for randrange() (${istart.toString()}, ${istop.toString()}, ${width.toString()})`);
  }
  const istep = checkedInt(toInt, step, 'non-integer step for randrange()');
  return newInt(unwrap(M.randrange(draws, istart, istop, istep)));
}

/** `_randbelow_with_getrandbits(n)`: `n.bit_length()` bits from `self.getrandbits` until below n. */
function randbelowWith(self: PyObject, nObj: PyObject): PyObject {
  const n = intOperand(nObj);
  return newInt(unwrap(M.randbelow({ core: coreOf(asRandom(self)), gaussNext: null }, n)));
}

/** An int argument of `_randbelow` (`n.bit_length()` fails on anything else). */
function intOperand(n: PyObject): bigint {
  if (n instanceof PyInt) return BigInt(n.value);
  decref(callMethod(n, 'bit_length'));
  return BigInt(asIndex(n));
}

/** `x[i], x[j] = x[j], x[i]`: both read (x[j] first), then both stored. */
function swap(x: PyObject, i: number, j: number): void {
  const ii = newInt(i);
  const jj = newInt(j);
  try {
    const xj = getItem(x, jj);
    let xi: PyObject;
    try {
      xi = getItem(x, ii);
    } catch (e) {
      decref(xj);
      throw e;
    }
    try {
      setItem(x, ii, xj);
      setItem(x, jj, xi);
    } finally {
      decref(xj);
      decref(xi);
    }
  } finally {
    decref(ii);
    decref(jj);
  }
}

/** `int(random() * (i + 1))` for a user-supplied `random`. */
function scaledIndex(random: PyObject, bound: number): number {
  const r = callObject(random, []);
  let scaled: PyObject;
  const b = newInt(bound);
  try {
    scaled = binaryOp(r, b, 'multiply');
  } finally {
    decref(r);
    decref(b);
  }
  let j: PyObject;
  try {
    j = callObject(intType, [scaled]);
  } finally {
    decref(scaled);
  }
  try {
    return Number(asIndex(j));
  } finally {
    decref(j);
  }
}

function choice(self: PyObject, seq: PyObject): PyObject {
  const n = length(seq);
  let i: number;
  try {
    const r = M.randbelowIndex(drawsOfRandom(self), n);
    if (isRandomError(r)) throw raiseMessage(E.IndexError, 'Cannot choose from an empty sequence');
    i = r;
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.ValueError)) throw e;
    // `raise IndexError(...) from None`.
    const msg = newStr('Cannot choose from an empty sequence');
    const err = raiseWhileHandling(E.IndexError, [msg], e);
    decref(msg);
    err.value.suppressContext = true;
    throw err;
  }
  const idx = newInt(i);
  try {
    return getItem(seq, idx);
  } finally {
    decref(idx);
  }
}

function shuffle(self: PyObject, x: PyObject, random: PyObject): void {
  if (random === None) {
    const draws = drawsOfRandom(self);
    if (x instanceof PyList && x.type === listType && draws === asRandom(self).gen) {
      M.shuffle(draws, x.items);
      return;
    }
    for (let i = length(x) - 1; i >= 1; i--) swap(x, i, unwrap(M.randbelowIndex(draws, i + 1)));
    return;
  }
  for (let i = length(x) - 1; i >= 1; i--) swap(x, i, scaledIndex(random, i + 1));
}

function sample(self: PyObject, population: PyObject, kObj: PyObject): PyObject {
  let pop: PyObject;
  if (isAnySet(population)) pop = callObject(tupleType, [population]);
  else {
    if (population instanceof PyDict || population.type.getitem === undefined || population.type.length === undefined) {
      throw typeError('Population must be a sequence or set.  For dicts, use list(d).');
    }
    pop = incref(population);
  }
  try {
    const draws = drawsOfRandom(self);
    const n = length(pop);
    const zero = newInt(0);
    const nObj = newInt(n);
    try {
      if (!(richCompareBool(zero, kObj, LE) && richCompareBool(kObj, nObj, LE))) throw valueError('Sample larger than population or is negative');
    } finally {
      decref(zero);
      decref(nObj);
    }
    // `result = [None] * k`.
    if (kObj.type.nbIndex === undefined) throw typeError(`can't multiply sequence by non-int of type '${tpName(kObj.type)}'`);
    const k = Number(asIndex(kObj));
    // The pool is `list(population)`; the other way indexes the population.
    const pool = M.sampleUsesPool(n, k) ? iterableToArray(pop) : null;
    try {
      const picks = unwrap(M.sample(draws, n, k));
      return newListStealing(picks.map((j) => (pool !== null ? incref(pool[j] as PyObject) : indexed(pop, j))));
    } finally {
      if (pool !== null) for (const x of pool) decref(x);
    }
  } finally {
    decref(pop);
  }
}

function indexed(seq: PyObject, i: number): PyObject {
  const idx = newInt(i);
  try {
    return getItem(seq, idx);
  } finally {
    decref(idx);
  }
}

/** `_bisect.bisect_right(a, x, 0, hi)`: items compared with `x < a[mid]` as Python does. */
function bisectRight(a: readonly PyObject[], x: PyObject, hi: number): number {
  let lo = 0;
  let h = hi;
  while (lo < h) {
    const mid = (lo + h) >> 1;
    if (richCompareBool(x, a[mid] as PyObject, LT)) h = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** `list(_accumulate(weights))`: the running sums, made by Python addition (owned). */
function cumulative(weights: PyObject): PyObject[] {
  const ws = sequenceToArray(weights);
  const cum: PyObject[] = [];
  try {
    for (const w of ws) {
      const last = cum[cum.length - 1];
      cum.push(last === undefined ? incref(w) : binaryOp(last, w, 'add'));
    }
  } catch (e) {
    for (const c of cum) decref(c);
    throw e;
  } finally {
    for (const w of ws) decref(w);
  }
  return cum;
}

/** `a + x` or `x * a` for a float `x`, as Python computes `cum_weights[-1] + 0.0` and `random() * total`. */
function withFloat(a: PyObject, x: number, op: 'add' | 'mul'): PyObject {
  const f = newFloat(x);
  try {
    return op === 'add' ? binaryOp(a, f, 'add') : binaryOp(f, a, 'multiply');
  } finally {
    decref(f);
  }
}

function choices(self: PyObject, population: PyObject, weights: PyObject, cumWeights: PyObject, kObj: PyObject): PyObject {
  const core = drawsOfRandom(self).core;
  const random = (): number => core.random();
  const n = length(population);
  const out: PyObject[] = [];
  if (cumWeights === None && weights === None) {
    try {
      const k = Math.max(0, ssizeArg(kObj));
      for (let i = 0; i < k; i++) out.push(indexed(population, Math.trunc(random() * n)));
      return newListStealing(out.splice(0));
    } finally {
      for (const o of out) decref(o);
    }
  }
  if (cumWeights !== None && weights !== None) throw typeError('Cannot specify both weights and cumulative weights');
  // The running sums are Python objects, added, multiplied and compared as random.py does; a
  // given `cum_weights` is read through len and [-1] itself (an empty one is an IndexError).
  const cumObject = cumWeights === None ? newListStealing(cumulative(weights)) : incref(cumWeights);
  let cum: PyObject[] | null = null;
  let total: PyObject | null = null;
  try {
    if (length(cumObject) !== n) throw valueError('The number of weights does not match the population');
    const last = indexed(cumObject, -1);
    try {
      total = withFloat(last, 0, 'add');
    } finally {
      decref(last);
    }
    cum = sequenceToArray(cumObject);
    const k = Math.max(0, ssizeArg(kObj));
    for (let i = 0; i < k; i++) {
      const x = withFloat(total, random(), 'mul');
      let at: number;
      try {
        at = bisectRight(cum, x, n - 1);
      } finally {
        decref(x);
      }
      out.push(indexed(population, at));
    }
    return newListStealing(out.splice(0));
  } finally {
    for (const o of out) decref(o);
    if (cum !== null) for (const c of cum) decref(c);
    if (total !== null) decref(total);
    decref(cumObject);
  }
}

const int1 = (): PyObject => newInt(1);

/** The methods, with the signatures of random.py's functions. */
export const SEQUENCE_METHODS: NativeDef[] = [
  {
    name: 'randrange', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [start, stop, step, toInt] = pyArgs('randrange', args, kwnames, ['start', 'stop', 'step', '_int'], 1);
      const one = step ?? int1();
      try {
        return randrange(self, required(start), stop ?? None, one, toInt ?? intType);
      } finally {
        if (step === undefined) decref(one);
      }
    },
  },
  {
    name: 'randint', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [a, b] = pyArgs('randint', args, kwnames, ['a', 'b'], 2);
      const one = newInt(1);
      let stop: PyObject;
      try {
        stop = binaryOp(required(b), one, 'add');
      } finally {
        decref(one);
      }
      try {
        // `self.randrange(a, b+1)`.
        if (findsOwn(self, randomType, 'randrange')) return randrange(self, required(a), stop, one, intType);
        return callMethod(self, 'randrange', [required(a), stop]);
      } finally {
        decref(stop);
      }
    },
  },
  {
    name: '_randbelow_with_getrandbits', kind: 'fastkw', doc: 'Return a random int in the range [0,n).  Raises ValueError if n==0.',
    impl: (self, args, kwnames) => randbelowWith(self, required(pyArgs('_randbelow_with_getrandbits', args, kwnames, ['n'], 1)[0])),
  },
  {
    name: '_randbelow_without_getrandbits', kind: 'fastkw',
    doc: 'Return a random int in the range [0,n).  Raises ValueError if n==0.\n\n        The implementation does not use getrandbits, but only random.\n        ',
    impl: (self, args, kwnames) => {
      const [n] = pyArgs('_randbelow_without_getrandbits', args, kwnames, ['n', 'int', 'maxsize'], 1);
      const core = coreOf(asRandom(self));
      return newInt(randbelowWithout(intOperand(required(n)), () => core.random()));
    },
  },
  {
    name: 'choice', kind: 'fastkw', doc: 'Choose a random element from a non-empty sequence.',
    impl: (self, args, kwnames) => choice(self, required(pyArgs('choice', args, kwnames, ['seq'], 1)[0])),
  },
  {
    name: 'shuffle', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [x, random] = pyArgs('shuffle', args, kwnames, ['x', 'random'], 1);
      shuffle(self, required(x), random ?? None);
      return newNone();
    },
  },
  {
    name: 'sample', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [population, k] = pyArgs('sample', args, kwnames, ['population', 'k'], 2);
      return sample(self, required(population), required(k));
    },
  },
  {
    name: 'choices', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [population, weights, cumWeights, k] = pyArgs('choices', args, kwnames, ['population', 'weights', 'cum_weights', 'k'], 1, 2);
      const one = k ?? int1();
      try {
        return choices(self, required(population), weights ?? None, cumWeights ?? None, one);
      } finally {
        if (k === undefined) decref(one);
      }
    },
  },
];
