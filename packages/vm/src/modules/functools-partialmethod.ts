/**
 * `functools.partialmethod`: a method descriptor applying some arguments in advance. It is a class
 * written in Python in CPython, so here too it is a heap class (instances keep `func`, `args`
 * and `keywords` in their `__dict__`), made when `functools` is imported. `__get__` wraps what the
 * underlying descriptor returns in a `functools.partial`, or else binds a nested `_method`
 * function that carries `_partialmethod` for `inspect.signature`. Mirrors CPython 3.8
 * Lib/functools.py `class partialmethod`.
 * @module
 */
import { PyDict, dictItems, dictSet, newDict } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { False } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { PyTuple, newTuple } from '../objects/tuple.ts';
import { propertyType } from '../objects/descr-types.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttrString, lookupAttrString, setAttrString } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { typeType } from '../runtime/core-types.ts';
import { PyRaise, clearRaise, exceptionMatches, typeError } from '../runtime/errors.ts';
import { formatObject } from '../runtime/format-value.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { makeClass, type ClassEntry } from './abc-class.ts';
import { bindArgs, newClassFunction, type ClassFunctionDef, type PyClassFunction } from './abc-function.ts';
import { callWithDict, partialType } from './functools-partial.ts';
import { warn } from './warnings-core.ts';

const DOC = 'Method descriptor with partial application of the given arguments\n    and keywords.\n\n    Supports wrapping existing descriptors and handles non-descriptor\n    callables as instance methods.\n    ';

/** The positional arguments and the keyword names/values of a vectorcall. */
function split(args: readonly PyObject[], kwnames: readonly string[] | null): [PyObject[], [string, PyObject][]] {
  const names = kwnames ?? [];
  const npos = args.length - names.length;
  return [args.slice(0, npos), names.map((k, i) => [k, args[npos + i] as PyObject])];
}

