/**
 * The slots of `int`: arithmetic on safe-integer numbers with a bigint fallback, Python's flooring
 * division and modulo, shifts, bitwise operators, `**` (with a float result for negative exponents
 * and modular inverses for a three-argument pow), comparison, hash, repr and `int()`. Mirrors
 * CPython 3.8 Objects/longobject.c (`long_add` ... `long_pow`, `long_richcompare`,
 * `long_to_decimal_string`, `long_new_impl`, `long_subtype_new`).
 * @module
 */
import { bitLength, intLshift, intRshift } from '../numeric/int-arith.ts';
import { intTrueDivide } from '../numeric/int-to-float.ts';
import { intAsDouble, asSsize, intFromStringObject, raiseNumeric, toInt, unwrapNumeric } from '../runtime/abstract-number.ts';
import { noMemoryError, typeError, valueError, zeroDivisionError } from '../runtime/errors.ts';
import { assert } from '../internal/assert.ts';
import { allocateGeneric } from '../runtime/memory.ts';
import { decref, incref, type BinarySlot, type PyObject, type PyType } from '../runtime/object.ts';
import { newFloat } from './float.ts';
import { floatPowValue } from './float-slots.ts';
import { PyInt, intDigits, intType, intValueHash, newBool, newInt, newIntObject, type IntValue } from './int.ts';
import { intMaxStrDigits } from './number-parse.ts';
import { None, newNotImplemented } from './singletons.ts';
import { newFreshStr } from './str.ts';
import { newTupleStealing } from './tuple.ts';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** The value of an int the slot was installed on (its type guarantees the class). */
export function intValueOf(o: PyObject): IntValue {
  assert(o instanceof PyInt, 'int slot on a non-int');
  return o.value;
}

/** The value as a bigint. */
export function big(v: IntValue): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

function isSafe(r: number): boolean {
  return r <= MAX_SAFE && r >= -MAX_SAFE;
}

/** `a // b` and `a % b` for safe integers, exactly (`fmod` and the division of a multiple are exact). */
function numberDivmod(a: number, b: number): [number, number] {
  let r = a % b;
  let q = (a - r) / b;
  if (r !== 0 && r < 0 !== b < 0) {
    r += b;
    q -= 1;
  }
  return [q + 0, r + 0];
}

/** `l_divmod` over bigints (b != 0). */
function bigDivmod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && r < 0n !== b < 0n) {
    r += b;
    q -= 1n;
  }
  return [q, r];
}

const ZERO_DIVISION = 'integer division or modulo by zero';

/** Makes an int binary slot: NotImplemented unless both operands are ints (`CHECK_BINOP`). */
function intBinary(fast: (a: number, b: number) => number | null, slow: (a: bigint, b: bigint) => IntValue): BinarySlot {
  return (v, w) => {
    if (!(v instanceof PyInt) || !(w instanceof PyInt)) return newNotImplemented();
    const a = v.value;
    const b = w.value;
    if (typeof a === 'number' && typeof b === 'number') {
      const r = fast(a, b);
      if (r !== null) return newInt(r);
    }
    const r = slow(big(a), big(b));
    return newInt(r);
  };
}

// `+`, `-`, `*` and `%` are written out: through intBinary's shared closure their fast paths
// would sit behind one megamorphic call.
const add: BinarySlot = (v, w) => {
  if (!(v instanceof PyInt) || !(w instanceof PyInt)) return newNotImplemented();
  const a = v.value;
  const b = w.value;
  if (typeof a === 'number' && typeof b === 'number' && isSafe(a + b)) return newInt(a + b);
  return newInt(big(a) + big(b));
};
const subtract: BinarySlot = (v, w) => {
  if (!(v instanceof PyInt) || !(w instanceof PyInt)) return newNotImplemented();
  const a = v.value;
  const b = w.value;
  if (typeof a === 'number' && typeof b === 'number' && isSafe(a - b)) return newInt(a - b);
  return newInt(big(a) - big(b));
};
/** Results wider than a JS bigint can be (2**30 bits). */
const MAX_RESULT_BITS = 1n << 30n;

