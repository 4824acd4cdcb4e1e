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

/** Which of the three generator-like kinds an object is (`PyGen`, `PyCoro`, `PyAsyncGen`). */
export type GenKind = 'generator' | 'coroutine' | 'async generator';

/** A generator, coroutine or async generator (`PyGenObject` and its extensions). */
export class PyGenerator extends PyObject {
  readonly kind: GenKind;
  /** `gi_frame`: owned; null once the generator has finished. */
  frame: PyFrame | null;
  /** `gi_code`: owned. */
  code: PyCode | null;
  /** `gi_running`. */
  running = false;
  /** `gi_name`, `gi_qualname`: owned strs. */
  name: PyObject;
  qualname: PyObject;
  /** `gi_exc_state`: the exception being handled inside the generator, kept across suspensions. */
  readonly excState: ExcStackItem = newExcStackItem();

  constructor(type: PyType, kind: GenKind, frame: PyFrame, name: PyObject, qualname: PyObject) {
    super(type, allocateAddress(type));
    this.kind = kind;
    this.frame = incref(frame);
    frame.gen = this;
    this.code = incref(frame.code);
    this.name = incref(name);
    this.qualname = incref(qualname);
  }
}

/** A new generator owning `frame` (`PyGen_NewWithQualName`); takes its own reference to the frame. */
export function newGenerator(frame: PyFrame, name: PyObject, qualname: PyObject): PyGenerator {
  const kept = generatorPool.take(generatorType);
  if (kept !== undefined) return reviveGenerator(kept, frame, name, qualname);
  return new PyGenerator(generatorType, 'generator', frame, name, qualname);
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
  gen.excState.previous = null;
  return gen;
}

/** `_PyErr_ClearExcState`. */
export function clearExcState(item: ExcStackItem): void {
  const { type, value, traceback } = item;
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
export function deallocGenerator(self: PyObject, clearAfterFrame?: () => void): boolean {
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
  clearAfterFrame?.();
  const code = gen.code;
  gen.code = null;
  xdecref(code);
  decref(gen.name);
  decref(gen.qualname);
  clearExcState(gen.excState);
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
