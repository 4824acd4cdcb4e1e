/**
 * `inspect.BoundArguments`, the result of `Signature.bind`: a class with
 * `__slots__ = ('arguments', '_signature', '__weakref__')`, made once per run, whose `args` and
 * `kwargs` are rebuilt from `arguments` and the signature's parameters, with `apply_defaults`,
 * `__eq__` and `__repr__` (`<BoundArguments (a=1, args=(3,))>`). Mirrors CPython 3.8
 * Lib/inspect.py `class BoundArguments`.
 * @module
 */
import { dictSetStr, newDict } from '../objects/dict.ts';
import { newBool } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { None, NotImplemented } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing, newTuple } from '../objects/tuple.ts';
import { richCompareBool } from '../runtime/abstract-compare.ts';
import { contains, getItem } from '../runtime/abstract-item.ts';
import { iterableToArray } from '../runtime/abstract-iter.ts';
import { reprText, strText } from '../runtime/abstract-object.ts';
import { getAttrString, setAttrString, setAttrStringStealing } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { objectType, typeType } from '../runtime/core-types.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { orderedDictType } from './collections-odict-object.ts';
import { makeClass } from './abc-class.ts';
import { bindArgs } from './abc-function.ts';
import type { KindClasses } from './inspect-kind.ts';
import { readSigObject, withAttr } from './inspect-parameter.ts';
import type { Param } from './inspect-params.ts';

/** `self.arguments[name]`, or null when it has no such key (a new reference). */
function argumentOf(args: PyObject, name: string): PyObject | null {
  const key = newStr(name);
  try {
    return contains(args, key) ? getItem(args, key) : null;
  } finally {
    decref(key);
  }
}

/** Runs `f` on the signature's parameters and `self.arguments` (both held for the call). */
function withParts<T>(self: PyObject, k: KindClasses, f: (params: readonly Param[], args: PyObject) => T): T {
  return withAttr(self, '_signature', (sig) => withAttr(self, 'arguments', (args) => f(readSigObject(sig, k).params, args)));
}

/** `BoundArguments.args`. */
function positionalArgs(self: PyObject, k: KindClasses): PyObject {
  return withParts(self, k, (params, args) => {
    const out: PyObject[] = [];
    try {
      for (const param of params) {
        if (param.kind === 'VAR_KEYWORD' || param.kind === 'KEYWORD_ONLY') break;
        const arg = argumentOf(args, param.name);
        if (arg === null) break;
        if (param.kind === 'VAR_POSITIONAL') {
          try {
            out.push(...iterableToArray(arg));
          } finally {
            decref(arg);
          }
        } else {
          out.push(arg);
        }
      }
    } catch (e) {
      for (const o of out) decref(o);
      throw e;
    }
    return newTupleStealing(out);
  });
}

/** `BoundArguments.kwargs`. */
function keywordArgs(self: PyObject, k: KindClasses): PyObject {
  return withParts(self, k, (params, args) => {
    const kwargs = newDict();
    try {
      let started = false;
      for (const param of params) {
        if (!started) {
          if (param.kind === 'VAR_KEYWORD' || param.kind === 'KEYWORD_ONLY') {
            started = true;
          } else {
            const present = argumentOf(args, param.name);
            if (present !== null) decref(present);
            else started = true;
            continue;
          }
        }
        const arg = argumentOf(args, param.name);
        if (arg === null) continue;
        try {
          if (param.kind === 'VAR_KEYWORD') decref(callMethod(kwargs, 'update', [arg]));
          else dictSetStr(kwargs, param.name, arg);
        } finally {
          decref(arg);
        }
      }
      return kwargs;
    } catch (e) {
      decref(kwargs);
      throw e;
    }
  });
}

