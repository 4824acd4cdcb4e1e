/**
 * More of `inspect`: the descriptor predicates (`isdatadescriptor`, `ismethoddescriptor`,
 * `ismemberdescriptor`, `isgetsetdescriptor`), `isabstract`, `getmro`, `unwrap`, `getdoc` and
 * `cleandoc`, and which objects count as functions (`isfunction` also knows the Python-level
 * functions corosim writes natively). Mirrors CPython 3.8 Lib/inspect.py.
 * @module
 */
import { functionType } from '../objects/function.ts';
import { memberDescriptorType, getsetDescriptorType } from '../objects/getset.ts';
import { newBool } from '../objects/int.ts';
import { methodType } from '../objects/method.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { nativePyFunctionType } from '../objects/native-py-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { expandTabs } from '../objects/str-methods-case.ts';
import { isSpaceUnit } from '../objects/str-methods-util.ts';
import { reprText, strText } from '../runtime/abstract-object.ts';
import { getAttrString, lookupAttrString, lookupType } from '../runtime/attributes.ts';
import { callOneArg } from '../runtime/call.ts';
import { EQ, isTrue, richCompare } from '../runtime/abstract-compare.ts';
import { objectType } from '../runtime/core-types.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { PyType, TPFLAGS_IS_ABSTRACT, decref, incref, type PyObject } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { bindArgs, classFunctionType } from './abc-function.ts';

/** `isfunction`: a Python function, including those corosim writes in TypeScript. */
export function isFunction(o: PyObject): boolean {
  return o.type.isSubtype(functionType) || o.type === classFunctionType || o.type === nativePyFunctionType;
}

/** The descriptor predicates rule out classes, methods and functions first. */
function isPlainDescriptor(o: PyObject): boolean {
  return !(o instanceof PyType) && o.type !== methodType && !isFunction(o);
}

/** `ismethoddescriptor`. */
export function isMethodDescriptor(o: PyObject): boolean {
  return isPlainDescriptor(o) && hasTypeAttr(o, '__get__') && !hasTypeAttr(o, '__set__');
}

function hasTypeAttr(o: PyObject, name: string): boolean {
  return lookupType(o.type, name) !== null;
}

/** `cleandoc(doc)`: tabs expanded, the common indentation of the lines after the first removed. */
export function cleandoc(doc: string): string {
  const lines = expandTabs(doc, 8).split('\n');
  const lstrip = (s: string): string => {
    let i = 0;
    while (i < s.length && isSpaceUnit(s.charCodeAt(i))) i++;
    return s.slice(i);
  };
  let margin = Infinity;
  for (const line of lines.slice(1)) {
    const content = lstrip(line).length;
    if (content > 0) margin = Math.min(margin, line.length - content);
  }
  if (lines.length > 0) lines[0] = lstrip(lines[0] as string);
  if (margin !== Infinity) for (let i = 1; i < lines.length; i++) lines[i] = (lines[i] as string).slice(margin);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  return lines.join('\n');
}

/** `getdoc(object)`: the docstring, cleaned; a class without one takes its nearest base's. */
function getdoc(o: PyObject): PyObject {
  let doc = lookupAttrString(o, '__doc__');
  if ((doc === null || doc === None) && o instanceof PyType) {
    // `_finddoc` for classes: the first base (other than object) with a docstring.
    for (const base of o.mro) {
      if (base === objectType) continue;
      const d = lookupAttrString(base, '__doc__');
      if (d !== null && d !== None) {
        if (doc !== null) decref(doc);
        doc = d;
        break;
      }
      if (d !== null) decref(d);
    }
  }
  // DEVIATION(cpython): `_finddoc` also looks up a method's name along its class's MRO; not here.
  try {
    return doc instanceof PyStr ? newStr(cleandoc(doc.value)) : incref(None);
  } finally {
    if (doc !== null) decref(doc);
  }
}

/** `unwrap(func, *, stop=None)`: follows `__wrapped__` until `stop(f)` is true or there is none. */
function unwrap(func: PyObject, stop: PyObject): PyObject {
  const seen = new Set<PyObject>([func]);
  let f = incref(func);
  for (;;) {
    if (stop !== None) {
      const r = callOneArg(stop, f);
      const done = isTrue(r);
      decref(r);
      if (done) return f;
    }
    const next = lookupAttrString(f, '__wrapped__');
    if (next === null) return f;
    decref(f);
    f = next;
    if (seen.has(f) || seen.size >= tstate.recursionLimit) {
      decref(f);
      throw valueError(`wrapper loop when unwrapping ${reprText(func)}`);
    }
    seen.add(f);
  }
}

