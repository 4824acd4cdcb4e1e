/**
 * The Python side of a native function that stands for a function CPython 3.8 writes in Python:
 * its parameter list as the `def` spells it, from which come its argument checks (before the
 * native body runs, as `_PyEval_EvalCodeWithName` makes them before the body), `__code__` (the
 * counts, `co_varnames`, `co_flags`, `co_filename` and `co_firstlineno` of CPython's code object),
 * `__defaults__` and `__kwdefaults__`; `inspect.signature` reads these as for any function.
 * Mirrors CPython 3.8 Python/ceval.c `_PyEval_EvalCodeWithName` and Objects/funcobject.c.
 * @module
 */
import { NONE, type Constant } from '../bytecode/constant.ts';
import { assert } from '../internal/assert.ts';
import { missingArgumentsError, tooManyPositionalError } from '../runtime/argument-errors.ts';
import { typeError } from '../runtime/errors.ts';
import { sysModules } from '../runtime/import-system.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { PyCode } from './code.ts';
import { dictGetStr, dictSetStr, newDict, type PyDict } from './dict.ts';
import { newFloat } from './float.ts';
import { False, True, newInt } from './int.ts';
import { PyModule } from './module.ts';
import { Ellipsis, None } from './singletons.ts';
import { newStr } from './str.ts';
import { newTupleStealing } from './tuple.ts';
import { missingAttribute } from '../runtime/attributes.ts';
import type { GetSetDef } from './getset.ts';
import { CPYTHON_LIB_DIR, cpythonModuleFile } from '../modules/cpython-module-files.ts';
import { NATIVE_PY_CODES } from './native-py-codes.generated.ts';

/** A constant of the generated table: None (null), a str, an int, or a tuple of those (an array). */
export type GeneratedConstant = string | number | null | readonly GeneratedConstant[];

/** How CPython 3.8 compiles the Python function a native def stands for. */
export interface NativeCodeSpec {
  /**
   * The parameter list as the `def` spells it: `(n, iterable, key=None)`, `(self, *args, **kwds)`,
   * `(typename, field_names, *, rename=False)`. A default is a literal (None, True, False, a number,
   * a string, a tuple of those) or a name looked up in the function's module, then in builtins.
   */
  readonly params: string;
  /** `co_name`, when the function is bound under another name (`Random._randbelow`). */
  readonly name?: string;
  /** `co_filename` under the library folder, when not the module's own file (`_collections_abc.py`). */
  readonly file?: string;
  /** `co_varnames` after the parameters, space-separated. */
  readonly locals?: string;
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
  /** `co_flags`. */
  readonly flags: number;
  /** `co_stacksize`. */
  readonly stacksize: number;
  /** `co_firstlineno`: the line of the `def` (of its first decorator) in CPython's source. */
  readonly line: number;
}

/** A parameter list, parsed. */
export interface ParsedParams {
  /** The parameter names in `co_varnames` order: positional, keyword-only, `*args`, `**kwargs`. */
  readonly names: readonly string[];
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly varargs: boolean;
  readonly varkw: boolean;
  /** The default texts of the last positional parameters. */
  readonly defaults: readonly string[];
  /** The keyword-only parameters' default texts, by name. */
  readonly kwdefaults: ReadonlyMap<string, string>;
}

/** The items of a comma-separated list, split at the commas outside brackets and quotes. */
function splitTopLevel(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
    } else if (c === ',' && depth === 0) {
      items.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last !== '') items.push(last);
  return items;
}

const parsedCache = new Map<string, ParsedParams>();

/**
 * The parameter list `spec.params`, parsed (once per text).
 *
 * @param params - a parameter list in parentheses, as a `def` spells it.
 * @returns its parts.
 * @throws InternalError when the text is not a parameter list.
 */
