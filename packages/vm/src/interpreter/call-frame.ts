/**
 * Calling Python functions: binding arguments to a new frame's fast locals with every error
 * message of CPython 3.8, turning generator functions into generators, and the call opcodes'
 * stack layouts. Mirrors CPython 3.8 Python/ceval.c `_PyEval_EvalCodeWithName`, `call_function`,
 * `do_call_core` and Objects/call.c `_PyFunction_Vectorcall`.
 * @module
 */
import { traceState } from '../runtime/trace-state.ts';
import { callProfiled } from './trace-calls.ts';
import { Op } from '../bytecode/opcodes.ts';
import { tpName } from '../runtime/type-name.ts';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, type PyCode } from '../objects/code.ts';
import { PyCell } from '../objects/cell.ts';
import { PyDict, dictGetStr, dictItems, dictSetStr, dictType, newDict } from '../objects/dict.ts';
import { newFrame, releaseEvaluatedFrame, trackGeneratorFrame, type PyFrame } from '../objects/frame.ts';
import { PyFunction, functionType } from '../objects/function.ts';
import { newGenerator } from '../objects/generator.ts';
import { newCoroutine } from '../objects/coroutine.ts';
import { newAsyncGenerator } from '../objects/async-generator-object.ts';
import { PyMethod, methodType } from '../objects/method.ts';
import { None } from '../objects/singletons.ts';
import { PyModule } from '../objects/module.ts';
import { PyStr } from '../objects/str.ts';
import { PyTuple, newTupleStealing, tupleType } from '../objects/tuple.ts';
import { sequenceTuple } from '../objects/tuple-slots.ts';
import { PyList, listType } from '../objects/list.ts';
import { callObject } from '../runtime/call.ts';
import { functionDescription, mergeMapping, nonStringKeywordsError, takesKeywordDict } from './call-args.ts';
import { sequenceToArray } from '../runtime/abstract-iter.ts';
import { lookupType } from '../runtime/attributes.ts';
import { PyRaise, raiseMessage, typeError } from '../runtime/errors.ts';
import { bindKeywordArguments, checkKeywordOnlyArguments, checkPositionalArguments } from '../runtime/bind-parameters.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { enterRecursiveCall, leaveRecursiveCall, tstate } from '../runtime/thread-state.ts';
import { callNativeRaw, checkDescriptorSelf, methodDescriptorType, type PyMethodDescr } from '../objects/native-function.ts';
import * as E from '../objects/exceptions.ts';
import { endRunWith, runFrameOrNull, takeFrameRaise } from './frame-runner.ts';

/**
 * The builtins a new frame of code run in `globals` gets, as `_PyFrame_New_NoTrack` finds them:
 * the globals' `__builtins__`, a module's dict in place of the module, any other object as it is.
 *
 * @param globals - the frame's globals
 * @returns a borrowed reference, or null when the globals have no `__builtins__`
 * @see CPython 3.8 Objects/frameobject.c `_PyFrame_New_NoTrack`
 */
export function frameBuiltinsOf(globals: PyDict): PyObject | null {
  const b = dictGetStr(globals, '__builtins__');
  return b instanceof PyModule ? b.namespace : b;
}

/** A function's code: its locals are fast locals, made anew for each call. */
const FUNCTION_LOCALS = CO_NEWLOCALS | CO_OPTIMIZED;

/**
 * The frame of a function made from other code (`types.FunctionType(module_code, globals)`): its
 * `f_locals` is a new dict (`CO_NEWLOCALS` alone) or the globals (`_PyFrame_New_NoTrack`).
 */
function namespaceFrame(func: PyFunction, code: PyCode): PyFrame {
  if ((code.co.flags & CO_NEWLOCALS) === 0) return functionFrame(func, code, func.globals);
  const locals = newDict();
  try {
    return functionFrame(func, code, locals);
  } finally {
    decref(locals);
  }
}

/**
 * A new frame of `code` in `func`'s globals with `locals`, its builtins found as
 * `_PyFrame_New_NoTrack` finds them; when the globals have no `__builtins__`, a dict holding only
 * None is made up for it first ("Give them 'None', at least.").
 *
 * @param func - the function whose globals the frame runs in
 * @param code - the code the frame runs
 * @param locals - the frame's `f_locals` (borrowed), or null
 * @returns a new reference
 * @see CPython 3.8 Objects/frameobject.c `_PyFrame_New_NoTrack`
 */
