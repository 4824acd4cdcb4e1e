/**
 * `random.Random.seed`, `getstate` and `setstate` at the Python level: str and bytes seeds
 * (version 2 appends their SHA-512 digest; version 1 is the old string hash), int seeds, seeds
 * from another object's hash, and the `(3, internal_state, gauss_next)` state triple. Mirrors
 * CPython 3.8 Lib/random.py `Random.seed`/`getstate`/`setstate` and `random_seed` in
 * Modules/_randommodule.c.
 * @module
 */
import type { RandomGenerator } from './random-methods.ts';
import { randomError, type RandomError } from './random-error.ts';
import { sha512 } from './sha512.ts';
import { encodeUtf8 } from '../source/utf8.ts';

/** `Random.VERSION`, the first item of `getstate()`. */
export const STATE_VERSION = 3;

const U64 = (1n << 64n) - 1n;

/** `int.from_bytes(bytes, 'big')`. */
function bigFromBytes(bytes: Uint8Array): bigint {
  let hex = '0x0';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return BigInt(hex);
}

/** The version 1 string hash of 3.8's `seed(a, version=1)`, over code points. */
function version1Key(codePoints: readonly number[]): bigint {
  let x = codePoints.length > 0 ? BigInt(codePoints[0] ?? 0) << 7n : 0n;
  for (const c of codePoints) x = ((1000003n * x) ^ BigInt(c)) & U64;
  return x ^ BigInt(codePoints.length);
}

/**
 * `seed(a, version)` for an int, str or bytes-like `a` (a `Uint8Array` stands for bytes and
 * bytearray alike); clears `gauss_next`.
 *
 * @remarks
 * Version 2 (the default) seeds with `int.from_bytes(a + sha512(a).digest(), 'big')`, a str
 * first UTF-8 encoded (a str with lone surrogates, which Python refuses to encode, is the
 * caller's to reject). Version 1 hashes the code points of a str or the bytes of a bytes.
 * Ints, and strs or bytes under any other version, are the caller's: an int seeds directly
 * and any other object through {@link seedFromHash}. 3.8's `a += sha512(a).digest()` extends a
 * bytearray seed in place: the runtime must append the digest ({@link sha512}) to the caller's
 * bytearray itself.
 */
export function seedRandom(gen: RandomGenerator, a: bigint | string | Uint8Array, version = 2): void {
  let n: bigint;
  if (typeof a === 'bigint') {
    n = a;
  } else if (version === 1) {
    const codePoints = typeof a === 'string' ? Array.from(a, (ch) => ch.codePointAt(0) ?? 0) : Array.from(a);
    n = version1Key(codePoints);
  } else {
    const bytes = typeof a === 'string' ? encodeUtf8(a) : a;
    const joined = new Uint8Array(bytes.length + 64);
    joined.set(bytes);
    joined.set(sha512(bytes), bytes.length);
    n = bigFromBytes(joined);
  }
  gen.core.seed(n);
  gen.gaussNext = null;
}

/**
 * `seed(a)` for an object that is neither an int nor (under versions 1 and 2) a str or bytes:
 * `random_seed` uses `hash(a)` cast to an unsigned 64-bit `size_t`.
 */
export function seedFromHash(gen: RandomGenerator, hash: bigint): void {
  gen.core.seed(hash & U64);
  gen.gaussNext = null;
}

/** What `getstate()` returns: `(VERSION, internal_state, gauss_next)`. */
export type RandomState = readonly [version: number, internal: readonly number[], gaussNext: number | null];

/** `getstate()`: the version, the 625 ints of the core state, and `gauss_next`. */
export function getRandomState(gen: RandomGenerator): RandomState {
  return [STATE_VERSION, gen.core.getstate(), gen.gaussNext];
}

/**
 * `setstate((version, internal_state, gauss_next))`: versions 3 and 2 (whose words were saved
 * signed and are taken modulo 2**32). As in 3.8, `gauss_next` is set before the core state is
 * checked.
 *
 * @returns undefined, or the exception CPython raises
 */
export function setRandomState(
  gen: RandomGenerator,
  version: bigint,
  internal: readonly bigint[],
  gaussNext: number | null,
): RandomError | undefined {
  if (version === 3n) {
    gen.gaussNext = gaussNext;
    return gen.core.setstate(internal);
  }
  if (version === 2n) {
    gen.gaussNext = gaussNext;
    const m = 1n << 32n;
    return gen.core.setstate(internal.map((x) => ((x % m) + m) % m));
  }
  return randomError('ValueError', `state with version ${version.toString()} passed to Random.setstate() of version ${STATE_VERSION}`);
}