/**
 * DEVIATION(cpython): a result of `bits` bits beyond what a JS bigint can hold is a MemoryError;
 * CPython would try to allocate it (over 128 MiB of digits).
 */
function checkResultBits(bits: bigint): void {
  if (bits >= MAX_RESULT_BITS) throw noMemoryError();
}

/** Whether `|v|` has at least `bits` bits (one shift: cheap for the small values of hot loops). */
function hasBits(v: bigint, bits: bigint): boolean {
  return (v < 0n ? -v : v) >> (bits - 1n) !== 0n;
}

/** The bit length of `|v|` by shifts (no string of the digits, which huge values could not have). */
function bitCount(v: bigint): bigint {
  let lo = 0n;
  let hi = 1n << 31n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1n;
    if (hasBits(v, mid + 1n)) lo = mid + 1n;
    else hi = mid;
  }
  return lo;
}

/** Computes a bigint result, turning the host's "too big" into the MemoryError of {@link checkResultBits}. */
function bounded(compute: () => bigint): bigint {
  try {
    return compute();
  } catch (e) {
    if (e instanceof RangeError) checkResultBits(MAX_RESULT_BITS);
    throw e;
  }
}

const multiply: BinarySlot = (v, w) => {
  if (!(v instanceof PyInt) || !(w instanceof PyInt)) return newNotImplemented();
  const a = v.value;
  const b = w.value;
  if (typeof a === 'number' && typeof b === 'number' && isSafe(a * b)) return newInt(a * b);
  const x = big(a);
  const y = big(b);
  // Operands under 2**28 bits each cannot overflow; only huge ones pay for counting bits.
  if (hasBits(x, 1n << 28n) || hasBits(y, 1n << 28n)) checkResultBits(bitCount(x) + bitCount(y));
  return newInt(x * y);
};
const floorDivide = intBinary(
  (a, b) => {
    if (b === 0) throw zeroDivisionError(ZERO_DIVISION);
    return numberDivmod(a, b)[0];
  },
  (a, b) => {
    if (b === 0n) throw zeroDivisionError(ZERO_DIVISION);
    return bigDivmod(a, b)[0];
  },
);
const remainder: BinarySlot = (v, w) => {
  if (!(v instanceof PyInt) || !(w instanceof PyInt)) return newNotImplemented();
  const a = v.value;
  const b = w.value;
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError(ZERO_DIVISION);
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return newInt(r + 0);
  }
  const bb = big(b);
  if (bb === 0n) throw zeroDivisionError(ZERO_DIVISION);
  return newInt(bigDivmod(big(a), bb)[1]);
};
const INT32 = (x: number): boolean => x >= -0x8000_0000 && x <= 0x7fff_ffff;
const and = intBinary((a, b) => (INT32(a) && INT32(b) ? a & b : null), (a, b) => a & b);
const or = intBinary((a, b) => (INT32(a) && INT32(b) ? a | b : null), (a, b) => a | b);
const xor = intBinary((a, b) => (INT32(a) && INT32(b) ? a ^ b : null), (a, b) => a ^ b);

const lshift = intBinary(
  (a, b) => {
    if (b < 0 || b > 52) return null;
    const r = a * 2 ** b;
    return isSafe(r) ? r : null;
  },
  (a, b) => bounded(() => {
    const r = intLshift(a, b);
    if (typeof r === 'bigint') return r;
    throw raiseNumeric(r);
  }),
);
const rshift = intBinary(
  // A safe integer is below 2**53, so past 63 bits every shift leaves 0 or -1; dividing by 2**63
  // (not by 2**b, which is Infinity from 1024 on and turned -1 >> 1024 into 0) keeps the sign.
  (a, b) => (b >= 0 ? Math.floor(a / 2 ** Math.min(b, 63)) + 0 : null),
  (a, b) => unwrapNumeric(intRshift(a, b)),
);

