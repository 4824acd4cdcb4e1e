/**
 * COMPARE_OP beyond the rich comparisons: `in`, `not in`, `is`, `is not` and the exception match
 * of `except`. Mirrors CPython 3.8 Python/ceval.c `cmp_outcome`.
 * @module
 */
import { PyBaseException } from '../objects/exception-object.ts';
import * as E from '../objects/exceptions.ts';
import { newBool } from '../objects/int.ts';
import { PyTuple } from '../objects/tuple.ts';
import { contains } from '../runtime/abstract-item.ts';
import { typeError } from '../runtime/errors.ts';
import { PyType, type PyObject } from '../runtime/object.ts';

const CANNOT_CATCH = 'catching classes that do not inherit from BaseException is not allowed';

/** `PyErr_GivenExceptionMatches` for a raised exception class against an `except` clause. */
export function givenExceptionMatches(err: PyObject, exc: PyObject): boolean {
  if (exc instanceof PyTuple) return exc.items.some((e) => givenExceptionMatches(err, e));
  const errType = err instanceof PyBaseException ? err.type : err;
  if (errType instanceof PyType && exc instanceof PyType && errType.isSubtype(E.BaseException)) return errType.isSubtype(exc);
  return err === exc;
}

/** `cmp_outcome` for opargs 6..10. */
export function compareOp(v: PyObject, w: PyObject, oparg: number): PyObject {
  switch (oparg) {
    case 6:
      return newBool(contains(w, v));
    case 7:
      return newBool(!contains(w, v));
    case 8:
      return newBool(v === w);
    case 9:
      return newBool(v !== w);
    case 10: {
      if (w instanceof PyTuple) {
        for (const exc of w.items) if (!(exc instanceof PyType && exc.isSubtype(E.BaseException))) throw typeError(CANNOT_CATCH);
      } else if (!(w instanceof PyType && w.isSubtype(E.BaseException))) {
        throw typeError(CANNOT_CATCH);
      }
      return newBool(givenExceptionMatches(v, w));
    }
    default:
      throw typeError(`unknown comparison ${oparg}`);
  }
}
