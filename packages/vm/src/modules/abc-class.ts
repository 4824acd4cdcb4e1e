/**
 * Making the classes that CPython 3.8 defines in Python (Lib/abc.py, Lib/_collections_abc.py) from
 * TypeScript: a namespace filled as their class bodies fill it, passed to the metaclass as
 * `__build_class__` does, so they are ordinary heap classes of that metaclass (`ABCMeta` for the
 * ABCs), subclassable and inspectable like CPython's.
 * @module
 */
import { dictGetStr, dictSetStr, newDict } from '../objects/dict.ts';
import { newClassMethod, propertyType } from '../objects/descr-types.ts';
import { newStr } from '../objects/str.ts';
import { newTuple, newTupleStealing } from '../objects/tuple.ts';
import { callObject } from '../runtime/call.ts';
import { decref, type PyObject, type PyType } from '../runtime/object.ts';
import { unreachable } from '../internal/assert.ts';
import { newClassFunction, type ClassFunctionDef } from './abc-function.ts';

/** One statement of a class body, in order. */
export type ClassEntry =
  | { readonly kind: 'function'; readonly def: ClassFunctionDef }
  | { readonly kind: 'classmethod'; readonly def: ClassFunctionDef }
  /** `@property def name(self): ...` (a getter only). */
  | { readonly kind: 'property'; readonly def: ClassFunctionDef }
  /** `name = value` (value borrowed). */
  | { readonly kind: 'value'; readonly name: string; readonly value: PyObject }
  /** `alias = name` for a name bound earlier in the body (`__rand__ = __and__`, `cr_code = gi_code`). */
  | { readonly kind: 'alias'; readonly name: string; readonly of: string };

/** A class statement. */
export interface NativeClassSpec {
  readonly name: string;
  readonly module: string;
  readonly meta: PyType;
  readonly bases: readonly PyObject[];
  readonly doc?: string;
  /** `__slots__` (a tuple of names, or one name as a str); omitted for classes without a `__slots__` statement. */
  readonly slots?: string | readonly string[];
  readonly body: readonly ClassEntry[];
}

/** Runs the class statement: a new reference to the class. */
export function makeClass(spec: NativeClassSpec): PyType {
  const ns = newDict();
  try {
    const set = (name: string, value: PyObject): void => {
      dictSetStr(ns, name, value);
      decref(value);
    };
    set('__module__', newStr(spec.module));
    set('__qualname__', newStr(spec.name));
    if (spec.doc !== undefined) set('__doc__', newStr(spec.doc));
    if (typeof spec.slots === 'string') set('__slots__', newStr(spec.slots));
    else if (spec.slots !== undefined) set('__slots__', newTupleStealing(spec.slots.map((s) => newStr(s))));
    const functions = new Map<string, PyObject>();
    for (const entry of spec.body) {
      switch (entry.kind) {
        case 'function': {
          const f = newClassFunction(entry.def, spec.module, spec.name);
          functions.set(entry.def.name, f);
          dictSetStr(ns, entry.def.name, f);
          break;
        }
        case 'classmethod': {
          const f = newClassFunction(entry.def, spec.module, spec.name);
          set(entry.def.name, newClassMethod(f));
          decref(f);
          break;
        }
        case 'property': {
          const f = newClassFunction(entry.def, spec.module, spec.name);
          set(entry.def.name, callObject(propertyType, [f]));
          decref(f);
          break;
        }
        case 'value':
          dictSetStr(ns, entry.name, entry.value);
          break;
        case 'alias': {
          // `alias = name`: whatever the body bound `name` to (a function, a property, ...).
          const f = dictGetStr(ns, entry.of);
          if (f !== null) dictSetStr(ns, entry.name, f);
          break;
        }
        default:
          unreachable(entry);
      }
    }
    for (const f of functions.values()) decref(f);
    const name = newStr(spec.name);
    const bases = newTuple(spec.bases);
    try {
      return callObject(spec.meta, [name, bases, ns]) as PyType;
    } finally {
      decref(name);
      decref(bases);
    }
  } finally {
    decref(ns);
  }
}
