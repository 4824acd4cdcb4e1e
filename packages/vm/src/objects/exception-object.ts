/**
 * The exception instance (`PyBaseExceptionObject` and the subclasses with extra fields:
 * StopIteration and SystemExit keep `value`/`code`, ImportError `msg`, `name` and `path`).
 * Mirrors CPython 3.8 Include/cpython/pyerrors.h.
 * @module
 */
import { PyObject, decref, freeObject, xdecref } from '../runtime/object.ts';

/** An exception instance. Every field owns its reference. */
export class PyBaseException extends PyObject {
  /** `args`: a tuple. */
  args: PyObject | null = null;
  /** `__traceback__` (None is kept as null). */
  traceback: PyObject | null = null;
  /** `__context__`. */
  context: PyObject | null = null;
  /** `__cause__`. */
  cause: PyObject | null = null;
  /** `__suppress_context__`. */
  suppressContext = false;
  /** StopIteration `value`, SystemExit `code`. */
  value: PyObject | null = null;
  /** ImportError `msg`, `name`, `path`. */
  msg: PyObject | null = null;
  name: PyObject | null = null;
  path: PyObject | null = null;
}

/** `BaseException_clear`: drops every reference the exception holds. */
export function clearException(e: PyBaseException): void {
  const held = [e.args, e.traceback, e.context, e.cause, e.value, e.msg, e.name, e.path];
  e.args = e.traceback = e.context = e.cause = e.value = e.msg = e.name = e.path = null;
  for (const o of held) xdecref(o);
}

/** `BaseException_dealloc`. */
export function deallocException(self: PyObject): void {
  clearException(self as PyBaseException);
  freeObject(self);
}

/** `BaseException_traverse`. */
export function traverseException(self: PyObject, visit: (o: PyObject) => void): void {
  const e = self as PyBaseException;
  for (const o of [e.args, e.traceback, e.context, e.cause, e.value, e.msg, e.name, e.path]) if (o !== null) visit(o);
}

/** Replaces a field's reference: takes `value` (new reference or null), drops the old one. */
export function setField(e: PyBaseException, field: 'traceback' | 'context' | 'cause' | 'value' | 'args', value: PyObject | null): void {
  const old = e[field];
  e[field] = value;
  if (old !== null) decref(old);
}
