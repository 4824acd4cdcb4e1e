/**
 * The VM's events as an RxJS stream: `vmEvents$` sets the VM's one event sink while anyone
 * subscribes and clears it when the last subscriber leaves, so the interpreter pays nothing when
 * nobody listens. No CPython counterpart (an observation seam of corosim's).
 * @module
 */
import { Observable, share } from 'rxjs';
import { rt } from '@corosim/vm/host';

/** One thing the VM did (call, return, yield, resume, raise, alloc, free, unraisable). */
export type VmEvent = rt.VmEvent;

/**
 * The VM's events, hot and synchronous: each arrives while the interpreter is at the point it
 * describes, and subscribers see only what happens after they subscribe.
 *
 * @remarks
 * The first subscription sets the VM's event sink and the last unsubscription clears it; all
 * subscribers share that one sink. Subscribers observe and must not run Python code.
 *
 * @example
 * ```ts
 * const subscription = vmEvents$.subscribe((event) => { if (event.kind === 'yield') seen.push(event.qualname); });
 * // ... run a program ...
 * subscription.unsubscribe();
 * ```
 */
export const vmEvents$: Observable<VmEvent> = new Observable<VmEvent>((subscriber) => {
  rt.setVmEventSink((event) => {
    subscriber.next(event);
  });
  return () => {
    rt.setVmEventSink(null);
  };
}).pipe(share());
