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
 * `obj.name(*args)` through getattr (a new reference), as Python code would call it
 * (`PyObject_CallMethodObjArgs`); `kwnames` names the last arguments as keywords, as for
 * {@link callObject}. C code that calls `_PyObject_CallMethodId` uses {@link callMethodId}.
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
 * `_PyObject_CallMethodId` / `PyObject_CallMethod`: `obj.name(*args)` through getattr (a new
 * reference), refusing an attribute that is not callable with their own message.
 *
 * @remarks `callmethod` checks `PyCallable_Check` before the call, so `keys = None` on a mapping
 * reads "attribute of type 'NoneType' is not callable" where a call from Python code reads
 * "'NoneType' object is not callable".
 * @param obj - the object whose attribute is called.
 * @param name - the attribute.
 * @param args - positional arguments.
 * @returns what the call returned (a new reference).
 * @see CPython 3.8 Objects/call.c `callmethod`
 */
export function callMethodId(obj: PyObject, name: string, args: readonly PyObject[] = []): PyObject {
  const method = getAttrString(obj, name);
  try {
    return callAttribute(method, args);
  } finally {
    decref(method);
  }
}

/**
 * The call `callmethod` makes of an attribute already fetched: "attribute of type 'T' is not
 * callable" when it has no `tp_call`.
 *
 * @param method - the attribute (borrowed).
 * @param args - positional arguments.
 * @returns what the call returned (a new reference).
 * @see CPython 3.8 Objects/call.c `callmethod`
 */
export function callAttribute(method: PyObject, args: readonly PyObject[] = []): PyObject {
  if (method.type.call === undefined) throw typeError(`attribute of type '${tpName(method.type)}' is not callable`);
  return callObject(method, args, null);
}
