/**
 * The iteration order of a frozenset of constants, as CPython 3.8's set table gives it with
 * PYTHONHASHSEED=0. Mirrors CPython 3.8 Objects/setobject.c `set_add_entry`.
 * @module
 */
import type { Constant } from '../bytecode/constant.ts';
import { constantEquals } from './constant-equality.ts';
import { hashConstant } from './hash-constant.ts';

/** `PySet_MINSIZE`: the size of a set's small table. */
const SET_MINSIZE = 8;

/** `LINEAR_PROBES`: slots tried after the home slot before perturbing. */
const LINEAR_PROBES = 9;

/** `PERTURB_SHIFT`. */
const PERTURB_SHIFT = 5n;

/** A used table slot (`setentry`): sets of constants never delete, so there are no dummies. */
interface Entry {
  readonly key: Constant;
  readonly hash: bigint;
}

/** A set under construction: its table, `fill` and `used` being equal without deletions. */
interface SetTable {
  table: (Entry | undefined)[];
  used: number;
}

/**
 * The slots a probe visits from `hash`, in order: each home slot, then up to LINEAR_PROBES
 * neighbours when they fit before the end of the table, then the next perturbed home slot.
 * The caller stops at the first empty slot or the first equal key.
 */
function* probe(hash: bigint, mask: number): Generator<number, never> {
  const size = mask + 1;
  const bigMask = BigInt(mask);
  let perturb = BigInt.asUintN(64, hash);
  let i = Number(perturb & bigMask);
  for (;;) {
    yield i;
    if (i + LINEAR_PROBES <= mask) for (let j = 1; j <= LINEAR_PROBES; j++) yield i + j;
    perturb >>= PERTURB_SHIFT;
    // size_t arithmetic wraps, but only the bits under the mask survive.
    i = (i * 5 + 1 + Number(perturb & bigMask)) % size;
  }
}

/** `set_insert_clean`: places a key known to be absent into a table without dummies. */
function insertClean(table: (Entry | undefined)[], entry: Entry): void {
  for (const i of probe(entry.hash, table.length - 1)) {
    if (table[i] === undefined) {
      table[i] = entry;
      return;
    }
  }
}

/** `set_table_resize`: the smallest power of two above `minused`, reinserting in table order. */
function tableResize(set: SetTable, minused: number): void {
  let newSize = SET_MINSIZE;
  while (newSize <= minused) newSize *= 2;
  // A small table staying small with no dummies to purge is left alone.
  if (newSize === SET_MINSIZE && set.table.length === SET_MINSIZE) return;
  const old = set.table;
  set.table = new Array<Entry | undefined>(newSize).fill(undefined);
  for (const entry of old) if (entry !== undefined) insertClean(set.table, entry);
}

/** `set_add_entry`: adds `key` unless an equal key is already there (the first one stays). */
function addEntry(set: SetTable, key: Constant, hash: bigint): void {
  const mask = set.table.length - 1;
  for (const i of probe(hash, mask)) {
    const entry = set.table[i];
    if (entry === undefined) {
      set.table[i] = { key, hash };
      set.used++;
      // fill == used: no dummies. Grow when the table is 60% full.
      if (set.used * 5 >= mask * 3) tableResize(set, set.used > 50000 ? set.used * 2 : set.used * 4);
      return;
    }
    if (entry.hash === hash && constantEquals(entry.key, key)) return;
  }
}

/**
 * Returns `items` (in insertion order, duplicates allowed) in the order iterating the frozenset
 * built from them gives, without duplicates.
 *
 * @remarks
 * **Details**: `frozenset(items)` inserts each item in turn into an open-addressing table of 8
 * slots that grows 4x when 60% full; iteration walks the table. Duplicates are equal by Python's
 * `==` (so `1`, `1.0` and `True` are one item, and the first one inserted stays).
 *
 * **Gotchas**: CPython's compiler builds a frozenset constant twice: the AST optimiser makes one
 * from the literal's items (`PyFrozenSet_New`), then `merge_consts_recursive` (Python/compile.c)
 * rebuilds it from that set's iteration order. The constant in `co_consts` is therefore
 * `frozensetOrder(frozensetOrder(items))`, which can differ after collisions.
 *
 * @param items - the items, in the order they are added
 * @returns the distinct items in iteration order
 * @example
 * ```ts
 * frozensetOrder([{ kind: 'int', value: 3n }, { kind: 'int', value: 1n }]); // 1 then 3
 * ```
 * @see CPython 3.8 Objects/setobject.c set_add_entry, set_table_resize
 */
export function frozensetOrder(items: readonly Constant[]): Constant[] {
  const set: SetTable = { table: new Array<Entry | undefined>(SET_MINSIZE).fill(undefined), used: 0 };
  for (const item of items) addEntry(set, item, hashConstant(item));
  const out: Constant[] = [];
  for (const entry of set.table) if (entry !== undefined) out.push(entry.key);
  return out;
}
