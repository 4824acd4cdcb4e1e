/**
 * `inspect.signature`: a real `Signature` object (Parameter objects in a mappingproxy) for Python functions, bound methods, functions
 * wrapped with `functools.wraps` (`__wrapped__`), `__signature__`, `functools.partial`,
 * `functools.partialmethod` (`_partialmethod`), classes (their `__call__`, `__new__` or `__init__`),
 * callable instances and built-ins (their `__text_signature__`, inspect-text-signature.ts).
 * Mirrors CPython 3.8 Lib/inspect.py `_signature_from_callable`.
 * @module
 */
import { PyDict, dictItems, isDict } from '../objects/dict.ts';
import { PyCode } from '../objects/code.ts';
import { PyFunction } from '../objects/function.ts';
import { PyNativePyFunction } from '../objects/native-py-function.ts';
import { PyMethod } from '../objects/method.ts';
import { None } from '../objects/singletons.ts';
import { PyStr } from '../objects/str.ts';
import { PyTuple } from '../objects/tuple.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttrString, lookupAttrString } from '../runtime/attributes.ts';
import { objectType, typeType } from '../runtime/core-types.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { PyObject, PyType, decref, incref } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { boundSig, codeSig, functionSig, partialSig, type Sig } from './inspect-params.ts';
import { inspectClasses } from './inspect-classes.ts';
import { readSigObject } from './inspect-parameter.ts';
import { newSignatureObject } from './inspect-signature-objects.ts';
import { partialType } from './functools-partial.ts';
import { isMethodDescriptor } from './inspect-more.ts';
import { textSignature, textSignatureOf } from './inspect-text-signature.ts';
import { notStr } from './inspect-strip-syntax.ts';
import { isTrue } from '../runtime/abstract-compare.ts';

/** Where `sigOf` is: its depth, whether it follows `__wrapped__`, and the `__signature__` objects it read (held until it returns). */
interface Walk {
  readonly depth: number;
  readonly follow: boolean;
  /** `skip_bound_arg`: whether bound methods and classes lose their first parameter (False for `getfullargspec`). */
  readonly skipBound: boolean;
  readonly held: PyObject[];
}

/** A signature in the parameter model, or a Signature object found in `__signature__` (a new reference, also held by the walk). */
type Found = Sig | PyObject;

const deeper = (w: Walk): Walk => ({ ...w, depth: w.depth + 1 });

/** `_signature_bound_method(sig)` when the walk skips bound arguments. */
const bound = (w: Walk, s: Sig): Sig => (w.skipBound ? boundSig(s) : s);

/** The types `_signature_get_user_defined_method` treats as not user-defined (`_NonUserDefinedCallables`). */
const NON_USER_DEFINED = new Set(['wrapper_descriptor', 'method-wrapper', 'classmethod_descriptor', 'builtin_function_or_method']);

/** Runs `f` on `obj`'s attribute `name` if it has one (a new reference released afterwards). */
function withAttr<T>(obj: PyObject, name: string, f: (v: PyObject) => T): T | undefined {
  const v = lookupAttrString(obj, name);
  if (v === null) return undefined;
  try {
    return f(v);
  } finally {
    decref(v);
  }
}

/** `_signature_get_user_defined_method(cls, name)`: the attribute unless it is a built-in slot. */
function userDefined<T>(cls: PyObject, name: string, f: (meth: PyObject) => T): T | undefined {
  return withAttr(cls, name, (meth) => (NON_USER_DEFINED.has(meth.type.name) ? undefined : f(meth)));
}

/**
 * `_signature_is_functionlike(obj)` then `_signature_from_function`: an object (not a class)
 * with a code object in `__code__`, a str `__name__`, `__defaults__` None or a tuple,
 * `__kwdefaults__` None or a dict and a dict in `__annotations__`. The attributes read are held
 * by the walk.
 */
function functionLikeSig(obj: PyObject, w: Walk): Sig | undefined {
  if (obj instanceof PyType) return undefined;
  const read = (name: string): PyObject | null => {
    const v = lookupAttrString(obj, name);
    if (v !== null) w.held.push(v);
    return v;
  };
  const name = read('__name__');
  const code = read('__code__');
  const defaults = read('__defaults__');
  const kwdefaults = read('__kwdefaults__');
  const annotations = read('__annotations__');
  if (!(code instanceof PyCode) || !(name instanceof PyStr)) return undefined;
  if (defaults === null || (defaults !== None && !(defaults instanceof PyTuple))) return undefined;
  if (kwdefaults === null || (kwdefaults !== None && !isDict(kwdefaults))) return undefined;
  if (annotations === null || !isDict(annotations)) return undefined;
  return codeSig(code.co, defaults instanceof PyTuple ? defaults.items : [], kwdefaults === None ? null : kwdefaults as PyDict, annotations);
}

