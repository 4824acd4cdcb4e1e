/**
 * The arguments of `throw(typ[, val[, tb]])` of coroutines written in TypeScript (contextlib's,
 * asyncio's): their count, and the exception they make (`throw_here`). Mirrors CPython 3.8
 * Objects/genobject.c (`gen_throw`, `_gen_throw`), whose checks and messages these are.
 * @module
 */
import { PyBaseException } from '../objects/exception-object.ts';
import { None } from '../objects/singletons.ts';
import { PyTraceback } from '../objects/traceback.ts';
import { PyRaise, typeError } from './errors.ts';
import { isExceptionClass, normalizeException } from './gen-core.ts';
import { incref, type PyObject, type PyType } from './object.ts';
import { tpName } from './type-name.ts';

/** `gen_throw`'s `PyArg_UnpackTuple(args, "throw", 1, 3, ...)`. */
export function checkThrowArity(nargs: number): void {
  if (nargs < 1) throw typeError(`throw expected at least 1 argument, got ${nargs}`);
  if (nargs > 3) throw typeError(`throw expected at most 3 arguments, got ${nargs}`);
}

/**
 * `throw_here`: the exception `throw(typ, val, tb)` raises where the coroutine waits (arguments
 * borrowed; `val` and `tb` null when not given).
 */
export function throwHere(typ: PyObject, val: PyObject | null, tbArg: PyObject | null): PyRaise {
  let tb = tbArg === None ? null : tbArg;
  if (tb !== null && !(tb instanceof PyTraceback)) throw typeError('throw() third argument must be a traceback object');
  let value: PyBaseException;
  if (isExceptionClass(typ)) {
    value = normalizeException(typ as PyType, val);
  } else if (typ instanceof PyBaseException) {
    if (val !== null && val !== None) throw typeError('instance exception may not have a separate value');
    value = incref(typ);
    tb ??= typ.traceback;
  } else {
    throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${tpName(typ.type)}`);
  }
  return new PyRaise(value, tb === null ? null : incref(tb));
}
