/**
 * `types._GeneratorWrapper`, the class `types.coroutine` wraps a generator-like object in so that
 * it can be awaited. Mirrors CPython 3.8 Lib/types.py `_GeneratorWrapper`: a Python class (made
 * for each run by `type(...)`, as its class statement does) whose functions and properties keep
 * the wrapped object in `self._GeneratorWrapper__wrapped` (and `__isgen`, `__name__`,
 * `__qualname__`) and delegate to it; so its methods are functions, `gi_code` and the others
 * properties, and a wrong call fails with the messages of a Python function's argument binding.
 * @module
 */
import { newBool } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { generatorType } from '../objects/generator.ts';
import { dictGetStr } from '../objects/dict.ts';
import { PyModule } from '../objects/module.ts';
import { newStr } from '../objects/str.ts';
import * as E from '../objects/exceptions.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { newExceptionStealing, raiseValue, typeError } from '../runtime/errors.ts';
import { getAttrString, lookupAttrString, setAttrStringStealing } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { sysModules } from '../runtime/import-system.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { typeType } from '../runtime/core-types.ts';
import { tpName } from '../runtime/type-name.ts';
import { bindArgs, bindVarArgs } from './abc-function.ts';
import { makeClass, type ClassEntry } from './abc-class.ts';

const WRAPPED = '_GeneratorWrapper__wrapped';
const ISGEN = '_GeneratorWrapper__isgen';

/**
 * `_GeneratorWrapper(gen)` as `types.coroutine`'s `wrapped` calls it: the class is the global
 * `_GeneratorWrapper` of the `types` module, read when the call happens.
 *
 * DEVIATION(cpython): CPython's `wrapped` reads it from the globals it holds; corosim's reads
 * them through `sys.modules['types']`.
 */
export function newGeneratorWrapper(gen: PyObject): PyObject {
  const mod = dictGetStr(sysModules(), 'types');
  const cls = mod instanceof PyModule && mod.dict !== null ? dictGetStr(mod.dict, '_GeneratorWrapper') : null;
  if (cls === null) {
    throw raiseValue(newExceptionStealing(E.NameError, [newStr("name '_GeneratorWrapper' is not defined")]));
  }
  return callObject(cls, [gen]);
}

/** `self.__wrapped.<name>(*args)`. */
function delegate(self: PyObject, name: string, args: readonly PyObject[]): PyObject {
  const g = getAttrString(self, WRAPPED);
  try {
    return callMethod(g, name, args);
  } finally {
    decref(g);
  }
}

/** `next(self.__wrapped)`: its StopIteration (and the value it carries) passed on. */
function nextWrapped(self: PyObject): PyObject {
  const g = getAttrString(self, WRAPPED);
  try {
    const slot = g.type.iternext;
    if (slot === undefined) throw typeError(`'${tpName(g.type)}' object is not an iterator`);
    const v = slot(g);
    if (v !== null) return v;
    throw raiseValue(newExceptionStealing(E.StopIteration, []));
  } finally {
    decref(g);
  }
}

/** `__iter__` (and `__await__`): the wrapped object when `self.__isgen`, else self. */
function iterWrapped(self: PyObject): PyObject {
  const isGen = getAttrString(self, ISGEN);
  let truthy: boolean;
  try {
    truthy = isTrue(isGen);
  } finally {
    decref(isGen);
  }
  return truthy ? getAttrString(self, WRAPPED) : incref(self);
}

/** `__init__(self, gen)`. */
function init(self: PyObject, gen: PyObject): PyObject {
  setAttrStringStealing(self, WRAPPED, incref(gen));
  const cls = getAttrString(gen, '__class__');
  decref(cls);
  setAttrStringStealing(self, ISGEN, newBool(cls === generatorType));
  for (const name of ['__name__', '__qualname__']) {
    // getattr(gen, name, None)
    setAttrStringStealing(self, name, lookupAttrString(gen, name) ?? incref(None));
  }
  return incref(None);
}

/** A function of the class body, its arguments bound to `params` as a Python function's are. */
const fn = (name: string, params: readonly string[], body: (a: readonly PyObject[]) => PyObject): ClassEntry => ({
  kind: 'function',
  def: { name, impl: (args, kwnames) => body(bindArgs(name, args, kwnames, params) as PyObject[]) },
});

/** `@property def <name>(self): return self.__wrapped.<name>`. */
const prop = (name: string): ClassEntry => ({
  kind: 'property',
  def: {
    name,
    impl: (args, kwnames) => {
      const [self] = bindArgs(name, args, kwnames, ['self']) as PyObject[];
      const g = getAttrString(self as PyObject, WRAPPED);
      try {
        return getAttrString(g, name);
      } finally {
        decref(g);
      }
    },
  },
});

/**
 * Makes `types._GeneratorWrapper` for the running program.
 *
 * @returns a new reference to the class.
 * @see CPython 3.8 Lib/types.py `class _GeneratorWrapper`
 */
export function makeGeneratorWrapper(): PyType {
  return makeClass({
    name: '_GeneratorWrapper', module: 'types', meta: typeType, bases: [],
    body: [
      fn('__init__', ['self', 'gen'], (a) => init(a[0] as PyObject, a[1] as PyObject)),
      fn('send', ['self', 'val'], (a) => delegate(a[0] as PyObject, 'send', [a[1] as PyObject])),
      {
        kind: 'function',
        def: {
          name: 'throw',
          impl: (args, kwnames) => {
            const [[self, tp], rest] = bindVarArgs('throw', args, kwnames, ['self', 'tp']);
            return delegate(self as PyObject, 'throw', [tp as PyObject, ...rest]);
          },
        },
      },
      fn('close', ['self'], (a) => delegate(a[0] as PyObject, 'close', [])),
      prop('gi_code'),
      prop('gi_frame'),
      prop('gi_running'),
      prop('gi_yieldfrom'),
      { kind: 'alias', name: 'cr_code', of: 'gi_code' },
      { kind: 'alias', name: 'cr_frame', of: 'gi_frame' },
      { kind: 'alias', name: 'cr_running', of: 'gi_running' },
      { kind: 'alias', name: 'cr_await', of: 'gi_yieldfrom' },
      fn('__next__', ['self'], (a) => nextWrapped(a[0] as PyObject)),
      fn('__iter__', ['self'], (a) => iterWrapped(a[0] as PyObject)),
      { kind: 'alias', name: '__await__', of: '__iter__' },
    ],
  });
}
