/**
 * The Python side of a native function that stands for a function CPython 3.8 writes in Python:
 * its parameters (data the generator took from CPython's code object), from which come its
 * argument checks (before the native body runs, as `_PyEval_EvalCodeWithName` makes them before
 * the body, with the interpreter's binding code: runtime/bind-parameters.ts), `__code__` (the
 * counts, `co_varnames`, `co_flags`, `co_filename` and `co_firstlineno` of CPython's code object),
 * `__defaults__` and `__kwdefaults__`; `inspect.signature` reads these as for any function.
 * Mirrors CPython 3.8 Python/ceval.c `_PyEval_EvalCodeWithName` and Objects/funcobject.c.
 * @module
 */
import { NONE, type Constant } from '../bytecode/constant.ts';
import { assert } from '../internal/assert.ts';
import { bindKeywordArguments, checkKeywordOnlyArguments, checkPositionalArguments, type ParameterShape, type ParameterSlots } from '../runtime/bind-parameters.ts';
import { sysModules } from '../runtime/import-system.ts';
import { keepUntilExit } from '../runtime/exit-kept.ts';
import { activeHeap } from '../runtime/memory.ts';
import type { Heap } from '../heap/heap.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { CO_VARARGS, PyCode } from './code.ts';
import { dictGetStr, dictSetStr, newDict, type PyDict } from './dict.ts';
import { newFloat } from './float.ts';
import { False, True, newInt } from './int.ts';
import { PyModule } from './module.ts';
import { None } from './singletons.ts';
import { newStr } from './str.ts';
import { newTupleStealing } from './tuple.ts';
import { missingAttribute } from '../runtime/attributes.ts';
import type { GetSetDef } from './getset.ts';
import { CPYTHON_LIB_DIR, cpythonModuleFile } from '../modules/cpython-module-files.ts';
import { NATIVE_PY_CODES } from './native-py-codes.generated.ts';

/** A constant of the generated table: None (null), a str, an int, or a tuple of those (an array). */
export type GeneratedConstant = string | number | null | readonly GeneratedConstant[];

/** The words of a space-separated list. */
const words = (text: string | undefined): string[] => (text === undefined ? [] : text.split(' ').filter((w) => w !== ''));

/**
 * A default as the generator writes it: None (null), a bool, an int (a number, or its digits when
 * past 2**53), a float, a str, a tuple of defaults, or a name looked up in the function's module,
 * then in builtins (`NotImplemented`, `functools.WRAPPER_ASSIGNMENTS`), which keeps its identity.
 */
export type NativeDefault =
  | null
  | boolean
  | number
  | string
  | { readonly int: string }
  | { readonly float: number }
  | { readonly tuple: readonly NativeDefault[] }
  | { readonly name: string };

/** How CPython 3.8 compiles the Python function a native def stands for. */
export interface NativeCodeSpec {
  /** `co_argcount`. */
  readonly argcount: number;
  /** `co_posonlyargcount`, when not 0. */
  readonly posonly?: number;
  /** `co_kwonlyargcount`, when not 0. */
  readonly kwonly?: number;
  /** `co_varnames`, space-separated: the parameters first, as {@link ParameterShape} has them. */
  readonly varnames: string;
  /** `__defaults__`: those of the last positional parameters. */
  readonly defaults?: readonly NativeDefault[];
  /** `__kwdefaults__`, by parameter name. */
  readonly kwdefaults?: Readonly<Record<string, NativeDefault>>;
  /** `co_name`, when the function is bound under another name (`Random._randbelow`). */
  readonly name?: string;
  /** `co_filename` under the library folder, when not the module's own file (`_collections_abc.py`). */
  readonly file?: string;
  /** `co_cellvars`, space-separated. */
  readonly cells?: string;
  /** `co_freevars`, space-separated (a function CPython defines inside another). */
  readonly frees?: string;
  /** `co_names`, space-separated. */
  readonly names?: string;
  /** The docstring (`co_consts[0]`), when the function has one and `consts` is not given. */
  readonly doc?: string;
  /** `co_consts`, when each is None (null), a str, an int or a tuple (array) of those. */
  readonly consts?: readonly GeneratedConstant[];
  /** The `__text_signature__` the library sets in the function's `__dict__`, if it sets one. */
  readonly textSignature?: string;
  /** `co_flags`. */
  readonly flags: number;
  /** `co_stacksize`. */
  readonly stacksize: number;
  /** `co_firstlineno`: the line of the `def` (of its first decorator) in CPython's source. */
  readonly line: number;
}

