/**
 * `asyncio.Future`, with done callbacks that may be Python callables or TypeScript functions (its
 * `__await__` iterator is in future-iter.ts). Mirrors CPython 3.8 Modules/_asynciomodule.c
 * (`FutureObj`, `future_schedule_callbacks`) and Lib/asyncio/futures.py.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { CancelledError, InvalidStateError, raiseNew, reraise } from './state.ts';
import {
  PyLoop, callSoonThroughMethod, exitsTheLoop, hasNativeCallSoon, loopCore, loopGetDebug,
} from './loop-object.ts';
import { reportFromFinalizer } from './exception-handler.ts';
import { reportFromDetachedHandle } from './handle-object.ts';
import { newTaskWakeup, shownWakeupRepr } from './task-wrappers.ts';
import type { PyTask } from './task.ts';
import { asyncioFrame } from './asyncio-paths.ts';
import { captureSourceTraceback, createdAt, sourceTracebackObject, type SourceFrame } from './source-traceback.ts';
import { formatCallbackSource } from './callback-source.ts';
import { shortRepr } from './reprlib.ts';
import { keepWithException } from './frame-locals.ts';
import { getRunningOrPolicyLoop } from './events.ts';

/** A done callback: a Python callable (owned) or a TypeScript function. */
export interface DoneCallback {
  readonly fn: rt.PyObject | null;
  /** Called with the future and this record (so one function can serve many records, reading `holds`). */
  readonly native: ((fut: PyFuture, cb: DoneCallback) => void) | null;
  /** An object the native callback owns a reference to (visible to the cycle collector). */
  readonly holds?: rt.PyObject | undefined;
  /** The Python function of CPython's asyncio a native callback stands in for (a task's wakeup has none). */
  readonly label?: CallbackLabel;
  /**
   * The arguments of the `functools.partial` CPython registers (borrowed: the callback's owner
   * keeps them), when it is one (`partial(_release_waiter, waiter)`).
   */
  readonly partialArgs?: readonly rt.PyObject[];
  /**
   * The context the callback runs in (`fut_context0` / the callback's pair in `fut_callbacks`):
   * for a Python callback the `context=` of `add_done_callback` or a copy of the current one,
   * which the record owns as its `holds`; for a task's wakeup the task's own context.
   */
  readonly context?: rt.PyObject | null;
}

/** A function of CPython's asyncio as reprs show it: `gather.<locals>._done_callback` at `.../tasks.py:769`. */
export interface CallbackLabel {
  /** The name, or how to make it when it shows arguments (a partial's are shown as they are now). */
  readonly name: string | (() => string);
  readonly at: string;
  /**
   * The parameters of CPython's function, for its argument errors (`['fut']` when absent); a
   * partial's arguments fill the first ones.
   */
  readonly params?: readonly string[];
  /** Whether CPython's function also takes `*args` (`_release_waiter(waiter, *args)`). */
  readonly varargs?: boolean;
}

/**
 * The callbacks after the first of a future that has at most one: shared, never added to
 * (`addDoneCallback` replaces it), so such a future costs no array of its own.
 */
const NO_CALLBACKS: DoneCallback[] = Object.freeze([]) as unknown as DoneCallback[];

/** The `_asyncio.Future` type: `sizeof(FutureObj)` is 104 (the head, seven pointers, three ints, `dict`, `fut_weakreflist`). */
export const futureType: rt.PyType = rt.staticType({ name: 'Future', module: '_asyncio', basicsize: 104, flags: rt.TPFLAGS_BASETYPE | rt.TPFLAGS_HAVE_GC });

/** `_state`: the three states of a future. */
export type FutureState = 'PENDING' | 'CANCELLED' | 'FINISHED';

/** The states by their code in {@link PyFuture.flags} (the low two bits). */
const STATES: readonly FutureState[] = ['PENDING', 'CANCELLED', 'FINISHED'];
const STATE_MASK = 3;
const BLOCKING = 4;
const LOG_TRACEBACK = 8;
/** {@link PyFuture.flags} bits of a task's own flags (see task.ts). */
export const TASK_MUST_CANCEL = 16;
export const TASK_LOG_DESTROY_PENDING = 32;