export function parseParams(params: string): ParsedParams {
  const cached = parsedCache.get(params);
  if (cached !== undefined) return cached;
  assert(params.startsWith('(') && params.endsWith(')'), `not a parameter list: ${params}`);
  const positional: string[] = [];
  const kwonly: string[] = [];
  const defaults: string[] = [];
  const kwdefaults = new Map<string, string>();
  let posonly = 0;
  let star: string | null = null;
  let starred = false;
  let varkw: string | null = null;
  for (const item of splitTopLevel(params.slice(1, -1))) {
    if (item === '/') {
      posonly = positional.length;
      continue;
    }
    if (item.startsWith('**')) {
      varkw = item.slice(2);
      continue;
    }
    if (item.startsWith('*')) {
      starred = true;
      if (item !== '*') star = item.slice(1);
      continue;
    }
    const eq = item.indexOf('=');
    const name = (eq < 0 ? item : item.slice(0, eq)).trim();
    const dflt = eq < 0 ? null : item.slice(eq + 1).trim();
    if (starred) {
      kwonly.push(name);
      if (dflt !== null) kwdefaults.set(name, dflt);
    } else {
      positional.push(name);
      if (dflt !== null) defaults.push(dflt);
      else assert(defaults.length === 0, `non-default parameter after a default one: ${params}`);
    }
  }
  const parsed: ParsedParams = {
    names: [...positional, ...kwonly, ...(star === null ? [] : [star]), ...(varkw === null ? [] : [varkw])],
    argcount: positional.length,
    posonlyargcount: posonly,
    kwonlyargcount: kwonly.length,
    varargs: star !== null,
    varkw: varkw !== null,
    defaults,
    kwdefaults,
  };
  parsedCache.set(params, parsed);
  return parsed;
}

/**
 * Checks a call's arguments against the parameters as `_PyEval_EvalCodeWithName` does, in its
 * order: each keyword (unexpected, positional-only, given twice), the number of positional
 * arguments, then the required positional and keyword-only parameters left without a value.
 *
 * @param name - the function's `co_name`.
 * @param p - its parameters.
 * @param args - the arguments, keyword values last.
 * @param kwnames - the keywords' names, or null.
 */
