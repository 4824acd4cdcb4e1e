/**
 * The `itertools` module, part two: groupby (and `_grouper`), tee (itertools-tee.ts), zip_longest,
 * product, permutations, combinations and combinations_with_replacement. Mirrors CPython 3.8 Modules/itertoolsmodule.c.
 * @module
 */
import { PyInt, newInt } from '../objects/int.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyTuple, newTuple, newTupleStealing, tupleType } from '../objects/tuple.ts';
import { EQ, richCompareBool } from '../runtime/abstract-compare.ts';
import { getIter, iterNext, iterableToArray } from '../runtime/abstract-iter.ts';
import { sequenceTuple } from '../objects/tuple-slots.ts';
import { ssizeArg } from '../objects/list-methods.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { callObject } from '../runtime/call.ts';
import { overflowError, typeError, valueError } from '../runtime/errors.ts';
import { raiseNoMemory } from '../runtime/buffer-alloc.ts';
import { MAX_ITEMS, checkStorage } from '../runtime/storage-limit.ts';
import { decref, incref, xdecref, type PyObject, type PyType } from '../runtime/object.ts';
import { HolderObject, allocate, parseArgs, splitKw } from './functools-args.ts';
import { IterState, iterType, newState } from './itertools-state.ts';
import { teeFunction, teeTypes } from './itertools-tee.ts';
import { addMoreItertoolsPickling } from './itertools-more-reduce.ts';

/** groupby's state: iterator, key function, target key, current key and value. */
export class GroupBy extends HolderObject {
  it: PyObject | null = null;
  keyfunc: PyObject | null = null;
  tgtkey: PyObject | null = null;
  currkey: PyObject | null = null;
  currvalue: PyObject | null = null;
  currgrouper: PyObject | null = null; // borrowed

  override refs(): (PyObject | null)[] {
    return [this.it, this.keyfunc, this.tgtkey, this.currkey, this.currvalue];
  }

  override drop(): void {
    this.it = this.keyfunc = this.tgtkey = this.currkey = this.currvalue = null;
  }
}

const groupbyType = iterType('groupby', 64);
const grouperType = iterType('_grouper', 32, false);

groupbyType.new = (type, args, kwnames) => {
  const [iterable, key] = parseArgs('groupby', args, kwnames, ['iterable', 'key'], 1);
  const it = getIter(iterable as PyObject);
  const o = allocate(type, (a) => new GroupBy(type, a));
  o.it = it;
  o.keyfunc = incref(key ?? None);
  return o;
};

/** `groupby_step`: false when the iterator is exhausted. */
function groupbyStep(g: GroupBy): boolean {
  const value = iterNext(g.it as PyObject);
  if (value === null) return false;
  let key: PyObject;
  if (g.keyfunc === None || g.keyfunc === null) key = incref(value);
  else {
    try {
      key = callObject(g.keyfunc, [value]);
    } catch (e) {
      decref(value);
      throw e;
    }
  }
  const oldvalue = g.currvalue;
  g.currvalue = value;
  const oldkey = g.currkey;
  g.currkey = key;
  xdecref(oldkey);
  xdecref(oldvalue);
  return true;
}

groupbyType.iternext = (self) => {
  const g = self as GroupBy;
  g.currgrouper = null;
  for (;;) {
    if (g.currkey === null) {
      // pass
    } else if (g.tgtkey === null) break;
    else if (!richCompareBool(g.tgtkey, g.currkey, EQ)) break;
    if (!groupbyStep(g)) return null;
  }
  const key = g.currkey;
  const old = g.tgtkey;
  g.tgtkey = incref(key);
  xdecref(old);
  return newTupleStealing([incref(key), newGrouper(g, g.tgtkey)]);
};

/** `_grouper_create`: the group of `parent` for `tgtkey`, now its current one. */
function newGrouper(parent: GroupBy, tgtkey: PyObject): IterState {
  const grouper = newState(grouperType);
  grouper.a = incref(parent);
  grouper.b = incref(tgtkey);
  parent.currgrouper = grouper;
  return grouper;
}

grouperType.iternext = (self) => {
  const igo = self as IterState;
  const g = igo.a as GroupBy;
  if (g.currgrouper !== igo) return null;
  if (g.currvalue === null && !groupbyStep(g)) return null;
  if (!richCompareBool(igo.b as PyObject, g.currkey as PyObject, EQ)) return null;
  const r = g.currvalue as PyObject;
  g.currvalue = null;
  const k = g.currkey;
  g.currkey = null;
  xdecref(k);
  return r;
};

