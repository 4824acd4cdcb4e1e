/**
 * IMPORT_NAME, IMPORT_FROM and IMPORT_STAR over the import system (runtime/import-system.ts).
 * Mirrors CPython 3.8 Python/ceval.c `import_name`, `import_from`, `import_all_from`.
 * @module
 */
import { PyDict, dictGetStr, dictItems, dictSet, isDict } from '../objects/dict.ts';
import { None } from '../objects/singletons.ts';
import { callObject } from '../runtime/call.ts';
import * as E from '../objects/exceptions.ts';
import type { PyFrame } from '../objects/frame.ts';
import { PyModule } from '../objects/module.ts';
import { PyStr } from '../objects/str.ts';
import { getAttr, lookupAttrString } from '../runtime/attributes.ts';
import { sequenceToArray } from '../runtime/abstract-iter.ts';
import { setItem } from '../runtime/abstract-item.ts';
import { PyRaise, clearRaise, exceptionMatches, raiseValue, newExceptionStealing } from '../runtime/errors.ts';
import { importModuleLevel, isImportFunc, isInitializing, sysModules } from '../runtime/import-system.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { newStr } from '../objects/str.ts';

/**
 * IMPORT_NAME: the builtins' `__import__(name, globals, locals, fromlist, level)`; the import
 * system directly when it is the builtins' own (`import_name`'s fast path).
 */
export function importName(f: PyFrame, name: PyObject, fromlist: PyObject, level: PyObject): PyObject {
  const builtins = f.builtins;
  // `_PyDict_GetItemIdWithError` on builtins that are no dict is `PyErr_BadInternalCall`.
  if (!isDict(builtins)) throw raiseValue(newExceptionStealing(E.SystemError, [newStr('Objects/dictobject.c:1438: bad argument to internal function')]));
  const importFunc = dictGetStr(builtins, '__import__');
  if (importFunc === null) throw raiseValue(newExceptionStealing(E.ImportError, [newStr('__import__ not found')]));
  if (isImportFunc(importFunc)) return importModuleLevel((name as PyStr).value, f.globals, fromlist, level);
  incref(importFunc);
  try {
    return callObject(importFunc, [name, f.globals, f.locals ?? None, fromlist, level]);
  } finally {
    decref(importFunc);
  }
}

/** IMPORT_FROM: the attribute, or the submodule, or ImportError. */
export function importFrom(module: PyObject, name: PyObject): PyObject {
  // A module's own `__getattr__` may raise AttributeError: that is a missing name too.
  const found = lookupAttrString(module, (name as PyStr).value);
  if (found !== null) return found;
  const pkgname = module instanceof PyModule ? dictGetStr(module.namespace, '__name__') : null;
  if (pkgname instanceof PyStr) {
    const full = `${pkgname.value}.${(name as PyStr).value}`;
    const sub = dictGetStr(sysModules(), full);
    if (sub !== null) return incref(sub);
  }
  const modName = pkgname instanceof PyStr ? pkgname.value : '<unknown module name>';
  const file = module instanceof PyModule ? dictGetStr(module.namespace, '__file__') : null;
  const where = file instanceof PyStr ? file.value : 'unknown location';
  const message = pkgname instanceof PyStr && isInitializing(pkgname.value)
    ? `cannot import name '${(name as PyStr).value}' from partially initialized module '${modName}' (most likely due to a circular import) (${where})`
    : `cannot import name '${(name as PyStr).value}' from '${modName}' (${where})`;
  const e = newExceptionStealing(E.ImportError, [newStr(message)]);
  if (pkgname instanceof PyStr) {
    e.name = incref(pkgname);
  }
  if (file instanceof PyStr) e.path = incref(file);
  throw raiseValue(e);
}

/** IMPORT_STAR: copies the public names (or `__all__`) into the frame's locals. */
export function importStar(f: PyFrame, module: PyObject): void {
  const locals = f.locals;
  if (locals === null) throw raiseValue(newExceptionStealing(E.SystemError, [newStr('no locals found during \'import *\'')]));
  let names: PyObject[];
  let skipPrivate = false;
  // `_PyObject_LookupAttr`: an AttributeError (from a module's `__getattr__`) means none.
  const all = lookupAttrString(module, '__all__');
  if (all !== null) {
    names = sequenceToArray(all);
    decref(all);
  } else {
    const dict = module.dict;
    if (!(dict instanceof PyDict)) throw raiseValue(newExceptionStealing(E.ImportError, [newStr('from-import-* object has no __dict__ and no __all__')]));
    names = dictItems(dict).map(([k]) => incref(k));
    skipPrivate = true;
  }
  try {
    for (const n of names) {
      if (skipPrivate && n instanceof PyStr && n.value.startsWith('_')) continue;
      let value: PyObject;
      try {
        value = getAttr(module, n as PyStr);
      } catch (e) {
        if (e instanceof PyRaise && exceptionMatches(e, E.AttributeError)) clearRaise(e);
        throw e;
      }
      try {
        if (locals instanceof PyDict) dictSet(locals, n, value);
        else setItem(locals, n, value);
      } finally {
        decref(value);
      }
    }
  } finally {
    for (const n of names) decref(n);
  }
}

