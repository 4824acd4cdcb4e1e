/**
 * `inspect.signature`: a `Signature` object whose `str()` is 3.8's rendering,
 * `(a, b=1, /, c, *args, d, **kw) -> ann`, for Python functions, bound methods, functions
 * wrapped with `functools.wraps` (`__wrapped__`), `__signature__`, `functools.partial`,
 * `functools.partialmethod` (`_partialmethod`), classes (their `__call__`, `__new__` or `__init__`)
 * and callable instances. Mirrors CPython 3.8 Lib/inspect.py `_signature_from_callable`.
 * Builtins have no signature here (ValueError), unlike CPython's text signatures.
 * @module
 */
import { PyDict, dictItems } from '../objects/dict.ts';
import { PyFunction } from '../objects/function.ts';
import { PyMethod } from '../objects/method.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { PyTuple } from '../objects/tuple.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttrString, lookupAttrString } from '../runtime/attributes.ts';
import { objectType, staticType } from '../runtime/core-types.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, decref, freeObject, incref } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { boundSig, functionSig, partialSig, renderSig, type Sig } from './inspect-params.ts';
import { partialType } from './functools-partial.ts';

/** `inspect.Signature` (rendered once; corosim keeps the text only). */
export const signatureType: PyType = staticType({ name: 'Signature', module: 'inspect', basicsize: 32 });

class PySignature extends PyObject {
  text = '()';
}

signatureType.str = (self) => newStr((self as PySignature).text);
signatureType.repr = (self) => newStr(`<Signature ${(self as PySignature).text}>`);
signatureType.dealloc = (self) => { freeObject(self); };

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

/** `_signature_from_callable(obj)`, on the parameter model; `text` is set when `__signature__` gives one. */
function sigOf(obj: PyObject, depth: number): Sig | PySignature {
  if (depth > tstate.recursionLimit) throw valueError('wrapper loop when unwrapping');
  if (obj.type.call === undefined) throw typeError(`${reprText(obj)} is not a callable object`);
  if (obj instanceof PyMethod) {
    const inner = sigOf(obj.func, depth + 1);
    return inner instanceof PySignature ? inner : boundSig(inner);
  }
  // `unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))`.
  const wrapped = lookupAttrString(obj, '__wrapped__');
  if (wrapped !== null) {
    try {
      const stop = withAttr(obj, '__signature__', () => true) === true;
      if (!stop) return sigOf(wrapped, depth + 1);
    } finally {
      decref(wrapped);
    }
  }
  const own = withAttr(obj, '__signature__', (s): PySignature | null => {
    if (s === None) return null;
    if (!(s instanceof PySignature)) throw typeError(`unexpected object ${reprText(s)} in __signature__ attribute`);
    return incref(s);
  });
  if (own !== undefined && own !== null) return own;
  const pm = withAttr(obj, '_partialmethod', (p) => (isPartialMethod(p) ? partialMethodSig(p, depth) : undefined));
  if (pm !== undefined) return pm;
  if (obj instanceof PyFunction) return functionSig(obj);
  if (obj.type.name === 'builtin_function_or_method') throw valueError(`no signature found for builtin ${reprText(obj)}`);
  if (obj.type.isSubtype(partialType)) return partialOf(obj, depth);
  if (obj instanceof PyType) return classSig(obj, depth);
  if (!NON_USER_DEFINED.has(obj.type.name)) {
    const call = userDefined(obj.type, '__call__', (c) => sigOf(c, depth + 1));
    if (call !== undefined) return call instanceof PySignature ? call : boundSig(call);
  }
  throw valueError(`callable ${reprText(obj)} is not supported by signature`);
}

/** `isinstance(p, functools.partialmethod)`. */
function isPartialMethod(p: PyObject): boolean {
  return p.type.mro.some((t) => t.name === 'partialmethod' && t.module === 'functools');
}

/** The signature as parameters, or the text of a `__signature__` found on the way. */
function plain(s: Sig | PySignature): Sig {
  if (s instanceof PySignature) {
    // DEVIATION(cpython): a Signature found on the way keeps only its text here, so it cannot be transformed further.
    decref(s);
    throw valueError('cannot transform a __signature__ in corosim');
  }
  return s;
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
function partialOf(p: PyObject, depth: number): Sig {
  const func = getAttrString(p, 'func');
  try {
    const wrapped = plain(sigOf(func, depth + 1));
    return frozenArgs(p, (args, kw) => partialSig(wrapped, args, kw, () => reprText(p)));
  } finally {
    decref(func);
  }
}

/** An unbound `partialmethod`: a partial that leaves the first parameter (`self`/`cls`) in place. */
function partialMethodSig(pm: PyObject, depth: number): Sig {
  const func = getAttrString(pm, 'func');
  try {
    const wrapped = plain(sigOf(func, depth + 1));
    const sig = frozenArgs(pm, (args, kw) => partialSig(wrapped, [None, ...args], kw, () => reprText(pm)));
    const first = wrapped.params[0];
    if (first === undefined || first.kind === 'VAR_POSITIONAL') return sig;
    return { params: [first, ...sig.params], ret: sig.ret };
  } finally {
    decref(func);
  }
}

/** A class: its metaclass's `__call__`, else its `__new__`, else its `__init__`, without `cls`/`self`. */
function classSig(cls: PyType, depth: number): Sig | PySignature {
  const bound = (s: Sig | PySignature): Sig | PySignature => (s instanceof PySignature ? s : boundSig(s));
  const call = userDefined(cls.type, '__call__', (c) => bound(sigOf(c, depth + 1)));
  if (call !== undefined) return call;
  const made = userDefined(cls, '__new__', (n) => bound(sigOf(n, depth + 1))) ?? userDefined(cls, '__init__', (i) => bound(sigOf(i, depth + 1)));
  if (made !== undefined) return made;
  const usesObject = cls.mro.every((t) => t === objectType || (!t.dict.storage.keys.some((k) => k instanceof PyStr && (k.value === '__init__' || k.value === '__new__'))));
  if (usesObject) return { params: [], ret: null };
  throw valueError(`no signature found for builtin type ${reprText(cls)}`);
}

/**
 * `inspect.signature(obj)`.
 *
 * @param obj - a callable.
 * @returns a new Signature object.
 * @see CPython 3.8 Lib/inspect.py `_signature_from_callable`
 */
export function signatureOf(obj: PyObject): PyObject {
  const s = sigOf(obj, 0);
  if (s instanceof PySignature) return s;
  const sig = new PySignature(signatureType, allocateAddress(signatureType));
  sig.text = renderSig(s);
  return sig;
}
