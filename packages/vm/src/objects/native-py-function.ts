/**
 * Functions written in TypeScript that stand in for functions CPython 3.8 writes in Python (the
 * module-level functions of Lib/asyncio, say): they show as `function` objects, with the repr
 * `<function NAME at 0x...>` and the `__name__`, `__qualname__`, `__module__` and `__doc__` of
 * Objects/funcobject.c, and the parameters `inspect.signature` shows when their creator gives them;
 * but their body is a native def called like a builtin
 * (`_PyMethodDef_RawFastCallKeywords`).
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { activeHeap, allocateAddress } from '../runtime/memory.ts';
import { keepUntilExit } from '../runtime/exit-kept.ts';
import type { Heap } from '../heap/heap.ts';
import { PyObject, TPFLAGS_HAVE_GC, TPFLAGS_METHOD_DESCRIPTOR, decref, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { functionDictGetSet } from './function-attributes.ts';
import { PyMethod } from './method.ts';
import { addGetSets } from '../runtime/type-defs.ts';
import { enterRecursiveCall, leaveRecursiveCall, tstate } from '../runtime/thread-state.ts';
import { asPythonFailure } from '../runtime/host-errors.ts';
import * as E from './exceptions.ts';
import { callNative, type NativeDef } from './native-function.ts';
import { None } from './singletons.ts';
import { newStr } from './str.ts';
import { dictSetStr, isDict, newDict } from './dict.ts';
import { raiseMessage, typeError } from '../runtime/errors.ts';
import { missingAttribute } from '../runtime/attributes.ts';
import { addReadonlyMembers } from './getset.ts';
import { checkNativePyArguments, keywordsAsPositional, nativePyCodeGetSets, nativePyCodeParts, nativePyDoc, type NativePyCodeParts } from './native-py-code.ts';
import { NATIVE_PY_DOCS } from './native-py-codes.generated.ts';

/**
 * The type of native functions that look like Python functions: named `function`, as CPython's,
 * and a method descriptor as `function` is (in a class, one binds to the instance).
 */
export const nativePyFunctionType: PyType = staticType({ name: 'function', basicsize: 120, flags: TPFLAGS_HAVE_GC | TPFLAGS_METHOD_DESCRIPTOR });

/**
 * The parameters of the Python function a native one stands for, as `inspect.signature` shows
 * them (defaults borrowed: immortal objects such as None, or interned strings).
 */
export interface NativeSignature {
  readonly params: readonly {
    readonly name: string;
    readonly kind: 'POSITIONAL_OR_KEYWORD' | 'VAR_POSITIONAL' | 'KEYWORD_ONLY' | 'VAR_KEYWORD';
    readonly dflt: PyObject | null;
  }[];
}

/** A Python-looking function whose body is a native def. */
export class PyNativePyFunction extends PyObject {
  readonly def: NativeDef;
  /** `__module__`, e.g. `asyncio.tasks`. */
  readonly moduleName: string;
  /** `__qualname__`. */
  readonly qualname: string;
  /** The `co_flags` CPython's function has that `inspect` asks about (`CO_COROUTINE` for an `async def`). */
  readonly codeFlags: number;
  /** Its parameters for `inspect.signature`, or null (no signature found). */
  readonly signature: NativeSignature | null;
  /**
   * What the body gets as `self` (owned): the module for a module's function, as a Python function
   * holds its module's globals, or the state a closure made inside a native function holds (its
   * cells). Null for a function whose body gets the function itself.
   */
  readonly held: PyObject | null;
  /** What it knows of the code of CPython's function, or null. */
  readonly codeParts: NativePyCodeParts | null;
  /**
   * `__annotations__` once read or set (owned; borrowed from the run, which keeps it until exit,
   * when the function outlives the run).
   */
  annotations: PyObject | null = null;
  /** The heap of the run whose annotations a function outliving the run borrows. */
  annotationsMadeIn: Heap | null = null;
  /** Whether it lives in a static type's dict, made once for every run: it keeps nothing it makes then. */
  outlivesRun = false;
  /**
   * Whether CPython's function is known to have no free variables though it is defined inside
   * another (it takes what it needs as defaults): its `__closure__` is None.
   */
  isCellless = false;

  /**
   * @param definedAs - the qualified name of CPython's function where its module defines it, when
   * it is renamed after (`namedtuple.<locals>._make`, made `Point._make`): its code is found by it.
   */
  constructor(def: NativeDef, moduleName: string, qualname: string, codeFlags = 0, signature: NativeSignature | null = null, held: PyObject | null = null, definedAs = qualname) {
    super(nativePyFunctionType, allocateAddress(nativePyFunctionType));
    this.def = def;
    this.moduleName = moduleName;
    this.qualname = qualname;
    this.codeFlags = codeFlags;
    this.signature = signature;
    this.held = held;
    this.codeParts = nativePyCodeParts(moduleName, definedAs);
    // The library's `f.__text_signature__ = '...'` after the `def`: the function's dict has it.
    const textSignature = this.codeParts?.spec.textSignature;
    if (textSignature !== undefined) {
      const dict = newDict();
      const text = newStr(textSignature);
      dictSetStr(dict, '__text_signature__', text);
      decref(text);
      this.dict = dict;
    }
  }

