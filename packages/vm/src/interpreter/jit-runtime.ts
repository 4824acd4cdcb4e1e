/**
 * What compiled code objects (jit-codegen.ts) call: the interpreter's own opcode helpers, gathered
 * in one object handed to every generated function. Nothing here behaves differently from the
 * interpreter loop; compiled code only saves the dispatch and gives every Python instruction
 * its own JS property-access sites.
 * @module
 */
import { False, PyInt, True, intType, newInt } from '../objects/int.ts';
import { floatType, newFloat } from '../objects/float.ts';
import { tstate } from '../runtime/thread-state.ts';
import { blockType, pushBlock, type PyFrame } from '../objects/frame.ts';
import { canCatch, catchInFrame, reraiseFromStack } from './except-handler.ts';
import { doRaise } from './raise.ts';
import { InternalError } from '../internal/assert.ts';
import { lastDelegateDone, yieldFromStep } from './yield-from.ts';
import { prepareCall, takeRaised, type PreparedCall } from './call-frame.ts';
import { dropCall, enterCallee, leaveFrame, releaseHeld, takeHeld } from './frame-switch.ts';
import { continueEvaluation, takeFrameRaise } from './frame-runner.ts';
import { PyRaise, keyError } from '../runtime/errors.ts';
import { releaseEvaluatedFrame } from '../objects/frame.ts';
import { PyDict, dictGet, dictIndex, dictType } from '../objects/dict.ts';
import { pythonNextSlot } from '../runtime/slot-dispatch.ts';
import { isTrue, richCompare } from '../runtime/abstract-compare.ts';
import { getIter } from '../runtime/abstract-iter.ts';
import { deleteItem, getItem, setItem } from '../runtime/abstract-item.ts';
import { binaryOp, inplaceOp, unaryOp } from '../runtime/abstract-number.ts';
import { strType, type PyStr } from '../objects/str.ts';
import { concatenateStrs } from './str-concatenate.ts';
import { endAsyncFor, getAiter, getAnext, getAwaitable } from './ops-async.ts';
import { getAttr, getAttrOrNull, instanceAttrIndex, missingAttributeError, setAttr } from '../runtime/attributes.ts';
import { decref, destroyObject, incref, type PyObject } from '../runtime/object.ts';
import { chunkTicks, countCompiledInstruction } from './budget.ts';
import { traceState } from '../runtime/trace-state.ts';
import { compareOp } from './compare-op.ts';
import * as ops from './ops.ts';

/**
 * What compiled code and the interpreter loop hand each other: the frame compiled code entered
 * for a call ({@link JIT_CALL}), the value its frame returned ({@link JIT_RETURN}) or yielded
 * ({@link JIT_YIELD}), a new reference; the exception it left its frame with
 * ({@link JIT_RAISE}); and, when a Python callee returns to a call made from compiled code, its
 * value, the keyword references the call held and the stack slots to pop, for the call's
 * continuation (the odd offset after the CALL instruction's) to finish the call.
 */
export const jitCall: { callee: PyFrame | null; value: PyObject | null; held: PyObject[] | null; pop: number; raised: PyRaise | null } = {
  callee: null,
  value: null,
  held: null,
  pop: 0,
  raised: null,
};

/** Compiled code entered a callee's frame (`jitCall.callee`). */
export const JIT_CALL = -1;
/** Compiled code's frame returned `jitCall.value` (its `finished` is set). */
export const JIT_RETURN = -2;
/** Compiled code's frame yielded `jitCall.value` (its `pc` is where it resumes). */
export const JIT_YIELD = -3;
/**
 * Compiled code left its frame with the exception `jitCall.raised`, which no block of the frame
 * takes, returned instead of thrown (a JS throw costs a walk of the stack): the frame's
 * `f_lasti` and stack depth are as a throw would leave them, for the loop to unwind it.
 */
export const JIT_RAISE = -4;

/** The exception compiled code left its frame with ({@link JIT_RAISE}), taken. */
export function takeJitRaised(): PyRaise {
  const raised = jitCall.raised as PyRaise;
  jitCall.raised = null;
  return raised;
}

/**
 * An exception compiled code caught or has in hand (a call that failed) in a frame with `try`
 * blocks: the offset of the handler that takes it (catchInFrame), or {@link JIT_RAISE} with the
 * exception in `jitCall.raised` when none does here. Anything but a Python exception is thrown on.
 */
