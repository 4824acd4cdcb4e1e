/**
 * The integer and sequence methods of Python's `random.Random` on top of the Mersenne Twister:
 * `_randbelow` (the getrandbits flavour), `randrange`, `randint`, `choice`, `shuffle` and
 * `sample`, with the exceptions they raise. Mirrors CPython 3.8 Lib/random.py for int
 * arguments; the runtime converts and checks other argument types first.
 * @module
 */
import { crLog } from '../numeric/precise-math.ts';
import { MersenneTwister } from './mersenne-twister.ts';
import { isRandomError, randomError, type RandomResult } from './random-error.ts';

/** Where the methods draw their bits and floats: the Mersenne Twister, or a subclass's own. */
export interface RandomCore {
  /** `random()`: a float in [0, 1). */
  random(): number;
  /** `getrandbits(k)`. */
  getrandbits(k: number): RandomResult<bigint>;
  /** `getrandbits(k)` for `1 <= k <= 32`, as a number. */
  getrandbitsSmall(k: number): number;
}

/**
 * What the methods and distributions draw from: `random()` and `getrandbits()`, the cached
 * `gauss_next`, and `_randbelow` when a subclass of `random.Random` replaces it.
 */
export interface RandomDraws {
  readonly core: RandomCore;
  /** The second normal deviate `gauss()` computed last time, or null (Python's None). */
  gaussNext: number | null;
  /** `self._randbelow(n)` when it is not `_randbelow_with_getrandbits` over `core`. */
  readonly randbelow?: (n: bigint) => bigint;
}

/** A Python-level `random.Random`: the C core generator plus `random.py`'s cached `gauss_next`. */
export interface RandomGenerator extends RandomDraws {
  /** The `_random.Random` state. */
  readonly core: MersenneTwister;
}

/** Creates a generator with a fixed placeholder state; seed it before use. */
export function createRandom(): RandomGenerator {
  return { core: new MersenneTwister(), gaussNext: null };
}

/** `int.bit_length()` of a non-negative int. */
function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/**
 * `_randbelow_with_getrandbits(n)`: a uniform int in [0, n), by drawing `n.bit_length()` bits
 * until the value is below `n`.
 *
 * @param n - the bound, `n >= 0`
 * @returns the int, or ValueError for `n == 0` (from `getrandbits(0)`)
 */
export function randbelow(gen: RandomDraws, n: bigint): RandomResult<bigint> {
  if (gen.randbelow !== undefined) return gen.randbelow(n);
  const k = bitLength(n);
  const first = gen.core.getrandbits(k);
  if (isRandomError(first)) return first;
  let r: bigint = first;
  // k > 0 here, so these draws cannot fail.
  while (r >= n) r = gen.core.getrandbits(k) as bigint;
  return r;
}

/**
 * {@link randbelow} for a bound that is a JS safe integer (a length), in number arithmetic:
 * the same draws, so the same results and the same generator state afterwards.
 */
export function randbelowIndex(gen: RandomDraws, n: number): RandomResult<number> {
  if (gen.randbelow !== undefined) return Number(gen.randbelow(BigInt(n)));
  if (n >= 0x1_0000_0000) {
    const r = randbelow(gen, BigInt(n));
    return isRandomError(r) ? r : Number(r);
  }
  if (n <= 0) return randomError('ValueError', 'number of bits must be greater than zero');
  const k = 32 - Math.clz32(n);
  let r = gen.core.getrandbitsSmall(k);
  while (r >= n) r = gen.core.getrandbitsSmall(k);
  return r;
}

/** Python's `a // b` for ints. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/**
 * `randrange(start, stop=None, step=1)` for int arguments: a random element of
 * `range(start, stop, step)`, or of `range(start)` without `stop`.
 *
 * @returns the int, or 3.8's ValueError for an empty range or a zero step
 * @example
 * ```ts
 * randrange(gen, 0n, 100n, 7n); // one of 0, 7, ..., 98
 * ```
 */
export function randrange(gen: RandomDraws, start: bigint, stop: bigint | null = null, step = 1n): RandomResult<bigint> {
  if (stop === null) {
    if (start > 0n) return randbelow(gen, start);
    return randomError('ValueError', 'empty range for randrange()');
  }
  const width = stop - start;
  if (step === 1n) {
    if (width > 0n) return add(start, randbelow(gen, width));
    return randomError('ValueError', `empty range for randrange() (${start.toString()}, ${stop.toString()}, ${width.toString()})`);
  }
  let n: bigint;
  if (step > 0n) n = floorDiv(width + step - 1n, step);
  else if (step < 0n) n = floorDiv(width + step + 1n, step);
  else return randomError('ValueError', 'zero step for randrange()');
  if (n <= 0n) return randomError('ValueError', 'empty range for randrange()');
  const r = randbelow(gen, n);
  return isRandomError(r) ? r : start + step * r;
}

function add(a: bigint, r: RandomResult<bigint>): RandomResult<bigint> {
  return isRandomError(r) ? r : a + r;
}

/** `randint(a, b)`: `randrange(a, b + 1)`, a random int in [a, b]. */
export function randint(gen: RandomDraws, a: bigint, b: bigint): RandomResult<bigint> {
  return randrange(gen, a, b + 1n);
}

/**
 * `choice(seq)`'s draw: the index of the element chosen from a sequence of `length` items.
 *
 * @returns the index, or IndexError for an empty sequence
 */
export function choice(gen: RandomDraws, length: number): RandomResult<number> {
  const i = randbelowIndex(gen, length);
  return isRandomError(i) ? randomError('IndexError', 'Cannot choose from an empty sequence') : i;
}

/** `shuffle(x)` with the default `random=None`: Fisher-Yates from the end, in place. */
export function shuffle(gen: RandomDraws, x: unknown[]): void {
  for (let i = x.length - 1; i >= 1; i--) {
    const j = randbelowIndex(gen, i + 1) as number;
    const t = x[i];
    x[i] = x[j];
    x[j] = t;
  }
}

/**
 * Whether `sample()` picks from a pool (a list copy of the population) rather than tracking a
 * set of the selected: when `n` is at most the size of a `k`-item set (the `setsize` rule).
 */
export function sampleUsesPool(n: number, k: number): boolean {
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(crLog(k * 3) / crLog(4));
  return n <= setsize;
}

/**
 * `sample(population, k)`'s draws: the indices into a population of `populationLength` items
 * of the `k` elements chosen, in selection order. Like 3.8 it tracks a pool of the unselected
 * when the population is small next to `k` (the `setsize` rule), else a set of the selected.
 *
 * @returns the indices, or ValueError unless `0 <= k <= populationLength`
 */
export function sample(gen: RandomDraws, populationLength: number, k: number): RandomResult<number[]> {
  const n = populationLength;
  if (!(k >= 0 && k <= n)) return randomError('ValueError', 'Sample larger than population or is negative');
  const result: number[] = [];
  if (sampleUsesPool(n, k)) {
    const pool = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < k; i++) {
      const j = randbelowIndex(gen, n - i) as number;
      result.push(pool[j] ?? 0);
      pool[j] = pool[n - i - 1] ?? 0;
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = randbelowIndex(gen, n) as number;
      while (selected.has(j)) j = randbelowIndex(gen, n) as number;
      selected.add(j);
      result.push(j);
    }
  }
  return result;
}
