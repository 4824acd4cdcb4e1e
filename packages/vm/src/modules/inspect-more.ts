/**
 * More of `inspect`: the descriptor predicates (`isdatadescriptor`, `ismethoddescriptor`,
 * `ismemberdescriptor`, `isgetsetdescriptor`), `isabstract`, `getmro`, `unwrap` and
 * `cleandoc`, and which objects count as functions (`isfunction` also knows the Python-level
 * functions corosim writes natively). Mirrors CPython 3.8 Lib/inspect.py.
 * @module
 */
import { functionType } from '../objects/function.ts';
import { memberDescriptorType, getsetDescriptorType } from '../objects/getset.ts';
import { newBool } from '../objects/int.ts';
import { methodType } from '../objects/method.ts';
import { builtinFunctionType, type NativeDef } from '../objects/native-function.ts';
import { nativePyFunctionType } from '../objects/native-py-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { expandTabs } from '../objects/str-methods-case.ts';
import { isSpaceUnit } from '../objects/str-methods-util.ts';
import { reprText, strText } from '../runtime/abstract-object.ts';
import { getAttrString, lookupAttrString, lookupType } from '../runtime/attributes.ts';
import { callOneArg } from '../runtime/call.ts';
import { EQ, isTrue, isTrueStealing, richCompare } from '../runtime/abstract-compare.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { PyType, TPFLAGS_IS_ABSTRACT, decref, incref, type PyObject } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { getIter, iterNext } from '../runtime/abstract-iter.ts';
import { dictItems } from '../objects/dict.ts';
import { abcMetaType } from './abc-meta.ts';
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

/** `isdatadescriptor`. */
export function isDataDescriptor(o: PyObject): boolean {
  return isPlainDescriptor(o) && (hasTypeAttr(o, '__set__') || hasTypeAttr(o, '__delete__'));
}

/** `isroutine`: a builtin, function, method or method descriptor. */
export function isRoutine(o: PyObject): boolean {
  return o.type === builtinFunctionType || isFunction(o) || o.type === methodType || isMethodDescriptor(o);
}

function hasTypeAttr(o: PyObject, name: string): boolean {
  return lookupType(o.type, name) !== null;
}

/** `getattr(o, name, False)` as a truth value. */
function attrIsTrue(o: PyObject, name: string): boolean {
  const v = lookupAttrString(o, name);
  if (v === null) return false;
  try {
    return isTrue(v);
  } finally {
    decref(v);
  }
}

/**
 * `isabstract(object)`: the type flag, or, for an ABCMeta class whose `__new__` has not finished
 * (no `__abstractmethods__` yet: `__init_subclass__` runs), an abstract method in its own
 * namespace or one its bases list that it has not overridden.
 *
 * @see CPython 3.8 Lib/inspect.py `isabstract`
 */
function isAbstract(o: PyObject): boolean {
  if (!(o instanceof PyType)) return false;
  if ((o.flags & TPFLAGS_IS_ABSTRACT) !== 0) return true;
  if (!o.type.isSubtype(abcMetaType)) return false;
  const done = lookupAttrString(o, '__abstractmethods__');
  if (done !== null) {
    decref(done);
    return false;
  }
  for (const [, value] of dictItems(o.dict)) if (attrIsTrue(value, '__isabstractmethod__')) return true;
  for (const base of [...o.bases]) {
    const names = lookupAttrString(base, '__abstractmethods__');
    if (names === null) continue;
    const it = getIter(names);
    decref(names);
    try {
      for (let name = iterNext(it); name !== null; name = iterNext(it)) {
        const value = lookupAttrString(o, strText(name));
        decref(name);
        if (value === null) continue;
        const abstract = attrIsTrue(value, '__isabstractmethod__');
        decref(value);
        if (abstract) return true;
      }
    } finally {
      decref(it);
    }
  }
  return false;
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

/** `stop(f)` of `unwrap`; `f` (borrowed by the caller) is released when the call raises. */
function stopsAt(stop: PyObject, f: PyObject): boolean {
  try {
    return isTrueStealing(callOneArg(stop, f));
  } catch (e) {
    decref(f);
    throw e;
  }
}

/** `unwrap(func, *, stop=None)`: follows `__wrapped__` until `stop(f)` is true or there is none. */
function unwrap(func: PyObject, stop: PyObject): PyObject {
  const seen = new Set<PyObject>([func]);
  let f = incref(func);
  for (;;) {
    if (stop !== None && stopsAt(stop, f)) return f;
    let next: PyObject | null;
    try {
      next = lookupAttrString(f, '__wrapped__');
    } catch (e) {
      decref(f);
      throw e;
    }
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
  predicate('isabstract', isAbstract),
  predicate('isdatadescriptor', isDataDescriptor),
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
export function formatAnnotation(annotation: PyObject, baseModule: PyObject): string {
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
