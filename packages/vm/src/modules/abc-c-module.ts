/**
 * The `_abc` module: the helpers written in C behind `abc.ABCMeta`, which Lib/abc.py imports
 * (`from _abc import get_cache_token, _abc_init, _abc_register, ...`), importable on their own as
 * in CPython. Mirrors CPython 3.8 Modules/_abc.c `_abcmodule_methods`.
 * @module
 */
import { newInt } from '../objects/int.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { checkPositional } from '../runtime/clinic-args.ts';
import { incref, type PyObject } from '../runtime/object.ts';
import { abcDump, abcInit, cacheToken, instanceCheck, register, resetCaches, resetRegistry, subclassCheck } from './abc-meta.ts';
import { defineNativeModule } from './module-builder.ts';

/** A helper of two positional arguments (`_PyArg_CheckPositional`). */
function twoArgs(name: string, impl: (self: PyObject, other: PyObject) => PyObject): NativeDef {
  return {
    name, kind: 'fast',
    impl: (_m, args) => {
      checkPositional(name, args.length, 2, 2);
      return impl(args[0] as PyObject, args[1] as PyObject);
    },
  };
}

/** The functions of `_abc`, which `abc` takes from it (their docs come from builtin-docs.generated.ts). */
export const abcCFunctions: readonly NativeDef[] = [
  { name: 'get_cache_token', kind: 'noargs', impl: () => newInt(cacheToken()) },
  {
    name: '_abc_init', kind: 'o',
    impl: (_m, args) => {
      abcInit(args[0] as PyObject);
      return incref(None);
    },
  },
  twoArgs('_abc_register', register),
  twoArgs('_abc_instancecheck', instanceCheck),
  twoArgs('_abc_subclasscheck', subclassCheck),
  { name: '_get_dump', kind: 'o', impl: (_m, args) => abcDump(args[0] as PyObject) },
  {
    name: '_reset_registry', kind: 'o',
    impl: (_m, args) => {
      resetRegistry(args[0] as PyObject);
      return incref(None);
    },
  },
  {
    name: '_reset_caches', kind: 'o',
    impl: (_m, args) => {
      resetCaches(args[0] as PyObject);
      return incref(None);
    },
  },
];

defineNativeModule({ name: '_abc', doc: 'Module contains faster C implementation of abc.ABCMeta', functions: abcCFunctions });
