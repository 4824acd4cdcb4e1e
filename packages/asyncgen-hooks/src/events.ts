/**
 * What the hooks do, as an RxJS stream: the VM calling a firstiter or finalizer hook, a coroutine
 * recording its origin, and the `sys` functions changing the hooks or the tracking depth. Events
 * carry plain data read without running Python code (no `repr` calls), so observing changes
 * nothing in the program. No CPython counterpart (an observation seam of corosim's).
 * @module
 */
import { Subject, type Observable } from 'rxjs';
import { rt } from '@corosim/vm/host';

/** Identifies an async generator or coroutine without running Python code. */
export interface GeneratorInfo {
  /** `__qualname__`. */
  readonly qualname: string;
  /** `id()` of the object. */
  readonly address: number;
}

/** One thing the hooks did. */
export type AsyncgenHooksEvent =
  | { readonly kind: 'firstiter-called'; readonly agen: GeneratorInfo; readonly hookType: string }
  | { readonly kind: 'finalizer-called'; readonly agen: GeneratorInfo; readonly hookType: string }
  | { readonly kind: 'origin-captured'; readonly depth: number; readonly creator: string | null }
  | { readonly kind: 'hooks-set'; readonly firstiterType: string | null; readonly finalizerType: string | null }
  | { readonly kind: 'origin-tracking-depth-set'; readonly depth: number };

const subject = new Subject<AsyncgenHooksEvent>();

/** The stream of {@link AsyncgenHooksEvent}s, hot: subscribers see what happens after they subscribe. */
export const events$: Observable<AsyncgenHooksEvent> = subject.asObservable();

/** Publishes `event` when someone is listening. */
export function emit(event: AsyncgenHooksEvent): void {
  if (subject.observed) subject.next(event);
}

/** The qualname and address of a generator-like object. */
export function generatorInfo(o: rt.PyObject): GeneratorInfo {
  const qualname = o instanceof rt.PyGenerator && o.qualname instanceof rt.PyStr ? o.qualname.value : o.type.name;
  return { qualname, address: o.address };
}

rt.asyncGenHookObservers.add((event) => {
  const kind = event.kind === 'firstiter' ? 'firstiter-called' : 'finalizer-called';
  emit({ kind, agen: generatorInfo(event.agen), hookType: event.hook.type.name });
});
