/**
 * The coroutine functions and helpers of the module: `sleep`, `wait`, `run`, `create_task`,
 * `current_task`, `all_tasks`, and the table of them all (`gather` is in gather.ts,
 * `ensure_future` in ensure-future.ts). Mirrors CPython 3.8 Lib/asyncio/tasks.py and runners.py.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { addDoneCallbackVia, removeDoneCallbackVia } from './future-methods.ts';
import { SLEEP0_LINE } from './native-sources.ts';
import type { TimerHandle } from '../handles.ts';
import { getRunningLoop, newEventLoop, setEventLoop } from './events.ts';
import { PyFuture, futureResult, newFuture, setResult, type DoneCallback } from './future.ts';
import { newLoopFuture } from './loop-create-future.ts';
import { PyLoop, callMethod, closeCore, loopCallLater, loopCore, runUntilComplete } from './loop-object.ts';
import { callExceptionHandler } from './exception-handler.ts';
import { asyncioFrame, asyncioSource } from './asyncio-paths.ts';
import { shortRepr } from './reprlib.ts';
import { awaitOwnedFuture, holdWhileSuspended, newNativeCoro, type PyNativeCoro, type CoroBody, type CoroStepper, type OwnedReferences } from './native-coro.ts';
import { PyTask, cancelTask, isCoroutine, loopCreateTask } from './task.ts';
import { raiseNew, splitArgs, state, supersede, whileHandling } from './state.ts';
import { warnLoopArgument } from './sync-base.ts';
import { madeAt } from './source-traceback.ts';
import { gather } from './gather.ts';
import { ensureFuture } from './ensure-future.ts';
import { addForeignTasks } from './task-registry.ts';
import { loopMethodsOverridden, sleepThroughCallLater } from './sleep-call-later.ts';

const RuntimeError = rt.Exceptions.RuntimeError;

function floatArg(o: rt.PyObject): number {
  if (o instanceof rt.PyFloat) return o.value;
  if (o instanceof rt.PyInt) return Number(o.value);
  throw rt.typeError(`'<=' not supported between instances of '${o.type.name}' and 'int'`);
}

/** `sleep(delay, result=None)` for `delay <= 0`: one bare yield (`__sleep0`), then the result. */
function* sleepZeroBody(result: rt.PyObject): CoroBody {
  yield rt.newNone();
  return rt.incref(result);
}

/** Where a {@link SleepBody} is: not started, suspended on its future, or finished. */
const SLEEP_NEW = 0;
const SLEEP_WAITING = 1;
const SLEEP_DONE = 2;
/** Stepping {@link sleepThroughCallLater} (the loop's `call_later` or `create_future` is not asyncio's). */
const SLEEP_VIA_METHOD = 3;
/** {@link SleepBody}'s flags. */
const TIMER_PENDING = 1;
const TIMER_DROPPED = 2;
const LOOP_GIVEN = 4;

/**
 * `sleep(delay, result=None)` for `delay > 0`, stepped by hand: on the first step a future and a
 * timer that sets its result (`futures._set_result_unless_cancelled`), then `await future`,
 * cancelling the timer and dropping the future however it ends. It behaves exactly as the
 * generator
 * ```ts
 * const loop = getRunningLoop(); const fut = newFuture(loop);
 * const h = loopCore(loop).callAt(loopCore(loop).time() + delay, () => { ... }, '...');
 * rt.decref(loop);
 * try { return yield* awaitFuture(fut); } finally { h.cancel(); rt.decref(fut); }
 * ```
 * without the two suspended generators per sleeping coroutine. `result` is borrowed: the
 * coroutine owns it.
 */
class SleepBody implements CoroStepper, OwnedReferences {
  #state = SLEEP_NEW;
  /** `TIMER_PENDING`, `TIMER_DROPPED` and `LOOP_GIVEN`: one small integer for three flags. */
  #flags: number;
  /**
   * The delay in seconds until the first step (then null), or the body that asks the loop's own
   * `call_later`, once chosen: one field, and no boxed number kept while the coroutine sleeps.
   */
  #start: number | Generator<rt.PyObject, rt.PyObject, rt.PyObject> | null;
  readonly #result: rt.PyObject;
  #fut: PyFuture | null = null;
  #timer: TimerHandle | null = null;
  /** `delay` as given (borrowed: the coroutine owns it), for a `call_later` that is not asyncio's. */
  readonly #delayObject: rt.PyObject;

