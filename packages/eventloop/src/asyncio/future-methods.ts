/**
 * Asyncio's own code calling a future's methods as CPython's Python code does (`gather`, `wait`,
 * `shield`, `wait_for` call `fut.add_done_callback(...)`, `fut.result()`, ...): a `Future`
 * subclass overriding one of them sees the call. A future whose class keeps `_asyncio`'s methods
 * takes the native path; otherwise the native callback goes to the method as a function object
 * named as CPython's (`gather.<locals>._done_callback`). Mirrors CPython 3.8 Lib/asyncio/tasks.py.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { PyFuture, addDoneCallback, callbacksOf, futureException, futureResult, futureType, setCallbacks, type DoneCallback } from './future.ts';
import { callMethod } from './loop-object.ts';
import { setFunctionSource } from './callback-source.ts';
import { importModule } from './snapshots.ts';

/** Whether `fut`'s class overrides the method `name` of `_asyncio.Future` (or of `_asyncio.Task`). */
export function overridesMethod(fut: PyFuture, name: string): boolean {
  if (fut.type.module === '_asyncio') return false;
  let native: rt.PyType = futureType;
  for (const t of fut.type.mro) {
    if (t.module === '_asyncio') {
      native = t;
      break;
    }
  }
  return rt.lookupType(fut.type, name) !== rt.lookupType(native, name);
}

/** The function object standing for a native done callback (`function`, with CPython's names). */
const doneCallbackFunctionType: rt.PyType = rt.staticType({ name: 'function', basicsize: 120, flags: rt.TPFLAGS_HAVE_GC });

class PyDoneCallbackFunction extends rt.PyObject {
  readonly cb: DoneCallback;
  /** Whether it ran: a callback that owns `holds` lets go of it when it runs. */
  ran = false;
  /**
   * Whether it owns a reference to the record's `holds` (given to an overriding
   * `add_done_callback`, it takes the record's place); one made to be shown owns none.
   */
  readonly ownsHolds: boolean;
  constructor(cb: DoneCallback, ownsHolds: boolean) {
    super(doneCallbackFunctionType, rt.allocateAddress(doneCallbackFunctionType));
    this.cb = cb;
    this.ownsHolds = ownsHolds;
  }
}

/**
 * The callable registered for each native callback while it exists (borrowed), so that removing it
 * finds it: its function object, or the `functools.partial` over it.
 */
const functions = new Map<DoneCallback, { readonly callable: rt.PyObject; readonly fn: PyDoneCallbackFunction }>();

function qualnameOf(cb: DoneCallback): string {
  const name = cb.label?.name ?? 'callback';
  const text = typeof name === 'string' ? name : name();
  const paren = text.indexOf('(');
  return paren < 0 ? text : text.slice(0, paren);
}

doneCallbackFunctionType.call = (self, args, kwnames) => {
  const f = self as PyDoneCallbackFunction;
  // The future comes after the partial's arguments.
  const n = 1 + (f.cb.partialArgs?.length ?? 0);
  checkCallbackArguments(f.cb, n, args, kwnames);
  const fut = args[n - 1];
  if (!(fut instanceof PyFuture)) throw rt.typeError(`${nameOf(f.cb)}() takes ${n} positional argument${n === 1 ? '' : 's'} but ${args.length} were given`);
  const { cb } = f;
  f.ran = true;
  // A native callback consumes a reference to what it holds: one that owns none gives it one.
  if (!f.ownsHolds && cb.holds !== undefined) rt.incref(cb.holds);
  if (cb.native !== null) cb.native(fut, cb);
  return rt.newNone();
};
/** `co_name` of the callback's function. */
function nameOf(cb: DoneCallback): string {
  return qualnameOf(cb).split('.').pop() ?? '';
}

/**
 * The argument errors of CPython's function for a call of the callback with other than its `n`
 * positional arguments, as `_PyEval_EvalCodeWithName` words them (`_done_callback() missing 1
 * required positional argument: 'fut'`).
 */
