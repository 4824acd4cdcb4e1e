/**
 * Argument parsing of built-in functions declared with Argument Clinic (or
 * `PyArg_ParseTupleAndKeywords`): positional and keyword arguments bound to named parameters,
 * with CPython's messages in CPython's order. Mirrors CPython 3.8 Python/getargs.c
 * `_PyArg_UnpackKeywords`.
 * @module
 */
import { typeError } from './errors.ts';
import type { PyObject } from './object.ts';

/**
 * `_PyArg_CheckPositional(name, n, min, max)`, the check of `PyArg_UnpackTuple`: "name expected
 * at least 1 argument, got 0" (an empty `name`, as the slot wrappers pass, leaves a leading space).
 *
 * @param name - the function name the message starts with.
 * @param n - how many positional arguments were given.
 * @param min - the fewest it takes.
 * @param max - the most it takes.
 * @see CPython 3.8 Python/getargs.c `_PyArg_CheckPositional`
 */
export function checkPositional(name: string, n: number, min: number, max: number): void {
  const plural = (k: number): string => (k === 1 ? '' : 's');
  if (n < min) throw typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${plural(min)}, got ${n}`);
  if (n > max) throw typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${plural(max)}, got ${n}`);
}

/** The first check of both parsers: no more arguments in all than there are parameters. */
function checkTotal(fname: string, given: number, npos: number, max: number): void {
  if (given <= max) return;
  throw typeError(`${fname}() takes at most ${max} ${npos === 0 ? 'keyword ' : ''}argument${max === 1 ? '' : 's'} (${given} given)`);
}

/**
 * Argument Clinic / `PyArg_ParseTupleAndKeywords` for `name(p0, p1, ...)`: the values by position
 * (undefined where not given). `required` leading parameters must be given; `posOnly` leading
 * ones cannot be given by keyword; parameters from `maxPos` on are keyword-only. The checks run in
 * the order of CPython 3.8 Python/getargs.c `_PyArg_UnpackKeywords`: too many arguments, too many
 * positional ones, a missing required one, one given twice, then an unknown keyword.
 *
 * @param fname - the function name the messages show.
 * @param args - positional arguments, then keyword values (vectorcall shape).
 * @param kwnames - the keyword names, or null.
 * @param names - the parameter names in order.
 * @param required - how many leading parameters must be given.
 * @param posOnly - how many leading parameters are positional-only.
 * @param maxPos - how many leading parameters may be given by position.
 * @returns one entry per parameter: its value, or undefined when not given.
 * @see CPython 3.8 Python/getargs.c `_PyArg_UnpackKeywords`
 */
