/**
 * Which `random()`, `getrandbits()` and `_randbelow()` a `random.Random` uses. Lib/random.py
 * calls them through `self`, so a subclass (or an instance attribute) replacing them is seen;
 * `__init_subclass__` picks `_randbelow_without_getrandbits` for a class that brings its own
 * `random()` but no `getrandbits()`. The common case, nothing replaced, draws straight from the
 * Mersenne Twister. Mirrors CPython 3.8 Lib/random.py `_randbelow_with_getrandbits` and
 * `_randbelow_without_getrandbits`.
 * @module
 */
import { dictGetStr } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { newInt } from '../objects/int.ts';
import { newStr } from '../objects/str.ts';
import { asDouble, asIndex } from '../runtime/abstract-number.ts';
import { genericGetAttr, lookupType } from '../runtime/attributes.ts';
import { callMethod } from '../runtime/call.ts';
import { valueError } from '../runtime/errors.ts';
import { decref, type PyObject, type PyType } from '../runtime/object.ts';
import type { RandomCore, RandomDraws } from '../random/random-methods.ts';
import { PyRandom, coreType } from './random-core.ts';
import { warn } from './warnings-core.ts';

/**
 * Whether `self.<name>` finds the method `owner` defines: a plain attribute lookup, no
 * instance attribute of that name, and no override along the MRO.
 */
export function findsOwn(self: PyObject, owner: PyType, name: string): boolean {
  if (self.type.getattro !== genericGetAttr) return false;
  if (lookupType(self.type, name) !== dictGetStr(owner.dict, name)) return false;
  const d = self.dict;
  return d === null || dictGetStr(d, name) === null;
}

/** What `self._randbelow` is: one of random.py's two, or something else. */
type BelowKind = 'with' | 'without' | 'other';

function belowKind(self: PyObject, randomType: PyType): BelowKind {
  if (self.type.getattro !== genericGetAttr) return 'other';
  const d = self.dict;
  if (d !== null && dictGetStr(d, '_randbelow') !== null) return 'other';
  const found = lookupType(self.type, '_randbelow');
  const own = randomType.dict;
  if (found === dictGetStr(own, '_randbelow') || found === dictGetStr(own, '_randbelow_with_getrandbits')) return 'with';
  if (found === dictGetStr(own, '_randbelow_without_getrandbits')) return 'without';
  return 'other';
}

/** `self.random()` as a float. DEVIATION(cpython): a result that is not a float is converted. */
function callRandom(self: PyObject): number {
  const r = callMethod(self, 'random');
  try {
    return asDouble(r);
  } finally {
    decref(r);
  }
}

/** `self.<name>(n)` through Python, as an int. */
function callIntMethod(self: PyObject, name: string, n: number | bigint): bigint {
  const arg = newInt(n);
  let r: PyObject;
  try {
    r = callMethod(self, name, [arg]);
  } finally {
    decref(arg);
  }
  try {
    return BigInt(asIndex(r));
  } finally {
    decref(r);
  }
}

/** `self.getrandbits(k)` as an int. */
function callGetrandbits(self: PyObject, k: number): bigint {
  return callIntMethod(self, 'getrandbits', k);
}

/** `self._randbelow(n)` through Python. */
function callRandbelow(self: PyObject, n: bigint): bigint {
  return callIntMethod(self, '_randbelow', n);
}

const BPF = 53;
const MAXSIZE = 1n << BigInt(BPF);

/** Python's `a % b` for ints (the sign of `b`). */
function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** `_randbelow_without_getrandbits(n)`: a uniform int in [0, n) from `random()` alone. */
export function randbelowWithout(n: bigint, random: () => number): bigint {
  if (n >= MAXSIZE) {
    const msg = newStr('Underlying random() generator does not supply \nenough bits to choose from a population range this large.\nTo remove the range limitation, add a getrandbits() method.');
    try {
      warn(E.UserWarning, msg, 1);
    } finally {
      decref(msg);
    }
    return BigInt(Math.trunc(random() * Number(n)));
  }
  if (n === 0n) throw valueError('Boundary cannot be zero');
  const rem = floorMod(MAXSIZE, n);
  const limit = Number(MAXSIZE - rem) / Number(MAXSIZE);
  let r = random();
  while (r >= limit) r = random();
  return floorMod(BigInt(Math.trunc(r * Number(MAXSIZE))), n);
}

/** `self.random()` and `self.getrandbits()`: the generator's own unless replaced. */
export function coreOf(self: PyRandom): RandomCore {
  const gen = self.gen;
  const ownRandom = findsOwn(self, coreType, 'random');
  const ownBits = findsOwn(self, coreType, 'getrandbits');
  if (ownRandom && ownBits) return gen.core;
  return {
    random: ownRandom ? () => gen.core.random() : () => callRandom(self),
    getrandbits: ownBits ? (k) => gen.core.getrandbits(k) : (k) => callGetrandbits(self, k),
    getrandbitsSmall: ownBits ? (k) => gen.core.getrandbitsSmall(k) : (k) => Number(callGetrandbits(self, k)),
  };
}

/**
 * The draws of `self` for random.py's methods: its generator itself when nothing is replaced,
 * else one that calls back into Python for what is (`self._randbelow` included).
 */
export function drawsOf(self: PyRandom, randomType: PyType): RandomDraws {
  const core = coreOf(self);
  const below = belowKind(self, randomType);
  if (below === 'with') return core === self.gen.core ? self.gen : { core, gaussNext: null };
  const randbelow = below === 'without' ? (n: bigint) => randbelowWithout(n, () => core.random()) : (n: bigint) => callRandbelow(self, n);
  return { core, gaussNext: null, randbelow };
}
