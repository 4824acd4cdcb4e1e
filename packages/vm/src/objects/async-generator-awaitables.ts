/**
 * The awaitables an async generator's methods return: `async_generator_asend` (`__anext__()` and
 * `asend()`, from a free list of 80) and `async_generator_athrow` (`athrow()` and `aclose()`), each
 * with its init/iter/closed state, `send`/`throw`/`close` and every 3.8 message. Mirrors CPython
 * 3.8 Objects/genobject.c (`PyAsyncGenASend`, `async_gen_asend_new`, `async_gen_asend_send`,
 * `async_gen_asend_throw`, `async_gen_asend_close`, `async_gen_asend_dealloc`, `PyAsyncGenAThrow`,
 * `async_gen_athrow_new`, `async_gen_athrow_send`, `async_gen_athrow_throw`,
 * `async_gen_athrow_close`).
 * @module
 */
import { ASYNC_GEN_MAXFREELIST } from '../heap/free-list.ts';
import { KeptFreeList } from '../runtime/kept-free-list.ts';
import { GEN_CLOSE_DOC, GEN_SEND_DOC, GEN_THROW_DOC } from './generator-methods.ts';
import { varargsImpl } from './call-arguments.ts';
import { staticType } from '../runtime/core-types.ts';
import { PyRaise, clearRaise, exceptionMatches, raiseMessage, raiseValue, newExceptionStealing, typeError } from '../runtime/errors.ts';
import { genSendEx, genThrow, type GenStep } from '../runtime/gen-core.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import {
  PyAsyncGenWrappedValue, asyncGenWrappedValueType, isExhausted, stepResult, stopAsyncIteration, unwrapFailed, unwrapStep, unwrapValue, type PyAsyncGenerator,
} from './async-generator-object.ts';
import * as E from './exceptions.ts';
import { None } from './singletons.ts';
import { PyTuple } from './tuple.ts';

/** `AwaitableState`: new, being iterated, closed. */
export const AwaitableState = { Init: 0, Iter: 1, Closed: 2 } as const;
/** One of {@link AwaitableState}'s values. */
export type AwaitableState = (typeof AwaitableState)[keyof typeof AwaitableState];

/** `async_generator_asend`. */
export const asyncGenASendType: PyType = staticType({ name: 'async_generator_asend', basicsize: 40, flags: TPFLAGS_HAVE_GC });

/** `async_generator_athrow`. */
export const asyncGenAThrowType: PyType = staticType({ name: 'async_generator_athrow', basicsize: 40, flags: TPFLAGS_HAVE_GC });

const ASEND_REUSED = 'cannot reuse already awaited __anext__()/asend()';
const ATHROW_REUSED = 'cannot reuse already awaited aclose()/athrow()';
const IGNORED_EXIT = 'async generator ignored GeneratorExit';

/** `PyAsyncGenASend`: one step of the generator, sending `sendval` (null for `__anext__()`). */
export class PyAsyncGenASend extends PyObject {
  gen: PyAsyncGenerator | null;
  sendval: PyObject | null;
  state: AwaitableState = AwaitableState.Init;

  /** @param address - Its memory, by default new (a kept asend's, from the free list). */
  constructor(gen: PyAsyncGenerator | null, sendval: PyObject | null, address = allocateAddress(asyncGenASendType)) {
    super(asyncGenASendType, address);
    this.gen = gen === null ? null : incref(gen);
    this.sendval = sendval === null ? null : incref(sendval);
  }
}

/** `PyAsyncGenAThrow`: throws `args` (an `athrow()` argument tuple) or GeneratorExit (null: `aclose()`). */
export class PyAsyncGenAThrow extends PyObject {
  gen: PyAsyncGenerator | null;
  args: PyObject | null;
  state: AwaitableState = AwaitableState.Init;

  constructor(gen: PyAsyncGenerator, args: PyObject | null) {
    super(asyncGenAThrowType, allocateAddress(asyncGenAThrowType));
    this.gen = incref(gen);
    this.args = args === null ? null : incref(args);
  }
}

