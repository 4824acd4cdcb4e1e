/**
 * The TypeErrors of a call whose arguments do not fit a Python function's parameters, worded as
 * CPython 3.8 words them. Mirrors CPython 3.8 Python/ceval.c `format_missing`,
 * `missing_arguments` and `too_many_positional`.
 * @module
 */
import { typeError, type PyRaise } from './errors.ts';

/**
 * `missing_arguments`: `f() missing 2 required positional arguments: 'a' and 'b'`, the names
 * quoted and joined as `format_missing` joins them.
 *
 * @param name - the function's `co_name`.
 * @param kind - `positional` or `keyword-only`.
 * @param missing - the parameters without a value, in order.
 * @returns the TypeError to throw.
 * @see CPython 3.8 Python/ceval.c `missing_arguments`
 */
export function missingArgumentsError(name: string, kind: string, missing: readonly string[]): PyRaise {
  const q = missing.map((n) => `'${n}'`);
  const list = q.length === 1 ? (q[0] as string) : q.length === 2 ? `${q[0] as string} and ${q[1] as string}` : `${q.slice(0, -2).join(', ')}, ${q[q.length - 2] as string}, and ${q[q.length - 1] as string}`;
  return typeError(`${name}() missing ${missing.length} required ${kind} argument${missing.length === 1 ? '' : 's'}: ${list}`);
}

/**
 * `too_many_positional`: `f() takes from 1 to 2 positional arguments but 5 were given`.
 *
 * @param name - the function's `co_name`.
 * @param argcount - its positional parameters (`co_argcount`).
 * @param given - the positional arguments given.
 * @param defcount - how many positional parameters have defaults.
 * @param kwonlyGiven - how many keyword-only parameters were given a value.
 * @returns the TypeError to throw.
 * @see CPython 3.8 Python/ceval.c `too_many_positional`
 */
export function tooManyPositionalError(name: string, argcount: number, given: number, defcount: number, kwonlyGiven: number): PyRaise {
  const plural = defcount !== 0 ? true : argcount !== 1;
  const sig = defcount !== 0 ? `from ${argcount - defcount} to ${argcount}` : `${argcount}`;
  const kwonlySig = kwonlyGiven !== 0 ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})` : '';
  return typeError(`${name}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwonlySig} ${given === 1 && kwonlyGiven === 0 ? 'was' : 'were'} given`);
}
