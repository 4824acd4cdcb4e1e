/**
 * What generators, coroutines and async generators share: one resumption (`gen_send_ex`) with the
 * exception state swapped in and PEP 479, `throw` with `yield from` delegation, `close`, the
 * delegate being waited on (`_PyGen_yf`), and the finalizer that closes a suspended generator
 * when its last reference goes. Mirrors CPython 3.8 Objects/genobject.c.
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import { tpName } from './type-name.ts';
import { PyBaseException } from '../objects/exception-object.ts';
import * as E from '../objects/exceptions.ts';
import { PyGenerator, clearExcState, generatorType, giveBackExcState, takeExcState } from '../objects/generator.ts';
import { None } from '../objects/singletons.ts';
import { PyTraceback } from '../objects/traceback.ts';
import { PyTuple } from '../objects/tuple.ts';
import { endRunWith, runFrameOrNull, takeFrameRaise } from '../interpreter/frame-runner.ts';
import { lookupAttrString } from './attributes.ts';
import { callObject } from './call.ts';
import { PyRaise, clearRaise, exceptionMatches, newExceptionStealing, raiseFromCause, raiseMessage, raiseStaysUnnormalized, raiseUnnormalized, raiseValue, typeError, valueError } from './errors.ts';
import { typeType } from './core-types.ts';
import { decref, incref, xdecref, type PyObject, type PyType } from './object.ts';
import { tstate } from './thread-state.ts';
import { writeUnraisable } from './unraisable.ts';

/** What one resumption produced: a yielded value, or the end with the value returned. */
export type GenStep = { readonly done: false; readonly value: PyObject } | { readonly done: true; readonly value: PyObject };

/**
 * The step of `__next__` on a generator that had finished already: None, with no StopIteration
 * set in CPython (`gen_send_ex` sets one only for `send()`), unlike a generator that returns None
 * now. Its `value` is None, and the caller owns a reference to it like any step's value.
 */
export const EXHAUSTED: GenStep = { done: true, value: None };

/**
 * `gen_send_ex`: resumes the generator with `arg` (null: `__next__`), or with `exc` in flight.
 * Returns a yielded value, or `done` with the return value (the caller decides whether a return
 * becomes StopIteration; {@link EXHAUSTED} when `__next__` found the generator finished already).
 * Raises what the generator raises, PEP 479 applied.
 */
export function genSendEx(gen: PyGenerator, arg: PyObject | null, exc: PyRaise | null, closing: boolean): GenStep {
  const step = genResume(gen, arg, exc, closing);
  if (step instanceof PyRaise) throw step;
  return step;
}

/**
 * {@link genSendEx}, but what the generator's frame raises is returned, not thrown (V8 walks the
 * stack for every throw), for callers that handle it at once: a close, a `yield from`. Misuse
 * (a running generator, a coroutine reused, a value sent to one just started) is still thrown.
 */
export function genResume(gen: PyGenerator, arg: PyObject | null, exc: PyRaise | null, closing: boolean): GenStep | PyRaise {
  const value = genResumeValue(gen, arg, exc, closing);
  if (value === null) return takeFrameRaise();
  if (resumeEnd === NOT_ENDED) return { done: false, value };
  return resumeEnd === RETURNED ? { done: true, value } : EXHAUSTED;
}

const NOT_ENDED = 0;
const RETURNED = 1;
const FINISHED_BEFORE = 2;
/** How the last {@link genResumeValue} that gave a value left the generator: one of the above. */
let resumeEnd = NOT_ENDED;

/**
 * {@link genResume} without a step object per resumption (the hottest path of `yield from` and
 * `send`): the value yielded or returned, {@link lastResumeDone} telling which, or null when the
 * generator raised, with the exception for `takeFrameRaise` (interpreter/frame-runner.ts).
 */
