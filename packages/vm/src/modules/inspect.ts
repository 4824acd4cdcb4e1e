/**
 * The `inspect` module, the parts corosim programs use: generator and coroutine states, the
 * `is*` predicates, `currentframe`, `getgeneratorlocals` and `signature` (whose
 * `str()` renders parameters as 3.8 does, `/` and `*` markers included). Mirrors CPython 3.8
 * Lib/inspect.py.
 * @module
 */
import { PyCode, CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_ITERABLE_COROUTINE, codeType } from '../objects/code.ts';
import { newDict } from '../objects/dict.ts';
import { frameType } from '../objects/frame.ts';
import { PyFunction } from '../objects/function.ts';
import { PyClassFunction } from './abc-function.ts';
import { PyNativePyFunction } from '../objects/native-py-function.ts';
import { PyGenerator, generatorType } from '../objects/generator.ts';
import { coroutineType } from '../objects/coroutine.ts';
import { asyncGeneratorType } from '../objects/async-generator-object.ts';
import { objectIsInstance } from '../runtime/abstract-isinstance.ts';
import { newBool, newInt } from '../objects/int.ts';
import { PyMethod, methodType } from '../objects/method.ts';
import { moduleType } from '../objects/module.ts';
import { builtinFunctionType, type NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyPartial } from './functools-partial.ts';
import { internStr } from '../objects/str.ts';
import { tracebackType } from '../objects/traceback.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttrString, lookupType } from '../runtime/attributes.ts';
import { typeError } from '../runtime/errors.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { defineNativeModule } from './module-builder.ts';
import { signatureOf } from './inspect-signature.ts';
import { freeInspectClasses, makeInspectClasses } from './inspect-classes.ts';
import { bindArgs } from './abc-function.ts';
import { INSPECT_ARGSPEC, makeArgSpecs } from './inspect-argspec.ts';
import { INSPECT_CLASSTREE } from './inspect-classtree.ts';
import { INSPECT_FRAMES, makeFrameTuples } from './inspect-frames.ts';
import { INSPECT_MORE, isFunction, isRoutine } from './inspect-more.ts';
import { INSPECT_MEMBERS } from './inspect-members.ts';
import { INSPECT_FORMATARGSPEC } from './inspect-formatargspec.ts';
import { INSPECT_STRIP_SYNTAX } from './inspect-strip-syntax.ts';
import { INSPECT_STATIC } from './inspect-static.ts';
import { INSPECT_DOC } from './inspect-finddoc.ts';
import { INSPECT_SOURCE } from './inspect-source.ts';
import { INSPECT_ARGVALUES } from './inspect-argvalues.ts';
import { INSPECT_CLOSURE, forgetClosureVars, makeClosureVars } from './inspect-closure.ts';
import { INSPECT_MODULE_DOC } from './module-docs.ts';

function flag(o: PyObject, name: string): boolean {
  const v = getAttrString(o, name);
  try {
    return isTrue(v);
  } finally {
    decref(v);
  }
}

/** The state of a generator-like object from its `<prefix>_running` and `<prefix>_frame`. */
function genState(o: PyObject, prefix: 'gi' | 'cr', label: 'GEN' | 'CORO'): PyObject {
  if (flag(o, `${prefix}_running`)) return internStr(`${label}_RUNNING`);
  const frame = getAttrString(o, `${prefix}_frame`);
  try {
    if (frame === None) return internStr(`${label}_CLOSED`);
    const lasti = getAttrString(frame, 'f_lasti');
    const created = reprText(lasti) === '-1';
    decref(lasti);
    return internStr(created ? `${label}_CREATED` : `${label}_SUSPENDED`);
  } finally {
    decref(frame);
  }
}

function genKind(o: PyObject, kind: PyGenerator['kind']): boolean {
  return o instanceof PyGenerator && o.kind === kind;
}

/** `_has_code_flag`: through bound methods, then `functools._unwrap_partial`, a function's code flags. */
export function hasCodeFlag(f: PyObject, mask: number): boolean {
  let g = f;
  while (g instanceof PyMethod) g = g.func;
  while (g instanceof PyPartial && g.fn !== null) g = g.fn;
  // A native function standing for a Python one has the flags of CPython's code when known.
  if (g instanceof PyNativePyFunction) return ((g.codeParts?.spec.flags ?? g.codeFlags) & mask) !== 0;
  if (g instanceof PyClassFunction) return ((g.codeParts?.spec.flags ?? 0) & mask) !== 0;
  return g instanceof PyFunction && (g.code.co.flags & mask) !== 0;
}

function predicate(name: string, test: (o: PyObject) => boolean): NativeDef {
  return { name, kind: 'o', impl: (_m, args) => newBool(test(args[0] as PyObject)) };
}

