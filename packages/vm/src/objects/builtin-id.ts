/**
 * `_PyEval_GetBuiltinId`: a builtin looked up in the running frame's builtins, as the
 * `__reduce__` methods of the iterators name `iter` and `reversed`. Mirrors CPython 3.8
 * Python/ceval.c `_PyEval_GetBuiltinId`.
 * @module
 */
import { attributeError } from '../runtime/errors.ts';
import { incref, type PyObject } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { dictGetStr, isDict } from './dict.ts';
import { PyFrame } from './frame.ts';

/**
 * The builtin `name` of the running frame (`PyEval_GetBuiltins()`), as a new reference.
 *
 * @param name - the builtin's name (`iter`, `reversed`)
 * @returns a new reference; AttributeError(name) when the builtins lack it
 * @see CPython 3.8 Python/ceval.c `_PyEval_GetBuiltinId`
 */
export function getBuiltinId(name: string): PyObject {
  const frame = tstate.frame;
  const v = frame instanceof PyFrame && isDict(frame.builtins) ? dictGetStr(frame.builtins, name) : null;
  if (v === null) throw attributeError(name);
  return incref(v);
}