function checkCallbackArguments(cb: DoneCallback, n: number, args: readonly rt.PyObject[], kwnames: readonly string[] | null): void {
  const nkw = kwnames?.length ?? 0;
  const given = args.length - nkw;
  if (nkw === 0 && given === n) return;
  const name = nameOf(cb);
  const params = cb.label?.params ?? ['fut'];
  const varargs = cb.label?.varargs === true;
  const bound = params.map((_, i) => i < given);
  for (const k of kwnames ?? []) {
    const i = params.indexOf(k);
    if (i < 0) throw rt.typeError(`${name}() got an unexpected keyword argument '${k}'`);
    if (bound[i] === true) throw rt.typeError(`${name}() got multiple values for argument '${k}'`);
    bound[i] = true;
  }
  if (given > params.length && !varargs) {
    throw rt.typeError(`${name}() takes ${params.length} positional argument${params.length === 1 ? '' : 's'} but ${given} ${given === 1 ? 'was' : 'were'} given`);
  }
  const missing = params.filter((_, i) => bound[i] !== true).map((p) => `'${p}'`);
  if (missing.length > 0) {
    const list = missing.length === 1 ? (missing[0] as string) : missing.length === 2 ? missing.join(' and ') : `${missing.slice(0, -1).join(', ')}, and ${missing[missing.length - 1] as string}`;
    throw rt.typeError(`${name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  // DEVIATION(cpython): bound otherwise (by keyword, or with extra `*args`), the native body
  // still takes the future by position only.
}

doneCallbackFunctionType.dealloc = (self) => {
  const f = self as PyDoneCallbackFunction;
  if (functions.get(f.cb)?.fn === f) functions.delete(f.cb);
  if (f.ownsHolds && !f.ran && f.cb.holds !== undefined) rt.decref(f.cb.holds);
  rt.freeObject(self);
};
doneCallbackFunctionType.traverse = (self, visit) => {
  const f = self as PyDoneCallbackFunction;
  if (f.ownsHolds && !f.ran && f.cb.holds !== undefined) visit(f.cb.holds);
};
doneCallbackFunctionType.repr = (self) => rt.newStr(`<function ${qualnameOf((self as PyDoneCallbackFunction).cb)} at 0x${self.address.toString(16)}>`);
rt.addGetSets(doneCallbackFunctionType, [
  { name: '__qualname__', get: (self) => rt.newStr(qualnameOf((self as PyDoneCallbackFunction).cb)) },
  { name: '__name__', get: (self) => rt.newStr(qualnameOf((self as PyDoneCallbackFunction).cb).split('.').pop() ?? '') },
  { name: '__module__', get: () => rt.newStr('asyncio.tasks') },
]);

/** The callable for `cb` (new reference): the one that exists, or a new one. */
function functionFor(cb: DoneCallback, ownsHolds = true): rt.PyObject {
  const existing = functions.get(cb);
  if (existing !== undefined) return rt.incref(existing.callable);
  const f = new PyDoneCallbackFunction(cb, ownsHolds);
  if (cb.label !== undefined) setFunctionSource(f, cb.label.at);
  let callable: rt.PyObject = f;
  if (cb.partialArgs !== undefined) {
    const functools = importModule('functools');
    try {
      callable = callMethod(functools, 'partial', [f, ...cb.partialArgs]);
    } finally {
      rt.decref(functools);
      rt.decref(f);
    }
  }
  functions.set(cb, { callable, fn: f });
  return callable;
}

/**
 * The function object CPython's asyncio registered for the native callback `cb` (new reference),
 * as `fut._callbacks` shows it: the one that exists, or a new one that owns nothing of the
 * record's (the record, on the future, keeps what it holds).
 */
export function doneCallbackFunction(cb: DoneCallback): rt.PyObject {
  return functionFor(cb, false);
}

/** `fut.add_done_callback(cb)`: the record itself, or its function object through an overriding method. */
export function addDoneCallbackVia(fut: PyFuture, cb: DoneCallback): void {
  if (!overridesMethod(fut, 'add_done_callback')) {
    addDoneCallback(fut, cb);
    return;
  }
  const fn = functionFor(cb);
  try {
    rt.decref(callMethod(fut, 'add_done_callback', [fn]));
  } finally {
    rt.decref(fn);
  }
}

/** `fut.remove_done_callback(cb)`, the counterpart of {@link addDoneCallbackVia}. */
export function removeDoneCallbackVia(fut: PyFuture, cb: DoneCallback): void {
  if (!overridesMethod(fut, 'remove_done_callback')) {
    // The record itself, or its function object when an overriding add_done_callback took that.
    const fn = functions.get(cb)?.callable;
    const all = callbacksOf(fut);
    const removed = all.filter((c) => c === cb || (fn !== undefined && c.fn === fn));
    setCallbacks(fut, all.filter((c) => !removed.includes(c)));
    for (const c of removed) if (c.fn !== null) rt.decref(c.fn);
    return;
  }
  const fn = functionFor(cb);
  try {
    rt.decref(callMethod(fut, 'remove_done_callback', [fn]));
  } finally {
    rt.decref(fn);
  }
}

/** `fut.result()` (new reference). */
export function resultVia(fut: PyFuture): rt.PyObject {
  return overridesMethod(fut, 'result') ? callMethod(fut, 'result', []) : futureResult(fut);
}

/** `fut.exception()` (new reference: None or the exception). */
export function exceptionVia(fut: PyFuture): rt.PyObject {
  return overridesMethod(fut, 'exception') ? callMethod(fut, 'exception', []) : futureException(fut);
}

/** `fut.cancelled()`. */
export function cancelledVia(fut: PyFuture): boolean {
  if (!overridesMethod(fut, 'cancelled')) return fut.state === 'CANCELLED';
  const r = callMethod(fut, 'cancelled', []);
  try {
    return rt.isTrue(r);
  } finally {
    rt.decref(r);
  }
}
