/**
 * The loop's exception handler as base_events.py runs it: `call_exception_handler` (looked up on
 * the loop, so an override on the instance or a subclass is called), the handler set by
 * `set_exception_handler`, `default_exception_handler` and what it writes (logging's last resort
 * on stderr), the guards that log a failing handler, and the reports of finalizers and of handles
 * whose loop is not asyncio's. Mirrors CPython 3.8 Lib/asyncio/base_events.py
 * (`call_exception_handler`, `default_exception_handler`) and Modules/_asynciomodule.c
 * (`FutureObj_finalize`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { PyLoop, callMethod, exitsTheLoop, methodOverridden } from './loop-object.ts';
import { takeException, whileHandling } from './state.ts';
import { formatSourceTraceback, sourceTracebackObject } from './source-traceback.ts';
import { asyncioFrame } from './asyncio-paths.ts';
import { replacedLogger, writeRecord } from './logger.ts';

/**
 * `call_exception_handler` with a context of `message`, the exception (a caught raise, consumed,
 * or a borrowed instance) and extra borrowed entries.
 */
export function callExceptionHandler(loop: PyLoop, message: string, exc: rt.PyRaise | rt.PyBaseException | null, extra: readonly (readonly [string, rt.PyObject])[]): void {
  const value = exc instanceof rt.PyRaise ? takeException(exc) : exc === null ? null : rt.incref(exc);
  const context = rt.newDict();
  try {
    const m = rt.newStr(message);
    rt.dictSetStr(context, 'message', m);
    rt.decref(m);
    if (value !== null) rt.dictSetStr(context, 'exception', value);
    for (const [k, v] of extra) rt.dictSetStr(context, k, v);
    // A callback's error is reported from `Handle._run`'s `except` block: what the handlers
    // raise is chained to it.
    const call = (): void => {
      // `self.call_exception_handler(context)`: an override (a subclass's, or one set on the
      // instance, as tests do with a mock) gets the context, and what it raises passes on.
      if (methodOverridden(loop, 'call_exception_handler')) rt.decref(callMethod(loop, 'call_exception_handler', [context]));
      else handleExceptionContext(loop, context);
    };
    if (exc instanceof rt.PyRaise && value !== null) whileHandling(value, call);
    else call();
  } finally {
    rt.xdecref(value);
    rt.decref(context);
  }
}

/**
 * `loop.call_exception_handler({...})` on an object that is not asyncio's loop, from an `except`
 * block handling `e` (consumed): what a handle made by calling `Handle` reports to its loop.
 */
export function reportToLoop(loop: rt.PyObject, message: string, e: rt.PyRaise, extra: readonly (readonly [string, rt.PyObject])[]): void {
  const value = takeException(e);
  const context = rt.newDict();
  try {
    const m = rt.newStr(message);
    rt.dictSetStr(context, 'message', m);
    rt.decref(m);
    rt.dictSetStr(context, 'exception', value);
    for (const [k, v] of extra) rt.dictSetStr(context, k, v);
    whileHandling(value, () => {
      rt.decref(callMethod(loop, 'call_exception_handler', [context]));
    });
  } finally {
    rt.decref(value);
    rt.decref(context);
  }
}

/** {@link exitsTheLoop} for a caught raise (not a type guard: the caller keeps its narrowing). */
function leavesTheLoop(e: rt.PyRaise): boolean {
  return exitsTheLoop(e);
}


/**
 * `BaseEventLoop.call_exception_handler(context)` itself: the handler set by
 * `set_exception_handler`, else `self.default_exception_handler(context)`. What a handler raises
 * (but SystemExit and KeyboardInterrupt) is logged: a custom handler's error goes to the default
 * handler ("Unhandled error in exception handler"), the default handler's error is written with
 * its traceback ("Exception in default exception handler").
 */
