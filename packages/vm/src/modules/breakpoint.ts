/**
 * `breakpoint()` and `sys.breakpointhook`: the built-in calls whatever `sys.breakpointhook` is
 * now; the default hook imports the debugger `$PYTHONBREAKPOINT` names (`pdb.set_trace` when unset,
 * as it always is here) and calls it, and warns and returns None when it cannot be imported.
 *
 * DEVIATION(cpython): corosim has no environment and no `pdb`, so the default hook always takes
 * the "unimportable" path, where CPython would start the debugger.
 *
 * @see CPython 3.8 Python/bltinmodule.c `builtin_breakpoint`, Python/sysmodule.c `sys_breakpointhook`
 * @module
 */
import * as E from '../objects/exceptions.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { lookupAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { PyRaise, clearRaise, exceptionMatches, runtimeError } from '../runtime/errors.ts';
import { importModuleNamed } from '../runtime/import-system.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';

/**
 * What the two functions need of `sys` and `warnings`, given by builtins.ts (sys.ts lists the
 * hook, and `warnings` reaches `sys`: importing either here would close a cycle).
 */
interface BreakpointSupport {
  /** `sys.<name>`, borrowed, or null. */
  readonly sysAttribute: (name: string) => PyObject | null;
  /** `warnings.warn(message, category)` from the caller's frame. */
  readonly warn: (category: PyType, message: PyObject) => void;
}

let support: BreakpointSupport | null = null;

/** Gives the functions of this module what they need of `sys` and `warnings`. */
export function installBreakpointSupport(s: BreakpointSupport): void {
  support = s;
}

function needSupport(): BreakpointSupport {
  if (support === null) throw new Error('breakpoint: support not installed');
  return support;
}

/** What `$PYTHONBREAKPOINT` names when it is unset or empty. */
const DEFAULT_HOOK = 'pdb.set_trace';

/** `builtins.breakpoint(*args, **kws)`: calls `sys.breakpointhook(*args, **kws)`. */
export const breakpointDef: NativeDef = {
  name: 'breakpoint', kind: 'fastkw',
  impl: (_m, args, kwnames) => {
    const hook = needSupport().sysAttribute('breakpointhook');
    if (hook === null) throw runtimeError('lost sys.breakpointhook');
    incref(hook);
    try {
      return callObject(hook, args, kwnames);
    } finally {
      decref(hook);
    }
  },
};

/** The hook `$PYTHONBREAKPOINT` names (a new reference), or null when it cannot be imported. */
function importHook(envar: string): PyObject | null {
  const dot = envar.lastIndexOf('.');
  if (dot === 0) return null;
  const [modulePath, attrName] = dot < 0 ? ['builtins', envar] : [envar.slice(0, dot), envar.slice(dot + 1)];
  let module: PyObject;
  try {
    module = importModuleNamed(modulePath);
  } catch (e) {
    if (e instanceof PyRaise && exceptionMatches(e, E.ImportError)) {
      clearRaise(e);
      return null;
    }
    throw e;
  }
  try {
    return lookupAttrString(module, attrName);
  } finally {
    decref(module);
  }
}

/** `sys.breakpointhook(*args, **kws)` (also `sys.__breakpointhook__`): the default hook. */
export const breakpointHookDef: NativeDef = {
  name: 'breakpointhook', kind: 'fastkw',
  impl: (_m, args, kwnames) => {
    const envar = DEFAULT_HOOK;
    const hook = importHook(envar);
    if (hook === null) {
      const message = newStr(`Ignoring unimportable $PYTHONBREAKPOINT: "${envar}"`);
      try {
        needSupport().warn(E.RuntimeWarning, message);
      } finally {
        decref(message);
      }
      return incref(None);
    }
    try {
      return callObject(hook, args, kwnames);
    } finally {
      decref(hook);
    }
  },
};
