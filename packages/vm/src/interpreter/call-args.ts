/**
 * What the call opcodes share about arguments: how a callable is named in their messages, and
 * how `**mapping` becomes a dict. Mirrors CPython 3.8 Python/ceval.c `PyEval_GetFuncName`,
 * `PyEval_GetFuncDesc` and Objects/dictobject.c `_PyDict_MergeEx`.
 * @module
 */
import { PyDict, dictGetStr, dictItems, dictSet, isDict } from '../objects/dict.ts';
import { tpName } from '../runtime/type-name.ts';
import { PyFunction } from '../objects/function.ts';
import { PyMethod } from '../objects/method.ts';
import { PyStr } from '../objects/str.ts';
import { forEachStealing } from '../runtime/abstract-iter.ts';
import { getItem } from '../runtime/abstract-item.ts';
import { lookupType } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { keysAsList } from '../objects/dict-slots.ts';
import type { PyList } from '../objects/list.ts';

/** `PyEval_GetFuncName` + `PyEval_GetFuncDesc`: `f()` or `'int' object`. */
export function functionDescription(callable: PyObject): string {
  if (callable instanceof PyFunction) return `${(callable.name as PyStr).value}()`;
  if (callable instanceof PyMethod && callable.func instanceof PyFunction) return `${(callable.func.name as PyStr).value}()`;
  const named = callable as PyObject & { readonly def?: { readonly name: string } };
  if (named.def !== undefined) return `${named.def.name}()`;
  return `${tpName(callable.type)} object`;
}

/** Merges mapping `m` into `d`; `callee` defined means `f(**m)` (duplicates are an error). */
export function mergeMapping(d: PyDict, m: PyObject, callee: PyObject | null | undefined): void {
  const forCall = callee !== undefined;
  if (isDict(m)) {
    for (const [k, v] of dictItems(m)) {
      if (forCall) {
        if (!(k instanceof PyStr)) throw typeError(`${callee === null ? '' : functionDescription(callee)} keywords must be strings`);
        if (dictGetStr(d, k.value) !== null) throw typeError(`${callee === null ? '' : functionDescription(callee)} got multiple values for keyword argument '${k.value}'`);
      }
      dictSet(d, k, v);
    }
    return;
  }
  if (lookupType(m.type, 'keys') === null) {
    if (forCall) throw typeError(`${callee === null ? '' : functionDescription(callee)} argument after ** must be a mapping, not ${tpName(m.type)}`);
    throw typeError(`'${tpName(m.type)}' object is not a mapping`);
  }
  const keysMethod = lookupType(m.type, 'keys') as PyObject;
  const keys = callObject(keysMethod, [m]);
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
