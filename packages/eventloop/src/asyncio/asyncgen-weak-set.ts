/**
 * A loop's `_asyncgens`: the `weakref.WeakSet` of the async generators its first-iteration hook
 * saw. Each member is held through a weak reference with a callback, as `WeakSet.add` makes it
 * (`ref(item, self._remove)`): when a generator dies, or the collector finds it in a cycle, the
 * callback drops the weak reference, which the collector then counts as freed. Mirrors CPython
 * 3.8 Lib/_weakrefset.py `WeakSet` as Lib/asyncio/base_events.py uses it.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { IdentitySetTable } from './identity-set-table.ts';

/** The weak set of async generators a loop keeps. */
export class AsyncgenWeakSet {
  /** The weak reference (owned) standing for each member, in insertion order. */
  readonly #refs = new Map<rt.PyObject, rt.PyObject>();
  /** `self.data`'s table: the members in the order a set of their weak references iterates. */
  readonly #table = new IdentitySetTable<rt.PyObject>();
  /** Each member's hash, taken when it was added (the weak reference caches it the same way). */
  readonly #hashes = new Map<rt.PyObject, bigint>();
  /** `_remove`, the callback every member's weak reference has (owned), made by {@link AsyncgenWeakSet.prepare}. */
  #remove: rt.PyObject | null = null;

  /**
   * `WeakSet.__init__`'s `def _remove(item, selfref=ref(self))`: a function, made with the set,
   * as the loop's `__init__` makes it (it takes a function's block then).
   */
  prepare(): void {
    this.#remove ??= rt.newCelllessNativePyFunction({
      name: '_remove',
      kind: 'o',
      impl: (_self, args) => {
        this.#drop(args[0] as rt.PyObject);
        return rt.newNone();
      },
    }, rt.None, '_weakrefset', 'WeakSet.__init__.<locals>._remove');
  }

  /** `WeakSet.add(agen)`: a new weak reference with the set's callback, unless already a member. */
  add(agen: rt.PyObject): void {
    this.prepare();
    const ref = rt.newWeakref(rt.weakrefType, agen, this.#remove);
    if (this.#refs.has(agen)) {
      rt.decref(ref);
      return;
    }
    this.#refs.set(agen, ref);
    const hash = rt.identityHash(agen);
    this.#hashes.set(agen, hash);
    this.#table.add(agen, hash);
  }

  /** `WeakSet.discard(agen)`: looks it up through a temporary `ref(agen)`, as `_weakrefset` does. */
  discard(agen: rt.PyObject): void {
    const probe = rt.newWeakref(rt.weakrefType, agen, null);
    try {
      const ref = this.#refs.get(agen);
      if (ref === undefined) return;
      this.#refs.delete(agen);
      this.#forget(agen);
      rt.decref(ref);
    } finally {
      rt.decref(probe);
    }
  }

  /**
   * The members still alive (borrowed), in the set's table order: `list(self._asyncgens)`
   * iterates `self.data`, a set of weak references hashed by their referents' identity.
   */
  live(): rt.PyObject[] {
    const out: rt.PyObject[] = [];
    for (const agen of this.#table.keys()) {
      const ref = this.#refs.get(agen);
      if (ref === undefined) continue;
      const target = (ref as rt.PyWeakref).referent;
      if (target !== null && target.refcnt > 0) out.push(agen);
    }
    return out;
  }

  /** `WeakSet.clear()`: drops every weak reference. */
  clear(): void {
    const refs = [...this.#refs.values()];
    this.#refs.clear();
    this.#table.clear();
    this.#hashes.clear();
    for (const ref of refs) rt.decref(ref);
  }

  /** Releases everything, the callback included (the loop is being freed). */
  release(): void {
    this.clear();
    const remove = this.#remove;
    this.#remove = null;
    if (remove !== null) rt.decref(remove);
  }

  /** The callback's work: `self.data.discard(item)` for a weak reference that went dead. */
  #drop(ref: rt.PyObject): void {
    for (const [agen, r] of this.#refs) {
      if (r !== ref) continue;
      this.#refs.delete(agen);
      this.#forget(agen);
      rt.decref(r);
      return;
    }
  }

  /** Takes a member out of the table (`self.data.discard(ref)`). */
  #forget(agen: rt.PyObject): void {
    const hash = this.#hashes.get(agen);
    if (hash === undefined) return;
    this.#hashes.delete(agen);
    this.#table.discard(agen, hash);
  }
}
