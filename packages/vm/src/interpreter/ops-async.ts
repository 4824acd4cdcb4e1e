/**
 * The coroutine opcodes: GET_AWAITABLE, GET_AITER, GET_ANEXT and END_ASYNC_FOR, with CPython
 * 3.8's messages. Mirrors CPython 3.8 Python/ceval.c and `format_awaitable_error`.
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import { tpName } from '../runtime/type-name.ts';
import * as E from '../objects/exceptions.ts';
import { EXCEPT_HANDLER, blockLevel, blockType, type PyFrame } from '../objects/frame.ts';
import { PyCoroutine, getAwaitableIter } from '../objects/coroutine.ts';
import { PyRaise, clearRaise, raiseFromCause, raiseMessage, typeError } from '../runtime/errors.ts';
import { genYieldFrom } from '../runtime/gen-core.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { reraiseFromStack, unwindExceptHandler } from './except-handler.ts';
import { givenExceptionMatches } from './compare-op.ts';

/** GET_AWAITABLE: replaces the top of the stack by the iterator `await` drives. */
export function getAwaitable(f: PyFrame, stack: (PyObject | null)[], sp: number, prevOpcode: number): void {
  const iterable = stack[sp - 1] as PyObject;
  let iter: PyObject;
  try {
    iter = getAwaitableIter(iterable);
  } catch (e) {
    // `format_awaitable_error`: for an `async with` step the error is replaced (`_PyErr_Format`
    // clears the one raised first).
    const step = prevOpcode === Op.BEFORE_ASYNC_WITH ? '__aenter__' : prevOpcode === Op.WITH_CLEANUP_START ? '__aexit__' : null;
    if (e instanceof PyRaise && iterable.type.amAwait === undefined && step !== null) {
      clearRaise(e);
      throw typeError(`'async with' received an object from ${step} that does not implement __await__: ${tpName(iterable.type)}`);
    }
    throw e;
  }
  if (iter instanceof PyCoroutine) {
    const yf = genYieldFrom(iter);
    if (yf !== null) {
      decref(yf);
      decref(iter);
      throw raiseMessage(E.RuntimeError, 'coroutine is being awaited already');
    }
  }
  stack[sp - 1] = iter;
  f.sp = sp;
  decref(iterable);
}

/** GET_AITER: replaces the object by its asynchronous iterator. */
export function getAiter(stack: (PyObject | null)[], sp: number): void {
  const obj = stack[sp - 1] as PyObject;
  const getter = obj.type.amAiter;
  if (getter === undefined) throw typeError(`'async for' requires an object with __aiter__ method, got ${tpName(obj.type)}`);
  const iter = getter(obj);
  if (iter.type.amAnext === undefined) {
    const name = iter.type.name;
    decref(iter);
    throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${name}`);
  }
  stack[sp - 1] = iter;
  decref(obj);
}

/** GET_ANEXT: the awaitable of the next step of an `async for` (a new reference). */
export function getAnext(aiter: PyObject, isAsyncGenerator: boolean): PyObject {
  const getter = aiter.type.amAnext;
  if (isAsyncGenerator && getter !== undefined) return getter(aiter);
  if (getter === undefined) throw typeError(`'async for' requires an iterator with __anext__ method, got ${tpName(aiter.type)}`);
  const next = getter(aiter);
  try {
    return getAwaitableIter(next);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    throw raiseFromCause(E.TypeError, `'async for' received an invalid object from __anext__: ${tpName(next.type)}`, e);
  } finally {
    decref(next);
  }
}

/**
 * END_ASYNC_FOR: ends the loop on StopAsyncIteration (returns the new stack depth and whether to
 * jump), else re-raises the exception.
 */
export function endAsyncFor(f: PyFrame, stack: (PyObject | null)[], spIn: number): number {
  let sp = spIn;
  const exc = stack[--sp] as PyObject;
  stack[sp] = null;
  f.sp = sp;
  if (givenExceptionMatches(exc, E.StopAsyncIteration)) {
    const b = f.blocks.pop();
    decref(exc);
    if (b !== undefined && blockType(b) === EXCEPT_HANDLER) unwindExceptHandler(f, blockLevel(b));
    sp = f.sp;
    const aiter = stack[--sp] as PyObject;
    stack[sp] = null;
    f.sp = sp;
    decref(aiter);
    return sp;
  }
  throw reraiseFromStack(f, exc);
}
