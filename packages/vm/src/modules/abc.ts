/**
 * The `abc` module: ABCMeta, ABC, abstractmethod, the deprecated abstractclassmethod,
 * abstractstaticmethod and abstractproperty, and get_cache_token. Mirrors CPython 3.8 Lib/abc.py
 * (over Modules/_abc.c).
 * @module
 */
import { classMethodType, propertyType, staticMethodType } from '../objects/descr-types.ts';
import { newBool } from '../objects/int.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { setAttrString } from '../runtime/attributes.ts';
import { typeType } from '../runtime/core-types.ts';
import { typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { dictSetStr } from '../objects/dict.ts';
import { makeClass } from './abc-class.ts';
import { bindArgs } from './abc-function.ts';
import { abcCFunctions } from './abc-c-module.ts';
import { abcMetaType } from './abc-meta.ts';
import { defineNativeModule, importFrom } from './module-builder.ts';

const ABSTRACTMETHOD_DOC = "A decorator indicating abstract methods.\n\n    Requires that the metaclass is ABCMeta or derived from it.  A\n    class that has a metaclass derived from ABCMeta cannot be\n    instantiated unless all of its abstract methods are overridden.\n    The abstract methods can be called using any of the normal\n    'super' call mechanisms.  abstractmethod() may be used to declare\n    abstract methods for properties and descriptors.\n\n    Usage:\n\n        class C(metaclass=ABCMeta):\n            @abstractmethod\n            def my_abstract_method(self, ...):\n                ...\n    ";

const FUNCTIONS: NativeDef[] = [
  {
    // DEVIATION(cpython): a Python function in Lib/abc.py; here a builtin with the same behaviour.
    name: 'abstractmethod', kind: 'o', doc: ABSTRACTMETHOD_DOC,
    impl: (_m, args) => {
      const funcobj = args[0] as PyObject;
      setAttrString(funcobj, '__isabstractmethod__', newBool(true));
      return incref(funcobj);
    },
  },
];

/** `class abstractclassmethod(classmethod)` and `abstractstaticmethod(staticmethod)`. */
function abstractWrapper(name: string, base: PyType, doc: string): PyType {
  return makeClass({
    name, module: 'abc', meta: typeType, bases: [base], doc,
    body: [
      { kind: 'value', name: '__isabstractmethod__', value: newBool(true) },
      {
        kind: 'function',
        def: {
          name: '__init__',
          impl: (args, kwnames) => {
            const [self, callable] = bindArgs('__init__', args, kwnames, ['self', 'callable']) as [PyObject, PyObject];
            setAttrString(callable, '__isabstractmethod__', newBool(true));
            const init = base.init;
            if (init === undefined) throw typeError(`${base.name}.__init__ missing`);
            init(self, [callable], null);
            return incref(None);
          },
        },
      },
    ],
  });
}

defineNativeModule({
  name: 'abc',
  doc: 'Abstract Base Classes (ABCs) according to PEP 3119.',
  functions: FUNCTIONS,
  values: () => {
    return [
      ['abstractclassmethod', abstractWrapper('abstractclassmethod', classMethodType, "A decorator indicating abstract classmethods.\n\n    Deprecated, use 'classmethod' with 'abstractmethod' instead.\n    ")],
      ['abstractstaticmethod', abstractWrapper('abstractstaticmethod', staticMethodType, "A decorator indicating abstract staticmethods.\n\n    Deprecated, use 'staticmethod' with 'abstractmethod' instead.\n    ")],
      ['abstractproperty', makeClass({
        name: 'abstractproperty', module: 'abc', meta: typeType, bases: [propertyType],
        doc: "A decorator indicating abstract properties.\n\n    Deprecated, use 'property' with 'abstractmethod' instead.\n    ",
        body: [{ kind: 'value', name: '__isabstractmethod__', value: newBool(true) }],
      })],
      ['ABCMeta', incref(abcMetaType)],
      ['ABC', makeClass({
        name: 'ABC', module: 'abc', meta: abcMetaType, bases: [],
        doc: 'Helper class that provides a standard way to create an ABC using\n    inheritance.\n    ',
        slots: [], body: [],
      })],
    ];
  },
  // `from _abc import (get_cache_token, _abc_init, _abc_register, _abc_instancecheck,
  // _abc_subclasscheck, _get_dump, _reset_registry, _reset_caches)`.
  init: (module) => {
    for (const def of abcCFunctions) {
      const value = importFrom(module, '_abc', def.name);
      dictSetStr(module.namespace, def.name, value);
      decref(value);
    }
  },
});

