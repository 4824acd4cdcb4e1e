/**
 * The table behind `dict`: entries in insertion order with holes where keys were deleted, and an
 * index from a bucket key to entry positions. Python equality decides between keys that share a
 * bucket. Iteration order is insertion order, as CPython 3.8's compact dict gives it
 * (Objects/dictobject.c); the index itself is a JS Map, so lookups never probe.
 * @module
 */
import { strHash } from '../hash/str-hash.ts';
import type { PyObject } from './object.ts';
import type { SharedKeys } from './shared-keys.ts';
import { raiseNoMemory } from './buffer-alloc.ts';
import { MAX_DICT_ENTRIES, checkStorage } from './storage-limit.ts';

/**
 * Where a key's entries are looked for: its text for str keys, else its hash, as a number when
 * the hash fits one exactly and as a bigint otherwise (so the entry's hash, CPython's `me_hash`,
 * can always be read back without hashing the key again).
 */
export type BucketKey = string | number | bigint;

/** A hash as a bucket: a number when it is one exactly, else the bigint itself. */
export function hashBucket(hash: bigint): BucketKey {
  const n = Number(hash);
  return Number.isSafeInteger(n) ? n : hash;
}

/**
 * Whether a key found by its hash may still equal a str key: an instance of a class defined in
 * Python, whose `__eq__` may say so (no built-in type but str compares equal to a str).
 */
function mayEqualText(key: PyObject): boolean {
  return key.type.isHeapType;
}

/**
 * Entry slots up to which the entry arrays are copied to their exact length on every append,
 * instead of pushed to: V8 gives a pushed-to array 16 spare slots, 3 x 136 bytes for a dict
 * of two entries, which for a million instance dicts was most of their memory.
 */
const EXACT_UP_TO = 16;

/** A copy of `items` one slot longer, ending with `last`. */
function withOneMore<T>(items: readonly T[], last: T): T[] {
  const n = items.length;
  const copy = new Array<T>(n + 1);
  for (let i = 0; i < n; i++) copy[i] = items[i] as T;
  copy[n] = last;
  return copy;
}

/**
 * Raises MemoryError where `dictresize` could not allocate a keys table of `size` slots: more
 * entries than the index Map takes, or more bytes than the heap has left (the header, the
 * indices of 1 to 8 bytes each and 24-byte entries for two thirds of the slots).
 */
function checkTable(size: number): void {
  const usable = Math.floor((2 * size) / 3);
  if (usable > MAX_DICT_ENTRIES) raiseNoMemory();
  const width = size <= 0xff ? 1 : size <= 0xffff ? 2 : size <= 0xffff_ffff ? 4 : 8;
  checkStorage(DICT_KEYS_HEADER + size * width + usable * 24);
}

/** `sizeof(PyDictKeysObject)` before its indices. */
const DICT_KEYS_HEADER = 40;

/** Entry slots from which a table keeps an index by bucket (a JS Map) instead of scanning. */
const INDEXED_FROM = 8;

/**
 * Equality of two keys in one bucket (identity is checked first by the table). May run Python
 * code and raise.
 */
export type KeyEquals = (a: PyObject, b: PyObject) => boolean;

/**
 * Insertion-ordered hash table of Python objects. Holds no references itself: the owning dict
 * increfs and decrefs.
 */
export class DictStorage {
  keys: (PyObject | null)[] = [];
  values: (PyObject | null)[] = [];
  buckets: BucketKey[] = [];
  /** Live entries. */
  used = 0;
  /** Bumped on every insertion of a new key or deletion: iterators detect changes. */
  version = 0;
  /**
   * CPython's keys table as `sys.getsizeof` sees it: `dk_size` (0 while the dict shares
   * `Py_EMPTY_KEYS`), `dk_usable` (insertions left before a resize) and `dk_nentries` (entry
   * slots taken, deleted ones included). Deletion never shrinks the table; only an insertion
   * that finds it full resizes it, to fit three times the live entries.
   */
  tableSize = 0;
  usable = 0;
  nentries = 0;
  /**
   * The class's keys table while this is a split dict (runtime/shared-keys.ts), which then
   * stands for the three counts above; null for a combined one. Any resize, deletion or clearing
   * makes the dict combined, as in CPython.
   */
  shared: SharedKeys | null = null;
  /** Live entries found by their text (str keys with str's hashing). */
  textKeys = 0;
  /**
   * Live entries found by their hash whose key {@link mayEqualText}: a lookup by text that misses
   * compares them too when their hash is the text's, as CPython's one table by hash does.
   */
  crossKeys = 0;
  /**
   * Entry positions by bucket, once the table has more than {@link INDEXED_FROM} entry slots;
   * below that (most instance dicts and keyword dicts), a lookup scans the buckets, and a small
   * dict costs no Map (about 180 bytes each).
   */
  #index: Map<BucketKey, number | number[]> | null = null;
  /**
   * The text entries by their str hash, built the first time a key that {@link mayEqualText}
   * misses while text entries are present, then kept up to date (null until then).
   */
  #textHashes: Map<BucketKey, number[]> | null = null;
  /**
   * Bounds of the live entries: every slot before {@link #low} and after {@link #high} is a hole
   * (found again from here by {@link firstLive} and {@link lastLive}, so that taking entries off
   * either end never rescans the holes left there).
   */
  #low = 0;
  #high = -1;