function divmodSlot(v: PyObject, w: PyObject): PyObject {
  if (!(v instanceof PyInt) || !(w instanceof PyInt)) return newNotImplemented();
  const a = v.value;
  const b = w.value;
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError(ZERO_DIVISION);
    const [q, r] = numberDivmod(a, b);
    return newTupleStealing([newInt(q), newInt(r)]);
  }
  const bb = big(b);
  if (bb === 0n) throw zeroDivisionError(ZERO_DIVISION);
  const [q, r] = bigDivmod(big(a), bb);
  return newTupleStealing([newInt(q), newInt(r)]);
}

function trueDivide(v: PyObject, w: PyObject): PyObject {
  if (!(v instanceof PyInt) || !(w instanceof PyInt)) return newNotImplemented();
  const a = v.value;
  const b = w.value;
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError('division by zero');
    return newFloat(a / b);
  }
  return newFloat(unwrapNumeric(intTrueDivide(big(a), big(b))));
}

/** `(base ** exp) % mod` for `exp >= 0`, `mod > 0`. */
function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n % mod;
  base %= mod;
  if (base < 0n) base += mod;
  while (exp > 0n) {
    if ((exp & 1n) === 1n) result = (result * base) % mod;
    exp >>= 1n;
    if (exp > 0n) base = (base * base) % mod;
  }
  return result;
}

/** `long_invmod`: the inverse of `a` modulo `n > 0`. */
function invmod(a: bigint, n: bigint): bigint {
  let b = n;
  let c = 1n;
  let d = 0n;
  a = bigDivmod(a, n)[1];
  while (b !== 0n) {
    const [q, r] = bigDivmod(a, b);
    a = b;
    b = r;
    const t = c - q * d;
    c = d;
    d = t;
  }
  if (a !== 1n) throw valueError('base is not invertible for the given modulus');
  return bigDivmod(c, n)[1];
}

/** `long_pow(v, w, x)`: `x` is None or an int. */
export function intPower(v: PyObject, w: PyObject, x: PyObject): PyObject {
  if (!(v instanceof PyInt) || !(w instanceof PyInt)) return newNotImplemented();
  if (x !== None && !(x instanceof PyInt)) return newNotImplemented();
  let a = big(v.value);
  let b = big(w.value);
  if (x === None) {
    if (b < 0n) return floatPowValue(intAsDouble(v.value), intAsDouble(w.value));
    if (a === 0n || a === 1n || b === 0n) return newInt(b === 0n ? 1 : a);
    if (a === -1n) return newInt(b % 2n === 0n ? 1 : -1);
    // Beyond what a JS bigint can hold (2**30 bits), CPython would run out of memory too.
    checkResultBits(BigInt(bitLength(a)) * b);
    return newInt(a ** b);
  }
  let c = big(intValueOf(x));
  if (c === 0n) throw valueError('pow() 3rd argument cannot be 0');
  let negativeOutput = false;
  if (c < 0n) {
    negativeOutput = true;
    c = -c;
  }
  if (c === 1n) return newInt(0);
  if (b < 0n) {
    a = invmod(a, c);
    b = -b;
  }
  let z = modPow(a, b, c);
  if (negativeOutput && z !== 0n) z -= c;
  return newInt(z);
}

intType.nb.add = add;
intType.nb.subtract = subtract;
intType.nb.multiply = multiply;
intType.nb.floor_divide = floorDivide;
intType.nb.remainder = remainder;
intType.nb.divmod = divmodSlot;
intType.nb.true_divide = trueDivide;
intType.nb.lshift = lshift;
intType.nb.rshift = rshift;
intType.nb.and = and;
intType.nb.or = or;
intType.nb.xor = xor;
intType.nb.power = (v, w) => intPower(v, w, None);
intType.nbPower = intPower;

/** `long_long`: the int itself when exact, else an exact copy. */
export function intExact(self: PyObject): PyObject {
  if (self.type === intType) return incref(self);
  return newInt(intValueOf(self));
}

