/**
 * The one protocol by which a host drives a suspendable computation: resume it with a value, an
 * exception or a close request, and learn whether it yielded, returned or raised. Mirrors the
 * result of CPython 3.8 `gen_send_ex` in Objects/genobject.c (RustPython's `ExecutionResult`).
 * @module
 */

/**
 * What one resumption of a coroutine produced.
 *
 * @remarks
 * `yield` means the computation is suspended and can be resumed again; `return` and `raise` mean
 * it has finished. StopIteration is never materialised here: a return is a return.
 *
 * @typeParam Y - the type of values the computation yields
 * @typeParam R - the type of its return value
 * @typeParam E - the type of what it raises
 */
export type StepResult<Y, R, E> =
  | { readonly kind: 'yield'; readonly value: Y }
  | { readonly kind: 'return'; readonly value: R }
  | { readonly kind: 'raise'; readonly error: E };

/**
 * How to resume a suspended computation: `send` a value in, `throw` an exception at the
 * suspension point, or `close` it (CPython's `send`, `throw` and `close` methods).
 *
 * @typeParam S - the type of values sent in
 * @typeParam E - the type of what can be thrown in
 */
export type ResumeRequest<S, E> =
  | { readonly mode: 'send'; readonly value: S }
  | { readonly mode: 'throw'; readonly error: E }
  | { readonly mode: 'close' };

/**
 * Anything the event loop can drive: a Python coroutine or a TypeScript one.
 *
 * @remarks
 * The loop never sees frames or opcodes; it only calls {@link Resumable.resume}.
 *
 * @example
 * ```ts
 * import type { Resumable, StepResult } from '@corosim/vm/host';
 * const once: Resumable<number, string, unknown, Error> = {
 *   resume: (): StepResult<number, string, Error> => ({ kind: 'return', value: 'done' }),
 * };
 * ```
 */
export interface Resumable<Y, R, S, E> {
  /** Resumes the computation once and reports how it stopped. */
  resume(request: ResumeRequest<S, E>): StepResult<Y, R, E>;
}
