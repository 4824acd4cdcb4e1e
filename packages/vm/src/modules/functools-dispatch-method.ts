/**
 * `functools.singledispatchmethod` (a heap class, as CPython's is written in Python: `register`,
 * `__get__` returning a `_method` that dispatches on its first argument's class) and
 * `functools.recursive_repr` (`reprlib.recursive_repr`: `fillvalue` instead of endless recursion).
 * Mirrors CPython 3.8 Lib/functools.py `singledispatchmethod` and Lib/reprlib.py
 * `recursive_repr`.
 * @module
 */
import { False } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { PyTuple, newTuple } from '../objects/tuple.ts';
import { propertyType } from '../objects/descr-types.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttrString, lookupAttrString, setAttrString } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { typeType } from '../runtime/core-types.ts';
import { indexError, typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { makeClass, type ClassEntry } from './abc-class.ts';
import { PyClassFunction, bindArgs, newClassFunction, type ClassFunctionDef } from './abc-function.ts';
import { singledispatch } from './functools-extra.ts';
import { updateWrapper } from './functools-wrap.ts';

/** `getattr(func, '__isabstractmethod__', False)`. */
function isAbstract(func: PyObject): PyObject {
  return lookupAttrString(func, '__isabstractmethod__') ?? incref(False);
}

/** `_method(*args, **kwargs)`: its closure is `(self, obj, cls)`. */
const methodDef: ClassFunctionDef = {
  name: '_method',
  impl: (args, kwnames, fn) => {
    const [self, obj, cls] = (fn.closure as PyTuple).items as [PyObject, PyObject, PyObject];
    const first = (kwnames?.length ?? 0) < args.length ? args[0] : undefined;
    if (first === undefined) throw indexError('tuple index out of range');
    const dispatcher = getAttrString(self, 'dispatcher');
    let method: PyObject;
    try {
      const firstClass = getAttrString(first, '__class__');
      try {
        method = callMethod(dispatcher, 'dispatch', [firstClass]);
      } finally {
        decref(firstClass);
      }
    } finally {
      decref(dispatcher);
    }
    let bound: PyObject;
    try {
      bound = callMethod(method, '__get__', [obj, cls]);
    } finally {
      decref(method);
    }
    try {
      return callObject(bound, args, kwnames);
    } finally {
      decref(bound);
    }
  },
};

function singledispatchmethodBody(isAbstractProp: PyObject): ClassEntry[] {
  const def = (name: string, params: readonly string[], body: (a: readonly (PyObject | undefined)[]) => PyObject, ndefaults = 0): ClassEntry => ({
    kind: 'function',
    def: { name, impl: (args, kwnames) => body(bindArgs(name, args, kwnames, ['self', ...params], ndefaults)) },
  });
  return [
    def('__init__', ['func'], (a) => {
      const [self, func] = a as [PyObject, PyObject];
      if (func.type.call === undefined) {
        const get = lookupAttrString(func, '__get__');
        if (get === null) throw typeError(`${reprText(func)} is not callable or a descriptor`);
        decref(get);
      }
      const dispatcher = singledispatch(func);
      try {
        setAttrString(self, 'dispatcher', dispatcher);
      } finally {
        decref(dispatcher);
      }
      setAttrString(self, 'func', func);
      return incref(None);
    }),
    def('register', ['cls', 'method'], (a) => {
      const dispatcher = getAttrString(a[0] as PyObject, 'dispatcher');
      try {
        const register = getAttrString(dispatcher, 'register');
        try {
          return callObject(register, [a[1] as PyObject, a[2] ?? None], ['func']);
        } finally {
          decref(register);
        }
      } finally {
        decref(dispatcher);
      }
    }, 1),
    def('__get__', ['obj', 'cls'], (a) => {
      const self = a[0] as PyObject;
      const closure = newTuple([self, a[1] as PyObject, a[2] ?? None]);
      const method = newClassFunction(methodDef, 'functools', 'singledispatchmethod.__get__.<locals>', closure);
      decref(closure);
      try {
        const abstract = getAttrString(self, '__isabstractmethod__');
        try {
          setAttrString(method, '__isabstractmethod__', abstract);
        } finally {
          decref(abstract);
        }
        const register = getAttrString(self, 'register');
        try {
          setAttrString(method, 'register', register);
        } finally {
          decref(register);
        }
        const func = getAttrString(self, 'func');
        try {
          updateWrapper(method, func, null, null);
        } finally {
          decref(func);
        }
      } catch (e) {
        decref(method);
        throw e;
      }
      return method;
    }, 1),
    { kind: 'value', name: '__isabstractmethod__', value: isAbstractProp },
  ];
}

/**
 * Makes `functools.singledispatchmethod` for the running program.
 *
 * @returns a new reference to the class.
 * @see CPython 3.8 Lib/functools.py `class singledispatchmethod`
 */
export function makeSingleDispatchMethod(): PyType {
  const getter = newClassFunction({
    name: '__isabstractmethod__',
    impl: (args, kwnames) => {
      const [self] = bindArgs('__isabstractmethod__', args, kwnames, ['self']) as [PyObject];
      const func = getAttrString(self, 'func');
      try {
        return isAbstract(func);
      } finally {
        decref(func);
      }
    },
  }, 'functools', 'singledispatchmethod');
  const prop = callObject(propertyType, [getter]);
  decref(getter);
  try {
    return makeClass({
      name: 'singledispatchmethod', module: 'functools', meta: typeType, bases: [],
      doc: 'Single-dispatch generic method descriptor.\n\n    Supports wrapping existing descriptors and handles non-descriptor\n    callables as instance methods.\n    ',
      body: singledispatchmethodBody(prop),
    });
  } finally {
    decref(prop);
  }
}

/** The objects whose repr each `recursive_repr` wrapper is computing (`repr_running`). */
const reprRunning = new WeakMap<PyClassFunction, Set<PyObject>>();

/** `wrapper(self)` of `recursive_repr`: its closure is `(user_function, fillvalue)`. */
const wrapperDef: ClassFunctionDef = {
  name: 'wrapper',
  impl: (args, kwnames, fn) => {
    const [self] = bindArgs('wrapper', args, kwnames, ['self']) as [PyObject];
    const [userFunction, fillvalue] = (fn.closure as PyTuple).items as [PyObject, PyObject];
    let running = reprRunning.get(fn);
    if (running === undefined) {
      running = new Set();
      reprRunning.set(fn, running);
    }
    if (running.has(self)) return incref(fillvalue);
    running.add(self);
    try {
      return callObject(userFunction, [self]);
    } finally {
      running.delete(self);
    }
  },
};

/** `decorating_function(user_function)`: its closure is the fillvalue. */
const decoratingDef: ClassFunctionDef = {
  name: 'decorating_function',
  impl: (args, kwnames, fn) => {
    const [userFunction] = bindArgs('decorating_function', args, kwnames, ['user_function']) as [PyObject];
    const closure = newTuple([userFunction, fn.closure as PyObject]);
    const wrapper = newClassFunction(wrapperDef, 'reprlib', 'recursive_repr.<locals>.decorating_function.<locals>', closure);
    decref(closure);
    try {
      // Copied one by one (Lib/reprlib.py cannot use functools.wraps).
      for (const name of ['__module__', '__doc__', '__name__', '__qualname__']) {
        const v = getAttrString(userFunction, name);
        try {
          setAttrString(wrapper, name, v);
        } finally {
          decref(v);
        }
      }
      const ann = lookupAttrString(userFunction, '__annotations__');
      if (ann !== null) {
        try {
          setAttrString(wrapper, '__annotations__', ann);
        } finally {
          decref(ann);
        }
      }
    } catch (e) {
      decref(wrapper);
      throw e;
    }
    return wrapper;
  },
};

/** `recursive_repr(fillvalue='...')`. */
const recursiveReprDef: ClassFunctionDef = {
  name: 'recursive_repr',
  doc: 'Decorator to make a repr function return fillvalue for a recursive call',
  impl: (args, kwnames) => {
    const [fillvalue] = bindArgs('recursive_repr', args, kwnames, ['fillvalue'], 1);
    const fill = fillvalue ?? newStr('...');
    try {
      return newClassFunction(decoratingDef, 'reprlib', 'recursive_repr.<locals>', fill);
    } finally {
      if (fillvalue === undefined) decref(fill);
    }
  },
};

/**
 * `functools.recursive_repr` (imported from reprlib) as a function object.
 *
 * @returns a new reference.
 */
export function makeRecursiveRepr(): PyObject {
  return new PyClassFunction(recursiveReprDef, 'reprlib', 'recursive_repr');
}
