/**
 * RAISE_VARARGS: `raise`, `raise exc` and `raise exc from cause`, with CPython 3.8's checks.
 * Mirrors CPython 3.8 Python/ceval.c `do_raise`.
 * @module
 */
import { PyBaseException } from '../objects/exception-object.ts';
import * as E from '../objects/exceptions.ts';
import { None } from '../objects/singletons.ts';
import { isExceptionClass } from '../runtime/gen-core.ts';
import { callObject } from '../runtime/call.ts';
import { PyRaise, raiseMessage, raiseValue, typeError } from '../runtime/errors.ts';
import { decref, incref, reprOfType, type PyObject } from './raise-support.ts';
import { topmostException } from '../runtime/thread-state.ts';

/** Instantiates an exception class with no arguments, checking what comes back. */
function instantiate(cls: PyObject): PyBaseException {
  const value = callObject(cls, []);
  if (!(value instanceof PyBaseException)) {
    const t = value.type;
    decref(value);
    throw typeError(`calling ${reprOfType(cls)} should have returned an instance of BaseException, not ${reprOfType(t)}`);
  }
  return value;
}

/** Builds the exception a RAISE_VARARGS raises (`exc` and `cause` are taken). */
export function doRaise(exc: PyObject | null, cause: PyObject | null): PyRaise {
  if (exc === null) {
    const info = topmostException();
    if (info.type === null || info.type === None || !(info.value instanceof PyBaseException)) {
      return raiseMessage(E.RuntimeError, 'No active exception to reraise');
    }
    const raised = new PyRaise(incref(info.value), info.traceback === null || info.traceback === None ? null : incref(info.traceback));
    raised.skipTraceback = true;
    return raised;
  }
  let value: PyBaseException;
  try {
    try {
      if (isExceptionClass(exc)) {
        value = instantiate(exc);
      } else if (exc instanceof PyBaseException) {
        value = incref(exc);
      } else {
        if (cause !== null) decref(cause);
        return typeError('exceptions must derive from BaseException');
      }
    } finally {
      decref(exc);
    }
  } catch (e) {
    // `raise_error:` drops the cause too.
    if (cause !== null) decref(cause);
    throw e;
  }
  if (cause !== null) {
    let fixed: PyObject | null;
    try {
      if (isExceptionClass(cause)) {
        // do_raise calls the class and keeps whatever it returns: unlike the raised value, a
        // cause that is not an exception is not checked (it is printed as print_exception's error).
        try {
          fixed = callObject(cause, []);
        } catch (e) {
          decref(value);
          throw e;
        }
      } else if (cause instanceof PyBaseException) {
        fixed = incref(cause);
      } else if (cause === None) {
        fixed = null;
      } else {
        decref(value);
        return typeError('exception causes must derive from BaseException');
      }
    } finally {
      decref(cause);
    }
    const old = value.cause;
    value.cause = fixed;
    value.suppressContext = true;
    if (old !== null) decref(old);
  }
  return raiseValue(value);
}
