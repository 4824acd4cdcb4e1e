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
    doc: 'Call func(*args), while tracing is enabled.\n\nThe tracing state is saved, and restored afterwards.  This is intended\nto be called from a debugger from a checkpoint, to recursively debug\nsome other code.',
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
    name: '_clear_type_cache', kind: 'noargs', doc: 'Clear the internal type lookup cache.',
    impl: () => {
      typeModified(objectType);
      return incref(None);
    },
  },
  {
    name: 'getcheckinterval', kind: 'noargs', doc: 'Return the current check interval; see sys.setcheckinterval().',
    impl: () => {
      warnDeprecation('sys.getcheckinterval() and sys.setcheckinterval() are deprecated.  Use sys.getswitchinterval() instead.');
      return newInt(state.checkInterval);
    },
  },
  {
    name: 'setcheckinterval', kind: 'o',
    doc: 'Set the async event check interval to n instructions.\n\nThis tells the Python interpreter to check for asynchronous events\nevery n instructions.\n\nThis also affects how often thread switches occur.',
    impl: (_m, args) => {
      const n = intArg(args[0] as PyObject);
      warnDeprecation('sys.getcheckinterval() and sys.setcheckinterval() are deprecated.  Use sys.setswitchinterval() instead.');
      state.checkInterval = n;
      return incref(None);
    },
  },
  {
    name: 'getdlopenflags', kind: 'noargs',
    doc: 'Return the current value of the flags that are used for dlopen calls.\n\nThe flag constants are defined in the os module.',
    impl: () => newInt(state.dlopenFlags),
  },
  {
    name: 'setdlopenflags', kind: 'o',
    doc: 'Set the flags used by the interpreter for dlopen calls.\n\nThis is used, for example, when the interpreter loads extension\nmodules. Among other things, this will enable a lazy resolving of\nsymbols when importing a module, if called as sys.setdlopenflags(0).\nTo share symbols across extension modules, call as\nsys.setdlopenflags(os.RTLD_GLOBAL).  Symbolic names for the flag\nmodules can be found in the os module (RTLD_xxx constants, e.g.\nos.RTLD_LAZY).',
    impl: (_m, args) => {
      state.dlopenFlags = intArg(args[0] as PyObject);
      return incref(None);
    },
  },
  {
    name: 'callstats', kind: 'noargs',
    doc: 'Return a tuple of function call statistics.\n\nA tuple is returned only if CALL_PROFILE was defined when Python was\nbuilt.  Otherwise, this returns None.\n\nWhen enabled, this function returns detailed, implementation-specific\ndetails about the number of function calls executed. The return value\nis a 11-tuple where the entries in the tuple are counts of:\n0. all function calls\n1. calls to PyFunction_Type objects\n2. PyFunction calls that do not create an argument tuple\n3. PyFunction calls that do not create an argument tuple\n   and bypass PyEval_EvalCodeEx()\n4. PyMethod calls\n5. PyMethod calls on bound methods\n6. PyType calls\n7. PyCFunction calls\n8. generator calls\n9. All other calls\n10. Number of stack pops performed by call_function()',
    impl: () => {
      warnDeprecation('sys.callstats() has been deprecated in Python 3.7 and will be removed in the future');
      return incref(None);
    },
  },
];