function isAwaitable(o: PyObject): boolean {
  if (genKind(o, 'coroutine')) return true;
  if (o instanceof PyGenerator && o.kind === 'generator' && o.code !== null && (o.code.co.flags & CO_ITERABLE_COROUTINE) !== 0) return true;
  // `collections.abc.Awaitable`'s `_check_methods`: `__await__ = None` opts out.
  const method = lookupType(o.type, '__await__');
  return method !== null && method !== None;
}

const FUNCTIONS: NativeDef[] = [
  { name: 'getgeneratorstate', kind: 'o', impl: (_m, args) => genState(args[0] as PyObject, 'gi', 'GEN') },
  { name: 'getcoroutinestate', kind: 'o', impl: (_m, args) => genState(args[0] as PyObject, 'cr', 'CORO') },
  {
    name: 'getgeneratorlocals', kind: 'o',
    impl: (_m, args) => {
      const g = args[0] as PyObject;
      if (!(g instanceof PyGenerator && g.kind === 'generator')) throw typeError(`${reprText(g)} is not a Python generator`);
      if (g.frame === null) return newDict();
      return getAttrString(g.frame, 'f_locals');
    },
  },
  // `isinstance(object, types.GeneratorType)` and its kin: an object whose `__class__` names
  // the type counts too (PyObject_IsInstance's fallback).
  predicate('isgenerator', (o) => objectIsInstance(o, generatorType)),
  predicate('iscoroutine', (o) => objectIsInstance(o, coroutineType)),
  predicate('isasyncgen', (o) => objectIsInstance(o, asyncGeneratorType)),
  predicate('isawaitable', isAwaitable),
  predicate('isgeneratorfunction', (o) => hasCodeFlag(o, CO_GENERATOR)),
  predicate('iscoroutinefunction', (o) => hasCodeFlag(o, CO_COROUTINE)),
  predicate('isasyncgenfunction', (o) => hasCodeFlag(o, CO_ASYNC_GENERATOR)),
  predicate('isfunction', isFunction),
  predicate('ismethod', (o) => o.type === methodType),
  predicate('isclass', (o) => o instanceof PyType),
  predicate('isbuiltin', (o) => o.type === builtinFunctionType),
  predicate('isframe', (o) => o.type === frameType),
  predicate('iscode', (o) => o.type === codeType || o instanceof PyCode),
  predicate('ismodule', (o) => o.type === moduleType || o.type.mro.includes(moduleType)),
  predicate('istraceback', (o) => o.type === tracebackType),
  predicate('isroutine', isRoutine),
  {
    name: 'currentframe', kind: 'noargs',
    impl: () => incref(tstate.frame ?? None),
  },
  {
    name: 'signature', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      // `signature(obj, *, follow_wrapped=True)`.
      const npos = args.length - (kwnames?.length ?? 0);
      if (npos > 1) throw typeError(`signature() takes 1 positional argument but ${npos} were given`);
      const [obj, follow] = bindArgs('signature', args, kwnames, ['obj', 'follow_wrapped'], 1);
      return signatureOf(obj as PyObject, null, follow === undefined || isTrue(follow));
    },
  },
  ...INSPECT_MORE,
  ...INSPECT_DOC,
  ...INSPECT_MEMBERS,
  ...INSPECT_FORMATARGSPEC,
  ...INSPECT_STRIP_SYNTAX,
  ...INSPECT_ARGSPEC,
  ...INSPECT_CLASSTREE,
  ...INSPECT_FRAMES,
  ...INSPECT_STATIC,
  ...INSPECT_SOURCE,
  ...INSPECT_ARGVALUES,
  ...INSPECT_CLOSURE,
];


/** `dis.COMPILER_FLAG_NAMES`, in its order. */
const CO_FLAG_NAMES: readonly (readonly [string, number])[] = [
  ['OPTIMIZED', 1], ['NEWLOCALS', 2], ['VARARGS', 4], ['VARKEYWORDS', 8], ['NESTED', 16], ['GENERATOR', 32],
  ['NOFREE', 64], ['COROUTINE', 128], ['ITERABLE_COROUTINE', 256], ['ASYNC_GENERATOR', 512],
];

defineNativeModule({
  name: 'inspect',
  doc: INSPECT_MODULE_DOC,
  functions: FUNCTIONS,
  values: () => [
    ...['GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED', 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED']
      .map((n) => [n, internStr(n)] as const),
    // `for k, v in dis.COMPILER_FLAG_NAMES.items(): globals()["CO_" + v] = k`.
    ...CO_FLAG_NAMES.map(([n, v]) => [`CO_${n}`, newInt(v)] as const),
    ...makeInspectClasses((cls, obj, follow) => signatureOf(obj, cls, follow)),
    ...makeArgSpecs(),
    makeClosureVars(),
    ...makeFrameTuples(),
  ],
  free: () => {
    forgetClosureVars();
    freeInspectClasses();
  },
});
