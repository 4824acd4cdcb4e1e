/**
 * The coroutines of contextlib's `async def` methods (`_AsyncGeneratorContextManager.__aenter__`,
 * `AsyncExitStack.__aexit__`, ...), written in TypeScript. The body is a TS generator that yields
 * the iterator of each awaitable it awaits; the coroutine drives that delegate exactly as a frame
 * suspended in YIELD_FROM does (`send`, `throw` with `yield from`'s forwarding, `close`) and
 * resumes the body with the delegate's result or exception. It shows as a `coroutine`, warns when
 * it is never awaited, and is closed when freed while suspended. Mirrors CPython 3.8
 * Objects/genobject.c (`gen_send_ex`, `_gen_throw`, `gen_close`, `_PyGen_Finalize`) for coroutines.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { PyBaseException } from '../objects/exception-object.ts';
import { PyCoroutine, computeOrigin, getAwaitableIter, originCaptureObservers, unawaitedCoroutine } from '../objects/coroutine.ts';
import { tstate } from '../runtime/thread-state.ts';
import { PyGenerator } from '../objects/generator.ts';
import { sendResult } from '../objects/generator-methods.ts';
import { newBool } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { lastDelegateDone, yieldFromStep } from '../interpreter/yield-from.ts';
import { takeFrameRaise } from '../interpreter/frame-runner.ts';
import { lookupAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { staticType } from '../runtime/core-types.ts';
import {
  PyRaise, clearRaise, exceptionMatches, newExceptionStealing, raiseFromCause, raiseMessage, raiseValue, typeError, valueError,
} from '../runtime/errors.ts';
import {
  closeIter, finishStep, genThrow, genYieldFrom, isExceptionClass, stopIterationValue, type GenStep,
} from '../runtime/gen-core.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, callFinalizerFromDealloc, decref, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { writeUnraisable } from '../runtime/unraisable.ts';
import { checkThrowArity, throwHere } from '../runtime/throw-args.ts';

/**
 * The body of a native `async def`: it yields the iterator of each awaitable it awaits (a new
 * reference, which the coroutine takes), is resumed with that await's result (a new reference the
 * body owns) or with the exception raised at the `await`, and returns its result (new reference).
 */
export type AsyncBody = Generator<PyObject, PyObject, PyObject>;

/**
 * The type of these coroutines: shown as `coroutine`, as CPython's `async def` methods make.
 * DEVIATION(cpython): it is not `types.CoroutineType` itself (whose methods and members read a
 * frame these coroutines do not have), so `inspect.iscoroutine` says False for them, as for the
 * event loop's native coroutines; `asyncio.iscoroutine` and `collections.abc.Coroutine` say True.
 */
export const asyncMethodCoroType: PyType = staticType({ name: 'coroutine', module: 'builtins', basicsize: 120, flags: TPFLAGS_HAVE_GC });

/** A coroutine running a TypeScript body. */
export class PyAsyncMethodCoro extends PyObject {
  /** The body; null once it returned, raised or was closed (CPython's frame is gone then). */
  body: AsyncBody | null;
  /** `f_lasti != -1`: the body has been entered. */
  started = false;
  running = false;
  readonly name: string;
  readonly qualname: string;
  /** The awaitable's iterator the body is suspended on (owned), as YIELD_FROM keeps it on the stack. */
  delegate: PyObject | null = null;
  /** The call's arguments, owned until the body ends (the frame's locals). */
  owned: PyObject[];
  /**
   * References the body's own locals hold while it is suspended (see {@link holdWhileSuspended}),
   * so that the collector sees them as it sees a suspended frame's locals.
   */
  held: PyObject[] = [];
  /** `cr_origin` (owned), recorded at creation when origin tracking is on, else null. */
  origin: PyObject | null = null;

  constructor(name: string, qualname: string, body: AsyncBody, owned: PyObject[]) {
    super(asyncMethodCoroType, allocateAddress(asyncMethodCoroType));
    this.name = name;
    this.qualname = qualname;
    this.body = body;
    this.owned = owned;
  }
}

/**
 * A coroutine for a call of the `async def` method `qualname`.
 *
 * @param qualname - the function's qualified name (`AsyncExitStack.aclose`).
 * @param body - the body, not started.
 * @param args - the call's arguments (borrowed; the coroutine keeps new references until it ends).
 * @returns a new reference.
 */
