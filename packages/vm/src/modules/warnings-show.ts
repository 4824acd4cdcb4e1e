/**
 * Showing and formatting a warning: `call_show_warning` and `show_warning` of CPython 3.8
 * Python/_warnings.c, and the module-level hooks of Lib/warnings.py (`showwarning`,
 * `formatwarning`, `_showwarnmsg`, `_showwarnmsg_impl`, `_formatwarnmsg`, `_formatwarnmsg_impl`),
 * each looking up the others in the module's namespace as the Python functions look up their
 * globals, so that replacing one (`catch_warnings(record=True)`, a custom `formatwarning`) is seen.
 * @module
 */
import { type PyDict, dictGetStr, dictSetStr, newDict } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { PyInt } from '../objects/int.ts';
import { positional } from '../objects/list-methods.ts';
import { type NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { newTuple } from '../objects/tuple.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { strText } from '../runtime/abstract-object.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { typeType } from '../runtime/core-types.ts';
import { PyRaise, clearRaise, exceptionMatches, raiseMessage, typeError } from '../runtime/errors.ts';
import { gcNoteAllocation } from '../runtime/gc-registry.ts';
import { sourceLine } from '../runtime/io.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { type PyModule } from '../objects/module.ts';
import { sysAttribute } from './sys.ts';

/** Whether `_formatwarnmsg_impl` has imported tracemalloc in this run. */
let tracemallocImported = false;

/** A new run has not imported tracemalloc yet. */
export function resetTracemallocImport(): void {
  tracemallocImported = false;
}

/**
 * The classes CPython 3.8's first `import tracemalloc` leaves as garbage: tracemalloc imports
 * pickle, which defines these exception classes and at once replaces them by `_pickle`'s, so
 * they are left in reference cycles (a class and its `__mro__`) for the collector to find.
 * corosim has neither module: it makes the same classes and drops them.
 */
const PICKLE_ERRORS: readonly (readonly [string, string])[] = [
  ['PickleError', 'A common base class for the other pickling exceptions.'],
  ['PicklingError', 'This exception is raised when an unpicklable object is passed to the\n    dump() method.\n\n    '],
  ['UnpicklingError', 'This exception is raised when there is a problem unpickling an object,\n    such as a security violation.\n\n    Note that other exceptions may also be raised during unpickling, including\n    (but not necessarily limited to) AttributeError, EOFError, ImportError,\n    and IndexError.\n\n    '],
];

/**
 * GC-tracked objects CPython 3.8's first `import tracemalloc` (with pickle, struct and the rest)
 * leaves allocated beyond what corosim's warning machinery allocates, net, before pickle drops
 * its exception classes and after: its first warning with a source adds 1222 to
 * `gc.get_count()[0]` under the oracle (corosim's own machinery and the classes add 21), and the
 * classes are garbage from the 1114th on (a collection at a lower count finds nothing of them).
 * corosim counts the objects, so the collections they trigger run when CPython's run and find
 * what CPython's find.
 */
const TRACEMALLOC_OBJECTS_BEFORE_PICKLE_ERRORS = 1090;
const TRACEMALLOC_OBJECTS_AFTER_PICKLE_ERRORS = 111;

/** `import tracemalloc` in `_formatwarnmsg_impl`: the first one in a run leaves its garbage. */
function importTracemalloc(): void {
  if (tracemallocImported) return;
  tracemallocImported = true;
  for (let i = 0; i < TRACEMALLOC_OBJECTS_BEFORE_PICKLE_ERRORS; i++) gcNoteAllocation();
  let base: PyObject = E.Exception;
  const made: PyObject[] = [];
  try {
    for (const [name, doc] of PICKLE_ERRORS) {
      const ns = newDict();
      for (const [key, text] of [['__module__', 'pickle'], ['__doc__', doc]] as const) {
        const value = newStr(text);
        dictSetStr(ns, key, value);
        decref(value);
      }
      const args = [newStr(name), newTuple([base]), ns];
      try {
        made.push(callObject(typeType, args));
      } finally {
        for (const a of args) decref(a);
      }
      base = made[0] as PyObject;
    }
  } finally {
    for (const c of made) decref(c);
  }
  for (let i = 0; i < TRACEMALLOC_OBJECTS_AFTER_PICKLE_ERRORS; i++) gcNoteAllocation();
}

/** A global of the warnings module, as its Python functions read it (a NameError when missing; borrowed). */
function global(ns: PyDict, name: string): PyObject {
  const v = dictGetStr(ns, name);
  if (v === null) throw raiseMessage(E.NameError, `name '${name}' is not defined`);
  return v;
}

/** Calls `ns[name](...args)` and returns its result (new reference). */
function callGlobal(ns: PyDict, name: string, args: readonly PyObject[]): PyObject {
  return callObject(global(ns, name), args);
}

/** `msg.<name>` for each name (new references). */
function fields(msg: PyObject, names: readonly string[]): PyObject[] {
  const out: PyObject[] = [];
  try {
    for (const n of names) out.push(getAttrString(msg, n));
  } catch (e) {
    out.forEach((o) => { decref(o); });
    throw e;
  }
  return out;
}

/** Runs `body` over `msg`'s fields, then lets them go. */
function withFields<T>(msg: PyObject, names: readonly string[], body: (f: PyObject[]) => T): T {
  const f = fields(msg, names);
  try {
    return body(f);
  } finally {
    f.forEach((o) => { decref(o); });
  }
}

/** `_formatwarnmsg_impl(msg)`: `file:line: Category: message`, the source line, the tracemalloc hint. */
function formatWarnMsgImpl(msg: PyObject): PyObject {
  return withFields(msg, ['category', 'filename', 'lineno', 'message', 'line', 'source'], ([category, filename, lineno, message, line, source]) => {
    const nameObj = getAttrString(category as PyObject, '__name__');
    const catName = strText(nameObj);
    decref(nameObj);
    let s = `${strText(filename as PyObject)}:${strText(lineno as PyObject)}: ${catName}: ${strText(message as PyObject)}\n`;
    let text: string | null;
    if (line === None) {
      // `linecache.getline(filename, lineno)`: '' for a name or number it has no line for.
      text = filename instanceof PyStr && lineno instanceof PyInt ? sourceLine(filename.value, Number(lineno.value)) : null;
      if (text !== null && text.trim() === '') text = null;
    } else {
      text = isTrue(line as PyObject) ? strText(line as PyObject) : null;
    }
    if (text !== null) s += `  ${text.trim()}\n`;
    // an object given as source, and tracemalloc (never tracing in corosim) off
    if (source !== None) {
      importTracemalloc();
      s += `${catName}: Enable tracemalloc to get the object allocation traceback\n`;
    }
    return newStr(s);
  });
}

/** `_showwarnmsg_impl(msg)`: `_formatwarnmsg(msg)` written to `msg.file` or sys.stderr (an OSError lost). */
function showWarnMsgImpl(ns: PyDict, msg: PyObject): void {
  const file = getAttrString(msg, 'file');
  let target: PyObject = file;
  if (file === None) {
    decref(file);
    target = sysAttribute('stderr') ?? None;
    if (target === None) return;
    target = incref(target);
  }
  try {
    const text = callGlobal(ns, '_formatwarnmsg', [msg]);
    try {
      decref(callMethod(target, 'write', [text]));
    } catch (e) {
      if (!(e instanceof PyRaise) || !exceptionMatches(e, E.OSError)) throw e;
      clearRaise(e);
    } finally {
      decref(text);
    }
  } finally {
    decref(target);
  }
}

/** `_showwarnmsg(msg)`: a replaced `showwarning` is called with the fields, else `_showwarnmsg_impl`. */
function showWarnMsg(ns: PyDict, msg: PyObject): void {
  const sw = dictGetStr(ns, 'showwarning');
  if (sw !== null && sw !== global(ns, '_showwarning_orig')) {
    if (sw.type.call === undefined) throw typeError('warnings.showwarning() must be set to a function or method');
    withFields(msg, ['message', 'category', 'filename', 'lineno', 'file', 'line'], (args) => { decref(callObject(sw, args)); });
    return;
  }
  decref(callGlobal(ns, '_showwarnmsg_impl', [msg]));
}

/** `_formatwarnmsg(msg)`: a replaced `formatwarning` is called with the fields, else `_formatwarnmsg_impl`. */
function formatWarnMsg(ns: PyDict, msg: PyObject): PyObject {
  const fw = dictGetStr(ns, 'formatwarning');
  if (fw !== null && fw !== global(ns, '_formatwarning_orig')) {
    return withFields(msg, ['message', 'category', 'filename', 'lineno', 'line'], (args) => callObject(fw, args));
  }
  return callGlobal(ns, '_formatwarnmsg_impl', [msg]);
}

/** The arguments of a call by parameter name, in order (undefined for one not given). */
function bind(a: readonly PyObject[], kwnames: readonly string[] | null, names: readonly string[]): (PyObject | undefined)[] {
  const pos = positional(a, kwnames);
  const out: (PyObject | undefined)[] = [...pos];
  (kwnames ?? []).forEach((k, i) => { out[names.indexOf(k)] = a[pos.length + i]; });
  return out;
}

/** The module's namespace a hook was made for (its held module). */
function nsOf(m: PyObject): PyDict {
  return (m as PyModule).namespace;
}

/**
 * The module-level hooks of Lib/warnings.py, made natively; each reads the others from the module
 * (its `self`). Their argument checks come from CPython's code objects (native-py-codes).
 */
export const SHOW_FUNCTIONS: readonly NativeDef[] = [
  {
    name: 'showwarning', kind: 'fastkw',
    impl: (m, a, kw) => {
      const [message, category, filename, lineno, file, line] = bind(a, kw, ['message', 'category', 'filename', 'lineno', 'file', 'line']);
      const ns = nsOf(m);
      const msg = callGlobal(ns, 'WarningMessage', [message ?? None, category ?? None, filename ?? None, lineno ?? None, file ?? None, line ?? None]);
      try {
        decref(callGlobal(ns, '_showwarnmsg_impl', [msg]));
      } finally {
        decref(msg);
      }
      return incref(None);
    },
  },
  {
    name: 'formatwarning', kind: 'fastkw',
    impl: (m, a, kw) => {
      const [message, category, filename, lineno, line] = bind(a, kw, ['message', 'category', 'filename', 'lineno', 'line']);
      const ns = nsOf(m);
      const msg = callGlobal(ns, 'WarningMessage', [message ?? None, category ?? None, filename ?? None, lineno ?? None, None, line ?? None]);
      try {
        return callGlobal(ns, '_formatwarnmsg_impl', [msg]);
      } finally {
        decref(msg);
      }
    },
  },
  { name: '_showwarnmsg_impl', kind: 'o', impl: (m, a) => (showWarnMsgImpl(nsOf(m), a[0] as PyObject), incref(None)) },
  { name: '_formatwarnmsg_impl', kind: 'o', impl: (_m, a) => formatWarnMsgImpl(a[0] as PyObject) },
  { name: '_showwarnmsg', kind: 'o', impl: (m, a) => (showWarnMsg(nsOf(m), a[0] as PyObject), incref(None)) },
  { name: '_formatwarnmsg', kind: 'o', impl: (m, a) => formatWarnMsg(nsOf(m), a[0] as PyObject) },
];

/** Writes `text` to `file` (`PyFile_WriteObject`/`PyFile_WriteString`): false when it raised. */
function writePiece(file: PyObject, text: string): boolean {
  const s = newStr(text);
  try {
    decref(callMethod(file, 'write', [s]));
    return true;
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(e);
    return false;
  } finally {
    decref(s);
  }
}

/**
 * `show_warning` of _warnings.c, when the module has no `_showwarnmsg` (or is out of reach): the
 * pieces of `file:line: Category: text` and then `_Py_DisplaySourceLine`'s indent, line and
 * newline, each written apart to sys.stderr; the first failing write ends it, silently.
 */
export function showWarningC(text: string, category: PyObject, filename: string, lineno: number): void {
  const stderr = sysAttribute('stderr');
  if (stderr === null) return;
  let name: string;
  try {
    const n = getAttrString(category, '__name__');
    name = strText(n);
    decref(n);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(e);
    return;
  }
  for (const piece of [filename, `:${lineno}: `, name, ': ', text, '\n']) if (!writePiece(stderr, piece)) return;
  const line = sourceLine(filename, lineno);
  if (line === null) return;
  for (const piece of ['  ', line.replace(/^[ \t\f]+/, ''), '\n']) if (!writePiece(stderr, piece)) return;
}

/**
 * `call_show_warning`: `warnings._showwarnmsg(WarningMessage(...))`, whatever the module holds
 * under those names; without a `_showwarnmsg`, `show_warning`.
 */
export function callShowWarning(ns: PyDict, message: PyObject, category: PyObject, text: string, filename: PyObject, lineno: PyObject, source: PyObject | null): void {
  const show = dictGetStr(ns, '_showwarnmsg');
  if (show === null) {
    showWarningC(text, category, strText(filename), Number((lineno as PyInt).value));
    return;
  }
  if (show.type.call === undefined) throw typeError('warnings._showwarnmsg() must be set to a callable');
  const wm = dictGetStr(ns, 'WarningMessage');
  if (wm === null) throw raiseMessage(E.RuntimeError, 'unable to get warnings.WarningMessage');
  const args = source === null ? [message, category, filename, lineno, None, None] : [message, category, filename, lineno, None, None, source];
  const msg = callObject(wm, args);
  try {
    decref(callObject(show, [msg]));
  } finally {
    decref(msg);
  }
}
