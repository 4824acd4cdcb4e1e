/**
 * `inspect.getclosurevars` and its `ClosureVars` named tuple: the names a function's code refers
 * to, split into its closure's values, the globals and builtins they resolve to, and the unbound
 * ones. Mirrors CPython 3.8 Lib/inspect.py `getclosurevars`.
 * @module
 */
import { PyDict, dictGetStr, dictSetStr, isDict, newDict } from '../objects/dict.ts';
import type { PyFrame } from '../objects/frame.ts';
import { methodType } from '../objects/method.ts';
import { PyModule } from '../objects/module.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { newSet, setAdd } from '../objects/set.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { PyTuple } from '../objects/tuple.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { namedtuple } from './collections-namedtuple.ts';
import { isFunction } from './inspect-more.ts';

/** The run's `ClosureVars` class (a reference of its own, while `inspect` lives). */
let closureVars: PyObject | null = null;

/** The strs of a tuple attribute of `code` (`co_freevars`, `co_names`). */
function names(code: PyObject, attr: string): string[] {
  const t = getAttrString(code, attr);
  try {
    return t instanceof PyTuple ? t.items.map((n) => (n instanceof PyStr ? n.value : '')) : [];
  } finally {
    decref(t);
  }
}

/** `func.__globals__.get("__builtins__", builtins.__dict__)`, a module's dict in place of the module. */
function builtinsOf(globals: PyObject): PyDict | null {
  const b = isDict(globals) ? dictGetStr(globals, '__builtins__') : null;
  if (b instanceof PyModule) return b.namespace;
  if (b !== null && isDict(b)) return b;
  const f = tstate.frame as PyFrame | null;
  return f !== null && isDict(f.builtins) ? f.builtins : null;
}

/** `getclosurevars(func)`: a new `ClosureVars`. */
function getclosurevars(fn: PyObject): PyObject {
  let func = fn;
  const bound = func.type === methodType ? getAttrString(func, '__func__') : null;
  if (bound !== null) func = bound;
  const held: PyObject[] = bound === null ? [] : [bound];
  try {
    if (!isFunction(func)) throw typeError(`${reprText(func)} is not a Python function`);
    const code = getAttrString(func, '__code__');
    held.push(code);
    const closure = getAttrString(func, '__closure__');
    held.push(closure);
    const nonlocals = newDict();
    held.push(nonlocals);
    if (closure !== None) {
      const cells = closure instanceof PyTuple ? closure.items : [];
      names(code, 'co_freevars').forEach((name, i) => {
        const cell = cells[i];
        if (cell === undefined) return;
        const v = getAttrString(cell, 'cell_contents');
        dictSetStr(nonlocals, name, v);
        decref(v);
      });
    }
    const globals = getAttrString(func, '__globals__');
    held.push(globals);
    const builtins = builtinsOf(globals);
    const globalVars = newDict();
    const builtinVars = newDict();
    const unbound = newSet();
    held.push(globalVars, builtinVars, unbound);
    for (const name of names(code, 'co_names')) {
      if (name === 'None' || name === 'True' || name === 'False') continue;
      const g = isDict(globals) ? dictGetStr(globals, name) : null;
      const b = g === null && builtins !== null ? dictGetStr(builtins, name) : null;
      if (g !== null) dictSetStr(globalVars, name, g);
      else if (b !== null) dictSetStr(builtinVars, name, b);
      else {
        const key = newStr(name);
        setAdd(unbound, key);
        decref(key);
      }
    }
    return callObject(closureVars as PyObject, [nonlocals, globalVars, builtinVars, unbound]);
  } finally {
    for (const o of held) decref(o);
  }
}

/** The function of this part of `inspect`. */
export const INSPECT_CLOSURE: readonly NativeDef[] = [
  { name: 'getclosurevars', kind: 'o', impl: (_m, args) => getclosurevars(args[0] as PyObject) },
];

/**
 * `ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')`, made when
 * `inspect` is imported.
 *
 * @returns the module-level name and the new class.
 */
export function makeClosureVars(): [string, PyObject] {
  const args = [newStr('ClosureVars'), newStr('nonlocals globals builtins unbound'), newStr('inspect')];
  try {
    const cls = namedtuple(args, ['module']);
    closureVars = incref(cls);
    return ['ClosureVars', cls];
  } finally {
    for (const a of args) decref(a);
  }
}

/** Lets go of the `ClosureVars` class reference kept for `getclosurevars`. */
export function forgetClosureVars(): void {
  const cls = closureVars;
  closureVars = null;
  if (cls !== null) decref(cls);
}
