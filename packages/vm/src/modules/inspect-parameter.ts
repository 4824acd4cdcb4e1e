/**
 * `inspect.Parameter`: a class with `__slots__ = ('_name', '_kind', '_default', '_annotation')`,
 * made once per run, with its checks and messages, `name`/`kind`/`default`/`annotation`
 * properties, `replace`, `__str__` (`b: int = 2`, `*args`), `__repr__` (`<Parameter "x=1">`),
 * `__eq__` and `__hash__`. Mirrors CPython 3.8 Lib/inspect.py `class Parameter`.
 * @module
 */
import { newBool, newInt } from '../objects/int.ts';
import { None, NotImplemented } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { newTuple } from '../objects/tuple.ts';
import { hashObject, isTrue, richCompareBool } from '../runtime/abstract-compare.ts';
import { reprText, strText } from '../runtime/abstract-object.ts';
import { getAttrString, setAttrString } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { objectType, typeType } from '../runtime/core-types.ts';
import { PyRaise, exceptionMatches, indexError, raiseWhileHandling, typeError, valueError } from '../runtime/errors.ts';
import * as E from '../objects/exceptions.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { makeClass, type ClassEntry } from './abc-class.ts';
import { bindArgs } from './abc-function.ts';
import { KINDS, KIND_DESCRIPTIONS, kindOfValue, type KindClasses } from './inspect-kind.ts';
import { renderParam, type Param, type ParamKind, type Sig } from './inspect-params.ts';
import { iterableToArray } from '../runtime/abstract-iter.ts';

/** Runs `f` on attribute `name` of `o` (held for the call). */
export function withAttr<T>(o: PyObject, name: string, f: (v: PyObject) => T): T {
  const v = getAttrString(o, name);
  try {
    return f(v);
  } finally {
    decref(v);
  }
}

/**
 * Reads a Parameter object back into the parameter model.
 *
 * @param p - a Parameter (its fields stay alive while it does: they are borrowed).
 * @param k - the run's kind classes (for `_empty`).
 * @returns the parameter.
 */
export function readParam(p: PyObject, k: KindClasses): Param {
  const field = (name: string): PyObject => withAttr(p, name, (v) => v);
  const name = field('_name');
  const dflt = field('_default');
  const annotation = field('_annotation');
  return {
    name: name instanceof PyStr ? name.value : strText(name),
    kind: kindOfValue(field('_kind')) ?? 'POSITIONAL_OR_KEYWORD',
    dflt: dflt === k.empty ? null : dflt,
    annotation: annotation === k.empty ? null : annotation,
  };
}

/**
 * Reads a Signature object back into the parameter model (`self.parameters.values()` and
 * `self._return_annotation`).
 *
 * @param sig - a Signature (its parameters stay alive while it does: they are borrowed).
 * @param k - the run's kind classes.
 * @returns the signature.
 */
export function readSigObject(sig: PyObject, k: KindClasses): Sig {
  const values = withAttr(sig, 'parameters', (ps) => callMethod(ps, 'values'));
  let items: PyObject[];
  try {
    items = iterableToArray(values);
  } finally {
    decref(values);
  }
  // The parameters mapping holds each item; the references from the iteration are let go now.
  for (const item of items) decref(item);
  const ret = withAttr(sig, '_return_annotation', (v) => v);
  return { params: items.map((item) => readParam(item, k)), ret: ret === k.empty ? null : ret };
}

/**
 * `cls(name, kind, default=..., annotation=...)`: a new Parameter object for `param`.
 *
 * @param cls - `Parameter` (or the signature class's `_parameter_cls`).
 * @param param - the parameter.
 * @param k - the run's kind classes.
 * @returns a new reference.
 */
export function newParameter(cls: PyObject, param: Param, k: KindClasses): PyObject {
  const name = newStr(param.name);
  try {
    return callObject(cls, [name, k.members[KINDS.indexOf(param.kind)] as PyObject, param.dflt ?? k.empty, param.annotation ?? k.empty], ['default', 'annotation']);
  } finally {
    decref(name);
  }
}

/** `Parameter.__init__`'s checks: the kind member, or the 3.8 ValueError/TypeError. */
function checkedKind(kind: PyObject, k: KindClasses): PyObject {
  try {
    return callObject(k.kindType, [kind]);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.ValueError)) throw e;
    const text = newStr(`value ${reprText(kind)} is not a valid Parameter.kind`);
    try {
      throw raiseWhileHandling(E.ValueError, [text], e);
    } finally {
      decref(text);
    }
  }
}