/**
 * A future: state, result or exception, callbacks, and the loop it belongs to (owned).
 *
 * @remarks
 * The state and the flags (a task's too) share one small integer, {@link PyFuture.flags}, read and
 * written through accessors: one field instead of five on every future and task.
 */
export class PyFuture extends rt.PyObject {
  loop: rt.PyObject | null = null;
  /** The state's code (`STATES`), then `BLOCKING`, `LOG_TRACEBACK` and the task bits. */
  flags = 0;
  result: rt.PyObject | null = null;
  exception: rt.PyBaseException | null = null;
  /**
   * The first done callback (`fut_callback0`): most futures have one at most (a task's wakeup,
   * gather's callback), and it costs no array. `remove_done_callback` may empty it while later
   * callbacks stay in `moreCallbacks`, as CPython does.
   */
  callback0: DoneCallback | null = null;
  /** The callbacks after the first, in order (`fut_callbacks`; empty stands for NULL). */
  moreCallbacks: DoneCallback[] = NO_CALLBACKS;
  /** `_source_traceback`: where it was made, in debug mode. */
  sourceTraceback: readonly SourceFrame[] | null = null;

  /** `_state`. */
  get state(): FutureState {
    return STATES[this.flags & STATE_MASK] as FutureState;
  }

  set state(state: FutureState) {
    this.flags = (this.flags & ~STATE_MASK) | (state === 'PENDING' ? 0 : state === 'CANCELLED' ? 1 : 2);
  }

  /** `_asyncio_future_blocking`. */
  get blocking(): boolean {
    return (this.flags & BLOCKING) !== 0;
  }

  set blocking(on: boolean) {
    this.setFlag(BLOCKING, on);
  }

  /** `_log_traceback`. */
  get logTraceback(): boolean {
    return (this.flags & LOG_TRACEBACK) !== 0;
  }

  set logTraceback(on: boolean) {
    this.setFlag(LOG_TRACEBACK, on);
  }

  /** Sets or clears the bit `bit` of {@link PyFuture.flags}. */
  protected setFlag(bit: number, on: boolean): void {
    this.flags = on ? this.flags | bit : this.flags & ~bit;
  }
}

/** The done callbacks of `fut` in order, as a new array. */
export function callbacksOf(fut: PyFuture): DoneCallback[] {
  return fut.callback0 === null ? [...fut.moreCallbacks] : [fut.callback0, ...fut.moreCallbacks];
}

/** Whether `fut` has done callbacks (`fut._callbacks` is not empty). */
function hasCallbacks(fut: PyFuture): boolean {
  return fut.callback0 !== null || fut.moreCallbacks.length > 0;
}

/** Replaces the done callbacks of `fut` with `callbacks` (in order). */
export function setCallbacks(fut: PyFuture, callbacks: readonly DoneCallback[]): void {
  fut.callback0 = callbacks[0] ?? null;
  fut.moreCallbacks = callbacks.length > 1 ? callbacks.slice(1) : NO_CALLBACKS;
}

/** Takes the done callbacks of `fut`, in order, leaving it none. */
function takeCallbacks(fut: PyFuture): DoneCallback[] {
  const cbs = callbacksOf(fut);
  fut.callback0 = null;
  fut.moreCallbacks = NO_CALLBACKS;
  return cbs;
}

/** Initializes a future on `loop` (borrowed; null: the current loop). */
export function initFuture(fut: PyFuture, loop: rt.PyObject | null, extra: readonly SourceFrame[] = []): void {
  // `future_init` starts over (`__init__` may run again): what `FutureObj_clear` drops but the dict.
  if (fut.loop !== null || fut.state !== 'PENDING' || hasCallbacks(fut)) {
    const dict = fut.dict;
    fut.dict = null;
    releaseFuture(fut);
    fut.dict = dict;
    fut.state = 'PENDING';
    fut.logTraceback = false;
    fut.blocking = false;
  }
  fut.sourceTraceback = null;
  fut.loop = loop === null ? getRunningOrPolicyLoop() : rt.incref(loop);
  // `loop.get_debug()`: what is not a loop fails here (and keeps its place as `_loop`, as in CPython).
  if (loopGetDebug(fut.loop)) fut.sourceTraceback = captureSourceTraceback(extra);
}

