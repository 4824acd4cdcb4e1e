/**
 * The slot layout of a CPython `set` whose keys compare by identity (as the weak references in a
 * `weakref.WeakSet` do: equal only when their referents are the same object), kept outside the
 * simulated heap so that only its iteration order is observable. Mirrors CPython 3.8
 * Objects/setobject.c `set_add_entry`, `set_discard_entry`, `set_table_resize` and
 * `set_clear_internal`.
 * @module
 */

/** `PySet_MINSIZE`. */
const SET_MINSIZE = 8;

/** `LINEAR_PROBES`: slots tried after the home slot before perturbing. */
const LINEAR_PROBES = 9;

/** `PERTURB_SHIFT`. */
const PERTURB_SHIFT = 5n;

/** What a slot holds: nothing yet, a deleted entry's dummy, or a key with its hash. */
type Slot<K> = null | 'dummy' | { readonly key: K; readonly hash: bigint };

/**
 * A set table of identity-compared keys that iterates in CPython's slot order.
 *
 * @remarks
 * `Lib/_weakrefset.py` keeps `WeakSet` members in `self.data`, a real set of weak references
 * hashed by their referents' hashes, so `list(weak_set)` comes out in the table order that
 * those hashes, the insertions, the deletions (dummies) and the resizes give. The caller passes
 * each key's hash; keys are equal only when identical.
 * @see CPython 3.8 Objects/setobject.c
 */
export class IdentitySetTable<K> {
  #slots: Slot<K>[] = new Array<Slot<K>>(SET_MINSIZE).fill(null);
  /** Active plus dummy entries. */
  #fill = 0;
  /** Active entries. */
  #used = 0;

  /** `set_add_entry`: adds `key` unless it is already present; whether it was added. */
  add(key: K, hash: bigint): boolean {
    const mask = this.#slots.length - 1;
    let freeslot = -1;
    for (const i of probe(hash, mask)) {
      const s = this.#slots[i] as Slot<K>;
      if (s === null) {
        const slot = freeslot >= 0 ? freeslot : i;
        const wasEmpty = this.#slots[slot] === null;
        this.#slots[slot] = { key, hash };
        this.#used++;
        if (!wasEmpty) return true;
        this.#fill++;
        if (this.#fill * 5 >= mask * 3) this.#resize(this.#used > 50000 ? this.#used * 2 : this.#used * 4);
        return true;
      }
      if (s === 'dummy') freeslot = i;
      else if (s.key === key) return false;
    }
    /* c8 ignore next */
    return false;
  }

  /** `set_discard_entry`: removes `key`, leaving a dummy; whether it was present. */
  discard(key: K, hash: bigint): boolean {
    for (const i of probe(hash, this.#slots.length - 1)) {
      const s = this.#slots[i] as Slot<K>;
      if (s === null) return false;
      if (s !== 'dummy' && s.key === key) {
        this.#slots[i] = 'dummy';
        this.#used--;
        return true;
      }
    }
    /* c8 ignore next */
    return false;
  }

  /** `set_clear_internal`: back to an empty small table. */
  clear(): void {
    this.#slots = new Array<Slot<K>>(SET_MINSIZE).fill(null);
    this.#fill = 0;
    this.#used = 0;
  }

  /** The keys in table order (`set_next`). */
  keys(): K[] {
    const out: K[] = [];
    for (const s of this.#slots) if (s !== null && s !== 'dummy') out.push(s.key);
    return out;
  }

  /** `set_table_resize`: the smallest power of two above `minused`, reinserting in table order. */
  #resize(minused: number): void {
    let newsize = SET_MINSIZE;
    while (newsize <= minused) newsize *= 2;
    const old = this.#slots;
    this.#slots = new Array<Slot<K>>(newsize).fill(null);
    this.#fill = this.#used;
    for (const s of old) {
      if (s === null || s === 'dummy') continue;
      // `set_insert_clean`: the first empty slot the probe meets.
      for (const i of probe(s.hash, newsize - 1)) {
        if (this.#slots[i] === null) {
          this.#slots[i] = s;
          break;
        }
      }
    }
  }
}

/**
 * The slots a probe visits from `hash`, in order: the home slot, then up to LINEAR_PROBES
 * neighbours when they fit before the end of the table, then the next perturbed home slot.
 */
function* probe(hash: bigint, mask: number): Generator<number, never> {
  let perturb = BigInt.asUintN(64, hash);
  let i = Number(BigInt.asUintN(32, hash)) & mask;
  for (;;) {
    yield i;
    if (i + LINEAR_PROBES <= mask) for (let j = 1; j <= LINEAR_PROBES; j++) yield i + j;
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + Number(perturb & 0xffffffffn)) & mask;
  }
}
