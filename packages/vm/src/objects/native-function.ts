/**
 * Functions written in TypeScript: their definitions (`PyMethodDef`), the argument checks CPython
 * makes before calling them, `builtin_function_or_method` objects (module functions and methods
 * bound to an object), and `method_descriptor`s in type dicts. Mirrors CPython 3.8
 * Objects/methodobject.c, Objects/descrobject.c and Objects/call.c `_PyMethodDef_RawFastCallKeywords`.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { PyRaise, raiseMessage, typeError } from '../runtime/errors.ts';
import { RecursionError } from './exceptions.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, TPFLAGS_HAVE_GC, freeObject, incref, xdecref } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { enterRecursiveCall, leaveRecursiveCall, tstate } from '../runtime/thread-state.ts';
import { isVarargsImpl } from './call-arguments.ts';
import { asPythonFailure } from '../runtime/host-errors.ts';
import { noteDocOwner } from './builtin-docs.ts';

/**
 * How a native function takes its arguments (`METH_NOARGS`, `METH_O`, `METH_FASTCALL` without and
 * with `METH_KEYWORDS`). The first two are checked here, with CPython's messages.
 */
export type NativeKind = 'noargs' | 'o' | 'fast' | 'fastkw';

/**
 * The implementation: `args` ends with the keyword values named by `kwnames`. Returns a new
 * reference, or the exception it raises (a function may return it rather than throw: see
 * {@link callNativeRaw}).
 */
export type NativeImpl = (self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null) => PyObject | PyRaise;

/** `PyMethodDef`. */
export interface NativeDef {
  readonly name: string;
  readonly kind: NativeKind;
  readonly impl: NativeImpl;
  readonly doc?: string;
  /**
   * The C module defining the function when a Python module re-exports it (`_heapq` for
   * `heapq.heappush`): the function's `__module__`.
   */
  readonly cModule?: string;
  /**
   * A `METH_VARARGS | METH_KEYWORDS` function that reads its keyword dict only by looking names up
   * in it (`str.format`): a `**mapping` key that is not a str is never found there, so a call
   * passes it over instead of refusing it (the dict reaches the function as it is).
   */
  readonly keywordDict?: true;
}

/**
 * Checks the arguments against the def's kind and calls it (`_PyMethodDef_RawFastCallKeywords`).
 * `boundArgs` is null for a builtin; for a native def standing for a Python function it counts the
 * positional parameters already bound (1 for a method's `self`), and the checks it can word as
 * Python's (`ceval.c` `too_many_positional`, unexpected keywords) read as a Python function's.
 */
export function callNative(def: NativeDef, self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null, boundArgs: number | null = null): PyObject {
  const result = callNativeRaw(def, self, args, kwnames, boundArgs);
  if (result instanceof PyRaise) throw result;
  return result;
}

/**
 * {@link callNative}, except that an exception the function returned instead of throwing comes
 * back returned (any other is thrown). For a caller that hands it on at once (a CALL opcode): a
 * JS throw costs V8 a search of the stack for a handler at each `catch` and `finally` it crosses,
 * and a function that a throw leaves on most calls is never optimized, so a method that raises
 * as a matter of course (`send()` ending in StopIteration) returns its exception.
 */
export function callNativeRaw(def: NativeDef, self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null, boundArgs: number | null = null): PyObject | PyRaise {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (boundArgs !== null) checkPythonStyle(def, args.length - nkw, kwnames, boundArgs);
  switch (def.kind) {
    case 'noargs':
      if (nkw !== 0) throw typeError(`${def.name}() takes no keyword arguments`);
      if (args.length !== 0) throw typeError(`${def.name}() takes no arguments (${args.length} given)`);
      break;
    case 'o':
      if (nkw !== 0) throw typeError(`${def.name}() takes no keyword arguments`);
      if (args.length !== 1) throw typeError(`${def.name}() takes exactly one argument (${args.length} given)`);
      break;
    case 'fast':
      if (nkw !== 0) throw typeError(`${def.name}() takes no keyword arguments`);
      break;
    case 'fastkw':
      break;
  }
  const frame = tstate.frame;
  try {
    return def.impl(self, args, kwnames);
  } catch (e) {
    // A host stack overflow or failed allocation inside the function is the program's
    // RecursionError or MemoryError.
    throw asPythonFailure(e, frame, ' while calling a Python object');
  }
}

