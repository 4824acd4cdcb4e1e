/**
 * The rest of the `math` module: the integer functions (factorial, gcd, isqrt, comb, perm), prod,
 * fsum (Shewchuk's exact partials, `msum`), the logarithms (with the frexp path for huge ints),
 * hypot / dist (`vector_norm`) and isclose. Mirrors CPython 3.8 Modules/mathmodule.c.
 * @module
 */
import { PyFloat, newFloat } from '../objects/float.ts';
import { PyInt, newBool, newInt, normInt, type IntValue } from '../objects/int.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { PyTuple } from '../objects/tuple.ts';
import { crLog } from '../numeric/precise-math.ts';
import { crLog2 } from '../numeric/precise-trig.ts';
import { libmLog10 } from '../numeric/libm-hyperbolic.ts';
import { bitLength } from '../numeric/int-arith.ts';
import { getIter, iterNext, sequenceToArray } from '../runtime/abstract-iter.ts';
import { asDouble, asIndex, binaryOp, intAsDouble } from '../runtime/abstract-number.ts';
import { overflowError, typeError, valueError, zeroDivisionError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { parseArgs, unpackArgs } from './functools-args.ts';
import { domainError } from './math-errors.ts';

const big = (v: IntValue): bigint => (typeof v === 'bigint' ? v : BigInt(v));

function factorial(arg: PyObject): PyObject {
  let v: bigint;
  if (arg instanceof PyFloat) {
    const dx = arg.value;
    if (!(Number.isFinite(dx) && dx === Math.floor(dx))) throw valueError('factorial() only accepts integral values');
    v = BigInt(dx);
  } else v = big(asIndex(arg));
  if (v > 9223372036854775807n) throw overflowError('factorial() argument should not exceed 9223372036854775807');
  if (v < 0n) throw valueError('factorial() not defined for negative values');
  return newInt(normInt(productRange(1n, v)));
}

/** The product of lo..hi (1 when empty), split in halves so big products stay balanced. */
function productRange(lo: bigint, hi: bigint): bigint {
  if (hi < lo) return 1n;
  if (hi - lo < 16n) {
    let r = 1n;
    for (let i = lo; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) >> 1n;
  return productRange(lo, mid) * productRange(mid + 1n, hi);
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** `_PyLong_Frexp`: a huge int as mantissa in [0.5, 1) and exponent. */
function longFrexp(v: bigint): [number, number] {
  const bits = bitLength(v);
  const shift = bits - 64;
  let top = v >> BigInt(shift);
  if ((top << BigInt(shift)) !== v) top |= 1n;
  let m = Number(top) / 2 ** 64;
  let e = bits;
  if (m >= 1) {
    m /= 2;
    e++;
  }
  return [m, e];
}

/** `loghelper`: ints (even beyond the float range) and floats, with math_1's error rules. */
function logHelper(arg: PyObject, f: (x: number) => number): number {
  if (arg instanceof PyInt) {
    const v = arg.value;
    if (v <= 0) domainError();
    if (typeof v === 'bigint' && !Number.isFinite(Number(v))) {
      const [m, e] = longFrexp(v);
      return f(m) + f(2.0) * e;
    }
    return f(intAsDouble(v));
  }
  const x = asDouble(arg);
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) domainError();
  return r;
}

function mLog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return crLog(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x) || x > 0) return x;
  return NaN;
}

function guarded(f: (x: number) => number): (x: number) => number {
  return (x) => {
    if (Number.isFinite(x)) {
      if (x > 0) return f(x);
      return x === 0 ? -Infinity : NaN;
    }
    if (Number.isNaN(x) || x > 0) return x;
    return NaN;
  };
}