/** `loop.create_future()`'s frame, on top of a future the loop makes. */
const CREATE_FUTURE: readonly SourceFrame[] = [asyncioFrame('base_events.py', 422, 'create_future')];

/** A new pending future on `loop`. */
export function newFuture(loop: rt.PyObject): PyFuture {
  const f = new PyFuture(futureType, rt.allocateAddress(futureType));
  initFuture(f, loop, CREATE_FUTURE);
  return f;
}

/** The loop of a future (borrowed): asyncio's loop, or what `loop=` gave. */
export function futureLoop(fut: PyFuture): rt.PyObject {
  if (fut.loop === null) throw notInitialized();
  return fut.loop;
}

/** `ENSURE_FUTURE_ALIVE`: what a future whose `__init__` never ran (`Future.__new__(Future)`) raises. */
function notInitialized(type: rt.PyType = rt.Exceptions.RuntimeError): rt.PyRaise {
  return raiseNew(type, 'Future object is not initialized.');
}

/** `ENSURE_FUTURE_ALIVE(fut)`. */
export function ensureAlive(fut: PyFuture): void {
  if (fut.loop === null) throw notInitialized();
}

/** `future_schedule_callbacks`: every callback goes to `call_soon`, in order. */
function scheduleCallbacks(fut: PyFuture): void {
  const first = fut.callback0;
  const more = fut.moreCallbacks;
  if (first === null && more.length === 0) return;
  if (!hasNativeCallSoon(futureLoop(fut))) {
    scheduleCallbacksThroughMethod(fut, first, more);
    return;
  }
  fut.callback0 = null;
  fut.moreCallbacks = NO_CALLBACKS;
  for (let i = first === null ? 0 : -1; i < more.length; i++) {
    const cb = i < 0 ? (first as DoneCallback) : (more[i] as DoneCallback);
    try {
      scheduleCallback(fut, cb);
    } catch (e) {
      // `call_soon` failed (the loop is closed): every callback not scheduled is dropped; the one
      // it was given stays with the exception (a local of `call_soon`'s frame, in its traceback).
      keepWithException(e, [cb.fn, cb.holds].filter((o): o is rt.PyObject => o !== null && o !== undefined));
      releaseCallback(cb);
      for (const rest of more.slice(i + 1)) releaseCallback(rest);
      throw e;
    }
  }
}

/**
 * `future_schedule_callbacks` with a Python `call_soon`, which can look at the future: it keeps
 * its callbacks while `call_soon` runs (its repr shows them), the first until it is scheduled,
 * the others until all are; when `call_soon` fails, the callbacks not scheduled are dropped. A
 * record the Python code removed meanwhile (`remove_done_callback`) is not scheduled.
 */
function scheduleCallbacksThroughMethod(fut: PyFuture, first: DoneCallback | null, more: readonly DoneCallback[]): void {
  const loop = futureLoop(fut);
  const records = first === null ? [...more] : [first, ...more];
  const stillThere = (cb: DoneCallback): boolean => fut.callback0 === cb || fut.moreCallbacks.includes(cb);
  for (let i = 0; i < records.length; i++) {
    const cb = records[i] as DoneCallback;
    if (!stillThere(cb)) continue;
    try {
      scheduleThroughMethod(loop, fut, cb);
    } catch (e) {
      const dropped = records.slice(i).filter(stillThere);
      fut.callback0 = null;
      fut.moreCallbacks = NO_CALLBACKS;
      keepWithException(e, [cb.fn, cb.holds].filter((o): o is rt.PyObject => o !== null && o !== undefined));
      for (const rest of dropped) releaseCallback(rest);
      throw e;
    }
    if (fut.callback0 === cb) fut.callback0 = null;
  }
  fut.moreCallbacks = NO_CALLBACKS;
}