export function newAsyncMethodCoro(qualname: string, body: AsyncBody, args: readonly PyObject[]): PyAsyncMethodCoro {
  const name = qualname.slice(qualname.lastIndexOf('.') + 1);
  const coro = new PyAsyncMethodCoro(name, qualname, body, args.map((a) => incref(a)));
  // `PyCoro_New`: where the coroutine was made.
  const depth = tstate.coroutineOriginTrackingDepth;
  if (depth > 0) {
    for (const observer of originCaptureObservers) observer(depth);
    coro.origin = computeOrigin(depth);
  }
  return coro;
}

/**
 * `await o` in a body: the iterator to yield (GET_AWAITABLE), a new reference. Raises the errors
 * of GET_AWAITABLE.
 */
export function awaitIter(o: PyObject): PyObject {
  const it = getAwaitableIter(o);
  if (it instanceof PyCoroutine) {
    const yf = genYieldFrom(it);
    if (yf !== null) {
      decref(yf);
      decref(it);
      throw raiseMessage(E.RuntimeError, 'coroutine is being awaited already');
    }
  }
  return it;
}

/** The coroutines whose bodies are running, innermost last. */
const runningBodies: PyAsyncMethodCoro[] = [];

/**
 * Declares that the body running now keeps a reference to each of `objects` in its locals across
 * its next suspension, until the returned release is called (from the body's `finally`). Outside a
 * body it does nothing.
 *
 * @param objects - one entry per reference the body owns.
 * @returns the release.
 */
export function holdWhileSuspended(...objects: PyObject[]): () => void {
  const c = runningBodies[runningBodies.length - 1];
  if (c === undefined) return () => undefined;
  c.held.push(...objects);
  return () => {
    for (const o of objects) {
      const i = c.held.lastIndexOf(o);
      if (i >= 0) c.held.splice(i, 1);
    }
  };
}

/** What resumes the body: the result of its `await` (owned), or an exception raised there. */
type Resume = { readonly kind: 'result'; readonly value: PyObject } | { readonly kind: 'raise'; readonly raised: PyRaise };

/** The frame is gone: the body, the delegate and the arguments are released. */
function finish(c: PyAsyncMethodCoro): void {
  c.body = null;
  const delegate = c.delegate;
  const owned = c.owned;
  c.delegate = null;
  c.owned = [];
  xdecref(delegate);
  for (const o of owned) decref(o);
}

/** Drops the delegate once it finished (YIELD_FROM popping it). */
function dropDelegate(c: PyAsyncMethodCoro): void {
  const d = c.delegate;
  c.delegate = null;
  xdecref(d);
}

/**
 * Runs the body from `resume` until it awaits something that suspends (that value is yielded) or
 * ends. A delegate it yields gets its first `send(None)` here, as YIELD_FROM gives it.
 */
function runBody(c: PyAsyncMethodCoro, resumeIn: Resume | null): GenStep {
  let resume = resumeIn;
  for (;;) {
    const body = c.body as AsyncBody;
    let r: IteratorResult<PyObject, PyObject>;
    runningBodies.push(c);
    try {
      if (resume === null) r = body.next(None);
      else if (resume.kind === 'result') r = body.next(resume.value);
      else r = body.throw(resume.raised);
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      // The frame the exception leaves stays on its traceback, and with it the frame's locals.
      const value = e.value;
      value.libraryFrameLocals = [...(value.libraryFrameLocals ?? []), ...c.owned];
      c.owned = [];
      finish(c);
      // PEP 479: a StopIteration leaving a coroutine becomes a RuntimeError.
      if (exceptionMatches(e, E.StopIteration)) throw raiseFromCause(E.RuntimeError, 'coroutine raised StopIteration', e);
      throw e;
    } finally {
      runningBodies.pop();
    }
    if (r.done === true) {
      finish(c);
      return { done: true, value: r.value };
    }
    c.delegate = r.value;
    const sent = sendToDelegate(c, None);
    if ('done' in sent) return sent;
    resume = sent;
  }
}

