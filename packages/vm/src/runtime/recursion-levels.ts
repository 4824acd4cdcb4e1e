/**
 * The recursion levels that TypeScript standing for CPython's Python code counts where that code
 * would: a Python function's frame, a call of a builtin, an int comparison. Each runs its body as
 * one `Py_EnterRecursiveCall` level with CPython's message, so a RecursionError comes at the depth
 * and with the words it does in CPython 3.8.
 * @module
 */
import { counted } from './abstract-object.ts';

/**
 * Runs `body` as the frame of a Python function (`_PyEval_EvalFrameDefault`'s level, whose
 * RecursionError has no suffix).
 *
 * @param body - what the function does.
 * @returns what `body` returns.
 * @see CPython 3.8 Python/ceval.c `_PyEval_EvalFrameDefault`
 */
export function asPythonFrame<T>(body: () => T): T {
  return counted('', body);
}

/**
 * Runs `body` as a call of a builtin function or method that the Python source makes (`next(it)`,
 * `isinstance(x, C)`, `gen.throw(...)`).
 *
 * @param body - what the builtin does.
 * @returns what `body` returns.
 * @see CPython 3.8 Objects/call.c `_PyMethodDef_RawFastCallKeywords`
 */
export function asBuiltinCall<T>(body: () => T): T {
  return counted(' while calling a Python object', body);
}

/**
 * Runs `body` as a comparison the Python source makes with an operator (COMPARE_OP's
 * `PyObject_RichCompare`).
 *
 * @param body - the comparison.
 * @returns what `body` returns.
 * @see CPython 3.8 Objects/object.c `PyObject_RichCompare`
 */
export function asComparison<T>(body: () => T): T {
  return counted(' in comparison', body);
}
