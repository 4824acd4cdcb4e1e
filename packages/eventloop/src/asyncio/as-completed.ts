/**
 * `asyncio.as_completed(fs, *, loop=None, timeout=None)`: a generator of coroutines that return
 * the results in completion order, fed through a `Queue` of done futures. Mirrors CPython 3.8
 * Lib/asyncio/tasks.py (`as_completed`, its `_on_timeout`, `_on_completion`, `_wait_for_one`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { ensureFuture } from './ensure-future.ts';
import { getRunningOrPolicyLoop } from './events.ts';
import { PyFuture, addDoneCallback, callbacksOf, setCallbacks, type DoneCallback } from './future.ts';
import { awaitMethod } from './locks.ts';
import { callMethod, loopCallLater, loopCore, timersOverridden, type LoopTimer } from './loop-object.ts';
import { asyncioSource } from './asyncio-paths.ts';
import { newNativeCoro, type CoroBody } from './native-coro.ts';
import { newQueue } from './queues.ts';
import { TimeoutError, raiseNew, splitArgs } from './state.ts';
import { isCoroutine } from './task.ts';
import { warnLoopArgument } from './sync-base.ts';
import { madeAt } from './source-traceback.ts';

/** The generator `as_completed` returns (its body runs on the first `next()`). */
const asCompletedType: rt.PyType = rt.staticType({ name: 'generator', module: 'builtins', basicsize: 64, flags: 0 });

class PyAsCompleted extends rt.PyObject {
  fs: rt.PyObject | null = null;
  loop: rt.PyObject | null = null;
  timeout: number | null = null;
  done: rt.PyObject | null = null;
  remaining = -1;
}

function* waitForOne(done: rt.PyObject): CoroBody {
  const f = yield* awaitMethod(done, 'get');
  try {
    if (f === rt.None) throw raiseNew(TimeoutError, null);
    return callMethod(f, 'result', []);
  } finally {
    rt.decref(f);
  }
}

/** The body up to the loop of yields: the queue, the futures, their callbacks and the timer. */
/**
 * `_on_completion` as registered on one future: the closure holds `done` (the queue), so each
 * registration owns a reference to it until it has run or is removed.
 */
class OnCompletion implements DoneCallback {
  readonly fn = null;
  readonly label = ON_COMPLETION_LABEL;
  #released = false;
  readonly done: rt.PyObject;
  readonly #run: (f: PyFuture) => void;

  constructor(done: rt.PyObject, run: (f: PyFuture) => void) {
    this.done = rt.incref(done);
    this.#run = run;
  }

  get holds(): rt.PyObject | undefined {
    return this.#released ? undefined : this.done;
  }

  readonly native = (f: PyFuture): void => {
    try {
      this.#run(f);
    } finally {
      this.release();
    }
  };

  /** Drops the reference to `done` (once). */
  release(): void {
    if (this.#released) return;
    this.#released = true;
    rt.decref(this.done);
  }
}

const ON_COMPLETION_LABEL = { name: 'as_completed.<locals>._on_completion', at: asyncioSource('tasks.py', 606), params: ['f'] };

/** The `_on_timeout` timer: it holds `done` while it waits on the loop. */
class OnTimeout {
  #handle: LoopTimer | null = null;
  #released = false;
  readonly #done: rt.PyObject;
  readonly #run: () => void;

  constructor(done: rt.PyObject, run: () => void) {
    this.#done = rt.incref(done);
    this.#run = run;
  }

