/**
 * The hashes of tuple (3.8's xxHash-based scheme) and frozenset (an order-independent xor of
 * shuffled item hashes). Mirrors CPython 3.8 Objects/tupleobject.c `tuplehash` and
 * Objects/setobject.c `frozenset_hash`.
 * @module
 */

const U64 = (1n << 64n) - 1n;

/** `_PyHASH_XXPRIME_1` (64-bit builds). */
const XXPRIME_1 = 11400714785074694791n;
/** `_PyHASH_XXPRIME_2`. */
const XXPRIME_2 = 14029467366897019727n;
/** `_PyHASH_XXPRIME_5`. */
const XXPRIME_5 = 2870177450012600261n;

/**
 * Returns the hash of a tuple from the hashes of its items.
 *
 * @remarks
 * xxHash's round over each item hash (as an unsigned 64-bit lane), then the length mixed in so
 * that `hash(())` keeps its historical value; -1 becomes 1546275796.
 *
 * @param itemHashes - `hash(item)` of each item, in order
 * @returns the signed 64-bit hash
 * @example
 * ```ts
 * tupleHash([]); // 5740354900026072187n
 * ```
 * @see CPython 3.8 Objects/tupleobject.c tuplehash
 */
export function tupleHash(itemHashes: readonly bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const h of itemHashes) {
    acc = (acc + BigInt.asUintN(64, h) * XXPRIME_2) & U64;
    acc = ((acc << 31n) | (acc >> 33n)) & U64;
    acc = (acc * XXPRIME_1) & U64;
  }
  acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & U64;
  if (acc === U64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

/** `_shuffle_bits`: spreads an entry's hash before it is xored in. */
function shuffleBits(h: bigint): bigint {
  const u = BigInt.asUintN(64, h);
  return (((u ^ 89869747n) ^ (u << 16n)) * 3644798167n) & U64;
}

/**
 * Returns the hash of a frozenset from the hashes of its (distinct) items.
 *
 * @remarks
 * CPython xors the shuffled hash of every table slot and then cancels the empty and dummy ones,
 * which leaves the xor over the items only: the result does not depend on the table layout or
 * on the order of `itemHashes`.
 *
 * @param itemHashes - `hash(item)` of each item, without duplicates
 * @returns the signed 64-bit hash
 * @example
 * ```ts
 * frozensetHash([]); // 133146708735736n
 * ```
 * @see CPython 3.8 Objects/setobject.c frozenset_hash
 */
export function frozensetHash(itemHashes: readonly bigint[]): bigint {
  let hash = 0n;
  for (const h of itemHashes) hash ^= shuffleBits(h);
  hash ^= ((BigInt(itemHashes.length) + 1n) * 1927868237n) & U64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & U64;
  if (hash === U64) hash = 590923713n;
  return BigInt.asIntN(64, hash);
}
