/**
 * `asyncio.coroutine` (the generator-based coroutine decorator, deprecated in 3.8) and
 * `asyncio.iscoroutinefunction`. Mirrors CPython 3.8 Lib/asyncio/coroutines.py (`coroutine`,
 * `_is_coroutine`, `iscoroutinefunction`) without its debug-mode `CoroWrapper`.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { CO_COROUTINE } from './python-method.ts';
import { callMethod, isFuture } from './loop-object.ts';
import { runningNativeCoro, type CoroBody } from './native-coro.ts';
import type { NativeSource } from './native-sources.ts';
import { newNativeGenCoro } from './native-gen-coro.ts';
import { isAwaitable, yieldFrom, yieldFromIter } from './wrap-awaitable.ts';
import { state } from './state.ts';
import { warnDeprecated } from './sync-base.ts';

const CO_GENERATOR = 0x20;

/** `_is_coroutine = object()` (borrowed; made on first use, owned by the module state). */
export function isCoroutineMark(): rt.PyObject {
  state.isCoroutineMark ??= rt.callObject(rt.objectType, []);
  return state.isCoroutineMark;
}

/** `inspect.iscoroutinefunction(o) or getattr(o, '_is_coroutine', None) is _is_coroutine`. */
export function isCoroutineFunction(o: rt.PyObject): boolean {
  if (rt.hasCodeFlag(o, CO_COROUTINE)) return true;
  const mark = state.isCoroutineMark;
  if (mark === null) return false;
  const v = rt.lookupAttrString(o, '_is_coroutine');
  if (v === null) return false;
  rt.decref(v);
  return v === mark;
}

/** `types.coroutine(func)` (new reference). */
function typesCoroutine(func: rt.PyObject): rt.PyObject {
  const frame = rt.tstate.frame;
  const imp = frame instanceof rt.PyFrame && rt.isDict(frame.builtins) ? rt.dictGetStr(frame.builtins, '__import__') : null;
  if (imp === null) return rt.incref(func);
  const name = rt.newStr('types');
  const types = rt.callObject(imp, [name]);
  rt.decref(name);
  try {
    return callMethod(types, 'coroutine', [func]);
  } finally {
    rt.decref(types);
  }
}

/** Sets `wrapper._is_coroutine = _is_coroutine`; on failure the wrapper is released. */
function markCoroutine(wrapper: rt.PyObject): rt.PyObject {
  try {
    const mark = rt.newStr('_is_coroutine');
    try {
      rt.setAttr(wrapper, mark, isCoroutineMark());
    } finally {
      rt.decref(mark);
    }
  } catch (e) {
    rt.decref(wrapper);
    throw e;
  }
  return wrapper;
}

/**
 * The body of `coro(*args, **kw)`: calls `func`, then yields from a future, a generator or an
 * awaitable it returned (`res = yield from ...`), and returns the result. `owned` holds `func`
 * then the arguments.
 */
function* coroBody(owned: readonly rt.PyObject[], kwnames: readonly string[] | null): CoroBody {
  yield* [];
  const [func, ...args] = owned as [rt.PyObject, ...rt.PyObject[]];
  // The wrapper's frame line (what a task's repr and a traceback show): the call, then the `yield from`.
  const self = runningNativeCoro();
  if (self !== null) self.lineno = CALL_LINE;
  const res = rt.callObject(func, args, kwnames);
  let it: rt.PyObject;
  let line = CORO_SOURCE.awaitLine;
  try {
    if (isFuture(res)) it = rt.getIter(res);
    else if (res instanceof rt.PyGenerator && res.kind === 'generator') it = rt.incref(res);
    else if (isAwaitable(res)) {
      it = awaitIterOf(res);
      line = AWAITABLE_LINE;
    } else return rt.incref(res);
  } finally {
    rt.decref(res);
  }
  if (self !== null) self.lineno = line;
  try {
    return yield* yieldFrom(it);
  } finally {
    rt.decref(it);
  }
}

/** `yield from res.__await__()`'s iterator (new reference). */
function awaitIterOf(res: rt.PyObject): rt.PyObject {
  const r = callMethod(res, '__await__', []);
  try {
    return yieldFromIter(r);
  } finally {
    rt.decref(r);
  }
}

/**
 * Where Lib/asyncio/coroutines.py defines the `coro` wrapper (its decorator's line, as
 * `co_firstlineno` counts), and its line `res = yield from res`.
 */
const CORO_SOURCE: NativeSource = { file: 'coroutines.py', firstlineno: 122, awaitLine: 127, name: 'coro' };
/** Its line `res = func(*args, **kw)`. */
const CALL_LINE = 124;
/** Its line `res = yield from await_meth()`, for an awaitable that is no future or generator. */
const AWAITABLE_LINE = 136;

/** `@functools.wraps(func) def coro(*args, **kw)`: each call makes a generator-based coroutine (its closure is `func`). */
const coroDef: rt.ClassFunctionDef = {
  name: 'coro',
  impl: (args, kwnames, fn) => {
    // The generator is named by the function (`functools.wraps` gave it `func`'s names).
    const qualname = rt.getAttrString(fn, '__qualname__');
    try {
      const owned = [fn.closure as rt.PyObject, ...args].map((o) => rt.incref(o));
      return newNativeGenCoro(rt.strText(qualname), coroBody(owned, kwnames), owned, CORO_SOURCE);
    } finally {
      rt.decref(qualname);
    }
  },
};

/**
 * `@asyncio.coroutine`: warns, returns an `async def` function as is, makes a generator function
 * an iterable coroutine (`types.coroutine`) and any other callable a `coro` wrapper, marked with
 * `_is_coroutine`.
 */
function coroutine(func: rt.PyObject): rt.PyObject {
  warnDeprecated('"@coroutine" decorator is deprecated since Python 3.8, use "async def" instead');
  if (func instanceof rt.PyFunction) {
    const flags = func.code.co.flags;
    if ((flags & CO_COROUTINE) !== 0) return rt.incref(func);
    if ((flags & CO_GENERATOR) !== 0) return markCoroutine(typesCoroutine(func));
  }
  // The `coro` wrapper's calls make generator-based coroutines (native-gen-coro.ts).
  return markCoroutine(rt.wrapsStealing(rt.newClassFunction(coroDef, 'asyncio.coroutines', 'coroutine.<locals>', func), func));
}

/** The functions of this file. */
export const coroutineFunctions: readonly rt.NativeDef[] = [
  { name: 'coroutine', kind: 'o', impl: (_s, args) => coroutine(args[0] as rt.PyObject) },
  { name: 'iscoroutinefunction', kind: 'o', impl: (_s, args) => rt.newBool(isCoroutineFunction(args[0] as rt.PyObject)) },
];
