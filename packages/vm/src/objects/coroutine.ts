/**
 * `coroutine` (what calling an `async def` gives) and `coroutine_wrapper` (what its `__await__`
 * returns): the generator machinery with the coroutine's messages, `cr_*` attributes, the origin
 * recorded when tracking is on, and the "was never awaited" warning when one is freed unstarted.
 * Mirrors CPython 3.8 Objects/genobject.c (`PyCoro_Type`, `_PyCoroWrapper_Type`, `PyCoro_New`,
 * `compute_cr_origin`, `_PyCoro_GetAwaitableIter`).
 * @module
 */
import { varargsImpl } from './call-arguments.ts';
import { staticType } from '../runtime/core-types.ts';
import { tpName } from '../runtime/type-name.ts';
import { typeError } from '../runtime/errors.ts';
import { genClose, genFinalizeHooks, genYieldFrom, finalizeGenerator } from '../runtime/gen-core.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, type PyType } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { CO_ITERABLE_COROUTINE } from './code.ts';
import type { PyFrame } from './frame.ts';
import { genIterNext, genRepr, genSend, genThrowMethod, nameGetSets } from './generator-methods.ts';
import { PyGenerator, deallocGenerator, reviveGenerator, traverseGenerator, type GenKind } from './generator.ts';
import { HostPool } from '../runtime/host-pool.ts';
import { newBool, newInt } from './int.ts';
import { None } from './singletons.ts';
import { newTupleStealing } from './tuple.ts';
import { newStr } from './str.ts';
import { addReadonlyMembers } from './getset.ts';

/** The `coroutine` type. */
export const coroutineType: PyType = staticType({ name: 'coroutine', basicsize: 104, flags: TPFLAGS_HAVE_GC });
coroutineType.isCoroutine = true;

/** `coroutine_wrapper`. */
export const coroutineWrapperType: PyType = staticType({
  name: 'coroutine_wrapper', basicsize: 24, flags: TPFLAGS_HAVE_GC, doc: 'A wrapper object implementing __await__ for coroutines.',
});

/** A coroutine: a generator-like object with its creation origin. */
export class PyCoroutine extends PyGenerator {
  /**
   * `cr_origin`: a tuple of (filename, lineno, funcname), innermost first, or null. Null on the
   * prototype: an own field only of coroutines made while origin tracking is on.
   */
  declare origin: PyObject | null;
}
PyCoroutine.prototype.origin = null;
(PyCoroutine.prototype as { kind: GenKind }).kind = 'coroutine';

/** A frame CPython would have on the stack where corosim runs native code: (filename, line, name). */
export type HiddenFrame = readonly [string, number, string];

/**
 * Frames of CPython's Python-level library code (asyncio's `run`, `run_until_complete`, ...) that
 * native code stands in for, innermost first, keyed by the Python frame that called it: the frames
 * whose caller is that frame sit on top of them (they count in `cr_origin`).
 */
export const hiddenCallerFrames: Map<PyFrame, readonly HiddenFrame[]> = new Map();

/**
 * The stack as CPython would have it, innermost first: the Python frames with the hidden frames of
 * native library code between them. While native code runs for a frame's call (the event loop's
 * callbacks for the caller of `run_forever`), that frame is current and its hidden frames are the
 * innermost.
 */
export function* stackWithHiddenFrames(): Generator<PyFrame | HiddenFrame> {
  const top = tstate.frame as PyFrame | null;
  if (top !== null) yield* hiddenCallerFrames.get(top) ?? [];
  for (let f = top; f !== null; f = f.back) {
    yield f;
    const hidden = f.back === null ? undefined : hiddenCallerFrames.get(f.back);
    if (hidden !== undefined) yield* hidden;
  }
}

/**
 * `compute_cr_origin`: the innermost `depth` frames of the current stack, as `cr_origin` holds
 * them (a new tuple of `(filename, lineno, name)` tuples).
 */
export function computeOrigin(depth: number): PyObject {
  const items: PyObject[] = [];
  for (let f = tstate.frame as PyFrame | null; f !== null && items.length < depth; f = f.back) {
    items.push(newTupleStealing([incref(f.code.filename), newInt(f.lineno), incref(f.code.name)]));
    const hidden = f.back === null ? undefined : hiddenCallerFrames.get(f.back);
    for (const [file, line, name] of hidden ?? []) {
      if (items.length >= depth) break;
      items.push(newTupleStealing([newStr(file), newInt(line), newStr(name)]));
    }
  }
  return newTupleStealing(items);
}

/** Observers told the depth each time a new coroutine's origin is recorded (the asyncgen-hooks package's events). */
export const originCaptureObservers: Set<(depth: number) => void> = new Set();

/** `PyCoro_New`: a coroutine owning `frame`, its origin recorded when tracking is on. */
export function newCoroutine(frame: PyFrame, name: PyObject, qualname: PyObject): PyCoroutine {
  const kept = coroutinePool.take(coroutineType);
  const coro = kept !== undefined ? reviveGenerator(kept, frame, name, qualname) : new PyCoroutine(coroutineType, frame, name, qualname);
  const depth = tstate.coroutineOriginTrackingDepth;
  if (depth > 0) {
    for (const observer of originCaptureObservers) observer(depth);
    coro.origin = computeOrigin(depth);
  }
  return coro;
}

/** Whether `o` is a coroutine, or a generator made a coroutine by `types.coroutine`. */
export function isAwaitableGenerator(o: PyObject): o is PyGenerator {
  if (o instanceof PyCoroutine) return true;
  return o instanceof PyGenerator && o.kind === 'generator' && o.code !== null && (o.code.co.flags & CO_ITERABLE_COROUTINE) !== 0;
}

