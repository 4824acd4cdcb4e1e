/**
 * Methods of CPython's Python-written asyncio classes (`BaseEventLoop.stop`, ...), written natively:
 * function objects in the defining class's dict, so an instance binds them into `method` objects
 * whose `__qualname__` names the class that defines them (`<Handle BaseEventLoop.stop()>` for a
 * subclass's loop too), and whose argument errors read as a Python function's. Mirrors CPython
 * 3.8 Objects/funcobject.c (`func_descr_get`) and Python/ceval.c (`format_missing`,
 * `too_many_positional`).
 * @module
 */
import { rt } from '@corosim/vm/host';

/**
 * A native method def and, to check its arguments as a Python function's, the names of its
 * parameters after `self`. Without names a `noargs` def takes none, and a `fast` or `fastkw` def
 * checks its own.
 */
export interface PythonMethodDef {
  readonly def: rt.NativeDef;
  /** The parameters after `self`, by position or keyword; the body gets those given, in order. */
  readonly params?: readonly string[];
  /** How many of `params` are required (the rest have defaults); all of them when absent. */
  readonly required?: number;
  /** Whether CPython's method is an `async def` (`inspect.iscoroutinefunction` says so). */
  readonly coroutine?: boolean;
}

/** `too_many_positional`: `stop() takes 1 positional argument but 2 were given`. */
function tooMany(name: string, least: number, most: number, given: number, kwonlyGiven = 0): rt.PyRaise {
  const takes = least === most ? `${most} positional argument${most === 1 ? '' : 's'}` : `from ${least} to ${most} positional arguments`;
  const kwonly = kwonlyGiven === 0 ? '' : ` positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'})`;
  return rt.typeError(`${name}() takes ${takes} but ${given}${kwonly} ${given === 1 && kwonlyGiven === 0 ? 'was' : 'were'} given`);
}

/** `format_missing`: `missing 2 required positional arguments: 'fut' and 'timeout'`. */
function missingMany(name: string, params: readonly string[]): rt.PyRaise {
  const quoted = params.map((p) => `'${p}'`);
  const last = quoted.pop() ?? '';
  const list = quoted.length === 0 ? last : quoted.length === 1 ? `${quoted[0] ?? ''} and ${last}` : `${quoted.join(', ')}, and ${last}`;
  const n = params.length;
  return rt.typeError(`${name}() missing ${n} required positional argument${n === 1 ? '' : 's'}: ${list}`);
}

/** `CO_COROUTINE`: the code flag of an `async def` function. */
export const CO_COROUTINE = 0x80;

/** A Python function's parameters, as far as checking a call needs them. */
export interface PySignature {
  /** The positional-or-keyword parameters, in order. */
  readonly params: readonly string[];
  /** How many of `params` have no default (all when absent). */
  readonly required?: number;
  /** Whether it takes `*args`, and the name of that parameter. */
  readonly varargs?: boolean;
  readonly varargsName?: string;
  /** The defaults that are not None (immortal or interned objects). */
  readonly defaults?: Readonly<Record<string, rt.PyObject>>;
  /** The keyword-only parameters (all with defaults). */
  readonly kwonly?: readonly string[];
}

/**
 * Checks a call's arguments against `sig` as `_PyEval_EvalCodeWithName` does, in its order: each
 * keyword (unexpected, or a value given twice), then the number of positional arguments, then the
 * required parameters left without a value.
 *
 * @param name - the function's `__name__`, for the messages.
 * @param sig - its parameters.
 * @param args - the arguments, keyword values last.
 * @param kwnames - the keywords' names, or null.
 */
export function checkSignature(name: string, sig: PySignature, args: readonly rt.PyObject[], kwnames: readonly string[] | null): void {
  const { params } = sig;
  const kwonly = sig.kwonly ?? [];
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const filled = params.map((_, i) => i < npos);
  let kwonlyGiven = 0;
  for (const key of kwnames ?? []) {
    const at = params.indexOf(key);
    if (at < 0) {
      if (!kwonly.includes(key)) throw rt.typeError(`${name}() got an unexpected keyword argument '${key}'`);
      kwonlyGiven++;
      continue;
    }
    if (filled[at] === true) throw rt.typeError(`${name}() got multiple values for argument '${key}'`);
    filled[at] = true;
  }
  const required = sig.required ?? params.length;
  if (sig.varargs !== true && npos > params.length) throw tooMany(name, required, params.length, npos, kwonlyGiven);
  const missing = params.slice(0, required).filter((_, i) => filled[i] !== true);
  if (missing.length > 0) throw missingMany(name, missing);
}

