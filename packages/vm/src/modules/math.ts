/**
 * The `math` module: the libm wrappers with CPython's error rules (`math_1`, `math_2`: "math
 * domain error", "math range error"), floor/ceil/trunc through `__floor__`/`__ceil__`/`__trunc__`,
 * the constants, and registration. Mirrors CPython 3.8 Modules/mathmodule.c; the integer
 * functions, fsum, hypot/dist, log and isclose are in math-more.ts.
 * @module
 */
import { PyFloat, newFloat } from '../objects/float.ts';
import { newBool, newInt } from '../objects/int.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { intValueFromDouble } from '../objects/float-slots.ts';
import { libmPow } from '../numeric/float-arith.ts';
import { crAcos, crAtan2, crCos, crSin } from '../numeric/precise-math.ts';
import { libmExp } from '../numeric/libm-exp.ts';
import { crAsin, crAtan, crTan } from '../numeric/precise-trig.ts';
import { libmAcosh, libmAsinh, libmAtanh, libmCosh, libmSinh } from '../numeric/libm-hyperbolic.ts';
import { libmExpm1, libmTanh } from '../numeric/libm-expm1.ts';
import { libmLog1p } from '../numeric/libm-log1p.ts';
import { decompose, roundScaled } from '../numeric/float-bits.ts';
import { asDouble, asIndex } from '../runtime/abstract-number.ts';
import { lookupSpecial } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { typeError } from '../runtime/errors.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { unpackArgs } from './functools-args.ts';
import { defineNativeModule } from './module-builder.ts';
import { moreMathDefs } from './math-more.ts';
import { SPECIAL_MATH_DEFS } from './math-special.ts';
import { domainError, rangeError } from './math-errors.ts';
import { tpName } from '../runtime/type-name.ts';


/** `math_1`: one float argument, NaN from non-NaN is a domain error, Inf from finite overflows or not. */
function math1(name: string, f: (x: number) => number, canOverflow: boolean): NativeDef {
  return {
    name,
    kind: 'o',
    impl: (_m, args) => {
      const x = asDouble(args[0] as PyObject);
      const r = f(x);
      if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
      if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
        if (canOverflow) rangeError();
        domainError();
      }
      return newFloat(r);
    },
  };
}

/** One float argument, the result as it comes (no error rules). */
function plain1(name: string, f: (x: number) => number): NativeDef {
  return { name, kind: 'o', impl: (_m, args) => newFloat(f(asDouble(args[0] as PyObject))) };
}

/** `math_2`: two float arguments, with `math_2`'s error rules. */
function math2(name: string, f: (x: number, y: number) => number, canOverflow: boolean): NativeDef {
  return {
    name,
    kind: 'fast',
    impl: (_m, args) => {
      unpackArgs(name, args, 2, 2);
      const x = asDouble(args[0] as PyObject);
      const y = asDouble(args[1] as PyObject);
      const r = f(x, y);
      if (Number.isNaN(r)) {
        if (!Number.isNaN(x) && !Number.isNaN(y)) domainError();
      } else if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
        if (canOverflow) rangeError();
        domainError();
      }
      return newFloat(r);
    },
  };
}

/** `floor` / `ceil`: exact floats directly, else the dunder, else the float value. */
function rounding(name: 'floor' | 'ceil', f: (x: number) => number): NativeDef {
  return {
    name,
    kind: 'o',
    impl: (_m, args) => {
      const x = args[0] as PyObject;
      if (x instanceof PyFloat && x.type.name === 'float') return newInt(intValueFromDouble(f(x.value)));
      const method = lookupSpecial(x, `__${name}__`);
      if (method !== null) {
        try {
          return callObject(method, []);
        } finally {
          decref(method);
        }
      }
      return newInt(intValueFromDouble(f(asDouble(x))));
    },
  };
}

function m_atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0) return Math.atan2(y, x);
  return crAtan2(y, x);
}

/** `math.pow`, with CPython's handling of IEEE specials. */
function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? (x < 0 ? -0 : 0) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) {
      // 0 ** -inf divides by zero: EDOM in `math_pow`.
      if (x === 0) domainError();
      return -y;
    }
    return 0;
  }
  const r = cPow(x, y);
  if (Number.isNaN(r)) domainError();
  if (!Number.isFinite(r)) {
    if (x === 0) domainError();
    rangeError();
  }
  return r;
}

/** C's `pow` for finite arguments. */
function cPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  const oddY = Number.isInteger(y) && Math.abs(y) % 2 === 1;
  if (x === 0) {
    if (y < 0) return oddY ? 1 / x : Infinity;
    return oddY ? x : 0;
  }
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    const r = -x === 1 ? 1 : libmPow(-x, y);
    return oddY ? -r : r;
  }
  return libmPow(x, y);
}

/** `m_remainder`: IEEE 754 remainder. */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBitNaN(y));
  return neg ? -Math.abs(x) : Math.abs(x);
}

function signBitNaN(y: number): boolean {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, y);
  return (v.getUint8(0) & 0x80) !== 0;
}