/** `math_fsum` (`msum`). */
function fsum(seq: PyObject): number {
  const it = getIter(seq);
  const p: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  try {
    for (let item = iterNext(it); item !== null; item = iterNext(it)) {
      let x: number;
      try {
        x = asDouble(item);
      } finally {
        decref(item);
      }
      const xsave = x;
      let i = 0;
      for (let j = 0; j < p.length; j++) {
        let y = p[j] as number;
        if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
        const hi = x + y;
        const yr = hi - x;
        const lo = y - yr;
        if (lo !== 0) p[i++] = lo;
        x = hi;
      }
      p.length = i;
      if (x !== 0) {
        if (!Number.isFinite(x)) {
          if (Number.isFinite(xsave)) throw overflowError('intermediate overflow in fsum');
          if (!Number.isNaN(xsave)) infSum += xsave;
          specialSum += xsave;
          p.length = 0;
        } else p.push(x);
      }
    }
  } finally {
    decref(it);
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw valueError('-inf + inf in fsum');
    return specialSum;
  }
  let hi = 0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n] as number;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n] as number;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    const below = p[n - 1] ?? 0;
    if (n > 0 && ((lo < 0 && below < 0) || (lo > 0 && below > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** A point's coordinates: a tuple's items, or those of `PySequence_Tuple` of anything else, until released. */
function pointItems(o: PyObject): { readonly items: readonly PyObject[]; readonly release: () => void } {
  if (o instanceof PyTuple) return { items: o.items, release: () => undefined };
  const items = sequenceToArray(o);
  return { items, release: () => { for (const x of items) decref(x); } };
}

/** `ASSIGN_DOUBLE`: a float, an int (OverflowError beyond floats) or anything with `__float__`. */
function coordinate(o: PyObject): number {
  if (o instanceof PyInt) return intAsDouble(o.value);
  return asDouble(o);
}

/** `vector_norm` of absolute values. */
function vectorNorm(vec: readonly number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  let csum = 1.0;
  let frac = 0.0;
  for (const v of vec) {
    let x = v / max;
    x = x * x;
    const oldcsum = csum;
    csum += x;
    frac += oldcsum - csum + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac);
}

function norm(values: readonly number[]): number {
  let max = 0;
  let foundNan = false;
  const vec = values.map((v) => {
    const x = Math.abs(v);
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return vectorNorm(vec, max, foundNan);
}

function nonNegative(o: PyObject, what: 'n' | 'k'): bigint {
  const v = big(asIndex(o));
  if (v < 0n) throw valueError(`${what} must be a non-negative integer`);
  return v;
}

/** The integer functions, prod, fsum, logs, hypot, dist, isclose. */
export const moreMathDefs: readonly NativeDef[] = [
  { name: 'factorial', kind: 'o', impl: (_m, args) => factorial(args[0] as PyObject) },
  {
    name: 'gcd',
    kind: 'fast',
    impl: (_m, args) => {
      unpackArgs('gcd', args, 2, 2);
      return newInt(normInt(gcd(big(asIndex(args[0] as PyObject)), big(asIndex(args[1] as PyObject)))));
    },
  },
  {
    name: 'isqrt',
    kind: 'o',
    impl: (_m, args) => {
      const n = big(asIndex(args[0] as PyObject));
      if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
      return newInt(normInt(isqrt(n)));
    },
  },
  {
    name: 'comb',
    kind: 'fast',
    impl: (_m, args) => {
      unpackArgs('comb', args, 2, 2);
      const n = nonNegative(args[0] as PyObject, 'n');
      let k = nonNegative(args[1] as PyObject, 'k');
      if (k > n) return newInt(0);
      if (n - k < k) k = n - k;
      let r = 1n;
      for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
      return newInt(normInt(r));
    },
  },
  {
    name: 'perm',
    kind: 'fast',
    impl: (_m, args) => {
      unpackArgs('perm', args, 1, 2);
      const kArg = args[1];
      if (kArg === undefined || kArg.type.name === 'NoneType') return factorial(args[0] as PyObject);
      const n = nonNegative(args[0] as PyObject, 'n');
      const k = nonNegative(kArg, 'k');
      if (k > n) return newInt(0);
      return newInt(normInt(productRange(n - k + 1n, n)));
    },
  },
  {
    name: 'prod',
    kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [iterable, start] = parseArgs('prod', args, kwnames, ['iterable', 'start'], 1, 1, 1);
      let result: PyObject = start === undefined ? newInt(1) : incref(start);
      const it = getIter(iterable as PyObject);
      try {
        for (let item = iterNext(it); item !== null; item = iterNext(it)) {
          try {
            const next = binaryOp(result, item, 'multiply');
            decref(result);
            result = next;
          } finally {
            decref(item);
          }
        }
      } catch (e) {
        decref(result);
        throw e;
      } finally {
        decref(it);
      }
      return result;
    },
  },
  { name: 'fsum', kind: 'o', impl: (_m, args) => newFloat(fsum(args[0] as PyObject)) },
  {
    name: 'log',
    kind: 'fast',
    impl: (_m, args) => {
      // Argument Clinic's optional group `log(x, [base])`: one message for any other count.
      if (args.length < 1 || args.length > 2) throw typeError('math.log requires 1 to 2 arguments');
      const num = logHelper(args[0] as PyObject, mLog);
      if (args[1] === undefined) return newFloat(num);
      const den = logHelper(args[1], mLog);
      if (den === 0) throw zeroDivisionError('float division by zero');
      return newFloat(num / den);
    },
  },
  { name: 'log2', kind: 'o', impl: (_m, args) => newFloat(logHelper(args[0] as PyObject, guarded(crLog2))) },
  { name: 'log10', kind: 'o', impl: (_m, args) => newFloat(logHelper(args[0] as PyObject, guarded(libmLog10))) },
  {
    name: 'hypot',
    kind: 'fast',
    impl: (_m, args) => newFloat(norm(args.map(coordinate))),
  },
  {
    name: 'dist',
    kind: 'fast',
    impl: (_m, args) => {
      unpackArgs('dist', args, 2, 2);
      // `math_dist_impl`: points that are not tuples are made tuples (`PySequence_Tuple`).
      const p = pointItems(args[0] as PyObject);
      const q = pointItems(args[1] as PyObject);
      try {
        if (p.items.length !== q.items.length) throw valueError('both points must have the same number of dimensions');
        return newFloat(norm(p.items.map((x, i) => coordinate(x) - coordinate(q.items[i] as PyObject))));
      } finally {
        p.release();
        q.release();
      }
    },
  },
  {
    name: 'isclose',
    kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [aO, bO, rt, at] = parseArgs('isclose', args, kwnames, ['a', 'b', 'rel_tol', 'abs_tol'], 2, 0, 2);
      const a = asDouble(aO as PyObject);
      const b = asDouble(bO as PyObject);
      const relTol = rt === undefined ? 1e-9 : asDouble(rt);
      const absTol = at === undefined ? 0.0 : asDouble(at);
      if (relTol < 0 || absTol < 0) throw valueError('tolerances must be non-negative');
      if (a === b) return newBool(true);
      if (!Number.isFinite(a) && !Number.isNaN(a)) return newBool(false);
      if (!Number.isFinite(b) && !Number.isNaN(b)) return newBool(false);
      const diff = Math.abs(b - a);
      return newBool(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
    },
  },
];

