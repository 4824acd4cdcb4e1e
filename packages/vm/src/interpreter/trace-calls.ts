/**
 * Calling the functions of `sys.settrace` and `sys.setprofile`: the `call`, `line`, `opcode`,
 * `exception` and `return` events the interpreter loop reports while one is set (compiled code
 * hands every instruction to the loop then: budget.ts `requireInterpreter`). Mirrors CPython 3.8
 * Python/ceval.c `call_trace`, `call_trace_protected`, `call_exc_trace`, `maybe_call_line_trace`
 * and Python/sysmodule.c `trace_trampoline`, `profile_trampoline`, `call_trampoline`.
 * @module
 */
import { CO_OPTIMIZED, type PyCode } from '../objects/code.ts';
import { dictGetStr, isDict } from '../objects/dict.ts';
import { frameLocals } from '../objects/frame-attributes.ts';
import { frameTrace, type FrameTrace, type PyFrame } from '../objects/frame.ts';
import { PyCell } from '../objects/cell.ts';
import { None } from '../objects/singletons.ts';
import { internStr } from '../objects/str.ts';
import { PyTraceback } from '../objects/traceback.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { callObject } from '../runtime/call.ts';
import { PyRaise, clearRaise } from '../runtime/errors.ts';
import { newStopIteration } from '../runtime/gen-core.ts';
import { decref, incref, xdecref, type PyObject } from '../runtime/object.ts';
import { traceState } from '../runtime/trace-state.ts';
import { tstate } from '../runtime/thread-state.ts';
import { builtinFunctionType, methodDescriptorType } from '../objects/native-function.ts';
import type { DescrGetSlot } from '../runtime/object.ts';
import { requireInterpreter } from './budget.ts';

/** Sets the trace function (`PyEval_SetTrace`): `func` is stolen, null clears it. */
export function setTraceFunction(func: PyObject | null): void {
  const old = traceState.traceFunc;
  traceState.traceFunc = func;
  xdecref(old);
  requireInterpreter(traceState.traceFunc !== null || traceState.profileFunc !== null);
}

/** Sets the profile function (`PyEval_SetProfile`): `func` is stolen, null clears it. */
export function setProfileFunction(func: PyObject | null): void {
  const old = traceState.profileFunc;
  traceState.profileFunc = func;
  xdecref(old);
  requireInterpreter(traceState.traceFunc !== null || traceState.profileFunc !== null);
}

/**
 * `PyFrame_LocalsToFast(f, 1)`: what a trace function changed in `f_locals` goes back to the
 * fast locals and cells (a name it deleted is unbound).
 */
function localsToFast(f: PyFrame): void {
  const locals = f.locals;
  const co = f.code.co;
  if (locals === null || !isDict(locals) || (co.flags & CO_OPTIMIZED) === 0) return;
  const fast = f.fast;
  co.varnames.forEach((name, i) => {
    if (i >= co.nlocals) return;
    const value = dictGetStr(locals, name);
    if (fast[i] === value) return;
    const old = fast[i] ?? null;
    fast[i] = value === null ? null : incref(value);
    xdecref(old);
  });
  [...co.cellvars, ...co.freevars].forEach((name, i) => {
    const cell = fast[co.nlocals + i];
    if (!(cell instanceof PyCell)) return;
    const value = dictGetStr(locals, name);
    if (cell.contents === value) return;
    const old = cell.contents;
    cell.contents = value === null ? null : incref(value);
    xdecref(old);
  });
}

/**
 * `call_trampoline`: `callback(frame, what, arg)` with the frame's locals in `f_locals` around
 * the call. A failing callback leaves a traceback entry for the traced frame.
 */
function callTrampoline(callback: PyObject, f: PyFrame, what: string, arg: PyObject | null): PyObject {
  decref(frameLocals(f));
  const event = internStr(what);
  let result: PyObject;
  try {
    result = callObject(callback, [f, event, arg ?? None]);
  } catch (e) {
    decref(event);
    localsToFast(f);
    if (e instanceof PyRaise) e.traceback = new PyTraceback(e.traceback as PyTraceback | null, f);
    throw e;
  }
  decref(event);
  localsToFast(f);
  return result;
}

/**
 * `call_trace` through `trace_trampoline`: the trace function for a `call` event, the frame's
 * local one (`f_trace`) for the others. What it returns, unless None, becomes `f_trace`; when it
 * raises, tracing stops (`sys.settrace(None)`) and the exception goes on.
 */