/** `_PyCoro_GetAwaitableIter`: the iterator `await o` drives (a new reference). */
export function getAwaitableIter(o: PyObject): PyObject {
  if (isAwaitableGenerator(o)) return incref(o);
  const getter = o.type.amAwait;
  if (getter === undefined) throw typeError(`object ${tpName(o.type)} can't be used in 'await' expression`);
  const res = getter(o);
  if (isAwaitableGenerator(res)) {
    decref(res);
    throw typeError('__await__() returned a coroutine');
  }
  if (res.type.iternext === undefined) {
    const name = res.type.name;
    decref(res);
    throw typeError(`__await__() returned non-iterator of type '${name}'`);
  }
  return res;
}

/** The wrapper `coro.__await__()` returns: iterating it drives the coroutine. */
export class PyCoroutineWrapper extends PyObject {
  readonly coroutine: PyCoroutine;

  constructor(coro: PyCoroutine) {
    super(coroutineWrapperType, allocateAddress(coroutineWrapperType));
    this.coroutine = incref(coro);
  }
}

/** Dead coroutines, reused as host objects (runtime/host-pool.ts). */
const coroutinePool = new HostPool<PyCoroutine>();

coroutineType.dealloc = (self) => {
  const freed = deallocGenerator(self, clearOrigin);
  if (freed && self.type === coroutineType) coroutinePool.keep(self as PyCoroutine);
};

/** `Py_CLEAR(coro->cr_origin)`, after the frame in `gen_dealloc`. */
function clearOrigin(self: PyObject): void {
  const coro = self as PyCoroutine;
  const origin = coro.origin;
  if (origin === null) return;
  coro.origin = null;
  decref(origin);
}
coroutineType.traverse = (self, visit) => {
  traverseGenerator(self, visit);
  const origin = (self as PyCoroutine).origin;
  if (origin !== null) visit(origin);
};
coroutineType.finalize = finalizeGenerator;
coroutineType.repr = (self) => genRepr(self as PyGenerator);
coroutineType.amAwait = (self) => new PyCoroutineWrapper(self as PyCoroutine);
coroutineType.weakrefable = true;

/** `coro_send_doc` (Objects/genobject.c), shared by `coroutine_wrapper.send`. */
const CORO_SEND_DOC = "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.";
/** `coro_throw_doc`. */
const CORO_THROW_DOC = 'throw(typ[,val[,tb]]) -> raise exception in coroutine,\nreturn next iterated value or raise StopIteration.';
/** `coro_close_doc`. */
const CORO_CLOSE_DOC = 'close() -> raise GeneratorExit inside coroutine.';

addMethods(coroutineType, [
  { name: 'send', kind: 'o', impl: (self, args) => genSend(self as PyGenerator, args[0] as PyObject), doc: CORO_SEND_DOC },
  { name: 'throw', kind: 'fast', impl: varargsImpl((self, args) => genThrowMethod(self as PyGenerator, args)), doc: CORO_THROW_DOC },
  { name: 'close', kind: 'noargs', impl: (self) => genClose(self as PyGenerator), doc: CORO_CLOSE_DOC },
]);
addGetSets(coroutineType, [
  ...nameGetSets('coroutine'),
  { name: 'cr_await', get: (self) => genYieldFrom(self as PyGenerator) ?? incref(None), doc: 'object being awaited on, or None' },
]);
addReadonlyMembers(coroutineType, [
  { name: 'cr_frame', read: (self) => incref((self as PyGenerator).frame ?? None) },
  { name: 'cr_running', read: (self) => newBool((self as PyGenerator).running) },
  { name: 'cr_code', read: (self) => incref((self as PyGenerator).code ?? None) },
  { name: 'cr_origin', read: (self) => incref((self as PyCoroutine).origin ?? None) },
]);

coroutineWrapperType.dealloc = (self) => {
  decref((self as PyCoroutineWrapper).coroutine);
  freeObject(self);
};
coroutineWrapperType.traverse = (self, visit) => {
  visit((self as PyCoroutineWrapper).coroutine);
};
coroutineWrapperType.iter = (self) => incref(self);
coroutineWrapperType.iternext = (self) => genIterNext((self as PyCoroutineWrapper).coroutine);
addMethods(coroutineWrapperType, [
  { name: 'send', kind: 'o', impl: (self, args) => genSend((self as PyCoroutineWrapper).coroutine, args[0] as PyObject), doc: CORO_SEND_DOC },
  { name: 'throw', kind: 'fast', impl: varargsImpl((self, args) => genThrowMethod((self as PyCoroutineWrapper).coroutine, args)), doc: CORO_THROW_DOC },
  { name: 'close', kind: 'noargs', impl: (self) => genClose((self as PyCoroutineWrapper).coroutine), doc: CORO_CLOSE_DOC },
]);

/** Warns "coroutine '...' was never awaited"; installed by the warnings module. */
export const unawaitedCoroutine: {
  warn: (coro: PyCoroutine) => void;
  /** The same warning for a coroutine implemented natively (no origin): `source` is the coroutine. */
  warnNamed: (qualname: string, source: PyObject) => void;
} = {
  warn: () => undefined,
  warnNamed: () => undefined,
};

const previousBefore = genFinalizeHooks.before;
genFinalizeHooks.before = (gen) => {
  if (gen instanceof PyCoroutine && gen.frame !== null && gen.frame.lasti === -1) {
    unawaitedCoroutine.warn(gen);
    return true;
  }
  return previousBefore(gen);
};