/**
 * `_signature_from_function`'s first step: a function (or a duck-typed one) whose
 * `__text_signature__` is a non-empty str has the signature that text gives (`_signature_fromstr`
 * with `skip_bound_arg=True`: unbound, so a `$self` parameter stays, positional-only).
 */
function ownTextSig(obj: PyObject, w: Walk): Sig | undefined {
  return withAttr(obj, '__text_signature__', (t) => {
    if (!isTrue(t)) return undefined;
    // `_signature_strip_non_python_syntax` splits it first: what is no str fails there.
    if (!(t instanceof PyStr)) notStr(t, 'split', '\n');
    return textSignature(obj, t.value, true, w.held);
  });
}

/** `_signature_from_callable(obj)`, on the parameter model; `text` is set when `__signature__` gives one. */
function sigOf(obj: PyObject, w: Walk): Found {
  if (w.depth > tstate.recursionLimit) throw valueError('wrapper loop when unwrapping');
  if (obj.type.call === undefined) throw typeError(`${reprText(obj)} is not a callable object`);
  if (obj instanceof PyMethod) {
    return bound(w, plain(sigOf(obj.func, deeper(w)), w));
  }
  // `unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))`.
  const wrapped = w.follow ? lookupAttrString(obj, '__wrapped__') : null;
  if (wrapped !== null) {
    try {
      const stop = withAttr(obj, '__signature__', () => true) === true;
      if (!stop) return sigOf(wrapped, deeper(w));
    } finally {
      decref(wrapped);
    }
  }
  const own = withAttr(obj, '__signature__', (s): PyObject | null => {
    if (s === None) return null;
    if (!s.type.mro.includes(inspectClasses().signature)) throw typeError(`unexpected object ${reprText(s)} in __signature__ attribute`);
    w.held.push(incref(s));
    return s;
  });
  if (own !== undefined && own !== null) return own;
  const pm = withAttr(obj, '_partialmethod', (p) => (isPartialMethod(p) ? partialMethodSig(p, w) : undefined));
  if (pm !== undefined) return pm;
  if (obj instanceof PyFunction) return ownTextSig(obj, w) ?? functionSig(obj);
  const duck = functionLikeSig(obj, w);
  if (duck !== undefined) return ownTextSig(obj, w) ?? duck;
  if (obj instanceof PyNativePyFunction && obj.signature !== null) return { params: obj.signature.params.map((p) => ({ ...p, annotation: null })), ret: null };
  if (isBuiltinCallable(obj)) return builtinSig(obj, w);
  if (obj.type.isSubtype(partialType)) return partialOf(obj, w);
  if (obj instanceof PyType) return classSig(obj, w);
  if (!NON_USER_DEFINED.has(obj.type.name)) {
    const call = userDefined(obj.type, '__call__', (c) => sigOf(c, deeper(w)));
    if (call !== undefined) return bound(w, plain(call, w));
  }
  throw valueError(`callable ${reprText(obj)} is not supported by signature`);
}

/** `_signature_is_builtin`: a built-in function, a method descriptor, a slot wrapper, `type` or `object`. */
function isBuiltinCallable(obj: PyObject): boolean {
  return obj.type.name === 'builtin_function_or_method' || isMethodDescriptor(obj) || NON_USER_DEFINED.has(obj.type.name) || obj === typeType || obj === objectType;
}

/** `_signature_from_builtin`: the signature its `__text_signature__` gives. */
function builtinSig(obj: PyObject, w: Walk): Sig {
  const text = textSignatureOf(obj);
  if (text === null) throw valueError(`no signature found for builtin ${reprText(obj)}`);
  return textSignature(obj, text, w.skipBound, w.held);
}

/** `isinstance(p, functools.partialmethod)`. */
function isPartialMethod(p: PyObject): boolean {
  return p.type.mro.some((t) => t.name === 'partialmethod' && t.module === 'functools');
}

/** The signature as parameters (those of a `__signature__` found on the way are borrowed from it, which the walk holds). */
function plain(s: Found, _w: Walk): Sig {
  return s instanceof PyObject ? readSigObject(s, inspectClasses()) : s;
}

