/**
 * Functions written in TypeScript that stand for the Python functions in the bodies of CPython's
 * Lib/abc.py and Lib/_collections_abc.py classes (`Mapping.get`, `Sized.__len__`, ...): they show
 * as `function` objects (`<function Mapping.get at 0x...>`), bind to instances as methods do
 * (`func_descr_get`), carry `__isabstractmethod__` when the Python source decorates them with
 * `@abstractmethod`, and check their arguments with the messages of CPython 3.8
 * Python/ceval.c `_PyEval_EvalCodeWithName` ("get() missing 1 required positional argument: 'key'").
 * @module
 */
import { PyMethod } from '../objects/method.ts';
import { newBool } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { staticType } from '../runtime/core-types.ts';
import { attributeError, typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, freeObject, incref, type PyType } from '../runtime/object.ts';
import { addGetSets } from '../runtime/type-defs.ts';

/** The body of a class function: `args[0]` is `self` (or `cls`), as a Python function receives it. */
export type ClassFunctionImpl = (args: readonly PyObject[], kwnames: readonly string[] | null) => PyObject;

/** A Python-level function of a native class body. */
export interface ClassFunctionDef {
  readonly name: string;
  readonly impl: ClassFunctionImpl;
  /** Decorated with `@abstractmethod`. */
  readonly abstract?: boolean;
  readonly doc?: string;
}

/** The type of these functions: named `function`, as CPython's. */
export const classFunctionType: PyType = staticType({ name: 'function', module: 'builtins', basicsize: 136, flags: TPFLAGS_HAVE_GC });

/** A function of a native class body: `__module__`, `__qualname__` and its body. */
export class PyClassFunction extends PyObject {
  readonly def: ClassFunctionDef;
  readonly moduleName: string;
  readonly qualname: string;

  constructor(def: ClassFunctionDef, moduleName: string, qualname: string) {
    super(classFunctionType, allocateAddress(classFunctionType));
    this.def = def;
    this.moduleName = moduleName;
    this.qualname = qualname;
  }
}

/** A new function object for `def`, defined in class `owner` of module `moduleName`. */
export function newClassFunction(def: ClassFunctionDef, moduleName: string, owner: string): PyClassFunction {
  return new PyClassFunction(def, moduleName, `${owner}.${def.name}`);
}

classFunctionType.call = (callable, args, kwnames) => (callable as PyClassFunction).def.impl(args, kwnames);
// `func_descr_get`: bound to an instance, itself when read from the class.
classFunctionType.descrGet = (self, obj) => (obj === null || obj === None ? incref(self) : new PyMethod(self, obj));
classFunctionType.dealloc = (self) => {
  freeObject(self);
};
// The def and names are JS data: nothing counted is held.
classFunctionType.traverse = () => undefined;
classFunctionType.repr = (self) => newStr(`<function ${(self as PyClassFunction).qualname} at 0x${self.address.toString(16)}>`);
addGetSets(classFunctionType, [
  { name: '__name__', get: (self) => newStr((self as PyClassFunction).def.name) },
  { name: '__qualname__', get: (self) => newStr((self as PyClassFunction).qualname) },
  { name: '__module__', get: (self) => newStr((self as PyClassFunction).moduleName) },
  { name: '__doc__', get: (self) => { const d = (self as PyClassFunction).def.doc; return d === undefined ? incref(None) : newStr(d); } },
  {
    name: '__isabstractmethod__',
    get: (self) => {
      if ((self as PyClassFunction).def.abstract === true) return newBool(true);
      throw attributeError("'function' object has no attribute '__isabstractmethod__'");
    },
  },
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
  const out: (PyObject | undefined)[] = params.map(() => undefined);
  if (npos > params.length) {
    const min = params.length - ndefaults;
    const takes = ndefaults === 0 ? `${params.length} positional argument${params.length === 1 ? '' : 's'}` : `from ${min} to ${params.length} positional arguments`;
    throw typeError(`${name}() takes ${takes} but ${npos} ${npos === 1 ? 'was' : 'were'} given`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i] as string;
    const at = params.indexOf(k);
    if (at < 0 || at < posOnly) throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
    if (out[at] !== undefined) throw typeError(`${name}() got multiple values for argument '${k}'`);
    out[at] = args[npos + i];
  }
  const required = params.length - ndefaults;
  const missing = params.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length > 0) {
    throw typeError(`${name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${quotedList(missing)}`);
  }
  return out;
}
