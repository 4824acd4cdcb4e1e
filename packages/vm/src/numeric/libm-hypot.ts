/**
 * The C library's `hypot`, computed as glibc 2.35+ computes it (Borges' "An Improved Algorithm for
 * hypot(a,b)": one square root of the sum of squares, then a correction term), without FMA as
 * x86-64 glibc runs it. It is not correctly rounded: within ~0.8 ULP, it picks the farther
 * neighbour for a few inputs in a thousand, and CPython's `abs(complex)` and complex powers show
 * its bits. Mirrors glibc sysdeps/ieee754/dbl-64/e_hypot.c.
 * @module
 */

/** Inputs above this are scaled down by {@link SCALE} before squaring. */
const LARGE_VAL = 2 ** 511;
/** A smaller input below this is scaled up by 1 / {@link SCALE} before squaring. */
const TINY_VAL = 2 ** -459;
/** The scale factor for huge or tiny inputs. */
const SCALE = 2 ** -600;
/** When the smaller input is below the larger times this, the sum is the answer. */
const EPS = 2 ** -54;

/** `sqrt(ax² + ay²)` corrected, for `ax >= ay >= 0` whose squares neither overflow nor underflow. */
function kernel(ax: number, ay: number): number {
  const h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  return h - (t1 + t2) / (2.0 * h);
}

/**
 * `hypot(x, y)` as glibc's: Infinity if either is infinite, else NaN if either is NaN; Infinity
 * when the finite result overflows.
 *
 * @param x - a double.
 * @param y - a double.
 * @returns the double glibc's `hypot` returns.
 * @see glibc sysdeps/ieee754/dbl-64/e_hypot.c `__ieee754_hypot`
 */
export function libmHypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    return Math.abs(x) === Infinity || Math.abs(y) === Infinity ? Infinity : NaN;
  }
  const ax = Math.max(Math.abs(x), Math.abs(y));
  const ay = Math.min(Math.abs(x), Math.abs(y));
  if (ax > LARGE_VAL) {
    if (ay <= ax * EPS) return ax + ay;
    return kernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < TINY_VAL) {
    if (ax >= ay / EPS) return ax + ay;
    return kernel(ax / SCALE, ay / SCALE) * SCALE;
  }
  if (ay <= ax * EPS) return ax + ay;
  return kernel(ax, ay);
}
