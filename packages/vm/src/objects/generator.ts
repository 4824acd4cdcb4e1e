/**
 * `generator`: a suspended frame that runs a step per `send`, with its own saved exception state
 * (`gi_exc_state`) swapped in while it runs. The shared machinery of generators, coroutines and
 * async generators (send/throw/close, finalization) is in runtime/gen-core.ts; this file holds the
 * object and the `generator` type. Mirrors CPython 3.8 Include/genobject.h and
 * Objects/genobject.c `gen_new_with_qualname`, `gen_dealloc`.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, callFinalizerFromDealloc, decref, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { HostPool } from '../runtime/host-pool.ts';
import { newExcStackItem, type ExcStackItem } from '../runtime/thread-state.ts';
import type { PyCode } from './code.ts';
import type { PyFrame } from './frame.ts';

/** The `generator` type. */
export const generatorType: PyType = staticType({ name: 'generator', basicsize: 96, flags: TPFLAGS_HAVE_GC });

/**
 * The exception state of every generator that is not running and handles no exception: shared,
 * and frozen, so that a write to it is a host defect caught at once.
 */
export const NO_EXC_STATE: ExcStackItem = Object.freeze(newExcStackItem());

/** Empty items given back by generators that suspended handling nothing, for the next resumption. */
const spareExcStates: ExcStackItem[] = [];
/** At most this many spare items: as many as generators nest while running, in practice. */
const MAX_SPARE_EXC_STATES = 64;

/** The exception state a resuming generator swaps in: its own, or an empty one it owns from now on. */
export function takeExcState(gen: PyGenerator): ExcStackItem {
  let item = gen.excState;
  if (item === NO_EXC_STATE) {
    item = spareExcStates.pop() ?? newExcStackItem();
    gen.excState = item;
  }
  return item;
}

/**
 * A generator leaving the thread's exception stack gives back its item when it handles no exception
 * (nothing Python sees: an empty item and the shared one read the same).
 */
export function giveBackExcState(gen: PyGenerator): void {
  const item = gen.excState;
  if (item === NO_EXC_STATE || item.type !== null || item.value !== null || item.traceback !== null) return;
  gen.excState = NO_EXC_STATE;
  if (spareExcStates.length < MAX_SPARE_EXC_STATES) spareExcStates.push(item);
}

/** Which of the three generator-like kinds an object is (`PyGen`, `PyCoro`, `PyAsyncGen`). */
export type GenKind = 'generator' | 'coroutine' | 'async generator';

/** A generator, coroutine or async generator (`PyGenObject` and its extensions). */
export class PyGenerator extends PyObject {
  /** Which kind it is: a constant of its class, kept on the prototype (no field per object). */
  declare readonly kind: GenKind;
  /** `gi_frame`: owned; null once the generator has finished. */
  frame: PyFrame | null;
  /** `gi_code`: owned. */
  code: PyCode | null;
  /** `gi_running`. */
  running = false;
  /** `gi_name`, `gi_qualname`: owned strs. */
  name: PyObject;
  qualname: PyObject;
  /**
   * `gi_exc_state`: the exception being handled inside the generator, kept across suspensions.
   * {@link NO_EXC_STATE} while it is suspended handling none (most are): an item of its own only
   * while it runs ({@link takeExcState}) or holds an exception.
   */
  excState: ExcStackItem = NO_EXC_STATE;

  constructor(type: PyType, frame: PyFrame, name: PyObject, qualname: PyObject) {
    super(type, allocateAddress(type));
    this.frame = incref(frame);
    frame.gen = this;
    this.code = incref(frame.code);
    this.name = incref(name);
    this.qualname = incref(qualname);
  }
}

(PyGenerator.prototype as { kind: GenKind }).kind = 'generator';

/** A new generator owning `frame` (`PyGen_NewWithQualName`); takes its own reference to the frame. */
export function newGenerator(frame: PyFrame, name: PyObject, qualname: PyObject): PyGenerator {
  const kept = generatorPool.take(generatorType);
  if (kept !== undefined) return reviveGenerator(kept, frame, name, qualname);
  return new PyGenerator(generatorType, frame, name, qualname);
}

/** Dead generators, reused as host objects (runtime/host-pool.ts). */
const generatorPool = new HostPool<PyGenerator>();

/** `gen_new_with_qualname`'s fields on an object taken from a {@link HostPool}. */
export function reviveGenerator<T extends PyGenerator>(gen: T, frame: PyFrame, name: PyObject, qualname: PyObject): T {
  gen.frame = incref(frame);
  frame.gen = gen;
  gen.code = incref(frame.code);
  gen.running = false;
  gen.name = incref(name);
  gen.qualname = incref(qualname);
  return gen;
}

/** `_PyErr_ClearExcState`. */
export function clearExcState(item: ExcStackItem): void {
  const { type, value, traceback } = item;
  // Nothing to clear (and {@link NO_EXC_STATE} is frozen).
  if (type === null && value === null && traceback === null) return;
  item.type = item.value = item.traceback = null;
  xdecref(type);
  xdecref(value);
  xdecref(traceback);
}

/** Hooks run before a generator-like object's fields are released (weakrefs, async-gen finalizer). */
export const genDeallocHooks: { clearWeakrefs: (o: PyObject) => void; beforeClear: (g: PyGenerator) => void } = {
  clearWeakrefs: () => undefined,
  beforeClear: () => undefined,
};

/**
 * `gen_dealloc`, shared by the three kinds. `clearAfterFrame` releases a kind's own fields
 * (a coroutine's `cr_origin`) where CPython does, right after the frame.
 */
export function deallocGenerator(self: PyObject, clearAfterFrame?: (self: PyObject) => void): boolean {
  const gen = self as PyGenerator;
  if (gen.weakrefs !== null) genDeallocHooks.clearWeakrefs(gen);
  if (callFinalizerFromDealloc(gen)) return false;
  genDeallocHooks.beforeClear(gen);
  const frame = gen.frame;
  if (frame !== null) {
    frame.gen = null;
    gen.frame = null;
    decref(frame);
  }
  clearAfterFrame?.(self);
  const code = gen.code;
  gen.code = null;
  xdecref(code);
  decref(gen.name);
  decref(gen.qualname);
  clearExcState(gen.excState);
  giveBackExcState(gen);
  freeObject(gen);
  return true;
}

/** `gen_traverse`. */
export function traverseGenerator(self: PyObject, visit: (o: PyObject) => void): void {
  const gen = self as PyGenerator;
  if (gen.frame !== null) visit(gen.frame);
  if (gen.code !== null) visit(gen.code);
  visit(gen.name);
  visit(gen.qualname);
  const { type, value, traceback } = gen.excState;
  if (type !== null) visit(type);
  if (value !== null) visit(value);
  if (traceback !== null) visit(traceback);
}

generatorType.dealloc = (self) => {
  if (deallocGenerator(self) && self.type === generatorType) generatorPool.keep(self as PyGenerator);
};
generatorType.traverse = traverseGenerator;
generatorType.weakrefable = true;
