/**
 * The `random` module: the `Random` class of Lib/random.py (subclassable, on the `_random.Random`
 * core of random-core.ts) and the module-level functions bound to a hidden instance.
 * corosim is deterministic: where CPython seeds from os.urandom (at import, and for
 * `seed()`/`seed(None)`/`Random()`), corosim seeds with the fixed value 0, as `seed(0)` does;
 * `SystemRandom` draws its "entropy" from a Mersenne Twister seeded the same way.
 * Mirrors CPython 3.8 Lib/random.py.
 * @module
 */
import { PyDict, dictGetStr, dictSetStr } from '../objects/dict.ts';
import { PyFloat, newFloat } from '../objects/float.ts';
import { newInt } from '../objects/int.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None, newNone } from '../objects/singletons.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { EQ, richCompareBool } from '../runtime/abstract-compare.ts';
import { getItem } from '../runtime/abstract-item.ts';
import { iterableToArray, unpackIterable } from '../runtime/abstract-iter.ts';
import { asDouble, binaryOp } from '../runtime/abstract-number.ts';
import { strText } from '../runtime/abstract-object.ts';
import { getAttrString, setAttrString } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { PyRaise, exceptionMatches, raiseFromCause, valueError } from '../runtime/errors.ts';
import * as E from '../objects/exceptions.ts';
import { PyType, decref, freeObject, incref, xdecref, type PyObject } from '../runtime/object.ts';
import { addValue } from '../runtime/type-defs.ts';
import { addPythonClassMethods, addPythonMethodAlias, addPythonMethods } from '../objects/native-py-method.ts';
import { clearWeakrefs } from '../objects/weakref.ts';
import * as D from '../random/random-distributions.ts';
import type { RandomDraws } from '../random/random-methods.ts';
import { coreGetstate, coreSetstate, genOf } from './random-core.ts';
import { asRandom, drawsOfRandom, randomType } from './random-class.ts';
import { findsOwn } from './random-draws.ts';
import { pyArgs } from './python-method-args.ts';
import { SEQUENCE_METHODS } from './random-sequences.ts';
import { defineNativeModule } from './module-builder.ts';
import { floatArg, seedFrom, unwrap } from './random-support.ts';
import { systemRandomType } from './random-system.ts';

export { randomType } from './random-class.ts';

/** `Random.seed(self, a=None, version=2)`: seeds the core, then `self.gauss_next = None`. */
function seed(self: PyObject, a: PyObject, version: PyObject): void {
  seedFrom(genOf(self), a, version);
  setAttrString(self, 'gauss_next', None);
}

randomType.init = (self, args, kwnames) => {
  const [x] = pyArgs('__init__', args, kwnames, ['x'], 0);
  // `self.seed(x)`, a subclass's seed() included.
  if (findsOwn(self, randomType, 'seed')) {
    const two = newInt(2);
    try {
      seed(self, x ?? None, two);
    } finally {
      decref(two);
    }
  } else decref(callMethod(self, 'seed', [x ?? None]));
  setAttrString(self, 'gauss_next', None);
};
randomType.dealloc = (self) => {
  const d = self.dict;
  self.dict = null;
  xdecref(d);
  if (self.weakrefs !== null) clearWeakrefs(self);
  freeObject(self);
};
randomType.traverse = (self, visit) => {
  if (self.dict !== null) visit(self.dict);
};
randomType.clear = (self) => {
  const d = self.dict;
  self.dict = null;
  xdecref(d);
};

/**
 * A method of two float parameters or one (`uniform(a, b)`, `expovariate(lambd)`, ...): the
 * arguments as floats, the draws through `self`.
 */
function floats(fname: string, names: readonly string[], f: (g: RandomDraws, ...xs: number[]) => number | { error: string; message: string }): NativeDef {
  return {
    name: fname, kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const vals = pyArgs(fname, args, kwnames, names, names.length).map((v) => floatArg(v as PyObject));
      return newFloat(unwrap(f(drawsOfRandom(self), ...vals) as number));
    },
  };
}

/**
 * `a + (b-a) * self.random()` with Python's arithmetic, for arguments that are not both floats:
 * ints subtract exactly and other numbers (a Fraction) by their own rules before the product.
 */
function uniformOfObjects(draws: RandomDraws, a: PyObject, b: PyObject): PyObject {
  const width = binaryOp(b, a, 'subtract');
  let scaled: PyObject;
  try {
    const r = newFloat(draws.core.random());
    try {
      scaled = binaryOp(width, r, 'multiply');
    } finally {
      decref(r);
    }
  } finally {
    decref(width);
  }
  try {
    return binaryOp(a, scaled, 'add');
  } finally {
    decref(scaled);
  }
}

/** `gauss(mu, sigma)`, which keeps its second deviate in `self.gauss_next`. */
function gauss(self: PyObject, mu: number, sigma: number): number {
  const z = getAttrString(self, 'gauss_next');
  let next: number | null;
  try {
    next = z === None ? null : asDouble(z);
  } finally {
    decref(z);
  }
  setAttrString(self, 'gauss_next', None);
  const draws = drawsOfRandom(self);
  draws.gaussNext = next;
  const result = D.gauss(draws, mu, sigma);
  const kept = draws.gaussNext;
  draws.gaussNext = null;
  if (kept !== null) {
    const v = newFloat(kept);
    try {
      setAttrString(self, 'gauss_next', v);
    } finally {
      decref(v);
    }
  }
  return result;
}