function callTraceFunction(f: PyFrame, what: string, arg: PyObject | null): void {
  const global = traceState.traceFunc;
  if (global === null || traceState.tracing !== 0) return;
  const callback = what === 'call' ? global : (f.traceInfo?.func ?? null);
  if (callback === null) return;
  traceState.tracing++;
  let result: PyObject;
  try {
    result = callTrampoline(callback, f, what, arg);
  } catch (e) {
    if (e instanceof PyRaise) {
      setTraceFunction(null);
      const t = f.traceInfo;
      if (t !== null) {
        const func = t.func;
        t.func = null;
        xdecref(func);
      }
    }
    throw e;
  } finally {
    traceState.tracing--;
  }
  if (result === None) {
    decref(result);
    return;
  }
  const t = frameTrace(f);
  const old = t.func;
  t.func = result;
  xdecref(old);
}

/** `call_trace` through `profile_trampoline`: the profile function gets every event it is sent; when it raises, profiling stops. */
function callProfileFunction(f: PyFrame, what: string, arg: PyObject | null): void {
  const func = traceState.profileFunc;
  if (func === null || traceState.tracing !== 0) return;
  traceState.tracing++;
  try {
    decref(callTrampoline(func, f, what, arg));
  } catch (e) {
    if (e instanceof PyRaise) setProfileFunction(null);
    throw e;
  } finally {
    traceState.tracing--;
  }
}

/**
 * The `call` event of an evaluation of `f` starting (a call, or a generator resumed): the trace
 * function, then the profile function. Starts the frame's line window afresh (`instr_lb`,
 * `instr_ub`, `instr_prev` are locals of each evaluation in CPython).
 */
export function traceCall(f: PyFrame): void {
  const t = f.traceInfo;
  if (t !== null) {
    t.lower = 0;
    t.upper = -1;
    t.previous = -1;
  }
  if (traceState.tracing !== 0) return;
  // The frame's stack is out of the loop (`f_stacktop` set) until its evaluation starts: a
  // resumed generator may jump here, and goes on after the instruction it jumped to.
  withStackVisible(f, () => {
    callTraceFunction(f, 'call', null);
    callProfileFunction(f, 'call', null);
  });
}

/**
 * Runs `report` with the value stack of `f` visible to it (`f->f_stacktop` set around the
 * call), so that `f_lineno` may be assigned.
 */
function withStackVisible(f: PyFrame, report: () => void): void {
  const previous = traceState.stackFrame;
  traceState.stackFrame = f;
  try {
    report();
  } finally {
    traceState.stackFrame = previous;
  }
}

/** Calls the trace function for `f` in a `line` or `opcode` event, its stack visible. */
function callWithStackVisible(f: PyFrame, what: string): void {
  withStackVisible(f, () => {
    callTraceFunction(f, what, null);
  });
}

/** The `return` event of an evaluation of `f` ending: `value` returned or yielded, null when an exception ends it. */
export function traceReturn(f: PyFrame, value: PyObject | null): void {
  if (traceState.tracing !== 0) return;
  const report = (): void => {
    let failed: PyRaise | null = null;
    try {
      callTraceFunction(f, 'return', value);
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      failed = e;
    }
    // `call_trace_protected`: the profile function gets the event all the same, with None for
    // the value the trace function's error dropped; an error of its own replaces that one.
    try {
      callProfileFunction(f, 'return', failed === null ? value : null);
    } catch (e) {
      if (failed !== null && e instanceof PyRaise) clearRaise(failed);
      throw e;
    }
    if (failed !== null) throw failed;
  };
  // A yield leaves the frame's stack in place (`f_stacktop`), a return or an exception does not.
  // (A `yield from` that suspends has stepped `f_lasti` back before its YIELD_FROM already.)
  if (value !== null && !f.finished) withStackVisible(f, report);
  else report();
}

/**
 * `call_exc_trace`: the `exception` event of `raised` reaching `f` (its traceback entry added).
 * Returns the exception that goes on: `raised`, or what the trace function raised instead.
 */
export function traceException(f: PyFrame, raised: PyRaise): PyRaise {
  if (traceState.traceFunc === null || traceState.tracing !== 0) return raised;
  const value = raised.value;
  const arg = newTupleStealing([incref(value.type), incref(value), incref(raised.traceback ?? None)]);
  try {
    callTraceFunction(f, 'exception', arg);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(raised);
    return e;
  } finally {
    decref(arg);
  }
  return raised;
}