// zip_longest(*iterables, fillvalue=None)
const zipLongestType = iterType('zip_longest', 56);
zipLongestType.new = (type, args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  let fill: PyObject = None;
  if (kw.size > 0) {
    const f = kw.get('fillvalue');
    if (f === undefined || kw.size > 1) throw typeError('zip_longest() got an unexpected keyword argument');
    fill = f;
  }
  const iters: PyObject[] = [];
  try {
    for (const p of pos) iters.push(getIter(p));
  } catch (e) {
    for (const i of iters) decref(i);
    throw e;
  }
  const o = newState(type);
  o.saved = iters;
  o.a = incref(fill);
  o.n = iters.length; // numactive
  return o;
};
zipLongestType.iternext = (self) => {
  const o = self as IterState;
  const iters = o.saved as (PyObject | null)[];
  if (iters.length === 0 || o.n === 0) return null;
  const result: PyObject[] = [];
  for (let i = 0; i < iters.length; i++) {
    const it = iters[i] ?? null;
    let item: PyObject | null = null;
    if (it !== null) {
      try {
        item = iterNext(it);
      } catch (e) {
        o.n = 0;
        for (const r of result) decref(r);
        throw e;
      }
      if (item === null) {
        o.n--;
        if (o.n === 0) {
          for (const r of result) decref(r);
          return null;
        }
        iters[i] = null;
        decref(it);
      }
    }
    result.push(item ?? incref(o.a as PyObject));
  }
  return newTupleStealing(result);
};

/** Pools of a combinatoric iterator as tuples (owned in `saved`), with its index state. */
export class Combo extends IterState {
  indices: number[] = [];
  cycles: number[] = [];
  r = 0;
  first = true;
  stopped = false;
}

function poolItems(o: Combo, i: number): readonly PyObject[] {
  return (o.saved[i] as PyTuple).items;
}

function newCombo(type: PyType, pools: PyObject[], r: number): Combo {
  const o = allocate(type, (a) => new Combo(type, a));
  o.saved = pools.map((p) => (p instanceof PyTuple && p.type === tupleType ? incref(p) : newTupleStealing(iterableToArray(p))));
  o.r = r;
  return o;
}

function comboResult(o: Combo, pick: (i: number) => PyObject): PyObject {
  const items: PyObject[] = [];
  for (let i = 0; i < o.r; i++) items.push(pick(i));
  return newTuple(items);
}

/**
 * `PyMem_New(Py_ssize_t, count)` of an iterator's index arrays: MemoryError where the heap budget
 * or the host's arrays cannot hold them (`combinations('ab', 2**40)`), never a host crash.
 */
function reserveIndices(count: number): void {
  if (count > MAX_ITEMS) raiseNoMemory();
  checkStorage(count * 8);
}

/** `PY_SSIZE_T_MAX / sizeof(Py_ssize_t)`: the most index-array entries `product_new` may ask for. */
const MAX_INDICES = (2n ** 63n - 1n) / 8n;

const productType = iterType('product', 48);
productType.new = (type, args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  let repeat = 1;
  for (const [k, v] of kw) {
    if (k !== 'repeat') throw typeError(`'${k}' is an invalid keyword argument for product()`);
    repeat = ssizeArg(v);
  }
  if (repeat < 0) throw valueError('repeat argument cannot be negative');
  // `product_new`: with no repeats the arguments are not even iterated; the index array is sized
  // (and refused) before any is.
  const nargs = repeat === 0 ? 0 : pos.length;
  if (repeat !== 0 && BigInt(nargs) > MAX_INDICES / BigInt(repeat)) throw overflowError('repeat argument too large');
  reserveIndices(nargs * repeat);
  const pools: PyObject[] = [];
  try {
    // `PySequence_Tuple` of each: an exact tuple itself, anything else iterated after its length hint.
    for (const p of pos.slice(0, nargs)) pools.push(sequenceTuple(p));
  } catch (e) {
    // `product_new`: the pools made so far go with the half-built tuple.
    for (const p of pools) decref(p);
    throw e;
  }
  const all: PyObject[] = [];
  for (let k = 0; k < repeat; k++) all.push(...pools);
  const o = newCombo(type, all, all.length);
  for (const p of pools) decref(p);
  o.indices = all.map(() => 0);
  return o;
};
productType.iternext = (self) => {
  const o = self as Combo;
  if (o.stopped) return null;
  const n = o.saved.length;
  if (o.first) {
    o.first = false;
    for (let i = 0; i < n; i++) {
      if (poolItems(o, i).length === 0) {
        o.stopped = true;
        return null;
      }
    }
  } else {
    let i = n - 1;
    for (; i >= 0; i--) {
      const size = poolItems(o, i).length;
      const idx = (o.indices[i] ?? 0) + 1;
      if (idx === size) o.indices[i] = 0;
      else {
        o.indices[i] = idx;
        break;
      }
    }
    if (i < 0) {
      o.stopped = true;
      return null;
    }
  }
  return comboResult(o, (i) => poolItems(o, i)[o.indices[i] ?? 0] as PyObject);
};