/** Drops the references a callback record owns. */
export function releaseCallback(cb: DoneCallback): void {
  if (cb.fn !== null) rt.decref(cb.fn);
  if (cb.holds !== undefined) rt.decref(cb.holds);
}

/**
 * A done callback on the ready queue with the future it is called with (both owned): the
 * `Handle(callback, (fut,))` of `call_soon`. The loop shows them to the collector while pending
 * and drops them unrun when it closes.
 */
class ScheduledCallback {
  readonly fut: PyFuture;
  readonly cb: DoneCallback;
  constructor(fut: PyFuture, cb: DoneCallback) {
    this.fut = fut;
    this.cb = cb;
  }

  static readonly run = (s: ScheduledCallback): void => {
    const { fut, cb } = s;
    // Only asyncio's loop runs these (see scheduleCallback).
    const loop = futureLoop(fut) as PyLoop;
    // While the callback runs, `Handle._run`'s `self._context.run(self._callback, *self._args)`
    // holds the callback and the future in the call's argument tuple too, and a task's wakeup (a
    // `TaskWakeupMethWrapper`, called through `tp_call`) holds the future in one more tuple.
    const transient = isTaskWakeup(cb) ? 2 : 1;
    fut.refcnt += transient;
    if (cb.fn !== null) cb.fn.refcnt++;
    const context = cb.context ?? null;
    if (context !== null) rt.incref(context);
    try {
      if (context instanceof rt.PyContext) rt.runInContext(context, () => { runDoneCallback(fut, cb); });
      else runDoneCallback(fut, cb);
    } catch (e) {
      if (!(e instanceof rt.PyRaise) || exitsTheLoop(e)) throw e;
      callbackFailed(loop, e, cb, fut);
    } finally {
      rt.xdecref(context);
      fut.refcnt -= transient;
      if (cb.fn !== null) {
        cb.fn.refcnt--;
        rt.decref(cb.fn);
        // A Python callback's record holds its context (a native callback consumes what it holds).
        if (cb.holds !== undefined) rt.decref(cb.holds);
      }
      rt.decref(fut);
    }
  };

  visitHeld(visit: (o: rt.PyObject) => void): void {
    visit(this.fut);
    if (this.cb.fn !== null) visit(this.cb.fn);
    if (this.cb.holds !== undefined) visit(this.cb.holds);
  }

  dropped(): void {
    if (this.cb.fn !== null) rt.decref(this.cb.fn);
    if (this.cb.holds !== undefined) rt.decref(this.cb.holds);
    rt.decref(this.fut);
  }

  /** `_format_handle`: the task a task's wakeup steps (its `__self__`), else the handle. */
  describe(): string {
    const { cb } = this;
    if (isTaskWakeup(cb)) return rt.reprText(cb.holds as rt.PyObject);
    return `<Handle ${callbackSource(cb, [this.fut], this.fut)}>`;
  }

  /** `_format_callback_source` of the callback and the future it is called with: `loop._ready` shows it. */
  callbackText(): string {
    return callbackSource(this.cb, [this.fut], this.fut);
  }
}

/** Calls the done callback `cb` with `fut`. */
function runDoneCallback(fut: PyFuture, cb: DoneCallback): void {
  if (cb.native !== null) cb.native(fut, cb);
  else if (cb.fn !== null) rt.decref(rt.callOneArg(cb.fn, fut));
}

/** Whether `cb` is a task's wakeup (CPython's `TaskWakeupMethWrapper`): no function, no label, the task held. */
export function isTaskWakeup(cb: DoneCallback): boolean {
  return cb.fn === null && cb.label === undefined && cb.holds !== undefined;
}

