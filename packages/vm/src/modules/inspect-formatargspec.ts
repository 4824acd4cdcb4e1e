/**
 * `inspect.formatargspec`: the text of an argument spec from `getfullargspec`'s fields, after its
 * DeprecationWarning. Mirrors CPython 3.8 Lib/inspect.py.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { newInt } from '../objects/int.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { contains, length } from '../runtime/abstract-item.ts';
import { iterableToArray } from '../runtime/abstract-iter.ts';
import { reprText, strText } from '../runtime/abstract-object.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { bindArgs } from './abc-function.ts';
import { formatWith, itemWith } from './inspect-argvalues.ts';
import { formatAnnotation } from './inspect-more.ts';
import { warn } from './warnings-core.ts';

const PARAMS = [
  'args', 'varargs', 'varkw', 'defaults', 'kwonlyargs', 'kwonlydefaults', 'annotations',
  'formatarg', 'formatvarargs', 'formatvarkw', 'formatvalue', 'formatreturns', 'formatannotation',
];


/** `f(text)` as text when `f` is given, else `dflt(text)`. */
function applyText(f: PyObject | undefined, text: string, dflt: (t: string) => string): string {
  if (f === undefined) return dflt(text);
  const s = newStr(text);
  try {
    return formatWith(f, s, strText);
  } finally {
    decref(s);
  }
}

/**
 * `formatargspec(args, varargs=None, varkw=None, defaults=None, kwonlyargs=(), kwonlydefaults={},
 * annotations={}, formatarg=str, ...)`.
 *
 * @see CPython 3.8 Lib/inspect.py `formatargspec`
 */
function formatArgSpec(bound: readonly (PyObject | undefined)[]): string {
  const [args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations, fArg, fVarargs, fVarkw, fValue, fReturns, fAnnotation] = bound;
  const formatAnn = (v: PyObject): string => formatWith(fAnnotation, v, (x) => formatAnnotation(x, None));
  const formatValue = (v: PyObject): string => formatWith(fValue, v, (x) => `=${reprText(x)}`);
  const withAnnotation = (arg: PyObject): string => {
    let result = formatWith(fArg, arg, strText);
    if (annotations !== undefined && contains(annotations, arg)) result += `: ${itemWith(annotations, arg, formatAnn)}`;
    return result;
  };
  const hasDefaults = defaults !== undefined && isTrue(defaults);
  const specs: string[] = [];
  const argList = iterableToArray(args as PyObject);
  try {
    const firstDefault = hasDefaults ? argList.length - length(defaults) : 0;
    argList.forEach((arg, i) => {
      let spec = withAnnotation(arg);
      if (hasDefaults && i >= firstDefault) {
        const index = newInt(i - firstDefault);
        try {
          spec += itemWith(defaults, index, formatValue);
        } finally {
          decref(index);
        }
      }
      specs.push(spec);
    });
  } finally {
    for (const a of argList) decref(a);
  }
  const hasKwonly = kwonlyargs !== undefined && isTrue(kwonlyargs);
  if (varargs !== undefined && varargs !== None) specs.push(applyText(fVarargs, withAnnotation(varargs), (t) => `*${t}`));
  else if (hasKwonly) specs.push('*');
  if (hasKwonly) {
    const kwonly = iterableToArray(kwonlyargs);
    try {
      for (const arg of kwonly) {
        let spec = withAnnotation(arg);
        if (kwonlydefaults !== undefined && isTrue(kwonlydefaults) && contains(kwonlydefaults, arg)) spec += itemWith(kwonlydefaults, arg, formatValue);
        specs.push(spec);
      }
    } finally {
      for (const a of kwonly) decref(a);
    }
  }
  if (varkw !== undefined && varkw !== None) specs.push(applyText(fVarkw, withAnnotation(varkw), (t) => `**${t}`));
  let result = `(${specs.join(', ')})`;
  const ret = newStr('return');
  try {
    if (annotations !== undefined && contains(annotations, ret)) {
      result += applyText(fReturns, itemWith(annotations, ret, formatAnn), (t) => ` -> ${t}`);
    }
  } finally {
    decref(ret);
  }
  return result;
}

/** `formatargspec`. */
export const INSPECT_FORMATARGSPEC: readonly NativeDef[] = [
  {
    name: 'formatargspec', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const bound = bindArgs('formatargspec', args, kwnames, PARAMS, PARAMS.length - 1);
      const message = newStr('`formatargspec` is deprecated since Python 3.5. Use `signature` and the `Signature` object directly');
      try {
        // `stacklevel=2`: the caller's line (a native function has no frame of its own).
        warn(E.DeprecationWarning, message, 1);
      } finally {
        decref(message);
      }
      return newStr(formatArgSpec(bound));
    },
  },
];