  /** `loop.call_later(timeout, _on_timeout)`. */
  schedule(loop: rt.PyObject, delay: number): void {
    if (timersOverridden(loop)) {
      this.#handle = loopCallLater(loop, delay, () => {
        OnTimeout.fire(this);
      }, '_on_timeout');
      return;
    }
    const core = loopCore(loop);
    this.#handle = core.callAtWith(core.time() + delay, OnTimeout.fire, this, '_on_timeout');
  }

  /** `_format_callback_source` of `_on_timeout`: `loop._scheduled` shows it. */
  callbackText(): string {
    return `as_completed.<locals>._on_timeout() at ${asyncioSource('tasks.py', 600)}`;
  }

  static readonly fire = (t: OnTimeout): void => {
    try {
      t.#run();
    } finally {
      t.#release();
    }
  };

  /** `timeout_handle.cancel()`. */
  cancel(): void {
    this.#handle?.cancel();
    this.#release();
  }

  visitHeld(visit: (o: rt.PyObject) => void): void {
    if (!this.#released) visit(this.#done);
  }

  dropped(): void {
    this.#release();
  }

  #release(): void {
    if (this.#released) return;
    this.#released = true;
    rt.decref(this.#done);
  }
}

function start(g: PyAsCompleted): void {
  const fs = g.fs ?? rt.None;
  if (fs instanceof PyFuture || isCoroutine(fs)) throw rt.typeError(`expect an iterable of futures, not ${fs.type.name}`);
  // `done = Queue(loop=loop)`: the queue (and its Event) warn too, naming this line.
  const done = newQueue(g.loop, { file: 'tasks.py', line: 589 });
  if (g.loop !== null) warnLoopArgument();
  g.done = done;
  const loop = g.loop === null ? getRunningOrPolicyLoop() : rt.incref(g.loop);
  const todo: PyFuture[] = [];
  try {
    const uniq = rt.newSet();
    try {
      const items = rt.sequenceToArray(fs);
      for (const it of items) {
        rt.setAdd(uniq, it);
        rt.decref(it);
      }
      for (const it of rt.sequenceToArray(uniq)) {
        try {
          todo.push(madeAt([['tasks.py', 597, 'as_completed'], ['tasks.py', 597, '<setcomp>']], () => ensureFuture(it, loop)) as PyFuture);
        } finally {
          rt.decref(it);
        }
      }
    } finally {
      rt.decref(uniq);
    }
    let timeout: OnTimeout | null = null;
    const onCompletion = (f: PyFuture): void => {
      const i = todo.indexOf(f);
      if (i < 0) return;
      todo.splice(i, 1);
      rt.decref(callMethod(done, 'put_nowait', [f]));
      rt.decref(f);
      if (todo.length === 0) timeout?.cancel();
    };
    for (const f of todo) addDoneCallback(f, new OnCompletion(done, onCompletion));
    g.remaining = todo.length;
    if (todo.length > 0 && g.timeout !== null) {
      timeout = new OnTimeout(done, () => {
        for (const f of todo.splice(0)) {
          const cbs = callbacksOf(f);
          for (const cb of cbs) if (cb instanceof OnCompletion && cb.done === done) cb.release();
          setCallbacks(f, cbs.filter((c) => !(c instanceof OnCompletion && c.done === done)));
          rt.decref(callMethod(done, 'put_nowait', [rt.None]));
          rt.decref(f);
        }
      });
      timeout.schedule(loop, g.timeout);
    }
  } finally {
    rt.decref(loop);
  }
}

asCompletedType.iter = (self) => rt.incref(self);
asCompletedType.iternext = (self) => {
  const g = self as PyAsCompleted;
  if (g.remaining < 0) {
    g.remaining = 0;
    start(g);
  }
  if (g.remaining === 0 || g.done === null) return null;
  g.remaining -= 1;
  return newNativeCoro('as_completed.<locals>._wait_for_one', waitForOne(g.done), [rt.incref(g.done)]);
};
asCompletedType.dealloc = (self) => {
  const g = self as PyAsCompleted;
  const { fs, loop, done } = g;
  g.fs = g.loop = g.done = null;
  rt.xdecref(fs);
  rt.xdecref(loop);
  rt.xdecref(done);
  rt.freeObject(self);
};
asCompletedType.repr = (self) => rt.newStr(`<generator object as_completed at 0x${self.address.toString(16)}>`);

function asCompleted(args: readonly rt.PyObject[], kwnames: readonly string[] | null): rt.PyObject {
  const { pos, kw } = splitArgs(args, kwnames);
  const fs = pos[0] ?? kw.get('fs');
  if (fs === undefined) throw rt.typeError("as_completed() missing 1 required positional argument: 'fs'");
  const g = new PyAsCompleted(asCompletedType, rt.allocateAddress(asCompletedType));
  g.fs = rt.incref(fs);
  const loop = kw.get('loop');
  if (loop !== undefined && loop !== rt.None) g.loop = rt.incref(loop);
  const t = kw.get('timeout');
  if (t !== undefined && t !== rt.None) g.timeout = t instanceof rt.PyFloat ? t.value : t instanceof rt.PyInt ? Number(t.value) : 0;
  return g;
}

/** The functions of this file. */
export const asCompletedFunctions: readonly rt.NativeDef[] = [
  { name: 'as_completed', kind: 'fastkw', impl: (_s, a, k) => asCompleted(a, k) },
];
