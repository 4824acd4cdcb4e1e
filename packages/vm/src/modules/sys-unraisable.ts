/**
 * `sys.unraisablehook`: what reports an exception nobody can catch. The default writes
 * "Exception ignored in: ..." to stderr; a program may install its own, which is called with an
 * `UnraisableHookArgs` struct sequence, and whose failure is itself reported by the default.
 * Mirrors CPython 3.8 Python/errors.c (`_PyErr_WriteUnraisableMsg`,
 * `_PyErr_WriteUnraisableDefaultHook`).
 * @module
 */
import { PyBaseException } from '../objects/exception-object.ts';
import { type NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { newStructSeq, newStructSeqType } from '../objects/struct-seq.ts';
import { PyTraceback } from '../objects/traceback.ts';
import { PyTuple } from '../objects/tuple.ts';
import { callOneArg } from '../runtime/call.ts';
import { PyRaise, clearRaise, typeError } from '../runtime/errors.ts';
import { writeUnraisableReport } from '../runtime/sys-stderr.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { printUnraisable, setUnraisableHook } from '../runtime/unraisable.ts';

/** `UnraisableHookArgs`. */
const unraisableHookArgsType = newStructSeqType({
  name: 'UnraisableHookArgs',
  module: 'builtins',
  doc: 'UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.',
  fields: [
    { name: 'exc_type', doc: 'Exception type' },
    { name: 'exc_value', doc: 'Exception value' },
    { name: 'exc_traceback', doc: 'Exception traceback' },
    { name: 'err_msg', doc: 'Error message' },
    { name: 'object', doc: 'Object causing the exception' },
  ],
  canCreate: true,
});

const or = (o: PyObject | null): PyObject | null => (o === None ? null : o);

/** `_PyErr_WriteUnraisableDefaultHook(args)`. */
function defaultHook(args: PyObject): PyObject {
  if (!(args instanceof PyTuple) || args.type !== unraisableHookArgsType) throw typeError('sys.unraisablehook argument type must be UnraisableHookArgs');
  const [type, value, tb, errMsg, obj] = args.items;
  if (or(type ?? null) !== null && value instanceof PyBaseException) {
    const message = errMsg instanceof PyStr ? errMsg.value : null;
    const failed = writeUnraisableReport((w) => printUnraisable(w, value, tb instanceof PyTraceback ? tb : null, message, or(obj ?? null)));
    // `_PyErr_WriteUnraisableDefaultHook` fails with the error that stopped the report.
    if (failed !== null) throw failed;
  }
  return incref(None);
}

/** `sys.unraisablehook` as the interpreter starts with it (also `sys.__unraisablehook__`). */
export const unraisableHookDef: NativeDef = {
  name: 'unraisablehook', kind: 'o',
  doc: 'unraisablehook($module, unraisable, /)\n--\n\nHandle an unraisable exception.\n\nThe unraisable argument has the following attributes:\n\n* exc_type: Exception type.\n* exc_value: Exception value, can be None.\n* exc_traceback: Exception traceback, can be None.\n* err_msg: Error message, can be None.\n* object: Object causing the exception, can be None.',
  impl: (_m, args) => defaultHook(args[0] as PyObject),
};

/**
 * Installs the call of a program's hook: `read` gives `sys.unraisablehook` (null when missing),
 * `isDefault` tells the interpreter's own (which writes without building the arguments).
 */
export function installUnraisableHook(read: () => PyObject | null, isDefault: (hook: PyObject) => boolean): void {
  setUnraisableHook((value, tb, message, obj) => {
    const hook = read();
    if (hook === null || hook === None) return null;
    if (isDefault(hook)) return hook;
    const args = newStructSeq(unraisableHookArgsType, [
      incref(value.type), incref(value), incref(tb ?? None), message === null ? incref(None) : newStr(message), incref(obj ?? None),
    ]);
    incref(hook);
    try {
      decref(callOneArg(hook, args));
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      // The hook failed: the default reports its error, "in sys.unraisablehook".
      const inner = e.value;
      const failed = writeUnraisableReport((w) => printUnraisable(w, inner, e.traceback, 'Exception ignored in sys.unraisablehook', hook));
      if (failed !== null) clearRaise(failed);
      clearRaise(e);
    } finally {
      decref(args);
      decref(hook);
    }
    return true;
  });
}
