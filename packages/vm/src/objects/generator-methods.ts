/**
 * The Python-visible side of generators: `send`, `throw`, `close`, `__next__`, `__iter__`, the
 * `gi_*` attributes, `__name__`/`__qualname__` and the repr. Mirrors CPython 3.8
 * Objects/genobject.c `gen_methods`, `gen_getsetlist`, `gen_memberlist`.
 * @module
 */
import { varargsImpl } from './call-arguments.ts';
import { genClose, genResumeValue, genThrowResume, genYieldFrom, lastResumeDone, lastResumeFoundFinished, newStopIteration, type GenStep } from '../runtime/gen-core.ts';
import { takeFrameRaise } from '../interpreter/frame-runner.ts';
import { exceptionEventsOn } from '../runtime/trace-state.ts';
import { PyRaise, typeError } from '../runtime/errors.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { newBool } from './int.ts';
import { PyGenerator, generatorType } from './generator.ts';
import { None } from './singletons.ts';
import { PyStr, newStr } from './str.ts';
import { addReadonlyMembers } from './getset.ts';

/** `gen.send(value)`: the next yielded value; StopIteration, returned, carries the return value. */
export function genSend(gen: PyGenerator, value: PyObject): PyObject | PyRaise {
  const result = genResumeValue(gen, value, null, false);
  if (result === null) return takeFrameRaise();
  return lastResumeDone() ? returnedStop(result) : result;
}

/** A step as the `send`/`throw` methods report it: the yielded value, or StopIteration with the return value. */
export function sendResult(step: GenStep): PyObject {
  const result = sendReturn(step);
  if (result instanceof PyRaise) throw result;
  return result;
}

/**
 * {@link sendResult} with the StopIteration returned, not thrown (for a method's implementation:
 * native-function.ts `callNativeRaw`).
 */
function sendReturn(step: GenStep): PyObject | PyRaise {
  return step.done ? returnedStop(step.value) : step.value;
}

/** The StopIteration that reports the return of `result` (stolen) to `send`/`throw`. */
function returnedStop(result: PyObject): PyRaise {
  let raised: PyRaise;
  try {
    raised = newStopIteration(result === None ? null : result);
  } catch (e) {
    decref(result);
    throw e;
  }
  decref(result);
  return raised;
}

/**
 * `gen.__next__()` as `tp_iternext`: null when the generator returns None. CPython's
 * `gen_iternext` leaves StopIteration set for a generator that returns now (not for one that had
 * finished before); only a trace function sees it (FOR_ITER's and YIELD_FROM's `exception`
 * event), so while one is set it is raised, and otherwise nothing is allocated.
 */
export function genIterNext(gen: PyGenerator): PyObject | null {
  const result = genResumeValue(gen, null, null, false);
  if (result === null) throw takeFrameRaise();
  if (!lastResumeDone()) return result;
  if (result === None) {
    const finishedBefore = lastResumeFoundFinished();
    decref(result);
    if (!finishedBefore && exceptionEventsOn()) throw newStopIteration(null);
    return null;
  }
  try {
    throw newStopIteration(result);
  } finally {
    decref(result);
  }
}

/** The result of `throw()` as a method: a yielded value, or StopIteration for a return. */
export function genThrowMethod(gen: PyGenerator, args: readonly PyObject[]): PyObject | PyRaise {
  if (args.length < 1 || args.length > 3) {
    throw typeError(args.length < 1 ? `throw expected at least 1 argument, got ${args.length}` : `throw expected at most 3 arguments, got ${args.length}`);
  }
  const step = genThrowResume(gen, true, args[0] as PyObject, args[1] ?? null, args[2] ?? null);
  return step instanceof PyRaise ? step : sendReturn(step);
}

/** `<generator object fib at 0x...>`. */
export function genRepr(gen: PyGenerator): PyObject {
  const qualname = gen.qualname instanceof PyStr ? gen.qualname.value : '?';
  const label = gen.kind === 'async generator' ? 'async_generator' : gen.kind;
  return newStr(`<${label} object ${qualname} at 0x${gen.address.toString(16)}>`);
}

generatorType.iter = (self) => incref(self);
generatorType.iternext = (self) => genIterNext(self as PyGenerator);
generatorType.repr = (self) => genRepr(self as PyGenerator);

/** `send_doc` (Objects/genobject.c), shared by the async generator awaitables' `send`. */
export const GEN_SEND_DOC = "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.";
/** `throw_doc`. */
export const GEN_THROW_DOC = 'throw(typ[,val[,tb]]) -> raise exception in generator,\nreturn next yielded value or raise StopIteration.';
/** `close_doc`. */
export const GEN_CLOSE_DOC = 'close() -> raise GeneratorExit inside generator.';

addMethods(generatorType, [
  { name: 'send', kind: 'o', impl: (self, args) => genSend(self as PyGenerator, args[0] as PyObject), doc: GEN_SEND_DOC },
  { name: 'throw', kind: 'fast', impl: varargsImpl((self, args) => genThrowMethod(self as PyGenerator, args)), doc: GEN_THROW_DOC },
  { name: 'close', kind: 'noargs', impl: (self) => genClose(self as PyGenerator), doc: GEN_CLOSE_DOC },
]);

/** Getters and setters of `__name__`/`__qualname__`, shared by the three kinds (`what` names the kind in their docs). */
export function nameGetSets(what: string): { name: string; get: (self: PyObject) => PyObject; set: (self: PyObject, value: PyObject | null) => void; doc: string }[] {
  const setter = (field: 'name' | 'qualname') => (self: PyObject, value: PyObject | null): void => {
    if (!(value instanceof PyStr)) throw typeError(`__${field}__ must be set to a string object`);
    const gen = self as PyGenerator;
    const old = gen[field];
    gen[field] = incref(value);
    decref(old);
  };
  return [
    { name: '__name__', get: (self) => incref((self as PyGenerator).name), set: setter('name'), doc: `name of the ${what}` },
    { name: '__qualname__', get: (self) => incref((self as PyGenerator).qualname), set: setter('qualname'), doc: `qualified name of the ${what}` },
  ];
}

addGetSets(generatorType, [
  ...nameGetSets('generator'),
  { name: 'gi_yieldfrom', get: (self) => genYieldFrom(self as PyGenerator) ?? incref(None), doc: 'object being iterated by yield from, or None' },
]);
addReadonlyMembers(generatorType, [
  { name: 'gi_frame', read: (self) => incref((self as PyGenerator).frame ?? None) },
  { name: 'gi_running', read: (self) => newBool((self as PyGenerator).running) },
  { name: 'gi_code', read: (self) => incref((self as PyGenerator).code ?? None) },
]);
