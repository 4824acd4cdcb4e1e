/**
 * The parameter lists behind `inspect.signature`: parameters read from a function's code object,
 * rendered as `Signature.__str__` renders them, dropped for a bound method, and transformed for a
 * `functools.partial` (`bind_partial`, then positional parameters that were filled disappear and
 * keywords become keyword-only defaults). Mirrors CPython 3.8 Lib/inspect.py
 * `_signature_from_function`, `Signature._bind`, `_signature_get_partial`, `Parameter.__str__` and
 * `Signature.__str__`.
 * @module
 */
import type { CodeObject } from '../bytecode/code-object.ts';
import { CO_VARARGS, CO_VARKEYWORDS } from '../objects/code.ts';
import { PyDict, dictGetStr } from '../objects/dict.ts';
import type { PyFunction } from '../objects/function.ts';
import { PyTuple } from '../objects/tuple.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { valueError } from '../runtime/errors.ts';
import { PyType, type PyObject } from '../runtime/object.ts';

/** `Parameter.kind`, in the order parameters must come. */
export type ParamKind = 'POSITIONAL_ONLY' | 'POSITIONAL_OR_KEYWORD' | 'VAR_POSITIONAL' | 'KEYWORD_ONLY' | 'VAR_KEYWORD';

/** One parameter; `dflt` and `annotation` are borrowed (null for `Parameter.empty`). */
export interface Param {
  readonly name: string;
  readonly kind: ParamKind;
  readonly dflt: PyObject | null;
  readonly annotation: PyObject | null;
}

/** A signature: its parameters and return annotation (borrowed; null when there is none). */
export interface Sig {
  readonly params: readonly Param[];
  readonly ret: PyObject | null;
}

/**
 * `_signature_from_function`: the parameters of a Python function.
 *
 * @param f - the function.
 * @returns its signature (objects borrowed from the function).
 */
export function functionSig(f: PyFunction): Sig {
  return codeSig(
    f.code.co,
    f.defaults instanceof PyTuple ? f.defaults.items : [],
    f.kwdefaults instanceof PyDict ? f.kwdefaults : null,
    f.annotations instanceof PyDict ? f.annotations : null,
  );
}

/**
 * `_signature_from_function` on the parts it reads: the code object, `__defaults__`,
 * `__kwdefaults__` and `__annotations__` (of a function, or of a function-like object).
 *
 * @param co - the code object.
 * @param defaults - the positional defaults.
 * @param kwdefaults - the keyword-only defaults, or null.
 * @param ann - the annotations, or null.
 * @returns the signature (objects borrowed from the arguments).
 */
export function codeSig(co: CodeObject, defaults: readonly PyObject[], kwdefaults: PyDict | null, ann: PyDict | null): Sig {
  const names = co.varnames;
  const annOf = (name: string): PyObject | null => (ann === null ? null : dictGetStr(ann, name));
  const params: Param[] = [];
  const npos = co.argcount;
  // `positional[:non_default_count]` take no default. With more defaults than positional
  // parameters that count is negative and slices from the end, and the parameters after it take
  // the defaults from the first one on (`defaults[offset]`), not the last ones.
  const nonDefault = npos - defaults.length;
  const firstDefault = nonDefault >= 0 ? nonDefault : Math.max(0, npos + nonDefault);
  for (let i = 0; i < npos; i++) {
    const name = names[i] ?? '';
    params.push({
      name,
      kind: i < co.posonlyargcount ? 'POSITIONAL_ONLY' : 'POSITIONAL_OR_KEYWORD',
      dflt: i >= firstDefault ? (defaults[i - firstDefault] ?? null) : null,
      annotation: annOf(name),
    });
  }
  let idx = npos + co.kwonlyargcount;
  if ((co.flags & CO_VARARGS) !== 0) {
    const name = names[idx] ?? '';
    params.push({ name, kind: 'VAR_POSITIONAL', dflt: null, annotation: annOf(name) });
    idx++;
  }
  for (let i = npos; i < npos + co.kwonlyargcount; i++) {
    const name = names[i] ?? '';
    params.push({ name, kind: 'KEYWORD_ONLY', dflt: kwdefaults === null ? null : dictGetStr(kwdefaults, name), annotation: annOf(name) });
  }
  if ((co.flags & CO_VARKEYWORDS) !== 0) {
    const name = names[idx] ?? '';
    params.push({ name, kind: 'VAR_KEYWORD', dflt: null, annotation: annOf(name) });
  }
  return { params, ret: annOf('return') };
}

/**
 * `_signature_bound_method`: the signature without its first parameter (`self`), unless that
 * one is `*args`.
 *
 * @param sig - the function's signature.
 * @returns the bound method's signature.
 */
export function boundSig(sig: Sig): Sig {
  const first = sig.params[0];
  if (first === undefined || first.kind === 'VAR_KEYWORD' || first.kind === 'KEYWORD_ONLY') throw valueError('invalid method signature');
  if (first.kind === 'VAR_POSITIONAL') return sig;
  return { params: sig.params.slice(1), ret: sig.ret };
}

/** `formatannotation`. */
function formatAnnotation(a: PyObject): string {
  if (a instanceof PyType) return a.module === 'builtins' ? a.qualname : `${a.module}.${a.qualname}`;
  return reprText(a);
}

/**
 * `Parameter.__str__`: `b: int = 2`, `*args`, `**kw`.
 *
 * @param p - the parameter.
 * @returns its text.
 * @see CPython 3.8 Lib/inspect.py `Parameter.__str__`
 */