intType.nbNegative = (self) => {
  const v = intValueOf(self);
  return newInt(typeof v === 'number' ? -v + 0 : -v);
};
intType.nbPositive = intExact;
intType.nbInvert = (self) => {
  const v = intValueOf(self);
  return newInt(typeof v === 'number' ? -(v + 1) + 0 : -(v + 1n));
};
intType.nbAbsolute = (self) => {
  const v = intValueOf(self);
  if (typeof v === 'number' ? v < 0 : v < 0n) return newInt(typeof v === 'number' ? -v : -v);
  return intExact(self);
};
intType.nbBool = (self) => {
  const v = intValueOf(self);
  return v !== 0 && v !== 0n;
};
intType.nbIndex = intExact;
intType.nbInt = intExact;
intType.nbFloat = (self) => newFloat(intAsDouble(intValueOf(self)));

intType.richcompare = (v, w, op) => {
  if (!(v instanceof PyInt) || !(w instanceof PyInt)) return newNotImplemented();
  const a = v.value;
  const b = w.value;
  switch (op) {
    case 0: return newBool(a < b);
    case 1: return newBool(a <= b);
    case 2: return newBool(a === b || (typeof a !== typeof b && a == b));
    case 3: return newBool(!(a === b || (typeof a !== typeof b && a == b)));
    case 4: return newBool(a > b);
    default: return newBool(a >= b);
  }
};
intType.hash = (self) => intValueHash(intValueOf(self));

/** `long_to_decimal_string`, with the 4300-digit limit of `sys.set_int_max_str_digits`. */
export function intDecimalText(v: IntValue): string {
  const text = v.toString();
  const digits = text.startsWith('-') ? text.length - 1 : text.length;
  const limit = intMaxStrDigits();
  if (limit > 0 && digits > limit) {
    throw valueError(`Exceeds the limit (${limit}) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return text;
}

// `long_to_decimal_string` fills a str of its own, even for one digit.
intType.repr = (self) => newFreshStr(intDecimalText(intValueOf(self)));

/** `long_new_impl` for exact int: `int()`, `int(x)`, `int(x, base)`. A new reference. */
export function intFromArgs(x: PyObject | undefined, base: PyObject | undefined): PyObject {
  if (x === undefined) {
    if (base !== undefined) throw typeError('int() missing string argument');
    return newInt(0);
  }
  if (base === undefined) return toInt(x);
  const b = asSsize(base, null);
  if ((b !== 0 && b < 2) || b > 36) throw valueError('int() base must be >= 2 and <= 36, or 0');
  return intFromStringObject(x, b);
}

/** Unpacks `(x, /, base)` of `int()`. */
function intArgs(args: readonly PyObject[], kwnames: readonly string[] | null): [PyObject | undefined, PyObject | undefined] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (args.length > 2) throw typeError(`int() takes at most 2 arguments (${args.length} given)`);
  const x: PyObject | undefined = npos >= 1 ? args[0] : undefined;
  let base: PyObject | undefined = npos >= 2 ? args[1] : undefined;
  for (let i = 0; i < nkw; i++) {
    const name = kwnames?.[i] ?? '';
    const value = args[npos + i];
    if (name !== 'base') throw typeError(`'${name}' is an invalid keyword argument for int()`);
    if (base !== undefined) throw typeError("argument for int() given by name ('base') and position (2)");
    base = value;
  }
  return [x, base];
}

/** Allocates an instance of an int subclass with this value (`long_subtype_new`). */
export function newIntOfType(type: PyType, value: IntValue): PyInt {
  if (type === intType) return newInt(value);
  const o = newIntObject(type, value, allocateGeneric(type, intDigits(value)));
  if (type.isHeapType) incref(type);
  return o;
}

intType.new = (type, args, kwnames) => {
  const [x, base] = intArgs(args, kwnames);
  const tmp = intFromArgs(x, base);
  if (type === intType) return tmp;
  const value = intValueOf(tmp);
  decref(tmp);
  return newIntOfType(type, value);
};