function init(args: readonly PyObject[], kwnames: readonly string[] | null, k: KindClasses): PyObject {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos > 3) throw typeError(`__init__() takes 3 positional arguments but ${npos} were given`);
  const [self, nameArg, kindArg, dflt, annotation] = bindArgs('__init__', args, kwnames, ['self', 'name', 'kind', 'default', 'annotation'], 2) as [PyObject, PyObject, PyObject, PyObject?, PyObject?];
  let kindObj = checkedKind(kindArg, k);
  try {
    let kind = kindOfValue(kindObj) as ParamKind;
    if (dflt !== undefined && dflt !== k.empty && (kind === 'VAR_POSITIONAL' || kind === 'VAR_KEYWORD')) {
      throw valueError(`${KIND_DESCRIPTIONS[kind]} parameters cannot have default values`);
    }
    setAttrString(self, '_default', dflt ?? k.empty);
    setAttrString(self, '_annotation', annotation ?? k.empty);
    if (nameArg === k.empty) throw valueError('name is a required attribute for Parameter');
    if (!(nameArg instanceof PyStr)) throw typeError(`name must be a str, not a ${tpName(nameArg.type)}`);
    let name = nameArg.value;
    // 3.8 reads `name[0]` before it checks the name: an empty one is an IndexError.
    if (name === '') throw indexError('string index out of range');
    if (/^\.[0-9]+$/.test(name)) {
      // Implicit arguments of comprehensions (`.0`) become positional-only `implicit0` (bpo-19611).
      if (kind !== 'POSITIONAL_OR_KEYWORD') throw valueError(`implicit arguments must be passed as positional or keyword arguments, not ${KIND_DESCRIPTIONS[kind]}`);
      kind = 'POSITIONAL_ONLY';
      decref(kindObj);
      kindObj = incref(k.members[0] as PyObject);
      name = `implicit${name.slice(1)}`;
    }
    setAttrString(self, '_kind', kindObj);
    const nameObj = newStr(name);
    try {
      const ok = callMethod(nameObj, 'isidentifier');
      const isIdent = isTrue(ok);
      decref(ok);
      if (!isIdent) throw valueError(`${reprText(nameObj)} is not a valid parameter name`);
      setAttrString(self, '_name', nameObj);
    } finally {
      decref(nameObj);
    }
  } finally {
    decref(kindObj);
  }
  return incref(None);
}

function body(k: KindClasses): ClassEntry[] {
  const self0 = (args: readonly PyObject[]): PyObject => args[0] as PyObject;
  const getter = (name: string, slot: string): ClassEntry => ({ kind: 'property', def: { name, impl: (args) => getAttrString(self0(args), slot) } });
  return [
    ...KINDS.map((name, i): ClassEntry => ({ kind: 'value', name, value: k.members[i] as PyObject })),
    { kind: 'value', name: 'empty', value: k.empty },
    { kind: 'function', def: { name: '__init__', impl: (args, kwnames) => init(args, kwnames, k) } },
    getter('name', '_name'),
    getter('default', '_default'),
    getter('annotation', '_annotation'),
    getter('kind', '_kind'),
    {
      kind: 'function',
      def: {
        name: 'replace', doc: 'Creates a customized copy of the Parameter.',
        impl: (args, kwnames) => {
          const npos = args.length - (kwnames?.length ?? 0);
          if (npos > 1) throw typeError(`replace() takes 1 positional argument but ${npos} were given`);
          const [self, ...given] = bindArgs('replace', args, kwnames, ['self', 'name', 'kind', 'annotation', 'default'], 4) as [PyObject, ...(PyObject | undefined)[]];
          const slots = ['_name', '_kind', '_annotation', '_default'];
          const values = given.map((v, i) => (v === undefined || v === k.void ? getAttrString(self, slots[i] as string) : incref(v)));
          try {
            const cls = getAttrString(self, '__class__');
            try {
              return callObject(cls, [values[0] as PyObject, values[1] as PyObject, values[3] as PyObject, values[2] as PyObject], ['default', 'annotation']);
            } finally {
              decref(cls);
            }
          } finally {
            for (const v of values) decref(v);
          }
        },
      },
    },
    { kind: 'function', def: { name: '__str__', impl: (args) => newStr(renderParam(readParam(self0(args), k))) } },
    {
      kind: 'function',
      def: {
        name: '__repr__',
        impl: (args) => {
          const cls = withAttr(self0(args), '__class__', (c) => withAttr(c, '__name__', strText));
          return newStr(`<${cls} "${strText(self0(args))}">`);
        },
      },
    },
    {
      kind: 'function',
      def: {
        name: '__hash__',
        impl: (args) => {
          const fields = ['name', 'kind', 'annotation', 'default'].map((n) => getAttrString(self0(args), n));
          const t = newTuple(fields);
          for (const f of fields) decref(f);
          try {
            return newInt(hashObject(t));
          } finally {
            decref(t);
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
          if (!other.type.mro.includes(parameterClassOf(self))) return incref(NotImplemented);
          for (const slot of ['_name', '_kind', '_default', '_annotation']) {
            const same = withAttr(self, slot, (a) => withAttr(other, slot, (b) => richCompareBool(a, b, 2)));
            if (!same) return newBool(false);
          }
          return newBool(true);
        },
      },
    },
  ];
}

/** The `Parameter` class an instance descends from (the first class with `_kind` in its slots). */
function parameterClassOf(self: PyObject): PyType {
  return self.type.mro.find((t) => t.name === 'Parameter' && t.module === 'inspect') ?? self.type;
}

/**
 * Makes the run's `Parameter` class.
 *
 * @param k - the run's kind classes.
 * @returns a new reference to the class.
 * @see CPython 3.8 Lib/inspect.py `class Parameter`
 */
export function makeParameterClass(k: KindClasses): PyType {
  return makeClass({
    name: 'Parameter', module: 'inspect', meta: typeType, bases: [objectType],
    doc: PARAMETER_DOC,
    slots: ['_name', '_kind', '_default', '_annotation'],
    body: body(k),
  });
}

const PARAMETER_DOC = `Represents a parameter in a function signature.

    Has the following public attributes:

    * name : str
        The name of the parameter as a string.
    * default : object
        The default value for the parameter if specified.  If the
        parameter has no default value, this attribute is set to
        \`Parameter.empty\`.
    * annotation
        The annotation for the parameter if specified.  If the
        parameter has no annotation, this attribute is set to
        \`Parameter.empty\`.
    * kind : str
        Describes how argument values are bound to the parameter.
        Possible values: \`Parameter.POSITIONAL_ONLY\`,
        \`Parameter.POSITIONAL_OR_KEYWORD\`, \`Parameter.VAR_POSITIONAL\`,
        \`Parameter.KEYWORD_ONLY\`, \`Parameter.VAR_KEYWORD\`.
    `;
