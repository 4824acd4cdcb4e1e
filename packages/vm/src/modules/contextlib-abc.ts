/**
 * `contextlib.AbstractContextManager` and `AbstractAsyncContextManager`: ABCs (`abc.ABC`
 * subclasses) with a default `__enter__` (`__aenter__`), an abstract `__exit__` (`__aexit__`) and
 * a `__subclasshook__` that accepts any class with both methods. Made when `contextlib` is
 * imported, as CPython's Python classes are. Mirrors CPython 3.8 Lib/contextlib.py
 * `class AbstractContextManager` and `class AbstractAsyncContextManager`.
 * @module
 */
import type { PyModule } from '../objects/module.ts';
import { None, NotImplemented } from '../objects/singletons.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { makeClass } from './abc-class.ts';
import { importFrom } from './module-builder.ts';
import { bindArgs, type ClassFunctionImpl } from './abc-function.ts';
import { abcMetaType } from './abc-meta.ts';
import { checkMethods } from './collections-abc-support.ts';
import { newAsyncMethodCoro, type AsyncBody } from './contextlib-coro.ts';

/** What differs between the two ABCs. */
interface AbcSpec {
  readonly name: string;
  readonly doc: string;
  readonly enter: string;
  readonly exit: string;
  /** The bodies of `enter` (returning self) and `exit` (returning None), given their arguments. */
  readonly enterImpl: (name: string, self: PyObject) => PyObject;
  readonly exitImpl: (name: string, args: readonly PyObject[]) => PyObject;
}

function makeAbc(module: PyModule, spec: AbcSpec): PyType {
  // `from abc import ABC`, as contextlib.py does.
  const base = importFrom(module, 'abc', 'ABC');
  const enter: ClassFunctionImpl = (args, kwnames) => spec.enterImpl(`${spec.name}.${spec.enter}`, bindArgs(spec.enter, args, kwnames, ['self'])[0] as PyObject);
  const exit: ClassFunctionImpl = (args, kwnames) => {
    const bound = bindArgs(spec.exit, args, kwnames, ['self', 'exc_type', 'exc_value', 'traceback']) as PyObject[];
    return spec.exitImpl(`${spec.name}.${spec.exit}`, bound);
  };
  let made: PyType | null = null;
  try {
    made = makeClass({
      name: spec.name, module: 'contextlib', meta: abcMetaType, bases: [base], doc: spec.doc,
      body: [
        { kind: 'function', def: { name: spec.enter, doc: 'Return `self` upon entering the runtime context.', impl: enter } },
        { kind: 'function', def: { name: spec.exit, doc: 'Raise any exception triggered within the runtime context.', abstract: true, impl: exit } },
        {
          kind: 'classmethod',
          def: {
            name: '__subclasshook__',
            impl: (args, kwnames) => {
              const [cls, c] = bindArgs('__subclasshook__', args, kwnames, ['cls', 'C']) as [PyObject, PyObject];
              if (cls !== made) return incref(NotImplemented);
              return checkMethods(c, [spec.enter, spec.exit]);
            },
          },
        },
      ],
    });
  } finally {
    decref(base);
  }
  return made;
}

/**
 * Makes `AbstractContextManager` for the `contextlib` module being initialised.
 *
 * @param module - the `contextlib` module (its namespace imports `abc`).
 * @returns a new reference to the class.
 */
export function abstractContextManager(module: PyModule): PyType {
  return makeAbc(module, {
    name: 'AbstractContextManager', doc: 'An abstract base class for context managers.', enter: '__enter__', exit: '__exit__',
    enterImpl: (_name, self) => incref(self),
    exitImpl: () => incref(None),
  });
}

function* returnValue(value: PyObject): AsyncBody {
  yield* [];
  return incref(value);
}

/**
 * Makes `AbstractAsyncContextManager` (its methods are `async def`: calls make coroutines).
 *
 * @param module - the `contextlib` module (its namespace imports `abc`).
 * @returns a new reference to the class.
 */
export function abstractAsyncContextManager(module: PyModule): PyType {
  return makeAbc(module, {
    name: 'AbstractAsyncContextManager', doc: 'An abstract base class for asynchronous context managers.', enter: '__aenter__', exit: '__aexit__',
    enterImpl: (name, self) => newAsyncMethodCoro(name, returnValue(self), [self]),
    exitImpl: (name, args) => newAsyncMethodCoro(name, returnValue(None), args),
  });
}
