/**
 * `inspect.Signature`: a class with `__slots__ = ('_return_annotation', '_parameters')`, made
 * once per run, whose `parameters` is a mappingproxy of an OrderedDict of Parameter objects, with
 * the 3.8 parameter-order checks, `replace`, `bind`/`bind_partial` (building BoundArguments),
 * `from_callable`, `__eq__`/`__hash__` over `_hash_basis`, and `__str__`/`__repr__`. Mirrors CPython
 * 3.8 Lib/inspect.py `class Signature`.
 * @module
 */
import { newDict } from '../objects/dict.ts';
import { False, newBool, newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { newMappingProxy } from '../objects/mapping-proxy.ts';
import { None, NotImplemented } from '../objects/singletons.ts';
import { frozensetType } from '../objects/set.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { hashObject, isTrue, richCompareBool } from '../runtime/abstract-compare.ts';
import { setItem } from '../runtime/abstract-item.ts';
import { iterableToArray } from '../runtime/abstract-iter.ts';
import { reprText, strText } from '../runtime/abstract-object.ts';
import { getAttrString, setAttrString, setAttrStringStealing } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { objectType, typeType } from '../runtime/core-types.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { makeClass, type ClassEntry } from './abc-class.ts';
import { bindArgs } from './abc-function.ts';
import { orderedDictType } from './collections-odict-object.ts';
import { bindSignature } from './inspect-bind.ts';
import { KINDS, KIND_DESCRIPTIONS, kindOfValue, type KindClasses } from './inspect-kind.ts';
import { newParameter, readSigObject, withAttr } from './inspect-parameter.ts';
import { renderSig, type Sig } from './inspect-params.ts';

/** `Signature.from_callable(obj, follow_wrapped=...)` for the class `cls` (supplied by `inspect`). */
export type FromCallable = (cls: PyObject, obj: PyObject, followWrapped: boolean) => PyObject;

/**
 * `cls(parameters, return_annotation=..., __validate_parameters__=False)` for a signature in the
 * parameter model, its Parameter objects made with `cls._parameter_cls`.
 *
 * @param cls - `Signature` or a subclass.
 * @param sig - the signature.
 * @param k - the run's kind classes.
 * @returns a new Signature object.
 */
export function newSignatureObject(cls: PyObject, sig: Sig, k: KindClasses): PyObject {
  const params = withAttr(cls, '_parameter_cls', (pcls) => newListStealing(sig.params.map((p) => newParameter(pcls, p, k))));
  try {
    return callObject(cls, [params, sig.ret ?? k.empty, False], ['return_annotation', '__validate_parameters__']);
  } finally {
    decref(params);
  }
}

/** `Signature.__init__`'s ordering checks, on `param.kind`, `param.name` and `param.default`. */
function checkOrder(params: readonly PyObject[], k: KindClasses): void {
  let top = 0;
  let kindDefaults = false;
  const seen = new Set<string>();
  for (const param of params) {
    const kind = withAttr(param, 'kind', kindOfValue);
    const name = withAttr(param, 'name', strText);
    const i = kind === null ? 0 : KINDS.indexOf(kind);
    if (i < top) {
      throw valueError(`wrong parameter order: ${KIND_DESCRIPTIONS[KINDS[top] ?? 'POSITIONAL_ONLY']} parameter before ${KIND_DESCRIPTIONS[kind ?? 'POSITIONAL_ONLY']} parameter`);
    } else if (i > top) {
      kindDefaults = false;
      top = i;
    }
    if (kind === 'POSITIONAL_ONLY' || kind === 'POSITIONAL_OR_KEYWORD') {
      const hasDefault = withAttr(param, 'default', (d) => d !== k.empty);
      if (!hasDefault && kindDefaults) throw valueError('non-default argument follows default argument');
      if (hasDefault) kindDefaults = true;
    }
    if (seen.has(name)) throw valueError(`duplicate parameter name: ${withAttr(param, 'name', reprText)}`);
    seen.add(name);
  }
}

function init(args: readonly PyObject[], kwnames: readonly string[] | null, k: KindClasses): PyObject {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos > 2) throw typeError(`__init__() takes from 1 to 2 positional arguments but ${npos} were given`);
  const [self, parameters, ret, validate] = bindArgs('__init__', args, kwnames, ['self', 'parameters', 'return_annotation', '__validate_parameters__'], 3) as [PyObject, PyObject?, PyObject?, PyObject?];
  const od = callObject(orderedDictType, []);
  try {
    if (parameters !== undefined && parameters !== None) {
      const items = iterableToArray(parameters);
      try {
        if (validate === undefined || isTrue(validate)) checkOrder(items, k);
        for (const param of items) withAttr(param, 'name', (name) => { setItem(od, name, param); });
      } finally {
        for (const p of items) decref(p);
      }
    }
    setAttrStringStealing(self, '_parameters', newMappingProxy(od));
  } finally {
    decref(od);
  }
  setAttrString(self, '_return_annotation', ret ?? k.empty);
  return incref(None);
}