function scheduleCallback(fut: PyFuture, cb: DoneCallback): void {
  const loop = futureLoop(fut);
  if (!hasNativeCallSoon(loop)) {
    scheduleThroughMethod(loop, fut, cb);
    return;
  }
  // `loop.call_soon(...)`: `_check_closed` first.
  if (loop.closed) throw raiseNew(rt.Exceptions.RuntimeError, 'Event loop is closed');
  rt.incref(fut);
  try {
    loopCore(loop).callSoonWith(ScheduledCallback.run, new ScheduledCallback(fut, cb), 'done callback');
  } catch (e) {
    rt.decref(fut);
    throw e;
  }
}

/**
 * `loop.call_soon(callback, fut)` on a loop that is not asyncio's: a Python callback as it is, a
 * native one as a builtin function owning what the record holds. Once scheduled, the record's
 * references are dropped (the loop's handle has the callable); on failure they are kept.
 */
function scheduleThroughMethod(loop: rt.PyObject, fut: PyFuture, cb: DoneCallback): void {
  const callable = cb.fn !== null ? rt.incref(cb.fn) : nativeCallable(cb);
  try {
    callSoonThroughMethod(loop, callable, [fut], cb.context ?? null);
  } finally {
    rt.decref(callable);
  }
  releaseCallback(cb);
}

/** A native done callback as a Python callable (CPython's `TaskWakeupMethWrapper` and closures). */
function nativeCallable(cb: DoneCallback): rt.PyObject {
  // A task's wakeup (see `describe`): the `TaskWakeupMethWrapper` CPython gives `call_soon`.
  if (isTaskWakeup(cb)) return newTaskWakeup(cb.holds as PyTask);
  const native = cb.native;
  return rt.newBuiltinFunction({
    name: 'done_callback',
    kind: 'o',
    impl: (self, args) => {
      // A native callback consumes a reference to what it holds: the function gives one per call.
      if (cb.holds !== undefined) rt.incref(self);
      native?.(args[0] as PyFuture, cb);
      return rt.newNone();
    },
  }, cb.holds ?? rt.None);
}

/** `Handle._run`'s report of a done callback that raised, with the handle it ran in. */
function callbackFailed(loop: PyLoop, e: rt.PyRaise, cb: DoneCallback, fut: PyFuture): void {
  const label = callbackSource(cb, [fut], fut);
  reportFromDetachedHandle(loop, label, e);
}

/** `_format_callback_source(callback, args)` of a done callback. */
function callbackSource(cb: DoneCallback, args: readonly rt.PyObject[], fut: rt.PyObject): string {
  if (cb.fn !== null) return formatCallbackSource(cb.fn, args);
  const argText = `(${args.map(shortRepr).join(', ')})`;
  const label = cb.label;
  if (label !== undefined) return `${typeof label.name === 'string' ? label.name : label.name()}${argText} at ${label.at}`;
  // A task's wakeup, registered on `fut`.
  return `${shownWakeupRepr(cb.holds as PyTask, fut)}${argText}`;
}

/** `future_add_done_callback`. */
export function addDoneCallback(fut: PyFuture, cb: DoneCallback): void {
  if (fut.state !== 'PENDING') scheduleCallback(fut, cb);
  // The second callback gets an array of its own of exactly one slot (a push would reserve 17);
  // once the list exists, callbacks go there even if the first was removed.
  else if (fut.callback0 === null && fut.moreCallbacks.length === 0) fut.callback0 = cb;
  else if (fut.moreCallbacks.length === 0) fut.moreCallbacks = [cb];
  else fut.moreCallbacks.push(cb);
}

/** `future_set_result` (value borrowed). */
export function setResult(fut: PyFuture, value: rt.PyObject): void {
  if (fut.state !== 'PENDING') throw raiseNew(InvalidStateError, 'invalid state');
  fut.result = rt.incref(value);
  fut.state = 'FINISHED';
  scheduleCallbacks(fut);
}

