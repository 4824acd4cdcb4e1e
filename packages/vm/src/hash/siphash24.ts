/**
 * SipHash-2-4 with the all-zero key: CPython 3.8's str and bytes hash under PYTHONHASHSEED=0.
 * Mirrors CPython 3.8 Python/pyhash.c `siphash24` and `_Py_HashBytes`.
 * @module
 */

/**
 * The SipHash state v0..v3 as 32-bit halves (stores into the Uint32Array wrap modulo 2**32): `[v0hi, v0lo, v1hi, v1lo, v2hi, v2lo, v3hi, v3lo]`.
 * 64-bit lanes are split in two so that hashing stays in fast 32-bit arithmetic, without bigint.
 */
type State = Uint32Array;

/** `v[a] += v[b]` on 64-bit lanes. */
function add(v: State, a: number, b: number): void {
  const lo = (v[a + 1] ?? 0) + (v[b + 1] ?? 0);
  v[a + 1] = lo;
  v[a] = (v[a] ?? 0) + (v[b] ?? 0) + (lo > 0xffffffff ? 1 : 0);
}

/** `v[a] = rotl(v[a], n) ^ v[x]` on 64-bit lanes, for 0 < n < 32. */
function rotlXor(v: State, a: number, n: number, x: number): void {
  const hi = v[a] ?? 0;
  const lo = v[a + 1] ?? 0;
  v[a] = ((hi << n) | (lo >>> (32 - n))) ^ (v[x] ?? 0);
  v[a + 1] = ((lo << n) | (hi >>> (32 - n))) ^ (v[x + 1] ?? 0);
}

/** `v[a] = rotl(v[a], 32)`: swap the halves. */
function swapHalves(v: State, a: number): void {
  const hi = v[a] ?? 0;
  v[a] = v[a + 1] ?? 0;
  v[a + 1] = hi;
}

const V0 = 0;
const V1 = 2;
const V2 = 4;
const V3 = 6;

/** One SipRound: CPython's `HALF_ROUND(v0,v1,v2,v3,13,16)` then `HALF_ROUND(v2,v1,v0,v3,17,21)`. */
function sipRound(v: State): void {
  add(v, V0, V1);
  add(v, V2, V3);
  rotlXor(v, V1, 13, V0);
  rotlXor(v, V3, 16, V2);
  swapHalves(v, V0);
  add(v, V2, V1);
  add(v, V0, V3);
  rotlXor(v, V1, 17, V2);
  rotlXor(v, V3, 21, V0);
  swapHalves(v, V2);
}

/** Xors the little-endian 64-bit word `(hi, lo)` into lane `a`. */
function xorWord(v: State, a: number, hi: number, lo: number): void {
  v[a] = (v[a] ?? 0) ^ hi;
  v[a + 1] = (v[a + 1] ?? 0) ^ lo;
}

/** Reads 4 bytes little-endian from `data` at `at`, 0 past the end. */
function le32(data: Uint8Array, at: number, end: number): number {
  let word = 0;
  for (let k = 3; k >= 0; k--) word = (word << 8) | (at + k < end ? (data[at + k] ?? 0) : 0);
  return word >>> 0;
}

/**
 * Returns SipHash-2-4 of `data` with the all-zero key, as an unsigned 64-bit integer.
 *
 * @remarks
 * This is CPython's `siphash24(k0 = 0, k1 = 0, data)`: the key CPython derives from
 * PYTHONHASHSEED=0 is all zero bytes.
 *
 * @param data - the bytes to hash
 * @returns the 64-bit hash, 0 to 2**64 - 1
 * @example
 * ```ts
 * siphash24(new Uint8Array()); // 0x1e924b9d737700d7n
 * ```
 * @see CPython 3.8 Python/pyhash.c siphash24
 */
export function siphash24(data: Uint8Array): bigint {
  // k0 = k1 = 0, so v0..v3 are the constants themselves ("somepseudorandomlygeneratedbytes").
  const v: State = new Uint32Array([0x736f6d65, 0x70736575, 0x646f7261, 0x6e646f6d, 0x6c796765, 0x6e657261, 0x74656462, 0x79746573]);
  const n = data.length;
  const whole = n - (n % 8);
  for (let i = 0; i < whole; i += 8) {
    const lo = le32(data, i, n);
    const hi = le32(data, i + 4, n);
    xorWord(v, V3, hi, lo);
    sipRound(v);
    sipRound(v);
    xorWord(v, V0, hi, lo);
  }
  // The last word holds the 0-7 remaining bytes and, in its top byte, the length mod 256.
  const lo = le32(data, whole, n);
  const hi = (le32(data, whole + 4, n) | ((n & 0xff) << 24)) >>> 0;
  xorWord(v, V3, hi, lo);
  sipRound(v);
  sipRound(v);
  xorWord(v, V0, hi, lo);
  v[V2 + 1] = (v[V2 + 1] ?? 0) ^ 0xff;
  for (let round = 0; round < 4; round++) sipRound(v);
  const outHi = ((v[V0] ?? 0) ^ (v[V1] ?? 0) ^ (v[V2] ?? 0) ^ (v[V3] ?? 0)) >>> 0;
  const outLo = ((v[V0 + 1] ?? 0) ^ (v[V1 + 1] ?? 0) ^ (v[V2 + 1] ?? 0) ^ (v[V3 + 1] ?? 0)) >>> 0;
  return (BigInt(outHi) << 32n) | BigInt(outLo);
}

/**
 * Returns the hash CPython 3.8 gives a buffer of bytes under PYTHONHASHSEED=0.
 *
 * @remarks
 * The empty buffer hashes to 0; otherwise SipHash-2-4 read as a signed `Py_hash_t`, with -1
 * (the error marker) turned into -2.
 *
 * @param data - the bytes (for a str, its PEP 393 representation)
 * @returns the signed 64-bit hash
 * @example
 * ```ts
 * hashBytes(new TextEncoder().encode('a'));
 * ```
 * @see CPython 3.8 Python/pyhash.c _Py_HashBytes
 */
export function hashBytes(data: Uint8Array): bigint {
  if (data.length === 0) return 0n;
  const x = BigInt.asIntN(64, siphash24(data));
  return x === -1n ? -2n : x;
}
