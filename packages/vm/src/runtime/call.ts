/**
 * Calling any object: `PyObject_Vectorcall` through `tp_call`, with CPython's "not callable"
 * message. Python functions are bound and run by the interpreter (interpreter/call-frame.ts),
 * which installs itself here at boot. Mirrors CPython 3.8 Objects/call.c.
 * @module
 */
import { typeError } from './errors.ts';
import type { PyObject } from './object.ts';

/** `callable(*args, **dict(zip(kwnames, tail)))`: a new reference. */
export function callObject(callable: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null = null): PyObject {
  const call = callable.type.call;
  if (call === undefined) throw typeError(`'${callable.type.name}' object is not callable`);
  return call(callable, args, kwnames);
}

/** `_PyObject_CallNoArg`. */
export function callNoArgs(callable: PyObject): PyObject {
  return callObject(callable, [], null);
}

/** Calls `callable` with one argument. */
export function callOneArg(callable: PyObject, arg: PyObject): PyObject {
  return callObject(callable, [arg], null);
}
