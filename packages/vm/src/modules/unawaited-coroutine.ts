/**
 * The RuntimeWarning for a coroutine freed before it was ever awaited, with the "Coroutine
 * created at" lines when origin tracking recorded where. Mirrors CPython 3.8
 * Lib/warnings.py `_warn_unawaited_coroutine` and Python/_warnings.c
 * `_PyErr_WarnUnawaitedCoroutine` (errors while warning are reported as unraisable).
 * @module
 */
import { unawaitedCoroutine } from '../objects/coroutine.ts';
import { dictGetStr } from '../objects/dict.ts';
import { RuntimeWarning } from '../objects/exceptions.ts';
import { PyInt } from '../objects/int.ts';
import { type NativeDef } from '../objects/native-function.ts';
import { newNativePyFunction } from '../objects/native-py-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { sequenceToArray, unpackIterable } from '../runtime/abstract-iter.ts';
import { strText } from '../runtime/abstract-object.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { PyRaise, exceptionMatches } from '../runtime/errors.ts';
import { sourceLine } from '../runtime/io.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { writeUnraisable } from '../runtime/unraisable.ts';
import { originals, warn, warningsImported, warningsNamespace } from './warnings-core.ts';

/**
 * `traceback.format_list` of a coroutine's `cr_origin`, outermost first, each entry
 * `(filename, lineno, funcname)` with its source line from the file.
 */
function originLines(origin: PyObject): string {
  let out = 'Coroutine created at (most recent call last)\n';
  for (const entry of sequenceToArray(origin).reverse()) {
    const [file, line, name] = unpackIterable(entry, 3) as [PyObject, PyObject, PyObject];
    try {
      out += `  File "${strText(file)}", line ${strText(line)}, in ${strText(name)}\n`;
      const text = file instanceof PyStr && line instanceof PyInt ? sourceLine(file.value, Number(line.value)) : null;
      if (text !== null && text.trim() !== '') out += `    ${text.trim()}\n`;
    } finally {
      decref(file);
      decref(line);
      decref(name);
      decref(entry);
    }
  }
  return out;
}

/**
 * warnings.py `_warn_unawaited_coroutine(coro)`: the message names `coro.__qualname__` in full,
 * with the "Coroutine created at" lines of `coro.cr_origin`, and passes `coro` as the source.
 */
export const warnUnawaitedDef: NativeDef = {
  name: '_warn_unawaited_coroutine', kind: 'o',
  impl: (_self, args) => {
    const coro = args[0] as PyObject;
    const qualname = getAttrString(coro, '__qualname__');
    let text: string;
    try {
      text = `coroutine '${strText(qualname)}' was never awaited\n`;
    } finally {
      decref(qualname);
    }
    const origin = getAttrString(coro, 'cr_origin');
    try {
      if (origin !== None) text += originLines(origin);
    } finally {
      decref(origin);
    }
    const message = newStr(text.replace(/\n+$/, ''));
    try {
      // stacklevel=2 counts warnings.py's own frame: the innermost Python frame is meant.
      warn(RuntimeWarning, message, 1, coro);
    } finally {
      decref(message);
    }
    return incref(None);
  },
};

/** A new `warnings._warn_unawaited_coroutine` function object, for the module's namespace. */
export function newWarnUnawaitedCoroutine(): PyObject {
  return newNativePyFunction(warnUnawaitedDef, 'warnings');
}

unawaitedCoroutine.warn = (coro) => {
  warnUnawaitedCoroutine(coro, coro.qualname instanceof PyStr ? coro.qualname.value : '?');
};
unawaitedCoroutine.warnNamed = (qualname, source) => {
  warnUnawaitedCoroutine(source, qualname);
};

/**
 * `_PyErr_WarnUnawaitedCoroutine`: calls `warnings._warn_unawaited_coroutine(coro)`; when it is
 * missing or fails other than by raising the RuntimeWarning (an "error" filter), warns directly
 * with the qualname cut to 50 characters and no source. Errors are written as unraisable.
 */
function warnUnawaitedCoroutine(coro: PyObject, qualname: string): void {
  let warned = false;
  // While the interpreter finalizes, `warnings` is used only if it is still in sys.modules (it is
  // not imported then); out of reach, C warns on its own.
  if (!tstate.finalizing || warningsImported()) {
    let fn: PyObject | null = null;
    try {
      fn = dictGetStr(warningsNamespace(), '_warn_unawaited_coroutine');
      if (fn !== null) {
        incref(fn);
        decref(callObject(fn, [coro]));
        warned = true;
      }
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      warned = exceptionMatches(e, RuntimeWarning);
      // Raised in warnings.py's own frame (the warning turned error), the traceback holds that
      // frame only, which corosim writes natively.
      writeUnraisable(e, coro, null, fn === originals.warnUnawaited);
    } finally {
      if (fn !== null) decref(fn);
    }
  }
  if (warned) return;
  const message = newStr(`coroutine '${qualname.slice(0, 50)}' was never awaited`);
  try {
    warn(RuntimeWarning, message, 1, null);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    writeUnraisable(e, coro);
  } finally {
    decref(message);
  }
}
