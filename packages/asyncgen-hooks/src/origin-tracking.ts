/**
 * The coroutine origin-tracking depth of `sys.set_coroutine_origin_tracking_depth`: how many
 * frames of the creating stack a new coroutine records in `cr_origin`. Mirrors CPython 3.8
 * Python/sysmodule.c `sys_set_coroutine_origin_tracking_depth_impl`.
 * @module
 */

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
