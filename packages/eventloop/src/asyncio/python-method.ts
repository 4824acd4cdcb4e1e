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
}

/** `too_many_positional`: `stop() takes 1 positional argument but 2 were given`. */
function tooMany(name: string, least: number, most: number, given: number): rt.PyRaise {
  const takes = least === most ? `${most} positional argument${most === 1 ? '' : 's'}` : `from ${least} to ${most} positional arguments`;
  return rt.typeError(`${name}() takes ${takes} but ${given} ${given === 1 ? 'was' : 'were'} given`);
}

/** `format_missing` for one parameter. */
function missing(name: string, param: string): rt.PyRaise {
  return rt.typeError(`${name}() missing 1 required positional argument: '${param}'`);
}

/** The positional arguments after `self` of a call to `m`, bound as CPython binds a Python function's. */
function bindArgs(m: PythonMethodDef, args: readonly rt.PyObject[], kwnames: readonly string[] | null): { self: rt.PyObject; rest: readonly rt.PyObject[]; kwnames: readonly string[] | null } {
  const { def } = m;
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (m.params === undefined && def.kind !== 'noargs') {
    const self = npos > 0 ? args[0] : undefined;
    if (self === undefined) throw missing(def.name, 'self');
    return { self, rest: args.slice(1), kwnames };
  }
  const params = ['self', ...(m.params ?? [])];
  const required = 1 + (m.required ?? params.length - 1);
  if (npos > params.length) throw tooMany(def.name, required, params.length, npos);
  const bound: (rt.PyObject | undefined)[] = args.slice(0, npos);
  for (let i = 0; i < nkw; i++) {
    const key = (kwnames as readonly string[])[i] as string;
    const at = params.indexOf(key);
    if (at < 0) throw rt.typeError(`${def.name}() got an unexpected keyword argument '${key}'`);
    if (bound[at] !== undefined) throw rt.typeError(`${def.name}() got multiple values for argument '${key}'`);
    bound[at] = args[npos + i];
  }
  for (let i = 0; i < required; i++) if (bound[i] === undefined) throw missing(def.name, params[i] as string);
  const given = bound.indexOf(undefined);
  return { self: bound[0] as rt.PyObject, rest: (given < 0 ? bound : bound.slice(0, given)).slice(1) as rt.PyObject[], kwnames: null };
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
      const { self, rest, kwnames: kw } = bindArgs(m, args, kwnames);
      // DEVIATION(cpython): the body is native and needs corosim's own object; CPython's Python
      // body would fail later, on an attribute the object lacks.
      if (!self.type.isSubtype(owner)) {
        throw rt.typeError(`descriptor '${def.name}' requires a '${owner.name}' object but received a '${self.type.name}'`);
      }
      return def.impl(self, rest, kw);
    },
  }, module, qualname);
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
  for (const m of methods) rt.addValue(type, m.def.name, () => pythonMethod(m, owner, module, `${type.name}.${m.def.name}`));
}

/**
 * Checks the arguments of `__init__(self, <positional>, *, <keyword-only>)`, every parameter with
 * a default, as CPython checks a Python function's call (the body then reads them by position or
 * name): too many positional arguments, an unexpected keyword, a value given twice.
 *
 * @param args - the arguments after `self`, keyword values last.
 * @param kwnames - the keywords' names, or null.
 * @param positional - the positional-or-keyword parameters, in order.
 * @param keywordOnly - the keyword-only parameters.
 */
export function checkInitArgs(args: readonly rt.PyObject[], kwnames: readonly string[] | null, positional: readonly string[], keywordOnly: readonly string[] = ['loop']): void {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > positional.length) throw tooMany('__init__', 1, positional.length + 1, npos + 1);
  for (const key of kwnames ?? []) {
    const at = positional.indexOf(key);
    if (at < 0 && !keywordOnly.includes(key)) throw rt.typeError(`__init__() got an unexpected keyword argument '${key}'`);
    if (at >= 0 && at < npos) throw rt.typeError(`__init__() got multiple values for argument '${key}'`);
  }
}
