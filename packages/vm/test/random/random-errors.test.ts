// The exceptions of CPython 3.8's random module, with its exact messages, and state round trips.
import { describe, expect, it } from 'vitest';
import { expovariate, gammavariate, gauss, triangular } from '../../src/random/random-distributions.ts';
import { choice, createRandom, randbelow, randrange, sample, type RandomGenerator } from '../../src/random/random-methods.ts';
import { getRandomState, seedFromHash, seedRandom, setRandomState } from '../../src/random/random-seed.ts';

function seeded(seed: bigint): RandomGenerator {
  const gen = createRandom();
  seedRandom(gen, seed);
  return gen;
}

describe('errors', () => {
  const gen = seeded(1n);

  it.each<[string, () => unknown, string, string]>([
    ['randrange(0)', () => randrange(gen, 0n), 'ValueError', 'empty range for randrange()'],
    ['randrange(-3)', () => randrange(gen, -3n), 'ValueError', 'empty range for randrange()'],
    ['randrange(5, 5)', () => randrange(gen, 5n, 5n), 'ValueError', 'empty range for randrange() (5, 5, 0)'],
    ['randrange(5, 1)', () => randrange(gen, 5n, 1n), 'ValueError', 'empty range for randrange() (5, 1, -4)'],
    ['randrange(0, 10, -1)', () => randrange(gen, 0n, 10n, -1n), 'ValueError', 'empty range for randrange()'],
    ['randrange(0, 10, 0)', () => randrange(gen, 0n, 10n, 0n), 'ValueError', 'zero step for randrange()'],
    ['getrandbits(0)', () => gen.core.getrandbits(0), 'ValueError', 'number of bits must be greater than zero'],
    ['getrandbits(-1)', () => gen.core.getrandbits(-1), 'ValueError', 'number of bits must be greater than zero'],
    ['_randbelow(0)', () => randbelow(gen, 0n), 'ValueError', 'number of bits must be greater than zero'],
    ['choice([])', () => choice(gen, 0), 'IndexError', 'Cannot choose from an empty sequence'],
    ['sample(range(3), 4)', () => sample(gen, 3, 4), 'ValueError', 'Sample larger than population or is negative'],
    ['sample(range(3), -1)', () => sample(gen, 3, -1), 'ValueError', 'Sample larger than population or is negative'],
    ['expovariate(0)', () => expovariate(gen, 0), 'ZeroDivisionError', 'float division by zero'],
    ['gammavariate(0, 1)', () => gammavariate(gen, 0, 1), 'ValueError', 'gammavariate: alpha and beta must be > 0.0'],
    ['setstate wrong size', () => gen.core.setstate([1, 2, 3]), 'ValueError', 'state vector is the wrong size'],
    ['setstate index 625', () => gen.core.setstate([...Array<number>(624).fill(1), 625]), 'ValueError', 'invalid state'],
    ['setstate negative word', () => gen.core.setstate([-1n, ...Array<number>(623).fill(1), 0]), 'OverflowError', "can't convert negative value to unsigned int"],
    ['setstate 2**64 word', () => gen.core.setstate([2n ** 64n, ...Array<number>(623).fill(1), 0]), 'OverflowError', 'Python int too large to convert to C unsigned long'],
    ['setstate 2**63 index', () => gen.core.setstate([...Array<number>(624).fill(1), 2n ** 63n]), 'OverflowError', 'Python int too large to convert to C long'],
    ['setstate version 4', () => setRandomState(gen, 4n, [], null), 'ValueError', 'state with version 4 passed to Random.setstate() of version 3'],
  ])('%s', (_, call, error, message) => {
    expect(call()).toEqual({ error, message });
  });

  it('returns low from triangular(x, x) after drawing, as the ZeroDivisionError is caught', () => {
    expect(triangular(gen, 2.5, 2.5, 1.0)).toBe(2.5);
  });
});

describe('state', () => {
  it('round-trips getstate/setstate, gauss_next included', () => {
    const gen = seeded(99n);
    gauss(gen, 0, 1);
    const [version, internal, gaussNext] = getRandomState(gen);
    const expected = [gauss(gen, 0, 1), gen.core.random(), gen.core.random()];
    expect(setRandomState(gen, BigInt(version), internal.map(BigInt), gaussNext)).toBeUndefined();
    expect([gauss(gen, 0, 1), gen.core.random(), gen.core.random()]).toEqual(expected);
  });

  it('reads version 2 states modulo 2**32', () => {
    const gen = seeded(5n);
    const internal = gen.core.getstate().map((w, i) => (i < 624 && w >= 2 ** 31 ? BigInt(w) - 2n ** 32n : BigInt(w)));
    const expected = gen.core.random();
    seedRandom(gen, 6n);
    expect(setRandomState(gen, 2n, internal, null)).toBeUndefined();
    expect(gen.core.random()).toBe(expected);
  });

  it('seeds with the absolute value of an int, and 0 with the key [0]', () => {
    expect(seeded(-7n).core.getstate()).toEqual(seeded(7n).core.getstate());
    const zero = createRandom();
    zero.core.initByArray([0]);
    expect(seeded(0n).core.getstate()).toEqual(zero.core.getstate());
  });

  it('seeds other objects from their hash as an unsigned 64-bit value', () => {
    // random.seed(-2) for a hash of -2 is seed(2**64 - 2), unlike the int -2.
    const gen = createRandom();
    seedFromHash(gen, -2n);
    expect(gen.core.getstate()).toEqual(seeded(2n ** 64n - 2n).core.getstate());
  });

  it('clears gauss_next when seeding', () => {
    const gen = seeded(3n);
    gauss(gen, 0, 1);
    expect(gen.gaussNext).not.toBeNull();
    seedRandom(gen, 3n);
    expect(gen.gaussNext).toBeNull();
  });
});
