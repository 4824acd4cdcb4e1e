/**
 * The remaining opcode helpers: LOAD_METHOD's lookup, truth tests, iteration steps of FOR_ITER
 * and `yield from`, the exception-state pops of POP_EXCEPT/POP_FINALLY, the `with` statement,
 * and class building's entry point. Mirrors CPython 3.8 Python/ceval.c and Objects/object.c
 * `_PyObject_GetMethod`.
 * @module
 */
import { traceException } from './trace-calls.ts';
import { sysAttribute } from '../modules/sys.ts';
import { tpName } from '../runtime/type-name.ts';
import { PyCode, CO_COROUTINE, CO_ITERABLE_COROUTINE } from '../objects/code.ts';
import { PyDict, dictGetStr, dictType } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { EXCEPT_HANDLER, blockLevel, blockLowered, blockType, type PyFrame } from '../objects/frame.ts';
import { PyGenerator } from '../objects/generator.ts';
import { False, True, intType } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { newStr, type PyStr } from '../objects/str.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { getIter } from '../runtime/abstract-iter.ts';
import { getItem } from '../runtime/abstract-item.ts';
import { genericGetAttr, getAttr, lookupSpecial, lookupType, missingAttribute } from '../runtime/attributes.ts';
import { callNoArgs, callObject } from '../runtime/call.ts';
import { PyRaise, attributeError, clearRaise, exceptionMatches, raiseMessage, typeError } from '../runtime/errors.ts';
import { TPFLAGS_METHOD_DESCRIPTOR, decref, incref, xdecref, type PyObject, type PyType } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { exceptionEventsOn } from '../runtime/trace-state.ts';
import { PyFunction } from '../objects/function.ts';
import { pythonNextSlot } from '../runtime/slot-dispatch.ts';
import { callFunctionOrNull } from './call-frame.ts';
import { takeFrameRaise } from './frame-runner.ts';
import { unwindExceptHandler } from './except-handler.ts';
import { assert } from '../internal/assert.ts';

/** The `int` type, for END_FINALLY's exact-int test. */
export const intTypeObject: PyType = intType;

/** A new reference to True. */
export function newTrue(): PyObject {
  True.refcnt++;
  return True;
}

/** A new reference to False. */
export function newFalse(): PyObject {
  False.refcnt++;
  return False;
}

/** The truth of a value popped by a conditional jump (fast paths first). */
export function truthOf(v: PyObject): boolean {
  if (v === True) return true;
  if (v === False || v === None) return false;
  return isTrue(v);
}

/** What LOAD_METHOD found: an unbound method to call with self, or a plain attribute value. */
export interface FoundMethod {
  readonly method: PyObject;
  readonly unbound: boolean;
}

/**
 * The method descriptor LOAD_METHOD finds for `name` on objects of `obj`'s type (borrowed), or
 * null when the lookup goes another way (a custom getattro, or no method descriptor on the type).
 * While the type's `version` stays, it is the answer for any instance whose dict lacks `name`.
 */
export function cacheableMethod(obj: PyObject, name: PyObject): PyObject | null {
  const type = obj.type;
  if (type.getattro !== undefined && type.getattro !== genericGetAttr) return null;
  const descr = lookupType(type, (name as PyStr).value);
  return descr !== null && (descr.type.flags & TPFLAGS_METHOD_DESCRIPTOR) !== 0 ? descr : null;
}

/** `_PyObject_GetMethod`: avoids the bound method object when the attribute is a method. */
export function getMethod(obj: PyObject, name: PyObject): FoundMethod {
  const type = obj.type;
  if (type.getattro !== undefined && type.getattro !== genericGetAttr) {
    return { method: getAttr(obj, name as PyStr), unbound: false };
  }
  const key = (name as PyStr).value;
  const descr = lookupType(type, key);
  if (descr === null) {
    const dict = obj.dict;
    const v = dict === null ? null : dictGetStr(dict, key);
    if (v !== null) return { method: incref(v), unbound: false };
    return missingAttribute(obj, key);
  }
  // Held across the instance-dict lookup, whose key `__eq__` may delete it from the class
  // (as `genericGetAttr` does).
  incref(descr);
  try {
    const isMethod = (descr.type.flags & TPFLAGS_METHOD_DESCRIPTOR) !== 0;
    const get = descr.type.descrGet;
    if (!isMethod && get !== undefined && descr.type.descrSet !== undefined) {
      return { method: get(descr, obj, type), unbound: false };
    }
    const dict = obj.dict;
    if (dict !== null) {
      const v = dictGetStr(dict, key);
      if (v !== null) return { method: incref(v), unbound: false };
    }
    if (isMethod) return { method: incref(descr), unbound: true };
    if (get !== undefined) return { method: get(descr, obj, type), unbound: false };
    return { method: incref(descr), unbound: false };
  } finally {
    decref(descr);
  }
}

