/**
 * The `atexit` module: functions registered to run when the interpreter exits, last registered
 * first; an exception in one is printed ("Error in atexit._run_exitfuncs:") and the rest still
 * run. Mirrors CPython 3.8 Modules/atexitmodule.c (`atexit_register`, `atexit_unregister`,
 * `atexit_callfuncs`).
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { newInt } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { richCompareBool } from '../runtime/abstract-compare.ts';
import { callObject } from '../runtime/call.ts';
import { PyRaise, clearRaise, exceptionMatches, typeError } from '../runtime/errors.ts';
import { decref, incref, xdecref, type PyObject } from '../runtime/object.ts';
import { displayException, sysWriteStderr } from '../runtime/sys-stderr.ts';
import { defineNativeModule } from './module-builder.ts';
import { ATEXIT_DOC } from './module-docs.ts';

interface ExitCallback {
  func: PyObject;
  args: PyObject[];
  kwnames: string[] | null;
}

/** The registered callbacks, oldest first (`atexitmodule_state.atexit_callbacks`). */
let callbacks: (ExitCallback | null)[] = [];

/** Registers `func(*args)` to run at exit (takes new references). */
export function atexitRegister(func: PyObject, args: PyObject[] = [], kwnames: string[] | null = null): void {
  callbacks.push({ func: incref(func), args: args.map((a) => incref(a)), kwnames });
}

function release(cb: ExitCallback): void {
  decref(cb.func);
  for (const a of cb.args) decref(a);
}

/** Forgets callbacks of an abandoned run (a new interpreter starts). */
export function resetAtexit(): void {
  callbacks = [];
}

/** `atexit_cleanup`. */
export function atexitClear(): void {
  const old = callbacks;
  callbacks = [];
  for (const cb of old) if (cb !== null) release(cb);
}

/**
 * `atexit_callfuncs`: runs every callback, newest first, then forgets them. An exception is
 * printed (a SystemExit silently) and the next callback runs; the last one is returned, still
 * raised, for `_run_exitfuncs` to raise again (`PyErr_Restore`); the interpreter's exit clears it.
 */
export function runExitFuncs(): PyRaise | null {
  let last: PyRaise | null = null;
  for (let i = callbacks.length - 1; i >= 0; i--) {
    const cb = callbacks[i];
    if (cb === undefined || cb === null) continue;
    try {
      decref(callObject(cb.func, cb.args, cb.kwnames));
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      // Only the last exception is kept.
      if (last !== null) clearRaise(last);
      last = e;
      if (!exceptionMatches(e, E.SystemExit)) {
        sysWriteStderr('Error in atexit._run_exitfuncs:\n');
        const value = e.value;
        if (e.traceback !== null) {
          const old = value.traceback;
          value.traceback = incref(e.traceback);
          xdecref(old);
        }
        displayException(value);
      }
    }
  }
  atexitClear();
  return last;
}

defineNativeModule({
  name: 'atexit',
  doc: ATEXIT_DOC,
  functions: [
    {
      name: 'register', kind: 'fastkw',
      impl: (_m, args, kwnames) => {
        const nkw = kwnames?.length ?? 0;
        if (args.length - nkw < 1) throw typeError('register() takes at least 1 argument (0 given)');
        const func = args[0] as PyObject;
        if (func.type.call === undefined) throw typeError('the first argument must be callable');
        atexitRegister(func, args.slice(1), nkw > 0 ? [...(kwnames ?? [])] : null);
        return incref(func);
      },
    },
    {
      name: 'unregister', kind: 'o',
      impl: (_m, args) => {
        const func = args[0] as PyObject;
        for (let i = 0; i < callbacks.length; i++) {
          const cb = callbacks[i];
          if (cb === undefined || cb === null) continue;
          if (richCompareBool(cb.func, func, 2)) {
            callbacks[i] = null;
            release(cb);
          }
        }
        return incref(None);
      },
    },
    {
      name: '_run_exitfuncs', kind: 'noargs',
      impl: () => {
        const raised = runExitFuncs();
        if (raised !== null) throw raised;
        return incref(None);
      },
    },
    { name: '_clear', kind: 'noargs', impl: () => { atexitClear(); return incref(None); } },
    { name: '_ncallbacks', kind: 'noargs', impl: () => newInt(callbacks.filter((c) => c !== null).length) },
  ],
});
