/**
 * Calling any object: `PyObject_Vectorcall` through `tp_call`, with CPython's "not callable"
 * message. Python functions are bound and run by the interpreter (interpreter/call-frame.ts),
 * which installs itself here at boot. Mirrors CPython 3.8 Objects/call.c.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { raiseMessage, typeError } from './errors.ts';
import { decref, type PyObject } from './object.ts';
import { getAttrString } from './attributes.ts';
import { enterRecursiveCall, leaveRecursiveCall } from './thread-state.ts';
import { tpName } from './type-name.ts';

/** `callable(*args, **dict(zip(kwnames, tail)))`: a new reference. */
export function callObject(callable: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null = null): PyObject {
  const call = callable.type.call;
  if (call === undefined) throw typeError(`'${tpName(callable.type)}' object is not callable`);
  if (callable.type.vectorcall) return call(callable, args, kwnames);
  // `_PyObject_MakeTpCall`: a call through `tp_call` counts as a recursion level.
  const overflow = enterRecursiveCall(' while calling a Python object');
  if (overflow !== null) throw raiseMessage(E.RecursionError, overflow);
  try {
    return call(callable, args, kwnames);
  } finally {
    leaveRecursiveCall();
  }
}

/** `_PyObject_CallNoArg`. */
export function callNoArgs(callable: PyObject): PyObject {
  return callObject(callable, [], null);
}

/** Calls `callable` with one argument. */
export function callOneArg(callable: PyObject, arg: PyObject): PyObject {
  return callObject(callable, [arg], null);
}

/**
 * `_PyObject_CallMethodIdObjArgs`: `obj.name(*args)` through getattr (a new reference); `kwnames`
 * names the last arguments as keywords, as for {@link callObject}.
 */
export function callMethod(obj: PyObject, name: string, args: readonly PyObject[] = [], kwnames: readonly string[] | null = null): PyObject {
  const method = getAttrString(obj, name);
  try {
    return callObject(method, args, kwnames);
  } finally {
    decref(method);
  }
}

/**
 * `callmethod`: calls `method`, an attribute a C caller looked up by name, refusing one that is
 * not callable with "attribute of type 'X' is not callable" before the call (a new reference;
 * `method` borrowed).
 *
 * @see CPython 3.8 Objects/call.c `callmethod`
 */
export function callAttribute(method: PyObject, args: readonly PyObject[] = []): PyObject {
  if (method.type.call === undefined) throw typeError(`attribute of type '${tpName(method.type)}' is not callable`);
  return callObject(method, args, null);
}

/**
 * `PyObject_CallMethod` / `_PyObject_CallMethodId` (the C callers that pass a format string):
 * `obj.name(*args)` as {@link callMethod} makes it, but through {@link callAttribute}, so an
 * attribute that is not callable is refused with their own message.
 *
 * @see CPython 3.8 Objects/call.c `PyObject_CallMethod`
 */
export function callMethodFormat(obj: PyObject, name: string, args: readonly PyObject[] = []): PyObject {
  const method = getAttrString(obj, name);
  try {
    return callAttribute(method, args);
  } finally {
    decref(method);
  }
}
