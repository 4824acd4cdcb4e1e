/**
 * Raising Python exceptions from TypeScript. A raised exception travels as a thrown
 * {@link PyRaise} (STYLE.md §5) and is caught only by the dispatch loop, generator resumption and
 * the API boundary. Creating one sets its `__context__` from the exception being handled, as
 * CPython 3.8 Python/errors.c `_PyErr_SetObject` does.
 * @module
 */
import { PyBaseException } from '../objects/exception-object.ts';
import * as E from '../objects/exceptions.ts';
import { newStr } from '../objects/str.ts';
import { PyTuple, newTupleStealing } from '../objects/tuple.ts';
import { None } from '../objects/singletons.ts';
import { allocateAddress } from './memory.ts';
import { decref, incref, type PyObject, type PyType } from './object.ts';
import { topmostException } from './thread-state.ts';
import { vmEventsOn } from './events.ts';
import { emitRaise, emitRaiseOf } from './event-frames.ts';

/**
 * A Python exception in flight: the exception instance and the traceback collected so far
 * (`tstate->curexc_value` and `curexc_traceback`). Owns a reference to both. Like CPython, it
 * may be unnormalized (`PyErr_SetObject(type, arg)` with no exception being handled): then it
 * holds the class and the argument, and the instance is created on the first read of `value`
 * (`PyErr_NormalizeException`).
 */
export class PyRaise {
  #value: PyBaseException | null;
  #pendingType: PyType | null;
  #pendingArg: PyObject | null;
  traceback: PyObject | null;
  /** A re-raise (bare `raise`, END_FINALLY): the frame it resumes in adds no traceback entry. */
  skipTraceback = false;

  /** `value` null: unnormalized, `pendingType` with `pendingArg` (stolen; null for none). */
  constructor(value: PyBaseException | null, traceback: PyObject | null, pendingType: PyType | null = null, pendingArg: PyObject | null = null) {
    this.#value = value;
    this.#pendingType = pendingType;
    this.#pendingArg = pendingArg;
    this.traceback = traceback;
  }

  /** The exception instance, created now if the exception was unnormalized. */
  get value(): PyBaseException {
    const v = this.#value;
    if (v !== null) return v;
    const type = this.#pendingType ?? E.SystemError;
    const arg = this.#pendingArg;
    this.#pendingArg = null;
    this.#pendingType = null;
    const inst = newExceptionStealing(type, argsOfValue(arg));
    this.#value = inst;
    return inst;
  }