export function handleExceptionContext(loop: PyLoop, context: rt.PyObject): void {
  if (loop.handler === null) {
    try {
      callDefaultHandler(loop, context, 1733);
    } catch (e) {
      if (!(e instanceof rt.PyRaise) || leavesTheLoop(e)) throw e;
      logError('Exception in default exception handler', e);
    }
    return;
  }
  let value: rt.PyBaseException;
  try {
    rt.decref(rt.callObject(loop.handler, [loop, context]));
    return;
  } catch (e) {
    if (!(e instanceof rt.PyRaise) || leavesTheLoop(e)) throw e;
    // Raised under `call_exception_handler` (its frame calls the handler).
    rt.outerHiddenFrames.set(e.value, [asyncioFrame('base_events.py', 1744, 'call_exception_handler')]);
    value = takeException(e);
  }
  const ctx = rt.newDict();
  try {
    const msg = rt.newStr('Unhandled error in exception handler');
    rt.dictSetStr(ctx, 'message', msg);
    rt.decref(msg);
    rt.dictSetStr(ctx, 'exception', value);
    rt.dictSetStr(ctx, 'context', context);
    whileHandling(value, () => {
      try {
        callDefaultHandler(loop, ctx, 1751);
      } catch (e) {
        if (!(e instanceof rt.PyRaise) || leavesTheLoop(e)) throw e;
        logError('Exception in default exception handler while handling an unexpected error in custom exception handler', e);
      }
    });
  } finally {
    rt.decref(ctx);
    rt.decref(value);
  }
}

/** `self.default_exception_handler(context)`, called from `call_exception_handler`'s line `line`. */
function callDefaultHandler(loop: PyLoop, context: rt.PyObject, line: number): void {
  try {
    if (methodOverridden(loop, 'default_exception_handler')) rt.decref(callMethod(loop, 'default_exception_handler', [context]));
    else defaultExceptionHandler(context, loop);
  } catch (e) {
    if (e instanceof rt.PyRaise) rt.outerHiddenFrames.set(e.value, [asyncioFrame('base_events.py', line, 'call_exception_handler')]);
    throw e;
  }
}

/** `logger.error(message, exc_info=True)`: the message, then the exception `e` (consumed) with its traceback. */
function logError(message: string, e: rt.PyRaise): void {
  const value = takeException(e);
  const replaced = replacedLogger('asyncio.base_events');
  try {
    if (replaced === null) writeRecord(message, value);
    else {
      // In the `except` block: `exc_info=True` is the exception being handled.
      const msg = rt.newStr(message);
      try {
        whileHandling(value, () => {
          rt.decref(callMethod(replaced, 'error', [msg, rt.True], ['exc_info']));
        });
      } finally {
        rt.decref(msg);
      }
    }
  } finally {
    rt.xdecref(replaced);
    rt.decref(value);
  }
}

/**
 * A finalizer's report (`FutureObj_finalize`, `TaskObj_finalize`): asyncio's loop reports it; any
 * other loop object is asked through its `call_exception_handler`, silently skipped when it has
 * none, and a failing handler is written as unraisable.
 */
export function reportFromFinalizer(loop: rt.PyObject, message: string, exc: rt.PyBaseException | null, extra: readonly (readonly [string, rt.PyObject])[]): void {
  if (loop instanceof PyLoop && !methodOverridden(loop, 'call_exception_handler')) {
    callExceptionHandler(loop, message, exc, extra);
    return;
  }
  let func: rt.PyObject | null;
  try {
    func = rt.getAttrOrNull(loop, rt.internStr('call_exception_handler'));
  } catch (e) {
    // The error of the look-up is dropped when the finalizer restores the saved exception.
    if (!(e instanceof rt.PyRaise)) throw e;
    rt.clearRaise(e);
    return;
  }
  if (func === null) return;
  const context = rt.newDict();
  try {
    const m = rt.newStr(message);
    rt.dictSetStr(context, 'message', m);
    rt.decref(m);
    if (exc !== null) rt.dictSetStr(context, 'exception', exc);
    for (const [k, v] of extra) rt.dictSetStr(context, k, v);
    rt.decref(rt.callObject(func, [context]));
  } catch (e) {
    if (!(e instanceof rt.PyRaise)) throw e;
    rt.writeUnraisable(e, func);
  } finally {
    rt.decref(context);
    rt.decref(func);
  }
}