/** The parameters of a native function's code, as binding reads them. */
export interface NativeParameters extends ParameterShape {
  /** How many positional parameters have defaults. */
  readonly defcount: number;
  /** Whether every keyword-only parameter has a default. */
  readonly kwonlyDefaulted: boolean;
  /** The keyword-only parameters' defaults, by name. */
  readonly kwdefaults: Readonly<Record<string, NativeDefault>>;
}

/**
 * The parameters a spec gives.
 *
 * @param spec - the function's code, as generated.
 * @returns its parameters.
 */
export function nativeParameters(spec: NativeCodeSpec): NativeParameters {
  const kwdefaults = spec.kwdefaults ?? {};
  const kwonly = spec.kwonly ?? 0;
  return {
    argcount: spec.argcount,
    posonlyargcount: spec.posonly ?? 0,
    kwonlyargcount: kwonly,
    flags: spec.flags,
    varnames: words(spec.varnames),
    defcount: spec.defaults?.length ?? 0,
    kwonlyDefaulted: Object.keys(kwdefaults).length === kwonly,
    kwdefaults,
  };
}

/**
 * Checks a call's arguments against the parameters as `_PyEval_EvalCodeWithName` binds them (the
 * binding of interpreter/call-frame.ts, into slots that only borrow the arguments), raising its
 * TypeErrors in its order.
 *
 * @param name - the function's `co_name`.
 * @param p - its parameters.
 * @param args - the arguments, keyword values last.
 * @param kwnames - the keywords' names, or null.
 */
export function checkNativePyArguments(name: string, p: NativeParameters, args: readonly PyObject[], kwnames: readonly string[] | null): void {
  const nkw = kwnames?.length ?? 0;
  const argcount = args.length - nkw;
  // The common call, positional arguments only and as many as the parameters take, binds
  // without a word to say (and without building the slots below).
  if (nkw === 0 && argcount >= p.argcount - p.defcount && (argcount <= p.argcount || (p.flags & CO_VARARGS) !== 0) && p.kwonlyDefaulted) return;
  const slots: ParameterSlots = new Array<PyObject | null>(p.argcount + p.kwonlyargcount).fill(null);
  for (let i = 0; i < Math.min(argcount, p.argcount); i++) slots[i] = args[i];
  if (kwnames !== null) bindKeywordArguments(name, p, slots, args, argcount, kwnames, null, false);
  checkPositionalArguments(name, p, slots, argcount, p.defcount);
  for (let i = p.argcount; i < slots.length; i++) if (slots[i] === null && Object.hasOwn(p.kwdefaults, p.varnames[i] as string)) slots[i] = None;
  checkKeywordOnlyArguments(name, p, slots);
}

/**
 * The arguments of a call that {@link checkNativePyArguments} accepted, with its keyword
 * arguments moved to their parameters' positions, for a native body that takes positional
 * arguments only (a Python `def f(object)` called as `f(object=x)`).
 *
 * @param p - the function's parameters.
 * @param args - the arguments, keyword values last.
 * @param kwnames - the keywords' names (at least one).
 * @returns the arguments by position, or null when a keyword is keyword-only or a defaulted
 * parameter before one is left out (no positional list can say that).
 */
export function keywordsAsPositional(p: NativeParameters, args: readonly PyObject[], kwnames: readonly string[]): PyObject[] | null {
  const npos = args.length - kwnames.length;
  const out: (PyObject | undefined)[] = args.slice(0, npos);
  for (let i = 0; i < kwnames.length; i++) {
    const at = p.varnames.indexOf(kwnames[i] as string);
    if (at < 0 || at >= p.argcount) return null;
    out[at] = args[npos + i];
  }
  for (let i = 0; i < out.length; i++) if (out[i] === undefined) return null;
  return out as PyObject[];
}

/**
 * The docstring CPython's function has, from the generated table: `doc`, or the str first of
 * `consts`.
 *
 * @param spec - the function's code.
 * @returns the docstring, or undefined when it has none.
 */