/** `future_set_exception` (exc borrowed: a class or an instance). */
export function setException(fut: PyFuture, excIn: rt.PyObject): void {
  if (fut.state !== 'PENDING') throw raiseNew(InvalidStateError, 'invalid state');
  let exc: rt.PyObject;
  if (rt.isExceptionClass(excIn)) exc = rt.callObject(excIn, []);
  else exc = rt.incref(excIn);
  if (!(exc instanceof rt.PyBaseException)) {
    rt.decref(exc);
    throw rt.typeError('invalid exception object');
  }
  if (exc.type === rt.Exceptions.StopIteration) {
    rt.decref(exc);
    throw rt.typeError('StopIteration interacts badly with generators and cannot be raised into a Future');
  }
  fut.exception = exc;
  fut.state = 'FINISHED';
  scheduleCallbacks(fut);
  fut.logTraceback = true;
}

/** `future_cancel`. */
export function cancelFuture(fut: PyFuture): boolean {
  fut.logTraceback = false;
  if (fut.state !== 'PENDING') return false;
  fut.state = 'CANCELLED';
  scheduleCallbacks(fut);
  return true;
}

/** `future_result`: the result (new reference), or raises. */
export function futureResult(fut: PyFuture): rt.PyObject {
  if (fut.loop === null) throw notInitialized(InvalidStateError);
  if (fut.state === 'CANCELLED') throw raiseNew(CancelledError, null);
  if (fut.state !== 'FINISHED') throw raiseNew(InvalidStateError, 'Result is not set.');
  fut.logTraceback = false;
  if (fut.exception !== null) throw reraise(fut.exception);
  return rt.incref(fut.result ?? rt.None);
}

/** `future_exception`: the exception or None (new reference), or raises. */
export function futureException(fut: PyFuture): rt.PyObject {
  if (fut.loop === null) throw notInitialized(InvalidStateError);
  if (fut.state === 'CANCELLED') throw raiseNew(CancelledError, null);
  if (fut.state !== 'FINISHED') throw raiseNew(InvalidStateError, 'Exception is not set.');
  fut.logTraceback = false;
  return rt.incref(fut.exception ?? rt.None);
}

/** `_format_callbacks` of futures.py's `_future_repr_info`. */
function formatCallbacks(fut: PyFuture): string {
  const cbs = callbacksOf(fut);
  const size = cbs.length;
  const name = (cb: DoneCallback | undefined): string => (cb === undefined ? '' : callbackSource(cb, [], fut));
  let s: string;
  if (size === 0) s = '';
  else if (size === 1) s = name(cbs[0]);
  else if (size === 2) s = `${name(cbs[0])}, ${name(cbs[1])}`;
  else s = `${name(cbs[0])}, <${size - 2} more>, ${name(cbs[size - 1])}`;
  return `cb=[${s}]`;
}

/**
 * `_repr_running` of base_futures.py: the futures whose result is being formatted. A result that
 * leads back to its future shows as `...` (the `reprlib.recursive_repr` logic, keyed by the
 * future and the thread: corosim has one thread).
 */
const reprRunning = new Set<PyFuture>();

/** `_future_repr_info`. */
export function futureReprInfo(fut: PyFuture): string[] {
  const info = [fut.state.toLowerCase()];
  if (fut.state === 'FINISHED') {
    if (fut.exception !== null) info.push(`exception=${rt.reprText(fut.exception)}`);
    else if (reprRunning.has(fut)) info.push('result=...');
    else {
      reprRunning.add(fut);
      try {
        info.push(`result=${shortRepr(fut.result ?? rt.None)}`);
      } finally {
        reprRunning.delete(fut);
      }
    }
  }
  if (hasCallbacks(fut)) info.push(formatCallbacks(fut));
  const created = createdAt(fut.sourceTraceback);
  if (created !== null) info.push(created);
  return info;
}