export function checkNativePyArguments(name: string, p: ParsedParams, args: readonly PyObject[], kwnames: readonly string[] | null): void {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  // The common call, positional arguments only and as many as the parameters take, binds
  // without a word to say (and without building the lists below).
  if (nkw === 0 && npos >= p.argcount - p.defaults.length && (npos <= p.argcount || p.varargs) && p.kwdefaults.size === p.kwonlyargcount) return;
  const total = p.argcount + p.kwonlyargcount;
  const filled: boolean[] = p.names.slice(0, total).map((_, i) => i < Math.min(npos, p.argcount));
  for (const keyword of kwnames ?? []) {
    let j = p.posonlyargcount;
    while (j < total && p.names[j] !== keyword) j++;
    if (j >= total) {
      if (p.varkw) continue;
      const clash = p.names.slice(0, p.posonlyargcount).filter((n) => (kwnames ?? []).includes(n));
      if (clash.length > 0) throw typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${clash.join(', ')}'`);
      throw typeError(`${name}() got an unexpected keyword argument '${keyword}'`);
    }
    if (filled[j] === true) throw typeError(`${name}() got multiple values for argument '${keyword}'`);
    filled[j] = true;
  }
  if (npos > p.argcount && !p.varargs) {
    const kwonlyGiven = filled.slice(p.argcount).filter((f) => f).length;
    throw tooManyPositionalError(name, p.argcount, npos, p.defaults.length, kwonlyGiven);
  }
  const required = p.argcount - p.defaults.length;
  const missing = p.names.slice(0, required).filter((_, i) => filled[i] !== true);
  if (missing.length > 0) throw missingArgumentsError(name, 'positional', missing);
  const kwMissing = p.names.slice(p.argcount, total).filter((n, i) => filled[p.argcount + i] !== true && !p.kwdefaults.has(n));
  if (kwMissing.length > 0) throw missingArgumentsError(name, 'keyword-only', kwMissing);
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

const words = (text: string | undefined): string[] => (text === undefined ? [] : text.split(' ').filter((w) => w !== ''));

/**
 * The code object CPython 3.8 compiles for the function (`co_code` aside: its body here is
 * native, so the code is `return None`).
 *
 * @param name - `co_name`.
 * @param spec - the function's parameters and names.
 * @param filename - `co_filename`, the module's source file.
 * @param doc - the docstring, `co_consts[0]`.
 * @returns a new code object.
 */
export function newNativePyCode(name: string, spec: NativeCodeSpec, filename: string, ownDoc: string | undefined): PyCode {
  const p = parseParams(spec.params);
  const doc = ownDoc ?? nativePyDoc(spec);
  const varnames = [...p.names, ...words(spec.locals)];
  const cellvars = words(spec.cells);
  const freevars = words(spec.frees);
  const doc0: Constant = doc === undefined ? NONE : { kind: 'str', value: doc };
  const consts: Constant[] = spec.consts === undefined ? (doc === undefined ? [NONE] : [doc0, NONE]) : spec.consts.map(constantOf);
  const none = consts.findIndex((c) => c.kind === 'None');
  return new PyCode({
    argcount: p.argcount,
    posonlyargcount: p.posonlyargcount,
    kwonlyargcount: p.kwonlyargcount,
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

/** A default's value: a literal, or a name of the function's module or of builtins. */
function evalDefault(text: string, moduleName: string): PyObject {
  if (text === 'None') return incref(None);
  if (text === 'True') return incref(True);
  if (text === 'False') return incref(False);
  if (text === '...') return incref(Ellipsis);
  if (/^-?\d+$/.test(text)) return newInt(BigInt(text) >= BigInt(Number.MIN_SAFE_INTEGER) && BigInt(text) <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(text) : BigInt(text));
  if (/^-?\d*\.\d+(e-?\d+)?$/.test(text)) return newFloat(Number(text));
  const quote = text[0];
  if ((quote === "'" || quote === '"') && text.endsWith(quote)) return newStr(JSON.parse(`"${text.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string);
  if (text.startsWith('(') && text.endsWith(')')) return newTupleStealing(splitTopLevel(text.slice(1, -1)).map((t) => evalDefault(t, moduleName)));
  for (const source of [moduleName, 'builtins']) {
    const module = dictGetStr(sysModules(), source);
    const value = module instanceof PyModule ? dictGetStr(module.namespace, text) : null;
    if (value !== null) return incref(value);
  }
  assert(false, `default ${text} not found in ${moduleName}`);
}

/**
 * `__defaults__`: the positional defaults as a new tuple, or None.
 *
 * @param p - the parameters.
 * @param moduleName - the module whose names a default may name.
 * @returns a new reference.
 */
export function nativePyDefaults(p: ParsedParams, moduleName: string): PyObject {
  if (p.defaults.length === 0) return incref(None);
  return newTupleStealing(p.defaults.map((t) => evalDefault(t, moduleName)));
}

/**
 * `__kwdefaults__`: the keyword-only defaults as a new dict, or None.
 *
 * @param p - the parameters.
 * @param moduleName - the module whose names a default may name.
 * @returns a new reference.
 */
export function nativePyKwdefaults(p: ParsedParams, moduleName: string): PyObject {
  if (p.kwdefaults.size === 0) return incref(None);
  const dict: PyDict = newDict();
  for (const [name, text] of p.kwdefaults) {
    const value = evalDefault(text, moduleName);
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
  readonly params: ParsedParams;
  readonly moduleName: string;
  code: PyCode | null = null;
  defaults: PyObject | null = null;
  kwdefaults: PyObject | null = null;
  /**
   * Whether the function outlives the run (a method in a static type's dict, made once when the VM
   * readies the type): it keeps nothing it makes, as objects of one run's heap must not outlive it.
   */
  keepsNothing = false;

  constructor(spec: NativeCodeSpec, moduleName: string) {
    this.spec = spec;
    this.params = parseParams(spec.params);
    this.moduleName = moduleName;
  }

  /** The attributes made so far (owned), for traverse. */
  made(): PyObject[] {
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
      const kept = parts[field];
      if (kept !== null) return incref(kept);
      const value = make(self, parts);
      // DEVIATION(cpython): a function outliving the run makes a new object on each read, so
      // `f.__code__ is f.__code__` is False for it.
      if (parts.keepsNothing) return value;
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
    attribute('__defaults__', (_self, parts) => nativePyDefaults(parts.params, parts.moduleName), 'defaults'),
    attribute('__kwdefaults__', (_self, parts) => nativePyKwdefaults(parts.params, parts.moduleName), 'kwdefaults'),
  ];
}
