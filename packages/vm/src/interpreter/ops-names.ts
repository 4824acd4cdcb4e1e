/**
 * Name resolution opcodes: LOAD/STORE/DELETE of names, globals, fast locals and cells, with
 * CPython 3.8's NameError and UnboundLocalError messages. Mirrors CPython 3.8 Python/ceval.c.
 * @module
 */
import type { PyCode } from '../objects/code.ts';
import { PyCell } from '../objects/cell.ts';
import { PyDict, dictDel, dictGet, dictIndex, dictSet, dictType } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import type { PyFrame } from '../objects/frame.ts';
import type { PyStr } from '../objects/str.ts';
import { deleteItem, getItem, setItem } from '../runtime/abstract-item.ts';
import { PyRaise, clearRaise, exceptionMatches, raiseMessage } from '../runtime/errors.ts';
import { decref, incref, xdecref, type PyObject } from '../runtime/object.ts';

/** NameError: name 'x' is not defined. */
export function nameError(name: PyObject): PyRaise {
  return raiseMessage(E.NameError, `name '${(name as PyStr).value}' is not defined`);
}

/** UnboundLocalError for fast local `index`. */
export function unboundLocal(code: PyCode, index: number): PyRaise {
  return raiseMessage(E.UnboundLocalError, `local variable '${code.co.varnames[index] ?? '?'}' referenced before assignment`);
}

/** Looks `name` up in a locals mapping: a new reference or null (KeyError swallowed). */
function mappingGet(mapping: PyObject, name: PyObject): PyObject | null {
  if (mapping instanceof PyDict && mapping.type.name === 'dict') {
    const v = dictGet(mapping, name);
    return v === null ? null : incref(v);
  }
  try {
    return getItem(mapping, name);
  } catch (e) {
    if (e instanceof PyRaise && exceptionMatches(e, E.KeyError)) {
      clearRaise(e);
      return null;
    }
    throw e;
  }
}

/** LOAD_NAME: locals, then globals, then builtins. */
export function loadName(f: PyFrame, name: PyObject): PyObject {
  const locals = f.locals;
  if (locals === null) throw raiseMessage(E.SystemError, `no locals when loading '${(name as PyStr).value}'`);
  const v = mappingGet(locals, name);
  if (v !== null) return v;
  const g = dictGet(f.globals, name);
  if (g !== null) return incref(g);
  const builtins = f.builtins;
  if (builtins instanceof PyDict && builtins.type === dictType) {
    const b = dictGet(builtins, name);
    if (b === null) throw nameError(name);
    return incref(b);
  }
  return mappingGetOrNameError(builtins, name);
}

/**
 * `PyObject_GetItem(mapping, name)` for a namespace that is not an exact dict: a new reference,
 * its KeyError turned into the NameError for `name`.
 */
function mappingGetOrNameError(mapping: PyObject, name: PyObject): PyObject {
  const v = mappingGet(mapping, name);
  if (v === null) throw nameError(name);
  return v;
}

/** Whether LOAD_GLOBAL may look in the frame's globals and builtins as dicts, not mappings. */
function exactNamespaces(f: PyFrame): boolean {
  const builtins = f.builtins;
  return f.globals.type === dictType && builtins instanceof PyDict && builtins.type === dictType;
}

/**
 * The entry position of `name` in the frame's locals when they are an exact dict that has it,
 * else 0 (a position the caller checks by key identity).
 * Looking a str up runs no Python code.
 */
function localsIndex(f: PyFrame, name: PyObject): number {
  const locals = f.locals;
  if (!(locals instanceof PyDict) || locals.type !== dictType) return 0;
  const i = dictIndex(locals, name);
  return i < 0 ? 0 : i;
}

/** How often a name site looks its name's position up before it gives up. */
const NAME_PROBES = 16;

/** After a miss: the site looks its name's position up again, while it has probes left. */
function probeName(f: PyFrame, name: PyObject, cache: Int32Array): void {
  if ((cache[1] as number) >= NAME_PROBES) return;
  cache[1] = (cache[1] as number) + 1;
  cache[0] = localsIndex(f, name);
}

/**
 * LOAD_NAME of compiled code, with the site's cache: `cache[0]` the position where the name was
 * last found in exact-dict locals (checked by key identity: code objects' names are interned, so
 * a name stored under an equal str from elsewhere just keeps missing), `cache[1]` the lookups made.
 */
export function loadNameCached(f: PyFrame, name: PyObject, cache: Int32Array): PyObject {
  const locals = f.locals;
  if (locals instanceof PyDict && locals.type === dictType) {
    const storage = locals.storage;
    const i = cache[0] as number;
    if (storage.keys[i] === name) {
      const v = storage.values[i] as PyObject;
      v.refcnt++;
      return v;
    }
  }
  const v = loadName(f, name);
  probeName(f, name, cache);
  return v;
}

/**
 * STORE_NAME of compiled code (the value's reference is the instruction's, dropped here), with
 * the site's cache as {@link loadNameCached}'s. As dictSet then STORE_NAME's decref: the stored
 * value holds one more reference while the old one is dropped.
 */