futureType.new = (type) => {
  const f = new PyFuture(type, rt.allocateAddress(type));
  if (type.isHeapType) rt.incref(type);
  return f;
};
// `Future.__init__(*, loop=None)`, parsed by Argument Clinic.
futureType.init = (self, args, kwnames) => {
  const [loop] = rt.parseArgs('Future', args, kwnames, ['loop'], 0, 0, 0);
  initFuture(self as PyFuture, loop === undefined || loop === rt.None ? null : loop);
};
futureType.repr = (self) => rt.newStr(`<${self.type.name} ${futureReprInfo(self as PyFuture).join(' ')}>`);
futureType.dealloc = (self) => { deallocFuture(self as PyFuture); };
// `fut_weakreflist` and `dict` (Task inherits them): attributes can be set, though no `__dict__`
// descriptor shows the dict.
futureType.weakrefable = true;
futureType.hasInstanceDict = true;

/** `FutureObj_finalize`: reports an exception never retrieved (once). */
export function finalizeFuture(fut: PyFuture): void {
  if (fut.logTraceback && fut.exception !== null && fut.loop !== null) {
    fut.logTraceback = false;
    const what = fut.type.name === 'Task' || fut.type.isSubtype(futureType) && fut.type.name !== 'Future' ? fut.type.name : 'Future';
    rt.incref(fut);
    withSourceTraceback(fut, [['future', fut]], (extra) => {
      reportFromFinalizer(fut.loop as rt.PyObject, `${what} exception was never retrieved`, fut.exception, extra);
    });
    fut.refcnt--;
  }
}

/** Calls `report` with `extra` and, in debug mode, the object's `source_traceback` (a context entry). */
export function withSourceTraceback(fut: PyFuture, extra: readonly (readonly [string, rt.PyObject])[], report: (extra: readonly (readonly [string, rt.PyObject])[]) => void): void {
  if (fut.sourceTraceback === null) {
    report(extra);
    return;
  }
  const tb = sourceTracebackObject(fut.sourceTraceback);
  try {
    report([...extra, ['source_traceback', tb]]);
  } finally {
    rt.decref(tb);
  }
}

/**
 * `FutureObj_dealloc`: the finalizer's report (unless it ran already), then frees; a future the
 * report resurrected (an exception handler keeping its context) stays alive, as
 * `PyObject_CallFinalizerFromDealloc` leaves it.
 */
export function deallocFuture(fut: PyFuture): void {
  if (rt.callFinalizerFromDealloc(fut)) return;
  rt.clearWeakrefs(fut);
  releaseFuture(fut);
  rt.freeObject(fut);
}

/** `FutureObj_traverse`. */
export function traverseFuture(fut: PyFuture, visit: (o: rt.PyObject) => void): void {
  for (const o of [fut.loop, fut.result, fut.exception, fut.dict]) if (o !== null) visit(o);
  if (fut.callback0 !== null) visitCallback(fut.callback0, visit);
  for (const cb of fut.moreCallbacks) visitCallback(cb, visit);
}

function visitCallback(cb: DoneCallback, visit: (o: rt.PyObject) => void): void {
  if (cb.fn !== null) visit(cb.fn);
  if (cb.holds !== undefined) visit(cb.holds);
}

futureType.finalize = (self) => {
  const fut = self as PyFuture;
  if (fut.refcnt > 0) finalizeFuture(fut);
};
futureType.traverse = (self, visit) => { traverseFuture(self as PyFuture, visit); };
futureType.clear = (self) => { releaseFuture(self as PyFuture); };

/** Drops everything a future holds. */
export function releaseFuture(fut: PyFuture): void {
  for (const cb of takeCallbacks(fut)) releaseCallback(cb);
  const { loop, result, exception } = fut;
  fut.loop = fut.result = fut.exception = null;
  rt.xdecref(loop);
  rt.xdecref(result);
  rt.xdecref(exception);
  if (fut.dict !== null) {
    const d = fut.dict;
    fut.dict = null;
    rt.decref(d);
  }
}