/** `async_gen_asend_new`. */
export function newASend(gen: PyAsyncGenerator, sendval: PyObject | null): PyAsyncGenASend {
  const kept = asendFreeList.take(emptyASend);
  if (kept === undefined) return new PyAsyncGenASend(gen, sendval);
  kept.gen = incref(gen);
  kept.sendval = sendval === null ? null : incref(sendval);
  kept.state = AwaitableState.Init;
  return kept;
}

/** `ag_asend_freelist`: dead asend objects, kept as objects (runtime/kept-free-list.ts). */
const asendFreeList = new KeptFreeList<PyAsyncGenASend>(asyncGenASendType, ASYNC_GEN_MAXFREELIST, 'async_generator_asend');

/** A new asend object at a kept address, for {@link KeptFreeList.take}. */
function emptyASend(address: number): PyAsyncGenASend {
  return new PyAsyncGenASend(null, null, address);
}

/** `async_gen_athrow_new`. */
export function newAThrow(gen: PyAsyncGenerator, args: PyObject | null): PyAsyncGenAThrow {
  return new PyAsyncGenAThrow(gen, args);
}

function genOf(o: { gen: PyAsyncGenerator | null }): PyAsyncGenerator {
  const gen = o.gen;
  if (gen === null) throw raiseMessage(E.SystemError, 'async generator awaitable without its generator');
  return gen;
}

/** `gen_send_ex(gen, arg, 0, 0)`: StopAsyncIteration when the generator is exhausted. */
function sendInto(gen: PyAsyncGenerator, arg: PyObject | null): PyObject {
  if (!gen.running && isExhausted(gen)) throw stopAsyncIteration();
  return stepResult(genSendEx(gen, arg, null, false));
}

/** `PyArg_UnpackTuple(args, name, 1, 3)` for `throw`/`athrow`. */
function unpackThrowArgs(name: string, args: readonly PyObject[]): [PyObject, PyObject | null, PyObject | null] {
  if (args.length < 1) throw typeError(`${name} expected at least 1 argument, got ${args.length}`);
  if (args.length > 3) throw typeError(`${name} expected at most 3 arguments, got ${args.length}`);
  return [args[0] as PyObject, args[1] ?? null, args[2] ?? null];
}

/** `gen_throw(gen, args)`: the argument check, then `_gen_throw(gen, 1, ...)`. */
function throwInto(gen: PyAsyncGenerator, args: readonly PyObject[]): PyObject {
  const [typ, val, tb] = unpackThrowArgs('throw', args);
  return stepResult(genThrow(gen, true, typ, val, tb));
}

/** Runs `fn`; when it raises, the awaitable is closed. */
function closingOnError(o: { state: AwaitableState }, fn: () => PyObject): PyObject {
  try {
    return fn();
  } catch (e) {
    o.state = AwaitableState.Closed;
    throw e;
  }
}

/** `async_gen_asend_send`; `arg` null for `__next__`. */
export function asendSend(o: PyAsyncGenASend, argIn: PyObject | null): PyObject {
  if (o.state === AwaitableState.Closed) throw raiseMessage(E.RuntimeError, ASEND_REUSED);
  const gen = genOf(o);
  let arg = argIn;
  if (o.state === AwaitableState.Init) {
    if (gen.runningAsync) throw raiseMessage(E.RuntimeError, 'anext(): asynchronous generator is already running');
    if (arg === null || arg === None) arg = o.sendval;
    o.state = AwaitableState.Iter;
  }
  gen.runningAsync = true;
  return closingOnError(o, () => unwrapValue(gen, () => sendInto(gen, arg)));
}

/**
 * `async_gen_asend_send` as one `await` step: `done` carries the StopIteration value instead of
 * raising it when it would stay unnormalized. `arg` null for `__next__`.
 */
