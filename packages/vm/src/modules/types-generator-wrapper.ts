/**
 * `types._GeneratorWrapper`, the class `types.coroutine` wraps a generator-like object in so that
 * it can be awaited. Mirrors CPython 3.8 Lib/types.py `_GeneratorWrapper`: a Python class whose
 * instances keep the wrapped object in `_GeneratorWrapper__wrapped` (and `__isgen`, `__name__`,
 * `__qualname__`) in their `__dict__`, and delegate to it.
 * @module
 */
import { dictSetStr, type PyDict } from '../objects/dict.ts';
import { PyGenerator, generatorType } from '../objects/generator.ts';
import { newBool } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { iterNext } from '../runtime/abstract-iter.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { getAttrString, instanceDict, lookupAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { bindArgs } from './abc-function.ts';
import { holderType } from './contextlib-base.ts';

/** `types._GeneratorWrapper`. */
export const generatorWrapperType: PyType = holderType('_GeneratorWrapper', null, 'types');

const WRAPPED = '_GeneratorWrapper__wrapped';
const ISGEN = '_GeneratorWrapper__isgen';

/** `_GeneratorWrapper(gen)`: a new wrapper around `gen`. */
export function newGeneratorWrapper(gen: PyObject): PyObject {
  return callObject(generatorWrapperType, [gen]);
}

/** `self.__wrapped` (a new reference; AttributeError when `__init__` never ran). */
function wrapped(self: PyObject): PyObject {
  return getAttrString(self, WRAPPED);
}

/** `self.__wrapped.<name>(*args)`. */
function delegate(self: PyObject, name: string, args: readonly PyObject[]): PyObject {
  const g = wrapped(self);
  try {
    const m = getAttrString(g, name);
    try {
      return callObject(m, args);
    } finally {
      decref(m);
    }
  } finally {
    decref(g);
  }
}

/** `self.__wrapped.<name>`: the `gi_*`/`cr_*` properties. */
function wrappedAttr(name: string): (self: PyObject) => PyObject {
  return (self) => {
    const g = wrapped(self);
    try {
      return getAttrString(g, name);
    } finally {
      decref(g);
    }
  };
}

/** `__iter__` (and `__await__`): the wrapped object when it is exactly a generator, else self. */
function iterWrapped(self: PyObject): PyObject {
  const isGen = getAttrString(self, ISGEN);
  let truthy: boolean;
  try {
    truthy = isTrue(isGen);
  } finally {
    decref(isGen);
  }
  return truthy ? wrapped(self) : incref(self);
}

generatorWrapperType.init = (self, args, kwnames) => {
  const [, gen] = bindArgs('__init__', [self, ...args], kwnames, ['self', 'gen']) as PyObject[];
  const g = gen as PyObject;
  const d = instanceDict(self) as PyDict;
  dictSetStr(d, WRAPPED, g);
  const isGen = newBool(g instanceof PyGenerator && g.type === generatorType);
  dictSetStr(d, ISGEN, isGen);
  decref(isGen);
  for (const name of ['__name__', '__qualname__']) {
    const v = lookupAttrString(g, name);
    dictSetStr(d, name, v ?? None);
    if (v !== null) decref(v);
  }
};
generatorWrapperType.iter = iterWrapped;
// `__next__`: `next(self.__wrapped)`, its StopIteration (and the value it carries) passed on.
generatorWrapperType.iternext = (self) => {
  const g = wrapped(self);
  try {
    const slot = g.type.iternext;
    return slot === undefined ? iterNext(g) : slot(g);
  } finally {
    decref(g);
  }
};
generatorWrapperType.amAwait = iterWrapped;
addMethods(generatorWrapperType, [
  { name: 'send', kind: 'o', impl: (self, args) => delegate(self, 'send', args) },
  { name: 'throw', kind: 'fast', impl: (self, args) => {
    bindArgs('throw', [self, ...args.slice(0, 1)], null, ['self', 'tp']);
    return delegate(self, 'throw', args);
  } },
  { name: 'close', kind: 'noargs', impl: (self) => delegate(self, 'close', []) },
]);
addGetSets(generatorWrapperType, [
  { name: 'gi_code', get: wrappedAttr('gi_code') },
  { name: 'gi_frame', get: wrappedAttr('gi_frame') },
  { name: 'gi_running', get: wrappedAttr('gi_running') },
  { name: 'gi_yieldfrom', get: wrappedAttr('gi_yieldfrom') },
  { name: 'cr_code', get: wrappedAttr('gi_code') },
  { name: 'cr_frame', get: wrappedAttr('gi_frame') },
  { name: 'cr_running', get: wrappedAttr('gi_running') },
  { name: 'cr_await', get: wrappedAttr('gi_yieldfrom') },
]);
