/**
 * `contextlib.AbstractContextManager`: an ABC (`abc.ABC` subclass) with a default `__enter__`,
 * an abstract `__exit__` and a `__subclasshook__` that accepts any class with both methods.
 * Made when `contextlib` is imported, as CPython's Python class is. Mirrors CPython 3.8
 * Lib/contextlib.py `class AbstractContextManager`.
 * @module
 */
import { newInt } from '../objects/int.ts';
import type { PyModule } from '../objects/module.ts';
import { None, NotImplemented } from '../objects/singletons.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { importModuleLevel } from '../runtime/import-system.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { makeClass } from './abc-class.ts';
import { bindArgs } from './abc-function.ts';
import { abcMetaType } from './abc-meta.ts';
import { checkMethods } from './collections-abc-support.ts';

/**
 * Makes `AbstractContextManager` for the `contextlib` module being initialised.
 *
 * @param module - the `contextlib` module (its namespace imports `abc`).
 * @returns a new reference to the class.
 */
export function abstractContextManager(module: PyModule): PyType {
  const level = newInt(0);
  let abcModule: PyObject;
  try {
    abcModule = importModuleLevel('abc', module.namespace, None, level);
  } finally {
    decref(level);
  }
  let abcBase: PyObject;
  try {
    abcBase = getAttrString(abcModule, 'ABC');
  } finally {
    decref(abcModule);
  }
  let made: PyType | null = null;
  try {
    made = makeClass({
      name: 'AbstractContextManager', module: 'contextlib', meta: abcMetaType, bases: [abcBase],
      doc: 'An abstract base class for context managers.',
      body: [
        {
          kind: 'function',
          def: {
            name: '__enter__', doc: 'Return `self` upon entering the runtime context.',
            impl: (args, kwnames) => incref(bindArgs('__enter__', args, kwnames, ['self'])[0] as PyObject),
          },
        },
        {
          kind: 'function',
          def: {
            name: '__exit__', doc: 'Raise any exception triggered within the runtime context.', abstract: true,
            impl: (args, kwnames) => {
              bindArgs('__exit__', args, kwnames, ['self', 'exc_type', 'exc_value', 'traceback']);
              return incref(None);
            },
          },
        },
        {
          kind: 'classmethod',
          def: {
            name: '__subclasshook__',
            impl: (args, kwnames) => {
              const [cls, c] = bindArgs('__subclasshook__', args, kwnames, ['cls', 'C']) as [PyObject, PyObject];
              if (cls !== made) return incref(NotImplemented);
              return checkMethods(c, ['__enter__', '__exit__']);
            },
          },
        },
      ],
    });
  } finally {
    decref(abcBase);
  }
  return made;
}
