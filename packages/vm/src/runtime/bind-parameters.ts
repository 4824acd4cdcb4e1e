/**
 * The binding of a call's arguments to a Python function's parameters, and its TypeErrors in the
 * order CPython checks them: shared by the frames of Python functions (interpreter/call-frame.ts)
 * and the native functions that stand for functions CPython writes in Python
 * (objects/native-py-code.ts), which check their arguments as CPython's code would bind them.
 * Mirrors CPython 3.8 Python/ceval.c `_PyEval_EvalCodeWithName`.
 * @module
 */
import { dictSetStr, type PyDict } from '../objects/dict.ts';
import { missingArgumentsError, tooManyPositionalError } from './argument-errors.ts';
import { typeError } from './errors.ts';
import { incref, type PyObject } from './object.ts';

/** `CO_VARARGS` and `CO_VARKEYWORDS` (objects/code.ts). */
const CO_VARARGS = 0x4;
const CO_VARKEYWORDS = 0x8;

/** What binding reads of a code object: its parameter counts, flags and `co_varnames`. */
export interface ParameterShape {
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  /** `co_flags`: `CO_VARARGS` and `CO_VARKEYWORDS` say whether `*args` and `**kwargs` follow. */
  readonly flags: number;
  /** The parameter names first: positional, keyword-only, `*args`, `**kwargs`. */
  readonly varnames: readonly string[];
}

/**
 * The slots a call binds: one per positional and keyword-only parameter, null (or undefined)
 * while unbound.
 */
export type ParameterSlots = (PyObject | null | undefined)[];

/**
 * Binds each keyword argument to its parameter's slot, or to `kwdict` when the function takes
 * `**kwargs`; an unknown keyword, a positional-only parameter named, or a parameter given twice
 * raises CPython's TypeError.
 *
 * @param name - the function's `co_name`.
 * @param co - its parameters.
 * @param slots - the slots, the positional arguments already in them.
 * @param args - the arguments, keyword values after the `argcount` positional ones.
 * @param argcount - how many arguments are positional.
 * @param kwnames - the keywords' names.
 * @param kwdict - the `**kwargs` dict, or null (with `CO_VARKEYWORDS`: the extra keywords are only checked).
 * @param own - whether the slots own their values (a frame's fast locals) or borrow them.
 */
export function bindKeywordArguments(
  name: string, co: ParameterShape, slots: ParameterSlots, args: readonly PyObject[], argcount: number,
  kwnames: readonly string[], kwdict: PyDict | null, own: boolean,
): void {
  const totalArgs = co.argcount + co.kwonlyargcount;
  for (let i = 0; i < kwnames.length; i++) {
    const keyword = kwnames[i] as string;
    const value = args[argcount + i] as PyObject;
    let j = co.posonlyargcount;
    for (; j < totalArgs; j++) if (co.varnames[j] === keyword) break;
    if (j >= totalArgs) {
      if ((co.flags & CO_VARKEYWORDS) === 0) {
        if (co.posonlyargcount > 0) positionalOnlyAsKeyword(name, co.varnames.slice(0, co.posonlyargcount), kwnames);
        throw typeError(`${name}() got an unexpected keyword argument '${keyword}'`);
      }
      if (kwdict !== null) dictSetStr(kwdict, keyword, value);
      continue;
    }
    if (slots[j] != null) throw typeError(`${name}() got multiple values for argument '${keyword}'`);
    slots[j] = own ? incref(value) : value;
  }
}

/**
 * After the keywords: too many positional arguments for a function without `*args`, then the
 * required positional parameters still unbound, raise CPython's TypeErrors.
 *
 * @param name - the function's `co_name`.
 * @param co - its parameters.
 * @param slots - the bound slots.
 * @param argcount - how many arguments were positional.
 * @param defcount - how many positional parameters have defaults.
 */
export function checkPositionalArguments(name: string, co: ParameterShape, slots: ParameterSlots, argcount: number, defcount: number): void {
  if (argcount > co.argcount && (co.flags & CO_VARARGS) === 0) {
    let kwonlyGiven = 0;
    for (let i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) if (slots[i] != null) kwonlyGiven++;
    throw tooManyPositionalError(name, co.argcount, argcount, defcount, kwonlyGiven);
  }
  if (argcount >= co.argcount) return;
  const m = co.argcount - defcount;
  const missing: string[] = [];
  for (let i = argcount; i < m; i++) if (slots[i] == null) missing.push(co.varnames[i] as string);
  if (missing.length > 0) throw missingArgumentsError(name, 'positional', missing);
}

/**
 * After the keyword-only defaults are bound: the keyword-only parameters still unbound raise
 * CPython's TypeError.
 *
 * @param name - the function's `co_name`.
 * @param co - its parameters.
 * @param slots - the bound slots.
 */
export function checkKeywordOnlyArguments(name: string, co: ParameterShape, slots: ParameterSlots): void {
  const missing: string[] = [];
  for (let i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) if (slots[i] == null) missing.push(co.varnames[i] as string);
  if (missing.length > 0) throw missingArgumentsError(name, 'keyword-only', missing);
}

function positionalOnlyAsKeyword(name: string, posonly: readonly string[], kwnames: readonly string[]): void {
  const conflicts: string[] = [];
  for (const p of posonly) for (const k of kwnames) if (p === k) conflicts.push(k);
  if (conflicts.length > 0) throw typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${conflicts.join(', ')}'`);
}