/** A partial's (or partialmethod's) frozen `args` and `keywords`, borrowed while `f` runs. */
function frozenArgs<T>(p: PyObject, f: (args: readonly PyObject[], kw: ReadonlyMap<string, PyObject>) => T): T {
  const args = getAttrString(p, 'args');
  try {
    const kwObj = getAttrString(p, 'keywords');
    try {
      const kw = new Map<string, PyObject>();
      if (kwObj instanceof PyDict) for (const [k, v] of dictItems(kwObj)) if (k instanceof PyStr) kw.set(k.value, v);
      return f(args instanceof PyTuple ? args.items : [], kw);
    } finally {
      decref(kwObj);
    }
  } finally {
    decref(args);
  }
}

/** The signature of `functools.partial` objects. */
function partialOf(p: PyObject, w: Walk): Sig {
  const func = getAttrString(p, 'func');
  try {
    const wrapped = plain(sigOf(func, deeper(w)), w);
    return frozenArgs(p, (args, kw) => partialSig(wrapped, args, kw, () => reprText(p)));
  } finally {
    decref(func);
  }
}

/** An unbound `partialmethod`: a partial that leaves the first parameter (`self`/`cls`) in place. */
function partialMethodSig(pm: PyObject, w: Walk): Sig {
  const func = getAttrString(pm, 'func');
  try {
    const wrapped = plain(sigOf(func, deeper(w)), w);
    const sig = frozenArgs(pm, (args, kw) => partialSig(wrapped, [None, ...args], kw, () => reprText(pm)));
    const first = wrapped.params[0];
    if (first === undefined || first.kind === 'VAR_POSITIONAL') return sig;
    return { params: [first, ...sig.params], ret: sig.ret };
  } finally {
    decref(func);
  }
}

/** A class: its metaclass's `__call__`, else its `__new__`, else its `__init__`, without `cls`/`self`. */
function classSig(cls: PyType, w: Walk): Found {
  const of = (s: Found): Sig => bound(w, plain(s, w));
  const call = userDefined(cls.type, '__call__', (c) => of(sigOf(c, deeper(w))));
  if (call !== undefined) return call;
  const made = userDefined(cls, '__new__', (n) => of(sigOf(n, deeper(w)))) ?? userDefined(cls, '__init__', (i) => of(sigOf(i, deeper(w))));
  if (made !== undefined) return made;
  for (const base of cls.mro.slice(0, -1)) {
    const text = textSignatureOf(base);
    if (text !== null) return textSignature(cls, text, true, w.held);
  }
  // A metaclass without its own `__call__`, `__new__` or `__init__` reaches the end of
  // `_signature_from_callable` (`type not in obj.__mro__` guards the rest).
  if (cls.mro.includes(typeType)) throw valueError(`callable ${reprText(cls)} is not supported by signature`);
  const usesObject = cls.mro.every((t) => t === objectType || (!t.dict.storage.keys.some((k) => k instanceof PyStr && (k.value === '__init__' || k.value === '__new__'))));
  if (usesObject) return { params: [], ret: null };
  throw valueError(`no signature found for builtin type ${reprText(cls)}`);
}

/**
 * `inspect.signature(obj)` and `Signature.from_callable(obj)`: `_signature_from_callable`.
 *
 * @param obj - a callable.
 * @param cls - the Signature class to make (`sigcls`), by default `inspect.Signature`.
 * @param follow - `follow_wrapped`: whether `__wrapped__` chains are followed.
 * @returns a new Signature object (a `__signature__` found on the way as it is).
 * @see CPython 3.8 Lib/inspect.py `_signature_from_callable`
 */
export function signatureOf(obj: PyObject, cls: PyObject | null = null, follow = true): PyObject {
  const w: Walk = { depth: 0, follow, skipBound: true, held: [] };
  try {
    const s = sigOf(obj, w);
    if (s instanceof PyObject) return incref(s);
    const k = inspectClasses();
    return newSignatureObject(cls ?? k.signature, s, k);
  } finally {
    for (const h of w.held) decref(h);
  }
}

/**
 * `_signature_from_callable(obj, follow_wrapper_chains=False, skip_bound_arg=False)` on the
 * parameter model, as `getfullargspec` asks for it: `f` runs while the objects it borrows live.
 *
 * @param obj - a callable.
 * @param f - what to do with the signature.
 * @returns what `f` returns.
 * @see CPython 3.8 Lib/inspect.py `getfullargspec`
 */
export function withUnboundSig<T>(obj: PyObject, f: (sig: Sig) => T): T {
  const w: Walk = { depth: 0, follow: false, skipBound: false, held: [] };
  try {
    return f(plain(sigOf(obj, w), w));
  } finally {
    for (const h of w.held) decref(h);
  }
}
