/**
 * `inspect.signature` for Python functions and bound methods: a `Signature` object whose
 * `str()` is 3.8's rendering, `(a, b=1, /, c, *args, d, **kw) -> ann`. Mirrors CPython 3.8
 * Lib/inspect.py `_signature_from_function`, `Parameter.__str__` and `Signature.__str__`.
 * Builtins and classes have no signature here (ValueError), unlike CPython's text signatures.
 * @module
 */
import { CO_VARARGS, CO_VARKEYWORDS } from '../objects/code.ts';
import { PyDict, dictGetStr } from '../objects/dict.ts';
import { PyFunction } from '../objects/function.ts';
import { PyMethod } from '../objects/method.ts';
import { newStr } from '../objects/str.ts';
import { PyTuple } from '../objects/tuple.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { staticType } from '../runtime/core-types.ts';
import { valueError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, freeObject } from '../runtime/object.ts';

/** `inspect.Signature` (rendered once; corosim keeps the text only). */
export const signatureType: PyType = staticType({ name: 'Signature', module: 'inspect', basicsize: 32 });

class PySignature extends PyObject {
  text = '()';
}

signatureType.str = (self) => newStr((self as PySignature).text);
signatureType.repr = (self) => newStr(`<Signature ${(self as PySignature).text}>`);
signatureType.dealloc = (self) => { freeObject(self); };

/** `formatannotation`. */
function formatAnnotation(a: PyObject): string {
  if (a instanceof PyType) return a.module === 'builtins' ? a.qualname : `${a.module}.${a.qualname}`;
  return reprText(a);
}

function render(f: PyFunction, skipFirst: boolean): string {
  const co = f.code.co;
  const names = co.varnames;
  const ann = f.annotations instanceof PyDict ? f.annotations : null;
  const defaults = f.defaults instanceof PyTuple ? f.defaults.items : [];
  const kwdefaults = f.kwdefaults instanceof PyDict ? f.kwdefaults : null;
  const one = (name: string, dflt: PyObject | null, prefix = ''): string => {
    const a = ann === null ? null : dictGetStr(ann, name);
    let t = prefix + name;
    if (a !== null) t += `: ${formatAnnotation(a)}`;
    if (dflt !== null) t += a !== null ? ` = ${reprText(dflt)}` : `=${reprText(dflt)}`;
    return t;
  };
  const parts: string[] = [];
  const nposonly = co.posonlyargcount;
  const npos = co.argcount;
  const firstDefault = npos - defaults.length;
  let start = 0;
  if (skipFirst) {
    if (npos === 0 && (co.flags & CO_VARARGS) === 0) throw valueError('invalid method signature');
    start = npos > 0 ? 1 : 0;
  }
  for (let i = start; i < npos; i++) {
    parts.push(one(names[i] ?? '', i >= firstDefault ? (defaults[i - firstDefault] ?? null) : null));
    if (i === nposonly - 1) parts.push('/');
  }
  let idx = npos + co.kwonlyargcount;
  if ((co.flags & CO_VARARGS) !== 0) {
    parts.push(one(names[idx] ?? '', null, '*'));
    idx++;
  } else if (co.kwonlyargcount > 0) parts.push('*');
  for (let i = npos; i < npos + co.kwonlyargcount; i++) {
    const name = names[i] ?? '';
    parts.push(one(name, kwdefaults === null ? null : dictGetStr(kwdefaults, name)));
  }
  if ((co.flags & CO_VARKEYWORDS) !== 0) parts.push(one(names[idx] ?? '', null, '**'));
  let text = `(${parts.join(', ')})`;
  const ret = ann === null ? null : dictGetStr(ann, 'return');
  if (ret !== null) text += ` -> ${formatAnnotation(ret)}`;
  return text;
}

/** `inspect.signature(obj)`: a new Signature. */
export function signatureOf(obj: PyObject): PyObject {
  let text: string;
  if (obj instanceof PyFunction) text = render(obj, false);
  else if (obj instanceof PyMethod && obj.func instanceof PyFunction) text = render(obj.func, true);
  else if (obj.type.name === 'builtin_function_or_method') throw valueError(`no signature found for builtin ${reprText(obj)}`);
  else throw valueError(`callable ${reprText(obj)} is not supported by signature`);
  const sig = new PySignature(signatureType, allocateAddress(signatureType));
  sig.text = text;
  return sig;
}