export function storeNameCached(f: PyFrame, name: PyObject, v: PyObject, cache: Int32Array): void {
  const locals = f.locals;
  if (locals instanceof PyDict && locals.type === dictType) {
    const storage = locals.storage;
    const i = cache[0] as number;
    if (storage.keys[i] === name) {
      v.refcnt++;
      const old = storage.values[i] as PyObject;
      storage.values[i] = v;
      decref(old);
      decref(v);
      return;
    }
  }
  try {
    storeName(f, name, v);
  } finally {
    decref(v);
  }
  probeName(f, name, cache);
}

/** STORE_NAME. */
export function storeName(f: PyFrame, name: PyObject, v: PyObject): void {
  const locals = f.locals;
  if (locals === null) throw raiseMessage(E.SystemError, `no locals found when storing '${(name as PyStr).value}'`);
  if (locals instanceof PyDict && locals.type.name === 'dict') dictSet(locals, name, v);
  else setItem(locals, name, v);
}

/** DELETE_NAME. */
export function deleteName(f: PyFrame, name: PyObject): void {
  const locals = f.locals;
  if (locals === null) throw raiseMessage(E.SystemError, `no locals when deleting '${(name as PyStr).value}'`);
  if (locals instanceof PyDict && locals.type.name === 'dict') {
    if (!dictDel(locals, name)) throw nameError(name);
    return;
  }
  try {
    deleteItem(locals, name);
  } catch (e) {
    // Any error deleting the name becomes the NameError (`format_exc_check_arg` replaces it).
    if (e instanceof PyRaise) {
      clearRaise(e);
      throw nameError(name);
    }
    throw e;
  }
}

/**
 * LOAD_GLOBAL: globals, then builtins; when either is not an exact dict, both are looked in as
 * mappings (`PyObject_GetItem`, whose KeyError means "not there").
 */
export function loadGlobal(f: PyFrame, name: PyObject): PyObject {
  if (!exactNamespaces(f)) return mappingGet(f.globals, name) ?? mappingGetOrNameError(f.builtins, name);
  const v = dictGet(f.globals, name) ?? dictGet(f.builtins as PyDict, name);
  if (v === null) throw nameError(name);
  return incref(v);
}

/**
 * What {@link globalIndex} returns when the globals or the builtins are not exact dicts: a
 * position no entry has, so compiled code's cached lookups miss and it calls {@link loadGlobal}.
 */
export const GLOBAL_BY_MAPPING = 0x3fffffff;

/**
 * Where LOAD_GLOBAL finds `name`: its entry position in the globals, or the complement (`~i`)
 * of its position in the builtins when the globals do not have it. Compiled code caches it.
 */
export function globalIndex(f: PyFrame, name: PyObject): number {
  if (!exactNamespaces(f)) return GLOBAL_BY_MAPPING;
  const i = dictIndex(f.globals, name);
  if (i >= 0) return i;
  const b = dictIndex(f.builtins as PyDict, name);
  if (b >= 0) return ~b;
  throw nameError(name);
}

/** STORE_GLOBAL. */
export function storeGlobal(f: PyFrame, name: PyObject, v: PyObject): void {
  dictSet(f.globals, name, v);
}

/** DELETE_GLOBAL. */
export function deleteGlobal(f: PyFrame, name: PyObject): void {
  if (!dictDel(f.globals, name)) throw nameError(name);
}

/** The error for reading an empty cell or free variable (`format_exc_unbound`). */
function unboundDeref(f: PyFrame, index: number): PyRaise {
  const co = f.code.co;
  if (index < co.cellvars.length) {
    return raiseMessage(E.UnboundLocalError, `local variable '${co.cellvars[index] ?? '?'}' referenced before assignment`);
  }
  return raiseMessage(E.NameError, `free variable '${co.freevars[index - co.cellvars.length] ?? '?'}' referenced before assignment in enclosing scope`);
}

/** The cell at `index` of the frame's cells and free variables. */
export function cellAt(f: PyFrame, index: number): PyCell {
  return f.fast[f.code.co.nlocals + index] as PyCell;
}

/** LOAD_DEREF. */
export function loadDeref(f: PyFrame, index: number): PyObject {
  const v = cellAt(f, index).contents;
  if (v === null) throw unboundDeref(f, index);
  return incref(v);
}

/** LOAD_CLASSDEREF: the class body's locals first, then the cell. */
export function loadClassDeref(f: PyFrame, oparg: number): PyObject {
  const co = f.code.co;
  const idx = oparg - co.cellvars.length;
  const name = f.code.cellAndFreeNames[oparg] as PyObject;
  if (f.locals !== null && idx >= 0) {
    const v = mappingGet(f.locals, name);
    if (v !== null) return v;
  }
  return loadDeref(f, oparg);
}

/** STORE_DEREF: takes the reference `v`. */
export function storeDeref(f: PyFrame, index: number, v: PyObject): void {
  const cell = cellAt(f, index);
  const old = cell.contents;
  cell.contents = v;
  xdecref(old);
}

/** DELETE_DEREF. */
export function deleteDeref(f: PyFrame, index: number): void {
  const cell = cellAt(f, index);
  const old = cell.contents;
  if (old === null) throw unboundDeref(f, index);
  cell.contents = null;
  xdecref(old);
}
