/**
 * Key-sharing dictionaries (PEP 412): the keys table a class keeps for its instances' `__dict__`
 * (`ht_cached_keys`), which a split dict shares while it holds its values alone. Only sizes
 * observe it (`sys.getsizeof` of such a dict counts its values and not the keys; of the class,
 * the keys), so this is the table's bookkeeping: its size, what it has room for, its key names in
 * order and who shares it. Mirrors CPython 3.8 Objects/dictobject.c.
 * @module
 */

/** `PyDict_MINSIZE`: the size of a fresh shared table (`_PyDict_NewKeysForClass`). */
const MIN_SIZE = 8;

/** `USABLE_FRACTION`: the entries a table of `size` slots takes before it must grow. */
export function usableFraction(size: number): number {
  return Math.floor((2 * size) / 3);
}

/** A `PyDictKeysObject` in split mode (`lookdict_split`). */
export class SharedKeys {
  /** `dk_refcnt`: the class caching it and each split dict sharing it. */
  refcnt = 1;
  /** The names of the keys in table order (`dk_entries`), for the split insertion-order rule. */
  readonly names: string[] = [];
  /** `dk_size`. */
  readonly size: number;
  /** `dk_usable`: insertions left. */
  usable: number;
  readonly #index = new Map<string, number>();

  /** An empty table of `size` slots. */
  constructor(size: number = MIN_SIZE) {
    this.size = size;
    this.usable = usableFraction(size);
  }

  /** `dk_nentries`: entries taken. */
  get nentries(): number {
    return this.names.length;
  }

  /** The entry position of the key named `name`, or -1 (`lookdict_split`). */
  indexOf(name: string): number {
    return this.#index.get(name) ?? -1;
  }

  /** Appends a new key (the table must have room). */
  add(name: string): void {
    this.#index.set(name, this.names.length);
    this.names.push(name);
    this.usable--;
  }
}
