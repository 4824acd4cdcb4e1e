/**
 * `Signature.bind` and `bind_partial` on the parameter model: which parameter receives which
 * argument, with the TypeErrors of 3.8 ("missing a required argument: 'a'", "too many positional
 * arguments", "multiple values for argument 'a'", "got an unexpected keyword argument 'z'").
 * Mirrors CPython 3.8 Lib/inspect.py `Signature._bind`.
 * @module
 */
import { dictSetStr, newDict } from '../objects/dict.ts';
import { newTuple } from '../objects/tuple.ts';
import { typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import type { Param, Sig } from './inspect-params.ts';

/**
 * `Signature._bind(args, kwargs, partial=...)`.
 *
 * @param sig - the signature.
 * @param args - the positional arguments (borrowed).
 * @param kwargs - the keyword arguments in call order (borrowed).
 * @param partial - `bind_partial` rather than `bind`.
 * @returns the `arguments` entries in order, each value a new reference.
 * @see CPython 3.8 Lib/inspect.py `Signature._bind`
 */
export function bindSignature(sig: Sig, args: readonly PyObject[], kwargs: ReadonlyMap<string, PyObject>, partial: boolean): [string, PyObject][] {
  const out: [string, PyObject][] = [];
  try {
    bindInto(out, sig.params, args, new Map(kwargs), partial);
    return out;
  } catch (e) {
    for (const [, v] of out) decref(v);
    throw e;
  }
}

function bindInto(out: [string, PyObject][], params: readonly Param[], args: readonly PyObject[], kwargs: Map<string, PyObject>, partial: boolean): void {
  let p = 0;
  let ai = 0;
  // The positional arguments, parameter by parameter.
  for (;;) {
    if (ai >= args.length) {
      const param = params[p];
      if (param === undefined || param.kind === 'VAR_POSITIONAL') break;
      if (kwargs.has(param.name)) {
        if (param.kind === 'POSITIONAL_ONLY') throw typeError(`'${param.name}' parameter is positional only, but was passed as a keyword`);
        break;
      }
      if (param.kind === 'VAR_KEYWORD' || param.dflt !== null || partial) break;
      throw typeError(`missing a required argument: '${param.name}'`);
    }
    const param = params[p++];
    if (param === undefined || param.kind === 'VAR_KEYWORD' || param.kind === 'KEYWORD_ONLY') throw typeError('too many positional arguments');
    if (param.kind === 'VAR_POSITIONAL') {
      out.push([param.name, newTuple(args.slice(ai))]);
      break;
    }
    if (kwargs.has(param.name) && param.kind !== 'POSITIONAL_ONLY') throw typeError(`multiple values for argument '${param.name}'`);
    out.push([param.name, incref(args[ai++] as PyObject)]);
  }
  // The remaining parameters take keyword arguments.
  let kwargsParam: Param | null = null;
  for (; p < params.length; p++) {
    const param = params[p] as Param;
    if (param.kind === 'VAR_KEYWORD') {
      kwargsParam = param;
      continue;
    }
    if (param.kind === 'VAR_POSITIONAL') continue;
    const value = kwargs.get(param.name);
    if (value === undefined) {
      if (!partial && param.dflt === null) throw typeError(`missing a required argument: '${param.name}'`);
      continue;
    }
    kwargs.delete(param.name);
    if (param.kind === 'POSITIONAL_ONLY') throw typeError(`'${param.name}' parameter is positional only, but was passed as a keyword`);
    out.push([param.name, incref(value)]);
  }
  if (kwargs.size > 0) {
    if (kwargsParam === null) throw typeError(`got an unexpected keyword argument '${[...kwargs.keys()][0] ?? ''}'`);
    const d = newDict();
    for (const [k, v] of kwargs) dictSetStr(d, k, v);
    out.push([kwargsParam.name, d]);
  }
}
