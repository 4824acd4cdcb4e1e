/**
 * The C library's `pow`, computed as x86-64 glibc 2.28+ computes it on FMA hardware (Szabolcs
 * Nagy's algorithm from Arm's optimized-routines): `log(x)` as a double-double from a 128-entry
 * table of `1/c` and `log(c)` and a degree-8 polynomial, `y log(x)` as a double-double, then
 * `exp` of it with a tail, each `a * b + c` fused as its `-mfma` build fuses it. It is not
 * correctly rounded (about one input in fifteen hundred, and exact ties such as
 * `121319.5 ** 3`, round the other way), and CPython's `**` and `math.pow` show its bits.
 * Mirrors glibc sysdeps/ieee754/dbl-64/e_pow.c and e_pow_log_data.c.
 * @module
 */
import { highWord, withHighWord } from './float-bits.ts';
import { PREC, fixedToDouble, lnFixed } from './fixed-point.ts';
import { fma } from './fma.ts';
import { expInline } from './libm-exp.ts';

const N = 128;
/** ln 2 split: a high part with trailing zeros (k times it is exact) and the rest. */
const LN2_HI = 0.6931471805598903;
const LN2_LO = 5.497923018708371e-14;
/** log1p(r) - r on |r| < 1/128 from the square on, scaled as the evaluation uses them. */
const A0 = -0.5;
const A1 = -0.6666666666666679;
const A2 = 0.5000000000000007;
const A3 = 0.7999999995323976;
const A4 = -0.6666666663487739;
const A5 = -1.142909628459501;
const A6 = 1.0000415263675542;

/** The bits of `0x1.69555p-1`: the log table covers [that, twice that). */
const OFF = 0x3fe6955500000000n;
/** The high word of {@link OFF} (its low word is 0). */
const OFF_HIGH = 0x3fe69555;

/** One subinterval of the table: `1/c` (few bits), and `log(c)` as a 43-bit part and the rest. */
interface LogEntry {
  readonly invc: number;
  readonly logc: number;
  readonly logctail: number;
}

let table: LogEntry[] | null = null;

const view = new DataView(new ArrayBuffer(8));

function fromBits(b: bigint): number {
  view.setBigUint64(0, BigInt.asUintN(64, b));
  return view.getFloat64(0);
}

/**
 * glibc's `__pow_log_data.tab`, computed once as its comment defines it: `c` near the center of
 * each subinterval with `1/c` a multiple of 1/128 (1/256 above 1), `logc` = log(c) rounded to a
 * multiple of 2**-43, `logctail` the rest rounded to a double.
 */
function logTable(): LogEntry[] {
  if (table !== null) return table;
  table = [];
  for (let i = 0; i < N; i++) {
    const center = fromBits(OFF + (BigInt(i) << 45n) + (1n << 44n));
    const invc = center < 1 ? Math.round(N / center) / N : Math.round((2 * N) / center) / N / 2;
    const logC = -lnFixed(invc); // log(c) = -log(1/c), exact to 2**-PREC
    const shift = BigInt(PREC - 43);
    const logcFixed = ((logC + (1n << (shift - 1n))) >> shift) << shift;
    table.push({ invc, logc: fixedToDouble(logcFixed), logctail: fixedToDouble(logC - logcFixed) });
  }
  return table;
}

/** The low part of the last {@link logInline}. */
let logLow = 0;

/**
 * `log(x)` for a positive normal double `x` whose exponent field is taken as `lowered` less
 * than it is, as `hi + lo` (glibc's `log_inline`). Its bits are read as two 32-bit words: the
 * table offset has no low bits, so the index, the exponent `k` and `z` (x scaled into the
 * table's range) all come from the high word. Returns `hi`, and leaves `lo` in {@link logLow}
 * (no object per call).
 */
function logInline(x: number, lowered: number): number {
  const high = (highWord(x) - (lowered << 20)) | 0;
  const tmp = (high - OFF_HIGH) | 0;
  const i = (tmp >>> 13) & (N - 1);
  const k = tmp >> 20;
  const z = withHighWord(x, high - (tmp & 0xfff00000));
  const { invc, logc, logctail } = logTable()[i] as LogEntry;
  // r = z/c - 1 exactly: 1/c has few bits.
  const r = fma(z, invc, -1.0);
  const t1 = fma(k, LN2_HI, logc);
  const t2 = t1 + r;
  const lo1 = fma(k, LN2_LO, logctail);
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  const q = fma(ar2, fma(ar2, fma(r, A6, A5), fma(r, A4, A3)), fma(r, A2, A1));
  const lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  logLow = hi - y + lo;
  return y;
}

/**
 * `pow(x, y)` as glibc's, for finite `x > 0`, `x != 1` and finite `y != 0` (the cases the
 * callers leave to the C library); Infinity on overflow, 0 on underflow.
 *
 * @param x - a finite positive double other than 1.
 * @param y - a finite non-zero double.
 * @returns the double glibc's `pow` returns.
 * @see glibc sysdeps/ieee754/dbl-64/e_pow.c `__pow`
 */
export function glibcPow(x: number, y: number): number {
  const ay = Math.abs(y);
  if (ay < 2 ** -65 || ay >= 2 ** 63) {
    // |y| < 2**-65: x**y rounds to 1 + y log x; |y| >= 2**63: overflow or underflow.
    if (ay < 2 ** -65) return x > 1 ? 1.0 + y : 1.0 - y;
    return x > 1 === y > 0 ? Infinity : 0;
  }
  // A subnormal is scaled to a normal and its log taken less 52 log 2 (the bits' exponent lowered
  // by 52, which the table's `k` then counts).
  const hi = x < 2 ** -1022 ? logInline(x * 2 ** 52, 52) : logInline(x, 0);
  const lo = logLow;
  const ehi = y * hi;
  const elo = fma(y, lo, fma(y, hi, -ehi));
  return expInline(ehi, elo);
}
