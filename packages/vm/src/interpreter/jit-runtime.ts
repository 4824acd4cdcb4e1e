/**
 * What compiled code objects (jit-codegen.ts) call: the interpreter's own opcode helpers, gathered
 * in one object handed to every generated function. Nothing here behaves differently from the
 * interpreter loop; compiled code only saves the dispatch and gives every Python instruction
 * its own JS property-access sites.
 * @module
 */
import { False, True, intType } from '../objects/int.ts';
import { floatType } from '../objects/float.ts';
import { tstate } from '../runtime/thread-state.ts';
import { pushBlock, type PyFrame } from '../objects/frame.ts';
import { prepareCall, type PreparedCall } from './call-frame.ts';
import { enterFrame, popCallArgs } from './frame-switch.ts';
import { dictIndex } from '../objects/dict.ts';
import { isTrue, richCompare } from '../runtime/abstract-compare.ts';
import { getIter } from '../runtime/abstract-iter.ts';
import { deleteItem, getItem, setItem } from '../runtime/abstract-item.ts';
import { binaryOp, inplaceOp } from '../runtime/abstract-number.ts';
import { getAttr, instanceAttrIndex, setAttr } from '../runtime/attributes.ts';
import { decref, destroyObject, type PyObject } from '../runtime/object.ts';
import { countInstructions } from './budget.ts';
import { compareOp } from './compare-op.ts';
import * as ops from './ops.ts';

/** `if (!truth(v))` of POP_JUMP_IF_*, for an object that is not a bool: drops `v` either way. */
function truthDropping(v: PyObject): boolean {
  let truth: boolean;
  try {
    truth = ops.truthOf(v);
  } catch (e) {
    decref(v);
    throw e;
  }
  decref(v);
  return truth;
}

/** The frame compiled code entered for a call, for the interpreter loop to switch to. */
export const jitCall: { callee: PyFrame | null } = { callee: null };

/** Enters the frame of a call to a Python function (as the interpreter's CALL_*); returns -1. */
function enterCallee(call: PreparedCall): number {
  const callee = call.frame as PyFrame;
  callee.callerPop = call.pop;
  try {
    enterFrame(callee);
  } catch (e) {
    decref(callee);
    throw e;
  }
  jitCall.callee = callee;
  return -1;
}

/** The helpers, by the names the generated source uses. */
export const jitRuntime = {
  tick: countInstructions,
  destroy: destroyObject,
  True,
  False,
  isTrue,
  newTrue: ops.newTrue,
  newFalse: ops.newFalse,
  truthOf: ops.truthOf,
  truthDropping,
  binaryOp,
  inplaceOp,
  richCompare,
  compareOp,
  getItem,
  setItem,
  deleteItem,
  getIter,
  iterNext: ops.iterNextSwallowingStop,
  prepareCall,
  enterCallee,
  popCallArgs,
  getAttr,
  setAttr,
  instanceAttrIndex,
  getMethod: ops.getMethod,
  cacheableMethod: ops.cacheableMethod,
  dictIndex,
  globalIndex: ops.globalIndex,
  loadName: ops.loadName,
  storeName: ops.storeName,
  intType,
  floatType,
  tstate,
  loadDeref: ops.loadDeref,
  storeDeref: ops.storeDeref,
  unboundLocal: ops.unboundLocal,
  buildTuple: ops.buildTuple,
  buildList: ops.buildList,
  unpackSequence: ops.unpackSequence,
  pushBlock,
};

/** The type of {@link jitRuntime}. */
export type JitRuntime = typeof jitRuntime;