/**
 * The `exception` event of the StopIteration a finished delegate or iterator leaves set without
 * raising it (`_PyGen_SetStopIterationValue`: no traceback): `StopIteration(value)` reaches `f`.
 * What the trace function raises instead goes on.
 */
export function traceStopIteration(f: PyFrame, value: PyObject): void {
  const stop = newStopIteration(value);
  const next = traceException(f, stop);
  if (next !== stop) throw next;
  clearRaise(stop);
}

/**
 * `_PyCode_CheckLineNumber`: the line of the instruction at `lasti`, with the window of offsets
 * that start no other line around it left in `t.lower` and `t.upper`.
 */
function checkLineNumber(code: PyCode, lasti: number, t: FrameTrace): number {
  const tab = code.co.lnotab;
  let addr = 0;
  let line = code.co.firstlineno;
  let i = 0;
  t.lower = 0;
  for (; i + 1 < tab.length; i += 2) {
    const da = tab[i] as number;
    if (addr + da > lasti) break;
    addr += da;
    const dl = ((tab[i + 1] as number) << 24) >> 24;
    if (dl !== 0) t.lower = addr;
    line += dl;
  }
  if (i + 1 < tab.length) {
    for (; i + 1 < tab.length; i += 2) {
      addr += tab[i] as number;
      if ((tab[i + 1] as number) !== 0) break;
    }
    t.upper = addr;
  } else {
    t.upper = Number.MAX_SAFE_INTEGER;
  }
  return line;
}

/**
 * `maybe_call_line_trace` before the instruction at `offset` of `f`: a `line` event when it starts
 * a line or jumps back, an `opcode` event when the frame asks for them. (Every instruction is
 * checked: CPython built with computed gotos, as on Linux, has no `PREDICT` shortcuts.) Returns
 * whether the trace function moved the frame to another instruction (`f_lineno` assigned).
 */
export function traceInstruction(f: PyFrame, offset: number): boolean {
  const t = frameTrace(f);
  let line = t.lineno;
  if (offset < t.lower || offset >= t.upper) line = checkLineNumber(f.code, offset, t);
  if (offset === t.lower || offset < t.previous) {
    t.lineno = line;
    if (t.lines) callWithStackVisible(f, 'line');
  }
  if (t.opcodes) callWithStackVisible(f, 'opcode');
  // `instr_prev` is where the frame is now: a jump (`f_lineno` assigned) moved it.
  t.previous = f.lasti;
  return f.lasti !== offset;
}

/** Whether a profile function is set (read anew: the call just made may have changed it). */
function profiling(): boolean {
  return traceState.profileFunc !== null;
}

/**
 * A call opcode's call of a native callable while a profile function is set (`C_TRACE`): a
 * builtin function or method is reported by `c_call`, then `c_return` or `c_exception`; a method
 * descriptor called with its `self` first is bound for the reports (a temporary bound method, as
 * `call_function` makes). Anything else is called as it is.
 */
export function callProfiled(callable: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const f = tstate.frame as PyFrame | null;
  if (traceState.profileFunc === null || traceState.tracing !== 0 || f === null) return callObject(callable, args, kwnames);
  let func = callable;
  let callArgs = args;
  let bound: PyObject | null = null;
  if (callable.type === methodDescriptorType && args.length > 0) {
    const self = args[0] as PyObject;
    bound = (methodDescriptorType.descrGet as DescrGetSlot)(callable, self, self.type);
    func = bound;
    callArgs = args.slice(1);
  } else if (callable.type !== builtinFunctionType) {
    return callObject(callable, args, kwnames);
  }
  try {
    callProfileFunction(f, 'c_call', func);
    let result: PyObject;
    try {
      result = callObject(func, callArgs, kwnames);
    } catch (e) {
      if (e instanceof PyRaise && profiling()) {
        try {
          callProfileFunction(f, 'c_exception', func);
        } catch (replaced) {
          // `call_trace_protected`: the profile function's exception goes on instead.
          clearRaise(e);
          throw replaced;
        }
      }
      throw e;
    }
    if (profiling()) {
      try {
        callProfileFunction(f, 'c_return', func);
      } catch (e) {
        decref(result);
        throw e;
      }
    }
    return result;
  } finally {
    xdecref(bound);
  }
}
