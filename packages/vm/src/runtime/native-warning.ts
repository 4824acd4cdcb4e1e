/**
 * Warnings issued by native code (`PyErr_WarnEx`), for the runtime layers below the `warnings`
 * module: the module installs the warner when it loads, so the runtime needs no import of it.
 * Mirrors CPython 3.8 Python/_warnings.c `PyErr_WarnEx`.
 * @module
 */
import type { PyType } from './object.ts';

/** Issues a warning of `category` with `message`, `stacklevel` frames up (installed by the warnings module). */
type NativeWarner = (category: PyType, message: string, stacklevel: number) => void;

let warner: NativeWarner | null = null;

/**
 * Installs how native code issues a warning.
 *
 * @param fn - the warner (the `warnings` module's `warn`).
 * @see CPython 3.8 Python/_warnings.c PyErr_WarnEx
 */
export function setNativeWarner(fn: NativeWarner): void {
  warner = fn;
}

/**
 * Issues a warning from native code, at the Python frame `stacklevel` levels up (1: the innermost);
 * raises (a `PyRaise`) when a filter turns it into an error.
 *
 * @param category - a Warning subclass.
 * @param message - the warning text.
 * @param stacklevel - which frame the warning names.
 * @see CPython 3.8 Python/_warnings.c PyErr_WarnEx
 */
export function warnNative(category: PyType, message: string, stacklevel = 1): void {
  if (warner !== null) warner(category, message, stacklevel);
}