/**
 * FOR_ITER's step: the next item, or null when exhausted. A StopIteration the iterator raised is
 * swallowed, after being the `exception` event of the looping frame (the current one, in the
 * interpreter or in compiled code) while a trace function is set; whatever that function raises
 * is cleared with it, as ceval clears the error after `call_exc_trace`.
 */
export function iterNextSwallowingStop(it: PyObject): PyObject | null {
  const next = it.type.iternext;
  if (next === undefined) throw typeError(`'${tpName(it.type)}' object is not an iterator`);
  if (next === pythonNextSlot) {
    const item = pythonNextOrStop(it);
    if (item !== undefined) return item;
  }
  try {
    return next(it);
  } catch (e) {
    return swallowStop(e);
  }
}

/**
 * FOR_ITER's step of an iterator whose class defines `__next__` ({@link pythonNextSlot}) as a
 * Python function: the item, or null when it raises StopIteration, taken without a JS throw (the
 * class-based iterator protocol ends every loop with one). Undefined, with nothing done, when the
 * method is anything else or a trace function must see the StopIteration: the slot is called then.
 */
export function pythonNextOrStop(it: PyObject): PyObject | null | undefined {
  if (exceptionEventsOn()) return undefined;
  const method = lookupType(it.type, '__next__');
  if (!(method instanceof PyFunction)) return undefined;
  incref(method);
  let item: PyObject | null;
  let raised: PyRaise | null = null;
  try {
    item = callFunctionOrNull(method, [it], null);
    if (item === null) raised = takeFrameRaise();
  } finally {
    decref(method);
  }
  if (raised === null) return item;
  if (!exceptionMatches(raised, E.StopIteration)) throw raised;
  clearRaise(raised);
  return null;
}

/**
 * What FOR_ITER does with an error its iterator raised: a StopIteration ends the loop (null), as
 * {@link iterNextSwallowingStop} says; compiled code calls the iterator's slot itself, so that
 * each loop's call site sees only the iterator types that loop meets.
 */
export function swallowStop(e: unknown): null {
  if (e instanceof PyRaise && exceptionMatches(e, E.StopIteration)) {
    clearRaise(exceptionEventsOn() ? traceException(tstate.frame as PyFrame, e) : e);
    return null;
  }
  throw e;
}

/**
 * GET_YIELD_FROM_ITER: a generator or coroutine as is, else `iter(v)`; a new reference either way
 * (an iterator's `__iter__` returning itself hands back a new reference to the same object).
 */