  /** The exception's class, without normalizing. */
  get excType(): PyType {
    const v = this.#value;
    return v !== null ? v.type : (this.#pendingType ?? E.SystemError);
  }

  /** Whether the instance exists yet. */
  get isNormalized(): boolean {
    return this.#value !== null;
  }

  /** The argument of an unnormalized exception (borrowed), or null. */
  get pendingArg(): PyObject | null {
    return this.#pendingArg;
  }

  /** `PyErr_Clear` for this exception: drops what it owns without normalizing. */
  release(): void {
    const v = this.#value;
    if (v !== null) {
      decref(v);
    } else {
      const arg = this.#pendingArg;
      this.#pendingArg = null;
      if (arg !== null) decref(arg);
    }
    if (this.traceback !== null) decref(this.traceback);
  }
}

/**
 * `_PyErr_CreateException`'s arguments for an exception value (stolen, null for none): none for
 * None, the items of a tuple, else the value itself.
 */
function argsOfValue(arg: PyObject | null): PyObject[] {
  if (arg === null) return [];
  if (arg === None || arg instanceof PyTuple) {
    const items = arg instanceof PyTuple ? arg.items.map((x) => incref(x)) : [];
    decref(arg);
    return items;
  }
  return [arg];
}

/**
 * `PyErr_SetObject(type, arg)` (arg borrowed, null for none) for an argument that is not an
 * exception instance: unnormalized unless an exception is being handled, when
 * `_PyErr_SetObject` must normalize at once to chain the context. A tuple is the argument list.
 */
export function raiseUnnormalized(type: PyType, arg: PyObject | null): PyRaise {
  if (exceptionBeingHandled()) {
    return raiseValue(newExceptionStealing(type, argsOfValue(arg === null ? null : incref(arg))));
  }
  if (vmEventsOn) emitRaiseOf(type.name, arg);
  return new PyRaise(null, null, type, arg === null ? null : incref(arg));
}

/**
 * Whether {@link raiseUnnormalized} would make a bare unnormalized exception and report nothing:
 * no exception is being handled (`PyErr_SetObject` would normalize one to chain it as the
 * context) and no event listener waits for raises. A caller that takes the exception's argument
 * back at once (`_PyGen_FetchStopIterationValue` after `_PyGen_SetStopIterationValue`) may then
 * skip making it.
 */
export function raiseStaysUnnormalized(): boolean {
  return !vmEventsOn && !exceptionBeingHandled();
}

/** Whether an exception is being handled (`PyErr_SetObject` normalizes a new one to chain it as the context). */
function exceptionBeingHandled(): boolean {
  const handled = topmostException().value;
  return handled !== null && handled !== None;
}

/** Whether a thrown JS value is a Python exception in flight. */
export function isPyRaise(e: unknown): e is PyRaise {
  return e instanceof PyRaise;
}

/**
 * A built-in exception instance with these args (stolen), as `BaseException.__new__` +
 * `__init__` make it.
 */
export function newExceptionStealing(type: PyType, args: PyObject[]): PyBaseException {
  const e = new PyBaseException(type, allocateAddress(type));
  if (type.isHeapType) incref(type);
  initExceptionFields(e, args);
  e.args = newTupleStealing(args);
  return e;
}

/** Sets the extra fields of StopIteration, SystemExit and ImportError from `args` (borrowed). */
export function initExceptionFields(e: PyBaseException, args: readonly PyObject[]): void {
  const type = e.type;
  let value: PyObject;
  if (type.isSubtype(E.StopIteration)) {
    value = incref(args[0] ?? None);
  } else if (type.isSubtype(E.SystemExit)) {
    if (args.length === 0) return;
    value = args.length === 1 ? incref(args[0] as PyObject) : newTupleStealing(args.map((a) => incref(a)));
  } else if (type.isSubtype(E.ImportError)) {
    // `ImportError_init`: the message is the one argument, else cleared (a re-init resets it).
    const old = e.msg;
    e.msg = args.length === 1 ? incref(args[0] as PyObject) : null;
    if (old !== null) decref(old);
    return;
  } else {
    initExtraFields(e, args);
    return;
  }
  const old = e.value;
  e.value = value;
  if (old !== null) decref(old);
}

/** Sets the members of OSError, SyntaxError and the Unicode errors; installed by objects/exception-fields.ts. */
let initExtraFields: (e: PyBaseException, args: readonly PyObject[]) => void = () => undefined;

/** Installs the initializer of the extra exception members. */
export function setInitExtraFields(fn: (e: PyBaseException, args: readonly PyObject[]) => void): void {
  initExtraFields = fn;
}

/**
 * Starts raising `value` (stolen): `_PyErr_SetObject`. Its `__context__` becomes the exception
 * being handled, breaking any cycle through the context chain; its traceback continues.
 */
export function raiseValue(value: PyBaseException): PyRaise {
  if (vmEventsOn) emitRaise(value);
  const handled = topmostException().value;
  if (handled !== null && handled !== None && handled !== value && handled instanceof PyBaseException) {
    let o: PyBaseException = handled;
    for (;;) {
      const context = o.context;
      if (context === null || !(context instanceof PyBaseException)) break;
      if (context === value) {
        o.context = null;
        decref(context);
        break;
      }
      o = context;
    }
    const old = value.context;
    value.context = incref(handled);
    if (old !== null) decref(old);
  }
  const tb = value.traceback;
  return new PyRaise(value, tb === null ? null : incref(tb));
}

/** `PyErr_SetString(type, message)`, returned for the caller to throw. */
export function raiseMessage(type: PyType, message: string): PyRaise {
  return raiseValue(newExceptionStealing(type, [newStr(message)]));
}

/**
 * `_PyErr_FormatFromCause`: a new `type(message)` raised from `cause`, which it consumes: the
 * cause's traceback goes onto the cause, which becomes both `__cause__` and `__context__` of the
 * new exception (context suppressed in the report, as `raise ... from cause` does). A null
 * message makes the exception without arguments (`raise TypeError from e`).
 */
export function raiseFromCause(type: PyType, message: string | null, cause: PyRaise): PyRaise {
  const val = cause.value;
  if (cause.traceback !== null) {
    const old = val.traceback;
    val.traceback = cause.traceback;
    if (old !== null) decref(old);
  }
  const next = message === null ? raiseValue(newExceptionStealing(type, [])) : raiseMessage(type, message);
  const e = next.value;
  const oldCause = e.cause;
  e.cause = incref(val);
  e.suppressContext = true;
  if (oldCause !== null) decref(oldCause);
  const oldContext = e.context;
  e.context = val;
  if (oldContext !== null) decref(oldContext);
  return next;
}

/**
 * `raise type(*args)` inside `except` for `caught`, which it consumes: the caught exception (with
 * its traceback) becomes the new one's `__context__`, as when Python code re-raises while
 * handling ("During handling of the above exception, another exception occurred").
 *
 * @param type - the exception class to raise.
 * @param args - its arguments (borrowed).
 * @param caught - the exception being handled.
 * @returns the carrier for the caller to throw.
 */
export function raiseWhileHandling(type: PyType, args: readonly PyObject[], caught: PyRaise): PyRaise {
  const val = caught.value;
  if (caught.traceback !== null) {
    const old = val.traceback;
    val.traceback = caught.traceback;
    if (old !== null) decref(old);
  }
  const next = raiseValue(newExceptionStealing(type, args.map((a) => incref(a))));
  const e = next.value;
  const oldContext = e.context;
  e.context = val;
  if (oldContext !== null) decref(oldContext);
  return next;
}

/** `PyErr_SetObject(type, arg)` with one argument (borrowed). */
export function raiseWithArg(type: PyType, arg: PyObject): PyRaise {
  return raiseValue(newExceptionStealing(type, [incref(arg)]));
}

/** TypeError(message). */
export function typeError(message: string): PyRaise {
  return raiseMessage(E.TypeError, message);
}

/** ValueError(message). */
export function valueError(message: string): PyRaise {
  return raiseMessage(E.ValueError, message);
}

/** AttributeError(message). */
export function attributeError(message: string): PyRaise {
  return raiseMessage(E.AttributeError, message);
}

/** RuntimeError(message). */
export function runtimeError(message: string): PyRaise {
  return raiseMessage(E.RuntimeError, message);
}

/** IndexError(message). */
export function indexError(message: string): PyRaise {
  return raiseMessage(E.IndexError, message);
}

/** OverflowError(message). */
export function overflowError(message: string): PyRaise {
  return raiseMessage(E.OverflowError, message);
}

/** `PyErr_NoMemory`: a MemoryError without arguments (`MemoryError()`), to throw. */
export function noMemoryError(): PyRaise {
  return raiseValue(newExceptionStealing(E.MemoryError, []));
}

/** ZeroDivisionError(message). */
export function zeroDivisionError(message: string): PyRaise {
  return raiseMessage(E.ZeroDivisionError, message);
}

/** KeyError(key): the key is the single argument. */
export function keyError(key: PyObject): PyRaise {
  return raiseWithArg(E.KeyError, key);
}

/** Whether the exception in flight is an instance of `type` (`PyErr_ExceptionMatches`). */
export function exceptionMatches(raised: PyRaise, type: PyType): boolean {
  return raised.excType.isSubtype(type);
}

/**
 * What entering an `except` clause does to the exception it catches: the traceback its carrier
 * collected on the way becomes its `__traceback__` (ceval's `PyException_SetTraceback` before
 * jumping to a handler). Native code standing in for Python-level library code (contextlib's
 * `__exit__`, `__aexit__`, the exit stacks' unwinding) calls it where that code has an `except`,
 * so the exception keeps the frames it passed through when it is re-raised or chained.
 *
 * @param raised - the exception being handled; it keeps its own reference to the traceback.
 * @see CPython 3.8 Python/ceval.c `exception_unwind`
 */
export function setTracebackOnCatch(raised: PyRaise): void {
  const tb = raised.traceback;
  const value = raised.value;
  const old = value.traceback;
  if (old === tb) return;
  value.traceback = tb === null ? null : incref(tb);
  if (old !== null) decref(old);
}

/** Drops a caught exception that will not propagate (`PyErr_Clear`). */
export function clearRaise(raised: PyRaise): void {
  raised.release();
}