export function renderParam(p: Param): string {
  let text = p.kind === 'VAR_POSITIONAL' ? `*${p.name}` : p.kind === 'VAR_KEYWORD' ? `**${p.name}` : p.name;
  if (p.annotation !== null) text += `: ${formatAnnotation(p.annotation)}`;
  if (p.dflt !== null) text += p.annotation !== null ? ` = ${reprText(p.dflt)}` : `=${reprText(p.dflt)}`;
  return text;
}

/**
 * `Signature.__str__`: `(a, b=1, /, c, *args, d, **kw) -> ann`.
 *
 * @param sig - the signature.
 * @returns its text.
 */
export function renderSig(sig: Sig): string {
  const result: string[] = [];
  let posOnlySeparator = false;
  let kwOnlySeparator = true;
  for (const p of sig.params) {
    const text = renderParam(p);
    if (p.kind === 'POSITIONAL_ONLY') posOnlySeparator = true;
    else if (posOnlySeparator) {
      result.push('/');
      posOnlySeparator = false;
    }
    if (p.kind === 'VAR_POSITIONAL') kwOnlySeparator = false;
    else if (p.kind === 'KEYWORD_ONLY' && kwOnlySeparator) {
      result.push('*');
      kwOnlySeparator = false;
    }
    result.push(text);
  }
  if (posOnlySeparator) result.push('/');
  let text = `(${result.join(', ')})`;
  if (sig.ret !== null) text += ` -> ${formatAnnotation(sig.ret)}`;
  return text;
}

/**
 * `Signature.bind_partial(*args, **kwargs)`: the parameter names that received a value, with
 * the value; null when the arguments do not fit (`bind_partial` raises TypeError).
 */
function bindPartial(sig: Sig, args: readonly PyObject[], kwargs: ReadonlyMap<string, PyObject>): Map<string, PyObject> | null {
  const bound = new Map<string, PyObject>();
  const kw = new Map(kwargs);
  let p = 0;
  const params = sig.params;
  for (let i = 0; i < args.length; i++) {
    const param = params[p++];
    if (param === undefined || param.kind === 'VAR_KEYWORD' || param.kind === 'KEYWORD_ONLY') return null;
    if (param.kind === 'VAR_POSITIONAL') {
      // The rest of the positional arguments go to *args; only its presence matters here.
      bound.set(param.name, args[i] as PyObject);
      break;
    }
    if (kw.has(param.name) && param.kind !== 'POSITIONAL_ONLY') return null;
    bound.set(param.name, args[i] as PyObject);
  }
  let kwargsParam: Param | null = null;
  for (; p < params.length; p++) {
    const param = params[p] as Param;
    if (param.kind === 'VAR_KEYWORD') {
      kwargsParam = param;
      continue;
    }
    if (param.kind === 'VAR_POSITIONAL') continue;
    const value = kw.get(param.name);
    if (value === undefined) continue;
    if (param.kind === 'POSITIONAL_ONLY') return null;
    kw.delete(param.name);
    bound.set(param.name, value);
  }
  if (kw.size > 0) {
    if (kwargsParam === null) return null;
    bound.set(kwargsParam.name, [...kw.values()][0] as PyObject);
  }
  return bound;
}

/**
 * `_signature_get_partial`: the signature of `partial(f, *args, **keywords)` given f's.
 *
 * @param wrapped - the signature of the partial's function.
 * @param args - the frozen positional arguments (with `None` first for a partialmethod).
 * @param keywords - the frozen keyword arguments.
 * @param partialRepr - the partial's repr, for the error when the arguments do not fit.
 * @returns the new signature.
 */
export function partialSig(wrapped: Sig, args: readonly PyObject[], keywords: ReadonlyMap<string, PyObject>, partialRepr: () => string): Sig {
  const bound = bindPartial(wrapped, args, keywords);
  if (bound === null) throw valueError(`partial object ${partialRepr()} has incorrect arguments`);
  // An insertion-ordered map, so that `move_to_end` is delete-then-set.
  const next = new Map<string, Param>(wrapped.params.map((p) => [p.name, p]));
  let toKwOnly = false;
  for (const param of wrapped.params) {
    const value = bound.get(param.name);
    if (value !== undefined) {
      if (param.kind === 'POSITIONAL_ONLY') {
        next.delete(param.name);
        continue;
      }
      if (param.kind === 'POSITIONAL_OR_KEYWORD') {
        if (keywords.has(param.name)) {
          // This parameter and every later one can only be given by keyword now.
          toKwOnly = true;
          next.set(param.name, { ...param, dflt: value });
        } else {
          next.delete(param.name);
          continue;
        }
      }
      if (param.kind === 'KEYWORD_ONLY') next.set(param.name, { ...param, dflt: value });
    }
    if (toKwOnly) {
      const current = next.get(param.name);
      if (param.kind === 'POSITIONAL_OR_KEYWORD' && current !== undefined) {
        next.delete(param.name);
        next.set(param.name, { ...current, kind: 'KEYWORD_ONLY' });
      } else if ((param.kind === 'KEYWORD_ONLY' || param.kind === 'VAR_KEYWORD') && current !== undefined) {
        next.delete(param.name);
        next.set(param.name, current);
      } else if (param.kind === 'VAR_POSITIONAL') {
        next.delete(param.name);
      }
    }
  }
  return { params: [...next.values()], ret: wrapped.ret };
}