export function nativePyDoc(spec: NativeCodeSpec): string | undefined {
  const first = spec.consts?.[0];
  return spec.doc ?? (typeof first === 'string' ? first : undefined);
}

/** A constant as the generated table writes it. */
const constantOf = (c: GeneratedConstant): Constant => {
  if (c === null) return NONE;
  if (typeof c === 'string') return { kind: 'str', value: c };
  if (typeof c === 'number') return { kind: 'int', value: BigInt(c) };
  return { kind: 'tuple', items: c.map(constantOf) };
};

/**
 * The code object CPython 3.8 compiles for the function (`co_code` aside: its body here is
 * native, so the code is `return None`).
 *
 * @param name - `co_name`.
 * @param spec - the function's parameters and names.
 * @param filename - `co_filename`, the module's source file.
 * @param ownDoc - the native function's own docstring, used when CPython's has none.
 * @returns a new code object.
 */
export function newNativePyCode(name: string, spec: NativeCodeSpec, filename: string, ownDoc: string | undefined): PyCode {
  const doc = nativePyDoc(spec) ?? ownDoc;
  const varnames = words(spec.varnames);
  const cellvars = words(spec.cells);
  const freevars = words(spec.frees);
  const doc0: Constant = doc === undefined ? NONE : { kind: 'str', value: doc };
  const consts: Constant[] = spec.consts === undefined ? (doc === undefined ? [NONE] : [doc0, NONE]) : spec.consts.map(constantOf);
  const none = consts.findIndex((c) => c.kind === 'None');
  return new PyCode({
    argcount: spec.argcount,
    posonlyargcount: spec.posonly ?? 0,
    kwonlyargcount: spec.kwonly ?? 0,
    nlocals: varnames.length,
    stacksize: spec.stacksize,
    flags: spec.flags,
    // LOAD_CONST None (or the first constant when there is no None), RETURN_VALUE.
    code: Uint8Array.of(100, Math.max(none, 0), 83, 0),
    consts,
    names: words(spec.names),
    varnames,
    freevars,
    cellvars,
    filename,
    name,
    firstlineno: spec.line,
    lnotab: new Uint8Array(0),
  });
}

/** A default's value (a new reference). */
function defaultObject(d: NativeDefault, moduleName: string): PyObject {
  if (d === null) return incref(None);
  if (typeof d === 'boolean') return incref(d ? True : False);
  if (typeof d === 'number') return newInt(d);
  if (typeof d === 'string') return newStr(d);
  if ('int' in d) return newInt(BigInt(d.int));
  if ('float' in d) return newFloat(d.float);
  if ('tuple' in d) return newTupleStealing(d.tuple.map((item) => defaultObject(item, moduleName)));
  for (const source of [moduleName, 'builtins']) {
    const module = dictGetStr(sysModules(), source);
    const value = module instanceof PyModule ? dictGetStr(module.namespace, d.name) : null;
    if (value !== null) return incref(value);
  }
  assert(false, `default ${d.name} not found in ${moduleName}`);
}

/**
 * `__defaults__`: the positional defaults as a new tuple, or None.
 *
 * @param spec - the function's code.
 * @param moduleName - the module whose names a default may name.
 * @returns a new reference.
 */
export function nativePyDefaults(spec: NativeCodeSpec, moduleName: string): PyObject {
  const { defaults } = spec;
  if (defaults === undefined) return incref(None);
  return newTupleStealing(defaults.map((d) => defaultObject(d, moduleName)));
}

/**
 * `__kwdefaults__`: the keyword-only defaults as a new dict, or None.
 *
 * @param spec - the function's code.
 * @param moduleName - the module whose names a default may name.
 * @returns a new reference.
 */
export function nativePyKwdefaults(spec: NativeCodeSpec, moduleName: string): PyObject {
  const { kwdefaults } = spec;
  if (kwdefaults === undefined) return incref(None);
  const dict: PyDict = newDict();
  for (const [name, d] of Object.entries(kwdefaults)) {
    const value = defaultObject(d, moduleName);
    dictSetStr(dict, name, value);
    decref(value);
  }
  return dict;
}