/** Sends `v` into the delegate: its yielded value (to pass out), or how the body resumes once it finished. */
function sendToDelegate(c: PyAsyncMethodCoro, v: PyObject): GenStep | Resume {
  const delegate = c.delegate as PyObject;
  const value = yieldFromStep(delegate, incref(v));
  if (value === null) {
    const raised = takeFrameRaise();
    dropDelegate(c);
    return { kind: 'raise', raised };
  }
  if (!lastDelegateDone()) return { done: false, value };
  dropDelegate(c);
  return { kind: 'result', value };
}

/** `gen_send_ex` of the coroutine: `arg` sent in (null for `__next__`), or `exc` thrown at its suspension. */
function coroSend(c: PyAsyncMethodCoro, arg: PyObject | null, exc: PyRaise | null): GenStep {
  if (c.running) {
    if (exc !== null) clearRaise(exc);
    throw valueError('coroutine already executing');
  }
  if (c.body === null) {
    if (exc !== null) clearRaise(exc);
    throw raiseMessage(E.RuntimeError, 'cannot reuse already awaited coroutine');
  }
  if (!c.started && arg !== null && arg !== None) {
    if (exc !== null) clearRaise(exc);
    throw typeError("can't send non-None value to a just-started coroutine");
  }
  c.running = true;
  try {
    if (!c.started) {
      c.started = true;
      return runBody(c, exc === null ? null : { kind: 'raise', raised: exc });
    }
    if (exc !== null) {
      // Raised at the `await`: the delegate is left behind (closed already, when it was closing).
      dropDelegate(c);
      return runBody(c, { kind: 'raise', raised: exc });
    }
    const sent = sendToDelegate(c, arg ?? None);
    return 'done' in sent ? sent : runBody(c, sent);
  } finally {
    c.running = false;
  }
}

function isGeneratorExit(o: PyObject): boolean {
  if (o instanceof PyBaseException) return o.type.isSubtype(E.GeneratorExit);
  return isExceptionClass(o) && (o as PyType).isSubtype(E.GeneratorExit);
}

/** `_gen_throw`: forwarded to the delegate when there is one, else raised where the body waits. */
function coroThrow(c: PyAsyncMethodCoro, closeOnGenExit: boolean, typ: PyObject, val: PyObject | null, tb: PyObject | null): GenStep {
  const yf = c.delegate;
  if (yf === null || c.body === null || c.running) return coroSend(c, None, throwHere(typ, val, tb));
  if (isGeneratorExit(typ) && closeOnGenExit) {
    c.running = true;
    let err: PyRaise | null;
    try {
      err = closeIter(yf);
    } finally {
      c.running = false;
    }
    return coroSend(c, None, err ?? throwHere(typ, val, tb));
  }
  let meth: PyObject | null = null;
  if (!(yf instanceof PyGenerator)) {
    meth = lookupAttrString(yf, 'throw');
    if (meth === null) return coroSend(c, None, throwHere(typ, val, tb));
  }
  let resume: Resume;
  c.running = true;
  try {
    let step: GenStep;
    if (meth === null) {
      step = genThrow(yf as PyGenerator, closeOnGenExit, typ, val, tb);
    } else {
      const args = [typ, val ?? None, tb ?? None].slice(0, tb !== null ? 3 : val !== null ? 2 : 1);
      step = { done: false, value: callObject(meth, args) };
    }
    if (!step.done) return step;
    dropDelegate(c);
    resume = { kind: 'result', value: step.value };
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    dropDelegate(c);
    if (exceptionMatches(e, E.StopIteration)) {
      resume = { kind: 'result', value: stopIterationValue(e) };
    } else {
      resume = { kind: 'raise', raised: e };
    }
  } finally {
    c.running = false;
    xdecref(meth);
  }
  c.running = true;
  try {
    return runBody(c, resume);
  } finally {
    c.running = false;
  }
}