/** `_hash_basis()`: the positional parameters, the keyword-only ones by name, the return annotation. */
function hashBasis(self: PyObject, frozen: boolean): PyObject {
  const values = withAttr(self, 'parameters', (ps) => withAttr(ps, 'values', (v) => {
    const it = callObject(v, []);
    try {
      return iterableToArray(it);
    } finally {
      decref(it);
    }
  }));
  const isKwOnly = (p: PyObject): boolean => withAttr(p, 'kind', kindOfValue) === 'KEYWORD_ONLY';
  const positional = newTupleStealing(values.filter((p) => !isKwOnly(p)).map((p) => incref(p)));
  const kwOnly = values.filter(isKwOnly);
  let kwoPart: PyObject;
  if (frozen) {
    const list = newListStealing(kwOnly.map((p) => incref(p)));
    kwoPart = callObject(frozensetType, [list]);
    decref(list);
  } else {
    kwoPart = newDict();
    for (const p of kwOnly) withAttr(p, 'name', (n) => { setItem(kwoPart, n, p); });
  }
  for (const p of values) decref(p);
  return newTupleStealing([positional, kwoPart, getAttrString(self, 'return_annotation')]);
}

function body(k: KindClasses, parameterCls: PyType, boundCls: PyType, fromCallable: FromCallable): ClassEntry[] {
  const self0 = (args: readonly PyObject[]): PyObject => args[0] as PyObject;
  const bind = (name: string, partial: boolean): ClassEntry => ({
    kind: 'function',
    def: {
      name,
      impl: (args, kwnames) => {
        const nkw = kwnames?.length ?? 0;
        if (args.length - nkw < 1) throw typeError(`${name}() missing 1 required positional argument: 'self'`);
        const self = self0(args);
        const positional = args.slice(1, args.length - nkw);
        const kwargs = new Map<string, PyObject>();
        (kwnames ?? []).forEach((kw, i) => kwargs.set(kw, args[args.length - nkw + i] as PyObject));
        const entries = bindSignature(readSigObject(self, k), positional, kwargs, partial);
        const od = callObject(orderedDictType, []);
        try {
          for (const [key, value] of entries) {
            const keyObj = newStr(key);
            setItem(od, keyObj, value);
            decref(keyObj);
          }
          return withAttr(self, '_bound_arguments_cls', (cls) => callObject(cls, [self, od]));
        } finally {
          for (const [, value] of entries) decref(value);
          decref(od);
        }
      },
    },
  });
  return [
    { kind: 'value', name: '_parameter_cls', value: parameterCls },
    { kind: 'value', name: '_bound_arguments_cls', value: boundCls },
    { kind: 'value', name: 'empty', value: k.empty },
    { kind: 'function', def: { name: '__init__', impl: (args, kwnames) => init(args, kwnames, k), doc: "Constructs Signature from the given list of Parameter\n        objects and 'return_annotation'.  All arguments are optional.\n        " } },
    {
      kind: 'classmethod',
      def: {
        name: 'from_callable', doc: 'Constructs Signature for the given callable object.',
        impl: (args, kwnames) => {
          const npos = args.length - (kwnames?.length ?? 0);
          if (npos > 2) throw typeError(`from_callable() takes 2 positional arguments but ${npos} were given`);
          const [cls, obj, follow] = bindArgs('from_callable', args, kwnames, ['cls', 'obj', 'follow_wrapped'], 1) as [PyObject, PyObject, PyObject?];
          return fromCallable(cls, obj, follow === undefined || isTrue(follow));
        },
      },
    },
    { kind: 'property', def: { name: 'parameters', impl: (args) => getAttrString(self0(args), '_parameters') } },
    { kind: 'property', def: { name: 'return_annotation', impl: (args) => getAttrString(self0(args), '_return_annotation') } },
    {
      kind: 'function',
      def: {
        name: 'replace',
        doc: "Creates a customized copy of the Signature.\n        Pass 'parameters' and/or 'return_annotation' arguments\n        to override them in the new copy.\n        ",
        impl: (args, kwnames) => {
          const npos = args.length - (kwnames?.length ?? 0);
          if (npos > 1) throw typeError(`replace() takes 1 positional argument but ${npos} were given`);
          const [self, params, ret] = bindArgs('replace', args, kwnames, ['self', 'parameters', 'return_annotation'], 2) as [PyObject, PyObject?, PyObject?];
          const p = params === undefined || params === k.void ? withAttr(self, 'parameters', (ps) => withAttr(ps, 'values', (v) => callObject(v, []))) : incref(params);
          const r = ret === undefined || ret === k.void ? getAttrString(self, '_return_annotation') : incref(ret);
          try {
            return withAttr(self, '__class__', (cls) => callObject(cls, [p, r], ['return_annotation']));
          } finally {
            decref(p);
            decref(r);
          }
        },
      },
    },
    {
      kind: 'function',
      def: {
        name: '__hash__',
        impl: (args) => {
          const basis = hashBasis(self0(args), true);
          try {
            return newInt(hashObject(basis));
          } finally {
            decref(basis);
          }
        },
      },
    },
    {
      kind: 'function',
      def: {
        name: '__eq__',
        impl: (args) => {
          const [self, other] = args as [PyObject, PyObject];
          if (self === other) return newBool(true);
          if (!other.type.mro.some((t) => t.name === 'Signature' && t.module === 'inspect')) return incref(NotImplemented);
          const a = hashBasis(self, false);
          try {
            const b = hashBasis(other, false);
            try {
              return newBool(richCompareBool(a, b, 2));
            } finally {
              decref(b);
            }
          } finally {
            decref(a);
          }
        },
      },
    },
    bind('bind', false),
    bind('bind_partial', true),
    {
      kind: 'function',
      def: {
        name: '__repr__',
        impl: (args) => {
          const name = withAttr(self0(args), '__class__', (c) => withAttr(c, '__name__', strText));
          return newStr(`<${name} ${strText(self0(args))}>`);
        },
      },
    },
    { kind: 'function', def: { name: '__str__', impl: (args) => newStr(renderSig(readSigObject(self0(args), k))) } },
  ];
}

