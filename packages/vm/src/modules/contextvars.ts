/**
 * The `_contextvars` module (ContextVar, Token, Context, copy_context) and `contextvars`, which
 * re-exports it as Lib/contextvars.py does (`from _contextvars import *`). Mirrors CPython 3.8
 * Modules/_contextvarsmodule.c and Lib/contextvars.py; the objects are in objects/context*.ts.
 * @module
 */
import { contextCopyCurrent, contextType } from '../objects/context.ts';
import { contextVarType, tokenType } from '../objects/context-var.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { dictSetStr } from '../objects/dict.ts';
import { decref } from '../runtime/object.ts';
import { defineNativeModule, importFrom } from './module-builder.ts';

/** The names of `contextvars.__all__`, in CPython's order. */
const ALL = ['Context', 'ContextVar', 'Token', 'copy_context'] as const;

defineNativeModule({
  name: '_contextvars',
  doc: 'Context Variables',
  functions: [{ name: 'copy_context', kind: 'noargs', impl: () => contextCopyCurrent() }],
  values: () => [
    ['Context', contextType],
    ['ContextVar', contextVarType],
    ['Token', tokenType],
  ],
});

defineNativeModule({
  name: 'contextvars',
  values: () => [['__all__', newTupleStealing(ALL.map((n) => newStr(n)))]],
  init: (module) => {
    for (const name of ALL) {
      const value = importFrom(module, '_contextvars', name);
      dictSetStr(module.namespace, name, value);
      decref(value);
    }
  },
});
