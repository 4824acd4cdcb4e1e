/**
 * The coroutine origin-tracking depth of `sys.set_coroutine_origin_tracking_depth`: how many
 * frames of the creating stack a new coroutine records in `cr_origin`. Mirrors CPython 3.8
 * Python/sysmodule.c `sys_set_coroutine_origin_tracking_depth_impl`.
 * @module
 */
import { rt } from '@corosim/vm/host';

/** Why a depth was refused, as the Python exception CPython raises. */
export interface DepthError {
  readonly type: 'ValueError';
  readonly message: string;
}

/**
 * Checks a requested origin-tracking depth as CPython does.
 *
 * @param depth - the value passed to `sys.set_coroutine_origin_tracking_depth`
 * @returns the error CPython raises for it, or `undefined` when it is acceptable
 * @example
 * ```ts
 * checkOriginTrackingDepth(-1); // { type: 'ValueError', message: 'depth must be >= 0' }
 * ```
 * @see CPython 3.8 Python/sysmodule.c sys_set_coroutine_origin_tracking_depth_impl
 */
export function checkOriginTrackingDepth(depth: number): DepthError | undefined {
  return depth < 0 ? { type: 'ValueError', message: 'depth must be >= 0' } : undefined;
}

/**
 * The argument of `set_coroutine_origin_tracking_depth(depth)` as its Argument Clinic wrapper
 * reads it (`int` converter, `_PyLong_AsInt`).
 */
export function parseDepthArgument(args: readonly rt.PyObject[], kwnames: readonly string[] | null): number {
  const name = 'set_coroutine_origin_tracking_depth';
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (args.length > 1) throw rt.typeError(`${name}() takes at most 1 argument (${args.length} given)`);
  const value = npos === 1 ? args[0] : kwnames?.[0] === 'depth' ? args[0] : undefined;
  if (value === undefined) throw rt.typeError(`${name}() missing required argument 'depth' (pos 1)`);
  if (value instanceof rt.PyFloat) throw rt.typeError('integer argument expected, got float');
  if (!(value instanceof rt.PyInt)) throw rt.typeError(`an integer is required (got type ${value.type.name})`);
  const big = BigInt(value.value);
  if (big > 2147483647n || big < -2147483648n) throw rt.raiseMessage(rt.Exceptions.OverflowError, 'Python int too large to convert to C int');
  return Number(big);
}

/**
 * Has the VM's coroutine creation report each origin it records; `onCapture` gets the depth.
 * (The VM's observer set, never an accessor on the thread state: V8 would stop optimizing every
 * access to the thread state.)
 */
export function observeOriginCapture(onCapture: (depth: number) => void): void {
  rt.originCaptureObservers.add(onCapture);
}