/** `Random.getstate()`: `self.VERSION, super().getstate(), self.gauss_next`. */
function getstate(self: PyObject): PyObject {
  const version = getAttrString(self, 'VERSION');
  let internal: PyObject;
  try {
    internal = coreGetstate(genOf(self));
  } catch (e) {
    decref(version);
    throw e;
  }
  let gaussNext: PyObject;
  try {
    gaussNext = getAttrString(self, 'gauss_next');
  } catch (e) {
    decref(version);
    decref(internal);
    throw e;
  }
  return newTupleStealing([version, internal, gaussNext]);
}

/** `Random.setstate(state)`: versions 3 and 2 (saved signed: taken modulo 2**32). */
function setstate(self: PyObject, state: PyObject): void {
  const zero = newInt(0);
  let version: PyObject;
  try {
    version = getItem(state, zero);
  } finally {
    decref(zero);
  }
  try {
    const is = (n: number): boolean => {
      const v = newInt(n);
      try {
        return richCompareBool(version, v, EQ);
      } finally {
        decref(v);
      }
    };
    if (!is(3) && !is(2)) {
      const mine = getAttrString(self, 'VERSION');
      try {
        throw valueError(`state with version ${strText(version)} passed to Random.setstate() of version ${strText(mine)}`);
      } finally {
        decref(mine);
      }
    }
    const version3 = is(3);
    const [first, internal, gaussNext] = unpackIterable(state, 3) as [PyObject, PyObject, PyObject];
    decref(first);
    try {
      setAttrString(self, 'gauss_next', gaussNext);
      if (version3) coreSetstate(genOf(self), internal);
      else {
        // `tuple(x % (2**32) for x in internalstate)`; a ValueError on the way is raised
        // again as `raise TypeError from e`.
        const m = newInt(2n ** 32n);
        const reduced: PyObject[] = [];
        try {
          const words = iterableToArray(internal);
          try {
            for (const w of words) reduced.push(binaryOp(w, m, 'remainder'));
          } finally {
            for (const w of words) decref(w);
          }
        } catch (e) {
          for (const r of reduced) decref(r);
          if (e instanceof PyRaise && exceptionMatches(e, E.ValueError)) throw raiseFromCause(E.TypeError, null, e);
          throw e;
        } finally {
          decref(m);
        }
        const t = newTupleStealing(reduced);
        try {
          coreSetstate(genOf(self), t);
        } finally {
          decref(t);
        }
      }
    } finally {
      decref(internal);
      decref(gaussNext);
    }
  } finally {
    decref(version);
  }
}

const METHODS: NativeDef[] = [
  {
    name: 'seed', kind: 'fastkw',
    doc: 'Initialize internal state from hashable object.',
    impl: (self, args, kwnames) => {
      const [a, version] = pyArgs('seed', args, kwnames, ['a', 'version'], 0);
      const two = version ?? newInt(2);
      try {
        seed(asRandom(self), a ?? None, two);
      } finally {
        if (version === undefined) decref(two);
      }
      return newNone();
    },
  },
  {
    name: 'getstate', kind: 'fastkw', doc: 'Return internal state; can be passed to setstate() later.',
    impl: (self, args, kwnames) => (pyArgs('getstate', args, kwnames, [], 0), getstate(asRandom(self))),
  },
  {
    name: 'setstate', kind: 'fastkw', doc: 'Restore internal state from object returned by getstate().',
    impl: (self, args, kwnames) => {
      const [state] = pyArgs('setstate', args, kwnames, ['state'], 1);
      setstate(asRandom(self), state as PyObject);
      return newNone();
    },
  },
  {
    name: '__getstate__', kind: 'fastkw',
    impl: (self, args, kwnames) => (pyArgs('__getstate__', args, kwnames, [], 0), callMethod(self, 'getstate')),
  },
  {
    name: '__setstate__', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [state] = pyArgs('__setstate__', args, kwnames, ['state'], 1);
      decref(callMethod(self, 'setstate', [state as PyObject]));
      return newNone();
    },
  },
  {
    name: '__reduce__', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      pyArgs('__reduce__', args, kwnames, [], 0);
      const state = callMethod(self, 'getstate');
      return newTupleStealing([incref(self.type), newTupleStealing([]), state]);
    },
  },
  ...SEQUENCE_METHODS,
  {
    name: 'uniform', kind: 'fastkw', doc: 'Get a random number in the range [a, b) or [a, b] depending on rounding.',
    impl: (self, args, kwnames) => {
      const [a, b] = pyArgs('uniform', args, kwnames, ['a', 'b'], 2) as [PyObject, PyObject];
      if (a instanceof PyFloat && b instanceof PyFloat) return newFloat(D.uniform(drawsOfRandom(self), a.value, b.value));
      return uniformOfObjects(drawsOfRandom(self), a, b);
    },
  },
  {
    name: 'triangular', kind: 'fastkw', doc: 'Triangular distribution.',
    impl: (self, args, kwnames) => {
      const [low, high, mode] = pyArgs('triangular', args, kwnames, ['low', 'high', 'mode'], 0);
      const lo = low === undefined ? 0 : floatArg(low);
      const hi = high === undefined ? 1 : floatArg(high);
      const md = mode === undefined || mode === None ? null : floatArg(mode);
      const r = D.triangular(drawsOfRandom(self), lo, hi, md);
      // `(mode - low) / (high - low)` divided by zero: `return low`, the object itself.
      if (md !== null && hi - lo === 0 && low !== undefined) return incref(low);
      return newFloat(r);
    },
  },
  floats('normalvariate', ['mu', 'sigma'], (g, a, b) => D.normalvariate(g, a, b)),
  floats('lognormvariate', ['mu', 'sigma'], (g, a, b) => D.lognormvariate(g, a, b)),
  floats('expovariate', ['lambd'], (g, a) => D.expovariate(g, a)),
  floats('vonmisesvariate', ['mu', 'kappa'], (g, a, b) => D.vonmisesvariate(g, a, b)),
  floats('gammavariate', ['alpha', 'beta'], (g, a, b) => D.gammavariate(g, a, b)),
  {
    name: 'gauss', kind: 'fastkw', doc: 'Gaussian distribution.',
    impl: (self, args, kwnames) => {
      const [mu, sigma] = pyArgs('gauss', args, kwnames, ['mu', 'sigma'], 2);
      return newFloat(gauss(asRandom(self), floatArg(mu as PyObject), floatArg(sigma as PyObject)));
    },
  },
  floats('betavariate', ['alpha', 'beta'], (g, a, b) => D.betavariate(g, a, b)),
  floats('paretovariate', ['alpha'], (g, a) => D.paretovariate(g, a)),
  floats('weibullvariate', ['alpha', 'beta'], (g, a, b) => D.weibullvariate(g, a, b)),
];

