/**
 * The slots of `bool`: `&`, `|`, `^` keep bools between bools (other operands go to int's
 * slots), the repr `True` / `False`, and `bool(x)` through truth testing. Mirrors CPython 3.8
 * Objects/boolobject.c.
 * @module
 */
import { isTrue } from '../runtime/abstract-compare.ts';
import { typeError } from '../runtime/errors.ts';
import type { BinarySlot, PyObject } from '../runtime/object.ts';
import { newNotImplemented } from './singletons.ts';
import { internStr } from './str.ts';
import { False, True, boolType, intType, newBool } from './int.ts';

/** `bool_and` / `bool_or` / `bool_xor`: a bool for two bools, else int's operator. */
function boolBinary(op: 'and' | 'or' | 'xor', f: (a: boolean, b: boolean) => boolean): BinarySlot {
  return (a, b) => {
    if (a.type !== boolType || b.type !== boolType) {
      const slot = intType.nb[op];
      return slot === undefined ? newNotImplemented() : slot(a, b);
    }
    return newBool(f(a === True, b === True));
  };
}

boolType.nb.and = boolBinary('and', (a, b) => a && b);
boolType.nb.or = boolBinary('or', (a, b) => a || b);
boolType.nb.xor = boolBinary('xor', (a, b) => a !== b);

boolType.repr = (self: PyObject) => internStr(self === True ? 'True' : 'False');

boolType.new = (_type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('bool() takes no keyword arguments');
  if (args.length > 1) throw typeError(`bool expected at most 1 argument, got ${args.length}`);
  const x = args[0];
  if (x === undefined) return newBool(false);
  return newBool(isTrue(x));
};

/** Whether `o` is one of the two bools. */
export function isBool(o: PyObject): boolean {
  return o === True || o === False;
}
