/**
 * The smaller knobs of `sys`: `call_tracing`, `_clear_type_cache`, the deprecated check interval
 * and `callstats`, and the dlopen flags, which a program can set and read back (corosim loads
 * no extension modules).
 *
 * @see CPython 3.8 Python/sysmodule.c
 * @module
 */
import { newInt } from '../objects/int.ts';
import { intArg } from '../objects/list-methods.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyTuple } from '../objects/tuple.ts';
import { typeModified } from '../runtime/attributes.ts';
import { warnDeprecation } from '../runtime/abstract-number.ts';
import { callObject } from '../runtime/call.ts';
import { objectType } from '../runtime/core-types.ts';
import { typeError } from '../runtime/errors.ts';
import { incref, type PyObject } from '../runtime/object.ts';
import { traceState } from '../runtime/trace-state.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

/** `RTLD_NOW`, the interpreter's default dlopen flags on Linux. */
const RTLD_NOW = 2;

const state = { checkInterval: 100, dlopenFlags: RTLD_NOW };

/** Starts a run with CPython's defaults. */
export function resetSysExtras(): void {
  state.checkInterval = 100;
  state.dlopenFlags = RTLD_NOW;
}

/** The functions, for the `sys` module's table. */
export const SYS_EXTRA_FUNCTIONS: readonly NativeDef[] = [
  {
    // `_PyEval_CallTracing`: the call runs with tracing on again, even from inside a trace function.
    name: 'call_tracing', kind: 'fast',
    impl: (_m, args) => {
      if (args.length !== 2) throw typeError(`call_tracing expected 2 arguments, got ${args.length}`);
      const [func, funcargs] = args as [PyObject, PyObject];
      if (!(funcargs instanceof PyTuple)) throw typeError(`call_tracing() argument 2 must be tuple, not ${argTypeName(funcargs)}`);
      const saved = traceState.tracing;
      traceState.tracing = 0;
      try {
        return callObject(func, funcargs.items);
      } finally {
        traceState.tracing = saved;
      }
    },
  },
  {
    // `PyType_ClearCache`: every type's lookups are forgotten, as `PyType_Modified(object)` does.
    name: '_clear_type_cache', kind: 'noargs',
    impl: () => {
      typeModified(objectType);
      return incref(None);
    },
  },
  {
    name: 'getcheckinterval', kind: 'noargs',
    impl: () => {
      warnDeprecation('sys.getcheckinterval() and sys.setcheckinterval() are deprecated.  Use sys.getswitchinterval() instead.');
      return newInt(state.checkInterval);
    },
  },
  {
    name: 'setcheckinterval', kind: 'o',
    impl: (_m, args) => {
      const n = intArg(args[0] as PyObject);
      warnDeprecation('sys.getcheckinterval() and sys.setcheckinterval() are deprecated.  Use sys.setswitchinterval() instead.');
      state.checkInterval = n;
      return incref(None);
    },
  },
  {
    name: 'getdlopenflags', kind: 'noargs',
    impl: () => newInt(state.dlopenFlags),
  },
  {
    name: 'setdlopenflags', kind: 'o',
    impl: (_m, args) => {
      state.dlopenFlags = intArg(args[0] as PyObject);
      return incref(None);
    },
  },
  {
    name: 'callstats', kind: 'noargs',
    impl: () => {
      warnDeprecation('sys.callstats() has been deprecated in Python 3.7 and will be removed in the future');
      return incref(None);
    },
  },
];