export function parseArgs(
  fname: string, args: readonly PyObject[], kwnames: readonly string[] | null, names: readonly string[], required: number, posOnly = 0,
  maxPos = names.length,
): (PyObject | undefined)[] {
  const kws = kwnames ?? [];
  const npos = args.length - kws.length;
  const plural = (n: number): string => (n === 1 ? '' : 's');
  checkTotal(fname, args.length, npos, names.length);
  if (npos > maxPos) {
    if (maxPos === 0) throw typeError(`${fname}() takes no positional arguments`);
    throw typeError(`${fname}() takes ${required < maxPos ? 'at most' : 'exactly'} ${maxPos} positional argument${plural(maxPos)} (${npos} given)`);
  }
  const minPosOnly = Math.min(posOnly, required);
  if (npos < minPosOnly) {
    throw typeError(`${fname}() takes ${minPosOnly < maxPos ? 'at least' : 'exactly'} ${minPosOnly} positional argument${plural(minPosOnly)} (${npos} given)`);
  }
  const out: (PyObject | undefined)[] = names.map((_, i) => (i < npos ? args[i] : undefined));
  for (let i = Math.max(npos, posOnly); i < names.length; i++) {
    const at = kws.indexOf(names[i] as string);
    if (at >= 0) out[i] = args[npos + at];
    else if (i < required) throw typeError(`${fname}() missing required argument '${names[i] ?? ''}' (pos ${i + 1})`);
  }
  for (let i = posOnly; i < npos; i++) {
    const name = names[i] as string;
    if (kws.includes(name)) throw typeError(`argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
  }
  for (const k of kws) {
    const i = names.indexOf(k);
    if (i < posOnly) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
  }
  return out;
}

/**
 * The argument count check of `PyArg_ParseTuple(args, "i|ii:name", ...)`: `min` required and
 * at most `max` positional arguments.
 *
 * @param fname - the name after the colon of the format.
 * @param n - how many arguments were given.
 * @param min - how many the format requires.
 * @param max - how many it takes at most.
 * @see CPython 3.8 Python/getargs.c `vgetargs1_impl`
 */
export function checkTupleArgCount(fname: string, n: number, min: number, max: number): void {
  if (n >= min && n <= max) return;
  const bound = n < min ? min : max;
  const how = min === max ? 'exactly' : n < min ? 'at least' : 'at most';
  throw typeError(`${fname}() takes ${how} ${bound} argument${bound === 1 ? '' : 's'} (${n} given)`);
}

/**
 * `PyArg_ParseTupleAndKeywords(args, kwargs, "O|O$O:name", kwlist, ...)` for `name(p0, p1, ...)`:
 * the values by position (undefined where not given), each passed to `convert` as soon as it is
 * bound, the way `vgetargskeywords` converts.
 *
 * @remarks
 * Unlike Argument Clinic's `_PyArg_UnpackKeywords` (see {@link parseArgs}), `vgetargskeywords`
 * binds and converts in one loop over the parameters: the positional values first, then the
 * keyword ones in parameter order, stopping at the first missing required one. So a failed
 * conversion ("str() argument 2 must be str, not int") wins over a later missing argument, an
 * argument given by name and position, or an unknown keyword, which are checked only after the loop.
 * Too many positional arguments for the keyword-only ones (`$`) are found when the loop reaches
 * them, after the total count; a missing positional-only one (an empty name in `kwlist`) is
 * reported once the loop knows how many positional ones there are.
 *
 * @param fname - the function name the messages show.
 * @param args - positional arguments, then keyword values (vectorcall shape).
 * @param kwnames - the keyword names, or null.
 * @param names - the parameter names in order (positional-only ones too, for the messages).
 * @param required - how many leading parameters must be given (where the format has `|`).
 * @param convert - checks the value bound to parameter `index` (raising its own TypeError).
 * @param posOnly - how many leading parameters are positional-only (empty names in `kwlist`).
 * @param maxPos - how many leading parameters may be given by position (where the format has `$`).
 * @returns one entry per parameter: its value, or undefined when not given.
 * @see CPython 3.8 Python/getargs.c `vgetargskeywords`
 */
export function parseTupleAndKeywords(
  fname: string, args: readonly PyObject[], kwnames: readonly string[] | null, names: readonly string[], required: number,
  convert: (index: number, value: PyObject) => void, posOnly = 0, maxPos = names.length,
): (PyObject | undefined)[] {
  const kws = kwnames ?? [];
  const npos = args.length - kws.length;
  const plural = (n: number): string => (n === 1 ? '' : 's');
  checkTotal(fname, args.length, npos, names.length);
  const out: (PyObject | undefined)[] = names.map(() => undefined);
  let unbound = kws.length;
  // A missing positional-only argument: reported once `$` or the end tells how many there are.
  let skip = false;
  let i = 0;
  for (; i < names.length; i++) {
    if (i === maxPos) {
      if (skip) break;
      if (maxPos < npos) {
        if (maxPos === 0) throw typeError(`${fname}() takes no positional arguments`);
        const how = required <= maxPos ? 'at most' : 'exactly';
        throw typeError(`${fname}() takes ${how} ${maxPos} positional argument${plural(maxPos)} (${npos} given)`);
      }
    }
    if (skip) continue;
    let value: PyObject | undefined;
    if (i < npos) value = args[i];
    else if (unbound > 0 && i >= posOnly) {
      const at = kws.indexOf(names[i] as string);
      if (at >= 0) {
        value = args[npos + at];
        unbound--;
      }
    }
    if (value !== undefined) {
      out[i] = value;
      convert(i, value);
      continue;
    }
    if (i < required) {
      if (i < posOnly) skip = true;
      else throw typeError(`${fname}() missing required argument '${names[i] ?? ''}' (pos ${i + 1})`);
    }
    // All required ones bound and no keyword left over: nothing more to check.
    if (unbound === 0 && !skip) return out;
  }
  if (skip) {
    const least = Math.min(posOnly, required);
    throw typeError(`${fname}() takes ${least < i ? 'at least' : 'exactly'} ${least} positional argument${plural(least)} (${npos} given)`);
  }
  for (let j = posOnly; j < npos; j++) {
    const name = names[j] as string;
    if (kws.includes(name)) throw typeError(`argument for ${fname}() given by name ('${name}') and position (${j + 1})`);
  }
  for (const k of kws) if (names.indexOf(k) < posOnly) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
  return out;
}