function raiseInFrame(f: PyFrame, raised: unknown): number {
  if (!(raised instanceof PyRaise)) throw raised;
  if (!canCatch(f)) {
    jitCall.raised = raised;
    return JIT_RAISE;
  }
  return catchInFrame(f, raised);
}

/**
 * BINARY_SUBSCR in a frame with `try` blocks: `o[key]`, or null with the KeyError of an exact dict
 * without the key in `jitCall.raised` instead of thrown, for the frame's handler to take
 * (`try: d[k] except KeyError:`).
 */
function getItemOrNull(o: PyObject, key: PyObject): PyObject | null {
  if (o.type !== dictType) return getItem(o, key);
  const v = dictGet(o as PyDict, key);
  if (v !== null) return incref(v);
  jitCall.raised = keyError(key);
  return null;
}

/** LOAD_ATTR's exception for the attribute `name` that `obj` lacks (`getAttrOrNull` gave null). */
function attributeMissing(obj: PyObject, name: PyStr): PyRaise {
  return missingAttributeError(obj, name.value);
}

/** The defect of a RETURN_VALUE with try blocks left (the compiler pops them all before it). */
function blocksLeft(): InternalError {
  return new InternalError('RETURN_VALUE with blocks left');
}

/**
 * YIELD_FROM at `offset` (for the interpreter loop too): the delegate's step. Returns the next
 * instruction's offset when the delegate finished, or {@link JIT_YIELD} with the value it yielded
 * in `jitCall.value`: the frame then suspends to run this instruction again on resumption
 * (f_lasti points before it, as CPython leaves it); or {@link JIT_RAISE} with what the delegate
 * raised in `jitCall.raised`.
 */
export function yieldFrom(f: PyFrame, offset: number): number {
  const stack = f.stack;
  const v = stack[--f.sp] as PyObject;
  stack[f.sp] = null;
  const receiver = stack[f.sp - 1] as PyObject;
  const value = yieldFromStep(receiver, v, traceState.traceFunc !== null && traceState.tracing === 0 ? f : null);
  if (value === null) {
    jitCall.raised = takeFrameRaise();
    return JIT_RAISE;
  }
  if (lastDelegateDone()) {
    decref(receiver);
    stack[f.sp - 1] = value;
    return offset + 2;
  }
  f.lasti = offset - 2;
  f.pc = offset;
  jitCall.value = value;
  return JIT_YIELD;
}

/** Enters the frame of a call to a Python function (as the interpreter's CALL_*); returns {@link JIT_CALL}. */
function enterCalleeForLoop(call: PreparedCall): number {
  const callee = call.frame as PyFrame;
  enterCallee(callee, call.pop);
  jitCall.callee = callee;
  return JIT_CALL;
}

/**
 * Calls from compiled code whose callee runs nested in JS ({@link enterNested}), and the most
 * there may be at once: deeper calls switch frames in the interpreter loop instead, so that Python
 * recursion never grows the JS stack without bound.
 */
let nestedCalls = 0;
const MAX_NESTED_CALLS = 32;

/**
 * Enters the callee of a call that compiled code runs to its end nested in JS, instead of a frame
 * switch in the caller's loop: the caller's compiled code waits on the JS stack and is not left
 * and entered again, and a compiled callee's function is called from the call site (an inline
 * cache of its own). False, with nothing done, when calls nest too deep.
 */
function enterNested(call: PreparedCall): boolean {
  if (nestedCalls >= MAX_NESTED_CALLS) return false;
  enterCallee(call.frame as PyFrame, call.pop);
  nestedCalls++;
  return true;
}

/**
 * The end of a nested call ({@link enterNested}): what the callee's compiled code returned (`pc`;
 * the frame's own `pc` when it has none) or threw (`thrown`, else null), its evaluation finished
 * in the interpreter loop where that code left off. Returns the value (a new reference) with the
 * keyword references the call held in `jitCall.held`, for the caller to pop the call as its
 * continuation would. A callee that raises is dropped and its call popped, as the loop's
 * unwinding does; then the result is null, with the exception in `jitCall.raised` for the caller
 * to take on (not thrown: see {@link JIT_RAISE}).
 */