  /** Marks it as living in a static type's dict ({@link PyNativePyFunction.outlivesRun}). */
  markOutlivesRun(): void {
    this.outlivesRun = true;
    if (this.codeParts !== null) this.codeParts.keepsNothing = true;
  }
}

/**
 * A new function object named `def.name`, of module `moduleName`, running `def` when called (self
 * is the function); `codeFlags` are the code flags of the Python function it stands for
 * (`CO_COROUTINE` makes `inspect.iscoroutinefunction` true).
 */
export function newNativePyFunction(def: NativeDef, moduleName: string, qualname: string = def.name, codeFlags = 0, signature: NativeSignature | null = null): PyNativePyFunction {
  return new PyNativePyFunction(def, moduleName, qualname, codeFlags, signature);
}

/**
 * A function object standing for one CPython defines inside another function and renames
 * (`namedtuple.<locals>._make`, whose `__qualname__` becomes `Point._make`): it has the code of
 * CPython's function, found by `definedAs`, and checks its arguments by it.
 *
 * @param def - the body (self is the function).
 * @param moduleName - `__module__`.
 * @param qualname - `__qualname__`.
 * @param definedAs - the qualified name CPython's code has in its module.
 * @returns a new reference.
 */
export function newRenamedNativePyFunction(def: NativeDef, moduleName: string, qualname: string, definedAs: string): PyNativePyFunction {
  return new PyNativePyFunction(def, moduleName, qualname, 0, null, null, definedAs);
}

/**
 * A function object whose body gets `held` as `self` (taking its own reference): a module's function
 * when CPython's is a `def` in the module's source (`held` the module, as its builtin functions
 * have it), or a function CPython defines inside another (`qualname` `outer.<locals>.inner`), its
 * cells being `held`.
 */
export function newHeldNativePyFunction(def: NativeDef, held: PyObject, moduleName: string, qualname: string = def.name): PyNativePyFunction {
  return new PyNativePyFunction(def, moduleName, qualname, 0, null, incref(held));
}

/**
 * A function CPython defines inside another that takes what it needs as parameter defaults, not
 * cells (`WeakSet.__init__.<locals>._remove`, whose `selfref=ref(self)` default is `held` here):
 * the body gets `held` as `self`, and `__closure__` is None.
 *
 * @param def - the body.
 * @param held - what the body gets as `self` (the function takes its own reference).
 * @param moduleName - `__module__`.
 * @param qualname - `__qualname__` (`outer.<locals>.inner`).
 * @returns a new reference.
 */
export function newCelllessNativePyFunction(def: NativeDef, held: PyObject, moduleName: string, qualname: string): PyNativePyFunction {
  const f = newHeldNativePyFunction(def, held, moduleName, qualname);
  f.isCellless = true;
  return f;
}

/**
 * Whether CPython's function has no free variables: its code, when known, names none; otherwise
 * it is a module's or a class's function, or one marked cellless.
 */
function hasNoCells(f: PyNativePyFunction): boolean {
  if (f.isCellless) return true;
  if (f.codeParts !== null) return (f.codeParts.spec.frees ?? '') === '';
  return !f.qualname.includes('<locals>');
}

nativePyFunctionType.call = (callable, args, kwnames) => {
  const f = callable as PyNativePyFunction;
  // The arguments bind to the Python function's parameters before its body runs.
  if (f.codeParts !== null) {
    checkNativePyArguments(f.codeParts.spec.name ?? f.def.name, f.codeParts.params, args, kwnames);
    // A body that takes no keywords gets those the Python function bound as positional ones.
    if (kwnames !== null && kwnames.length > 0 && f.def.kind !== 'fastkw') {
      const moved = keywordsAsPositional(f.codeParts.params, args, kwnames);
      if (moved !== null) return callBody(f, callable, moved, null);
    }
  }
  return callBody(f, callable, args, kwnames);
};

