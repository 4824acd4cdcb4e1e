/**
 * The bytecode interpreter: one loop over CPython 3.8's opcodes. Calls from Python to Python
 * functions push a frame in this same loop (no JS recursion), so deep recursion meets the
 * recursion limit, never the JS stack. `f_lasti`, the block stack and the exception unwinding are
 * CPython's, instruction for instruction. Mirrors CPython 3.8 Python/ceval.c
 * `_PyEval_EvalFrameDefault`.
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import { CO_ASYNC_GENERATOR, type PyCode } from '../objects/code.ts';
import { EXCEPT_HANDLER, blockType, pushBlock, releaseEvaluatedFrame, tryBlock, type PyFrame } from '../objects/frame.ts';
import { PyInt, newInt } from '../objects/int.ts';
import { strType, type PyStr } from '../objects/str.ts';
import { assert } from '../internal/assert.ts';
import { isTrue, richCompare } from '../runtime/abstract-compare.ts';
import { getAttr, setAttr } from '../runtime/attributes.ts';
import { PyRaise, clearRaise, typeError } from '../runtime/errors.ts';
import { getIter } from '../runtime/abstract-iter.ts';
import { binaryOp, inplaceOp, unaryOp, type BinaryOpKey } from '../runtime/abstract-number.ts';
import { deleteItem, getItem, setItem } from '../runtime/abstract-item.ts';
import { decref, xdecref, type PyObject } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { prepareCall, takeRaised } from './call-frame.ts';
import { compareOp } from './compare-op.ts';
import * as ops from './ops.ts';
import { doRaise } from './raise.ts';
import { compiledCodeAllowed, countInstructions } from './budget.ts';
import { traceState } from '../runtime/trace-state.ts';
import { traceCall, traceException, traceInstruction } from './trace-calls.ts';
import { reraiseFromStack, tracebackHere, unwindToHandler } from './except-handler.ts';
import { endAsyncFor, getAiter, getAnext, getAwaitable } from './ops-async.ts';
import { endRunWith, setFrameRunner, takeFrameRaise } from './frame-runner.ts';
import { BINARY_OPCODE_SLOTS, INPLACE_OPCODE_SLOTS } from './number-opcodes.ts';
import { concatenateStrs } from './str-concatenate.ts';
import { warmer } from './jit.ts';
import { JIT_CALL, JIT_RAISE, JIT_RETURN, JIT_YIELD, jitCall, takeJitRaised, yieldFrom } from './jit-runtime.ts';
import { dropCall, enterCallee, enterFrame, leaveFrame, leaveFrameUntraced, popCallArgs, releaseHeld, takeHeld } from './frame-switch.ts';

const SETUP_FINALLY = Op.SETUP_FINALLY;

/**
 * Runs `entry` until it returns, yields or raises past its last handler. Returns a new reference
 * to the returned or yielded value (`entry.finished` tells which: a yield leaves it false), or
 * null for the exception that left the frame, handed over rather than thrown (frame-runner.ts
 * `endRunWith`): a JS throw costs V8 a walk of the stack, and its callers mostly want the
 * exception in hand. `throwing` resumes the frame with an exception in flight (generator `throw`).
 */
export function evalFrame(entry: PyFrame, throwing: PyRaise | null): PyObject | null {
  enterFrame(entry);
  const jit = entry.code.jit;
  if (jit === null || throwing !== null || entry.traceInfo !== null || !compiledCodeAllowed()) return evalEntered(entry, throwing);
  // A compiled frame (a generator resumed, a call from native code) starts in its compiled code
  // directly; the loop takes over only where that code leaves off.
  let pc: number;
  try {
    pc = jit(entry, entry.pc);
  } catch (e) {
    return evalFrom(entry, entry, toPyRaise(e));
  }
  if (pc === JIT_RETURN || pc === JIT_YIELD) {
    const value = jitCall.value as PyObject;
    jitCall.value = null;
    leaveFrame(entry, value);
    return value;
  }
  if (pc === JIT_CALL) {
    const current = jitCall.callee as PyFrame;
    jitCall.callee = null;
    return evalFrom(entry, current, null);
  }
  if (pc === JIT_RAISE) return evalFrom(entry, entry, takeJitRaised());
  entry.pc = pc;
  return evalFrom(entry, entry, null);
}

