/**
 * The argument tuple and keyword dict of a call through `tp_call`. CPython 3.8's `type` has no
 * vectorcall, so calling any class packs the positional arguments into a tuple (and the keywords
 * into a dict) that lives for the whole call: it holds a reference to each argument (seen by
 * `sys.getrefcount` inside `__init__`, or from a generator that `list(gen)` is consuming) and its
 * memory comes from the tuple and dict free lists. Mirrors CPython 3.8 Objects/call.c
 * `_PyObject_MakeTpCall` (`_PyTuple_FromArray`, `_PyStack_AsDict`).
 * @module
 */
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { PyFrame } from './frame.ts';
import { newDict, dictSet, type PyDict } from './dict.ts';
import { internedStr, newStr } from './str.ts';
import { newTupleStealing, type PyTuple } from './tuple.ts';
import type { NativeImpl } from './native-function.ts';

/** What {@link holdCallArguments} made when there were keywords: the tuple (null for none) and the dict. */
export class HeldWithKeywords {
  readonly tuple: PyTuple | null;
  readonly kwargs: PyDict;

  constructor(tuple: PyTuple | null, kwargs: PyDict) {
    this.tuple = tuple;
    this.kwargs = kwargs;
  }
}

/** What {@link holdCallArguments} made: the argument tuple alone, both with a keyword dict, or nothing. */
export type HeldCallArguments = PyTuple | HeldWithKeywords | null;

/** `CALL_FUNCTION_EX`'s opcode. */
const CALL_FUNCTION_EX = 142;

/**
 * Whether the running Python frame is at `CALL_FUNCTION_EX`: `f(*args, **kw)` hands its own tuple
 * and dict to `PyObject_Call`, so `tp_call` gets them without a new pack (and the interpreter
 * already holds the keyword values for the unpacking further in).
 */
export function callerPassesTuple(): boolean {
  const f = tstate.frame;
  return f instanceof PyFrame && f.lasti >= 0 && f.code.co.code[f.lasti] === CALL_FUNCTION_EX;
}

/**
 * Packs a vectorcall-style argument array as `_PyObject_MakeTpCall` does before calling `tp_call`.
 * @param args - positional arguments, then the keyword values named by `kwnames`
 * @param kwnames - the keyword names, or null
 * @returns the objects to release after the call with {@link releaseCallArguments}
 * @see CPython 3.8 Objects/call.c _PyObject_MakeTpCall
 */
export function holdCallArguments(args: readonly PyObject[], kwnames: readonly string[] | null): HeldCallArguments {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  // `()` is a shared singleton: an empty call allocates nothing.
  if ((npos === 0 && nkw === 0) || callerPassesTuple()) return null;
  let tuple: PyTuple | null = null;
  if (npos > 0) {
    const items = args.slice(0, npos);
    for (const o of items) incref(o);
    tuple = newTupleStealing(items);
  }
  if (kwnames === null || nkw === 0) return tuple;
  const kwargs = newDict();
  for (let i = 0; i < nkw; i++) {
    const name = kwnames[i] as string;
    // The names come from the code's constants: interned identifiers, nothing to allocate.
    const interned = internedStr(name);
    const key = interned ?? newStr(name);
    dictSet(kwargs, key, args[npos + i] as PyObject);
    if (interned === null) decref(key);
  }
  return new HeldWithKeywords(tuple, kwargs);
}

/**
 * Releases what {@link holdCallArguments} made, the tuple first, as `_PyObject_MakeTpCall` does.
 * @param held - the result of {@link holdCallArguments}
 * @see CPython 3.8 Objects/call.c _PyObject_MakeTpCall
 */
export function releaseCallArguments(held: HeldCallArguments): void {
  if (held === null) return;
  if (held instanceof HeldWithKeywords) {
    if (held.tuple !== null) decref(held.tuple);
    decref(held.kwargs);
    return;
  }
  decref(held);
}

/**
 * A `METH_VARARGS` builtin (`min`, `max`, `dir`, `vars`, `__import__`): the implementation runs
 * while its arguments sit in a tuple (and keywords in a dict), as `_PyMethodDef_RawFastCallKeywords`
 * packs them for such a function.
 * @param impl - the implementation, taking the vectorcall-style arguments
 * @returns an implementation that holds the packed arguments around `impl`
 * @see CPython 3.8 Objects/call.c _PyMethodDef_RawFastCallKeywords
 */
export function varargsImpl(impl: NativeImpl): NativeImpl {
  const packed: NativeImpl = (self, args, kwnames) => {
    const held = holdCallArguments(args, kwnames);
    try {
      return impl(self, args, kwnames);
    } finally {
      releaseCallArguments(held);
    }
  };
  varargsImpls.add(packed);
  return packed;
}

const varargsImpls = new WeakSet<NativeImpl>();

/**
 * Whether `impl` was made by {@link varargsImpl}: a `METH_VARARGS` function. Called as a
 * builtin function or bound method it has no vectorcall, so the call goes through
 * `_PyObject_MakeTpCall` and then `cfunction_call_varargs`, each a recursion level.
 */
export function isVarargsImpl(impl: NativeImpl): boolean {
  return varargsImpls.has(impl);
}

/**
 * `_PyObject_Call_Prepend` with keywords (`slot_tp_init`, `slot_tp_new`): `_PyObject_FastCallDict`
 * unpacks the dict for the vectorcall, so while `call` runs every argument, the prepended one
 * included, has one more reference and the keyword names sit in a new tuple.
 * @param args - the arguments as `call` gets them, `self` or the type first
 * @param kwnames - the keyword names, or null (then nothing is held)
 * @param call - makes the call
 * @returns what `call` returns
 * @see CPython 3.8 Objects/call.c _PyStack_UnpackDict
 */
export function withUnpackedKeywords<T>(args: readonly PyObject[], kwnames: readonly string[] | null, call: () => T): T {
  if (kwnames === null || kwnames.length === 0) return call();
  const kwTuple = newTupleStealing(kwnames.map((n) => {
    const interned = internedStr(n);
    return interned === null ? newStr(n) : incref(interned);
  }));
  // Under `f(*a, **kw)` the interpreter already holds the keyword values for this unpacking.
  const held = callerPassesTuple() ? args.slice(0, args.length - kwnames.length) : args;
  for (const a of held) incref(a);
  try {
    return call();
  } finally {
    // `_PyStack_UnpackDict_Free`: the arguments, then the names.
    for (const a of held) decref(a);
    decref(kwTuple);
  }
}
