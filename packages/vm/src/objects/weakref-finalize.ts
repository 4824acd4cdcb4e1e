/**
 * `weakref.finalize`: calls a function when an object dies or at exit, whichever comes first.
 * Live finalizers are kept in a registry (newest run first at exit, with the garbage collector
 * disabled); after exit they do nothing. Mirrors CPython 3.8 Lib/weakref.py `finalize`.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { callObject } from '../runtime/call.ts';
import { PyRaise, clearRaise, typeError } from '../runtime/errors.ts';
import { callExceptHook } from '../runtime/sys-stderr.ts';
import { noteLibraryFrame } from '../runtime/print-exception.ts';
import { gcState } from '../runtime/gc-registry.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { addGetSets, addValue } from '../runtime/type-defs.ts';
import { addPythonMethods } from './native-py-method.ts';
import { dictSetStr, newDict } from './dict.ts';
import { newBool } from './int.ts';
import { None } from './singletons.ts';
import { newStr } from './str.ts';
import { newTupleStealing } from './tuple.ts';
import { PyWeakref, newWeakref, weakrefTarget, weakrefType } from './weakref.ts';
import { tpName } from '../runtime/type-name.ts';

/** `weakref.finalize`. */
// A class statement with `__slots__ = ()`: no fields of its own, but a GC object as every class's
// instances are (`sys.getsizeof` counts the GC head).
export const finalizeType: PyType = staticType({ name: 'finalize', module: 'weakref', basicsize: 16, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });

interface Info {
  weakref: PyWeakref;
  func: PyObject;
  args: PyObject[];
  kwnames: string[];
  atexit: boolean;
  index: number;
}

/** `finalize._registry` (insertion ordered); the finalizer objects are owned by it. */
const registry = new Map<PyObject, Info>();
const state = { shutdown: false, dirty: false, index: 0, registered: false };

/** Runs once, when the first finalizer is made: registers `_exitfunc` (installed by the module). */
export const finalizeHooks: { registerExit: () => void; warnDeprecated: (message: string) => void; libraryFile: string } = {
  registerExit: () => undefined,
  warnDeprecated: () => undefined,
  /** Where CPython's `finalize` is written (Lib/weakref.py), for the frames it leaves on tracebacks. */
  libraryFile: 'weakref.py',
};

/** The lines of Lib/weakref.py 3.8 that call on: `finalize.__call__` and `finalize._exitfunc`. */
const CALL_LINE = 566;
const EXITFUNC_LINE = 642;

/**
 * `finalize.__init__(*args, **kwargs)` of 3.8: `obj` and `func` positionally, or (deprecated,
 * with a DeprecationWarning) `func` and then `obj` by keyword. Returns them with the
 * remaining positional arguments and keywords (borrowed).
 */
function finalizeArgs(args: readonly PyObject[], kwnames: readonly string[] | null): {
  obj: PyObject; func: PyObject; rest: PyObject[]; kwnames: string[];
} {
  const names = [...(kwnames ?? [])];
  const npos = args.length - names.length;
  const positional = args.slice(0, npos);
  const keywords = args.slice(npos);
  if (npos >= 2) return { obj: positional[0] as PyObject, func: positional[1] as PyObject, rest: [...positional.slice(2), ...keywords], kwnames: names };
  const take = (name: string): PyObject | null => {
    const i = names.indexOf(name);
    if (i < 0) return null;
    names.splice(i, 1);
    return keywords.splice(i, 1)[0] as PyObject;
  };
  const func = take('func');
  if (func === null) throw typeError(`finalize expected at least 2 positional arguments, got ${npos}`);
  if (npos === 1) {
    finalizeHooks.warnDeprecated("Passing 'func' as keyword argument is deprecated");
    return { obj: positional[0] as PyObject, func, rest: keywords, kwnames: names };
  }
  const obj = take('obj');
  if (obj === null) throw typeError(`finalize expected at least 2 positional arguments, got ${npos}`);
  finalizeHooks.warnDeprecated("Passing 'obj' as keyword argument is deprecated");
  return { obj, func, rest: keywords, kwnames: names };
}

/** Forgets the finalizers of an abandoned run. */
export function resetFinalize(): void {
  registry.clear();
  state.shutdown = false;
  state.dirty = false;
  state.index = 0;
  state.registered = false;
}

function releaseInfo(info: Info): void {
  decref(info.weakref);
  decref(info.func);
  for (const a of info.args) decref(a);
}

/**
 * The end of the registry: when the interpreter finalizes, `finalize._registry` dies with its
 * class, dropping the finalizers never called (and what they hold) in the order they were made.
 */
export function finiFinalize(): void {
  const entries = [...registry];
  registry.clear();
  for (const [self, info] of entries) {
    releaseInfo(info);
    decref(self);
  }
}

