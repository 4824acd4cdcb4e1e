/**
 * The host interface of `@corosim/vm`: the only surface that `@corosim/eventloop` and
 * `@corosim/asyncgen-hooks` may use. It grows with the hook slots, native modules and the event
 * sink as the interpreter lands.
 * @module
 */
export type { ResumeRequest, Resumable, StepResult } from './step-result.ts';
export * as rt from './runtime.ts';