/**
 * The argument errors of a Python function taking no parameters (`noargs`) or one (`o`) besides
 * the `bound` ones, for a native def standing for one; the rest are left to `callNative`'s checks.
 */
function checkPythonStyle(def: NativeDef, npos: number, kwnames: readonly string[] | null, bound: number): void {
  if (def.kind !== 'noargs' && def.kind !== 'o') return;
  const [first] = kwnames ?? [];
  if (def.kind === 'noargs' && first !== undefined) throw typeError(`${def.name}() got an unexpected keyword argument '${first}'`);
  const max = def.kind === 'noargs' ? 0 : 1;
  if (npos > max) {
    const takes = max + bound;
    const given = npos + bound;
    throw typeError(`${def.name}() takes ${takes} positional argument${takes === 1 ? '' : 's'} but ${given} ${given === 1 ? 'was' : 'were'} given`);
  }
}

/** `builtin_function_or_method`. */
export const builtinFunctionType: PyType = staticType({ name: 'builtin_function_or_method', basicsize: 56, flags: TPFLAGS_HAVE_GC });

/** A native function, bound to `self` (a module for module functions, an object for methods). */
export class PyBuiltinFunction extends PyObject {
  readonly def: NativeDef;
  /** `__self__`: owned, or null. */
  self: PyObject | null;
  /** `__module__` text for module functions. */
  readonly moduleName: string | null;
  /**
   * A static method of a built-in type (`METH_STATIC`): `self` holds the type, which names it
   * (`__qualname__`, repr), but `__self__` is None and calls pass no self.
   */
  readonly isStatic: boolean;
  /**
   * A `METH_VARARGS` function: no vectorcall, so a call counts a second recursion level
   * (`cfunction_call_varargs` after `_PyObject_MakeTpCall`).
   */
  readonly varargs: boolean;

  constructor(def: NativeDef, self: PyObject | null, moduleName: string | null, isStatic = false) {
    super(builtinFunctionType, allocateAddress(builtinFunctionType));
    this.def = def;
    this.self = self;
    this.moduleName = moduleName;
    this.isStatic = isStatic;
    this.varargs = isVarargsImpl(def.impl);
  }
}

/**
 * The function object of a built-in type's static method (`PyCFunction_NewEx(meth, type, NULL)`
 * for `METH_STATIC`), before it is wrapped in a staticmethod.
 */
export function newStaticBuiltinFunction(def: NativeDef, type: PyType): PyBuiltinFunction {
  return new PyBuiltinFunction(def, incref(type), null, true);
}

/** A new builtin function or bound method (`PyCFunction_NewEx`); takes its own reference to `self`. */
export function newBuiltinFunction(def: NativeDef, self: PyObject | null, moduleName: string | null = null): PyBuiltinFunction {
  // A module's function: its doc, if its definition has none, is CPython's under `module.name`.
  if (moduleName !== null) noteDocOwner(def, `${moduleName}.${def.name}`);
  if (self !== null) incref(self);
  return new PyBuiltinFunction(def, self, moduleName);
}

builtinFunctionType.call = (callable, args, kwnames) => {
  const f = callable as PyBuiltinFunction;
  const self = f.isStatic ? callable : f.self ?? callable;
  if (!f.varargs) return callNative(f.def, self, args, kwnames);
  const overflow = enterRecursiveCall(' while calling a Python object');
  if (overflow !== null) throw raiseMessage(RecursionError, overflow);
  try {
    return callNative(f.def, self, args, kwnames);
  } finally {
    leaveRecursiveCall();
  }
};
builtinFunctionType.dealloc = (self) => {
  const f = self as PyBuiltinFunction;
  const held = f.self;
  f.self = null;
  xdecref(held);
  freeObject(self);
};
builtinFunctionType.traverse = (self, visit) => {
  const held = (self as PyBuiltinFunction).self;
  if (held !== null) visit(held);
};

/** `method_descriptor`: a native method in a type's dict. */
export const methodDescriptorType: PyType = staticType({ name: 'method_descriptor', basicsize: 56, flags: TPFLAGS_HAVE_GC });

/** A native method of `owner`. */
export class PyMethodDescr extends PyObject {
  readonly def: NativeDef;
  readonly owner: PyType;