export function genResumeValue(gen: PyGenerator, arg: PyObject | null, exc: PyRaise | null, closing: boolean): PyObject | null {
  const f = gen.frame;
  if (gen.running) {
    if (exc !== null) clearRaise(exc);
    throw valueError(`${gen.kind} already executing`);
  }
  if (f === null || f.finished) {
    if (gen.kind === 'coroutine' && !closing) {
      if (exc !== null) clearRaise(exc);
      throw raiseMessage(E.RuntimeError, 'cannot reuse already awaited coroutine');
    }
    if (exc !== null) return endRunWith(exc);
    if (arg !== null) return endRunWith(newStopIteration(null));
    resumeEnd = FINISHED_BEFORE;
    return incref(None);
  }
  if (f.lasti === -1) {
    if (arg !== null && arg !== None) {
      if (exc !== null) clearRaise(exc);
      const msg = gen.kind === 'coroutine' ? "can't send non-None value to a just-started coroutine" : `can't send non-None value to a just-started ${gen.kind}`;
      throw typeError(msg);
    }
  } else {
    f.stack[f.sp++] = incref(arg ?? None);
  }
  f.back = tstate.frame === null ? null : incref(tstate.frame as typeof f);
  gen.running = true;
  const excState = takeExcState(gen);
  excState.previous = tstate.excInfo;
  tstate.excInfo = excState;
  let result: PyObject | null = null;
  let raised: PyRaise | null = null;
  try {
    result = runFrameOrNull(f, exc);
    if (result === null) raised = takeFrameRaise();
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    raised = e;
  } finally {
    tstate.excInfo = excState.previous;
    excState.previous = null;
    giveBackExcState(gen);
    gen.running = false;
    const back = f.back;
    f.back = null;
    xdecref(back);
  }
  if (raised !== null) {
    if (exceptionMatches(raised, E.StopIteration)) {
      raised = raiseFromCause(E.RuntimeError, `${gen.kind} raised StopIteration`, raised);
    } else if (gen.kind === 'async generator' && exceptionMatches(raised, E.StopAsyncIteration)) {
      raised = raiseFromCause(E.RuntimeError, 'async generator raised StopAsyncIteration', raised);
    }
    releaseFrame(gen);
    return endRunWith(raised);
  }
  if (hasFinished(f)) {
    releaseFrame(gen);
    // Set last: the frame's release may run a `__del__` that resumes another generator.
    resumeEnd = RETURNED;
  } else {
    resumeEnd = NOT_ENDED;
  }
  return result;
}

/** Whether the last {@link genResumeValue} that gave a value had the generator return it (or find it finished). */
export function lastResumeDone(): boolean {
  return resumeEnd !== NOT_ENDED;
}

/** Whether the last {@link genResumeValue} that gave a value found the generator finished before (its None is no return). */
export function lastResumeFoundFinished(): boolean {
  return resumeEnd === FINISHED_BEFORE;
}

/** Whether a frame returned for good (read after it ran, so never narrowed). */
function hasFinished(f: { readonly finished: boolean }): boolean {
  return f.finished;
}

/** The generator can't be resumed again: drop its frame and exception state. */
function releaseFrame(gen: PyGenerator): void {
  clearExcState(gen.excState);
  giveBackExcState(gen);
  const f = gen.frame;
  if (f === null) return;
  f.gen = null;
  gen.frame = null;
  decref(f);
}

/** A StopIteration carrying `value` (`_PyGen_SetStopIterationValue`); null means no argument. */
export function newStopIteration(value: PyObject | null): PyRaise {
  if (value === null || !(value instanceof PyTuple || value instanceof PyBaseException)) return raiseUnnormalized(E.StopIteration, value);
  // A tuple or an exception instance is wrapped at once: `StopIteration(value)`.
  return raiseValue(newExceptionStealing(E.StopIteration, [incref(value)]));
}

/**
 * A return of `value` (borrowed) as a `sendStep` reports it: `done` when its StopIteration would
 * stay unnormalized (so nothing is allocated, as in CPython); else that StopIteration is raised.
 */
export function returnStep(value: PyObject): GenStep {
  if (returnsAsItIs(value)) return { done: true, value: incref(value) };
  const raised = newStopIteration(value === None ? null : value);
  if (raised.isNormalized) throw raised;
  return { done: true, value: stopIterationValue(raised) };
}

/** Whether a return of `value` stays a plain `done` step (see {@link returnStep}). */
function returnsAsItIs(value: PyObject): boolean {
  return !(value instanceof PyTuple || value instanceof PyBaseException) && raiseStaysUnnormalized();
}

/**
 * {@link returnStep} of a finished step whose value the caller owns (a native awaitable's
 * return): that same step when the value passes as it is, else its value is released.
 */
export function finishStep(step: GenStep): GenStep {
  const value = step.value;
  if (returnsAsItIs(value)) return step;
  try {
    return returnStep(value);
  } finally {
    decref(value);
  }
}

/** `_PyGen_FetchStopIterationValue` for a caught StopIteration: its value (new reference). */
export function stopIterationValue(raised: PyRaise): PyObject {
  if (!raised.isNormalized && raised.excType === E.StopIteration) {
    const arg = incref(raised.pendingArg ?? None);
    clearRaise(raised);
    return arg;
  }
  const v = raised.value.value;
  const value = incref(v ?? None);
  clearRaise(raised);
  return value;
}

