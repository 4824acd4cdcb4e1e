/**
 * The RuntimeWarning for a coroutine freed before it was ever awaited, with the "Coroutine
 * created at" lines when origin tracking recorded where. Mirrors CPython 3.8
 * Lib/warnings.py `_warn_unawaited_coroutine` and Python/_warnings.c
 * `_PyErr_WarnUnawaitedCoroutine` (errors while warning are reported as unraisable).
 * @module
 */
import { PyCoroutine, unawaitedCoroutine } from '../objects/coroutine.ts';
import { RuntimeWarning } from '../objects/exceptions.ts';
import { PyInt } from '../objects/int.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyRaise } from '../runtime/errors.ts';
import { sourceLine } from '../runtime/io.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { writeUnraisable } from '../runtime/unraisable.ts';
import { warn } from './warnings-core.ts';

/** `traceback.format_list` of the coroutine's origin, outermost first. */
function originLines(coro: PyCoroutine): string {
  if (!(coro.origin instanceof PyTuple)) return '';
  let out = 'Coroutine created at (most recent call last)\n';
  for (const entry of [...coro.origin.items].reverse()) {
    if (!(entry instanceof PyTuple)) continue;
    const [file, line, name] = entry.items;
    const filename = file instanceof PyStr ? file.value : '?';
    const lineno = line instanceof PyInt ? Number(line.value) : 0;
    out += `  File "${filename}", line ${lineno}, in ${name instanceof PyStr ? name.value : '?'}\n`;
    const text = sourceLine(filename, lineno);
    if (text !== null && text.trim() !== '') out += `    ${text.trim()}\n`;
  }
  return out;
}

unawaitedCoroutine.warn = (coro) => {
  const qualname = coro.qualname instanceof PyStr ? coro.qualname.value : '?';
  // While the interpreter tears its modules down, `warnings` is out of reach and C warns on its
  // own: no origin lines, and no source object (so no tracemalloc hint).
  if (tstate.finalizing) warnUnawaited(`coroutine '${qualname}' was never awaited`, coro, false);
  else warnUnawaited(`coroutine '${qualname}' was never awaited\n${originLines(coro)}`.replace(/\n+$/, ''), coro, true);
};
unawaitedCoroutine.warnNamed = (qualname, source) => {
  warnUnawaited(`coroutine '${qualname}' was never awaited`, source, true);
};

/**
 * Warns `text` about `coro`, passing it as the warning's source when warnings.py would
 * (`viaWarningsPy`): an error raised then left through warnings.py's frame, not the caller's.
 */
function warnUnawaited(text: string, coro: PyObject, viaWarningsPy: boolean): void {
  const message = newStr(text);
  try {
    // stacklevel=2 in warnings.py counts its own frame: here the innermost Python frame is meant.
    warn(RuntimeWarning, message, 1, viaWarningsPy ? coro : null);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    writeUnraisable(e, coro, null, viaWarningsPy);
  } finally {
    decref(message);
  }
}