addValue(randomType, 'VERSION', () => newInt(3));
addPythonMethods(randomType, METHODS);
// `_randbelow = _randbelow_with_getrandbits` in the class body.
addPythonMethodAlias(randomType, '_randbelow', randomType, '_randbelow_with_getrandbits');
addPythonClassMethods(randomType, [{
  // `__init_subclass__(cls, /, **kwargs)`: the first class along the MRO that defines
  // `_randbelow`, `getrandbits` or `random` decides the subclass's `_randbelow`.
  name: '__init_subclass__', kind: 'fastkw',
  impl: (cls) => {
    if (!(cls instanceof PyType)) return newNone();
    for (const c of cls.mro) {
      const own = c.dict as PyDict | undefined;
      if (own == null) continue;
      if (dictGetStr(own, '_randbelow') !== null) break;
      const pick = dictGetStr(own, 'getrandbits') !== null ? '_randbelow_with_getrandbits' : dictGetStr(own, 'random') !== null ? '_randbelow_without_getrandbits' : null;
      if (pick === null) continue;
      const method = getAttrString(cls, pick);
      try {
        setAttrString(cls, '_randbelow', method);
      } finally {
        decref(method);
      }
      break;
    }
    return newNone();
  },
}]);

/** The names random.py binds from its hidden instance (`_inst`). */
const EXPORTED = [
  'seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange', 'sample', 'shuffle', 'choices', 'normalvariate',
  'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'gauss', 'betavariate', 'paretovariate', 'weibullvariate',
  'getstate', 'setstate', 'getrandbits',
];

defineNativeModule({
  name: 'random',
  all: [
    'Random', 'seed', 'random', 'uniform', 'randint', 'choice', 'sample', 'randrange', 'shuffle', 'normalvariate',
    'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'triangular', 'gauss', 'betavariate',
    'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits', 'choices', 'SystemRandom',
  ],
  doc: 'Random variable generators.\n\ncorosim: the module generator starts seeded with 0 (CPython seeds it from os.urandom); '
    + 'seed() and seed(None) also use 0, so every run draws the same numbers.',
  init: (module) => {
    const inst = callObject(randomType, []);
    const ns = module.namespace;
    for (const name of EXPORTED) dictSetStrOwned(ns, name, getAttrString(inst, name));
    dictSetStrOwned(ns, 'Random', incref(randomType));
    dictSetStrOwned(ns, 'SystemRandom', incref(systemRandomType));
    // The module constants of Lib/random.py.
    for (const [name, value] of [['NV_MAGICCONST', D.NV_MAGICCONST], ['TWOPI', D.TWOPI], ['LOG4', D.LOG4], ['SG_MAGICCONST', D.SG_MAGICCONST], ['RECIP_BPF', 2 ** -53]] as const) {
      dictSetStrOwned(ns, name, newFloat(value));
    }
    dictSetStrOwned(ns, 'BPF', newInt(53));
    dictSetStrOwned(ns, '_inst', inst);
  },
});

function dictSetStrOwned(ns: PyDict, name: string, v: PyObject): void {
  dictSetStr(ns, name, v);
  decref(v);
}

