/**
 * The `random` module: the `Random` class (subclassable) on the Mersenne Twister core of
 * packages/vm/src/random, and the module-level functions bound to a hidden instance.
 * corosim is deterministic: where CPython seeds from os.urandom (at import, and for
 * `seed()`/`seed(None)`/`Random()`), corosim seeds with the fixed value 0, as `seed(0)` does.
 * Mirrors CPython 3.8 Lib/random.py and Modules/_randommodule.c.
 * @module
 */
import { PyDict, dictSetStr } from '../objects/dict.ts';
import { newFloat } from '../objects/float.ts';
import { PyInt, newInt } from '../objects/int.ts';
import { positional } from '../objects/list-methods.ts';
import { PyList, newListStealing } from '../objects/list.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyTuple, newTupleStealing, tupleType } from '../objects/tuple.ts';
import { isAnySet } from '../objects/set.ts';
import { getItem, length, setItem } from '../runtime/abstract-item.ts';
import { sequenceToArray } from '../runtime/abstract-iter.ts';
import { asDouble, binaryOp } from '../runtime/abstract-number.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { staticType } from '../runtime/core-types.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, TPFLAGS_BASETYPE, decref, freeObject, incref } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import * as D from '../random/random-distributions.ts';
import * as M from '../random/random-methods.ts';
import { getRandomState, setRandomState } from '../random/random-seed.ts';
import { defineNativeModule } from './module-builder.ts';
import { floatArg, randrangeArg, seedFrom, unwrap } from './random-support.ts';
import { tpName } from '../runtime/type-name.ts';

/** `random.Random`. */
export const randomType: PyType = staticType({ name: 'Random', module: 'random', basicsize: 2568, flags: TPFLAGS_BASETYPE });

class PyRandom extends PyObject {
  readonly gen: M.RandomGenerator = M.createRandom();
}

function R(o: PyObject): M.RandomGenerator {
  if (!(o instanceof PyRandom)) throw typeError(`descriptor requires a 'random.Random' object but received '${tpName(o.type)}'`);
  return o.gen;
}

randomType.new = (type) => {
  if (type.isHeapType) incref(type);
  const r = new PyRandom(type, allocateAddress(type));
  seedFrom(r.gen, None, 2);
  return r;
};
randomType.init = (self, args, kwnames) => {
  const pos = positional(args, kwnames);
  if (pos.length > 1) throw typeError(`Random() takes at most 1 argument (${pos.length} given)`);
  seedFrom(R(self), pos[0] ?? None, 2);
};
randomType.dealloc = (self) => {
  if (self.dict !== null) {
    const d = self.dict;
    self.dict = null;
    decref(d);
  }
  freeObject(self);
};
randomType.hasInstanceDict = true;

function kw(args: readonly PyObject[], kwnames: readonly string[] | null, names: readonly string[], fname: string): (PyObject | undefined)[] {
  const pos = positional(args, kwnames);
  if (pos.length > names.length) throw typeError(`${fname}() takes from 1 to ${names.length + 1} positional arguments but ${pos.length + 1} were given`);
  const out: (PyObject | undefined)[] = [...pos];
  (kwnames ?? []).forEach((k, i) => {
    const j = names.indexOf(k);
    if (j < 0) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
    out[j] = args[pos.length + i];
  });
  return out;
}

function need(v: PyObject | undefined, fname: string, name: string): PyObject {
  if (v === undefined) throw typeError(`${fname}() missing 1 required positional argument: '${name}'`);
  return v;
}

function floats(fname: string, names: readonly string[], f: (g: M.RandomGenerator, ...xs: number[]) => number | { error: string; message: string }, dflt: readonly (number | undefined)[] = []): NativeDef {
  return {
    name: fname, kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const vals = kw(args, kwnames, names, fname).map((v, i) => (v === undefined ? dflt[i] : floatArg(v)));
      names.forEach((n, i) => {
        if (vals[i] === undefined) throw typeError(`${fname}() missing 1 required positional argument: '${n}'`);
      });
      return newFloat(unwrap(f(R(self), ...(vals as number[])) as number));
    },
  };
}