/** `_PyGen_yf`: the iterator a suspended `yield from`/`await` delegates to (new reference), or null. */
export function genYieldFrom(gen: PyGenerator): PyObject | null {
  const f = gen.frame;
  if (f === null || f.finished || f.lasti < 0) return null;
  if (f.code.co.code[f.lasti + 2] !== Op.YIELD_FROM) return null;
  return incref(f.stack[f.sp - 1] as PyObject);
}

/** `gen_close_iter`: closes a delegate; returns the error it raised, if any. */
export function closeIter(yf: PyObject): PyRaise | null {
  try {
    if (yf instanceof PyGenerator) {
      decref(genClose(yf));
      return null;
    }
    let meth: PyObject | null;
    try {
      meth = lookupAttrString(yf, 'close');
    } catch (e) {
      // Only a missing close() is silent; any other error looking it up is reported and dropped.
      if (!(e instanceof PyRaise)) throw e;
      writeUnraisable(e, yf);
      return null;
    }
    if (meth === null) return null;
    try {
      decref(callObject(meth, []));
    } finally {
      decref(meth);
    }
    return null;
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    return e;
  }
}

/** `gen_close`: throws GeneratorExit in; None if the generator exits, RuntimeError if it yields. */
export function genClose(gen: PyGenerator): PyObject {
  const yf = genYieldFrom(gen);
  let err: PyRaise | null = null;
  if (yf !== null) {
    gen.running = true;
    try {
      err = closeIter(yf);
    } finally {
      gen.running = false;
      decref(yf);
    }
  }
  const exc = err ?? raiseValue(newExceptionStealing(E.GeneratorExit, []));
  let step: GenStep | PyRaise;
  try {
    step = genResume(gen, None, exc, true);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    step = e;
  }
  if (step instanceof PyRaise) {
    if (exceptionMatches(step, E.StopIteration) || exceptionMatches(step, E.GeneratorExit)) {
      clearRaise(step);
      return incref(None);
    }
    throw step;
  }
  decref(step.value);
  if (step.done) {
    // An async generator that returns signals StopAsyncIteration (`gen_send_ex`), which is not
    // one of the errors close ignores: it reaches the caller (a finalizer reports it).
    if (gen.kind === 'async generator') throw raiseUnnormalized(E.StopAsyncIteration, null);
    return incref(None);
  }
  const msg = gen.kind === 'async generator' ? 'async generator ignored GeneratorExit' : `${gen.kind} ignored GeneratorExit`;
  throw raiseMessage(E.RuntimeError, msg);
}

/** `_gen_throw`: raises an exception at the suspension point, delegating through `yield from`. */
export function genThrow(gen: PyGenerator, closeOnGenExit: boolean, typ: PyObject, val: PyObject | null, tb: PyObject | null): GenStep {
  const step = genThrowResume(gen, closeOnGenExit, typ, val, tb);
  if (step instanceof PyRaise) throw step;
  return step;
}

/**
 * {@link genThrow}, but what the generator's frame raises is returned, not thrown (as
 * {@link genResume}): an exception thrown into a chain of delegates crosses it without a JS throw.
 */
export function genThrowResume(gen: PyGenerator, closeOnGenExit: boolean, typ: PyObject, val: PyObject | null, tb: PyObject | null): GenStep | PyRaise {
  const yf = genYieldFrom(gen);
  if (yf !== null) {
    if (isExceptionClassOrInstance(typ, E.GeneratorExit) && closeOnGenExit) {
      gen.running = true;
      let err: PyRaise | null;
      try {
        err = closeIter(yf);
      } finally {
        gen.running = false;
        decref(yf);
      }
      if (err !== null) return genResume(gen, None, err, false);
      return throwHere(gen, typ, val, tb);
    }
    // A delegate without a throw() method gets nothing: the exception is raised at the `await`
    // or `yield from` itself (and an error looking the method up propagates as it is).
    let meth: PyObject | null = null;
    if (!(yf instanceof PyGenerator)) {
      try {
        meth = lookupAttrString(yf, 'throw');
      } catch (e) {
        decref(yf);
        throw e;
      }
      if (meth === null) {
        decref(yf);
        return throwHere(gen, typ, val, tb);
      }
    }
    let step: GenStep | PyRaise;
    gen.running = true;
    try {
      if (meth === null) {
        step = genThrowResume(yf as PyGenerator, closeOnGenExit, typ, val, tb);
      } else {
        try {
          const args = [typ, val ?? None, tb ?? None].slice(0, tb !== null ? 3 : val !== null ? 2 : 1);
          step = { done: false, value: callObject(meth, args) };
        } finally {
          decref(meth);
        }
      }
    } catch (e) {
      gen.running = false;
      decref(yf);
      if (!(e instanceof PyRaise)) throw e;
      return delegateThrowRaised(gen, e);
    }
    gen.running = false;
    decref(yf);
    if (step instanceof PyRaise) return delegateThrowRaised(gen, step);
    if (step.done) {
      // A delegate generator returned while handling the throw: resume with its value.
      const f = gen.frame;
      if (f !== null) {
        const popped = f.stack[--f.sp] as PyObject;
        f.stack[f.sp] = null;
        decref(popped);
        f.lasti += 2;
        f.pc += 2;
      }
      try {
        return genResume(gen, step.value, null, false);
      } finally {
        decref(step.value);
      }
    }
    return step;
  }
  return throwHere(gen, typ, val, tb);
}

