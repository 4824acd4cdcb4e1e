/**
 * The hashes of int, float and complex: the value modulo the Mersenne prime 2**61 - 1, so equal
 * numbers of any type hash alike (`hash(1) == hash(1.0) == hash(True)`). Mirrors CPython 3.8
 * Objects/longobject.c `long_hash`, Python/pyhash.c `_Py_HashDouble` and
 * Objects/complexobject.c `complex_hash`.
 * @module
 */

/** `_PyHASH_BITS` on 64-bit builds. */
const HASH_BITS = 61n;

/** `_PyHASH_MODULUS`: 2**61 - 1. */
export const HASH_MODULUS: bigint = (1n << HASH_BITS) - 1n;

/** `_PyHASH_INF`: the hash of float('inf'); -inf hashes to its negation. */
export const HASH_INF = 314159n;

/** `_PyHASH_NAN`: the hash of every nan in 3.8. */
export const HASH_NAN = 0n;

/** `_PyHASH_IMAG`: the multiplier of the imaginary part's hash. */
const HASH_IMAG = 1000003n;

/** Turns the error marker -1 into -2, as every CPython hash function does. */
function notMinusOne(h: bigint): bigint {
  return h === -1n ? -2n : h;
}

/**
 * Returns `hash(n)` for a Python int (bools hash as 0 and 1).
 *
 * @remarks
 * `sign(n) * (abs(n) mod (2**61 - 1))`, with -1 mapped to -2.
 *
 * @param n - the integer
 * @returns the signed 64-bit hash
 * @example
 * ```ts
 * intHash(-1n); // -2n
 * intHash(2n ** 61n); // 1n
 * ```
 * @see CPython 3.8 Objects/longobject.c long_hash
 */
export function intHash(n: bigint): bigint {
  const h = (n < 0n ? -n : n) % HASH_MODULUS;
  return notMinusOne(n < 0n ? -h : h);
}

/** Scratch space to read a double's bits. */
const FLOAT_BITS = new DataView(new ArrayBuffer(8));

/** The exact value of a finite double as `mantissa * 2**exponent` with an integer mantissa. */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  const view = FLOAT_BITS;
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  // Subnormals have no implicit leading bit and the exponent of the smallest normal.
  if (biased === 0) return { mantissa: fraction, exponent: -1074 };
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/** 2**e modulo 2**61 - 1 for any integer e: 2**61 is 1 there, so only e mod 61 matters. */
function powerOfTwoModulo(e: number): bigint {
  const r = ((e % 61) + 61) % 61;
  return 1n << BigInt(r);
}

/**
 * Returns `hash(x)` for a Python float.
 *
 * @remarks
 * A finite float hashes as the rational number it is, modulo 2**61 - 1 (so integral floats hash
 * as the equal int); infinities hash to ±314159 and nan to 0.
 *
 * @param x - the value
 * @returns the signed 64-bit hash
 * @example
 * ```ts
 * floatHash(1.0); // 1n
 * floatHash(0.5); // 1152921504606846976n
 * ```
 * @see CPython 3.8 Python/pyhash.c _Py_HashDouble
 */
export function floatHash(x: number): bigint {
  if (Number.isNaN(x)) return HASH_NAN;
  if (!Number.isFinite(x)) return x > 0 ? HASH_INF : -HASH_INF;
  if (x === 0) return 0n;
  const { mantissa, exponent } = decompose(Math.abs(x));
  const h = ((mantissa % HASH_MODULUS) * powerOfTwoModulo(exponent)) % HASH_MODULUS;
  return notMinusOne(x < 0 ? -h : h);
}

/**
 * Returns `hash(complex(real, imag))`.
 *
 * @remarks
 * `hash(real) + 1000003 * hash(imag)` in wrapping unsigned 64-bit arithmetic, read back as signed;
 * a complex with a zero imaginary part hashes as its real part.
 *
 * @param real - the real part
 * @param imag - the imaginary part
 * @returns the signed 64-bit hash
 * @example
 * ```ts
 * complexHash(1, 0); // 1n
 * ```
 * @see CPython 3.8 Objects/complexobject.c complex_hash
 */
export function complexHash(real: number, imag: number): bigint {
  const combined = BigInt.asIntN(64, floatHash(real) + HASH_IMAG * floatHash(imag));
  return notMinusOne(combined);
}
