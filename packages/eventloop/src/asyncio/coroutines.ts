/**
 * `asyncio.coroutine` (the generator-based coroutine decorator, deprecated in 3.8) and
 * `asyncio.iscoroutinefunction`. Mirrors CPython 3.8 Lib/asyncio/coroutines.py (`coroutine`,
 * `_is_coroutine`, `iscoroutinefunction`) without its debug-mode `CoroWrapper`.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { callMethod } from './loop-object.ts';
import { state } from './state.ts';
import { warnDeprecated } from './sync-base.ts';

const CO_COROUTINE = 0x80;

/** `_is_coroutine = object()` (borrowed; made on first use, owned by the module state). */
function isCoroutineMark(): rt.PyObject {
  state.isCoroutineMark ??= rt.callObject(rt.objectType, []);
  return state.isCoroutineMark;
}

/** `inspect.iscoroutinefunction(o) or getattr(o, '_is_coroutine', None) is _is_coroutine`. */
export function isCoroutineFunction(o: rt.PyObject): boolean {
  if (rt.hasCodeFlag(o, CO_COROUTINE)) return true;
  const mark = state.isCoroutineMark;
  if (mark === null) return false;
  const v = rt.getAttrOrNull(o, rt.internStr('_is_coroutine'));
  if (v === null) return false;
  rt.decref(v);
  return v === mark;
}

/** `types.coroutine(func)` (new reference). */
function typesCoroutine(func: rt.PyObject): rt.PyObject {
  const frame = rt.tstate.frame;
  const imp = frame instanceof rt.PyFrame ? rt.dictGetStr(frame.builtins, '__import__') : null;
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

/**
 * `@asyncio.coroutine`: warns, returns an `async def` function as is, makes a generator function
 * an iterable coroutine (`types.coroutine`) marked with `_is_coroutine`.
 */
function coroutine(func: rt.PyObject): rt.PyObject {
  warnDeprecated('"@coroutine" decorator is deprecated since Python 3.8, use "async def" instead');
  if (func instanceof rt.PyFunction && (func.code.co.flags & CO_COROUTINE) !== 0) return rt.incref(func);
  // DEVIATION(cpython): a callable that is not a generator function is made a coroutine by
  // `types.coroutine` alone, not by the `coro` wrapper that also awaits an awaitable result.
  const wrapper = typesCoroutine(func);
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


/** The functions of this file. */
export const coroutineFunctions: readonly rt.NativeDef[] = [
  { name: 'coroutine', kind: 'o', impl: (_s, args) => coroutine(args[0] as rt.PyObject) },
  { name: 'iscoroutinefunction', kind: 'o', impl: (_s, args) => rt.newBool(isCoroutineFunction(args[0] as rt.PyObject)) },
];