/** `finalize.__call__`: pops the entry and calls the function unless shutting down. */
function callFinalizer(self: PyObject): PyObject {
  const info = registry.get(self);
  if (info === undefined) return incref(None);
  registry.delete(self);
  try {
    if (state.shutdown) return incref(None);
    return callObject(info.func, info.args, info.kwnames.length > 0 ? info.kwnames : null);
  } catch (e) {
    // A builtin's error left CPython's Python frame of `__call__` all the same: its report has a
    // "Traceback" header, and a weakref callback's does not take the frame running now.
    if (e instanceof PyRaise) noteLibraryFrame(e, [finalizeHooks.libraryFile, CALL_LINE, '__call__']);
    throw e;
  } finally {
    releaseInfo(info);
    decref(self);
  }
}

finalizeType.new = (type, allArgs, allKwnames) => {
  const { obj, func, rest: args, kwnames } = finalizeArgs(allArgs, allKwnames);
  if (!state.registered) {
    finalizeHooks.registerExit();
    state.registered = true;
  }
  const self = new PyObject(type, allocateAddress(type));
  if (type.isHeapType) incref(type);
  let wr: PyWeakref;
  try {
    wr = newWeakref(weakrefType, obj, self);
  } catch (e) {
    decref(self);
    throw e;
  }
  const info: Info = {
    weakref: wr,
    func: incref(func),
    args: args.map((a) => incref(a)),
    kwnames,
    atexit: true,
    index: state.index++,
  };
  registry.set(incref(self), info);
  state.dirty = true;
  return self;
};
finalizeType.init = () => undefined;
finalizeType.call = (self) => callFinalizer(self);
finalizeType.dealloc = (self) => { freeObject(self); };
// Its state lives in the class's registry, not in the instance: there is nothing to visit.
finalizeType.traverse = () => undefined;
finalizeType.repr = (self) => {
  const info = registry.get(self);
  const obj = info === undefined ? null : weakrefTarget(info.weakref);
  try {
    if (obj === null || obj === None) return newStr(`<finalize object at 0x${self.address.toString(16)}; dead>`);
    return newStr(`<finalize object at 0x${self.address.toString(16)}; for '${tpName(obj.type)}' at 0x${obj.address.toString(16)}>`);
  } finally {
    xdecref(obj);
  }
};

function describe(self: PyObject, detach: boolean): PyObject {
  const info = registry.get(self);
  if (info === undefined) return incref(None);
  const obj = weakrefTarget(info.weakref);
  if (obj === None) {
    decref(obj);
    return incref(None);
  }
  const result = newTupleStealing([obj, incref(info.func), newTupleStealing(info.args.slice(0, info.args.length - info.kwnames.length).map((a) => incref(a))), kwargsDict(info)]);
  if (detach) {
    registry.delete(self);
    releaseInfo(info);
    decref(self);
  }
  return result;
}

function kwargsDict(info: Info): PyObject {
  const d = newDict();
  const n = info.kwnames.length;
  const values = info.args.slice(info.args.length - n);
  info.kwnames.forEach((k, i) => { dictSetStr(d, k, values[i] as PyObject); });
  return d;
}

addPythonMethods(finalizeType, [
  { name: 'detach', kind: 'noargs', impl: (self) => describe(self, true) },
  { name: 'peek', kind: 'noargs', impl: (self) => describe(self, false) },
]);
// `__slots__ = ()`: the class keeps its state in its registry.
addValue(finalizeType, '__slots__', () => newTupleStealing([]));
addGetSets(finalizeType, [
  { name: 'alive', get: (self) => newBool(registry.has(self)) },
  {
    name: 'atexit',
    get: (self) => newBool(registry.get(self)?.atexit ?? false),
    set: (self, value) => {
      const info = registry.get(self);
      if (info !== undefined && value !== null) info.atexit = value !== None && !(value.type.nbBool !== undefined && !value.type.nbBool(value));
    },
  },
]);

/** `finalize._exitfunc`: runs the live finalizers marked for exit, newest first. */
export function finalizeExitFunc(): void {
  let reenable = false;
  try {
    if (registry.size > 0) {
      if (gcState.enabled) {
        reenable = true;
        gcState.enabled = false;
      }
      let pending: PyObject[] | null = null;
      for (;;) {
        if (pending === null || state.dirty) {
          pending = [...registry.entries()].filter(([, i]) => i.atexit).sort((a, b) => a[1].index - b[1].index).map(([f]) => f);
          state.dirty = false;
        }
        const f = pending.pop();
        if (f === undefined) break;
        incref(f);
        try {
          decref(callFinalizer(f));
        } catch (e) {
          if (!(e instanceof PyRaise)) throw e;
          noteLibraryFrame(e, [finalizeHooks.libraryFile, EXITFUNC_LINE, '_exitfunc']);
          printException(e);
        } finally {
          decref(f);
        }
      }
    }
  } finally {
    state.shutdown = true;
    if (reenable) gcState.enabled = true;
  }
}

/** `sys.excepthook(*sys.exc_info())`. */
function printException(e: PyRaise): void {
  const value = e.value;
  if (e.traceback !== null) {
    const old = value.traceback;
    value.traceback = incref(e.traceback);
    xdecref(old);
  }
  try {
    callExceptHook(value);
  } finally {
    clearRaise(e);
  }
}