function nestedFinish(f: PyFrame, callee: PyFrame, pc: number, thrown: unknown): PyObject | null {
  let value: PyObject | null;
  try {
    if (thrown !== null) {
      // A host error (a spent budget, a defect) goes on as it was thrown.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (!(thrown instanceof PyRaise)) throw thrown;
      value = continueEvaluation(callee, callee, thrown);
    } else if (pc === JIT_RETURN) {
      value = jitCall.value;
      jitCall.value = null;
      leaveFrame(callee, value);
    } else if (pc === JIT_CALL) {
      const current = jitCall.callee as PyFrame;
      jitCall.callee = null;
      value = continueEvaluation(callee, current, null);
    } else if (pc === JIT_RAISE) {
      value = continueEvaluation(callee, callee, takeJitRaised());
    } else {
      callee.pc = pc;
      value = continueEvaluation(callee, callee, null);
    }
    if (value === null) {
      // Taken first: dropping the call may run a `__del__` that runs frames of its own.
      const raised = takeFrameRaise();
      dropCall(f, callee, callee.callerPop);
      jitCall.raised = raised;
      return null;
    }
  } catch (e) {
    if (e instanceof PyRaise) dropCall(f, callee, callee.callerPop);
    throw e;
  } finally {
    nestedCalls--;
  }
  jitCall.held = takeHeld(callee);
  releaseEvaluatedFrame(callee);
  return value;
}

/** The helpers, by the names the generated source uses. */
export const jitRuntime = {
  tick: countCompiledInstruction,
  ticks: chunkTicks,
  destroy: destroyObject,
  True,
  False,
  isTrue,
  newTrue: ops.newTrue,
  newFalse: ops.newFalse,
  truthOf: ops.truthOf,
  truthDropping: ops.truthDropping,
  binaryOp,
  inplaceOp,
  richCompare,
  compareOp,
  getItem,
  getItemOrNull,
  setItem,
  deleteItem,
  getIter,
  iterNext: ops.iterNextSwallowingStop,
  pythonNext: pythonNextSlot,
  swallowStop: ops.swallowStop,
  prepareCall,
  takeRaised,
  enterCallee: enterCalleeForLoop,
  enterNested,
  nestedFinish,
  raiseInFrame,
  takeJitRaised,
  jitCall,
  releaseHeld,
  blocksLeft,
  // Installed late (ops-misc.ts): read through the live binding.
  wrapAsyncGenValue: (v: PyObject): PyObject => ops.wrapAsyncGenValue(v),
  yieldFrom,
  getAttr,
  getAttrOrNull,
  attributeMissing,
  setAttr,
  instanceAttrIndex,
  getMethod: ops.getMethod,
  cacheableMethod: ops.cacheableMethod,
  dictIndex,
  globalIndex: ops.globalIndex,
  GLOBAL_BY_MAPPING: ops.GLOBAL_BY_MAPPING,
  loadGlobalByMapping: ops.loadGlobal,
  loadNameCached: ops.loadNameCached,
  storeNameCached: ops.storeNameCached,
  loadName: ops.loadName,
  storeGlobal: ops.storeGlobal,
  deleteName: ops.deleteName,
  deleteGlobal: ops.deleteGlobal,
  deleteDeref: ops.deleteDeref,
  loadClassDeref: ops.loadClassDeref,
  unpackEx: ops.unpackEx,
  makeFunction: ops.makeFunction,
  storeName: ops.storeName,
  intType,
  floatType,
  tstate,
  loadDeref: ops.loadDeref,
  storeDeref: ops.storeDeref,
  unboundLocal: ops.unboundLocal,
  unaryOp,
  yieldFromIter: ops.yieldFromIter,
  getAwaitable,
  comprehensionAdd: ops.comprehensionAdd,
  build: ops.build,
  popExceptState: ops.popExceptState,
  notExceptHandler: ops.notExceptHandler,
  popFinallyHandler: ops.popFinallyHandler,
  buildSet: ops.buildSet,
  newInt,
  newFloat,
  PyInt,
  reraiseFromStack,
  doRaise,
  setupWith: ops.setupWith,
  withCleanupStart: ops.withCleanupStart,
  withCleanupFinish: ops.withCleanupFinish,
  getAiter,
  getAnext,
  endAsyncFor,
  asyncGeneratorType: ops.asyncGeneratorType,
  buildTuple: ops.buildTuple,
  buildList: ops.buildList,
  unpackSequence: ops.unpackSequence,
  pushBlock,
  blockType,
  strType,
  concatenateStrs,
};

/** The type of {@link jitRuntime}. */
export type JitRuntime = typeof jitRuntime;