function asendStep(o: PyAsyncGenASend, argIn: PyObject | null): GenStep {
  if (o.state === AwaitableState.Closed) throw raiseMessage(E.RuntimeError, ASEND_REUSED);
  const gen = genOf(o);
  let arg = argIn;
  if (o.state === AwaitableState.Init) {
    if (gen.runningAsync) throw raiseMessage(E.RuntimeError, 'anext(): asynchronous generator is already running');
    if (arg === null || arg === None) arg = o.sendval;
    o.state = AwaitableState.Iter;
  }
  gen.runningAsync = true;
  let step: GenStep;
  try {
    let result: PyObject;
    try {
      result = sendInto(gen, arg);
    } catch (e) {
      unwrapFailed(gen, e);
      throw e;
    }
    step = unwrapStep(gen, result);
  } catch (e) {
    o.state = AwaitableState.Closed;
    throw e;
  }
  if (step.done) o.state = AwaitableState.Closed;
  return step;
}

/** `async_gen_asend_throw`. */
function asendThrow(o: PyAsyncGenASend, args: readonly PyObject[]): PyObject {
  if (o.state === AwaitableState.Closed) throw raiseMessage(E.RuntimeError, ASEND_REUSED);
  const gen = genOf(o);
  return closingOnError(o, () => unwrapValue(gen, () => throwInto(gen, args)));
}

/** The `yield_close` exit of `async_gen_athrow_send`: the body yielded while being closed. */
function yieldClose(o: PyAsyncGenAThrow, gen: PyAsyncGenerator): PyRaise {
  gen.runningAsync = false;
  o.state = AwaitableState.Closed;
  return raiseMessage(E.RuntimeError, IGNORED_EXIT);
}

/** Whether `value` is a value the body yielded (`_PyAsyncGenWrappedValue_CheckExact`). */
function isWrapped(value: PyObject): boolean {
  return value instanceof PyAsyncGenWrappedValue && value.type === asyncGenWrappedValueType;
}

/** The `check_error` exit of `async_gen_athrow_send`: `aclose()` ends with StopIteration. */
function checkError(o: PyAsyncGenAThrow, gen: PyAsyncGenerator, e: unknown): never {
  gen.runningAsync = false;
  o.state = AwaitableState.Closed;
  throw aclosedAsStop(o, e);
}

/** In `aclose()` mode, StopAsyncIteration and GeneratorExit become a bare StopIteration. */
function aclosedAsStop(o: PyAsyncGenAThrow, e: unknown): unknown {
  if (o.args === null && e instanceof PyRaise && (exceptionMatches(e, E.StopAsyncIteration) || exceptionMatches(e, E.GeneratorExit))) {
    clearRaise(e);
    return raiseValue(newExceptionStealing(E.StopIteration, []));
  }
  return e;
}

/** `async_gen_athrow_send`. */
export function athrowSend(o: PyAsyncGenAThrow, arg: PyObject): PyObject {
  if (o.state === AwaitableState.Closed) throw raiseMessage(E.RuntimeError, ATHROW_REUSED);
  const gen = genOf(o);
  if (gen.running || isExhausted(gen)) {
    o.state = AwaitableState.Closed;
    throw raiseValue(newExceptionStealing(E.StopIteration, []));
  }
  if (o.state === AwaitableState.Init) {
    if (gen.runningAsync) {
      o.state = AwaitableState.Closed;
      throw raiseMessage(E.RuntimeError, `${o.args === null ? 'aclose' : 'athrow'}(): asynchronous generator is already running`);
    }
    if (gen.closed) {
      o.state = AwaitableState.Closed;
      throw stopAsyncIteration();
    }
    if (arg !== None) throw raiseMessage(E.RuntimeError, "can't send non-None value to a just-started coroutine");
    o.state = AwaitableState.Iter;
    gen.runningAsync = true;
    let retval: PyObject;
    if (o.args === null) {
      gen.closed = true;
      try {
        retval = stepResult(genThrow(gen, false, E.GeneratorExit, null, null));
      } catch (e) {
        return checkError(o, gen, e);
      }
      if (isWrapped(retval)) {
        decref(retval);
        throw yieldClose(o, gen);
      }
      return retval;
    }
    const items = o.args instanceof PyTuple ? o.args.items : [];
    const [typ, val, tb] = unpackThrowArgs('athrow', items);
    try {
      return unwrapValue(gen, () => stepResult(genThrow(gen, false, typ, val, tb)));
    } catch (e) {
      return checkError(o, gen, e);
    }
  }
  if (o.args !== null) return unwrapValue(gen, () => sendInto(gen, arg));
  let retval: PyObject;
  try {
    retval = sendInto(gen, arg);
  } catch (e) {
    return checkError(o, gen, e);
  }
  if (isWrapped(retval)) {
    decref(retval);
    throw yieldClose(o, gen);
  }
  return retval;
}

