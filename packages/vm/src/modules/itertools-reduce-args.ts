/**
 * The argument checks the `__setstate__` methods of the itertools types make: the state must be a
 * tuple, unpacked by `PyArg_ParseTuple` with an unnamed format (so the messages say "function"),
 * with its `O!` (an object of one type) converter; the `i` one is list-methods.ts `formatIntArg`.
 * Mirrors CPython 3.8 Python/getargs.c as Modules/itertoolsmodule.c uses it.
 * @module
 */
import { PyTuple, isTuple } from '../objects/tuple.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';
import { tpName } from '../runtime/type-name.ts';
import { typeError } from '../runtime/errors.ts';
import { incref, type PyObject, type PyType } from '../runtime/object.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';

/**
 * The items of a `__setstate__` state: a tuple (else "state is not a tuple") of `min` to `max`
 * items (`PyArg_ParseTuple`'s count message for an unnamed format).
 *
 * @param state - the argument of `__setstate__`.
 * @param min - how many items the format requires.
 * @param max - how many it takes at most.
 * @returns the items.
 * @see CPython 3.8 Python/getargs.c `vgetargs1_impl`
 */
export function stateItems(state: PyObject, min: number, max = min): readonly PyObject[] {
  if (!isTuple(state)) throw typeError('state is not a tuple');
  return tupleArgs(state, min, max);
}

/** `PyArg_ParseTuple(args, fmt)`'s count check with no function name. */
function tupleArgs(state: PyTuple, min: number, max: number): readonly PyObject[] {
  const n = state.items.length;
  if (n >= min && n <= max) return state.items;
  const bound = n < min ? min : max;
  const how = min === max ? 'exactly' : n < min ? 'at least' : 'at most';
  throw typeError(`function takes ${how} ${bound} argument${bound === 1 ? '' : 's'} (${n} given)`);
}

/**
 * The `O!` converter: an instance of `type` (subclasses included), else "argument N must be ...".
 *
 * @param v - the item converted.
 * @param type - the type required.
 * @param position - its 1-based position, for the message.
 * @returns `v`.
 */
export function typedArg(v: PyObject, type: PyType, position: number): PyObject {
  if (!v.type.isSubtype(type)) throw typeError(`argument ${position} must be ${tpName(type)}, not ${argTypeName(v)}`);
  return v;
}

/** The `__reduce__` method of an itertools type (`impl` returns the reduction, a new reference). */
export const reduce = (impl: (self: PyObject) => PyObject): NativeDef => ({
  name: '__reduce__', kind: 'noargs', doc: 'Return state information for pickling.', impl,
});

/** The `__setstate__` method of an itertools type (`impl` takes the state, borrowed). */
export const setState = (impl: (self: PyObject, state: PyObject) => void): NativeDef => ({
  name: '__setstate__', kind: 'o', doc: 'Set state information for unpickling.',
  impl: (self, args) => {
    impl(self, args[0] as PyObject);
    return incref(None);
  },
});
