/**
 * How the argument parsers name a wrong argument's type: `getargs.c`'s `converterr` and Argument
 * Clinic's `_PyArg_BadArgument` print `None` for None and `tp_name` otherwise
 * (`compile() argument 'mode' must be str, not None`, `... must be str, not int`).
 * @module
 */
import { None } from '../objects/singletons.ts';
import type { PyObject } from './object.ts';
import { tpName } from './type-name.ts';

/**
 * The type name an argument-parsing error gives for `arg`.
 *
 * @param arg - the argument that has the wrong type.
 * @returns `'None'` for None, else the `tp_name` of its type.
 * @see CPython 3.8 Python/getargs.c `converterr`, `_PyArg_BadArgument`
 */
export function argTypeName(arg: PyObject): string {
  return arg === None ? 'None' : tpName(arg.type);
}
