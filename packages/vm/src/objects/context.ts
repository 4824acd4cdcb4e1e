/**
 * `contextvars.Context`: an immutable mapping of ContextVars to values (a HAMT), the thread
 * state's current context (made on first need), entering and leaving one (`Context.run`), and
 * the free list of 255 freed contexts CPython keeps. Mirrors CPython 3.8 Python/context.c
 * (`PyContext_*`, `context_*`, `_contextvars_Context_*_impl`).
 * @module
 */
import { NotImplemented, None } from './singletons.ts';
import { newBool } from './int.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { callObject } from '../runtime/call.ts';
import { staticType } from '../runtime/core-types.ts';
import { keyError, runtimeError, typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { tstate } from '../runtime/thread-state.ts';
import { clearWeakrefs } from './weakref.ts';
import { PyHamt, finiHamt, hamtEq, hamtFind, hamtNew, hamtNewIter, resetHamt } from './hamt.ts';
import { EQ, NE } from '../runtime/abstract-compare.ts';
import { checkPositional } from '../runtime/clinic-args.ts';

/** `PyContext_Type`. */
export const contextType: PyType = staticType({ name: 'Context', basicsize: 48, flags: TPFLAGS_HAVE_GC });
contextType.weakrefable = true;

/** `PyContext`: the variables, the context entered before this one while it is entered. */
export class PyContext extends PyObject {
  prev: PyContext | null = null;
  vars: PyHamt | null = null;
  entered = false;
}

/** The ContextVar type, filled in by context-var.ts (keys are checked against it). */
export const contextVarTypeRef: { type: PyType | null } = { type: null };

/** `_context_alloc`: a context from the free list first (memory.ts keeps it by type name). */
function contextAlloc(): PyContext {
  return new PyContext(contextType, allocateAddress(contextType));
}

/** `context_new_empty`. */
export function contextNewEmpty(): PyContext {
  const ctx = contextAlloc();
  ctx.vars = hamtNew();
  return ctx;
}

/** `context_new_from_vars`. */
export function contextNewFromVars(vars: PyHamt): PyContext {
  const ctx = contextAlloc();
  ctx.vars = incref(vars);
  return ctx;
}

/** `context_get`: the thread state's current context (borrowed), made empty on first need. */
export function contextGet(): PyContext {
  let ctx = tstate.context as PyContext | null;
  if (ctx === null) {
    ctx = contextNewEmpty();
    tstate.context = ctx;
  }
  return ctx;
}

/** `PyContext_CopyCurrent`: a new context with the current context's variables. */
export function contextCopyCurrent(): PyContext {
  return contextNewFromVars(contextGet().vars as PyHamt);
}

/** `PyContext_Enter`. */
export function contextEnter(ctx: PyContext): void {
  if (ctx.entered) throw runtimeError(`cannot enter context: ${reprText(ctx)} is already entered`);
  ctx.prev = tstate.context as PyContext | null; // borrowed
  ctx.entered = true;
  tstate.context = incref(ctx);
}

/** `PyContext_Exit`. */
export function contextExit(ctx: PyContext): void {
  if (!ctx.entered) throw runtimeError(`cannot exit context: ${reprText(ctx)} has not been entered`);
  if (tstate.context !== ctx) throw runtimeError('cannot exit context: thread state references a different context object');
  tstate.context = ctx.prev;
  ctx.prev = null;
  ctx.entered = false;
  xdecref(ctx);
}

/**
 * Runs `fn` inside `ctx` (entered, then left whatever happens), as `Context.run` and the event
 * loop's handles do.
 */
export function runInContext<T>(ctx: PyContext, fn: () => T): T {
  contextEnter(ctx);
  try {
    return fn();
  } finally {
    contextExit(ctx);
  }
}

/** Forgets the previous run's HAMT caches (the thread state's context is reset with it). */
export function resetContexts(): void {
  resetHamt();
}

/**
 * `PyThreadState_Clear`'s `Py_CLEAR(tstate->context)` then `_PyContext_Fini` (the cached empty
 * mapping); the free list goes with the heap.
 */
export function finiContexts(): void {
  const ctx = tstate.context;
  tstate.context = null;
  xdecref(ctx);
  finiHamt();
}

/** `context_check_key_type`. */
function checkKey(key: PyObject): void {
  if (key.type !== contextVarTypeRef.type) throw typeError(`a ContextVar key was expected, got ${reprText(key)}`);
}

function varsOf(self: PyObject): PyHamt {
  return (self as PyContext).vars as PyHamt;
}

// DEVIATION(cpython): `ctx_prev` is a borrowed reference, which CPython's tp_clear and
// tp_traverse still treat as owned; an entered context is always alive here, so they skip it.
const clear = (self: PyObject): void => {
  const ctx = self as PyContext;
  ctx.prev = null;
  const vars = ctx.vars;
  ctx.vars = null;
  xdecref(vars);
};
contextType.clear = clear;
contextType.traverse = (self, visit) => {
  const vars = (self as PyContext).vars;
  if (vars !== null) visit(vars);
};
contextType.dealloc = (self) => {
  if (self.weakrefs !== null) clearWeakrefs(self);
  clear(self);
  freeObject(self);
};
contextType.new = (_type, args) => {
  if (args.length > 0) throw typeError('Context() does not accept any arguments');
  return contextNewEmpty();
};
contextType.iter = (self) => hamtNewIter(varsOf(self), 'keys');
contextType.richcompare = (v, w, op) => {
  if (v.type !== contextType || w.type !== contextType || (op !== EQ && op !== NE)) return incref(NotImplemented);
  const eq = hamtEq(varsOf(v), varsOf(w));
  return newBool(eq === (op === EQ));
};
contextType.length = (self) => varsOf(self).count;
contextType.getitem = (self, key) => {
  checkKey(key);
  const val = hamtFind(varsOf(self), key);
  if (val === null) throw keyError(key);
  return incref(val);
};
contextType.contains = (self, key) => {
  checkKey(key);
  return hamtFind(varsOf(self), key) !== null;
};

addMethods(contextType, [
  {
    name: 'get',
    kind: 'fast',
    doc: 'get($self, key, default=None, /)\n--\n\nReturn the value for `key` if `key` has the value in the context object.\n\nIf `key` does not exist, return `default`. If `default` is not given,\nreturn None.',
    impl: (self, args) => {
      checkPositional('get', args.length, 1, 2);
      const key = args[0] as PyObject;
      checkKey(key);
      return incref(hamtFind(varsOf(self), key) ?? args[1] ?? None);
    },
  },
  {
    name: 'items',
    kind: 'noargs',
    doc: 'items($self, /)\n--\n\nReturn all variables and their values in the context object.\n\nThe result is returned as a list of 2-tuples (variable, value).',
    impl: (self) => hamtNewIter(varsOf(self), 'items'),
  },
  {
    name: 'keys',
    kind: 'noargs',
    doc: 'keys($self, /)\n--\n\nReturn a list of all variables in the context object.',
    impl: (self) => hamtNewIter(varsOf(self), 'keys'),
  },
  {
    name: 'values',
    kind: 'noargs',
    doc: "values($self, /)\n--\n\nReturn a list of all variables' values in the context object.",
    impl: (self) => hamtNewIter(varsOf(self), 'values'),
  },
  {
    name: 'copy',
    kind: 'noargs',
    doc: 'copy($self, /)\n--\n\nReturn a shallow copy of the context object.',
    impl: (self) => contextNewFromVars(varsOf(self)),
  },
  {
    name: 'run',
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const npos = args.length - (kwnames?.length ?? 0);
      if (npos < 1) throw typeError('run() missing 1 required positional argument');
      return runInContext(self as PyContext, () => callObject(args[0] as PyObject, args.slice(1), kwnames));
    },
  },
]);
