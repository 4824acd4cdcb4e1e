/**
 * The part of `typing.get_type_hints` that `singledispatch.register` relies on: a function's
 * annotations with None read as NoneType and strings evaluated in the function's globals.
 * Mirrors CPython 3.8 Lib/typing.py `get_type_hints`, `ForwardRef._evaluate` and `_type_check`.
 * @module
 */
import { PyDict, isDict, newDict } from '../objects/dict.ts';
import { None, noneType } from '../objects/singletons.ts';
import { PyStr } from '../objects/str.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttrStringOrNull } from '../runtime/attributes.ts';
import { typeError } from '../runtime/errors.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { execOrEval } from './builtins-exec.ts';

/** The globals a function's forward references are evaluated in: those of its innermost `__wrapped__`. */
function hintGlobals(func: PyObject): PyObject {
  let ns = incref(func);
  for (;;) {
    const inner = getAttrStringOrNull(ns, '__wrapped__');
    if (inner === null) break;
    decref(ns);
    ns = inner;
  }
  try {
    return getAttrStringOrNull(ns, '__globals__') ?? newDict();
  } finally {
    decref(ns);
  }
}

/** `_type_check(eval(ref), "Forward references must evaluate to types.")`, loosely: types and callables pass. */
function checkForwardResult(value: PyObject): PyObject {
  if (value === None) {
    decref(value);
    return incref(noneType);
  }
  if (!(value instanceof PyType) && value.type.call === undefined) {
    try {
      throw typeError(`Forward references must evaluate to types. Got ${reprText(value).slice(0, 100)}.`);
    } finally {
      decref(value);
    }
  }
  return value;
}

/**
 * The first (name, hint) pair of `get_type_hints(func)` (new references), or null when the
 * function has no annotations; every annotation is evaluated first, as get_type_hints does.
 */
export function firstTypeHint(func: PyObject, annotations: PyDict): [PyObject, PyObject] | null {
  const s = annotations.storage;
  const pairs: [PyObject, PyObject][] = [];
  let globals: PyObject | null = null;
  try {
    for (let i = 0; i < s.keys.length; i++) {
      const k = s.keys[i];
      const v = s.values[i];
      if (k == null || v == null) continue;
      let hint: PyObject;
      if (v === None) hint = incref(noneType);
      else if (v instanceof PyStr) {
        globals ??= hintGlobals(func);
        hint = checkForwardResult(execOrEval('eval', isDict(globals) ? [v, globals, globals] : [v]));
      } else hint = incref(v);
      pairs.push([incref(k), hint]);
    }
    const first = pairs.shift() ?? null;
    return first;
  } finally {
    if (globals !== null) decref(globals);
    for (const [k, h] of pairs) {
      decref(k);
      decref(h);
    }
  }
}