/** Runs the native body of a call whose arguments have bound. */
function callBody(f: PyNativePyFunction, callable: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  // The body runs where CPython runs the function's frame: one recursion level
  // (`_PyEval_EvalFrameDefault`'s `Py_EnterRecursiveCall("")`), written out as recursion-levels.ts
  // `asPythonFrame` is so that a call makes no closure.
  const overflow = enterRecursiveCall('');
  if (overflow !== null) throw raiseMessage(E.RecursionError, overflow);
  const frame = tstate.frame;
  try {
    return callNative(f.def, f.held ?? callable, args, kwnames, 0);
  } catch (e) {
    throw asPythonFailure(e, frame, '');
  } finally {
    leaveRecursiveCall();
  }
}
// `func_descr_get`: looked up on an instance, a bound method.
nativePyFunctionType.descrGet = (self, obj) => (obj === null || obj === None ? incref(self) : new PyMethod(self, obj));
// Like a Python function it has a `__dict__` for attributes (`func_dict`) and takes weak
// references (objects/weakref.ts clears them before this runs).
nativePyFunctionType.hasInstanceDict = true;
/** Lets go of the attributes made on first read. */
function clearAttributes(f: PyNativePyFunction): void {
  const annotations = f.outlivesRun ? null : f.annotations;
  f.annotations = null;
  f.codeParts?.release();
  xdecref(annotations);
}

nativePyFunctionType.dealloc = (self) => {
  const dict = self.dict;
  self.dict = null;
  xdecref(dict);
  clearAttributes(self as PyNativePyFunction);
  xdecref((self as PyNativePyFunction).held);
  freeObject(self);
};
// The def and names are JS data: the attribute dict and the held object are all that is counted.
// `clear` keeps the held object, as a builtin function keeps its `self` (the body needs it):
// clearing the module's namespace, or the other objects of a cycle, breaks it.
nativePyFunctionType.traverse = (self, visit) => {
  if (self.dict !== null) visit(self.dict);
  const f = self as PyNativePyFunction;
  for (const o of f.codeParts?.made() ?? []) visit(o);
  if (f.annotations !== null && !f.outlivesRun) visit(f.annotations);
  const held = (self as PyNativePyFunction).held;
  if (held !== null) visit(held);
};
nativePyFunctionType.clear = (self) => {
  const dict = self.dict;
  self.dict = null;
  xdecref(dict);
  clearAttributes(self as PyNativePyFunction);
};
/** A function outliving the run forgets the annotations of an earlier run (gone with its heap). */
function forgetEarlierRun(f: PyNativePyFunction): void {
  if (!f.outlivesRun || f.annotationsMadeIn === activeHeap()) return;
  f.annotations = null;
  f.annotationsMadeIn = activeHeap();
}
// `func_memberlist`'s READONLY `__closure__`: None for a function without free variables.
// DEVIATION(cpython): the body of a native function keeps no cells, so one whose CPython function
// has free variables has no `__closure__` (AttributeError) rather than a tuple of cells.
addReadonlyMembers(nativePyFunctionType, [
  {
    name: '__closure__',
    read: (self) => {
      if (!hasNoCells(self as PyNativePyFunction)) missingAttribute(self, '__closure__');
      return incref(None);
    },
  },
]);
nativePyFunctionType.repr = (self) => newStr(`<function ${(self as PyNativePyFunction).qualname} at 0x${self.address.toString(16)}>`);
addGetSets(nativePyFunctionType, [
  { name: '__name__', get: (self) => newStr((self as PyNativePyFunction).def.name) },
  { name: '__qualname__', get: (self) => newStr((self as PyNativePyFunction).qualname) },
  { name: '__module__', get: (self) => newStr((self as PyNativePyFunction).moduleName) },
  {
    name: '__doc__',
    get: (self) => {
      // The docstring CPython's function has (its code's first constant, or the table of those
      // with no code spec), else the native one's own.
      const f = self as PyNativePyFunction;
      const d = (f.codeParts === null ? NATIVE_PY_DOCS.get(`${f.moduleName}.${f.qualname}`) : nativePyDoc(f.codeParts.spec)) ?? f.def.doc;
      return d === undefined ? incref(None) : newStr(d);
    },
  },
  ...nativePyCodeGetSets((self) => (self as PyNativePyFunction).codeParts, (self) => (self as PyNativePyFunction).def),
  {
    name: '__annotations__',
    get: (self) => {
      const f = self as PyNativePyFunction;
      forgetEarlierRun(f);
      if (f.annotations !== null) return incref(f.annotations);
      const made = newDict();
      // A function outliving the run borrows the dict from the run, which keeps it until exit.
      if (f.outlivesRun) keepUntilExit(made);
      f.annotations = made;
      return incref(made);
    },
    set: (self, value) => {
      // `func_set_annotations`: None forgets them (a new dict on the next read).
      const v = value === None ? null : value;
      if (v !== null && !isDict(v)) throw typeError('__annotations__ must be set to a dict object');
      const f = self as PyNativePyFunction;
      if (f.outlivesRun) {
        forgetEarlierRun(f);
        if (v !== null) keepUntilExit(incref(v));
        f.annotations = v;
        return;
      }
      const old = f.annotations;
      f.annotations = v === null ? null : incref(v);
      xdecref(old);
    },
  },
  functionDictGetSet,
]);