const asFut = (o: rt.PyObject): PyFuture => o as PyFuture;
rt.addMethods(futureType, [
  { name: 'result', kind: 'noargs', impl: (self) => futureResult(asFut(self)) },
  { name: 'exception', kind: 'noargs', impl: (self) => futureException(asFut(self)) },
  { name: 'done', kind: 'noargs', impl: (self) => rt.newBool(asFut(self).state !== 'PENDING') },
  { name: 'cancelled', kind: 'noargs', impl: (self) => rt.newBool(asFut(self).state === 'CANCELLED') },
  { name: 'cancel', kind: 'noargs', impl: (self) => (ensureAlive(asFut(self)), rt.newBool(cancelFuture(asFut(self)))) },
  { name: 'get_loop', kind: 'noargs', impl: (self) => rt.incref(futureLoop(asFut(self))) },
  { name: 'set_result', kind: 'o', impl: (self, args) => (ensureAlive(asFut(self)), setResult(asFut(self), args[0] as rt.PyObject), rt.newNone()) },
  { name: 'set_exception', kind: 'o', impl: (self, args) => (ensureAlive(asFut(self)), setException(asFut(self), args[0] as rt.PyObject), rt.newNone()) },
  {
    name: 'add_done_callback',
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      // Argument Clinic's `add_done_callback(fn, /, *, context=None)`.
      const [fn, given] = rt.parseArgs('add_done_callback', args, kwnames, ['fn', 'context'], 1, 1, 1) as [rt.PyObject, rt.PyObject | undefined];
      if (asFut(self).loop === null) throw raiseNew(rt.Exceptions.RuntimeError, 'uninitialized Future object');
      // `if context is None: context = PyContext_CopyCurrent()`; the record owns it.
      const context = given === undefined || given === rt.None ? rt.contextCopyCurrent() : rt.incref(given);
      addDoneCallback(asFut(self), { fn: rt.incref(fn), native: null, holds: context, context });
      return rt.newNone();
    },
  },
]);

/** A getter that needs an initialized future (`ENSURE_FUTURE_ALIVE`). */
const alive = (get: (fut: PyFuture) => rt.PyObject) => (self: rt.PyObject): rt.PyObject => {
  ensureAlive(asFut(self));
  return get(asFut(self));
};
rt.addGetSets(futureType, [
  {
    name: '_asyncio_future_blocking',
    get: (self) => rt.newBool(asFut(self).blocking),
    set: (self, v) => {
      ensureAlive(asFut(self));
      if (v === null) throw rt.attributeError('cannot delete attribute');
      asFut(self).blocking = rt.isTrue(v);
    },
  },
  { name: '_state', get: alive((fut) => rt.newStr(fut.state)) },
  { name: '_loop', get: (self) => rt.incref(asFut(self).loop ?? rt.None) },
  // DEVIATION(cpython): a list of `(filename, lineno, name, line)` tuples made when read (CPython's
  // is a `traceback.StackSummary` of `FrameSummary` objects, which index the same way).
  { name: '_source_traceback', get: (self) => (asFut(self).sourceTraceback === null ? rt.newNone() : sourceTracebackObject(asFut(self).sourceTraceback as readonly SourceFrame[])) },
  { name: '_result', get: alive((fut) => rt.incref(fut.result ?? rt.None)) },
  { name: '_exception', get: alive((fut) => rt.incref(fut.exception ?? rt.None)) },
  {
    name: '_log_traceback',
    get: alive((fut) => rt.newBool(fut.logTraceback)),
    // `FutureObj_set_log_traceback`: it may only be turned off.
    set: (self, v) => {
      if (v === null) throw rt.attributeError('cannot delete attribute');
      if (rt.isTrue(v)) throw raiseNew(rt.Exceptions.ValueError, '_log_traceback can only be set to False');
      asFut(self).logTraceback = false;
    },
  },
]);

/**
 * `Future_CheckExact(o) || Task_CheckExact(o)`: subclasses written in Python go the way of duck
 * types (their own `add_done_callback`, `result`).
 * DEVIATION(cpython): asyncio's `_GatheringFuture`, a Python subclass in CPython, is native here
 * and counts as exact, so gather's futures take no `TaskWakeupMethWrapper` object.
 */
export function isExactFuture(o: rt.PyObject): o is PyFuture {
  return o instanceof PyFuture && (o.type.flags & rt.TPFLAGS_HEAPTYPE) === 0;
}
