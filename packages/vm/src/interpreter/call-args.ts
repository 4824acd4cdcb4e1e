/**
 * What the call opcodes share about arguments: how a callable is named in their messages, and
 * how `**mapping` becomes a dict. Mirrors CPython 3.8 Python/ceval.c `PyEval_GetFuncName`,
 * `PyEval_GetFuncDesc` and Objects/dictobject.c `_PyDict_MergeEx`.
 * @module
 */
import { PyDict, dictGetStr, dictSet, dictSetKnownHash, dictType, isDict } from '../objects/dict.ts';
import type { BucketKey } from '../runtime/dict-storage.ts';
import { tpName } from '../runtime/type-name.ts';
import { PyFunction } from '../objects/function.ts';
import { PyMethod } from '../objects/method.ts';
import { PyStr } from '../objects/str.ts';
import { forEachStealing } from '../runtime/abstract-iter.ts';
import { getItem } from '../runtime/abstract-item.ts';
import { lookupType } from '../runtime/attributes.ts';
import { callMethodId } from '../runtime/call.ts';
import { PyRaise, clearRaise, exceptionMatches, typeError } from '../runtime/errors.ts';
import * as E from '../objects/exceptions.ts';
import { PyBuiltinFunction, PyMethodDescr } from '../objects/native-function.ts';
import { objectType } from '../runtime/core-types.ts';
import { PyType } from '../runtime/object.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { keysAsList } from '../objects/dict-slots.ts';
import type { PyList } from '../objects/list.ts';
import { PyMethodWrapper, PyWrapperDescr, checkSelf } from '../objects/wrapper-descr.ts';

/** `PyEval_GetFuncName` + `PyEval_GetFuncDesc`: `f()` or `'int' object`. */
export function functionDescription(callable: PyObject): string {
  if (callable instanceof PyFunction) return `${(callable.name as PyStr).value}()`;
  if (callable instanceof PyMethod && callable.func instanceof PyFunction) return `${(callable.func.name as PyStr).value}()`;
  const named = callable as PyObject & { readonly def?: { readonly name: string } };
  if (named.def !== undefined) return `${named.def.name}()`;
  return `${tpName(callable.type)} object`;
}

/**
 * The TypeError a call's `**mapping` with a key that is not a str meets, worded by the callee as
 * CPython's callees word it (our keyword names are host strings, so the check happens before the
 * call): a Python function names its code (`_PyEval_EvalCodeWithName`), a C function without
 * keywords refuses them all, a class with neither `__new__` nor `__init__` takes no arguments,
 * and other C callables say "keywords must be strings" (`PyArg_ValidateKeywordArguments`).
 * `positional` are the call's positional arguments (a slot wrapper's first is its object).
 */
export function nonStringKeywordsError(callable: PyObject, positional: readonly PyObject[]): PyRaise {
  if (callable instanceof PyWrapperDescr) {
    // `wrapperdescr_call` checks its object first; `type(f).__call__(f, **m)` then hands the
    // dict on to `f`'s own `tp_call`.
    const self = checkSelf(callable, positional[0]);
    if (callable.def.name === '__call__') return typeError(nonStringKeywordsMessage(self, 0));
    if (callable.def.keywords !== true) return typeError(`wrapper ${callable.def.name}() takes no keyword arguments`);
  }
  return typeError(nonStringKeywordsMessage(callable, 0));
}

/**
 * Whether `callable` takes a `**mapping` dict as it is, so that a key that is not a str is passed
 * over rather than refused: a native function whose `NativeDef.keywordDict` is set, bound or not.
 */
export function takesKeywordDict(callable: PyObject): boolean {
  return (callable instanceof PyBuiltinFunction || callable instanceof PyMethodDescr) && callable.def.keywordDict === true;
}

