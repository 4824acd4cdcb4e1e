/**
 * The `async_generator` object (what calling an `async def` with `yield` gives) and
 * `async_generator_wrapped_value` (what its YIELD_VALUE produces): the generator machinery plus
 * `ag_finalizer`, `ag_hooks_inited`, `ag_closed` and `ag_running_async`, the hooks captured on the
 * first iteration, the finalizer called instead of `close()` when an unfinished one is freed, and
 * unwrapping a step into StopIteration/StopAsyncIteration. Mirrors CPython 3.8
 * Objects/genobject.c (`PyAsyncGen_Type`, `PyAsyncGen_New`, `async_gen_init_hooks`,
 * `async_gen_traverse`, `_PyGen_Finalize`, `gen_dealloc`, `async_gen_unwrap_value`,
 * `_PyAsyncGenWrappedValue_Type`, `_PyAsyncGenValueWrapperNew`).
 * @module
 */
import { ASYNC_GEN_MAXFREELIST } from '../heap/free-list.ts';
import { KeptFreeList } from '../runtime/kept-free-list.ts';
import { staticType } from '../runtime/core-types.ts';
import { PyRaise, exceptionMatches, newExceptionStealing, raiseValue } from '../runtime/errors.ts';
import { newStopIteration, genFinalizeHooks, returnStep, type GenStep } from '../runtime/gen-core.ts';
import { callObject } from '../runtime/call.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, type PyType } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { writeUnraisable } from '../runtime/unraisable.ts';
import * as E from './exceptions.ts';
import type { PyFrame } from './frame.ts';
import { PyGenerator, genDeallocHooks, traverseGenerator, type GenKind } from './generator.ts';
import { None } from './singletons.ts';

/** The `async_generator` type. */
export const asyncGeneratorType: PyType = staticType({ name: 'async_generator', basicsize: 120, flags: TPFLAGS_HAVE_GC });

/** `async_generator_wrapped_value`: marks a value the body yielded (as opposed to an `await`'s). */
export const asyncGenWrappedValueType: PyType = staticType({ name: 'async_generator_wrapped_value', basicsize: 24, flags: TPFLAGS_HAVE_GC });

/** An async generator (`PyAsyncGenObject`). */
export class PyAsyncGenerator extends PyGenerator {
  /** `ag_finalizer`: the finalizer hook captured on the first iteration (owned), or null. */
  finalizer: PyObject | null = null;
  /** `ag_hooks_inited`: whether the first iteration captured the hooks already. */
  hooksInited = false;
  /** `ag_closed`: set by `aclose()` and when the generator ends with StopAsyncIteration/GeneratorExit. */
  closed = false;
  /** `ag_running_async`: an asend/athrow awaitable is driving the generator (`ag_running`). */
  runningAsync = false;
}
(PyAsyncGenerator.prototype as { kind: GenKind }).kind = 'async generator';

/** A value yielded by the body, wrapped so the awaitables can tell it from an `await`'s. */
export class PyAsyncGenWrappedValue extends PyObject {
  /** `agw_val` (owned). */
  value: PyObject;

  /** @param address - Its memory, by default new (a kept wrapped value's, from the free list). */
  constructor(value: PyObject, address = allocateAddress(asyncGenWrappedValueType)) {
    super(asyncGenWrappedValueType, address);
    this.value = value;
  }
}

/** What the hooks of an async generator did, for observers outside the VM. */
export interface AsyncGenHookEvent {
  /** `firstiter`: the firstiter hook is about to be called; `finalizer`: the finalizer hook is. */
  readonly kind: 'firstiter' | 'finalizer';
  /** The async generator passed to the hook (borrowed). */
  readonly agen: PyObject;
  /** The hook being called (borrowed). */
  readonly hook: PyObject;
}

/** Observers told when the VM calls an async-generator hook (the asyncgen-hooks package's events). */
export const asyncGenHookObservers: Set<(event: AsyncGenHookEvent) => void> = new Set();

function notify(event: AsyncGenHookEvent): void {
  for (const observer of asyncGenHookObservers) observer(event);
}

/** `PyAsyncGen_New`: an async generator owning `frame`. */
export function newAsyncGenerator(frame: PyFrame, name: PyObject, qualname: PyObject): PyAsyncGenerator {
  return new PyAsyncGenerator(asyncGeneratorType, frame, name, qualname);
}

/** `_PyAsyncGenValueWrapperNew` as YIELD_VALUE uses it: wraps `value`, taking over its reference. */
export function wrapValueStealing(value: PyObject): PyObject {
  const kept = wrappedValueFreeList.take(emptyWrappedValue);
  if (kept === undefined) return new PyAsyncGenWrappedValue(value);
  kept.value = value;
  return kept;
}

/**
 * `async_gen_init_hooks`: on the first `__anext__`/`asend`/`athrow`/`aclose`, captures the
 * finalizer hook and calls the firstiter hook with the generator.
 */
export function initHooks(gen: PyAsyncGenerator): void {
  if (gen.hooksInited) return;
  gen.hooksInited = true;
  const finalizer = tstate.asyncgenFinalizer;
  if (finalizer !== null) gen.finalizer = incref(finalizer);
  const firstiter = tstate.asyncgenFirstiter;
  if (firstiter === null) return;
  incref(firstiter);
  try {
    notify({ kind: 'firstiter', agen: gen, hook: firstiter });
    decref(callObject(firstiter, [gen]));
  } finally {
    decref(firstiter);
  }
}

