/**
 * The MT19937 Mersenne Twister behind Python's `random`, word for word as CPython 3.8
 * Modules/_randommodule.c: `init_genrand`, `init_by_array`, `genrand_int32`, `random()`'s
 * 53-bit float, `getrandbits`, seeding from an int, and the 625-word state tuple.
 * @module
 */
import { randomError, type RandomError, type RandomResult } from './random-error.ts';

/** Words of state (`N`). */
const N = 624;
/** The twist offset (`M`). */
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

const TWO_32 = 0x1_0000_0000n;
const U32 = 0xffff_ffffn;
const ULONG_LIMIT = 1n << 64n;
const LONG_LIMIT = 1n << 63n;

/**
 * One `_random.Random` core generator: 624 words of state and the index of the next word.
 *
 * @example
 * ```ts
 * const mt = new MersenneTwister();
 * mt.seed(42n);
 * mt.random(); // 0.6394267984578837, as random.seed(42); random.random()
 * ```
 */
export class MersenneTwister {
  /** `mt[N]`: the generator's state words. */
  readonly state = new Uint32Array(N);
  /** The next word of {@link state} to temper; `N` means a twist comes first. */
  index = N + 1;

  /** Creates a generator seeded as `init_genrand(5489)` would (callers seed it properly). */
  constructor() {
    this.initGenrand(5489);
  }

  /** `init_genrand`: fills the state from one 32-bit seed. */
  initGenrand(s: number): void {
    const mt = this.state;
    mt[0] = s;
    let prev = s >>> 0;
    for (let i = 1; i < N; i++) {
      prev = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
      mt[i] = prev;
    }
    this.index = N;
  }

  /** `init_by_array`: fills the state from a key of 32-bit words (at least one). */
  initByArray(key: readonly number[]): void {
    const mt = this.state;
    const at = (i: number): number => mt[i] ?? 0;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const p = at(i - 1);
      mt[i] = ((at(i) ^ Math.imul(p ^ (p >>> 30), 1664525)) >>> 0) + (key[j] ?? 0) + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = at(N - 1);
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const p = at(i - 1);
      mt[i] = ((at(i) ^ Math.imul(p ^ (p >>> 30), 1566083941)) >>> 0) - i;
      i++;
      if (i >= N) {
        mt[0] = at(N - 1);
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** `genrand_int32`: the next tempered word, in [0, 2**32). */
  genrandInt32(): number {
    const mt = this.state;
    const at = (i: number): number => mt[i] ?? 0;
    if (this.index >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (at(kk) & UPPER_MASK) | (at(kk + 1) & LOWER_MASK);
        mt[kk] = at(kk + M) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (at(kk) & UPPER_MASK) | (at(kk + 1) & LOWER_MASK);
        mt[kk] = at(kk + (M - N)) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      const y = (at(N - 1) & UPPER_MASK) | (at(0) & LOWER_MASK);
      mt[N - 1] = at(M - 1) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = at(this.index++);
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `random()`: a float in [0, 1) from 53 random bits (two words, 27 and 26 bits). */
  random(): number {
    const a = this.genrandInt32() >>> 5;
    const b = this.genrandInt32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** `getrandbits(k)` for `1 <= k <= 32` as a number: one word's top `k` bits. */
  getrandbitsSmall(k: number): number {
    return k === 32 ? this.genrandInt32() : this.genrandInt32() >>> (32 - k);
  }

  /**
   * `getrandbits(k)`: an int of `k` random bits, filled 32 bits at a time from the least
   * significant word (the last word keeps its top bits).
   *
   * @param k - the number of bits (a C int: the caller rejects values beyond that range)
   * @returns the int, or ValueError for `k <= 0` (3.8 rejects 0 too)
   */
  getrandbits(k: number): RandomResult<bigint> {
    if (k <= 0) return randomError('ValueError', 'number of bits must be greater than zero');
    if (k <= 32) return BigInt(this.getrandbitsSmall(k));
    const words = Math.floor((k - 1) / 32) + 1;
    const parts: string[] = [];
    let left = k;
    for (let i = 0; i < words; i++, left -= 32) {
      let r = this.genrandInt32();
      if (left < 32) r >>>= 32 - left;
      parts.push(r.toString(16).padStart(8, '0'));
    }
    return BigInt('0x' + parts.reverse().join(''));
  }

  /**
   * `random_seed` for an int: its absolute value, split into 32-bit words from the least
   * significant, fed to {@link initByArray} (0 gives the key `[0]`).
   */
  seed(n: bigint): void {
    let v = n < 0n ? -n : n;
    const key: number[] = [];
    do {
      key.push(Number(v & U32));
      v >>= 32n;
    } while (v > 0n);
    this.initByArray(key);
  }

  /** `getstate()`: the 624 state words then the index, as CPython's 625-tuple. */
  getstate(): number[] {
    return [...this.state, this.index];
  }

  /**
   * `setstate(state)` from a 625-tuple of ints, with 3.8's checks: each word must fit a C
   * `unsigned long` (and is truncated to 32 bits), the index a C `long` in [0, 624].
   *
   * @returns undefined, or the exception CPython raises (leaving the state unchanged)
   */
  setstate(state: readonly (number | bigint)[]): RandomError | undefined {
    if (state.length !== N + 1) return randomError('ValueError', 'state vector is the wrong size');
    const words = new Uint32Array(N);
    for (let i = 0; i < N; i++) {
      const v = BigInt(state[i] ?? 0);
      if (v < 0n) return randomError('OverflowError', "can't convert negative value to unsigned int");
      if (v >= ULONG_LIMIT) return randomError('OverflowError', 'Python int too large to convert to C unsigned long');
      words[i] = Number(v % TWO_32);
    }
    const index = BigInt(state[N] ?? 0);
    if (index < -LONG_LIMIT || index >= LONG_LIMIT) return randomError('OverflowError', 'Python int too large to convert to C long');
    if (index < 0n || index > BigInt(N)) return randomError('ValueError', 'invalid state');
    this.index = Number(index);
    this.state.set(words);
    return undefined;
  }
}
