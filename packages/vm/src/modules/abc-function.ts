/**
 * Functions written in TypeScript that stand for the Python functions in the bodies of CPython's
 * Lib/abc.py and Lib/_collections_abc.py classes (`Mapping.get`, `Sized.__len__`, ...): they show
 * as `function` objects (`<function Mapping.get at 0x...>`), bind to instances as methods do
 * (`func_descr_get`), carry `__isabstractmethod__` when the Python source decorates them with
 * `@abstractmethod`, and check their arguments with the messages of CPython 3.8
 * Python/ceval.c `_PyEval_EvalCodeWithName` ("get() missing 1 required positional argument: 'key'").
 * @module
 */
import { functionDictGetSet } from '../objects/function-attributes.ts';
import { PyMethod } from '../objects/method.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { staticType } from '../runtime/core-types.ts';
import { typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { type PyDict, dictSetStr, isDict, newDict } from '../objects/dict.ts';
import { True } from '../objects/int.ts';
import { instanceDict } from '../runtime/attributes.ts';
import { addGetSets } from '../runtime/type-defs.ts';
import { asPythonFrame } from '../runtime/recursion-levels.ts';
import { clearWeakrefs } from '../objects/weakref.ts';
import { checkNativePyArguments, nativePyCodeGetSets, nativePyCodeParts, nativePyDoc, type NativePyCodeParts } from '../objects/native-py-code.ts';

/**
 * The body of a class function: `args[0]` is `self` (or `cls`), as a Python function receives it;
 * `fn` is the function object itself (for its closure).
 */
export type ClassFunctionImpl = (args: readonly PyObject[], kwnames: readonly string[] | null, fn: PyClassFunction) => PyObject;

/** A Python-level function of a native class body. */
export interface ClassFunctionDef {
  readonly name: string;
  readonly impl: ClassFunctionImpl;
  /** Decorated with `@abstractmethod`. */
  readonly abstract?: boolean;
  readonly doc?: string;
}

/** The type of these functions: named `function`, as CPython's. */
export const classFunctionType: PyType = staticType({ name: 'function', module: 'builtins', basicsize: 120, flags: TPFLAGS_HAVE_GC });

/**
 * A function of a native class body: `__module__`, `__qualname__`, its body, the one object its
 * closure holds (a nested function's free variable), and a `__dict__` as Python functions have.
 */
export class PyClassFunction extends PyObject {
  readonly def: ClassFunctionDef;
  readonly moduleName: string;
  /** `__name__` and `__qualname__` (writable, as `functools.wraps` needs). */
  name: string;
  qualname: string;
  /** The object the body's closure refers to (an owned reference), or null. */
  closure: PyObject | null;
  /** `__module__`, `__doc__` and `__annotations__` once assigned (owned), else null. */
  module: PyObject | null = null;
  doc: PyObject | null = null;
  annotations: PyObject | null = null;
  /** What it knows of the code of CPython's function, or null. */
  readonly codeParts: NativePyCodeParts | null;

  constructor(def: ClassFunctionDef, moduleName: string, qualname: string, closure: PyObject | null = null) {
    super(classFunctionType, allocateAddress(classFunctionType));
    this.def = def;
    this.moduleName = moduleName;
    this.name = def.name;
    this.qualname = qualname;
    this.closure = closure === null ? null : incref(closure);
    this.codeParts = nativePyCodeParts(moduleName, qualname);
  }

  /** The owned references, for dealloc, traverse and clear. */
  owned(): (PyObject | null)[] {
    return [this.closure, this.module, this.doc, this.annotations, this.dict, ...(this.codeParts?.made() ?? [])];
  }

  /** Forgets the owned references (the caller releases them). */
  drop(): void {
    this.closure = this.module = this.doc = this.annotations = this.dict = null;
    if (this.codeParts !== null) this.codeParts.code = this.codeParts.defaults = this.codeParts.kwdefaults = null;
  }
}

/**
 * A new function object for `def`, defined in class `owner` of module `moduleName`; one decorated
 * with `@abstractmethod` carries `__isabstractmethod__ = True` in its `__dict__`.
 *
 * @param def - the function's name and body.
 * @param moduleName - its `__module__`.
 * @param owner - the qualified name of the scope defining it (a class, or `f.<locals>`).
 * @param closure - an object the body refers to, kept alive by the function.
 * @returns a new reference.
 */
export function newClassFunction(def: ClassFunctionDef, moduleName: string, owner: string, closure: PyObject | null = null): PyClassFunction {
  const f = new PyClassFunction(def, moduleName, `${owner}.${def.name}`, closure);
  if (def.abstract === true) {
    const d = instanceDict(f) as PyDict;
    dictSetStr(d, '__isabstractmethod__', True);
  }
  // The library's `f.__text_signature__ = '...'` after the `def`: the function's dict has it.
  const textSignature = f.codeParts?.spec.textSignature;
  if (textSignature !== undefined) {
    const text = newStr(textSignature);
    dictSetStr(instanceDict(f) as PyDict, '__text_signature__', text);
    decref(text);
  }
  return f;
}

classFunctionType.call = (callable, args, kwnames) => {
  const f = callable as PyClassFunction;
  // The arguments bind to the Python function's parameters before its body runs.
  if (f.codeParts !== null) checkNativePyArguments(f.codeParts.spec.name ?? f.def.name, f.codeParts.params, args, kwnames);
  // The body runs where CPython runs the function's frame: one recursion level
  // (`_PyEval_EvalFrameDefault`'s `Py_EnterRecursiveCall("")`).
  return asPythonFrame(() => f.def.impl(args, kwnames, f));
};
classFunctionType.hasInstanceDict = true;
// `func_descr_get`: bound to an instance, itself when read from the class.
classFunctionType.descrGet = (self, obj) => (obj === null || obj === None ? incref(self) : new PyMethod(self, obj));
/** Releases what a function owns (`func_clear`). */
function releaseFunction(self: PyObject): void {
  const f = self as PyClassFunction;
  const owned = f.owned();
  f.drop();
  for (const o of owned) xdecref(o);
}
// Python functions take weak references (`func_weakreflist`).
classFunctionType.weakrefable = true;
classFunctionType.dealloc = (self) => {
  if (self.weakrefs !== null) clearWeakrefs(self);
  releaseFunction(self);
  freeObject(self);
};
// The def and names are JS data; the closure, the assigned attributes and the dict are counted.
classFunctionType.traverse = (self, visit) => {
  for (const o of (self as PyClassFunction).owned()) if (o !== null) visit(o);
};
classFunctionType.clear = releaseFunction;

/** Replaces an owned attribute of a function. */
function assign(f: PyClassFunction, field: 'module' | 'doc' | 'annotations', value: PyObject | null): void {
  const old = f[field];
  f[field] = value === null ? null : incref(value);
  xdecref(old);
}

/** A string attribute's setter (`func_set_name`, `func_set_qualname`). */
function setText(name: '__name__' | '__qualname__', value: PyObject | null): string {
  if (!(value instanceof PyStr)) throw typeError(`${name} must be set to a string object`);
  return value.value;
}
classFunctionType.repr = (self) => newStr(`<function ${(self as PyClassFunction).qualname} at 0x${self.address.toString(16)}>`);
addGetSets(classFunctionType, [
  {
    name: '__name__',
    get: (self) => newStr((self as PyClassFunction).name),
    set: (self, value) => { (self as PyClassFunction).name = setText('__name__', value); },
  },
  {
    name: '__qualname__',
    get: (self) => newStr((self as PyClassFunction).qualname),
    set: (self, value) => { (self as PyClassFunction).qualname = setText('__qualname__', value); },
  },
  {
    name: '__module__',
    get: (self) => { const f = self as PyClassFunction; return f.module === null ? newStr(f.moduleName) : incref(f.module); },
    set: (self, value) => { assign(self as PyClassFunction, 'module', value ?? None); },
  },
  {
    name: '__doc__',
    get: (self) => {
      const f = self as PyClassFunction;
      if (f.doc !== null) return incref(f.doc);
      // The docstring CPython's function has (its code's first constant), else the native one's own.
      const doc = (f.codeParts === null ? undefined : nativePyDoc(f.codeParts.spec)) ?? f.def.doc;
      return doc === undefined ? incref(None) : newStr(doc);
    },
    set: (self, value) => { assign(self as PyClassFunction, 'doc', value ?? None); },
  },
  {
    // `func_get_annotations`: made empty on first read; only a dict (or None) may be assigned.
    name: '__annotations__',
    get: (self) => {
      const f = self as PyClassFunction;
      if (f.annotations === null) {
        const d = newDict();
        assign(f, 'annotations', d);
        decref(d);
      }
      return incref(f.annotations as PyObject);
    },
    set: (self, value) => {
      const v = value === None ? null : value;
      if (v !== null && !isDict(v)) throw typeError('__annotations__ must be set to a dict object');
      assign(self as PyClassFunction, 'annotations', v);
    },
  },
  ...nativePyCodeGetSets((self) => (self as PyClassFunction).codeParts, (self) => (self as PyClassFunction).def),
  functionDictGetSet,
]);

function quotedList(names: readonly string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0] as string;
  if (q.length === 2) return `${q[0] as string} and ${q[1] as string}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1] as string}`;
}

