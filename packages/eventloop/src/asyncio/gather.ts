/**
 * `asyncio.gather`: the `_GatheringFuture` that owns its children's futures, the done callback each
 * child reports to, cancellation in both directions and `return_exceptions`. Mirrors CPython 3.8
 * Lib/asyncio/tasks.py `gather` and `_GatheringFuture`.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { warnLoopArgument } from './sync-base.ts';
import { getRunningOrPolicyLoop } from './events.ts';
import { PyFuture, futureLoop, futureType, releaseFuture, setResult, traverseFuture, type CallbackLabel, type DoneCallback } from './future.ts';
import { newLoopFuture } from './loop-create-future.ts';
import { PyLoop, callMethod } from './loop-object.ts';
import { asyncioFrame, asyncioSource } from './asyncio-paths.ts';
import { PyTask } from './task.ts';
import { splitArgs } from './state.ts';
import { keepWithException } from './frame-locals.ts';
import { captureSourceTraceback, madeAt } from './source-traceback.ts';
import { ensureFuture } from './ensure-future.ts';
import { addDoneCallbackVia, cancelledVia, exceptionVia, overridesMethod, resultVia } from './future-methods.ts';

/** `_GatheringFuture`: cancelling it cancels the children (a Python subclass adding nothing: Future's size). */
export const gatheringFutureType: rt.PyType = rt.staticType({ name: '_GatheringFuture', module: 'asyncio.tasks', basicsize: 104, flags: rt.TPFLAGS_HAVE_GC, base: futureType });
class PyGathering extends PyFuture {
  children: PyFuture[] = [];
  cancelRequested = false;
}
gatheringFutureType.dealloc = (self) => {
  const g = self as PyGathering;
  for (const c of g.children) rt.decref(c);
  g.children = [];
  const d = futureType.dealloc;
  if (d !== undefined) d(self);
};
// `_children` is the gathering future's own (a list attribute in CPython): the collector sees it.
gatheringFutureType.traverse = (self, visit) => {
  traverseFuture(self as PyFuture, visit);
  for (const c of (self as PyGathering).children) visit(c);
};
gatheringFutureType.clear = (self) => {
  const g = self as PyGathering;
  const children = g.children;
  g.children = [];
  for (const c of children) rt.decref(c);
  releaseFuture(g);
};
rt.addMethods(gatheringFutureType, [
  {
    name: 'cancel',
    kind: 'noargs',
    impl: (self) => {
      const g = self as PyGathering;
      if (g.state !== 'PENDING') return rt.newBool(false);
      let ret = false;
      for (const child of g.children) {
        const r = callMethod(child, 'cancel', []);
        if (rt.isTrue(r)) ret = true;
        rt.decref(r);
      }
      if (ret) g.cancelRequested = true;
      return rt.newBool(ret);
    },
  },
]);

/** The cell `outer` of `gather`'s closure, set once the outer future exists. */
interface GatherClosure {
  outer: PyGathering | null;
}

/** GatherDone's `native`, set in its static block (it reads the private fields). */
let runGatherDone: (fut: PyFuture, cb: DoneCallback) => void;

const GATHER_DONE_LABEL: CallbackLabel = { name: 'gather.<locals>._done_callback', at: asyncioSource('tasks.py', 769) };

/**
 * `gather`'s `_done_callback` as registered on one child (or one record on every child whose
 * `add_done_callback` is Future's own). Each registration holds `outer` (once it
 * exists) and lets go of it when it has run, so the outer future lives as long as a child may still
 * report to it, as the closure keeps it alive in CPython.
 */
class GatherDone implements DoneCallback {
  readonly #closure: GatherClosure;
  readonly #run: (fut: PyFuture) => void;

  constructor(closure: GatherClosure, run: (fut: PyFuture) => void) {
    this.#closure = closure;
    this.#run = run;
  }

  get fn(): null {
    return null;
  }

  get label(): CallbackLabel {
    return GATHER_DONE_LABEL;
  }

  get holds(): rt.PyObject | undefined {
    return this.#closure.outer ?? undefined;
  }

  /** Runs the registration `cb` (a GatherDone): one function for every child, no closure each. */
  get native(): (fut: PyFuture, cb: DoneCallback) => void {
    return runGatherDone;
  }

  static {
    runGatherDone = (fut, cb): void => {
      const self = cb as GatherDone;
      const outer = self.#closure.outer;
      try {
        self.#run(fut);
      } finally {
        if (outer !== null) rt.decref(outer);
      }
    };
  }
}