/** The usual call: `self` and positional arguments only, as many as the parameters `names` take. */
function isUsualCall(names: readonly string[], required: number | undefined, npos: number): boolean {
  return npos > (required ?? names.length) && npos <= names.length + 1;
}

/** The positional arguments after `self` of a call to `m`, bound as CPython binds a Python function's. */
function bindArgs(m: PythonMethodDef, args: readonly rt.PyObject[], kwnames: readonly string[] | null): { self: rt.PyObject; rest: readonly rt.PyObject[]; kwnames: readonly string[] | null } {
  const { def } = m;
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (m.params === undefined && def.kind !== 'noargs') {
    const self = npos > 0 ? args[0] : undefined;
    if (self === undefined) throw missingMany(def.name, ['self']);
    return { self, rest: args.slice(1), kwnames };
  }
  const names = m.params ?? [];
  if (nkw === 0 && isUsualCall(names, m.required, npos)) return { self: args[0] as rt.PyObject, rest: args.slice(1), kwnames: null };
  const params = ['self', ...names];
  checkSignature(def.name, { params, required: 1 + (m.required ?? params.length - 1) }, args, kwnames);
  const bound: (rt.PyObject | undefined)[] = args.slice(0, npos);
  for (let i = 0; i < nkw; i++) bound[params.indexOf((kwnames as readonly string[])[i] as string)] = args[npos + i];
  const given = bound.indexOf(undefined);
  return { self: bound[0] as rt.PyObject, rest: (given < 0 ? bound : bound.slice(0, given)).slice(1) as rt.PyObject[], kwnames: null };
}

/**
 * A def whose arguments are checked first against a Python function's signature (a call failing
 * there makes no frame in CPython: the exception keeps no argument alive); the body gets the
 * positional parameters in place and only keyword-only ones by keyword.
 *
 * @param d - the native def.
 * @param sig - the signature of the Python function it stands for.
 * @returns a `fastkw` def (a Python signature takes keywords, whatever kind `d` was).
 */
export function withSignature(d: rt.NativeDef, sig: PySignature): rt.NativeDef {
  const { impl, name } = d;
  return {
    ...d,
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      checkSignature(name, sig, args, kwnames);
      const call = positionalized(sig, args, kwnames);
      return impl(self, call.args, call.kwnames);
    },
  };
}

/**
 * The arguments with the keyword values of positional parameters moved to their places (the
 * call checked first, so they follow the positional ones without a gap); keyword-only ones stay.
 */
function positionalized(sig: PySignature, args: readonly rt.PyObject[], kwnames: readonly string[] | null): { args: readonly rt.PyObject[]; kwnames: readonly string[] | null } {
  if (kwnames === null || kwnames.length === 0) return { args, kwnames: null };
  const npos = args.length - kwnames.length;
  const pos = args.slice(0, npos);
  const kwArgs: rt.PyObject[] = [];
  const kwNames: string[] = [];
  kwnames.forEach((k, i) => {
    const value = args[npos + i] as rt.PyObject;
    const at = sig.params.indexOf(k);
    if (at >= 0) pos[at] = value;
    else {
      kwArgs.push(value);
      kwNames.push(k);
    }
  });
  return { args: [...pos, ...kwArgs], kwnames: kwNames.length === 0 ? null : kwNames };
}

/**
 * The function object standing for a method of a Python class of CPython's asyncio.
 *
 * @param m - the native def (its `self` is the instance) and its parameter names.
 * @param owner - the type `self` must be an instance of (checked; a native body needs its own object).
 * @param module - `__module__`, e.g. `asyncio.base_events`.
 * @param qualname - `__qualname__`, e.g. `BaseEventLoop.stop`.
 * @returns a new reference to a `function` that binds as Python functions do.
 */