/**
 * What a native function standing for a Python function of CPython knows of that function's
 * code, and the attributes made from it on first read (owned), which the function keeps as
 * CPython's function object keeps `func_code`, `func_defaults` and `func_kwdefaults`.
 */
export class NativePyCodeParts {
  readonly spec: NativeCodeSpec;
  readonly params: NativeParameters;
  readonly moduleName: string;
  code: PyCode | null = null;
  defaults: PyObject | null = null;
  kwdefaults: PyObject | null = null;
  /**
   * Whether the function outlives the run (a method in a static type's dict, made once when the VM
   * readies the type): what it makes belongs to the run's heap, which keeps it until exit
   * (runtime/exit-leaks.ts) and is then gone, so the function only borrows it for that run.
   */
  keepsNothing = false;
  /** The heap of the run the attributes were made in, when {@link keepsNothing}. */
  madeIn: Heap | null = null;

  constructor(spec: NativeCodeSpec, moduleName: string) {
    this.spec = spec;
    this.params = nativeParameters(spec);
    this.moduleName = moduleName;
  }

  /** The attributes made so far (owned), for traverse. */
  made(): PyObject[] {
    if (this.keepsNothing) return [];
    return [this.code, this.defaults, this.kwdefaults].filter((o): o is PyObject => o !== null);
  }

  /** Lets go of the attributes made so far. */
  release(): void {
    const made = this.made();
    this.code = this.defaults = this.kwdefaults = null;
    for (const o of made) decref(o);
  }
}

/**
 * The code parts of the Python function CPython 3.8 defines as `qualname` in `moduleName`, when
 * corosim knows them (objects/native-py-codes.generated.ts).
 *
 * @param moduleName - the function's `__module__`.
 * @param qualname - its `__qualname__`.
 * @returns new parts, or null.
 */
export function nativePyCodeParts(moduleName: string, qualname: string): NativePyCodeParts | null {
  const spec = NATIVE_PY_CODES.get(`${moduleName}.${qualname}`);
  return spec === undefined ? null : new NativePyCodeParts(spec, moduleName);
}

/**
 * The getsets `__code__`, `__defaults__` and `__kwdefaults__` of a function type whose objects
 * may have code parts; a function without them has none of the three (AttributeError).
 *
 * @param partsOf - the function's parts, or null.
 * @param nameOf - its `co_name` and docstring.
 * @returns the getset definitions.
 */
export function nativePyCodeGetSets(partsOf: (self: PyObject) => NativePyCodeParts | null, nameOf: (self: PyObject) => { readonly name: string; readonly doc?: string | undefined }): GetSetDef[] {
  const attribute = (name: string, make: (self: PyObject, parts: NativePyCodeParts) => PyObject, field: 'code' | 'defaults' | 'kwdefaults'): GetSetDef => ({
    name,
    get: (self) => {
      const parts = partsOf(self);
      if (parts === null) missingAttribute(self, name);
      if (parts.keepsNothing && parts.madeIn !== activeHeap()) {
        // Made in an earlier run: gone with that run's heap.
        parts.code = parts.defaults = parts.kwdefaults = null;
        parts.madeIn = activeHeap();
      }
      const kept = parts[field];
      if (kept !== null) return incref(kept);
      const value = make(self, parts);
      // A function outliving the run borrows it from the run, which keeps it until exit, as
      // CPython's class keeps its function and the function its code.
      if (parts.keepsNothing) keepUntilExit(value);
      if (field === 'code') parts.code = value as PyCode;
      else parts[field] = value;
      return incref(value);
    },
  });
  return [
    attribute('__code__', (self, parts) => {
      const { name, doc } = nameOf(self);
      const { file } = parts.spec;
      const filename = file === undefined ? cpythonModuleFile(parts.moduleName) ?? parts.moduleName : `${CPYTHON_LIB_DIR}${file}`;
      return newNativePyCode(parts.spec.name ?? name, parts.spec, filename, doc);
    }, 'code'),
    attribute('__defaults__', (_self, parts) => nativePyDefaults(parts.spec, parts.moduleName), 'defaults'),
    attribute('__kwdefaults__', (_self, parts) => nativePyKwdefaults(parts.spec, parts.moduleName), 'kwdefaults'),
  ];
}
