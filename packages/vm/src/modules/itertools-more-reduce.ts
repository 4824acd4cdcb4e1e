/**
 * `__reduce__` and `__setstate__` of the grouping and combinatoric itertools iterators
 * (groupby, `_grouper`, zip_longest, product, combinations, combinations_with_replacement,
 * permutations), and `_grouper`'s constructor, which their reductions call. Mirrors CPython 3.8
 * Modules/itertoolsmodule.c (`groupby_reduce`, `product_setstate`, `permutations_reduce`, ...).
 * @module
 */
import { newInt } from '../objects/int.ts';
import { ssizeState } from '../objects/seq-iter.ts';
import { None } from '../objects/singletons.ts';
import { PyTuple, emptyTuple, isTuple, newTuple, newTupleStealing, tupleType } from '../objects/tuple.ts';
import { valueError } from '../runtime/errors.ts';
import { incref, xdecref, type PyObject, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { getBuiltinId } from '../objects/builtin-id.ts';
import { noKeywords } from './functools-args.ts';
import type { Combo, GroupBy } from './itertools-more.ts';
import type { IterState } from './itertools-state.ts';
import { reduce, setState, stateItems, typedArg } from './itertools-reduce-args.ts';

/** The types of itertools-more.ts this file gives their pickling methods. */
export interface MoreItertoolsTypes {
  readonly groupby: PyType;
  readonly grouper: PyType;
  readonly zipLongest: PyType;
  readonly product: PyType;
  readonly combinations: PyType;
  readonly cwr: PyType;
  readonly permutations: PyType;
  /** `_grouper_create`: a grouper of `parent` for `tgtkey` (new references taken). */
  readonly newGrouper: (parent: GroupBy, tgtkey: PyObject) => PyObject;
}


/** `(type(self), args[, state])`, every part a new reference. */
function reduceValue(self: PyObject, args: PyObject, state?: PyObject): PyObject {
  const parts = [incref(self.type), args];
  if (state !== undefined) parts.push(state);
  return newTupleStealing(parts);
}

const ints = (values: readonly number[]): PyTuple => newTupleStealing(values.map((v) => newInt(v)));

/** A combinatoric iterator's single pool. */
const pool = (o: Combo): PyTuple => o.saved[0] as PyTuple;

/**
 * `combinations_reduce`/`cwr_reduce`/`permutations_reduce`: `(pool, r)` before the first result,
 * `((), r)` once stopped, else with the index state.
 */
function comboReduce(state: (o: Combo) => PyObject) {
  return (self: PyObject): PyObject => {
    const o = self as Combo;
    if (o.first) return reduceValue(self, newTuple([pool(o), newInt(o.r)]));
    if (o.stopped) return reduceValue(self, newTupleStealing([incref(emptyTuple), newInt(o.r)]));
    return reduceValue(self, newTuple([pool(o), newInt(o.r)]), state(o));
  };
}

/** The indices of a state tuple of exactly `n` items, each clamped by `clamp(i, value)`. */
function stateIndices(state: PyObject, n: number, clamp: (i: number, v: bigint) => bigint): number[] {
  if (!isTuple(state) || state.items.length !== n) throw valueError('invalid arguments');
  return state.items.map((x, i) => Number(clamp(i, ssizeState(x))));
}

/** CPython's clamp: below `lo` first, then above `hi` (so an empty pool's -1 wins). */
const clampTo = (lo: bigint, hi: bigint) => (v: bigint): bigint => (v < lo ? lo : v > hi ? hi : v);

/** After a `__setstate__` of a combinatoric iterator: the next call advances from the state. */
function restored(o: Combo, indices: number[]): void {
  o.indices = indices;
  o.first = false;
}

function productSetState(self: PyObject, state: PyObject): void {
  const o = self as Combo;
  const n = o.saved.length;
  if (!isTuple(state) || state.items.length !== n) throw valueError('invalid arguments');
  const indices: number[] = [];
  for (let i = 0; i < n; i++) {
    const index = ssizeState(state.items[i] as PyObject);
    const size = BigInt((o.saved[i] as PyTuple).items.length);
    // An empty pool stops the product at once.
    if (size === 0n) {
      o.stopped = true;
      return;
    }
    indices.push(Number(clampTo(0n, size - 1n)(index)));
  }
  restored(o, indices);
}

function permutationsSetState(self: PyObject, state: PyObject): void {
  const o = self as Combo;
  const [indicesArg, cyclesArg] = stateItems(state, 2) as [PyObject, PyObject];
  const indicesTuple = typedArg(indicesArg, tupleType, 1) as PyTuple;
  const cyclesTuple = typedArg(cyclesArg, tupleType, 2) as PyTuple;
  const n = pool(o).items.length;
  if (indicesTuple.items.length !== n || cyclesTuple.items.length !== o.r) throw valueError('invalid arguments');
  const indices = stateIndices(indicesTuple, n, (_i, v) => clampTo(0n, BigInt(n - 1))(v));
  o.cycles = stateIndices(cyclesTuple, o.r, (i, v) => (v < 1n ? 1n : v > BigInt(n - i) ? BigInt(n - i) : v));
  restored(o, indices);
}

function groupbyReduce(self: PyObject): PyObject {
  const g = self as GroupBy;
  const args = newTuple([g.it ?? None, g.keyfunc ?? None]);
  if (g.tgtkey !== null && g.currkey !== null && g.currvalue !== null) return reduceValue(self, args, newTuple([g.currkey, g.currvalue, g.tgtkey]));
  return reduceValue(self, args);
}

function groupbySetState(self: PyObject, state: PyObject): void {
  const [currkey, currvalue, tgtkey] = stateItems(state, 3) as [PyObject, PyObject, PyObject];
  const g = self as GroupBy;
  const old = [g.currkey, g.currvalue, g.tgtkey];
  g.currkey = incref(currkey);
  g.currvalue = incref(currvalue);
  g.tgtkey = incref(tgtkey);
  for (const x of old) xdecref(x);
}

/** `_grouper_reduce`: `iter(())` for a grouper its groupby has moved past. */
function grouperReduce(self: PyObject): PyObject {
  const igo = self as IterState;
  if ((igo.a as GroupBy).currgrouper !== igo) return newTupleStealing([getBuiltinId('iter'), newTupleStealing([incref(emptyTuple)])]);
  return reduceValue(self, newTuple([igo.a as PyObject, igo.b as PyObject]));
}

/** `zip_longest_reduce`: the iterators, `()` for the exhausted ones, and the fill value as state. */
function zipLongestReduce(self: PyObject): PyObject {
  const o = self as IterState;
  const iters = (o.saved as (PyObject | null)[]).map((it) => incref(it ?? emptyTuple));
  return reduceValue(self, newTupleStealing(iters), incref(o.a as PyObject));
}

/** Gives the grouping and combinatoric itertools types CPython's pickling methods. */
export function addMoreItertoolsPickling(t: MoreItertoolsTypes): void {
  addMethods(t.groupby, [reduce(groupbyReduce), setState(groupbySetState)]);
  addMethods(t.grouper, [reduce(grouperReduce)]);
  // `_grouper_new`: "O!O" (a groupby and the key it groups).
  t.grouper.new = (_type, args, kwnames) => {
    noKeywords('_grouper', kwnames);
    const [parent, tgtkey] = stateItems(newTuple(args), 2) as [PyObject, PyObject];
    return t.newGrouper(typedArg(parent, t.groupby, 1) as GroupBy, tgtkey);
  };
  addMethods(t.zipLongest, [
    reduce(zipLongestReduce),
    setState((self, state) => {
      const o = self as IterState;
      const old = o.a;
      o.a = incref(state);
      xdecref(old);
    }),
  ]);
  addMethods(t.product, [
    reduce((self) => {
      const o = self as Combo;
      if (o.stopped) return reduceValue(self, newTupleStealing([incref(emptyTuple)]));
      const pools = newTuple(o.saved);
      return o.first ? reduceValue(self, pools) : reduceValue(self, pools, ints(o.indices));
    }),
    setState(productSetState),
  ]);
  addMethods(t.combinations, [
    reduce(comboReduce((o) => ints(o.indices))),
    setState((self, state) => {
      const o = self as Combo;
      const n = pool(o).items.length;
      // Each index at most `i + n - r`, then at least 0 (so a negative maximum gives 0).
      const indices = stateIndices(state, o.r, (i, v) => {
        const max = BigInt(i + n - o.r);
        const c = v > max ? max : v;
        return c < 0n ? 0n : c;
      });
      restored(o, indices);
    }),
  ]);
  addMethods(t.cwr, [
    reduce(comboReduce((o) => ints(o.indices))),
    setState((self, state) => {
      const o = self as Combo;
      const n = pool(o).items.length;
      restored(o, stateIndices(state, o.r, (_i, v) => clampTo(0n, BigInt(n - 1))(v)));
    }),
  ]);
  addMethods(t.permutations, [
    reduce(comboReduce((o) => newTupleStealing([ints(o.indices), ints(o.cycles)]))),
    setState(permutationsSetState),
  ]);
}