/** `async_gen_athrow_throw`. */
function athrowThrow(o: PyAsyncGenAThrow, args: readonly PyObject[]): PyObject {
  if (o.state === AwaitableState.Closed) throw raiseMessage(E.RuntimeError, ATHROW_REUSED);
  const gen = genOf(o);
  if (o.args !== null) return unwrapValue(gen, () => throwInto(gen, args));
  let retval: PyObject;
  try {
    retval = throwInto(gen, args);
  } catch (e) {
    throw aclosedAsStop(o, e);
  }
  if (isWrapped(retval)) {
    decref(retval);
    throw yieldClose(o, gen);
  }
  return retval;
}

asyncGenASendType.dealloc = (self) => {
  const o = self as PyAsyncGenASend;
  const gen = o.gen;
  o.gen = null;
  xdecref(gen);
  const sendval = o.sendval;
  o.sendval = null;
  xdecref(sendval);
  if (!asendFreeList.keep(o)) freeObject(o);
};
asyncGenASendType.traverse = (self, visit) => {
  const o = self as PyAsyncGenASend;
  if (o.gen !== null) visit(o.gen);
  if (o.sendval !== null) visit(o.sendval);
};
asyncGenASendType.amAwait = (self) => incref(self);
asyncGenASendType.iter = (self) => incref(self);
asyncGenASendType.iternext = (self) => asendSend(self as PyAsyncGenASend, null);
asyncGenASendType.sendStep = (self, arg) => asendStep(self as PyAsyncGenASend, arg);
addMethods(asyncGenASendType, [
  { name: 'send', kind: 'o', impl: (self, args) => asendSend(self as PyAsyncGenASend, args[0] as PyObject), doc: GEN_SEND_DOC },
  { name: 'throw', kind: 'fast', impl: varargsImpl((self, args) => asendThrow(self as PyAsyncGenASend, args)), doc: GEN_THROW_DOC },
  {
    name: 'close', kind: 'noargs', doc: GEN_CLOSE_DOC,
    impl: (self) => {
      (self as PyAsyncGenASend).state = AwaitableState.Closed;
      return incref(None);
    },
  },
]);

asyncGenAThrowType.dealloc = (self) => {
  const o = self as PyAsyncGenAThrow;
  const gen = o.gen;
  o.gen = null;
  xdecref(gen);
  const args = o.args;
  o.args = null;
  xdecref(args);
  freeObject(o);
};
asyncGenAThrowType.traverse = (self, visit) => {
  const o = self as PyAsyncGenAThrow;
  if (o.gen !== null) visit(o.gen);
  if (o.args !== null) visit(o.args);
};
asyncGenAThrowType.amAwait = (self) => incref(self);
asyncGenAThrowType.iter = (self) => incref(self);
asyncGenAThrowType.iternext = (self) => athrowSend(self as PyAsyncGenAThrow, None);
addMethods(asyncGenAThrowType, [
  { name: 'send', kind: 'o', impl: (self, args) => athrowSend(self as PyAsyncGenAThrow, args[0] as PyObject), doc: GEN_SEND_DOC },
  { name: 'throw', kind: 'fast', impl: varargsImpl((self, args) => athrowThrow(self as PyAsyncGenAThrow, args)), doc: GEN_THROW_DOC },
  {
    name: 'close', kind: 'noargs', doc: GEN_CLOSE_DOC,
    impl: (self) => {
      (self as PyAsyncGenAThrow).state = AwaitableState.Closed;
      return incref(None);
    },
  },
]);
