/**
 * Names of asyncio's submodules that the package does not export, which programs and CPython's
 * tests reach by their module: private helpers and the `_is_coroutine` marker (`futures._copy_future_state`,
 * `futures._set_result_unless_cancelled`, `coroutines._format_coroutine`) as Python functions of
 * those modules, and the numbers of `asyncio.constants`. Mirrors CPython 3.8 Lib/asyncio/futures.py,
 * coroutines.py and constants.py.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { callMethod } from './loop-object.ts';
import { formatCoroutine, isCoroutine } from './task.ts';
import { setResultUnlessCancelledDef } from './sleep-call-later.ts';
import { withSignature, type PySignature } from './python-method.ts';
import { isCoroutineMark } from './coroutines.ts';

/** `assert cond` (an AssertionError without a message). */
function assertTrue(cond: boolean): void {
  if (!cond) throw rt.raiseValue(rt.newExceptionStealing(rt.Exceptions.AssertionError, []));
}

/** `o.name()` as a truth value. */
function callTrue(o: rt.PyObject, name: string): boolean {
  const v = callMethod(o, name, []);
  try {
    return rt.isTrue(v);
  } finally {
    rt.decref(v);
  }
}

/** `o.name(arg)`, its result dropped. */
function callDrop(o: rt.PyObject, name: string, args: readonly rt.PyObject[]): void {
  rt.decref(callMethod(o, name, args));
}

/**
 * `_copy_future_state(source, dest)`: a done future's outcome (cancelled, exception or result)
 * given to a pending one, nothing when `dest` is cancelled. With no `concurrent.futures` in
 * corosim, `_convert_future_exc` leaves every exception as it is.
 */
function copyFutureState(source: rt.PyObject, dest: rt.PyObject): void {
  assertTrue(callTrue(source, 'done'));
  if (callTrue(dest, 'cancelled')) return;
  assertTrue(!callTrue(dest, 'done'));
  if (callTrue(source, 'cancelled')) {
    callDrop(dest, 'cancel', []);
    return;
  }
  const exception = callMethod(source, 'exception', []);
  try {
    if (exception !== rt.None) {
      callDrop(dest, 'set_exception', [exception]);
      return;
    }
  } finally {
    rt.decref(exception);
  }
  const result = callMethod(source, 'result', []);
  try {
    callDrop(dest, 'set_result', [result]);
  } finally {
    rt.decref(result);
  }
}

/** A Python function of `module` standing for `d`, its arguments checked against `sig` (new reference). */
function pyFunction(module: string, d: rt.NativeDef, sig: PySignature): readonly [string, rt.PyObject] {
  return [d.name, rt.newNativePyFunction(withSignature(d, sig), module)];
}

/** The private functions of `asyncio.futures` (new references). */
export function futuresPrivates(): readonly (readonly [string, rt.PyObject])[] {
  return [
    pyFunction('asyncio.futures', {
      name: '_copy_future_state', kind: 'fast',
      impl: (_m, args) => {
        copyFutureState(args[0] as rt.PyObject, args[1] as rt.PyObject);
        return rt.newNone();
      },
    }, { params: ['source', 'dest'] }),
    pyFunction('asyncio.futures', setResultUnlessCancelledDef, { params: ['fut', 'result'] }),
  ];
}

/** The private names of `asyncio.coroutines`: `_is_coroutine` (the marker object) and functions (new references). */
export function coroutinesPrivates(): readonly (readonly [string, rt.PyObject])[] {
  return [
    ['_is_coroutine', rt.incref(isCoroutineMark())],
    pyFunction('asyncio.coroutines', {
      name: '_format_coroutine', kind: 'fast',
      impl: (_m, args) => {
        const coro = args[0] as rt.PyObject;
        assertTrue(isCoroutine(coro));
        return rt.newStr(formatCoroutine(coro));
      },
    }, { params: ['coro'] }),
  ];
}

/**
 * The numbers of `asyncio.constants` (new references).
 * DEVIATION(cpython): without `_SendfileMode` (an `enum.Enum`; corosim has no `enum`).
 */
export function constantsValues(): readonly (readonly [string, rt.PyObject])[] {
  return [
    ['LOG_THRESHOLD_FOR_CONNLOST_WRITES', rt.newInt(5)],
    ['ACCEPT_RETRY_DELAY', rt.newInt(1)],
    ['DEBUG_STACK_DEPTH', rt.newInt(10)],
    ['SSL_HANDSHAKE_TIMEOUT', rt.newFloat(60.0)],
    ['SENDFILE_FALLBACK_READBUFFER_SIZE', rt.newInt(1024 * 256)],
  ];
}
