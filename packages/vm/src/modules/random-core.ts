/**
 * The `_random` module: `_random.Random`, the Mersenne Twister core that `random.Random`
 * subclasses, with `random()`, `seed()`, `getstate()`, `setstate()` and `getrandbits()`.
 * Mirrors CPython 3.8 Modules/_randommodule.c.
 * @module
 */
import { newFloat } from '../objects/float.ts';
import { PyInt, newInt } from '../objects/int.ts';
import { checkPositional, intArg, positional } from '../objects/list-methods.ts';
import { None, newNone } from '../objects/singletons.ts';
import { PyTuple, newTuple, newTupleStealing } from '../objects/tuple.ts';
import { hashObject } from '../runtime/abstract-compare.ts';
import { staticType } from '../runtime/core-types.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_BASETYPE, decref, incref, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { markDottedTypeName, tpName } from '../runtime/type-name.ts';
import * as M from '../random/random-methods.ts';
import { seedFromHash } from '../random/random-seed.ts';
import { defineNativeModule } from './module-builder.ts';
import { coreSeed, unwrap } from './random-support.ts';

/** `_random.Random` (`Random_Type`). */
export const coreType: PyType = staticType({ name: 'Random', module: '_random', basicsize: 2520, flags: TPFLAGS_BASETYPE });
markDottedTypeName(coreType);

/** A `_random.Random` (`RandomObject`): the generator's state. */
export class PyRandom extends PyObject {
  readonly gen: M.RandomGenerator = M.createRandom();
}

/** The generator of a `_random.Random` instance. */
export function genOf(o: PyObject): M.RandomGenerator {
  if (!(o instanceof PyRandom)) throw typeError(`descriptor requires a '_random.Random' object but received '${tpName(o.type)}'`);
  return o.gen;
}

coreType.new = (type, args, kwnames) => {
  if (type === coreType && kwnames !== null && kwnames.length > 0) throw typeError('Random() takes no keyword arguments');
  const r = new PyRandom(type, allocateAddress(type));
  if (type.isHeapType) incref(type);
  // `random_seed(self, args)`: the whole positional tuple is the seed, so it is hashed.
  const seed = newTuple(positional(args, kwnames));
  try {
    seedFromHash(r.gen, hashObject(seed));
  } catch (e) {
    decref(r);
    throw e;
  } finally {
    decref(seed);
  }
  return r;
};

/** `_random.Random.setstate(state)`: a 625-tuple of ints. */
export function coreSetstate(gen: M.RandomGenerator, state: PyObject): void {
  if (!(state instanceof PyTuple)) throw typeError('state vector must be a tuple');
  if (state.items.length !== 625) throw valueError('state vector is the wrong size');
  const words = state.items.map((w, i) => {
    if (w instanceof PyInt) return BigInt(w.value);
    // `PyLong_AsUnsignedLong` for the words, `PyLong_AsLong` for the index.
    throw typeError(i < 624 ? 'an integer is required' : `an integer is required (got type ${tpName(w.type)})`);
  });
  const err = gen.core.setstate(words);
  if (err !== undefined) unwrap(err);
}

/** `_random.Random.getstate()`: the 624 words and the index. */
export function coreGetstate(gen: M.RandomGenerator): PyObject {
  return newTupleStealing(gen.core.getstate().map((w) => newInt(w)));
}

addMethods(coreType, [
  { name: 'random', kind: 'noargs', impl: (self) => newFloat(genOf(self).core.random()) },
  {
    name: 'seed', kind: 'fast',
    impl: (self, args) => {
      checkPositional('seed', args.length, 0, 1);
      coreSeed(genOf(self), args[0] ?? None);
      return newNone();
    },
  },
  { name: 'getstate', kind: 'noargs', impl: (self) => coreGetstate(genOf(self)) },
  {
    name: 'setstate', kind: 'o',
    impl: (self, args) => {
      coreSetstate(genOf(self), args[0] as PyObject);
      return newNone();
    },
  },
  {
    name: 'getrandbits', kind: 'o',
    impl: (self, args) => {
      const k = intArg(args[0] as PyObject);
      return newInt(unwrap(genOf(self).core.getrandbits(k)));
    },
  },
]);

defineNativeModule({
  name: '_random',
  doc: 'Module implements the Mersenne Twister random number generator.',
  values: () => [['Random', incref(coreType)]],
});