/** A new StopAsyncIteration with no arguments, ready to throw (`PyErr_SetNone`). */
export function stopAsyncIteration(): PyRaise {
  return raiseValue(newExceptionStealing(E.StopAsyncIteration, []));
}

/**
 * `gen_send_ex`'s view of a step as the asend/athrow awaitables see it: the object the frame
 * yielded (wrapped or not), StopAsyncIteration thrown when the generator returned.
 */
export function stepResult(step: GenStep): PyObject {
  if (!step.done) return step.value;
  decref(step.value);
  throw stopAsyncIteration();
}

/** `gen_send_ex` for an async generator: an exhausted one raises StopAsyncIteration. */
export function isExhausted(gen: PyAsyncGenerator): boolean {
  const f = gen.frame;
  return f === null || f.finished;
}

/**
 * `async_gen_unwrap_value`: runs `resume` (a resumption of `gen`); a wrapped value becomes
 * StopIteration(value) and ends the awaitable's step, anything else yielded (an `await`'s value)
 * passes through. StopAsyncIteration and GeneratorExit mark the generator closed.
 */
export function unwrapValue(gen: PyAsyncGenerator, resume: () => PyObject): PyObject {
  let result: PyObject;
  try {
    result = resume();
  } catch (e) {
    if (e instanceof PyRaise && (exceptionMatches(e, E.StopAsyncIteration) || exceptionMatches(e, E.GeneratorExit))) {
      gen.closed = true;
    }
    gen.runningAsync = false;
    throw e;
  }
  if (result instanceof PyAsyncGenWrappedValue && result.type === asyncGenWrappedValueType) {
    const value = incref(result.value);
    decref(result);
    gen.runningAsync = false;
    try {
      throw newStopIteration(value === None ? null : value);
    } finally {
      decref(value);
    }
  }
  return result;
}

/**
 * {@link unwrapValue} for the `await` fast path: a wrapped value ends the step as `done` with
 * the value, without raising, when its StopIteration would stay unnormalized (nothing is
 * allocated for it, as in CPython); otherwise the StopIteration is raised.
 */
export function unwrapStep(gen: PyAsyncGenerator, result: PyObject): GenStep {
  if (result instanceof PyAsyncGenWrappedValue && result.type === asyncGenWrappedValueType) {
    const value = incref(result.value);
    decref(result);
    gen.runningAsync = false;
    try {
      return returnStep(value);
    } finally {
      decref(value);
    }
  }
  return { done: false, value: result };
}

/** The `unwrapValue` bookkeeping when a resumption raised `e`. */
export function unwrapFailed(gen: PyAsyncGenerator, e: unknown): void {
  if (e instanceof PyRaise && (exceptionMatches(e, E.StopAsyncIteration) || exceptionMatches(e, E.GeneratorExit))) {
    gen.closed = true;
  }
  gen.runningAsync = false;
}

/** `ag_value_freelist`: dead wrapped values, kept as objects (runtime/kept-free-list.ts). */
const wrappedValueFreeList = new KeptFreeList<PyAsyncGenWrappedValue>(asyncGenWrappedValueType, ASYNC_GEN_MAXFREELIST, 'async_generator_wrapped_value');

/** A new wrapped value at a kept address, for {@link KeptFreeList.take}. */
function emptyWrappedValue(address: number): PyAsyncGenWrappedValue {
  return new PyAsyncGenWrappedValue(None, address);
}

asyncGenWrappedValueType.dealloc = (self) => {
  const w = self as PyAsyncGenWrappedValue;
  decref(w.value);
  if (!wrappedValueFreeList.keep(w)) freeObject(w);
};
asyncGenWrappedValueType.traverse = (self, visit) => {
  visit((self as PyAsyncGenWrappedValue).value);
};

asyncGeneratorType.traverse = (self, visit) => {
  const finalizer = (self as PyAsyncGenerator).finalizer;
  if (finalizer !== null) visit(finalizer);
  traverseGenerator(self, visit);
};
asyncGeneratorType.weakrefable = true;

// gen_dealloc: the finalizer hook goes first, between untracking and freeing.
const previousBeforeClear = genDeallocHooks.beforeClear;
genDeallocHooks.beforeClear = (gen) => {
  if (gen instanceof PyAsyncGenerator) {
    const finalizer = gen.finalizer;
    gen.finalizer = null;
    if (finalizer !== null) decref(finalizer);
    return;
  }
  previousBeforeClear(gen);
};

// _PyGen_Finalize: an unfinished async generator with a finalizer hook is handed to the hook
// instead of being closed.
const previousBefore = genFinalizeHooks.before;
genFinalizeHooks.before = (gen) => {
  if (!(gen instanceof PyAsyncGenerator)) return previousBefore(gen);
  const finalizer = gen.finalizer;
  if (finalizer === null || gen.closed) return false;
  try {
    notify({ kind: 'finalizer', agen: gen, hook: finalizer });
    decref(callObject(finalizer, [gen]));
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    writeUnraisable(e, gen);
  }
  return true;
};
