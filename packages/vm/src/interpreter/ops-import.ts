/**
 * IMPORT_NAME, IMPORT_FROM and IMPORT_STAR over the import system (runtime/import-system.ts).
 * Mirrors CPython 3.8 Python/ceval.c `import_name`, `import_from`, `import_all_from`.
 * @module
 */
import { PyDict, dictGetStr, dictItems, dictSet, isDict } from '../objects/dict.ts';
import { None } from '../objects/singletons.ts';
import { callMethodId, callObject } from '../runtime/call.ts';
import * as E from '../objects/exceptions.ts';
import type { PyFrame } from '../objects/frame.ts';
import { PyModule } from '../objects/module.ts';
import { PyStr } from '../objects/str.ts';
import { getAttr, getAttrString, lookupAttrString } from '../runtime/attributes.ts';
import { isSequenceLike, sequenceToArray } from '../runtime/abstract-iter.ts';
import { getItem, setItem } from '../runtime/abstract-item.ts';
import { PyRaise, clearRaise, exceptionMatches, raiseValue, newExceptionStealing, typeError } from '../runtime/errors.ts';
import { importModuleLevel, isImportFunc, isInitializing, sysModules } from '../runtime/import-system.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { newStr } from '../objects/str.ts';
import { newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { tpName } from '../runtime/type-name.ts';
import { reprText } from '../runtime/abstract-object.ts';

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

/** `PyModule_GetFilenameObject`: a module's `__file__` when it is a str, else null. */
function moduleFilename(module: PyObject): PyStr | null {
  const file = module instanceof PyModule && module.dict !== null ? dictGetStr(module.dict, '__file__') : null;
  return file instanceof PyStr ? file : null;
}

/**
 * IMPORT_FROM: the attribute, or the submodule of that name in `sys.modules` (a circular relative
 * import may not have bound it yet), or ImportError (`import_from`).
 */
export function importFrom(module: PyObject, name: PyObject): PyObject {
  // A module's own `__getattr__` may raise AttributeError: that is a missing name too.
  const attr = (name as PyStr).value;
  const found = lookupAttrString(module, attr);
  if (found !== null) return found;
  // `__name__` as an attribute, of any object; when that fails, the error below replaces it.
  let pkgname: PyObject | null = null;
  try {
    pkgname = getAttrString(module, '__name__');
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(e);
  }
  try {
    if (pkgname instanceof PyStr) {
      const sub = dictGetStr(sysModules(), `${pkgname.value}.${attr}`);
      if (sub !== null) return incref(sub);
    }
    const known = pkgname instanceof PyStr ? pkgname : null;
    const modName = known === null ? "'<unknown module name>'" : reprText(known);
    const file = moduleFilename(module);
    let message: string;
    if (file === null) {
      message = `cannot import name ${reprText(name)} from ${modName} (unknown location)`;
    } else {
      // `_PyModuleSpec_IsInitializing(module.__spec__)`: the module still runs its body (its
      // spec being None here, whether it is the module being imported under that name).
      const initializing = known !== null && isInitializing(known.value) && dictGetStr(sysModules(), known.value) === module;
      message = initializing
        ? `cannot import name ${reprText(name)} from partially initialized module ${modName} (most likely due to a circular import) (${file.value})`
        : `cannot import name ${reprText(name)} from ${modName} (${file.value})`;
    }
    const e = newExceptionStealing(E.ImportError, [newStr(message)]);
    if (known !== null) e.name = incref(known);
    if (file !== null) e.path = incref(file);
    throw raiseValue(e);
  } finally {
    if (pkgname !== null) decref(pkgname);
  }
}

/**
 * The names `from module import *` binds: `__all__`, else the keys of `__dict__` (an attribute
 * lookup each: an AttributeError means none), the latter with `skipPrivate`.
 */
function starNames(module: PyObject): { names: PyObject; skipPrivate: boolean } {
  const all = lookupAttrString(module, '__all__');
  if (all !== null) return { names: all, skipPrivate: false };
  const dict = lookupAttrString(module, '__dict__');
  if (dict === null) throw raiseValue(newExceptionStealing(E.ImportError, [newStr('from-import-* object has no __dict__ and no __all__')]));
  try {
    // `PyMapping_Keys`: a dict's keys, else what `keys()` gives, as a list.
    if (isDict(dict)) return { names: newListStealing(dictItems(dict).map(([k]) => incref(k))), skipPrivate: true };
    const keys = callMethodId(dict, 'keys');
    try {
      return { names: newListStealing(sequenceToArray(keys)), skipPrivate: true };
    } finally {
      decref(keys);
    }
  } finally {
    decref(dict);
  }
}

/** The TypeError for a name of `from module import *` that is not a str. */
function nonStrName(module: PyObject, name: PyObject, skipPrivate: boolean): PyRaise {
  const modname = getAttrString(module, '__name__');
  try {
    if (!(modname instanceof PyStr)) return typeError(`module __name__ must be a string, not ${tpName(modname.type)}`);
    return skipPrivate
      ? typeError(`Key in ${modname.value}.__dict__ must be str, not ${tpName(name.type)}`)
      : typeError(`Item in ${modname.value}.__all__ must be str, not ${tpName(name.type)}`);
  } finally {
    decref(modname);
  }
}

/** `PySequence_GetItem` at an index from 0 up: a new reference. */
function sequenceItem(seq: PyObject, index: PyObject): PyObject {
  if (!isSequenceLike(seq)) {
    throw typeError(seq.type.getitem !== undefined ? `${tpName(seq.type)} is not a sequence` : `'${tpName(seq.type)}' object does not support indexing`);
  }
  return getItem(seq, index);
}

/**
 * IMPORT_STAR: binds each name of `__all__` (or each public name of `__dict__`) in the frame's
 * locals, taking the names one by one by index as `import_all_from` does.
 */
export function importStar(f: PyFrame, module: PyObject): void {
  const locals = f.locals;
  if (locals === null) throw raiseValue(newExceptionStealing(E.SystemError, [newStr('no locals found during \'import *\'')]));
  const { names, skipPrivate } = starNames(module);
  try {
    for (let pos = 0; ; pos++) {
      let n: PyObject;
      const index = newInt(pos);
      try {
        n = sequenceItem(names, index);
      } catch (e) {
        if (!(e instanceof PyRaise) || !exceptionMatches(e, E.IndexError)) throw e;
        clearRaise(e);
        break;
      } finally {
        decref(index);
      }
      try {
        if (!(n instanceof PyStr)) throw nonStrName(module, n, skipPrivate);
        if (skipPrivate && n.value.startsWith('_')) continue;
        const value = getAttr(module, n);
        try {
          if (locals instanceof PyDict) dictSet(locals, n, value);
          else setItem(locals, n, value);
        } finally {
          decref(value);
        }
      } finally {
        decref(n);
      }
    }
  } finally {
    decref(names);
  }
}
