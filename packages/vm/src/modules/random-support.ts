/**
 * Argument conversions and result plumbing for the `random` module: Python ints to bigints
 * with 3.8's "non-integer arg" checks, RandomError data to raised Python exceptions, and the
 * `seed(a)` dispatch of `Random.seed` + `random_seed`. Mirrors CPython 3.8 Lib/random.py and
 * Modules/_randommodule.c argument handling.
 * @module
 */
import { PyBytes } from '../objects/bytes.ts';
import * as E from '../objects/exceptions.ts';
import { PyFloat } from '../objects/float.ts';
import { PyInt } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { PyStr } from '../objects/str.ts';
import { hashObject } from '../runtime/abstract-compare.ts';
import { asDouble, asIndex } from '../runtime/abstract-number.ts';
import { raiseMessage, typeError, valueError, type PyRaise } from '../runtime/errors.ts';
import type { PyObject, PyType } from '../runtime/object.ts';
import { isRandomError, type RandomError, type RandomResult } from '../random/random-error.ts';
import type { RandomGenerator } from '../random/random-methods.ts';
import { seedFromHash, seedRandom } from '../random/random-seed.ts';
import { tpName } from '../runtime/type-name.ts';

const ERRORS: Record<RandomError['error'], PyType> = {
  ValueError: E.ValueError, IndexError: E.IndexError, OverflowError: E.OverflowError, TypeError: E.TypeError, ZeroDivisionError: E.ZeroDivisionError,
};

/** The Python exception for a RandomError. */
export function raiseRandom(err: RandomError): PyRaise {
  return raiseMessage(ERRORS[err.error], err.message);
}

/** The value of a RandomResult, raising its error. */
export function unwrap<T>(r: RandomResult<T>): T {
  if (isRandomError(r)) throw raiseRandom(r);
  return r;
}

/** `_int(arg)` with `if istart != start: raise ValueError("non-integer arg N for randrange()")`. */
export function randrangeArg(o: PyObject, n: number, what = 'randrange()'): bigint {
  if (o instanceof PyInt) return BigInt(o.value);
  if (o instanceof PyFloat) {
    if (!Number.isFinite(o.value)) {
      throw raiseMessage(Number.isNaN(o.value) ? E.ValueError : E.OverflowError, Number.isNaN(o.value) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    }
    if (Math.trunc(o.value) !== o.value) throw valueError(`non-integer ${n === 3 ? 'step' : `arg ${n}`} for ${what}`);
    return BigInt(o.value);
  }
  if (o.type.nbInt !== undefined || o.type.nbIndex !== undefined) return BigInt(asIndex(o));
  throw typeError(`int() argument must be a string, a bytes-like object or a number, not '${tpName(o.type)}'`);
}

/** A float argument (`x + 0.0` style arithmetic in random.py). */
export function floatArg(o: PyObject): number {
  return asDouble(o);
}

/** The fixed seed of corosim's generators where CPython reads os.urandom. */
export const DEFAULT_SEED = 0n;

/** `Random.seed(a, version)`. */
export function seedFrom(gen: RandomGenerator, a: PyObject, version: number): void {
  if (a === None) {
    seedRandom(gen, DEFAULT_SEED);
    return;
  }
  if (a instanceof PyInt) {
    const v = BigInt(a.value);
    seedRandom(gen, v < 0n ? -v : v);
    return;
  }
  if ((version === 1 || version === 2) && a instanceof PyStr) {
    seedRandom(gen, a.value, version);
    return;
  }
  if ((version === 1 || version === 2) && a instanceof PyBytes) {
    seedRandom(gen, a.value, version);
    return;
  }
  seedFromHash(gen, hashObject(a));
}