  constructor(delay: number, delayObject: rt.PyObject, result: rt.PyObject, loopGiven: boolean) {
    this.#start = delay;
    this.#delayObject = delayObject;
    this.#result = result;
    this.#flags = loopGiven ? LOOP_GIVEN : 0;
  }

  /** Whether the timer holds its arguments (it waits on the loop, or the loop dropped it unrun). */
  get #timerPending(): boolean {
    return (this.#flags & TIMER_PENDING) !== 0;
  }

  set #timerPending(on: boolean) {
    this.#flags = on ? this.#flags | TIMER_PENDING : this.#flags & ~TIMER_PENDING;
  }

  /** Whether the loop dropped the timer unrun (closed). */
  get #timerDropped(): boolean {
    return (this.#flags & TIMER_DROPPED) !== 0;
  }

  /** The body stepping through the loop's own `call_later`. */
  get #via(): Generator<rt.PyObject, rt.PyObject, rt.PyObject> {
    return this.#start as Generator<rt.PyObject, rt.PyObject, rt.PyObject>;
  }

  /** The coroutine's arguments (its frame's locals `result` and `delay`), which it owns. */
  ownedReferences(): readonly rt.PyObject[] {
    return [this.#result, this.#delayObject];
  }

  next(value: rt.PyObject): IteratorResult<rt.PyObject, rt.PyObject> {
    if (this.#state === SLEEP_VIA_METHOD) return this.#via.next(value);
    if (this.#state === SLEEP_NEW) {
      this.#state = SLEEP_DONE;
      const delay = this.#start as number;
      this.#start = null;
      if ((this.#flags & LOOP_GIVEN) !== 0) warnLoopArgument('awaiter');
      const loop = getRunningLoop();
      if (loopMethodsOverridden(loop)) {
        this.#state = SLEEP_VIA_METHOD;
        const via = sleepThroughCallLater(loop, this.#delayObject, this.#result);
        this.#start = via;
        return via.next(value);
      }
      const fut = newFuture(loop);
      const core = loopCore(loop);
      const when = core.time() + delay;
      this.#fut = fut;
      this.#timer = core.callAtWith(when, SleepBody.#setResultUnlessCancelled, this, 'futures._set_result_unless_cancelled');
      // The timer's arguments, `(future, result)`.
      rt.incref(fut);
      rt.incref(this.#result);
      this.#timerPending = true;
      rt.decref(loop);
      if (fut.state === 'PENDING') {
        // awaitFuture: yield the future until it is done; the FutureIter on the frame's stack holds it meanwhile.
        fut.blocking = true;
        this.#state = SLEEP_WAITING;
        rt.incref(fut);
        return { done: false, value: rt.incref(fut) };
      }
      return this.#finish(fut);
    }
    if (this.#state === SLEEP_WAITING) {
      this.#state = SLEEP_DONE;
      const fut = this.#fut as PyFuture;
      // The FutureIter goes as the frame resumes.
      rt.decref(fut);
      if (fut.state === 'PENDING') {
        // Raised inside the `try`: the exception exists before the `finally` drops the future.
        const error = raiseNew(RuntimeError, "await wasn't used with future");
        this.#release();
        throw error;
      }
      return this.#finish(fut);
    }
    return { done: true, value: undefined as unknown as rt.PyObject };
  }

  throw(e: unknown): IteratorResult<rt.PyObject, rt.PyObject> {
    if (this.#state === SLEEP_VIA_METHOD) return this.#via.throw(e);
    const wasWaiting = this.#state === SLEEP_WAITING;
    this.#state = SLEEP_DONE;
    if (wasWaiting) {
      rt.decref(this.#fut as PyFuture);
      this.#release();
    }
    throw e;
  }

  return(value: rt.PyObject): IteratorResult<rt.PyObject, rt.PyObject> {
    if (this.#state === SLEEP_VIA_METHOD) return this.#via.return(value);
    const wasWaiting = this.#state === SLEEP_WAITING;
    this.#state = SLEEP_DONE;
    if (wasWaiting) {
      rt.decref(this.#fut as PyFuture);
      this.#release();
    }
    return { done: true, value };
  }

  /**
   * The references to the future CPython's frame holds: the local `future`, and the FutureIter
   * on its stack while it waits.
   */
  traverse(visit: (o: rt.PyObject) => void): void {
    const fut = this.#fut;
    if (fut === null) return;
    visit(fut);
    if (this.#state === SLEEP_WAITING) visit(fut);
    // The local `h` holds a timer the loop let go of unrun, and so its arguments.
    if (this.#timerPending && this.#timerDropped) this.#visitTimerArguments(visit);
  }

  /** The loop's side: the pending timer's arguments (`TimerHandle(_set_result_unless_cancelled, (fut, result))`). */
  visitHeld(visit: (o: rt.PyObject) => void): void {
    if (this.#timerPending && !this.#timerDropped) this.#visitTimerArguments(visit);
  }

  #visitTimerArguments(visit: (o: rt.PyObject) => void): void {
    visit(this.#fut as PyFuture);
    visit(this.#result);
  }

  /**
   * The loop dropped the timer unrun (closed): the handle lives on in the local `h`, with its
   * arguments, until `h.cancel()` in the `finally`.
   */
  dropped(): void {
    this.#flags |= TIMER_DROPPED;
  }

  /** The timer's `(future, result)` go with its handle (run, cancelled or dropped). */
  #releaseTimerArguments(): void {
    if (!this.#timerPending) return;
    this.#timerPending = false;
    rt.decref(this.#fut as PyFuture);
    rt.decref(this.#result);
  }

  /**
   * The timer's callback, `futures._set_result_unless_cancelled(fut, result)`. The timer is
   * cancelled before the body lets go of its future, so the future is there when it runs.
   */
  /** `_format_callback_source` of the timer's callback and its arguments: `loop._scheduled` shows it. */
  callbackText(): string {
    const fut = this.#fut ?? rt.None;
    return `_set_result_unless_cancelled(${shortRepr(fut)}, ${shortRepr(this.#result)}) at ${asyncioSource('futures.py', 284)}`;
  }

  static #setResultUnlessCancelled(body: SleepBody): void {
    const fut = body.#fut;
    try {
      if (fut !== null && fut.state === 'PENDING') setResult(fut, body.#result);
    } finally {
      body.#releaseTimerArguments();
    }
  }

  /** `return futureResult(fut)` inside the `try`: the `finally` runs after the result is read. */
  #finish(fut: PyFuture): IteratorResult<rt.PyObject, rt.PyObject> {
    try {
      return { done: true, value: futureResult(fut) };
    } finally {
      this.#release();
    }
  }

  /** The `finally`: cancel the timer, drop the future. */
  #release(): void {
    const timer = this.#timer;
    const fut = this.#fut;
    this.#timer = null;
    timer?.cancel();
    // `h.cancel()` clears the handle's arguments.
    this.#releaseTimerArguments();
    this.#fut = null;
    if (fut !== null) rt.decref(fut);
  }
}

/** `sleep(delay, result)` for `delay > 0`: its stepper keeps the coroutine's `result` and `delay` (owned). */
function sleepCoro(delay: number, delayObject: rt.PyObject, result: rt.PyObject, loopGiven: boolean): PyNativeCoro {
  const body = new SleepBody(delay, delayObject, result, loopGiven);
  rt.incref(result);
  rt.incref(delayObject);
  return newNativeCoro('sleep', body, body);
}

/** `_wait(fs, timeout, return_when, loop)`: (done, pending) as a tuple of two sets. */
function* waitBody(fs: PyFuture[], timeout: number | null, returnWhen: string, loop: rt.PyObject): CoroBody {
  // The futures and the loop are the body's (dropped at its end, however it ends).
  const release = holdWhileSuspended(...fs, loop);
  try {
    return yield* waitFor(fs, timeout, returnWhen, loop);
  } finally {
    release();
    for (const f of fs) rt.decref(f);
    rt.decref(loop);
  }
}

/** The waiting of {@link waitBody}. */
function* waitFor(fs: PyFuture[], timeout: number | null, returnWhen: string, loop: rt.PyObject): CoroBody {
  const waiter = newLoopFuture(loop);
  const timeoutHandle = timeout === null ? null : loopCallLater(loop, timeout, () => {
    if (waiter.state === 'PENDING') setResult(waiter, rt.None);
  }, '_release_waiter', () => `_release_waiter(${shortRepr(waiter)}) at ${asyncioSource('tasks.py', 429)}`);
  let counter = fs.length;
  const onCompletion: DoneCallback = {
    fn: null,
    label: { name: '_wait.<locals>._on_completion', at: asyncioSource('tasks.py', 518), params: ['f'] },
    native: (f) => {
      counter--;
      if (counter <= 0 || returnWhen === 'FIRST_COMPLETED' || (returnWhen === 'FIRST_EXCEPTION' && raisedException(f))) {
        timeoutHandle?.cancel();
        if (waiter.state === 'PENDING') setResult(waiter, rt.None);
      }
    },
  };
  for (const f of fs) addDoneCallbackVia(f, onCompletion);
  try {
    rt.decref(yield* awaitOwnedFuture(waiter));
  } finally {
    timeoutHandle?.cancel();
    for (const f of fs) removeDoneCallbackVia(f, onCompletion);
    rt.decref(waiter);
  }
  const done = rt.newSet();
  const pending = rt.newSet();
  for (const f of fs) rt.setAdd(f.state === 'PENDING' ? pending : done, f);
  return rt.newTupleStealing([done, pending]);
}

/**
 * `not f.cancelled() and f.exception() is not None` of `_on_completion`, through the methods as
 * Python calls them: `exception()` marks the exception retrieved (`fut_log_tb = 0`), so a task
 * that ends `wait(..., return_when=FIRST_EXCEPTION)` is never logged as unretrieved.
 */
function raisedException(f: PyFuture): boolean {
  const cancelled = callMethod(f, 'cancelled', []);
  const isCancelled = rt.isTrue(cancelled);
  rt.decref(cancelled);
  if (isCancelled) return false;
  const exc = callMethod(f, 'exception', []);
  const isNone = exc === rt.None;
  rt.decref(exc);
  return !isNone;
}

function wait(args: readonly rt.PyObject[], kwnames: readonly string[] | null): rt.PyObject {
  const { pos, kw } = splitArgs(args, kwnames);
  const fsArg = pos[0] ?? kw.get('fs');
  if (fsArg === undefined) throw rt.typeError("wait() missing 1 required positional argument: 'fs'");
  const timeoutArg = kw.get('timeout');
  const rw = kw.get('return_when');
  const loopArg = kw.get('loop');
  // The checks are the coroutine's: they raise when it runs.
  return newNativeCoro('wait', (function* (): CoroBody {
    yield* [];
    if (fsArg instanceof PyFuture || isCoroutine(fsArg)) throw rt.typeError(`expect a list of futures, not ${fsArg.type.name}`);
    if (!rt.isTrue(fsArg)) throw rt.valueError('Set of coroutines/Futures is empty.');
    const returnWhen = rw === undefined ? 'ALL_COMPLETED' : rw instanceof rt.PyStr ? rt.strText(rw) : null;
    if (returnWhen === null || !['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED'].includes(returnWhen)) {
      throw rt.valueError(`Invalid return_when value: ${rt.strText(rw ?? rt.None)}`);
    }
    if (loopArg !== undefined && loopArg !== rt.None) warnLoopArgument('awaiter');
    const items = rt.sequenceToArray(fsArg);
    const release = holdWhileSuspended(...items);
    try {
      const loop = getRunningLoop();
      let fs: PyFuture[];
      const uniq = rt.newSet();
      const futs = rt.newSet();
      try {
        for (const it of items) rt.setAdd(uniq, it);
        const unique = rt.sequenceToArray(uniq);
        try {
          for (const it of unique) {
            const f = madeAt([['tasks.py', 424, 'wait'], ['tasks.py', 424, '<setcomp>']], () => ensureFuture(it, loop));
            rt.setAdd(futs, f);
            rt.decref(f);
          }
        } finally {
          for (const it of unique) rt.decref(it);
        }
        fs = rt.sequenceToArray(futs) as PyFuture[];
      } catch (e) {
        rt.decref(loop);
        throw e;
      } finally {
        rt.decref(uniq);
        rt.decref(futs);
      }
      let timeout: number | null;
      try {
        timeout = timeoutArg === undefined || timeoutArg === rt.None ? null : floatArg(timeoutArg);
      } catch (e) {
        for (const f of fs) rt.decref(f);
        rt.decref(loop);
        throw e;
      }
      return yield* waitBody(fs, timeout, returnWhen, loop);
    } finally {
      release();
      for (const it of items) rt.decref(it);
    }
  })(), [fsArg, timeoutArg, rw, loopArg].filter((o) => o !== undefined).map((o) => rt.incref(o)));
}

/** `_cancel_all_tasks(loop)` of runners.py. */
function cancelAllTasks(loop: PyLoop): void {
  // `to_cancel = tasks.all_tasks(loop)`: a set (iterated in hash order) holding the tasks.
  const set = rt.newSet();
  for (const t of state.allTasks) if ((t as PyTask).loop === loop && (t as PyTask).state === 'PENDING') rt.setAdd(set, t);
  const toCancel = rt.sequenceToArray(set) as PyTask[];
  rt.decref(set);
  try {
    if (toCancel.length === 0) return;
    for (const t of toCancel) cancelTask(t);
    const g = gather([...toCancel, rt.True], ['return_exceptions']);
    try {
      rt.decref(runUntilComplete(loop, g));
    } finally {
      rt.decref(g);
    }
    for (const t of toCancel) {
      if (t.state === 'CANCELLED') continue;
      if (t.exception !== null) {
        t.logTraceback = false;
        callExceptionHandler(loop, 'unhandled exception during asyncio.run() shutdown', t.exception, [['task', t]]);
      }
    }
  } finally {
    for (const t of toCancel) rt.decref(t);
  }
}

/** `asyncio.run(main, *, debug=False)`. */
function run(args: readonly rt.PyObject[], kwnames: readonly string[] | null): rt.PyObject {
  const { pos, kw } = splitArgs(args, kwnames);
  const debug = kw.get('debug');
  const main = pos[0];
  if (main === undefined) throw rt.typeError("run() missing 1 required positional argument: 'main'");
  if (state.runningLoop !== null) throw raiseNew(RuntimeError, 'asyncio.run() cannot be called from a running event loop');
  if (!isCoroutine(main)) throw rt.valueError(`a coroutine was expected, got ${rt.reprText(main)}`);
  const loop = newEventLoop() as PyLoop;
  let result: rt.PyObject | null = null;
  let failure: unknown = null;
  let failed = false;
  try {
    setEventLoop(loop);
    if (debug !== undefined && debug !== rt.None) rt.decref(callMethod(loop, 'set_debug', [debug]));
    result = runUntilComplete(loop, main, [asyncioFrame('runners.py', 44, 'run')]);
  } catch (e) {
    failure = e;
    failed = true;
  }
  // The `finally:` of runners.py, which may raise in turn (a task failing as it is cancelled).
  // Left by an exception, it runs with that exception handled: what the tasks raise as they are
  // cancelled and the async generators raise as they are closed get it as their `__context__`.
  const cleanup = (): void => {
    try {
      cancelAllTasks(loop);
      const agen = callMethod(loop, 'shutdown_asyncgens', []);
      try {
        rt.decref(runUntilComplete(loop, agen));
      } finally {
        rt.decref(agen);
      }
    } finally {
      setEventLoop(rt.None);
      loop.closed = true;
      closeCore(loop);
      rt.decref(loop);
    }
  };
  try {
    if (failure instanceof rt.PyRaise) {
      rt.setTracebackOnCatch(failure);
      whileHandling(failure.value, cleanup);
    } else cleanup();
  } catch (e) {
    rt.xdecref(result);
    throw supersede(failure, e);
  }
  if (failed) throw failure;
  return result ?? rt.newNone();
}

/** The module-level functions of tasks.py and runners.py. */
export const taskFunctions: readonly rt.NativeDef[] = [
  { name: 'run', kind: 'fastkw', impl: (_s, a, k) => run(a, k) },
  {
    name: 'sleep',
    kind: 'fastkw',
    impl: (_s, args, kwnames) => {
      const { pos, kw } = splitArgs(args, kwnames);
      const d = pos[0] ?? kw.get('delay');
      if (d === undefined) throw rt.typeError("sleep() missing 1 required positional argument: 'delay'");
      const result = pos[1] ?? kw.get('result') ?? rt.None;
      if (!(d instanceof rt.PyInt || d instanceof rt.PyFloat)) {
        // `if delay <= 0:` raises when the coroutine runs.
        return newNativeCoro('sleep', (function* (): CoroBody {
          yield* [];
          floatArg(d);
          return rt.newNone();
        })(), [rt.incref(result), rt.incref(d)]);
      }
      const delay = floatArg(d);
      const loop = kw.get('loop');
      // The coroutine owns `result` and, past a zero delay, `delay` (its frame's locals).
      const coro = delay <= 0
        ? newNativeCoro('sleep', sleepZeroBody(result), rt.incref(result))
        : sleepCoro(delay, d, result, loop !== undefined && loop !== rt.None);
      if (delay <= 0) coro.lineno = SLEEP0_LINE;
      return coro;
    },
  },
  { name: 'wait', kind: 'fastkw', impl: (_s, a, k) => wait(a, k) },
  { name: 'gather', kind: 'fastkw', impl: (_s, a, k) => gather(a, k) },
  {
    name: 'ensure_future',
    kind: 'fastkw',
    impl: (_s, args, kwnames) => {
      const { pos, kw } = splitArgs(args, kwnames);
      const l = kw.get('loop');
      return ensureFuture(pos[0] ?? rt.None, l === undefined || l === rt.None ? null : l);
    },
  },
  {
    name: 'create_task',
    kind: 'fastkw',
    impl: (_s, args, kwnames) => {
      const { pos, kw } = splitArgs(args, kwnames);
      const loop = getRunningLoop();
      let task: rt.PyObject;
      try {
        task = madeAt([['tasks.py', 382, 'create_task']], () => loopCreateTask(loop, pos[0] ?? rt.None));
      } finally {
        rt.decref(loop);
      }
      const name = kw.get('name');
      if (name !== undefined && name !== rt.None) {
        try {
          rt.decref(callMethod(task, 'set_name', [name]));
        } catch (e) {
          rt.decref(task);
          throw e;
        }
      }
      return task;
    },
  },
  {
    name: 'current_task',
    kind: 'fastkw',
    impl: (_s, args) => {
      const loop = args[0] === undefined || args[0] === rt.None ? getRunningLoop() : rt.incref(args[0]);
      const t = state.currentTasks.get(loop);
      rt.decref(loop);
      return rt.incref(t ?? rt.None);
    },
  },
  {
    name: 'all_tasks',
    kind: 'fastkw',
    impl: (_s, args) => {
      const loop = args[0] === undefined || args[0] === rt.None ? getRunningLoop() : rt.incref(args[0]);
      const s = rt.newSet();
      try {
        for (const t of state.allTasks) if ((t as PyTask).loop === loop && (t as PyTask).state === 'PENDING') rt.setAdd(s, t);
        addForeignTasks(s, loop);
      } catch (e) {
        rt.decref(s);
        throw e;
      } finally {
        rt.decref(loop);
      }
      return s;
    },
  },
  { name: 'iscoroutine', kind: 'o', impl: (_s, args) => rt.newBool(isCoroutine(args[0] as rt.PyObject)) },
];