/**
 * The delegate of `gen` raised `e` while an exception was thrown into it: it finished, so it is
 * popped and YIELD_FROM not repeated; `gen` resumes with its return value (StopIteration) or
 * with `e` in flight.
 */
function delegateThrowRaised(gen: PyGenerator, e: PyRaise): GenStep | PyRaise {
  const f = gen.frame;
  if (f === null) return e;
  const popped = f.stack[--f.sp] as PyObject;
  f.stack[f.sp] = null;
  decref(popped);
  f.lasti += 2;
  f.pc += 2;
  if (exceptionMatches(e, E.StopIteration)) {
    const v = stopIterationValue(e);
    try {
      return genResume(gen, v, null, false);
    } finally {
      decref(v);
    }
  }
  return genResume(gen, None, e, false);
}

function isExceptionClassOrInstance(o: PyObject, base: PyType): boolean {
  if (o instanceof PyBaseException) return o.type.isSubtype(base);
  return isExceptionClass(o) && (o as PyType).isSubtype(base);
}

/** `PyExceptionClass_Check`. */
export function isExceptionClass(o: PyObject): boolean {
  return o.type.isSubtype(typeType) && (o as PyType).isSubtype(E.BaseException);
}

/** The `throw_here` part of `_gen_throw`: normalizes the arguments and resumes with them. */
function throwHere(gen: PyGenerator, typ: PyObject, val: PyObject | null, tbArg: PyObject | null): GenStep | PyRaise {
  let tb = tbArg === None ? null : tbArg;
  if (tb !== null && !(tb instanceof PyTraceback)) throw typeError('throw() third argument must be a traceback object');
  let value: PyBaseException;
  if (isExceptionClass(typ)) {
    try {
      value = normalizeException(typ as PyType, val);
    } catch (e) {
      // `PyErr_NormalizeException`: an exception from the constructor is the one thrown in, with
      // its own traceback (or, having none, the one given).
      if (!(e instanceof PyRaise)) throw e;
      value = incref(e.value);
      const own = e.traceback;
      tb = own ?? tb;
      const raised = new PyRaise(value, tb === null ? null : incref(tb));
      clearRaise(e);
      return genResume(gen, None, raised, false);
    }
  } else if (typ instanceof PyBaseException) {
    if (val !== null && val !== None) throw typeError('instance exception may not have a separate value');
    value = incref(typ);
    tb ??= typ.traceback;
  } else {
    throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${tpName(typ.type)}`);
  }
  const raised = new PyRaise(value, tb === null ? null : incref(tb));
  return genResume(gen, None, raised, false);
}

/** `PyErr_NormalizeException` for a class and a value: a new reference to an instance. */
export function normalizeException(type: PyType, val: PyObject | null): PyBaseException {
  if (val instanceof PyBaseException && val.type.isSubtype(type)) return incref(val);
  let args: readonly PyObject[];
  if (val === null || val === None) args = [];
  else if (val instanceof PyTuple) args = val.items;
  else args = [val];
  const inst = callObject(type, args);
  if (!(inst instanceof PyBaseException)) {
    decref(inst);
    throw typeError(`calling ${tpName(type)} should have returned an instance of BaseException, not ${tpName(inst.type)}`);
  }
  return inst;
}

/** `_PyGen_Finalize`: closes a suspended generator whose last reference went. */
export function finalizeGenerator(self: PyObject): void {
  const gen = self as PyGenerator;
  const f = gen.frame;
  if (f === null || f.finished) return;
  if (genFinalizeHooks.before(gen)) return;
  try {
    decref(genClose(gen));
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    writeUnraisable(e, gen);
  }
}

/** Kind-specific finalization (async generator finalizer, unawaited coroutine warning). */
export const genFinalizeHooks: { before: (gen: PyGenerator) => boolean } = { before: () => false };

generatorType.finalize = finalizeGenerator;
