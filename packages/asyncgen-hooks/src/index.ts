/**
 * `@corosim/asyncgen-hooks`: `sys.set_asyncgen_hooks` / `get_asyncgen_hooks`,
 * `sys.set_coroutine_origin_tracking_depth` and `cr_origin`, installed into the VM through its
 * public host interface.
 *
 * @remarks
 * The VM owns the hook slots and calls them where CPython does; this package implements the
 * `sys` functions and the semantics around them.
 *
 * @packageDocumentation
 */
export { checkOriginTrackingDepth } from './origin-tracking.ts';
export type { DepthError } from './origin-tracking.ts';