  constructor(def: NativeDef, owner: PyType) {
    super(methodDescriptorType, allocateAddress(methodDescriptorType));
    this.def = def;
    this.owner = owner;
  }
}

// Method descriptors borrow their (static) owner: nothing they hold is counted.
methodDescriptorType.traverse = () => undefined;

/** How many of `args` are positional (the rest are the values of `kwnames`). */
export function positionalCount(args: readonly PyObject[], kwnames: readonly string[] | null): number {
  return args.length - (kwnames === null ? 0 : kwnames.length);
}

/** Checks that `self` fits the descriptor's type (`descr_check`). */
export function checkDescriptorSelf(d: PyMethodDescr, self: PyObject | undefined): PyObject {
  if (self === undefined) throw typeError(`descriptor '${d.def.name}' of '${tpName(d.owner)}' object needs an argument`);
  if (!self.type.isSubtype(d.owner)) {
    throw typeError(`descriptor '${d.def.name}' for '${tpName(d.owner)}' objects doesn't apply to a '${tpName(self.type)}' object`);
  }
  return self;
}

methodDescriptorType.call = (callable, args, kwnames) => {
  const d = callable as PyMethodDescr;
  // `method_vectorcall_*`: `self` is the first positional argument; keyword values never stand in for it.
  const self = checkDescriptorSelf(d, positionalCount(args, kwnames) > 0 ? args[0] : undefined);
  return callNative(d.def, self, args.slice(1), kwnames);
};
methodDescriptorType.descrGet = (descr, obj) => {
  if (obj === null) return incref(descr);
  const d = descr as PyMethodDescr;
  if (!obj.type.isSubtype(d.owner)) {
    throw typeError(`descriptor '${d.def.name}' for '${tpName(d.owner)}' objects doesn't apply to a '${tpName(obj.type)}' object`);
  }
  return newBuiltinFunction(d.def, obj);
};

/** `classmethod_descriptor`: a native class method (`METH_CLASS`), bound to the class it is read from. */
export const classMethodDescriptorType: PyType = staticType({ name: 'classmethod_descriptor', basicsize: 56, flags: TPFLAGS_HAVE_GC });

/** A native class method of `owner`. */
export class PyClassMethodDescr extends PyObject {
  readonly def: NativeDef;
  readonly owner: PyType;

  constructor(def: NativeDef, owner: PyType) {
    super(classMethodDescriptorType, allocateAddress(classMethodDescriptorType));
    this.def = def;
    this.owner = owner;
  }
}

classMethodDescriptorType.traverse = () => undefined;
/**
 * The checks of `classmethod_get`: the class bound is `type`, or the type of `obj` when no type is
 * given, and it must be a subtype of the descriptor's owner.
 */
function classMethodClass(d: PyClassMethodDescr, obj: PyObject | null, type: PyObject | null): PyType {
  const cls = type ?? obj?.type;
  if (cls === undefined) {
    throw typeError(`descriptor '${d.def.name}' for type '${tpName(d.owner)}' needs either an object or a type`);
  }
  if (!(cls instanceof PyType)) {
    throw typeError(`descriptor '${d.def.name}' for type '${tpName(d.owner)}' needs a type, not a '${tpName(cls.type)}' as arg 2`);
  }
  if (!cls.isSubtype(d.owner)) {
    throw typeError(`descriptor '${d.def.name}' requires a subtype of '${tpName(d.owner)}' but received '${tpName(cls)}'`);
  }
  return cls;
}

classMethodDescriptorType.descrGet = (descr, obj, type) => {
  const d = descr as PyClassMethodDescr;
  return newBuiltinFunction(d.def, classMethodClass(d, obj, type));
};
classMethodDescriptorType.call = (callable, args, kwnames) => {
  const d = callable as PyClassMethodDescr;
  const cls = positionalCount(args, kwnames) > 0 ? args[0] : undefined;
  if (cls === undefined) throw typeError(`descriptor '${d.def.name}' of '${tpName(d.owner)}' object needs an argument`);
  if (!(cls instanceof PyType)) throw typeError(`descriptor '${d.def.name}' requires a type but received a '${tpName(cls.type)}' instance`);
  classMethodClass(d, null, cls);
  return callNative(d.def, cls, args.slice(1), kwnames);
};