/**
 * Binds a call's arguments to the parameters `params` of a Python function named `name`, the
 * last `ndefaults` of which have defaults: the values by position (undefined where defaulted).
 * Raises the TypeErrors of `_PyEval_EvalCodeWithName`.
 */
export function bindArgs(
  name: string, args: readonly PyObject[], kwnames: readonly string[] | null, params: readonly string[], ndefaults = 0, posOnly = 0,
): (PyObject | undefined)[] {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const out: (PyObject | undefined)[] = params.map((_, i) => (i < npos ? args[i] : undefined));
  // As _PyEval_EvalCodeWithName: the keywords are bound before surplus positional arguments are reported.
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i] as string;
    const at = params.indexOf(k);
    if (at < 0 || at < posOnly) throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
    if (out[at] !== undefined) throw typeError(`${name}() got multiple values for argument '${k}'`);
    out[at] = args[npos + i];
  }
  if (npos > params.length) {
    const min = params.length - ndefaults;
    const takes = ndefaults === 0 ? `${params.length} positional argument${params.length === 1 ? '' : 's'}` : `from ${min} to ${params.length} positional arguments`;
    throw typeError(`${name}() takes ${takes} but ${npos} ${npos === 1 ? 'was' : 'were'} given`);
  }
  const required = params.length - ndefaults;
  const missing = params.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length > 0) {
    throw typeError(`${name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${quotedList(missing)}`);
  }
  return out;
}

/**
 * Binds a call to `name(params..., *args)`: the named parameters as {@link bindArgs} binds them
 * (no keyword arguments beyond them), and the extra positional arguments.
 *
 * @param name - the function name the messages show.
 * @param args - positional arguments, then keyword values (vectorcall shape).
 * @param kwnames - the keyword names, or null.
 * @param params - the named parameters before `*args`.
 * @param ndefaults - how many of the last named parameters have defaults.
 * @returns the named values (undefined where defaulted) and the extra positional arguments.
 */
export function bindVarArgs(
  name: string, args: readonly PyObject[], kwnames: readonly string[] | null, params: readonly string[], ndefaults = 0,
): [(PyObject | undefined)[], PyObject[]] {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const extra = npos > params.length ? args.slice(params.length, npos) : [];
  const kept = npos > params.length ? [...args.slice(0, params.length), ...args.slice(npos)] : args;
  return [bindArgs(name, kept, kwnames, params, ndefaults), extra];
}