/** `unwrap(func)` without a `stop` (new reference). */
export function unwrapObject(func: PyObject): PyObject {
  return unwrap(func, None);
}

function predicate(name: string, test: (o: PyObject) => boolean): NativeDef {
  return { name, kind: 'o', impl: (_m, args) => newBool(test(args[0] as PyObject)) };
}

/** The functions of this part of `inspect`. */
export const INSPECT_MORE: readonly NativeDef[] = [
  predicate('isabstract', (o) => o instanceof PyType && (o.flags & TPFLAGS_IS_ABSTRACT) !== 0),
  predicate('isdatadescriptor', (o) => isPlainDescriptor(o) && (hasTypeAttr(o, '__set__') || hasTypeAttr(o, '__delete__'))),
  predicate('ismethoddescriptor', isMethodDescriptor),
  predicate('ismemberdescriptor', (o) => o.type.isSubtype(memberDescriptorType)),
  predicate('isgetsetdescriptor', (o) => o.type.isSubtype(getsetDescriptorType)),
  { name: 'getmro', kind: 'o', impl: (_m, args) => getAttrString(args[0] as PyObject, '__mro__') },
  {
    name: 'unwrap', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      // `unwrap(func, *, stop=None)`: `stop` only by keyword.
      const npos = args.length - (kwnames?.length ?? 0);
      if (npos > 1) throw typeError(`unwrap() takes 1 positional argument but ${npos} were given`);
      const [func, stop] = bindArgs('unwrap', args, kwnames, ['func', 'stop'], 1);
      return unwrap(func as PyObject, stop ?? None);
    },
  },
  { name: 'getdoc', kind: 'o', impl: (_m, args) => getdoc(args[0] as PyObject) },
  {
    name: 'cleandoc', kind: 'o',
    impl: (_m, args) => {
      const doc = args[0] as PyObject;
      if (!(doc instanceof PyStr)) {
        // `doc.expandtabs().split('\n')`: no such method, or one whose result splits on bytes.
        decref(getAttrString(doc, 'expandtabs'));
        throw typeError("a bytes-like object is required, not 'str'");
      }
      return newStr(cleandoc(doc.value));
    },
  },
  {
    name: 'formatannotation', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [annotation, baseModule] = bindArgs('formatannotation', args, kwnames, ['annotation', 'base_module'], 1);
      return newStr(formatAnnotation(annotation as PyObject, baseModule ?? None));
    },
  },
];

/** `a == b` as a truth value. */
function equals(a: PyObject, b: PyObject): boolean {
  const r = richCompare(a, b, EQ);
  try {
    return isTrue(r);
  } finally {
    decref(r);
  }
}

/** The `__module__` of `o` as text, or null where it has none or it is no str. */
function moduleText(o: PyObject): string | null {
  const m = lookupAttrString(o, '__module__');
  if (m === null) return null;
  const text = m instanceof PyStr ? m.value : null;
  decref(m);
  return text;
}

/**
 * `formatannotation(annotation, base_module=None)`: a class as its `__qualname__` (prefixed with
 * its module unless that is builtins or `base_module`), a typing construct as its repr without
 * `typing.`, anything else as its repr.
 *
 * @see CPython 3.8 Lib/inspect.py `formatannotation`
 */
function formatAnnotation(annotation: PyObject, baseModule: PyObject): string {
  if (moduleText(annotation) === 'typing') return reprText(annotation).replace(/typing\./g, '');
  if (annotation instanceof PyType) {
    const module = getAttrString(annotation, '__module__');
    const qualname = getAttrString(annotation, '__qualname__');
    try {
      const isBuiltins = module instanceof PyStr && module.value === 'builtins';
      if (isBuiltins || module === baseModule || equals(module, baseModule)) return strText(qualname);
      return `${strText(module)}.${strText(qualname)}`;
    } finally {
      decref(module);
      decref(qualname);
    }
  }
  return reprText(annotation);
}