export function functionFrame(func: PyFunction, code: PyCode, locals: PyObject | null): PyFrame {
  const builtins = builtinsOf(func);
  if (builtins !== null) return newFrame(code, func.globals, builtins, locals);
  const minimal = newDict();
  dictSetStr(minimal, 'None', None);
  try {
    return newFrame(code, func.globals, minimal, locals);
  } finally {
    decref(minimal);
  }
}

/**
 * Binds `args` (positional, then the values of `kwnames`) to a new frame of `func`
 * (`_PyEval_EvalCodeWithName` up to running it). Throws TypeError for a bad call.
 */
export function bindFrame(func: PyFunction, args: readonly PyObject[], kwnames: readonly string[] | null): PyFrame {
  const code = func.code;
  const f = (code.co.flags & FUNCTION_LOCALS) === FUNCTION_LOCALS ? functionFrame(func, code, null) : namespaceFrame(func, code);
  f.back = tstate.frame === null ? null : incref(tstate.frame as PyFrame);
  try {
    bindArguments(func, f, args, kwnames);
  } catch (e) {
    decref(f);
    throw e;
  }
  return f;
}

/**
 * The builtins of a new frame of `func` (borrowed): its caller's when they share their globals,
 * else its globals' `__builtins__`, or null when they have none. Installed by the runtime.
 */
export let builtinsOf: (func: PyFunction) => PyObject | null = () => {
  throw new Error('builtins not installed');
};

/** Installs how a frame finds its builtins. */
export function setBuiltinsLookup(lookup: (func: PyFunction) => PyObject | null): void {
  builtinsOf = lookup;
}

function bindArguments(func: PyFunction, f: PyFrame, args: readonly PyObject[], kwnames: readonly string[] | null): void {
  const code = func.code;
  const co = code.co;
  const fast = f.fast;
  const totalArgs = co.argcount + co.kwonlyargcount;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const argcount = args.length - nkw;
  const name = co.name;
  let kwdict: PyDict | null = null;
  if ((co.flags & CO_VARKEYWORDS) !== 0) {
    kwdict = newDict();
    fast[totalArgs + ((co.flags & CO_VARARGS) !== 0 ? 1 : 0)] = kwdict;
  }
  const n = Math.min(argcount, co.argcount);
  for (let j = 0; j < n; j++) fast[j] = incref(args[j] as PyObject);
  if ((co.flags & CO_VARARGS) !== 0) {
    const rest: PyObject[] = [];
    for (let j = n; j < argcount; j++) rest.push(incref(args[j] as PyObject));
    fast[totalArgs] = newTupleStealing(rest);
  }
  if (nkw > 0) bindKeywordArguments(name, co, fast, args, argcount, kwnames as readonly string[], kwdict, true);
  const defaults = func.defaults instanceof PyTuple ? func.defaults.items : [];
  const defcount = defaults.length;
  checkPositionalArguments(name, co, fast, argcount, defcount);
  if (argcount < co.argcount) {
    const m = co.argcount - defcount;
    for (let i = n > m ? n - m : 0; i < defcount; i++) {
      if (fast[m + i] == null) fast[m + i] = incref(defaults[i] as PyObject);
    }
  }
  if (co.kwonlyargcount > 0) {
    const kwdefs = func.kwdefaults instanceof PyDict ? func.kwdefaults : null;
    for (let i = co.argcount; i < totalArgs; i++) {
      if (fast[i] != null || kwdefs === null) continue;
      const def = dictGetStr(kwdefs, co.varnames[i] as string);
      if (def !== null) fast[i] = incref(def);
    }
    checkKeywordOnlyArguments(name, co, fast);
  }
  const ncells = co.cellvars.length;
  for (let i = 0; i < ncells; i++) {
    const arg = code.cell2arg?.[i] ?? -1;
    let cell: PyCell;
    if (arg >= 0) {
      cell = new PyCell(fast[arg] ?? null);
      fast[arg] = null;
    } else {
      cell = new PyCell(null);
    }
    fast[co.nlocals + i] = cell;
  }
  if (co.freevars.length > 0) {
    const closure = func.closure as PyTuple;
    for (let i = 0; i < co.freevars.length; i++) fast[co.nlocals + ncells + i] = incref(closure.items[i] as PyObject);
  }
}