/** `gather(*aws, loop=None, return_exceptions=False)` (new reference). */
export function gather(args: readonly rt.PyObject[], kwnames: readonly string[] | null): rt.PyObject {
  const { pos, kw } = splitArgs(args, kwnames);
  const re = kw.get('return_exceptions');
  const returnExceptions = re !== undefined && rt.isTrue(re);
  const loopArg = kw.get('loop');
  let loop: rt.PyObject | null = loopArg === undefined || loopArg === rt.None ? null : rt.incref(loopArg);
  if (pos.length === 0) {
    // `loop = events.get_event_loop()`, or the deprecation of the loop given.
    if (loop === null) loop = getRunningOrPolicyLoop();
    else {
      try {
        warnLoopArgument();
      } catch (e) {
        rt.decref(loop);
        throw e;
      }
    }
    let outer: PyFuture;
    try {
      outer = newLoopFuture(loop);
    } finally {
      rt.decref(loop);
    }
    const empty = rt.newListStealing([]);
    setResult(outer, empty);
    rt.decref(empty);
    return outer;
  }
  const argToFut = new Map<rt.PyObject, PyFuture>();
  const children: PyFuture[] = [];
  let nfinished = 0;
  // `nfuts = len(arg_to_fut)`: the callback reads the count, not the map, so the map (a local of
  // `gather` in CPython) is not kept alive by every child's callback until the last one runs.
  let nfuts = 0;
  const closure: GatherClosure = { outer: null };
  // `_done_callback(fut)`, asking the futures through their methods as tasks.py does.
  const gatherDone = (fut: PyFuture): void => {
    nfinished++;
    const o = closure.outer;
    if (o === null) return;
    if (o.state !== 'PENDING') {
      if (!cancelledVia(fut)) rt.decref(exceptionVia(fut));
      return;
    }
    if (!returnExceptions) {
      if (cancelledVia(fut)) {
        const ce = rt.callObject(cancelledErrorType(), []);
        rt.decref(callMethod(o, 'set_exception', [ce]));
        rt.decref(ce);
        return;
      }
      const exc = exceptionVia(fut);
      try {
        if (exc !== rt.None) {
          rt.decref(callMethod(o, 'set_exception', [exc]));
          return;
        }
      } finally {
        rt.decref(exc);
      }
    }
    if (nfinished === nfuts) {
      const results: rt.PyObject[] = [];
      for (const f of o.children) {
        if (cancelledVia(f)) results.push(rt.callObject(cancelledErrorType(), []));
        else {
          const exc = exceptionVia(f);
          if (exc !== rt.None) results.push(exc);
          else {
            rt.decref(exc);
            results.push(resultVia(f));
          }
        }
      }
      if (o.cancelRequested) {
        const ce = rt.callObject(cancelledErrorType(), []);
        rt.decref(callMethod(o, 'set_exception', [ce]));
        rt.decref(ce);
        for (const r of results) rt.decref(r);
      } else {
        const list = rt.newListStealing(results);
        setResult(o, list);
        rt.decref(list);
      }
    }
  };
  // One record serves every child whose `add_done_callback` is Future's own, as CPython registers
  // one `_done_callback` on all of them; a child overriding it is given a record (and so a function
  // object) of its own, which lets go of `outer` when it runs or goes.
  const sharedDone = new GatherDone(closure, gatherDone);
  try {
    for (const arg of pos) {
      let fut = argToFut.get(arg);
      if (fut === undefined) {
        const f = madeAt([['tasks.py', 824, 'gather']], () => ensureFuture(arg, loop)) as PyFuture;
        loop ??= rt.incref(futureLoop(f));
        if (f !== arg && f instanceof PyTask) f.logDestroyPending = false;
        argToFut.set(arg, f);
        addDoneCallbackVia(f, overridesMethod(f, 'add_done_callback') ? new GatherDone(closure, gatherDone) : sharedDone);
        fut = f;
      } else rt.incref(fut);
      children.push(fut);
    }
  } catch (e) {
    // The frame's locals go with the exception (the callbacks stay on the futures, as in CPython).
    keepWithException(e, children);
    for (const f of children) rt.decref(f);
    rt.xdecref(loop);
    throw e;
  }
  nfuts = argToFut.size;
  const o = new PyGathering(gatheringFutureType, rt.allocateAddress(gatheringFutureType));
  o.loop = loop;
  o.children = children;
  // `_GatheringFuture(children, loop=loop)`: its `__init__` calls Future's.
  if (loop instanceof PyLoop && loop.debug) o.sourceTraceback = captureSourceTraceback([asyncioFrame('tasks.py', 844, 'gather'), asyncioFrame('tasks.py', 709, '__init__')]);
  closure.outer = o;
  // Each registration of the callback holds `outer`, as the closure all of them share does.
  for (let i = 0; i < nfuts; i++) rt.incref(o);
  return o;
}

let cancelledErrorTypeRef: rt.PyType | null = null;
function cancelledErrorType(): rt.PyType {
  return cancelledErrorTypeRef ?? rt.Exceptions.BaseException;
}
/** Sets the CancelledError class gather uses. */
export function setGatherCancelledError(t: rt.PyType): void {
  cancelledErrorTypeRef = t;
}