/** {@link evalFrame} of an entered frame: its `call` trace event, then its instructions. */
function evalEntered(entry: PyFrame, throwing: PyRaise | null): PyObject | null {
  if (entry.traceInfo !== null || traceState.traceFunc !== null || traceState.profileFunc !== null) {
    try {
      traceCall(entry);
    } catch (e) {
      // The frame does not run: it is left without a `return` event.
      if (throwing !== null) clearRaise(throwing);
      leaveFrameUntraced(entry);
      throw e;
    }
  }
  return evalFrom(entry, entry, throwing);
}

/**
 * The evaluation of `entry` (entered, its `call` event done), going on at `current` (`entry`, or a
 * frame it called that is switched to in this loop) with `throwing` in flight if not null. Returns
 * as {@link evalFrame} does.
 */
function evalFrom(entry: PyFrame, current: PyFrame, throwing: PyRaise | null): PyObject | null {
  let f = current;
  let raised = throwing;
  for (;;) {
    if (raised === null) {
      try {
        // `run` returns only when the entry frame returns or yields, or with an exception of the
        // current frame that it had in hand.
        const result = run(entry, f);
        if (result !== null) return result;
        raised = takeFrameRaise();
      } catch (e) {
        raised = toPyRaise(e);
      }
    }
    // A `return` trace event of the entry frame raised: the frame is left already.
    if (!entry.executing) return endRunWith(raised);
    f = tstate.frame as PyFrame;
    // Unwind frames until a handler is found or the entry frame is left.
    for (;;) {
      if (!raised.skipTraceback) {
        tracebackHere(raised, f);
        if (traceState.traceFunc !== null) raised = traceException(f, raised);
      }
      raised.skipTraceback = false;
      if (unwindToHandler(f, raised)) break;
      // No handler here: the frame is done.
      finishFrame(f);
      if (f === entry) {
        leaveFrame(f, null);
        return endRunWith(raised);
      }
      const caller = f.back as PyFrame;
      try {
        leaveFrame(f, null);
      } catch (replaced) {
        // The `return` event's exception goes on instead.
        clearRaise(raised);
        raised = toPyRaise(replaced);
      }
      dropCall(caller, f, f.callerPop);
      f = caller;
    }
    raised = null;
  }
}

/**
 * The `call` event of `callee`, a frame entered for a call opcode of `f` in this loop. When the
 * trace or profile function raises, the callee is left without running (and without a `return`
 * event) and its call popped, as the unwinding would, before the exception goes on into `f`.
 */
function traceCallee(f: PyFrame, callee: PyFrame, pop: number): void {
  try {
    traceCall(callee);
  } catch (e) {
    leaveFrameUntraced(callee);
    if (e instanceof PyRaise) dropCall(f, callee, pop);
    throw e;
  }
}

/**
 * The exception in flight for a thrown JS value. Anything else (a host stack overflow, a spent
 * budget, a defect) ends the run: the interpreter state is not unwound for it.
 */
function toPyRaise(e: unknown): PyRaise {
  if (e instanceof PyRaise) return e;
  throw e;
}

/** Drops the value stack of a frame that will not run again. */
function finishFrame(f: PyFrame): void {
  const stack = f.stack;
  while (f.sp > 0) {
    const v = stack[--f.sp];
    stack[f.sp] = null;
    xdecref(v);
  }
  if (f.blocks.length !== 0) f.blocks.length = 0;
  f.finished = true;
}

/**
 * Leaves a frame that returned `retval` (a new reference) to its caller in this loop: pops the
 * call from the caller's stack and pushes the value there. Returns the caller. A caller that made
 * the call from compiled code resumes at an odd offset, the call's continuation there, which does
 * the popping and pushing itself (jit-runtime.ts {@link jitCall}).
 */
function returnToCaller(f: PyFrame, retval: PyObject): PyFrame {
  const caller = f.back as PyFrame;
  const pop = f.callerPop;
  try {
    leaveFrame(f, retval);
  } catch (e) {
    // The `return` event raised: the call fails in the caller instead.
    dropCall(caller, f, pop);
    throw e;
  }
  const held = takeHeld(f);
  releaseEvaluatedFrame(f);
  if ((caller.pc & 1) !== 0) {
    jitCall.value = retval;
    jitCall.held = held;
    jitCall.pop = pop;
    return caller;
  }
  popCallArgs(caller, pop);
  releaseHeld(held);
  caller.stack[caller.sp++] = retval;
  return caller;
}

/**
 * Executes instructions from `f.pc` in the current frame chain until the entry frame returns or
 * yields. Python calls switch `f` to the callee; returns switch back. An exception of the current
 * frame is thrown, or, when it is in hand (a `raise`, a call that failed, compiled code that left
 * the frame with one: {@link JIT_RAISE}), handed over as a null result (`endRunWith`), with
 * `f_lasti` and the stack depth as a throw leaves them: a JS throw costs V8 a walk of the stack.
 */
