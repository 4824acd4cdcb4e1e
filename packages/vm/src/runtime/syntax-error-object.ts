/**
 * SyntaxError objects made from the compiler's diagnostics (import of a module that does not
 * compile, `compile()`, `exec()`), with the `File/line/caret` block printed before the message.
 * Mirrors CPython 3.8 Objects/exceptions.c `SyntaxError_init` and Python/pythonrun.c
 * `print_error_text` (the printing is objects/syntax-error-print.ts).
 * @module
 */
import { newInt } from '../objects/int.ts';
import * as E from '../objects/exceptions.ts';
import { exceptionTypes } from '../objects/exceptions.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import { PyRaise, newExceptionStealing, raiseValue } from './errors.ts';
import { decref, incref, type PyObject } from './object.ts';
import { setAttrString } from './attributes.ts';
import { writeStderr } from './io.ts';

/** The SyntaxError (or IndentationError, TabError) for a compile diagnostic, raised. */
export function syntaxErrorFromDiagnostic(d: Diagnostic): PyRaise {
  const type = exceptionTypes.get(d.type) ?? E.SyntaxError;
  // Raised without a location (PyErr_SetString): only the message; MemoryError has none.
  if (d.lineno === null) {
    if (d.stderr !== undefined) writeStderr(d.stderr);
    return raiseValue(newExceptionStealing(type, d.msg === '' ? [] : [newStr(d.msg)]));
  }
  const details = newTupleStealing([
    newStr(d.filename),
    newInt(d.lineno),
    d.offset === null ? incref(None) : newInt(d.offset),
    d.text === null ? incref(None) : newStr(d.text),
  ]);
  if (d.locationAsAttributes === true) {
    // `PyErr_SyntaxLocationObject`: args stay `(msg,)`; the location is set attribute by attribute.
    const e = newExceptionStealing(type, [newStr(d.msg)]);
    try {
      ['filename', 'lineno', 'offset', 'text'].forEach((name, i) => { setAttrString(e, name, details.items[i] as PyObject); });
    } finally {
      decref(details);
    }
    return raiseValue(e);
  }
  const e = newExceptionStealing(type, [newStr(d.argsMsg ?? d.msg), details]);
  return raiseValue(e);
}

