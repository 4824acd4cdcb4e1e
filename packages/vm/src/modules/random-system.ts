/**
 * `random.SystemRandom`: the `random.Random` subclass whose `random()` and `getrandbits()` read
 * the operating system's entropy, and whose `seed()` is a no-op and `getstate()`/`setstate()`
 * refuse. Mirrors CPython 3.8 Lib/random.py `SystemRandom`.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { newFloat } from '../objects/float.ts';
import { newInt } from '../objects/int.ts';
import { addPythonMethodAlias, addPythonMethods, type NativePyMethodDef } from '../objects/native-py-method.ts';
import { newNone } from '../objects/singletons.ts';
import { LE, richCompareBool } from '../runtime/abstract-compare.ts';
import { asIndex, binaryOp, ssizeArg } from '../runtime/abstract-number.ts';
import { staticType } from '../runtime/core-types.ts';
import { raiseMessage, valueError } from '../runtime/errors.ts';
import { decref, type PyObject, type PyType } from '../runtime/object.ts';
import { layOutAsLibraryClass } from '../objects/type-layout.ts';
import { seedRandom } from '../random/random-seed.ts';
import { genOf } from './random-core.ts';
import { randomType } from './random-class.ts';
import { pyArgs, required } from './python-method-args.ts';
import { DEFAULT_SEED, unwrap } from './random-support.ts';

/** `random.SystemRandom`. */
export const systemRandomType: PyType = staticType({ name: 'SystemRandom', module: 'random', base: randomType, basicsize: randomType.basicsize, flags: randomType.flags });
layOutAsLibraryClass(systemRandomType, { dict: true, weak: true });

/**
 * `int.from_bytes(_urandom(n), 'big')`.
 *
 * DEVIATION(cpython): corosim reads no entropy; the bytes come from the instance's own Mersenne
 * Twister, seeded with the fixed seed of `Random()`, so a run draws the same numbers every time.
 */
function urandomInt(self: PyObject, nbytes: number): bigint {
  return nbytes === 0 ? 0n : unwrap(genOf(self).core.getrandbits(nbytes * 8));
}

const STATELESS = 'System entropy source does not have state.';

const METHODS: NativePyMethodDef[] = [
  {
    name: 'random', kind: 'fastkw', doc: 'Get the next random number in the range [0.0, 1.0).',
    impl: (self, args, kwnames) => {
      pyArgs('random', args, kwnames, [], 0);
      // `(int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF`
      return newFloat(Number(urandomInt(self, 7) >> 3n) * 2 ** -53);
    },
  },
  {
    name: 'getrandbits', kind: 'fastkw', doc: 'getrandbits(k) -> x.  Generates an int with k random bits.',
    impl: (self, args, kwnames) => {
      const k = required(pyArgs('getrandbits', args, kwnames, ['k'], 1)[0]);
      const zero = newInt(0);
      try {
        if (richCompareBool(k, zero, LE)) throw valueError('number of bits must be greater than zero');
      } finally {
        decref(zero);
      }
      // `numbytes = (k + 7) // 8`, which `_urandom` takes as an index.
      const seven = newInt(7);
      const eight = newInt(8);
      let numbytes: PyObject;
      try {
        const sum = binaryOp(k, seven, 'add');
        try {
          numbytes = binaryOp(sum, eight, 'floor_divide');
        } finally {
          decref(sum);
        }
      } finally {
        decref(seven);
        decref(eight);
      }
      let n: number;
      try {
        n = ssizeArg(numbytes);
      } finally {
        decref(numbytes);
      }
      // `x >> (numbytes * 8 - k)`: trim the excess bits.
      return newInt(urandomInt(self, n) >> BigInt(n * 8 - Number(asIndex(k))));
    },
  },
  {
    name: 'seed', kind: 'fastkw', doc: 'Stub method.  Not used for a system random number generator.',
    impl: () => newNone(),
  },
  {
    name: '_notimplemented', kind: 'fastkw', doc: 'Method should not be called for a system random number generator.',
    impl: () => {
      throw raiseMessage(E.NotImplementedError, STATELESS);
    },
  },
];

addPythonMethods(systemRandomType, METHODS);
// `getstate = setstate = _notimplemented`: one function under three names.
addPythonMethodAlias(systemRandomType, 'getstate', systemRandomType, '_notimplemented');
addPythonMethodAlias(systemRandomType, 'setstate', systemRandomType, '_notimplemented');
// `Random.__init_subclass__` ran for the class statement: it defines getrandbits, so
// `_randbelow` is `_randbelow_with_getrandbits`.
addPythonMethodAlias(systemRandomType, '_randbelow', randomType, '_randbelow_with_getrandbits');

// `Random.__init__` calls `self.seed(x)`, a no-op here: the entropy stream starts from the
// fixed seed instead of the core's hash-of-arguments seed.
systemRandomType.init = (self, args, kwnames) => {
  seedRandom(genOf(self), DEFAULT_SEED);
  const init = randomType.init;
  if (init !== undefined) init(self, args, kwnames);
};
