/**
 * Result plumbing and seeding for the `random` module: RandomError data to raised Python
 * exceptions, float arguments, and the `seed(a)` dispatch of `Random.seed` + `random_seed`.
 * Mirrors CPython 3.8 Lib/random.py and Modules/_randommodule.c argument handling.
 * @module
 */
import { PyBytes } from '../objects/bytes.ts';
import * as E from '../objects/exceptions.ts';
import { PyByteArray } from '../objects/bytearray.ts';
import { PyInt, newInt } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { PyStr } from '../objects/str.ts';
import { EQ, hashObject, richCompareBool } from '../runtime/abstract-compare.ts';
import { callMethod } from '../runtime/call.ts';
import { sha512 } from '../random/sha512.ts';
import { asDouble } from '../runtime/abstract-number.ts';
import { raiseMessage, type PyRaise } from '../runtime/errors.ts';
import { decref, type PyObject, type PyType } from '../runtime/object.ts';
import { isRandomError, type RandomError, type RandomResult } from '../random/random-error.ts';
import type { RandomGenerator } from '../random/random-methods.ts';
import { seedFromHash, seedRandom } from '../random/random-seed.ts';

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

/** A float argument (`x + 0.0` style arithmetic in random.py). */
export function floatArg(o: PyObject): number {
  return asDouble(o);
}

/** The fixed seed of corosim's generators where CPython reads os.urandom. */
export const DEFAULT_SEED = 0n;

/**
 * `random_seed(self, n)` of Modules/_randommodule.c (`_random.Random.seed`): None seeds from
 * the OS (corosim: {@link DEFAULT_SEED}), an int by its absolute value, anything else by its hash.
 */
export function coreSeed(gen: RandomGenerator, n: PyObject): void {
  if (n === None) seedRandom(gen, DEFAULT_SEED);
  else if (n instanceof PyInt) seedRandom(gen, absBig(BigInt(n.value)));
  else seedFromHash(gen, hashObject(n));
}

function absBig(v: bigint): bigint {
  return v < 0n ? -v : v;
}

/**
 * `Random.seed(a, version)` of Lib/random.py: version 1 hashes a str or bytes the old way,
 * version 2 turns a str, bytes or bytearray into an int with its SHA-512 digest appended (a
 * bytearray is extended in place, as `a += _sha512(a).digest()` does); then `super().seed(a)`.
 */
export function seedFrom(gen: RandomGenerator, a: PyObject, version: PyObject): void {
  if (isVersion(version, 1) && (a instanceof PyStr || a instanceof PyBytes)) {
    seedRandom(gen, a instanceof PyStr ? a.value : a.value, 1);
    return;
  }
  if (isVersion(version, 2)) {
    if (a instanceof PyStr) {
      // `a.encode()`: strict UTF-8, which refuses lone surrogates.
      const encoded = encodeStr(a);
      seedRandom(gen, encoded, 2);
      return;
    }
    if (a instanceof PyBytes) {
      seedRandom(gen, a.value, 2);
      return;
    }
    if (a instanceof PyByteArray) {
      const bytes = a.value.slice();
      const digest = sha512(bytes);
      a.resize(bytes.length + digest.length);
      a.buf.set(digest, bytes.length);
      seedRandom(gen, bytes, 2);
      return;
    }
  }
  coreSeed(gen, a);
}

/** `version == n` (an int, a float or a bool compares equal as Python does). */
function isVersion(version: PyObject, n: number): boolean {
  const want = newInt(n);
  try {
    return richCompareBool(version, want, EQ);
  } finally {
    decref(want);
  }
}

/** `str.encode()` (UTF-8, strict). */
function encodeStr(s: PyStr): Uint8Array {
  const encoded = callMethod(s, 'encode');
  try {
    return (encoded as PyBytes).value.slice();
  } finally {
    decref(encoded);
  }
}