function rArg(v: PyObject | undefined, n: number, strict: boolean): number {
  // Only permutations (r optional) takes None for the pool's length; combinations' r is a Py_ssize_t.
  if (v === undefined || (strict && v === None)) return n;
  if (strict && !(v instanceof PyInt)) throw typeError('Expected int as r');
  const r = ssizeArg(v);
  if (r < 0) throw valueError('r must be non-negative');
  return r;
}

/** permutations / combinations / combinations_with_replacement over one pool. */
function comboType(name: string, basicsize: number, rOptional: boolean, start: (o: Combo, n: number) => void, advance: (o: Combo, n: number) => boolean): PyType {
  const t = iterType(name, basicsize);
  t.new = (type, args, kwnames) => {
    const [iterable, r] = parseArgs(name, args, kwnames, ['iterable', 'r'], rOptional ? 1 : 2);
    const pool = sequenceTuple(iterable as PyObject);
    let o: Combo;
    try {
      const rv = rArg(r, pool.items.length, rOptional);
      // permutations keeps indices for the pool and cycles for `r`; the others indices for `r`.
      reserveIndices(rOptional ? pool.items.length + rv : rv);
      o = newCombo(type, [pool], rv);
    } finally {
      decref(pool);
    }
    start(o, pool.items.length);
    return o;
  };
  t.iternext = (self) => {
    const o = self as Combo;
    if (o.stopped) return null;
    const n = poolItems(o, 0).length;
    if (o.first) o.first = false;
    else if (!advance(o, n)) {
      o.stopped = true;
      return null;
    }
    return comboResult(o, (i) => poolItems(o, 0)[o.indices[i] ?? 0] as PyObject);
  };
  return t;
}

const permutationsType = comboType('permutations', 64, true, (o, n) => {
  o.indices = Array.from({ length: n }, (_, i) => i);
  o.cycles = Array.from({ length: o.r }, (_, i) => n - i);
  o.stopped = o.r > n;
}, (o, n) => {
  if (n === 0) return false;
  const ind = o.indices;
  for (let i = o.r - 1; i >= 0; i--) {
    const c = (o.cycles[i] ?? 0) - 1;
    o.cycles[i] = c;
    if (c === 0) {
      const index = ind[i] ?? 0;
      for (let j = i; j < n - 1; j++) ind[j] = ind[j + 1] ?? 0;
      ind[n - 1] = index;
      o.cycles[i] = n - i;
    } else {
      const tmp = ind[i] ?? 0;
      ind[i] = ind[n - c] ?? 0;
      ind[n - c] = tmp;
      return true;
    }
  }
  return false;
});

const combinationsType = comboType('combinations', 56, false, (o, n) => {
  o.indices = Array.from({ length: o.r }, (_, i) => i);
  o.stopped = o.r > n;
}, (o, n) => {
  const r = o.r;
  const ind = o.indices;
  let i = r - 1;
  while (i >= 0 && ind[i] === i + n - r) i--;
  if (i < 0) return false;
  ind[i] = (ind[i] ?? 0) + 1;
  for (let j = i + 1; j < r; j++) ind[j] = (ind[j - 1] ?? 0) + 1;
  return true;
});

const cwrType = comboType('combinations_with_replacement', 56, false, (o, n) => {
  o.indices = Array.from({ length: o.r }, () => 0);
  o.stopped = n === 0 && o.r > 0;
}, (o, n) => {
  const r = o.r;
  const ind = o.indices;
  let i = r - 1;
  while (i >= 0 && ind[i] === n - 1) i--;
  if (i < 0) return false;
  const index = (ind[i] ?? 0) + 1;
  for (let j = i; j < r; j++) ind[j] = index;
  return true;
});

// `product_sizeof`, `combinations_sizeof`, `cwr_sizeof`, `permutations_sizeof`: the object and its
// index arrays (permutations keeps its cycles too), one `Py_ssize_t` each.
for (const t of [productType, permutationsType, combinationsType, cwrType]) {
  addMethods(t, [{
    name: '__sizeof__', kind: 'noargs', doc: 'Returns size in memory, in bytes.',
    impl: (self) => {
      const o = self as Combo;
      return newInt(self.type.basicsize + 8 * (o.indices.length + o.cycles.length));
    },
  }]);
}

addMoreItertoolsPickling({
  groupby: groupbyType, grouper: grouperType, zipLongest: zipLongestType, product: productType,
  combinations: combinationsType, cwr: cwrType, permutations: permutationsType, newGrouper,
});

/** What itertools.ts adds to the module namespace from this file. */
export const moreItertoolsTypes: { readonly types: readonly PyType[]; readonly functions: readonly NativeDef[] } = {
  types: [groupbyType, grouperType, ...teeTypes, zipLongestType, productType, permutationsType, combinationsType, cwrType],
  functions: [teeFunction],
};