/** `default_exception_handler`: the lines `logger.error` writes to stderr through logging's last resort. */
export function defaultExceptionHandler(context: rt.PyObject, loop: PyLoop | null = null): void {
  if (!(context instanceof rt.PyDict)) {
    // `message = context.get('message')`.
    try {
      rt.decref(rt.getAttrString(context, 'get'));
    } catch (e) {
      if (e instanceof rt.PyRaise) rt.outerHiddenFrames.set(e.value, [asyncioFrame('base_events.py', 1674, 'default_exception_handler')]);
      throw e;
    }
  }
  const msgObj = rt.dictGetStr(context as rt.PyDict, 'message');
  const message = msgObj !== null && rt.isTrue(msgObj) ? rt.strText(msgObj) : 'Unhandled exception in event loop';
  const exception = rt.dictGetStr(context as rt.PyDict, 'exception');
  // `exc_info = (type(exception), exception, exception.__traceback__)`: an object that is no
  // exception fails there (an AttributeError), before anything is written.
  if (exception !== null && exception !== rt.None && !(exception instanceof rt.PyBaseException)) {
    try {
      rt.decref(rt.getAttrString(exception, '__traceback__'));
    } catch (e) {
      if (e instanceof rt.PyRaise) rt.outerHiddenFrames.set(e.value, [asyncioFrame('base_events.py', 1680, 'default_exception_handler')]);
      throw e;
    }
  }
  const handleTb = loop?.currentHandleTraceback ?? null;
  if (handleTb !== null && rt.dictGetStr(context as rt.PyDict, 'source_traceback') === null) {
    const tb = sourceTracebackObject(handleTb);
    rt.dictSetStr(context as rt.PyDict, 'handle_traceback', tb);
    rt.decref(tb);
  }
  const lines = [message];
  const keys: string[] = [];
  for (const [k] of rt.dictItems(context as rt.PyDict)) keys.push(rt.strText(k));
  keys.sort();
  for (const key of keys) {
    if (key === 'message' || key === 'exception') continue;
    const v = rt.dictGetStr(context as rt.PyDict, key);
    if (v === null) continue;
    if (key === 'source_traceback') lines.push(`${key}: Object created at (most recent call last):\n${formatSourceTraceback(v)}`);
    else if (key === 'handle_traceback') lines.push(`${key}: Handle created at (most recent call last):\n${formatSourceTraceback(v)}`);
    else lines.push(`${key}: ${rt.reprText(v)}`);
  }
  const text = lines.join('\n');
  const exc = exception !== null && exception !== rt.None ? exception : null;
  // `logger.error('\n'.join(log_lines), exc_info=exc_info)`: a logger a program put in
  // `base_events` is called; asyncio's writes as logging's last resort does (the exception
  // formatted with the traceback module).
  const replaced = replacedLogger('asyncio.base_events');
  if (replaced === null) {
    writeRecord(text, exc);
    return;
  }
  try {
    callLoggerError(replaced, text, exc);
  } finally {
    rt.decref(replaced);
  }
}

/** `logger.error(text, exc_info=exc_info)`: `(type(exc), exc, exc.__traceback__)`, or False without an exception. */
function callLoggerError(logger: rt.PyObject, text: string, exc: rt.PyObject | null): void {
  const msg = rt.newStr(text);
  let excInfo: rt.PyObject;
  if (exc === null) excInfo = rt.incref(rt.False);
  else {
    const tb = rt.getAttrString(exc, '__traceback__');
    excInfo = rt.newTupleStealing([rt.incref(exc.type), rt.incref(exc), tb]);
  }
  try {
    rt.decref(callMethod(logger, 'error', [msg, excInfo], ['exc_info']));
  } finally {
    rt.decref(msg);
    rt.decref(excInfo);
  }
}
