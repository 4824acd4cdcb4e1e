/**
 * `@corosim/asyncgen-hooks`: `sys.set_asyncgen_hooks` / `get_asyncgen_hooks`,
 * `sys.set_coroutine_origin_tracking_depth` / `get_coroutine_origin_tracking_depth` and `cr_origin`,
 * installed into the VM through its public host interface when this package is imported, and an
 * RxJS stream of what the hooks do.
 *
 * @remarks
 * The VM owns the hook slots and calls them where CPython does; this package implements the
 * `sys` functions and the semantics around them.
 *
 * @packageDocumentation
 */
import { installSysFunctions } from './sys-functions.ts';

export { checkOriginTrackingDepth, parseDepthArgument } from './origin-tracking.ts';
export type { DepthError } from './origin-tracking.ts';
export { events$ } from './events.ts';
export type { AsyncgenHooksEvent, GeneratorInfo } from './events.ts';
export { asyncgenHooksType } from './hooks-struct.ts';
export { sysFunctions, installSysFunctions } from './sys-functions.ts';

installSysFunctions();