/** Whether calling `func` makes a generator, coroutine or async generator instead of running. */
function isGeneratorCode(func: PyFunction): boolean {
  return (func.code.co.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0;
}

/** Calls a Python function from TypeScript: a new reference to its result. */
export function callFunction(func: PyFunction, args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const result = callFunctionOrNull(func, args, kwnames);
  if (result === null) throw takeFrameRaise();
  return result;
}

/**
 * {@link callFunction}, but when the function's frame raises, the result is null and
 * frame-runner.ts `takeFrameRaise` has the exception, not thrown (V8 walks the stack for every
 * throw), for a caller that takes it at once. Bad arguments are still thrown.
 */
export function callFunctionOrNull(func: PyFunction, args: readonly PyObject[], kwnames: readonly string[] | null): PyObject | null {
  const f = bindFrame(func, args, kwnames);
  if (isGeneratorCode(func)) return makeGenerator(func, f);
  let result: PyObject | null;
  let raised: PyRaise | null = null;
  try {
    result = runFrameOrNull(f, null);
    // Taken before the frame's release, which may run a `__del__` that runs frames of its own.
    if (result === null) raised = takeFrameRaise();
  } finally {
    ++tstate.recursionDepth;
    releaseEvaluatedFrame(f);
    --tstate.recursionDepth;
  }
  return raised === null ? result : endRunWith(raised);
}

function makeGenerator(func: PyFunction, f: PyFrame): PyObject {
  const back = f.back;
  f.back = null;
  if (back !== null) decref(back);
  const flags = func.code.co.flags;
  const gen = (flags & CO_ASYNC_GENERATOR) !== 0 ? newAsyncGenerator(f, func.name, func.qualname) : (flags & CO_COROUTINE) !== 0 ? newCoroutine(f, func.name, func.qualname) : newGenerator(f, func.name, func.qualname);
  // The generator is tracked first, then its frame.
  trackGeneratorFrame(f);
  decref(f);
  return gen;
}

functionType.call = (callable, args, kwnames) => callFunction(callable as PyFunction, args, kwnames);
methodType.call = (callable, args, kwnames) => {
  const m = callable as PyMethod;
  return callObject(m.func, [m.self, ...args], kwnames);
};

/**
 * What a call opcode needs done: run `frame` inline, or push `result`; then pop `pop` slots; or,
 * both null, raise `raised`. {@link prepareCall} returns one object for every call, overwritten by
 * the next: a caller reads its fields before anything can run Python code (a callee, a `__del__`).
 */
export interface PreparedCall {
  readonly frame: PyFrame | null;
  readonly result: PyObject | null;
  readonly pop: number;
  /**
   * The exception a native function returned rather than threw (native-function.ts
   * `callNativeRaw`), for the caller to raise with the call's arguments still on the stack, as a
   * thrown one leaves them; the reader clears it ({@link takeRaised}).
   */
  raised: PyRaise | null;
}

/** The one {@link PreparedCall}: a call allocates nothing to describe itself. */
const prepared: PreparedCall = { frame: null, result: null, pop: 0, raised: null };

/** Fills in {@link prepared}, once whatever the call ran is over. */
function preparedCall(frame: PyFrame | null, result: PyObject | null, pop: number): PreparedCall {
  const p = prepared as { frame: PyFrame | null; result: PyObject | null; pop: number };
  p.frame = frame;
  p.result = result;
  p.pop = pop;
  return prepared;
}

/** The exception of a call that returned one ({@link PreparedCall.raised}), taken. */
export function takeRaised(call: PreparedCall): PyRaise {
  const raised = call.raised as PyRaise;
  call.raised = null;
  return raised;
}

/**
 * Performs the call of a CALL_* opcode, except that a plain Python function's frame is returned
 * to be run inline. The caller pops `pop` stack slots (callable and arguments) when the call is
 * over, as `call_function` does.
 */
export function prepareCall(f: PyFrame, stack: (PyObject | null)[], sp: number, opcode: number, oparg: number): PreparedCall {
  let callable: PyObject;
  let args: PyObject[];
  let kwnames: string[] | null = null;
  let pop: number;
  switch (opcode) {
    case Op.CALL_FUNCTION: {
      callable = stack[sp - oparg - 1] as PyObject;
      pop = oparg + 1;
      const simple = simpleCall(callable, stack, sp - oparg, oparg, pop);
      if (simple !== null) return simple;
      args = stackArgs(stack, sp - oparg, sp);
      break;
    }
    case Op.CALL_METHOD: {
      const meth = stack[sp - oparg - 2] ?? null;
      pop = oparg + 2;
      if (meth === null) {
        callable = stack[sp - oparg - 1] as PyObject;
        args = stackArgs(stack, sp - oparg, sp);
      } else {
        callable = meth;
        if (meth.type === methodDescriptorType && traceState.profileFunc === null) {
          const result = callDescriptor(meth as PyMethodDescr, stack, sp - oparg - 1, oparg + 1);
          if (!(result instanceof PyRaise)) return preparedCall(null, result, pop);
          prepared.raised = result;
          return preparedCall(null, null, pop);
        }
        const simple = simpleCall(callable, stack, sp - oparg - 1, oparg + 1, pop);
        if (simple !== null) return simple;
        args = stackArgs(stack, sp - oparg - 1, sp);
      }
      break;
    }
    case Op.CALL_FUNCTION_KW: {
      const names = stack[sp - 1] as PyTuple;
      kwnames = names.items.map((n) => (n as PyStr).value);
      callable = stack[sp - oparg - 2] as PyObject;
      args = stackArgs(stack, sp - oparg - 1, sp - 1);
      pop = oparg + 2;
      break;
    }
    default: {
      // CALL_FUNCTION_EX: a non-tuple `*` argument and a non-dict `**` argument are replaced on the
      // stack by the tuple and dict made from them (`Py_SETREF`), which live until the call is over.
      const hasKw = (oparg & 1) !== 0;
      const argsSlot = sp - (hasKw ? 2 : 1);
      callable = stack[sp - (hasKw ? 3 : 2)] as PyObject;
      pop = hasKw ? 3 : 2;
      if (hasKw) {
        const kwargs = stack[sp - 1] as PyObject;
        if (kwargs.type !== dictType) {
          const d = newDict();
          try {
            mergeMapping(d, kwargs, callable);
          } catch (e) {
            decref(d);
            throw e;
          }
          stack[sp - 1] = d;
          decref(kwargs);
        }
      }
      const callargs = stack[argsSlot] as PyObject;
      if (callargs.type !== tupleType) {
        const t = newTupleStealing(positionalArgs(callable, callargs));
        stack[argsSlot] = t;
        decref(callargs);
      }
      args = (stack[argsSlot] as PyTuple).items.slice();
      if (hasKw) {
        for (const [k, v] of dictItems(stack[sp - 1] as PyDict)) {
          if (!(k instanceof PyStr)) {
            if (takesKeywordDict(callable)) continue;
            throw nonStringKeywordsError(callable, (stack[argsSlot] as PyTuple).items);
          }
          (kwnames ??= []).push(k.value);
          args.push(v);
        }
        // `PyVectorcall_Call` unpacks a non-empty dict into a temporary array (`_PyStack_UnpackDict`)
        // holding every argument while the call runs. Without vectorcall (a class, a partial, an
        // instance with `__call__`) the unpacking happens further in (`withUnpackedKeywords`), which
        // leaves the keyword values held here.
        const nkw = kwnames?.length ?? 0;
        const firstHeld = nkw > 0 && callable.type.vectorcall ? 0 : args.length - nkw;
        const held = args.slice(firstHeld).map((v) => incref(v));
        let call: PreparedCall;
        try {
          call = callInline(f, callable, args, kwnames, pop);
        } catch (e) {
          for (const v of held) decref(v);
          throw e;
        }
        if (call.frame !== null) call.frame.heldArgs = held;
        else for (const v of held) decref(v);
        return call;
      }
      break;
    }
  }
  return callInline(f, callable, args, kwnames, pop);
}

/** Flags that rule out {@link simpleFrame}: argument packing. */
const NOT_SIMPLE = CO_VARARGS | CO_VARKEYWORDS;

/**
 * The call of a plain function with exactly its positional parameters ({@link simpleFrame}): its
 * frame to run, or, for a generator, coroutine or async generator function, the object made at
 * once around it (`_PyEval_EvalCodeWithName`); null for any other call.
 */
function simpleCall(callable: PyObject, stack: readonly (PyObject | null)[], start: number, count: number, pop: number): PreparedCall | null {
  const frame = simpleFrame(callable, stack, start, count);
  if (frame === null) return null;
  const func = callable as PyFunction;
  return isGeneratorCode(func) ? preparedCall(null, makeGenerator(func, frame), pop) : preparedCall(frame, null, pop);
}

/**
 * The frame for a call of a plain function with exactly its positional parameters taken from
 * `stack[start .. start + count)` (no keywords, defaults, cells or free variables), bound as
 * {@link bindFrame} binds it but without copying the arguments; null for any other call.
 */
function simpleFrame(callable: PyObject, stack: readonly (PyObject | null)[], start: number, count: number): PyFrame | null {
  if (!(callable instanceof PyFunction) || callable.type !== functionType) return null;
  const code = callable.code;
  const co = code.co;
  if (count !== co.argcount || co.kwonlyargcount !== 0 || (co.flags & NOT_SIMPLE) !== 0 || (co.flags & FUNCTION_LOCALS) !== FUNCTION_LOCALS) return null;
  if (co.cellvars.length !== 0 || co.freevars.length !== 0) return null;
  const builtins = builtinsOf(callable);
  if (builtins === null) return null;
  const f = newFrame(code, callable.globals, builtins, null);
  f.back = tstate.frame === null ? null : incref(tstate.frame as PyFrame);
  const fast = f.fast;
  for (let j = 0; j < count; j++) fast[j] = incref(stack[start + j] as PyObject);
  return f;
}

/**
 * The arguments at `stack[start .. end)` as a new array: written out for the one or two
 * arguments most calls have, which costs less than a call of `Array.prototype.slice`.
 */
function stackArgs(stack: readonly (PyObject | null)[], start: number, end: number): PyObject[] {
  switch (end - start) {
    case 0:
      return [];
    case 1:
      return [stack[start] as PyObject];
    case 2:
      return [stack[start] as PyObject, stack[start + 1] as PyObject];
    default:
      return stack.slice(start, end) as PyObject[];
  }
}

/**
 * CALL_METHOD of a native method found on the type (`obj.append(x)`, `gen.send(v)`): what
 * {@link callObject} does for a `method_descriptor` (a recursion level, the check of `self`, the
 * native call), with the arguments copied from the stack once.
 */
function callDescriptor(d: PyMethodDescr, stack: readonly (PyObject | null)[], start: number, count: number): PyObject | PyRaise {
  const overflow = enterRecursiveCall(' while calling a Python object');
  if (overflow !== null) throw raiseMessage(E.RecursionError, overflow);
  try {
    return callNativeRaw(d.def, checkDescriptorSelf(d, stack[start] as PyObject), stackArgs(stack, start + 1, start + count), null);
  } finally {
    leaveRecursiveCall();
  }
}

function callInline(_f: PyFrame, callable: PyObject, args: PyObject[], kwnames: readonly string[] | null, pop: number): PreparedCall {
  let func = callable;
  let callArgs = args;
  if (func instanceof PyMethod && func.type === methodType && func.func instanceof PyFunction) {
    callArgs = [func.self, ...args];
    func = func.func;
  }
  if (func instanceof PyFunction && func.type === functionType && !isGeneratorCode(func)) {
    return preparedCall(bindFrame(func, callArgs, kwnames), null, pop);
  }
  // A profile function sees the calls of builtins (`C_TRACE`).
  const result = traceState.profileFunc === null ? callObject(callable, args, kwnames) : callProfiled(callable, args, kwnames);
  return preparedCall(null, result, pop);
}

/** The positional arguments of `f(*callargs)` as new references (`PySequence_Tuple`). */
function positionalArgs(callable: PyObject, callargs: PyObject): PyObject[] {
  if (callargs.type.iter === undefined && lookupType(callargs.type, '__getitem__') === null && !callargs.type.isSequence) {
    throw typeError(`${functionDescription(callable)} argument after * must be an iterable, not ${tpName(callargs.type)}`);
  }
  if ((callargs.type === tupleType || callargs.type === listType) && (callargs instanceof PyTuple || callargs instanceof PyList)) return sequenceToArray(callargs);
  // Anything else is made a tuple first: its `__iter__`, then its length hint, are asked for.
  const t = sequenceTuple(callargs);
  try {
    return t.items.map((x) => incref(x));
  } finally {
    decref(t);
  }
}

