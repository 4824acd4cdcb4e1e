/**
 * `inspect.getargs`, `getargvalues` and `formatargvalues`: the arguments a code object takes and
 * the values a frame has for them, as the `Arguments` and `ArgInfo` named tuples (inspect-frames.ts
 * makes them). Mirrors
 * CPython 3.8 Lib/inspect.py.
 * @module
 */
import { CO_VARARGS, CO_VARKEYWORDS, codeType, type PyCode } from '../objects/code.ts';
import { newListStealing } from '../objects/list.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newInt } from '../objects/int.ts';
import { reprText, strText } from '../runtime/abstract-object.ts';
import { getItem, length } from '../runtime/abstract-item.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { callOneArg } from '../runtime/call.ts';
import { typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { bindArgs } from './abc-function.ts';
import { build } from './inspect-frames.ts';

/** `getargs(co)`: the argument names (keyword-only ones last), and the `*` and `**` names or null. */
function getArgs(co: PyObject): [string[], string | null, string | null] {
  if (co.type !== codeType) throw typeError(`${reprText(co)} is not a code object`);
  const { argcount, kwonlyargcount, flags, varnames } = (co as PyCode).co;
  let n = argcount + kwonlyargcount;
  const args = varnames.slice(0, n);
  const varargs = (flags & CO_VARARGS) !== 0 ? (varnames[n++] as string) : null;
  const varkw = (flags & CO_VARKEYWORDS) !== 0 ? (varnames[n] as string) : null;
  return [args, varargs, varkw];
}

/** The fields of `getargs`'s answer (new references). */
function argFields(co: PyObject): PyObject[] {
  const [args, varargs, varkw] = getArgs(co);
  const name = (n: string | null): PyObject => (n === null ? incref(None) : newStr(n));
  return [newListStealing(args.map((a) => newStr(a))), name(varargs), name(varkw)];
}

/** Calls `f(x)` for its text, or `dflt(x)` when `f` is not given (a `format*=` argument). */
export function formatWith(f: PyObject | undefined, x: PyObject, dflt: (x: PyObject) => string): string {
  if (f === undefined) return dflt(x);
  const r = callOneArg(f, x);
  try {
    return strText(r);
  } finally {
    decref(r);
  }
}

/** `mapping[key]` passed through `f`. */
export function itemWith(mapping: PyObject, key: PyObject, f: (v: PyObject) => string): string {
  const v = getItem(mapping, key);
  try {
    return f(v);
  } finally {
    decref(v);
  }
}

/** `formatargvalues(args, varargs, varkw, locals, formatarg=str, formatvarargs=..., formatvarkw=..., formatvalue=...)`. */
function formatArgValues(bound: readonly (PyObject | undefined)[]): string {
  const [args, varargs, varkw, locals, formatArg, formatVarargs, formatVarkw, formatValue] = bound as [PyObject, PyObject, PyObject, PyObject, ...(PyObject | undefined)[]];
  const value = (name: PyObject): string => itemWith(locals, name, (v) => formatWith(formatValue, v, (x) => `=${reprText(x)}`));
  const specs: string[] = [];
  const n = length(args);
  for (let i = 0; i < n; i++) {
    const index = newInt(i);
    const name = getItem(args, index);
    decref(index);
    try {
      specs.push(formatWith(formatArg, name, strText) + value(name));
    } finally {
      decref(name);
    }
  }
  if (isTrue(varargs)) specs.push(formatWith(formatVarargs, varargs, (x) => `*${strText(x)}`) + value(varargs));
  if (isTrue(varkw)) specs.push(formatWith(formatVarkw, varkw, (x) => `**${strText(x)}`) + value(varkw));
  return `(${specs.join(', ')})`;
}

/** The functions of this part of `inspect`. */
export const INSPECT_ARGVALUES: readonly NativeDef[] = [
  { name: 'getargs', kind: 'o', impl: (m, args) => build(m, 'Arguments', argFields(args[0] as PyObject)) },
  {
    name: 'getargvalues', kind: 'o',
    impl: (m, args) => {
      const frame = args[0] as PyObject;
      const code = getAttrString(frame, 'f_code');
      let fields: PyObject[];
      try {
        fields = argFields(code);
      } finally {
        decref(code);
      }
      return build(m, 'ArgInfo', [...fields, getAttrString(frame, 'f_locals')]);
    },
  },
  {
    name: 'formatargvalues', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const params = ['args', 'varargs', 'varkw', 'locals', 'formatarg', 'formatvarargs', 'formatvarkw', 'formatvalue'];
      return newStr(formatArgValues(bindArgs('formatargvalues', args, kwnames, params, 4)));
    },
  },
];