/** `gen_close`: the delegate closed, then GeneratorExit thrown in; a body that awaits again ignored it. */
function coroClose(c: PyAsyncMethodCoro): void {
  if (c.body === null) return;
  if (!c.started) {
    // The frame never ran: it is just dropped (no warning later).
    finish(c);
    return;
  }
  const yf = c.delegate;
  let err: PyRaise | null = null;
  if (yf !== null) {
    c.running = true;
    try {
      err = closeIter(yf);
    } finally {
      c.running = false;
    }
  }
  let step: GenStep;
  try {
    step = coroSend(c, None, err ?? raiseValue(newExceptionStealing(E.GeneratorExit, [])));
  } catch (e) {
    if (e instanceof PyRaise && (exceptionMatches(e, E.StopIteration) || exceptionMatches(e, E.GeneratorExit))) {
      clearRaise(e);
      return;
    }
    throw e;
  }
  decref(step.value);
  if (!step.done) throw raiseMessage(E.RuntimeError, 'coroutine ignored GeneratorExit');
}

function self(o: PyObject): PyAsyncMethodCoro {
  return o as PyAsyncMethodCoro;
}


asyncMethodCoroType.isCoroutine = true;
// DEVIATION(cpython): `__await__` gives the coroutine itself (CPython: a `coroutine_wrapper`),
// so it is its own iterator for GET_AWAITABLE.
asyncMethodCoroType.amAwait = (o) => incref(o);
asyncMethodCoroType.iternext = (o) => {
  const step = coroSend(self(o), null, null);
  if (!step.done) return step.value;
  if (step.value === None) {
    decref(step.value);
    return null;
  }
  return sendResult(step);
};
asyncMethodCoroType.sendStep = (o, arg) => {
  const step = coroSend(self(o), arg, null);
  return step.done ? finishStep(step) : step;
};
asyncMethodCoroType.repr = (o) => newStr(`<coroutine object ${self(o).qualname} at 0x${o.address.toString(16)}>`);

/** `_PyGen_Finalize`: a coroutine never awaited warns; a suspended one is closed. */
asyncMethodCoroType.finalize = (o) => {
  const c = self(o);
  if (c.body === null) return;
  if (!c.started) {
    unawaitedCoroutine.warnNamed(c.qualname, o);
    return;
  }
  try {
    coroClose(c);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    writeUnraisable(e, o);
  }
};
asyncMethodCoroType.dealloc = (o) => {
  if (callFinalizerFromDealloc(o)) return;
  const c = self(o);
  finish(c);
  // `gen_dealloc` clears `cr_origin` after the frame.
  const origin = c.origin;
  c.origin = null;
  xdecref(origin);
  freeObject(o);
};
/** `gen_traverse`: the frame's locals: the arguments, what the body holds and the awaited iterator. */
asyncMethodCoroType.traverse = (o, visit) => {
  const c = self(o);
  for (const a of c.owned) visit(a);
  for (const h of c.held) visit(h);
  if (c.delegate !== null) visit(c.delegate);
};
asyncMethodCoroType.clear = (o) => {
  const c = self(o);
  const body = c.body;
  c.body = null;
  // Ending the body at its suspension runs only its `finally` clauses, which release its locals.
  if (body !== null && !c.running) body.return(None);
  const delegate = c.delegate;
  const owned = c.owned;
  c.delegate = null;
  c.owned = [];
  xdecref(delegate);
  for (const a of owned) decref(a);
};

addMethods(asyncMethodCoroType, [
  { name: 'send', kind: 'o', impl: (o, args) => sendResult(coroSend(self(o), args[0] as PyObject, null)) },
  {
    name: 'throw', kind: 'fast',
    impl: (o, args) => {
      checkThrowArity(args.length);
      return sendResult(coroThrow(self(o), true, args[0] as PyObject, args[1] ?? null, args[2] ?? null));
    },
  },
  {
    name: 'close', kind: 'noargs',
    impl: (o) => {
      coroClose(self(o));
      return incref(None);
    },
  },
  { name: '__await__', kind: 'noargs', impl: (o) => incref(o) },
]);
addGetSets(asyncMethodCoroType, [
  { name: '__name__', get: (o) => newStr(self(o).name) },
  { name: '__qualname__', get: (o) => newStr(self(o).qualname) },
  { name: 'cr_running', get: (o) => newBool(self(o).running) },
  { name: 'cr_await', get: (o) => incref(self(o).delegate ?? None) },
  // DEVIATION(cpython): the body is TypeScript, so there is no frame or code object to show.
  { name: 'cr_frame', get: () => incref(None) },
  { name: 'cr_origin', get: (o) => incref(self(o).origin ?? None) },
]);
