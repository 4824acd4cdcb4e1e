/**
 * The runtime surface other packages build on: objects and reference counts, native types and
 * modules, calls and attributes, raising and reporting exceptions, driving generators and
 * coroutines, the virtual clock and the hook slots of the thread state. `@corosim/eventloop`
 * writes the `asyncio` module with it, `@corosim/asyncgen-hooks` the `sys` hook functions.
 * Conventions (new references returned, arguments borrowed): docs/runtime-conventions.md.
 * @module
 */

// Objects and reference counts.
export { PyObject, PyType, NumberSlots, IMMORTAL, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_HEAPTYPE, incref, decref, xdecref, freeObject, callFinalizerFromDealloc } from '../runtime/object.ts';
export type {
  BinaryOpName, PyStrLike, TypeSpec, UnarySlot, CallSlot, DescrGetSlot, DescrSetSlot, GetAttrSlot, SetAttrSlot, BinarySlot,
  IterNextSlot, RichCompareSlot, SendStepSlot,
} from '../runtime/object.ts';
export type { GcList } from '../runtime/gc-registry.ts';
export type { ExcStackItem } from '../runtime/thread-state.ts';
export type { BucketKey, DictStorage, KeyEquals } from '../runtime/dict-storage.ts';
export type { TryBlock } from '../objects/frame.ts';
export type { IntValue } from '../objects/int.ts';
export { allocateAddress } from '../runtime/memory.ts';
export { objectType, typeType, staticType } from '../runtime/core-types.ts';
export { PyStr, newStr, internStr, strType } from '../objects/str.ts';
export { PyInt, newInt, newBool, True, False, intType, boolType } from '../objects/int.ts';
export { PyFloat, newFloat, floatType } from '../objects/float.ts';
export { PyTuple, newTuple, newTupleStealing, emptyTuple, tupleType } from '../objects/tuple.ts';
export { PyList, newListStealing, listType } from '../objects/list.ts';
export { PySet, newSet, setAdd, setType } from '../objects/set.ts';
export { PyDeque, dequeType, append as dequeAppend, dequePopLeft } from '../modules/collections-deque.ts';
export { DequeItems } from '../modules/deque-items.ts';
export { HostPool } from '../runtime/host-pool.ts';
export { PyDict, newDict, dictGet, dictGetStr, dictSet, dictSetStr, dictDel, dictDelStr, dictItems, isDict, dictType } from '../objects/dict.ts';
export { None, NotImplemented, Ellipsis, newNone } from '../objects/singletons.ts';
export { PyModule } from '../objects/module.ts';
export { PyFunction } from '../objects/function.ts';
export { PyMethod } from '../objects/method.ts';
export { PyFrame } from '../objects/frame.ts';
export { PyCode } from '../objects/code.ts';
export { PyTraceback } from '../objects/traceback.ts';
export { PyWeakref, newWeakref, weakrefType } from '../objects/weakref.ts';
export { PyBaseException, setExtra } from '../objects/exception-object.ts';
export * as Exceptions from '../objects/exceptions.ts';

// Native types and modules.
export { addMethods, addClassMethods, addStaticMethods, addGetSets, addValue } from '../runtime/type-defs.ts';
export type { NativeDef, NativeKind, NativeImpl, PyBuiltinFunction } from '../objects/native-function.ts';
export { newBuiltinFunction } from '../objects/native-function.ts';
export { newCelllessNativePyFunction, newNativePyFunction, PyNativePyFunction, type NativeSignature } from '../objects/native-py-function.ts';
export { newClassFunction, type ClassFunctionDef, type PyClassFunction } from '../modules/abc-function.ts';
export { wrapsStealing } from '../modules/functools-wrap.ts';
export type { GetSetDef } from '../objects/getset.ts';
export { defineNativeModule } from '../modules/module-builder.ts';
export type { NativeModuleSpec, NativeSubmodule } from '../modules/module-builder.ts';
export { sysExtensions, sysAttribute } from '../modules/sys.ts';
export { genericAlloc, instanceDictGetSet, weakrefGetSet } from '../objects/object-type.ts';
export { layOutAsLibraryClass } from '../objects/type-layout.ts';
export { typeNew } from '../runtime/class-create.ts';

// Calls, attributes, protocols.
export { callObject, callNoArgs, callOneArg } from '../runtime/call.ts';
export { parseArgs } from '../runtime/clinic-args.ts';
export { getAttr, getAttrString, getAttrOrNull, lookupAttrString, setAttr, lookupType, lookupSpecial, genericGetAttr, missingDescribers } from '../runtime/attributes.ts';
export { callSpecial } from '../runtime/slot-dispatch.ts';
export { repr, str, reprText, strText } from '../runtime/abstract-object.ts';
export { isTrue, richCompare, richCompareBool, hashObject, identityHash } from '../runtime/abstract-compare.ts';
export { getIter, iterNext, sequenceToArray } from '../runtime/abstract-iter.ts';
export { getItem, setItem, contains, length } from '../runtime/abstract-item.ts';
export { binaryOp } from '../runtime/abstract-number.ts';

// Exceptions.
export {
  PyRaise, raiseMessage, raiseValue, raiseWithArg, newExceptionStealing, typeError, valueError, attributeError, runtimeError,
  exceptionMatches, clearRaise, isPyRaise, setTracebackOnCatch,
} from '../runtime/errors.ts';
export { formatException, formatTraceback, outerHiddenFrames, type ExceptionStyle } from '../runtime/print-exception.ts';
export { writeUnraisable } from '../runtime/unraisable.ts';
export { clearWeakrefs } from '../objects/weakref.ts';
export { writeStderr, writeStdout, sourceLine } from '../runtime/io.ts';
export { normalizeException, isExceptionClass } from '../runtime/gen-core.ts';
export { checkThrowArity, throwHere } from '../runtime/throw-args.ts';

// Generators and coroutines.
export { PyGenerator, generatorType } from '../objects/generator.ts';
export type { GenKind } from '../objects/generator.ts';
export { PyCoroutine, coroutineType, computeOrigin, getAwaitableIter, hiddenCallerFrames, isAwaitableGenerator, originCaptureObservers, unawaitedCoroutine, type HiddenFrame } from '../objects/coroutine.ts';
export { asyncGenHookObservers, type AsyncGenHookEvent } from '../objects/async-generator.ts';
export { genSendEx, genResume, genThrow, genThrowResume, genClose, genYieldFrom, newStopIteration, returnStep, finishStep, stopIterationValue } from '../runtime/gen-core.ts';
export type { GenStep } from '../runtime/gen-core.ts';

// The thread state (hook slots, current frame) and virtual time.
export { tstate } from '../runtime/thread-state.ts';
export { keepUntilExit } from '../runtime/exit-kept.ts';
export { weakrefsClearedObservers } from '../runtime/cycle-collector.ts';
export type { ThreadState } from '../runtime/thread-state.ts';
export { now as virtualNow, advance as advanceVirtualTime } from '../runtime/virtual-time.ts';
// The current `contextvars.Context` (thread state): copies of it, and running inside one.
export { PyContext, contextType, contextCopyCurrent, runInContext } from '../objects/context.ts';

// The event sink (one callback, off unless set).
export { setVmEventSink, type VmEvent, type VmEventSink } from '../runtime/events.ts';
export { markDottedTypeName, tpName } from '../runtime/type-name.ts';
export { hasCodeFlag } from '../modules/inspect.ts';
export { registerLibraryLine } from '../runtime/io.ts';