/** `{**base, **extra}` as a new dict. */
function mergedKeywords(base: PyObject, extra: readonly (readonly [PyObject, PyObject])[]): PyDict {
  const d = newDict();
  try {
    if (base instanceof PyDict) for (const [k, v] of dictItems(base)) dictSet(d, k, v);
    else if (base !== None) decref(callMethod(d, 'update', [base]));
    for (const [k, v] of extra) dictSet(d, k, v);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

function strPairs(kw: readonly [string, PyObject][]): [PyObject, PyObject][] {
  return kw.map(([k, v]) => [newStr(k), v]);
}

/** `partialmethod.__init__(*args, **keywords)`. */
function init(args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const [pos, kw] = split(args, kwnames);
  let self: PyObject;
  let func: PyObject;
  let rest: PyObject[];
  const funcAt = kw.findIndex(([k]) => k === 'func');
  if (pos.length >= 2) {
    [self, func] = pos as [PyObject, PyObject];
    rest = pos.slice(2);
  } else if (pos.length === 0) {
    throw typeError("descriptor '__init__' of partialmethod needs an argument");
  } else if (funcAt >= 0) {
    func = (kw[funcAt] as [string, PyObject])[1];
    kw.splice(funcAt, 1);
    self = pos[0] as PyObject;
    rest = [];
    const message = newStr("Passing 'func' as keyword argument is deprecated");
    try {
      // DEVIATION(cpython): stacklevel 1 (this __init__ has no Python frame).
      warn(E.DeprecationWarning, message, 1);
    } finally {
      decref(message);
    }
  } else {
    throw typeError(`type 'partialmethod' takes at least one argument, got ${pos.length - 1}`);
  }
  if (func.type.call === undefined) {
    const get = lookupAttrString(func, '__get__');
    if (get === null) throw typeError(`${reprText(func)} is not callable or a descriptor`);
    decref(get);
  }
  const keys = strPairs(kw);
  try {
    if (isPartialMethod(func)) {
      // Flattening keeps `cls`/`self` ahead of every frozen argument.
      const inner = getAttrString(func, 'func');
      try {
        setAttrString(self, 'func', inner);
      } finally {
        decref(inner);
      }
      const innerArgs = getAttrString(func, 'args');
      try {
        const joined = newTuple([...(innerArgs instanceof PyTuple ? innerArgs.items : []), ...rest]);
        setAttrString(self, 'args', joined);
        decref(joined);
      } finally {
        decref(innerArgs);
      }
      const innerKw = getAttrString(func, 'keywords');
      try {
        const merged = mergedKeywords(innerKw, keys);
        setAttrString(self, 'keywords', merged);
        decref(merged);
      } finally {
        decref(innerKw);
      }
    } else {
      setAttrString(self, 'func', func);
      const frozen = newTuple(rest);
      setAttrString(self, 'args', frozen);
      decref(frozen);
      const kwDict = mergedKeywords(None, keys);
      setAttrString(self, 'keywords', kwDict);
      decref(kwDict);
    }
  } finally {
    for (const [k] of keys) decref(k);
  }
  return incref(None);
}

/** The class of the running program, for `isinstance(func, partialmethod)`. */
let currentClass: PyType | null = null;

function isPartialMethod(o: PyObject): boolean {
  return currentClass !== null && o.type.isSubtype(currentClass);
}

/** `format(o, '')` as text. */
function formatText(o: PyObject): string {
  const s = formatObject(o, '');
  try {
    return s.value;
  } finally {
    decref(s);
  }
}

/** `partialmethod.__repr__`. */
function repr(self: PyObject): PyObject {
  const parts: string[] = [];
  const cls = getAttrString(self, '__class__');
  try {
    for (const attr of ['__module__', '__qualname__']) {
      const v = getAttrString(cls, attr);
      try {
        parts.push(formatText(v));
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(cls);
  }
  const func = getAttrString(self, 'func');
  let funcText: string;
  try {
    funcText = formatText(func);
  } finally {
    decref(func);
  }
  const args = getAttrString(self, 'args');
  let argsText: string;
  try {
    argsText = (args instanceof PyTuple ? args.items : []).map((a) => reprText(a)).join(', ');
  } finally {
    decref(args);
  }
  const kw = getAttrString(self, 'keywords');
  let kwText: string;
  try {
    kwText = (kw instanceof PyDict ? dictItems(kw) : []).map(([k, v]) => `${formatText(k)}=${reprText(v)}`).join(', ');
  } finally {
    decref(kw);
  }
  return newStr(`${parts[0] ?? ''}.${parts[1] ?? ''}(${funcText}, ${argsText}, ${kwText})`);
}

/** The nested `_method(cls_or_self, /, *args, **keywords)`; its closure is the partialmethod. */
const methodDef: ClassFunctionDef = {
  name: '_method',
  impl: (args, kwnames, fn) => {
    const pm = fn.closure as PyObject;
    const [pos, kw] = split(args, kwnames);
    const first = pos[0];
    if (first === undefined) throw typeError("_method() missing 1 required positional argument: 'cls_or_self'");
    const own = getAttrString(pm, 'keywords');
    const keys = strPairs(kw);
    let merged: PyDict;
    try {
      merged = mergedKeywords(own, keys);
    } finally {
      decref(own);
      for (const [k] of keys) decref(k);
    }
    try {
      const func = getAttrString(pm, 'func');
      try {
        const frozen = getAttrString(pm, 'args');
        try {
          return callWithDict(func, [first, ...(frozen instanceof PyTuple ? frozen.items : []), ...pos.slice(1)], merged);
        } finally {
          decref(frozen);
        }
      } finally {
        decref(func);
      }
    } finally {
      decref(merged);
    }
  },
};

/** `partialmethod._make_unbound_method`. */
function makeUnboundMethod(self: PyObject): PyClassFunction {
  const method = newClassFunction(methodDef, 'functools', 'partialmethod._make_unbound_method.<locals>', self);
  try {
    const abstract = getAttrString(self, '__isabstractmethod__');
    try {
      setAttrString(method, '__isabstractmethod__', abstract);
    } finally {
      decref(abstract);
    }
    setAttrString(method, '_partialmethod', self);
  } catch (e) {
    decref(method);
    throw e;
  }
  return method;
}

/** `partialmethod.__get__(obj, cls=None)`. */
function get(self: PyObject, obj: PyObject, cls: PyObject): PyObject {
  const func = getAttrString(self, 'func');
  let result: PyObject | null = null;
  try {
    const getter = lookupAttrString(func, '__get__');
    if (getter !== null) {
      let newFunc: PyObject;
      try {
        newFunc = callObject(getter, [obj, cls]);
      } finally {
        decref(getter);
      }
      try {
        if (newFunc !== func) result = newPartial(self, newFunc);
      } finally {
        decref(newFunc);
      }
    }
  } finally {
    decref(func);
  }
  if (result !== null) return result;
  const method = callMethod(self, '_make_unbound_method');
  try {
    return callMethod(method, '__get__', [obj, cls]);
  } finally {
    decref(method);
  }
}

/** `partial(new_func, *self.args, **self.keywords)`, with `__self__` copied when there is one. */
function newPartial(self: PyObject, newFunc: PyObject): PyObject {
  const args = getAttrString(self, 'args');
  const kw = getAttrString(self, 'keywords');
  let result: PyObject;
  try {
    const frozen = args instanceof PyTuple ? args.items : [];
    result = kw instanceof PyDict ? callWithDict(partialType, [newFunc, ...frozen], kw) : callObject(partialType, [newFunc, ...frozen]);
  } finally {
    decref(args);
    decref(kw);
  }
  try {
    const boundSelf = lookupAttrString(newFunc, '__self__');
    if (boundSelf !== null) {
      try {
        setAttrString(result, '__self__', boundSelf);
      } catch (e) {
        if (!(e instanceof PyRaise) || !exceptionMatches(e, E.AttributeError)) throw e;
        clearRaise(e);
      } finally {
        decref(boundSelf);
      }
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** `partialmethod.__isabstractmethod__` (a property): `getattr(self.func, "__isabstractmethod__", False)`. */
function isAbstract(self: PyObject): PyObject {
  const func = getAttrString(self, 'func');
  try {
    const v = lookupAttrString(func, '__isabstractmethod__');
    return v ?? incref(False);
  } finally {
    decref(func);
  }
}

const fn = (name: string, params: readonly string[], body: (a: readonly (PyObject | undefined)[]) => PyObject, ndefaults = 0): ClassEntry => ({
  kind: 'function',
  def: { name, impl: (args, kwnames) => body(bindArgs(name, args, kwnames, params, ndefaults)) },
});

/**
 * Makes `functools.partialmethod` for the running program.
 *
 * @returns a new reference to the class.
 * @see CPython 3.8 Lib/functools.py `class partialmethod`
 */
export function makePartialMethod(): PyType {
  const getterFn = newClassFunction({ name: '__isabstractmethod__', impl: (args, kwnames) => isAbstract(bindArgs('__isabstractmethod__', args, kwnames, ['self'])[0] as PyObject) }, 'functools', 'partialmethod');
  const prop = callObject(propertyType, [getterFn]);
  decref(getterFn);
  try {
    currentClass = makeClass({
      name: 'partialmethod', module: 'functools', meta: typeType, bases: [], doc: DOC,
      body: [
        { kind: 'function', def: { name: '__init__', impl: init } },
        fn('__repr__', ['self'], (a) => repr(a[0] as PyObject)),
        fn('_make_unbound_method', ['self'], (a) => makeUnboundMethod(a[0] as PyObject)),
        fn('__get__', ['self', 'obj', 'cls'], (a) => get(a[0] as PyObject, a[1] as PyObject, a[2] ?? None), 1),
        { kind: 'value', name: '__isabstractmethod__', value: prop },
      ],
    });
  } finally {
    decref(prop);
  }
  return currentClass;
}