export function pythonMethod(m: PythonMethodDef, owner: rt.PyType, module: string, qualname: string): rt.PyObject {
  const { def } = m;
  return rt.newNativePyFunction({
    name: def.name,
    kind: 'fastkw',
    ...(def.doc === undefined ? {} : { doc: def.doc }),
    impl: (_fn, args, kwnames) => {
      // The usual call binds as it comes, with no binding made.
      if (kwnames === null && m.params !== undefined && isUsualCall(m.params, m.required, args.length)) {
        const self = args[0] as rt.PyObject;
        if (self.type === owner || self.type.isSubtype(owner)) return def.impl(self, args.slice(1), null);
      }
      const { self, rest, kwnames: kw } = bindArgs(m, args, kwnames);
      // DEVIATION(cpython): the body is native and needs corosim's own object; CPython's Python
      // body would fail later, on an attribute the object lacks.
      if (!self.type.isSubtype(owner)) {
        throw rt.typeError(`descriptor '${def.name}' requires a '${owner.name}' object but received a '${self.type.name}'`);
      }
      return def.impl(self, rest, kw);
    },
  }, module, qualname, m.coroutine === true ? CO_COROUTINE : 0);
}

/**
 * Puts the methods in `type`'s dict as function objects (made when the VM readies the type).
 *
 * @param type - the defining class (its name starts each `__qualname__`).
 * @param module - the defining module.
 * @param owner - the type a `self` must be an instance of.
 * @param methods - the defs.
 */
export function addPythonMethods(type: rt.PyType, module: string, owner: rt.PyType, methods: readonly PythonMethodDef[]): void {
  type.isPythonClass = true;
  for (const m of methods) {
    rt.addValue(type, m.def.name, () => {
      const fn = pythonMethod(m, owner, module, `${type.name}.${m.def.name}`);
      // Made once for every run: it keeps no object of one run's heap.
      if (fn instanceof rt.PyNativePyFunction) fn.markOutlivesRun();
      return fn;
    });
  }
}

/**
 * Checks the arguments of `__init__(self, <positional>, *, <keyword-only>)`, every parameter with
 * a default, as CPython checks a Python function's call (the body then reads them by position or
 * name).
 *
 * @param args - the arguments after `self`, keyword values last.
 * @param kwnames - the keywords' names, or null.
 * @param positional - the positional-or-keyword parameters, in order.
 * @param keywordOnly - the keyword-only parameters.
 */
export function checkInitArgs(args: readonly rt.PyObject[], kwnames: readonly string[] | null, positional: readonly string[], keywordOnly: readonly string[] = ['loop']): void {
  // `self` counts among the positional arguments of the messages.
  checkSignature('__init__', { params: ['self', ...positional], required: 1, kwonly: keywordOnly }, [rt.None, ...args], kwnames);
}

/**
 * Makes `type` the first Python class of its hierarchy as CPython's `class` statement makes it:
 * instances get a `__dict__` (arbitrary attributes) and weak references, and the class's dict the
 * `__dict__` and `__weakref__` descriptors (its subclasses inherit them, as `vars(cls)` shows).
 *
 * @param type - a static type standing for a Python class whose bases are `object` or native.
 */
export function pythonClassRoot(type: rt.PyType): void {
  type.isPythonClass = true;
  type.hasInstanceDict = true;
  type.weakrefable = true;
  rt.addValue(type, '__dict__', () => rt.instanceDictGetSet(type));
  rt.addValue(type, '__weakref__', () => rt.weakrefGetSet(type));
}

/** The parameters `inspect.signature` shows for a function of signature `sig` (defaults None unless given). */
export function nativeSignature(sig: PySignature): rt.NativeSignature {
  const required = sig.required ?? sig.params.length;
  const dflt = (name: string): rt.PyObject => sig.defaults?.[name] ?? rt.None;
  return {
    params: [
      ...sig.params.map((name, i) => ({ name, kind: 'POSITIONAL_OR_KEYWORD' as const, dflt: i < required ? null : dflt(name) })),
      ...(sig.varargs === true ? [{ name: sig.varargsName ?? 'args', kind: 'VAR_POSITIONAL' as const, dflt: null }] : []),
      // gather's `loop` and `return_exceptions` follow `*coros_or_futures`: keyword-only too.
      ...(sig.kwonly ?? []).map((name) => ({ name, kind: 'KEYWORD_ONLY' as const, dflt: dflt(name) })),
    ],
  };
}
