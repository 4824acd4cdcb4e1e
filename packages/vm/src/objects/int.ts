/**
 * `int` with arbitrary precision, and `bool`, its subclass. A value is a JS number while it is a
 * safe integer and a bigint beyond, so everyday arithmetic stays on doubles. -5..256 are static
 * (`small_ints`), so `is` behaves as in CPython. Sizes are CPython's: 24 bytes plus 4 per
 * 30-bit digit. Mirrors CPython 3.8 Objects/longobject.c and Objects/boolobject.c.
 * @module
 */
import { intHash } from '../hash/numeric-hash.ts';
import { bitLength } from '../numeric/int-arith.ts';
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress, allocatePlainAddress, staticAddress } from '../runtime/memory.ts';
import { HostPool } from '../runtime/host-pool.ts';
import { IMMORTAL, PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, freeObject, freePlainObject, trackNewObject, type PyType } from '../runtime/object.ts';

/** The `int` type. */
export const intType: PyType = staticType({ name: 'int', basicsize: 24, itemsize: 4, flags: TPFLAGS_BASETYPE });

/** The `bool` type: a final subclass of int. */
export const boolType: PyType = staticType({ name: 'bool', basicsize: 32, itemsize: 4, base: intType });

/** An int value: a safe-integer number, or a bigint outside that range. */
export type IntValue = number | bigint;

/** An int (or bool) object. */
export class PyInt extends PyObject {
  readonly value: IntValue;

  constructor(type: PyType, value: IntValue, address: number) {
    super(type, address, true);
    // The header, written here (see PyObject's constructor); `dict` and `finalized` come from
    // the prototype until an instance of a subclass sets them (16 bytes less per number).
    this.type = type;
    this.refcnt = 1;
    this.addressHandle = address;
    if ((type.flags & TPFLAGS_HAVE_GC) !== 0) trackNewObject(this, address);
    this.value = value;
  }

  /** The value as a bigint. */
  get big(): bigint {
    return typeof this.value === 'bigint' ? this.value : BigInt(this.value);
  }
}

/**
 * An int whose value is a bigint (outside the safe integers). Its own class, so that a
 * {@link PyInt}'s `value` only ever holds numbers: V8 then keeps that field as a double it
 * updates in place, where a field that has also held a bigint takes a new heap box for every
 * value outside the small integers it stores.
 */
export class PyBigInt extends PyInt {}

/** A new int object of `type` (int, or a subclass of it) with this value, of the class its value needs. */
export function newIntObject(type: PyType, value: IntValue, address: number): PyInt {
  return typeof value === 'bigint' ? new PyBigInt(type, value, address) : new PyInt(type, value, address);
}

/** 30-bit digits CPython needs for `v` (`Py_SIZE` in absolute value). */
export function intDigits(v: IntValue): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    if (a === 0) return 0;
    if (a < 2 ** 30) return 1;
    if (a < 2 ** 60) return 2;
    return 3;
  }
  return Math.ceil(bitLength(v) / 30);
}

/** Normalises a bigint to a number when it is safe. */
export function normInt(v: bigint): IntValue {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

const SMALL_MIN = -5;
const SMALL_MAX = 256;
const small: PyInt[] = [];
for (let v = SMALL_MIN; v <= SMALL_MAX; v++) {
  const o = new PyInt(intType, v, staticAddress(28));
  o.refcnt = IMMORTAL;
  small.push(o);
}

/** `Py_False`. */
export const False: PyInt = new PyInt(boolType, 0, staticAddress(24));
False.refcnt = IMMORTAL;
/** `Py_True`. */
export const True: PyInt = new PyInt(boolType, 1, staticAddress(28));
True.refcnt = IMMORTAL;

/** A new reference to True or False. */
export function newBool(b: boolean): PyInt {
  const o = b ? True : False;
  o.refcnt++;
  return o;
}

/** A new reference to an int with this value (small ints are shared). */
export function newInt(v: IntValue): PyInt {
  if (typeof v !== 'number') return newBigInt(v);
  if (v >= SMALL_MIN && v <= SMALL_MAX) {
    const o = small[v - SMALL_MIN] as PyInt;
    o.refcnt++;
    return o;
  }
  const address = allocatePlainAddress(intType, intType.basicsize + intType.itemsize * intDigits(v));
  const dead = intPool.reuse();
  if (dead === undefined) return new PyInt(intType, v, address);
  dead.refcnt = 1;
  dead.addressHandle = address;
  (dead as { value: IntValue }).value = v;
  return dead;
}

/**
 * Freed exact ints whose JS objects {@link newInt} makes new ints of (host-pool.ts explains why;
 * an int has no fields past its value to reset). V8 then builds no object per number, and a
 * reused one, long-lived, costs no write barrier stored into a frame's slots.
 */
const intPool = new HostPool<PyInt>();

/** {@link newInt} of a bigint (apart, so that the common path stays small enough to inline). */
function newBigInt(big: bigint): PyInt {
  const v = normInt(big);
  return typeof v === 'bigint' ? new PyBigInt(intType, v, allocateAddress(intType, intDigits(v))) : newInt(v);
}

// `long_dealloc`: an exact int's block is newInt's plain one (a subclass's instance, and a bool,
// never freed, are allocated otherwise).
intType.dealloc = (o) => {
  if (o.type !== intType) {
    freeObject(o);
    return;
  }
  freePlainObject(o);
  // A bigint's object is not one to give a number to.
  if (!(o instanceof PyBigInt)) intPool.keep(o as PyInt);
};

/** Whether `o` is an int (bool included). */
export function isInt(o: PyObject): o is PyInt {
  return o instanceof PyInt;
}

/** `hash()` of an int value. */
export function intValueHash(v: IntValue): bigint {
  if (typeof v === 'number' && v >= 0 && v < 2 ** 53) return BigInt(v);
  if (typeof v === 'number' && v > -(2 ** 53) && v < 0) return v === -1 ? -2n : BigInt(v);
  return intHash(BigInt(v));
}