/** `_bisect.bisect_right(a, x, 0, hi)` over float weights. */
function bisectRight(a: readonly number[], x: number, hi: number): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < (a[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const METHODS: NativeDef[] = [
  {
    name: 'seed', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [a, version] = kw(args, kwnames, ['a', 'version'], 'seed');
      seedFrom(R(self), a ?? None, version instanceof PyInt ? Number(version.value) : 2);
      return incref(None);
    },
  },
  { name: 'random', kind: 'noargs', impl: (self) => newFloat(R(self).core.random()) },
  {
    name: 'getrandbits', kind: 'o',
    impl: (self, args) => {
      const k = args[0] as PyObject;
      if (!(k instanceof PyInt)) throw typeError(`an integer is required (got type ${tpName(k.type)})`);
      const n = Number(k.value);
      if (n < 0) throw valueError('number of bits must be non-negative');
      return newInt(unwrap(R(self).core.getrandbits(n)));
    },
  },
  {
    name: 'getstate', kind: 'noargs',
    impl: (self) => {
      const [version, internal, gaussNext] = getRandomState(R(self));
      return newTupleStealing([newInt(version), newTupleStealing(internal.map((w) => newInt(w))), gaussNext === null ? incref(None) : newFloat(gaussNext)]);
    },
  },
  {
    name: 'setstate', kind: 'o',
    impl: (self, args) => {
      const st = args[0] as PyObject;
      if (!(st instanceof PyTuple) || st.items.length !== 3) throw typeError('state vector must be a tuple');
      const [v, internal, g] = st.items as [PyObject, PyObject, PyObject];
      if (!(internal instanceof PyTuple)) throw typeError('state vector must be a tuple');
      const words = internal.items.map((w) => {
        if (!(w instanceof PyInt)) throw typeError('state vector items must be integers');
        return BigInt(w.value);
      });
      const err = setRandomState(R(self), v instanceof PyInt ? BigInt(v.value) : -1n, words, g === None ? null : asDouble(g));
      if (err !== undefined) unwrap(err);
      return incref(None);
    },
  },
  {
    name: 'randrange', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [start, stop, step] = kw(args, kwnames, ['start', 'stop', 'step'], 'randrange');
      const a = randrangeArg(need(start, 'randrange', 'start'), 1);
      const b = stop === undefined || stop === None ? null : randrangeArg(stop, 2);
      const s = step === undefined ? 1n : randrangeArg(step, 3);
      return newInt(unwrap(M.randrange(R(self), a, b, s)));
    },
  },
  {
    name: 'randint', kind: 'fast',
    impl: (self, args) => {
      if (args.length !== 2) throw typeError(args.length < 2 ? `randint() missing ${2 - args.length} required positional argument${args.length === 1 ? '' : 's'}: ${args.length === 1 ? "'b'" : "'a' and 'b'"}` : `randint() takes 3 positional arguments but ${args.length + 1} were given`);
      return newInt(unwrap(M.randint(R(self), randrangeArg(args[0] as PyObject, 1), randrangeArg(args[1] as PyObject, 2))));
    },
  },
  {
    name: 'choice', kind: 'o',
    impl: (self, args) => {
      const seq = args[0] as PyObject;
      const i = unwrap(M.choice(R(self), length(seq)));
      const idx = newInt(i);
      try {
        return getItem(seq, idx);
      } finally {
        decref(idx);
      }
    },
  },
  {
    name: 'choices', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [population, weights, cumWeights, kObj] = kw(args, kwnames, ['population', 'weights', 'cum_weights', 'k'], 'choices');
      const pop = need(population, 'choices', 'population');
      const gen = R(self);
      const n = length(pop);
      const k = kObj === undefined ? 1 : Number(randrangeArg(kObj, 1));
      const pick = (i: number): PyObject => {
        const idx = newInt(i);
        try {
          return getItem(pop, idx);
        } finally {
          decref(idx);
        }
      };
      const out: PyObject[] = [];
      try {
        if (cumWeights === undefined || cumWeights === None) {
          if (weights === undefined || weights === None) {
            for (let i = 0; i < k; i++) out.push(pick(Math.trunc(gen.core.random() * n)));
            return newListStealing(out);
          }
        } else if (weights !== undefined && weights !== None) throw typeError('Cannot specify both weights and cumulative weights');
        let cum: number[];
        if (cumWeights === undefined || cumWeights === None) {
          const ws = sequenceToArray(weights as PyObject);
          cum = [];
          let acc: PyObject | null = null;
          for (const w of ws) {
            const next: PyObject = acc === null ? incref(w) : binaryOp(acc, w, 'add');
            if (acc !== null) decref(acc);
            acc = next;
            cum.push(asDouble(acc));
          }
          if (acc !== null) decref(acc);
          ws.forEach((w) => { decref(w); });
        } else {
          const cs = sequenceToArray(cumWeights);
          cum = cs.map((c) => asDouble(c));
          cs.forEach((c) => { decref(c); });
        }
        if (cum.length !== n) throw valueError('The number of weights does not match the population');
        const total = (cum[cum.length - 1] ?? 0) + 0.0;
        for (let i = 0; i < k; i++) out.push(pick(bisectRight(cum, gen.core.random() * total, n - 1)));
        return newListStealing(out);
      } catch (e) {
        out.forEach((o) => { decref(o); });
        throw e;
      }
    },
  },
  {
    name: 'shuffle', kind: 'fast',
    impl: (self, args) => {
      const x = args[0] as PyObject;
      const gen = R(self);
      if (x instanceof PyList) {
        M.shuffle(gen, x.items);
        return incref(None);
      }
      for (let i = length(x) - 1; i >= 1; i--) {
        const j = unwrap(M.randbelowIndex(gen, i + 1));
        const [ii, jj] = [newInt(i), newInt(j)];
        const a = getItem(x, ii);
        const b = getItem(x, jj);
        try {
          setItem(x, ii, b);
          setItem(x, jj, a);
        } finally {
          [a, b, ii, jj].forEach((o) => { decref(o); });
        }
      }
      return incref(None);
    },
  },
  {
    name: 'sample', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [population, kObj] = kw(args, kwnames, ['population', 'k'], 'sample');
      let pop = need(population, 'sample', 'population');
      const k = Number(randrangeArg(need(kObj, 'sample', 'k'), 1));
      if (isAnySet(pop)) pop = callObject(tupleType, [pop]);
      else {
        if (pop instanceof PyDict || pop.type.getitem === undefined || pop.type.length === undefined) {
          throw typeError('Population must be a sequence or set.  For dicts, use list(d).');
        }
        incref(pop);
      }
      try {
        const picks = unwrap(M.sample(R(self), length(pop), k));
        const out: PyObject[] = [];
        for (const j of picks) {
          const idx = newInt(j);
          try {
            out.push(getItem(pop, idx));
          } finally {
            decref(idx);
          }
        }
        return newListStealing(out);
      } finally {
        decref(pop);
      }
    },
  },
  floats('uniform', ['a', 'b'], (g, a, b) => D.uniform(g, a, b)),
  floats('gauss', ['mu', 'sigma'], (g, a, b) => D.gauss(g, a, b)),
  floats('normalvariate', ['mu', 'sigma'], (g, a, b) => D.normalvariate(g, a, b)),
  floats('lognormvariate', ['mu', 'sigma'], (g, a, b) => D.lognormvariate(g, a, b)),
  floats('expovariate', ['lambd'], (g, a) => D.expovariate(g, a)),
  floats('gammavariate', ['alpha', 'beta'], (g, a, b) => D.gammavariate(g, a, b)),
  floats('betavariate', ['alpha', 'beta'], (g, a, b) => D.betavariate(g, a, b)),
  floats('paretovariate', ['alpha'], (g, a) => D.paretovariate(g, a)),
  floats('weibullvariate', ['alpha', 'beta'], (g, a, b) => D.weibullvariate(g, a, b)),
  floats('vonmisesvariate', ['mu', 'kappa'], (g, a, b) => D.vonmisesvariate(g, a, b)),
];

addMethods(randomType, METHODS);
addMethods(randomType, [{
  name: 'triangular', kind: 'fastkw',
  impl: (self, args, kwnames) => {
    const [low, high, mode] = kw(args, kwnames, ['low', 'high', 'mode'], 'triangular');
    return newFloat(D.triangular(R(self), low === undefined ? 0 : floatArg(low), high === undefined ? 1 : floatArg(high),
      mode === undefined || mode === None ? null : floatArg(mode)));
  },
}]);

const EXPORTED = [...METHODS.map((d) => d.name), 'triangular'];

defineNativeModule({
  name: 'random',
  doc: 'Random variable generators.\n\ncorosim: the module generator starts seeded with 0 (CPython seeds it from os.urandom); '
    + 'seed() and seed(None) also use 0, so every run draws the same numbers.',
  init: (module) => {
    const inst = callObject(randomType, []);
    const ns = module.namespace;
    for (const name of EXPORTED) {
      const bound = getAttrString(inst, name);
      dictSetStrOwned(ns, name, bound);
    }
    dictSetStrOwned(ns, 'Random', incref(randomType));
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
