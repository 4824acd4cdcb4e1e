/**
 * The exception instance (`PyBaseExceptionObject` and the subclasses with extra fields:
 * StopIteration and SystemExit keep `value`/`code`, ImportError `msg`, `name` and `path`;
 * OSError, SyntaxError and the Unicode errors keep their members in `extra`). Mirrors CPython 3.8
 * Include/cpython/pyerrors.h.
 * @module
 */
import { PyObject, decref, freeObject, xdecref, type PyType } from '../runtime/object.ts';
import { youngestGeneration } from '../runtime/gc-registry.ts';
import { isStaticHandle } from '../heap/handles.ts';
import type { IntValue } from './int.ts';

/** The `extra` of an exception with none: shared, never written (see {@link setExtra}). */
const NO_EXTRA: ReadonlyMap<string, PyObject> = new Map();

/** An exception instance. Every field owns its reference. */
export class PyBaseException extends PyObject {
  /** `args`: a tuple. */
  args: PyObject | null = null;
  /** `__traceback__` (None is kept as null). */
  traceback: PyObject | null = null;
  /**
   * The locals of native stand-ins for Python-level library frames the exception left (owned):
   * in CPython those frames hang off its traceback and keep their locals alive as long as it.
   * DEVIATION(cpython): they go with the exception, not with its `__traceback__`, so replacing
   * `__traceback__` does not release them.
   */
  libraryFrameLocals: PyObject[] | null = null;
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
  /**
   * The object members of OSError (`errno`, `strerror`, `filename`, `filename2`), SyntaxError
   * (`filename`, `lineno`, `offset`, `text`, `print_file_and_line`; `msg` is above) and the
   * Unicode errors (`encoding`, `object`, `reason`), by attribute name; absent means NULL.
   */
  extra: ReadonlyMap<string, PyObject> = NO_EXTRA;
  /** UnicodeError `start` and `end` (Py_ssize_t). */
  start = 0;
  end = 0;
  /** BlockingIOError `characters_written` (a Py_ssize_t, exact; -1: unset). */
  written: IntValue = -1;

  /** A new exception of `type` (a GC type), tracked; its fields are set by the caller. */
  constructor(type: PyType, address: number) {
    super(type, address, true);
    // The header, in PyObject's order (written here, where the stores see one class).
    this.dict = null;
    this.finalized = false;
    this.type = type;
    this.refcnt = 1;
    this.addressHandle = address;
    // `PyObject_GC_Track` written out too: a shared helper's stores would see every class.
    const list = isStaticHandle(address) ? null : youngestGeneration;
    this.gcList = list;
    this.gcIndex = list === null ? 0 : list.items.length;
    if (list !== null) list.append(this);
  }
}

/** Replaces an `extra` member: takes `value` (new reference, or null to clear), drops the old one. */
export function setExtra(e: PyBaseException, name: string, value: PyObject | null): void {
  const old = e.extra.get(name);
  if (value !== null || old !== undefined) {
    if (e.extra === NO_EXTRA) e.extra = new Map();
    const extra = e.extra as Map<string, PyObject>;
    if (value === null) extra.delete(name);
    else extra.set(name, value);
  }
  if (old !== undefined) decref(old);
}

/** `BaseException_clear`: drops every reference the exception holds. */
export function clearException(e: PyBaseException): void {
  // `BaseException_clear` drops the instance dict first. The fields are emptied before any
  // reference goes (a dealloc it sets off may look at the exception).
  const { dict, args, traceback, libraryFrameLocals, context, cause, value, msg, name, path, extra } = e;
  e.libraryFrameLocals = null;
  e.dict = null;
  e.args = e.traceback = e.context = e.cause = e.value = e.msg = e.name = e.path = null;
  e.extra = NO_EXTRA;
  xdecref(dict);
  xdecref(args);
  xdecref(traceback);
  if (libraryFrameLocals !== null) for (const o of libraryFrameLocals) xdecref(o);
  xdecref(context);
  xdecref(cause);
  xdecref(value);
  xdecref(msg);
  xdecref(name);
  xdecref(path);
  for (const o of extra.values()) xdecref(o);
}

/** `BaseException_dealloc`. */
export function deallocException(self: PyObject): void {
  clearException(self as PyBaseException);
  freeObject(self);
}

/** `BaseException_traverse`. */
export function traverseException(self: PyObject, visit: (o: PyObject) => void): void {
  const e = self as PyBaseException;
  for (const o of [e.dict, e.args, e.traceback, ...(e.libraryFrameLocals ?? []), e.context, e.cause, e.value, e.msg, e.name, e.path, ...e.extra.values()]) if (o !== null) visit(o);
}

/** Replaces a field's reference: takes `value` (new reference or null), drops the old one. */
export function setField(e: PyBaseException, field: 'traceback' | 'context' | 'cause' | 'value' | 'args', value: PyObject | null): void {
  const old = e[field];
  e[field] = value;
  if (old !== null) decref(old);
}