/** `apply_defaults()`: `self.arguments` becomes a new OrderedDict with every defaulted parameter. */
function applyDefaults(self: PyObject, k: KindClasses): void {
  const pairs = withParts(self, k, (params, args) => {
    const out: PyObject[] = [];
    for (const param of params) {
      let value = argumentOf(args, param.name);
      if (value === null) {
        if (param.dflt !== null) value = incref(param.dflt);
        else if (param.kind === 'VAR_POSITIONAL') value = newTuple([]);
        else if (param.kind === 'VAR_KEYWORD') value = newDict();
        else continue;
      }
      out.push(newTupleStealing([newStr(param.name), value]));
    }
    return newListStealing(out);
  });
  try {
    setAttrStringStealing(self, 'arguments', callObject(orderedDictType, [pairs]));
  } finally {
    decref(pairs);
  }
}

/**
 * Makes the run's `BoundArguments` class.
 *
 * @param k - the run's kind classes.
 * @returns a new reference to the class.
 * @see CPython 3.8 Lib/inspect.py `class BoundArguments`
 */
export function makeBoundArgumentsClass(k: KindClasses): PyType {
  const self0 = (args: readonly PyObject[]): PyObject => args[0] as PyObject;
  const cls: PyType = makeClass({
    name: 'BoundArguments', module: 'inspect', meta: typeType, bases: [objectType],
    doc: BOUND_ARGUMENTS_DOC,
    slots: ['arguments', '_signature', '__weakref__'],
    body: [
      {
        kind: 'function',
        def: {
          name: '__init__',
          impl: (args, kwnames) => {
            const [self, signature, arguments_] = bindArgs('__init__', args, kwnames, ['self', 'signature', 'arguments']) as PyObject[];
            setAttrString(self as PyObject, 'arguments', arguments_ as PyObject);
            setAttrString(self as PyObject, '_signature', signature as PyObject);
            return incref(None);
          },
        },
      },
      { kind: 'property', def: { name: 'signature', impl: (args) => getAttrString(self0(args), '_signature') } },
      { kind: 'property', def: { name: 'args', impl: (args) => positionalArgs(self0(args), k) } },
      { kind: 'property', def: { name: 'kwargs', impl: (args) => keywordArgs(self0(args), k) } },
      {
        kind: 'function',
        def: {
          name: 'apply_defaults',
          impl: (args, kwnames) => {
            const [self] = bindArgs('apply_defaults', args, kwnames, ['self']) as [PyObject];
            applyDefaults(self, k);
            return incref(None);
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
            if (!other.type.mro.includes(cls)) return incref(NotImplemented);
            const same = (name: string): boolean => withAttr(self, name, (a) => withAttr(other, name, (b) => richCompareBool(a, b, 2)));
            return newBool(same('signature') && same('arguments'));
          },
        },
      },
      {
        kind: 'function',
        def: {
          name: '__repr__',
          impl: (args) => {
            const self = self0(args);
            const parts = withAttr(self, 'arguments', (a) => withAttr(a, 'items', (items) => {
              const list = callObject(items, []);
              try {
                return iterableToArray(list).map((pair) => {
                  try {
                    const [key, value] = iterableToArray(pair);
                    try {
                      return `${strText(key as PyObject)}=${reprText(value as PyObject)}`;
                    } finally {
                      decref(key as PyObject);
                      decref(value as PyObject);
                    }
                  } finally {
                    decref(pair);
                  }
                });
              } finally {
                decref(list);
              }
            }));
            const name = withAttr(self, '__class__', (c) => withAttr(c, '__name__', strText));
            return newStr(`<${name} (${parts.join(', ')})>`);
          },
        },
      },
    ],
  });
  return cls;
}

const BOUND_ARGUMENTS_DOC = `Result of \`Signature.bind\` call.  Holds the mapping of arguments
    to the function's parameters.

    Has the following public attributes:

    * arguments : OrderedDict
        An ordered mutable mapping of parameters' names to arguments' values.
        Does not contain arguments' default values.
    * signature : Signature
        The Signature object that created this instance.
    * args : tuple
        Tuple of positional arguments values.
    * kwargs : dict
        Dict of keyword arguments values.
    `;