/** `ldexp(x, e)` correctly rounded (subnormal results round once). */
export function ldexpExact(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const { m, e: ex } = decompose(x);
  const r = roundScaled(m, false, ex + e);
  return x < 0 ? -r : r;
}

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const { m, e } = decompose(x);
  const bits = m.toString(2).length;
  const exp = e + bits;
  return [ldexpExact(x, -exp), exp];
}

const functions: NativeDef[] = [
  math1('acos', crAcos, false),
  math1('acosh', libmAcosh, false),
  math1('asin', crAsin, false),
  math1('asinh', libmAsinh, false),
  math1('atan', crAtan, false),
  math1('atanh', libmAtanh, false),
  math1('cos', (x) => (Number.isFinite(x) ? crCos(x) : NaN), false),
  math1('cosh', libmCosh, true),
  math1('exp', libmExp, true),
  math1('expm1', libmExpm1, true),
  math1('fabs', Math.abs, false),
  math1('sin', (x) => (Number.isFinite(x) ? crSin(x) : NaN), false),
  math1('sinh', libmSinh, true),
  math1('sqrt', Math.sqrt, false),
  math1('tan', crTan, false),
  math1('tanh', libmTanh, false),
  math1('log1p', libmLog1p, false),
  // `math_degrees_impl` and `math_radians_impl` multiply without math_1's checks (degrees(1e308) is inf).
  plain1('degrees', (x) => x * (180.0 / Math.PI)),
  plain1('radians', (x) => x * (Math.PI / 180.0)),
  rounding('floor', Math.floor),
  rounding('ceil', Math.ceil),
  {
    name: 'trunc',
    kind: 'o',
    impl: (_m, args) => {
      const x = args[0] as PyObject;
      const method = lookupSpecial(x, '__trunc__');
      if (method === null) throw typeError(`type ${tpName(x.type)} doesn't define __trunc__ method`);
      try {
        return callObject(method, []);
      } finally {
        decref(method);
      }
    },
  },
  math2('atan2', m_atan2, false),
  math2('copysign', copysign, false),
  math2('fmod', (x, y) => (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x) ? x : x % y), false),
  math2('remainder', remainder, false),
  {
    name: 'pow',
    kind: 'fast',
    impl: (_m, args) => {
      unpackArgs('pow', args, 2, 2);
      return newFloat(mathPow(asDouble(args[0] as PyObject), asDouble(args[1] as PyObject)));
    },
  },
  {
    name: 'frexp',
    kind: 'o',
    impl: (_m, args) => {
      const [m, e] = frexp(asDouble(args[0] as PyObject));
      return newTupleStealing([newFloat(m), newInt(e)]);
    },
  },
  {
    name: 'ldexp',
    kind: 'fast',
    impl: (_m, args) => {
      unpackArgs('ldexp', args, 2, 2);
      const x = asDouble(args[0] as PyObject);
      const iObj = args[1] as PyObject;
      if (iObj.type.nbIndex === undefined) throw typeError('Expected an int as second argument to ldexp.');
      const iv = asIndex(iObj);
      const i = typeof iv === 'bigint' ? (iv > 0n ? 1e6 : -1e6) : Math.max(-1e6, Math.min(1e6, iv));
      const r = ldexpExact(x, i);
      if (!Number.isFinite(r) && Number.isFinite(x)) rangeError();
      return newFloat(r);
    },
  },
  {
    name: 'modf',
    kind: 'o',
    impl: (_m, args) => {
      const x = asDouble(args[0] as PyObject);
      if (!Number.isFinite(x)) {
        if (Number.isNaN(x)) return newTupleStealing([newFloat(x), newFloat(x)]);
        return newTupleStealing([newFloat(x < 0 ? -0 : 0), newFloat(x)]);
      }
      const ip = Math.trunc(x);
      const fp = x - ip;
      return newTupleStealing([newFloat(fp === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : fp), newFloat(ip === 0 && (x < 0 || Object.is(x, -0)) ? -0 : ip)]);
    },
  },
  { name: 'isfinite', kind: 'o', impl: (_m, args) => newBool(Number.isFinite(asDouble(args[0] as PyObject))) },
  { name: 'isnan', kind: 'o', impl: (_m, args) => newBool(Number.isNaN(asDouble(args[0] as PyObject))) },
  {
    name: 'isinf',
    kind: 'o',
    impl: (_m, args) => {
      const x = asDouble(args[0] as PyObject);
      return newBool(!Number.isFinite(x) && !Number.isNaN(x));
    },
  },
  ...moreMathDefs,
  ...SPECIAL_MATH_DEFS,
];

defineNativeModule({
  name: 'math',
  doc: 'This module provides access to the mathematical functions\ndefined by the C standard.',
  functions,
  values: () => [
    ['pi', newFloat(Math.PI)],
    ['e', newFloat(Math.E)],
    ['tau', newFloat(2 * Math.PI)],
    ['inf', newFloat(Infinity)],
    ['nan', newFloat(NaN)],
  ],
});