/**
 * Makes the run's `Signature` class.
 *
 * @param k - the run's kind classes.
 * @param parameterCls - its `_parameter_cls`.
 * @param boundCls - its `_bound_arguments_cls`.
 * @param fromCallable - `_signature_from_callable`, for `Signature.from_callable`.
 * @returns a new reference to the class.
 * @see CPython 3.8 Lib/inspect.py `class Signature`
 */
export function makeSignatureClass(k: KindClasses, parameterCls: PyType, boundCls: PyType, fromCallable: FromCallable): PyType {
  return makeClass({
    name: 'Signature', module: 'inspect', meta: typeType, bases: [objectType],
    doc: SIGNATURE_DOC,
    slots: ['_return_annotation', '_parameters'],
    body: body(k, parameterCls, boundCls, fromCallable),
  });
}

const SIGNATURE_DOC = `A Signature object represents the overall signature of a function.
    It stores a Parameter object for each parameter accepted by the
    function, as well as information specific to the function itself.

    A Signature object has the following public attributes and methods:

    * parameters : OrderedDict
        An ordered mapping of parameters' names to the corresponding
        Parameter objects (keyword-only arguments are in the same order
        as listed in \`code.co_varnames\`).
    * return_annotation : object
        The annotation for the return type of the function if specified.
        If the function has no annotation for its return type, this
        attribute is set to \`Signature.empty\`.
    * bind(*args, **kwargs) -> BoundArguments
        Creates a mapping from positional and keyword arguments to
        parameters.
    * bind_partial(*args, **kwargs) -> BoundArguments
        Creates a partial mapping from positional and keyword arguments
        to parameters (simulating 'functools.partial' behavior.)
    `;