export function yieldFromIter(v: PyObject, code: PyCode): PyObject {
  if (v.type.isCoroutine) {
    if ((code.co.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) === 0) {
      throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return incref(v);
  }
  if (v instanceof PyGenerator && v.kind === 'generator') return incref(v);
  return getIter(v);
}

/** Pops the three saved exception values into `tstate->exc_info` (POP_EXCEPT). */
export function popExceptState(_f: PyFrame, stack: (PyObject | null)[], sp: number): void {
  const info = tstate.excInfo;
  const type = info.type;
  const value = info.value;
  const tb = info.traceback;
  info.type = stack[sp - 1] ?? null;
  info.value = stack[sp - 2] ?? null;
  info.traceback = stack[sp - 3] ?? null;
  xdecref(type);
  xdecref(value);
  xdecref(tb);
}

/** `special_lookup`: a dunder for the `with` statement, or AttributeError naming it. */
function specialLookup(obj: PyObject, name: string): PyObject {
  const v = lookupSpecial(obj, name);
  if (v === null) throw attributeError(name);
  return v;
}

/**
 * SETUP_WITH / BEFORE_ASYNC_WITH: replaces the manager by its exit method; returns `__enter__()`.
 * BEFORE_ASYNC_WITH looks up `__aexit__` first (and stores it) and `__aenter__` second.
 */
export function setupWith(_f: PyFrame, stack: (PyObject | null)[], sp: number, isAsync: boolean): PyObject {
  const mgr = stack[sp - 1] as PyObject;
  if (isAsync) {
    stack[sp - 1] = specialLookup(mgr, '__aexit__');
    let aenter: PyObject;
    try {
      aenter = specialLookup(mgr, '__aenter__');
    } finally {
      decref(mgr);
    }
    try {
      return callNoArgs(aenter);
    } finally {
      decref(aenter);
    }
  }
  // SETUP_WITH looks up __enter__ first; BEFORE_ASYNC_WITH (above) __aexit__ first.
  const enter = specialLookup(mgr, '__enter__');
  let exit: PyObject;
  try {
    exit = specialLookup(mgr, '__exit__');
  } catch (e) {
    decref(enter);
    throw e;
  }
  stack[sp - 1] = exit;
  decref(mgr);
  try {
    return callNoArgs(enter);
  } finally {
    decref(enter);
  }
}

/** WITH_CLEANUP_START: calls `__exit__` with the exception (or Nones); returns the new depth. */
export function withCleanupStart(f: PyFrame, stack: (PyObject | null)[], spIn: number): number {
  let sp = spIn;
  let exc = stack[sp - 1] ?? null;
  let val: PyObject = None;
  let tb: PyObject = None;
  let exitFunc: PyObject;
  if (exc === null) {
    sp--;
    exitFunc = stack[sp - 1] as PyObject;
    stack[sp - 1] = null;
    stack[sp] = null;
    exc = None;
  } else {
    val = stack[sp - 2] as PyObject;
    tb = stack[sp - 3] as PyObject;
    const tp2 = stack[sp - 4] ?? null;
    const exc2 = stack[sp - 5] ?? null;
    const tb2 = stack[sp - 6] ?? null;
    exitFunc = stack[sp - 7] as PyObject;
    stack[sp - 7] = tb2;
    stack[sp - 6] = exc2;
    stack[sp - 5] = tp2;
    stack[sp - 4] = null;
    const top = f.blocks.length - 1;
    const block = f.blocks[top];
    if (block !== undefined && blockType(block) === EXCEPT_HANDLER) f.blocks[top] = blockLowered(block);
  }
  f.sp = sp;
  let res: PyObject;
  try {
    res = callObject(exitFunc, [exc, val, tb]);
  } finally {
    decref(exitFunc);
  }
  stack[sp++] = incref(exc);
  stack[sp++] = res;
  f.sp = sp;
  return sp;
}

/** WITH_CLEANUP_FINISH: a true `__exit__` result swallows the exception. Returns the new depth. */
export function withCleanupFinish(f: PyFrame, stack: (PyObject | null)[], spIn: number): number {
  let sp = spIn;
  const res = stack[--sp] as PyObject;
  const exc = stack[--sp] as PyObject;
  stack[sp] = stack[sp + 1] = null;
  f.sp = sp;
  let err: boolean;
  try {
    err = exc !== None ? isTrue(res) : false;
  } finally {
    decref(res);
    decref(exc);
  }
  if (err) {
    const b = f.blocks.pop();
    if (b !== undefined) unwindExceptHandler(f, blockLevel(b));
    sp = f.sp;
    stack[sp++] = null;
    f.sp = sp;
  }
  return sp;
}

/** LOAD_BUILD_CLASS: `builtins.__build_class__`. */
export function loadBuildClass(f: PyFrame): PyObject {
  const builtins = f.builtins;
  if (builtins instanceof PyDict && builtins.type === dictType) {
    const bc = dictGetStr(builtins, '__build_class__');
    if (bc === null) throw raiseMessage(E.NameError, '__build_class__ not found');
    return incref(bc);
  }
  const key = newStr('__build_class__');
  try {
    return getItem(builtins, key);
  } catch (e) {
    if (e instanceof PyRaise && exceptionMatches(e, E.KeyError)) {
      clearRaise(e);
      throw raiseMessage(E.NameError, '__build_class__ not found');
    }
    throw e;
  } finally {
    decref(key);
  }
}

/** PRINT_EXPR (code compiled with mode 'single'): `sys.displayhook(v)`. */
export function printExpr(v: PyObject): void {
  const hook = sysAttribute('displayhook');
  if (hook === null) throw raiseMessage(E.RuntimeError, 'lost sys.displayhook');
  decref(callObject(hook, [v]));
}

/** Wraps a value an async generator yields (`_PyAsyncGenValueWrapperNew`); installed by #7. */
export let wrapAsyncGenValue: (v: PyObject) => PyObject = (v) => v;

/** Installs the async-generator value wrapper. */
export function setAsyncGenValueWrapper(wrap: (v: PyObject) => PyObject): void {
  wrapAsyncGenValue = wrap;
}

/** The `async_generator` type, installed when async generators load. */
export const asyncGeneratorType: { current: PyObject | null } = { current: null };

/** `if (!truth(v))` of POP_JUMP_IF_*, for an object that is not a bool: drops `v` either way. */
export function truthDropping(v: PyObject): boolean {
  let truth: boolean;
  try {
    truth = truthOf(v);
  } catch (e) {
    decref(v);
    throw e;
  }
  decref(v);
  return truth;
}

/** POP_EXCEPT's error when the block popped is not an except handler. */
export function notExceptHandler(): PyRaise {
  return raiseMessage(E.SystemError, 'popped block is not an except handler');
}

/**
 * POP_FINALLY over an exception (the except handler's six slots below the popped exception):
 * drops them and restores the exception state. Returns the new stack depth.
 */
export function popFinallyHandler(f: PyFrame, exc: PyObject, spIn: number): number {
  const stack = f.stack;
  let sp = spIn;
  decref(exc);
  decref(stack[--sp] as PyObject);
  decref(stack[--sp] as PyObject);
  stack[sp] = stack[sp + 1] = null;
  f.sp = sp;
  const b = f.blocks.pop();
  assert(b !== undefined && blockType(b) === EXCEPT_HANDLER, 'POP_FINALLY: popped block is not an except handler');
  popExceptState(f, stack, sp);
  sp -= 3;
  stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
  return sp;
}