function nonStringKeywordsMessage(callable: PyObject, depth: number): string {
  // `f.__call__` (`wrap_call`) hands the keywords dict on to `f`'s own `tp_call`.
  if (callable instanceof PyMethodWrapper) {
    const def = callable.descr.def;
    if (def.name === '__call__') return nonStringKeywordsMessage(callable.self, depth);
    // `wrapper_call`: a slot that takes no keywords refuses them all.
    if (def.keywords !== true) return `wrapper ${def.name}() takes no keyword arguments`;
  }
  const func = callable instanceof PyMethod ? callable.func : callable;
  if (func instanceof PyFunction) return `${func.code.name.value}() keywords must be strings`;
  if (func instanceof PyBuiltinFunction) {
    const kind = func.def.kind;
    if (kind === 'noargs' || kind === 'o' || kind === 'fast') return `${func.def.name}() takes no keyword arguments`;
    return 'keywords must be strings';
  }
  if (depth > 0) return 'keywords must be strings';
  if (func instanceof PyType) {
    // `type_call`: `tp_new` first, then `tp_init`; object's pair refuses any argument.
    const isObjectNew = lookupType(func, '__new__') === lookupType(objectType, '__new__');
    const init = lookupType(func, '__init__');
    if (isObjectNew && init === lookupType(objectType, '__init__')) return `${func.name}() takes no arguments`;
    if (isObjectNew && init instanceof PyFunction) return nonStringKeywordsMessage(init, depth + 1);
    return 'keywords must be strings';
  }
  // An instance whose class defines `__call__` in Python (`slot_tp_call`).
  const call = lookupType(func.type, '__call__');
  return call instanceof PyFunction ? nonStringKeywordsMessage(call, depth + 1) : 'keywords must be strings';
}

/**
 * Merges mapping `m` into `d`; `callee` defined means `f(**m)` (duplicates are an error). An
 * AttributeError on the way (no `keys`, or one raised by `keys()` or `m[key]`) is reworded as
 * "argument after ** must be a mapping" (`format_kwargs_error`) or, for `{**m}`, "object is not a
 * mapping" (BUILD_MAP_UNPACK).
 */
export function mergeMapping(d: PyDict, m: PyObject, callee: PyObject | null | undefined): void {
  try {
    mergeMappingInto(d, m, callee);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.AttributeError)) throw e;
    clearRaise(e);
    if (callee !== undefined) throw typeError(`${callee === null ? '' : functionDescription(callee)} argument after ** must be a mapping, not ${tpName(m.type)}`);
    throw typeError(`'${tpName(m.type)}' object is not a mapping`);
  }
}

/** `_PyDict_MergeEx(d, m, 2)` for a call, `PyDict_Update(d, m)` for a display. */
function mergeMappingInto(d: PyDict, m: PyObject, callee: PyObject | null | undefined): void {
  const forCall = callee !== undefined;
  // `dict_merge`'s fast path: a dict whose type keeps dict's `__iter__` (`tp_iter == dict_iter`);
  // any other mapping, a dict subclass overriding `__iter__` too, goes through keys() and [].
  if (isDict(m) && m.type.iter === dictType.iter) {
    const s = m.storage;
    for (let i = 0; i < s.keys.length; i++) {
      const k = s.keys[i];
      if (k == null) continue;
      const v = s.values[i] as PyObject;
      if (forCall) {
        // A key that is not a str is the callee's to refuse (`_PyDict_MergeEx` takes any key).
        if (k instanceof PyStr && dictGetStr(d, k.value) !== null) throw typeError(`${callee === null ? '' : functionDescription(callee)} got multiple values for keyword argument '${k.value}'`);
      }
      // Under the entry's stored hash (`me_hash`): no `__hash__` call.
      dictSetKnownHash(d, k, s.buckets[i] as BucketKey, v);
    }
    return;
  }
  // `PyMapping_Keys`: `m.keys()` through `_PyObject_CallMethodId` (an AttributeError when there
  // is none, reworded by the caller).
  const keys = callMethodId(m, 'keys');
  try {
    // `PyMapping_Keys`: what keys() returned, as a list.
    const list = keysAsList(m, keys) as PyList;
    const items = list.items.map((k) => incref(k));
    decref(list);
    forEachStealing(items, (k) => {
      if (forCall && k instanceof PyStr && dictGetStr(d, k.value) !== null) {
        throw typeError(`${callee === null ? '' : functionDescription(callee)} got multiple values for keyword argument '${k.value}'`);
      }
      const v = getItem(m, k);
      try {
        dictSet(d, k, v);
      } finally {
        decref(v);
      }
    });
  } finally {
    decref(keys);
  }
}
