/**
 * The VM's event sink: what the interpreter does (call, return, yield, resume, raise, alloc,
 * free, unraisable), reported to one synchronous callback. Every emission point checks the
 * module-level flag {@link vmEventsOn} first, so nothing is built or paid when nobody listens.
 * Subscribers observe; they never drive execution. No CPython counterpart (the nearest is
 * `sys.settrace`, whose Python-level functions interpreter/trace-calls.ts calls; these events
 * run no Python code and cost compiled code nothing).
 * @module
 */

/** A frame started running for the first time (`f_lasti == -1`). */
export interface VmCallEvent {
  readonly kind: 'call';
  /** The generator's `__qualname__` for generator frames, else the code object's `co_name`. */
  readonly qualname: string;
  /** `co_filename`. */
  readonly file: string;
  /** `co_firstlineno`. */
  readonly line: number;
  /** The recursion depth with this frame entered. */
  readonly depth: number;
}

/** A frame finished for good: it returned, or an exception left it. */
export interface VmReturnEvent {
  readonly kind: 'return';
  readonly qualname: string;
  /** The recursion depth before leaving. */
  readonly depth: number;
}

/** A generator, coroutine or async generator frame suspended at `lasti`. */
export interface VmYieldEvent {
  readonly kind: 'yield';
  readonly qualname: string;
  readonly lasti: number;
}

/** A suspended frame resumed (send, throw, close) from `lasti`. */
export interface VmResumeEvent {
  readonly kind: 'resume';
  readonly qualname: string;
  readonly lasti: number;
}

/** An exception was raised (`PyErr_SetObject`); read without running Python code. */
export interface VmRaiseEvent {
  readonly kind: 'raise';
  /** The exception type's name. */
  readonly type: string;
  /** The first argument when it is a str, else ''. */
  readonly message: string;
  /** The running frame's qualname, or null outside any frame. */
  readonly qualname: string | null;
}

/** An object got an address on the simulated heap. */
export interface VmAllocEvent {
  readonly kind: 'alloc';
  readonly type: string;
  readonly address: number;
  readonly size: number;
}

/** An object's address went back to the simulated heap. */
export interface VmFreeEvent {
  readonly kind: 'free';
  readonly type: string;
  readonly address: number;
}

/** An exception nobody could catch was written to stderr (`PyErr_WriteUnraisable`). */
export interface VmUnraisableEvent {
  readonly kind: 'unraisable';
  /** The last line written, `Type: message`. */
  readonly message: string;
}

/** Everything the VM reports to its sink. */
export type VmEvent =
  | VmCallEvent
  | VmReturnEvent
  | VmYieldEvent
  | VmResumeEvent
  | VmRaiseEvent
  | VmAllocEvent
  | VmFreeEvent
  | VmUnraisableEvent;

/** The callback that receives {@link VmEvent}s. */
export type VmEventSink = (event: VmEvent) => void;

/** Whether a sink is set; every emission point checks it before building an event. */
export let vmEventsOn = false;

let sink: VmEventSink | null = null;

/**
 * Sets the one sink that receives the VM's events, or clears it with null. The sink is called
 * synchronously at each event; it must not run Python code or change the program's state.
 */
export function setVmEventSink(next: VmEventSink | null): void {
  sink = next;
  vmEventsOn = next !== null;
}

/** Delivers `event` to the sink (callers check {@link vmEventsOn} first). */
export function emitVmEvent(event: VmEvent): void {
  if (sink !== null) sink(event);
}