  /**
   * Entry position of `key`, or -1. A str key given as its text alone (`bucket`) must be a real
   * str object whenever {@link crossKeys} is nonzero, as it may be compared.
   */
  find(key: PyObject, bucket: BucketKey, equals: KeyEquals): number {
    const index = this.#index;
    if (index === null) {
      // The slots taken when the lookup starts, compared in entry order, as the index lists them.
      const n = this.keys.length;
      for (let i = 0; i < n; i++) if (this.buckets[i] === bucket && this.#matches(i, key, equals)) return i;
    } else {
      const slot = index.get(bucket);
      if (slot !== undefined) {
        if (typeof slot === 'number') {
          if (this.#matches(slot, key, equals)) return slot;
        } else {
          for (const i of slot.slice()) if (this.#matches(i, key, equals)) return i;
        }
      }
    }
    // Keys of one hash that are found under different buckets: a str and an object equal to it.
    if (typeof bucket === 'string') {
      if (this.crossKeys > 0) return this.#findAmong(this.#entriesOf(hashBucket(strHash(bucket))), key, equals);
    } else if (this.textKeys > 0 && mayEqualText(key)) {
      return this.#findAmong(this.#textHashIndex().get(bucket), key, equals);
    }
    return -1;
  }

  /** The live entries under `bucket`, in entry order, as the index holds them. */
  #entriesOf(bucket: BucketKey): number | number[] | undefined {
    if (this.#index !== null) return this.#index.get(bucket);
    const found: number[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.buckets[i] === bucket && this.keys[i] != null) found.push(i);
    return found.length === 0 ? undefined : found;
  }

  /** Lists entry `i` under its bucket in the index. */
  static #enter(index: Map<BucketKey, number | number[]>, bucket: BucketKey, i: number): void {
    const slot = index.get(bucket);
    if (slot === undefined) index.set(bucket, i);
    else if (typeof slot === 'number') index.set(bucket, [slot, i]);
    else slot.push(i);
  }

  /** Builds the index of the live entries (the table has grown past {@link INDEXED_FROM} slots). */
  #buildIndex(): void {
    const index = new Map<BucketKey, number | number[]>();
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] != null) DictStorage.#enter(index, this.buckets[i] as BucketKey, i);
    this.#index = index;
  }

  /** The first of `entries` whose key equals `key`, in entry order; -1 when none. */
  #findAmong(entries: number | number[] | undefined, key: PyObject, equals: KeyEquals): number {
    if (entries === undefined) return -1;
    for (const i of typeof entries === 'number' ? [entries] : entries.slice()) {
      const k = this.keys[i];
      if (k != null && (k === key || equals(k, key))) return i;
    }
    return -1;
  }

  #textHashIndex(): Map<BucketKey, number[]> {
    if (this.#textHashes !== null) return this.#textHashes;
    const index = new Map<BucketKey, number[]>();
    this.#textHashes = index;
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] != null) this.#noteText(i);
    return index;
  }

  /** Adds entry `i` to the text-hash index when it is a text entry and the index exists. */
  #noteText(i: number): void {
    const text = this.buckets[i];
    const index = this.#textHashes;
    if (index === null || typeof text !== 'string') return;
    const hash = hashBucket(strHash(text));
    const entries = index.get(hash);
    if (entries === undefined) index.set(hash, [i]);
    else entries.push(i);
  }

  /** Counts a new or removed entry (`delta` 1 or -1) in {@link textKeys} or {@link crossKeys}. */
  #count(key: PyObject, bucket: BucketKey, delta: number): void {
    if (typeof bucket === 'string') this.textKeys += delta;
    else if (mayEqualText(key)) this.crossKeys += delta;
  }

  #matches(i: number, key: PyObject, equals: KeyEquals): boolean {
    const k = this.keys[i];
    if (k === key) return true;
    if (k == null) return false;
    // Keys found under a text bucket are strs with that text: equal.
    return typeof this.buckets[i] === 'string' || equals(k, key);
  }

  /**
   * `dictresize(mp, minsize)`: a table of the smallest power of two (8 at least) not below
   * `minsize`, its entries moved to the start without the deleted ones between them. Only here are
   * holes taken out, as in CPython, so an entry's position is its index in CPython's entries.
   */
  resize(minsize: number): void {
    let n = 8;
    while (n < minsize) n *= 2;
    checkTable(n);
    this.unshare();
    this.tableSize = n;
    this.usable = Math.floor((2 * n) / 3) - this.used;
    this.nentries = this.used;
    if (this.keys.length !== this.used) this.#compact();
  }

  /** Appends a new entry (the key must be absent). Returns its position. */
  append(key: PyObject, bucket: BucketKey, value: PyObject): number {
    // `insertdict` (`GROWTH_RATE` is three times the live entries; `insert_to_emptydict` makes 8).
    // A split dict's caller has put the key in the shared table (objects/dict.ts).
    if (this.shared === null) {
      if (this.usable <= 0) this.resize(this.used * 3);
      this.usable--;
      this.nentries++;
    }
    const i = this.keys.length;
    if (i < EXACT_UP_TO) {
      this.keys = withOneMore(this.keys, key);
      this.values = withOneMore(this.values, value);
      this.buckets = withOneMore(this.buckets, bucket);
    } else {
      this.keys.push(key);
      this.values.push(value);
      this.buckets.push(bucket);
    }
    if (this.#index !== null) DictStorage.#enter(this.#index, bucket, i);
    else if (i >= INDEXED_FROM) this.#buildIndex();
    this.#count(key, bucket, 1);
    this.#noteText(i);
    this.used++;
    this.version++;
    this.#high = i;
    return i;
  }

  /** The position of the first live entry (the slot count when there is none). */
  firstLive(): number {
    const keys = this.keys;
    let i = this.#low;
    while (i < keys.length && keys[i] == null) i++;
    this.#low = i;
    return i;
  }

  /** The position of the last live entry, or -1 when there is none. */
  lastLive(): number {
    const keys = this.keys;
    let i = Math.min(this.#high, keys.length - 1);
    while (i >= 0 && keys[i] == null) i--;
    this.#high = i;
    return i;
  }

  /**
   * `dict.popitem`'s removal of the last live entry `i`: the slots from `i` on are free again
   * (`dk_nentries = i`), so the next new key takes slot `i`, as in CPython.
   */
  removeLast(i: number): void {
    this.remove(i);
    this.keys.length = i;
    this.values.length = i;
    this.buckets.length = i;
    this.nentries = i;
    this.#low = Math.min(this.#low, i);
    this.#high = i - 1;
  }

  /** Empties entry `i`, leaving a hole in its slot (taken out by the next resize, as in CPython). */
  remove(i: number): void {
    const bucket = this.buckets[i];
    if (bucket === undefined) return;
    // A split table allows no deletion: the dict gets a combined table of the same size first.
    if (this.shared !== null) this.resize(this.shared.size);
    const index = this.#index;
    const slot = index?.get(bucket);
    if (typeof slot === 'number') index?.delete(bucket);
    else if (slot !== undefined) {
      const rest = slot.filter((j) => j !== i);
      if (rest.length === 1 && rest[0] !== undefined) index?.set(bucket, rest[0]);
      else index?.set(bucket, rest);
    }
    const key = this.keys[i];
    if (key != null) this.#count(key, bucket, -1);
    if (typeof bucket === 'string' && this.#textHashes !== null) {
      const hash = hashBucket(strHash(bucket));
      const rest = (this.#textHashes.get(hash) ?? []).filter((j) => j !== i);
      if (rest.length === 0) this.#textHashes.delete(hash);
      else this.#textHashes.set(hash, rest);
    }
    this.keys[i] = null;
    this.values[i] = null;
    this.used--;
    this.version++;
  }

  /** Removes every entry. */
  clear(): void {
    this.unshare();
    this.keys = [];
    this.values = [];
    this.buckets = [];
    this.#index = null;
    this.#textHashes = null;
    this.#low = 0;
    this.#high = -1;
    this.textKeys = 0;
    this.crossKeys = 0;
    this.used = 0;
    this.version++;
    // `dict.clear()` goes back to the shared empty keys.
    this.tableSize = 0;
    this.usable = 0;
    this.nentries = 0;
  }

  /** Makes this a split dict sharing `keys` (`new_dict_with_shared_keys`; the table must be empty or hold this dict's keys). */
  share(keys: SharedKeys): void {
    keys.refcnt++;
    this.shared = keys;
  }

  /** Stops sharing the class's keys (`dictkeys_decref`); the caller sizes the combined table. */
  unshare(): void {
    const keys = this.shared;
    if (keys === null) return;
    keys.refcnt--;
    this.shared = null;
  }

  /** Drops the holes. */
  #compact(): void {
    const keys: (PyObject | null)[] = [];
    const values: (PyObject | null)[] = [];
    const buckets: BucketKey[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k == null) continue;
      const bucket = this.buckets[i] as BucketKey;
      keys.push(k);
      values.push(this.values[i] ?? null);
      buckets.push(bucket);
    }
    this.keys = keys;
    this.values = values;
    this.buckets = buckets;
    this.#index = null;
    if (keys.length > INDEXED_FROM) this.#buildIndex();
    this.#textHashes = null;
    this.#low = 0;
    this.#high = keys.length - 1;
  }
}