function run(start: PyFrame, current: PyFrame): PyObject | null {
  let f = current;
  // No closure captures these locals, so they stay in registers; a frame switch reloads them.
  frames: for (;;) {
    const code: PyCode = f.code;
    const bytes = code.co.code;
    const stack = f.stack;
    const fast = f.fast;
    const consts = code.consts;
    const names = code.names;
    let pc = f.pc;
    let sp = f.sp;
    let jit = code.jit;
    if (jit === null) jit = warmer(code);

    for (;;) {
      if (jit !== null && compiledCodeAllowed()) {
        // Compiled code runs up to the next instruction it leaves to this loop.
        f.sp = sp;
        pc = jit(f, pc);
        if (pc < 0) {
          // A frame compiled code left with an exception: unwound as a thrown one would be.
          if (pc === JIT_RAISE) return endRunWith(takeJitRaised());
          if (pc === JIT_CALL) {
            // It called a Python function: run the callee's frame.
            f = jitCall.callee as PyFrame;
            jitCall.callee = null;
            continue frames;
          }
          const value = jitCall.value as PyObject;
          jitCall.value = null;
          if (pc === JIT_RETURN && f !== start) {
            f = returnToCaller(f, value);
            continue frames;
          }
          // A yield, or the entry frame's return.
          assert(f === start, 'YIELD_VALUE outside the entry frame');
          leaveFrame(f, value);
          return value;
        }
        sp = f.sp;
      }
      // Keep the frame's `f_lasti` and stack depth current: anything below may raise, call or
      // collect. Its next-instruction offset is stored only where the loop leaves the frame to
      // come back later (a call, a yield); an exception resumes at a handler's offset.
      f.lasti = pc;
      let opcode = bytes[pc] as number;
      let oparg = bytes[pc + 1] as number;
      pc += 2;
      while (opcode === 144 /* EXTENDED_ARG */) {
        opcode = bytes[pc] as number;
        oparg = (oparg << 8) | (bytes[pc + 1] as number);
        pc += 2;
      }
      f.sp = sp;
      countInstructions();
      if (traceState.traceFunc !== null && traceState.tracing === 0 && traceInstruction(f, f.lasti)) {
        // The trace function assigned `f_lineno`: go on at the instruction it chose, untraced
        // (`JUMPTO(f->f_lasti)`), with the stack it left.
        pc = f.lasti;
        sp = f.sp;
        opcode = bytes[pc] as number;
        oparg = bytes[pc + 1] as number;
        pc += 2;
        while (opcode === 144 /* EXTENDED_ARG */) {
          opcode = bytes[pc] as number;
          oparg = (oparg << 8) | (bytes[pc + 1] as number);
          pc += 2;
        }
      }

      // Literal case labels (checked against Op by test/bytecode/eval-cases.test.ts) let V8 compile
      // the switch to a jump table; `case Op.X` compiles to a chain of comparisons.
      switch (opcode) {
        case 9: /* NOP */
          break;
        case 124: /* LOAD_FAST */ {
          const v = fast[oparg];
          if (v == null) throw ops.unboundLocal(code, oparg);
          v.refcnt++;
          stack[sp++] = v;
          break;
        }
        case 100: /* LOAD_CONST */ {
          const v = consts[oparg] as PyObject;
          v.refcnt++;
          stack[sp++] = v;
          break;
        }
        case 125: /* STORE_FAST */ {
          const v = stack[--sp] as PyObject;
          stack[sp] = null;
          const old = fast[oparg];
          fast[oparg] = v;
          f.sp = sp;
          xdecref(old);
          break;
        }
        case 126: /* DELETE_FAST */ {
          const old = fast[oparg];
          if (old == null) throw ops.unboundLocal(code, oparg);
          fast[oparg] = null;
          decref(old);
          break;
        }
        case 1: /* POP_TOP */ {
          const v = stack[--sp];
          stack[sp] = null;
          f.sp = sp;
          xdecref(v);
          break;
        }
        case 2: /* ROT_TWO */ {
          const top = stack[sp - 1] ?? null;
          stack[sp - 1] = stack[sp - 2] ?? null;
          stack[sp - 2] = top;
          break;
        }
        case 3: /* ROT_THREE */ {
          const top = stack[sp - 1] ?? null;
          stack[sp - 1] = stack[sp - 2] ?? null;
          stack[sp - 2] = stack[sp - 3] ?? null;
          stack[sp - 3] = top;
          break;
        }
        case 6: /* ROT_FOUR */ {
          const top = stack[sp - 1] ?? null;
          stack[sp - 1] = stack[sp - 2] ?? null;
          stack[sp - 2] = stack[sp - 3] ?? null;
          stack[sp - 3] = stack[sp - 4] ?? null;
          stack[sp - 4] = top;
          break;
        }
        case 4: /* DUP_TOP */ {
          const v = stack[sp - 1] as PyObject;
          v.refcnt++;
          stack[sp++] = v;
          break;
        }
        case 5: /* DUP_TOP_TWO */ {
          const a = stack[sp - 2] as PyObject;
          const b = stack[sp - 1] as PyObject;
          a.refcnt++;
          b.refcnt++;
          stack[sp++] = a;
          stack[sp++] = b;
          break;
        }
        case 10: /* UNARY_POSITIVE */
        case 11: /* UNARY_NEGATIVE */
        case 15: /* UNARY_INVERT */ {
          const v = stack[sp - 1] as PyObject;
          const res = unaryOp(v, opcode === Op.UNARY_POSITIVE ? '+' : opcode === Op.UNARY_NEGATIVE ? '-' : '~');
          stack[sp - 1] = res;
          decref(v);
          break;
        }
        case 12: /* UNARY_NOT */ {
          const v = stack[sp - 1] as PyObject;
          const res = isTrue(v) ? ops.newFalse() : ops.newTrue();
          stack[sp - 1] = res;
          decref(v);
          break;
        }
        case 19: /* BINARY_POWER */
        case 20: /* BINARY_MULTIPLY */
        case 16: /* BINARY_MATRIX_MULTIPLY */
        case 22: /* BINARY_MODULO */
        case 24: /* BINARY_SUBTRACT */
        case 26: /* BINARY_FLOOR_DIVIDE */
        case 27: /* BINARY_TRUE_DIVIDE */
        case 62: /* BINARY_LSHIFT */
        case 63: /* BINARY_RSHIFT */
        case 64: /* BINARY_AND */
        case 65: /* BINARY_XOR */
        case 66: /* BINARY_OR */ {
          const w = stack[sp - 1] as PyObject;
          const v = stack[sp - 2] as PyObject;
          const res = binaryOp(v, w, BINARY_OPCODE_SLOTS[opcode] as BinaryOpKey);
          decref(v);
          decref(w);
          stack[--sp] = null;
          stack[sp - 1] = res;
          break;
        }
        case 67: /* INPLACE_POWER */
        case 57: /* INPLACE_MULTIPLY */
        case 17: /* INPLACE_MATRIX_MULTIPLY */
        case 59: /* INPLACE_MODULO */
        case 56: /* INPLACE_SUBTRACT */
        case 28: /* INPLACE_FLOOR_DIVIDE */
        case 29: /* INPLACE_TRUE_DIVIDE */
        case 75: /* INPLACE_LSHIFT */
        case 76: /* INPLACE_RSHIFT */
        case 77: /* INPLACE_AND */
        case 78: /* INPLACE_XOR */
        case 79: /* INPLACE_OR */ {
          const w = stack[sp - 1] as PyObject;
          const v = stack[sp - 2] as PyObject;
          const res = inplaceOp(v, w, INPLACE_OPCODE_SLOTS[opcode] as BinaryOpKey);
          decref(v);
          decref(w);
          stack[--sp] = null;
          stack[sp - 1] = res;
          break;
        }
        case 23: /* BINARY_ADD */
        case 55: /* INPLACE_ADD */ {
          const w = stack[sp - 1] as PyObject;
          const v = stack[sp - 2] as PyObject;
          let res: PyObject;
          if (v.type === strType && w.type === strType) res = concatenateStrs(f, v as PyStr, w as PyStr, bytes[pc] as number, bytes[pc + 1] as number);
          else res = opcode === 23 ? binaryOp(v, w, 'add') : inplaceOp(v, w, 'add');
          decref(v);
          decref(w);
          stack[--sp] = null;
          stack[sp - 1] = res;
          break;
        }
        case 25: /* BINARY_SUBSCR */ {
          const sub = stack[sp - 1] as PyObject;
          const container = stack[sp - 2] as PyObject;
          const res = getItem(container, sub);
          decref(container);
          decref(sub);
          stack[--sp] = null;
          stack[sp - 1] = res;
          break;
        }
        case 60: /* STORE_SUBSCR */ {
          const sub = stack[sp - 1] as PyObject;
          const container = stack[sp - 2] as PyObject;
          const v = stack[sp - 3] as PyObject;
          sp -= 3;
          stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
          f.sp = sp;
          try {
            setItem(container, sub, v);
          } finally {
            decref(v);
            decref(container);
            decref(sub);
          }
          break;
        }
        case 61: /* DELETE_SUBSCR */ {
          const sub = stack[sp - 1] as PyObject;
          const container = stack[sp - 2] as PyObject;
          sp -= 2;
          stack[sp] = stack[sp + 1] = null;
          f.sp = sp;
          try {
            deleteItem(container, sub);
          } finally {
            decref(container);
            decref(sub);
          }
          break;
        }
        case 107: /* COMPARE_OP */ {
          const right = stack[sp - 1] as PyObject;
          const left = stack[sp - 2] as PyObject;
          const res = oparg < 6 ? richCompare(left, right, oparg) : compareOp(left, right, oparg);
          decref(left);
          decref(right);
          stack[--sp] = null;
          stack[sp - 1] = res;
          break;
        }
        case 114: /* POP_JUMP_IF_FALSE */
        case 115: /* POP_JUMP_IF_TRUE */ {
          const v = stack[--sp] as PyObject;
          stack[sp] = null;
          f.sp = sp;
          // Popped already: dropped whether or not `__bool__` succeeds.
          if (ops.truthDropping(v) === (opcode === Op.POP_JUMP_IF_TRUE)) {
            // A loop's back edge, as often as JUMP_ABSOLUTE (the peephole optimizer folds
            // `if c: ... ` at a loop's end into it): it warms the code as JUMP_ABSOLUTE does.
            if (oparg < pc && jit === null) jit = warmer(code);
            pc = oparg;
          }
          break;
        }
        case 111: /* JUMP_IF_FALSE_OR_POP */
        case 112: /* JUMP_IF_TRUE_OR_POP */ {
          const v = stack[sp - 1] as PyObject;
          const truth = ops.truthOf(v);
          if (truth === (opcode === Op.JUMP_IF_TRUE_OR_POP)) {
            if (oparg < pc && jit === null) jit = warmer(code);
            pc = oparg;
          } else {
            stack[--sp] = null;
            f.sp = sp;
            decref(v);
          }
          break;
        }
        case 110: /* JUMP_FORWARD */
          pc += oparg;
          break;
        case 113: /* JUMP_ABSOLUTE */
          if (oparg < pc && jit === null) jit = warmer(code);
          pc = oparg;
          break;
        case 68: /* GET_ITER */ {
          const v = stack[sp - 1] as PyObject;
          stack[sp - 1] = getIter(v);
          decref(v);
          break;
        }
        case 69: /* GET_YIELD_FROM_ITER */ {
          const v = stack[sp - 1] as PyObject;
          stack[sp - 1] = ops.yieldFromIter(v, code);
          decref(v);
          break;
        }
        case 93: /* FOR_ITER */ {
          const it = stack[sp - 1] as PyObject;
          const next = ops.iterNextSwallowingStop(it);
          if (next !== null) {
            stack[sp++] = next;
          } else {
            stack[--sp] = null;
            f.sp = sp;
            decref(it);
            pc += oparg;
          }
          break;
        }
        case 101: /* LOAD_NAME */ {
          stack[sp++] = ops.loadName(f, names[oparg] as PyObject);
          break;
        }
        case 90: /* STORE_NAME */ {
          const v = stack[--sp] as PyObject;
          stack[sp] = null;
          f.sp = sp;
          try {
            ops.storeName(f, names[oparg] as PyObject, v);
          } finally {
            decref(v);
          }
          break;
        }
        case 91: /* DELETE_NAME */
          ops.deleteName(f, names[oparg] as PyObject);
          break;
        case 116: /* LOAD_GLOBAL */ {
          stack[sp++] = ops.loadGlobal(f, names[oparg] as PyObject);
          break;
        }
        case 97: /* STORE_GLOBAL */ {
          const v = stack[--sp] as PyObject;
          stack[sp] = null;
          f.sp = sp;
          try {
            ops.storeGlobal(f, names[oparg] as PyObject, v);
          } finally {
            decref(v);
          }
          break;
        }
        case 98: /* DELETE_GLOBAL */
          ops.deleteGlobal(f, names[oparg] as PyObject);
          break;
        case 106: /* LOAD_ATTR */ {
          const owner = stack[sp - 1] as PyObject;
          const res = getAttr(owner, names[oparg] as PyObject as never);
          stack[sp - 1] = res;
          decref(owner);
          break;
        }
        case 95: /* STORE_ATTR */ {
          const owner = stack[sp - 1] as PyObject;
          const v = stack[sp - 2] as PyObject;
          sp -= 2;
          stack[sp] = stack[sp + 1] = null;
          f.sp = sp;
          try {
            setAttr(owner, names[oparg] as PyObject as never, v);
          } finally {
            decref(v);
            decref(owner);
          }
          break;
        }
        case 96: /* DELETE_ATTR */ {
          const owner = stack[--sp] as PyObject;
          stack[sp] = null;
          f.sp = sp;
          try {
            setAttr(owner, names[oparg] as PyObject as never, null);
          } finally {
            decref(owner);
          }
          break;
        }
        case 160: /* LOAD_METHOD */ {
          const obj = stack[sp - 1] as PyObject;
          const found = ops.getMethod(obj, names[oparg] as PyObject);
          if (found.unbound) {
            stack[sp - 1] = found.method;
            stack[sp++] = obj;
          } else {
            stack[sp - 1] = null;
            stack[sp++] = found.method;
            f.sp = sp;
            decref(obj);
          }
          break;
        }
        case 136: /* LOAD_DEREF */
        case 148: /* LOAD_CLASSDEREF */ {
          stack[sp++] = opcode === Op.LOAD_DEREF ? ops.loadDeref(f, oparg) : ops.loadClassDeref(f, oparg);
          break;
        }
        case 137: /* STORE_DEREF */ {
          const v = stack[--sp] as PyObject;
          stack[sp] = null;
          f.sp = sp;
          ops.storeDeref(f, oparg, v);
          break;
        }
        case 138: /* DELETE_DEREF */
          ops.deleteDeref(f, oparg);
          break;
        case 135: /* LOAD_CLOSURE */ {
          const cell = fast[code.co.nlocals + oparg] as PyObject;
          cell.refcnt++;
          stack[sp++] = cell;
          break;
        }
        case 102: /* BUILD_TUPLE */
        case 103: /* BUILD_LIST */
        case 104: /* BUILD_SET */ {
          const items = stack.slice(sp - oparg, sp) as PyObject[];
          for (let i = sp - oparg; i < sp; i++) stack[i] = null;
          sp -= oparg;
          f.sp = sp;
          stack[sp++] = opcode === Op.BUILD_TUPLE ? ops.buildTuple(items) : opcode === Op.BUILD_LIST ? ops.buildList(items) : ops.buildSet(items);
          break;
        }
        case 105: /* BUILD_MAP */
        case 156: /* BUILD_CONST_KEY_MAP */
        case 157: /* BUILD_STRING */
        case 133: /* BUILD_SLICE */
        case 152: /* BUILD_TUPLE_UNPACK */
        case 158: /* BUILD_TUPLE_UNPACK_WITH_CALL */
        case 149: /* BUILD_LIST_UNPACK */
        case 153: /* BUILD_SET_UNPACK */
        case 150: /* BUILD_MAP_UNPACK */
        case 151: /* BUILD_MAP_UNPACK_WITH_CALL */
        case 155: /* FORMAT_VALUE */ {
          const n = ops.buildOperandCount(opcode, oparg);
          const items = stack.slice(sp - n, sp) as PyObject[];
          // The function being called, for the messages of the *_WITH_CALL forms.
          const callee = opcode === Op.BUILD_MAP_UNPACK_WITH_CALL ? stack[sp - n - 2] : opcode === Op.BUILD_TUPLE_UNPACK_WITH_CALL ? stack[sp - n - 1] : null;
          let res: PyObject;
          try {
            res = ops.build(opcode, oparg, items, callee ?? null);
          } finally {
            for (let i = sp - n; i < sp; i++) stack[i] = null;
            sp -= n;
            f.sp = sp;
            for (let i = items.length - 1; i >= 0; i--) xdecref(items[i]);
          }
          stack[sp++] = res;
          break;
        }
        case 145: /* LIST_APPEND */
        case 146: /* SET_ADD */ {
          const v = stack[--sp] as PyObject;
          stack[sp] = null;
          f.sp = sp;
          try {
            ops.comprehensionAdd(opcode, stack[sp - oparg] as PyObject, v);
          } finally {
            decref(v);
          }
          break;
        }
        case 147: /* MAP_ADD */ {
          const value = stack[--sp] as PyObject;
          const key = stack[--sp] as PyObject;
          stack[sp] = stack[sp + 1] = null;
          f.sp = sp;
          try {
            setItem(stack[sp - oparg] as PyObject, key, value);
          } finally {
            decref(value);
            decref(key);
          }
          break;
        }
        case 92: /* UNPACK_SEQUENCE */
        case 94: /* UNPACK_EX */ {
          const seq = stack[--sp] as PyObject;
          stack[sp] = null;
          f.sp = sp;
          let items: PyObject[];
          try {
            items = opcode === Op.UNPACK_SEQUENCE ? ops.unpackSequence(seq, oparg) : ops.unpackEx(seq, oparg & 0xff, oparg >> 8);
          } finally {
            decref(seq);
          }
          for (let i = items.length - 1; i >= 0; i--) stack[sp++] = items[i] as PyObject;
          break;
        }
        case 122: /* SETUP_FINALLY */
          pushBlock(f, tryBlock(SETUP_FINALLY, pc + oparg, sp));
          break;
        case 87: /* POP_BLOCK */
          f.blocks.pop();
          break;
        case 53: /* BEGIN_FINALLY */
          stack[sp++] = null;
          break;
        case 162: /* CALL_FINALLY */
          stack[sp++] = newInt(pc);
          pc += oparg;
          break;
        case 88: /* END_FINALLY */ {
          const exc = stack[--sp] ?? null;
          stack[sp] = null;
          f.sp = sp;
          if (exc === null) break;
          if (exc instanceof PyInt && exc.type === (newIntType())) {
            pc = Number(exc.value);
            decref(exc);
            break;
          }
          return endRunWith(reraiseFromStack(f, exc));
        }
        case 163: /* POP_FINALLY */ {
          const res = oparg !== 0 ? (stack[--sp] ?? null) : null;
          const exc = stack[--sp] ?? null;
          stack[sp] = null;
          if (exc === null || (exc instanceof PyInt && exc.type === newIntType())) xdecref(exc);
          else sp = ops.popFinallyHandler(f, exc, sp);
          if (oparg !== 0) stack[sp++] = res;
          break;
        }
        case 89: /* POP_EXCEPT */ {
          const b = f.blocks.pop();
          if (b === undefined || blockType(b) !== EXCEPT_HANDLER) throw ops.notExceptHandler();
          ops.popExceptState(f, stack, sp);
          sp -= 3;
          stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
          break;
        }
        case 130: /* RAISE_VARARGS */ {
          let cause: PyObject | null = null;
          let exc: PyObject | null = null;
          if (oparg >= 2) {
            cause = stack[--sp] as PyObject;
            stack[sp] = null;
          }
          if (oparg >= 1) {
            exc = stack[--sp] as PyObject;
            stack[sp] = null;
          }
          f.sp = sp;
          return endRunWith(doRaise(exc, cause));
        }
        case 83: /* RETURN_VALUE */ {
          const retval = stack[--sp] as PyObject;
          stack[sp] = null;
          f.sp = sp;
          assert(f.blocks.length === 0, 'RETURN_VALUE with blocks left');
          f.finished = true;
          if (f === start) {
            leaveFrame(f, retval);
            return retval;
          }
          f = returnToCaller(f, retval);
          continue frames;
        }
        case 86: /* YIELD_VALUE */ {
          let retval = stack[--sp] as PyObject;
          stack[sp] = null;
          f.sp = sp;
          if ((code.co.flags & CO_ASYNC_GENERATOR) !== 0) retval = ops.wrapAsyncGenValue(retval);
          assert(f === start, 'YIELD_VALUE outside the entry frame');
          f.pc = pc;
          leaveFrame(f, retval);
          return retval;
        }
        case 72: /* YIELD_FROM */ {
          const next = yieldFrom(f, pc - 2);
          if (next >= 0) {
            sp = f.sp;
            break;
          }
          if (next === JIT_RAISE) return endRunWith(takeJitRaised());
          // Suspended: YIELD_FROM runs again on resumption.
          assert(f === start, 'YIELD_FROM outside the entry frame');
          const value = jitCall.value as PyObject;
          jitCall.value = null;
          leaveFrame(f, value);
          return value;
        }
        case 131: /* CALL_FUNCTION */
        case 141: /* CALL_FUNCTION_KW */
        case 161: /* CALL_METHOD */
        case 142: /* CALL_FUNCTION_EX */ {
          const call = prepareCall(f, stack, sp, opcode, oparg);
          if (call.raised !== null) return endRunWith(takeRaised(call));
          if (call.frame !== null) {
            f.pc = pc;
            // A Python function: run its frame in this loop.
            const callee = call.frame;
            enterCallee(callee, call.pop);
            // A trace or profile function is set: the callee's `call` event comes first.
            if (!compiledCodeAllowed()) traceCallee(f, callee, call.pop);
            f = callee;
            continue frames;
          }
          // Read before the pops, whose deallocations may run Python code (and calls).
          const result = call.result;
          popCallArgs(f, call.pop);
          sp = f.sp;
          stack[sp++] = result;
          break;
        }
        case 132: /* MAKE_FUNCTION */ {
          const qualname = stack[--sp] as PyObject;
          const codeObj = stack[--sp] as PyObject;
          stack[sp] = stack[sp + 1] = null;
          const extras: (PyObject | null)[] = [null, null, null, null];
          for (const bit of [8, 4, 2, 1]) {
            if ((oparg & bit) !== 0) {
              extras[Math.log2(bit)] = stack[--sp] ?? null;
              stack[sp] = null;
            }
          }
          f.sp = sp;
          stack[sp++] = ops.makeFunction(f, codeObj, qualname, extras);
          break;
        }
        case 71: /* LOAD_BUILD_CLASS */
          stack[sp++] = ops.loadBuildClass(f);
          break;
        case 85: /* SETUP_ANNOTATIONS */
          ops.setupAnnotations(f);
          break;
        case 108: /* IMPORT_NAME */ {
          const fromlist = stack[--sp] as PyObject;
          const level = stack[sp - 1] as PyObject;
          stack[sp] = null;
          f.sp = sp;
          let res: PyObject;
          try {
            res = ops.importName(f, names[oparg] as PyObject, fromlist, level);
          } finally {
            decref(fromlist);
          }
          stack[sp - 1] = res;
          decref(level);
          break;
        }
        case 109: /* IMPORT_FROM */ {
          const v = ops.importFrom(stack[sp - 1] as PyObject, names[oparg] as PyObject);
          stack[sp++] = v;
          break;
        }
        case 84: /* IMPORT_STAR */ {
          const module = stack[--sp] as PyObject;
          stack[sp] = null;
          f.sp = sp;
          try {
            ops.importStar(f, module);
          } finally {
            decref(module);
          }
          break;
        }
        case 143: /* SETUP_WITH */
        case 52: /* BEFORE_ASYNC_WITH */ {
          const res = ops.setupWith(f, stack, sp, opcode === Op.BEFORE_ASYNC_WITH);
          if (opcode === Op.SETUP_WITH) pushBlock(f, tryBlock(SETUP_FINALLY, pc + oparg, sp));
          stack[sp++] = res;
          break;
        }
        case 154: /* SETUP_ASYNC_WITH */ {
          const res = stack[--sp] as PyObject;
          pushBlock(f, tryBlock(SETUP_FINALLY, pc + oparg, sp));
          stack[sp++] = res;
          break;
        }
        case 81: /* WITH_CLEANUP_START */
          sp = ops.withCleanupStart(f, stack, sp);
          break;
        case 82: /* WITH_CLEANUP_FINISH */
          sp = ops.withCleanupFinish(f, stack, sp);
          break;
        case 73: /* GET_AWAITABLE */ {
          // The previous instruction tells which `async with` step a bad object came from.
          const prev = f.lasti >= 2 ? (bytes[f.lasti - 2] as number) : -1;
          getAwaitable(f, stack, sp, prev);
          break;
        }
        case 50: /* GET_AITER */
          getAiter(stack, sp);
          break;
        case 51: /* GET_ANEXT */ {
          const aiter = stack[sp - 1] as PyObject;
          stack[sp++] = getAnext(aiter, aiter.type === asyncGenType());
          break;
        }
        case 54: /* END_ASYNC_FOR */
          sp = endAsyncFor(f, stack, sp);
          pc += oparg;
          break;
        case 70: /* PRINT_EXPR */ {
          const v = stack[--sp] as PyObject;
          stack[sp] = null;
          f.sp = sp;
          try {
            ops.printExpr(v);
          } finally {
            decref(v);
          }
          break;
        }
        default:
          throw typeError(`unknown opcode ${opcode}`);
      }
    }
  }
}

/** The `async_generator` type, once async generators are loaded (GET_ANEXT's fast path). */
function asyncGenType(): PyObject | null {
  return ops.asyncGeneratorType.current;
}

/** The `int` type, for END_FINALLY's exact-int check (kept out of the hot import list). */
function newIntType(): PyObject {
  return ops.intTypeObject;
}

setFrameRunner(evalFrame, evalFrom);
