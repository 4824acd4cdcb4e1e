/**
 * Hashes by address, for objects without a value hash (None, Ellipsis, and every object of a
 * class that does not define `__hash__`). Mirrors CPython 3.8 Python/pyhash.c `_Py_HashPointer`.
 * @module
 */

/**
 * Fake address of `None`.
 *
 * @remarks
 * DEVIATION(cpython): CPython hashes None by the address of `_Py_NoneStruct`, which moves with
 * ASLR from run to run. corosim fixes an address whose page offset (low 12 bits, which do not
 * move) is the one CPython 3.8.18 shows on the reference machine (`id(None) & 0xfff == 0x220`), so
 * `hash(None) & mask` agrees with CPython for tables of up to 256 slots; only the order after a
 * collision, which depends on the high bits, can differ from a given CPython run.
 */
export const NONE_ADDRESS = 0x7f0000332220n;

/** Fake address of `Ellipsis`, chosen as for {@link NONE_ADDRESS} (`id(...) & 0xfff == 0x420`). */
export const ELLIPSIS_ADDRESS = 0x7f0000334420n;

/**
 * Returns the hash CPython gives an object at `address`.
 *
 * @remarks
 * The address rotated right by 4 bits (objects are 16-byte aligned, so the low bits carry no
 * information), read as signed, -1 becoming -2.
 *
 * @param address - the object's (fake) address
 * @returns the signed 64-bit hash
 * @example
 * ```ts
 * pointerHash(0x10n); // 1n
 * ```
 * @see CPython 3.8 Python/pyhash.c _Py_HashPointer
 */
export function pointerHash(address: bigint): bigint {
  const y = BigInt.asUintN(64, address);
  const rotated = BigInt.asUintN(64, (y >> 4n) | (y << 60n));
  const x = BigInt.asIntN(64, rotated);
  return x === -1n ? -2n : x;
}
