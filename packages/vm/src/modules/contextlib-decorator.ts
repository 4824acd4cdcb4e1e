/**
 * Context managers as decorators: `contextlib.ContextDecorator` (whose `__call__` wraps a function
 * so that each call runs inside `with self._recreate_cm():`), and the functions `contextmanager`
 * returns (`helper`, wrapped with `functools.wraps` like the decorated generator function).
 * Mirrors CPython 3.8 Lib/contextlib.py `ContextDecorator` and `contextmanager`.
 * @module
 */
import { addPythonMethods } from '../objects/native-py-method.ts';
import { dictSetStr, newDict } from '../objects/dict.ts';
import { None } from '../objects/singletons.ts';
import { newTuple, PyTuple } from '../objects/tuple.ts';
import { isTrueStealing } from '../runtime/abstract-compare.ts';
import { whileHandling } from '../runtime/handling-exception.ts';
import { lookupSpecial } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { PyRaise, attributeError, clearRaise } from '../runtime/errors.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { bindArgs, newClassFunction, type ClassFunctionDef } from './abc-function.ts';
import { excDetails, holderType } from './contextlib-base.ts';
import { wrapsStealing } from './functools-wrap.ts';

/**
 * `with mgr: result = body()`: `__enter__`, the body, then `__exit__` (which may swallow the
 * exception).
 *
 * @param mgr - the context manager.
 * @param body - the block: a new reference.
 * @param swallowed - what the block leaves when `__exit__` swallows its exception (borrowed).
 * @returns a new reference to the block's result, or to `swallowed`.
 * @see CPython 3.8 Python/ceval.c `SETUP_WITH`, `WITH_CLEANUP_START`
 */
export function runWith(mgr: PyObject, body: () => PyObject, swallowed: PyObject = None): PyObject {
  const enter = lookupSpecial(mgr, '__enter__');
  if (enter === null) throw attributeError('__enter__');
  const exit = lookupSpecial(mgr, '__exit__');
  if (exit === null) {
    decref(enter);
    throw attributeError('__exit__');
  }
  try {
    decref(callObject(enter, []));
    let result: PyObject;
    try {
      result = body();
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      const details = excDetails(e);
      let swallow: boolean;
      try {
        // WITH_CLEANUP_START and _FINISH run in the handler: `e` is being handled.
        swallow = whileHandling(e, () => isTrueStealing(callObject(exit, details)));
      } catch (inner) {
        // The exit's own error replaces `e`, which stays only as its `__context__`.
        clearRaise(e);
        throw inner;
      } finally {
        for (const d of details) decref(d);
      }
      if (!swallow) throw e;
      clearRaise(e);
      return incref(swallowed);
    }
    try {
      decref(callObject(exit, [None, None, None]));
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  } finally {
    decref(enter);
    decref(exit);
  }
}

/** `inner(*args, **kwds)`: its closure is `(self, func)`. */
const innerDef: ClassFunctionDef = {
  name: 'inner',
  impl: (args, kwnames, fn) => {
    const [cm, func] = (fn.closure as PyTuple).items as [PyObject, PyObject];
    const mgr = callMethod(cm, '_recreate_cm');
    try {
      return runWith(mgr, () => callObject(func, args, kwnames));
    } finally {
      decref(mgr);
    }
  },
};

/**
 * `ContextDecorator.__call__(self, func)`: `func` wrapped to run inside the context manager.
 *
 * @param cm - the context manager (its `_recreate_cm()` gives the one each call uses).
 * @param func - the decorated function.
 * @returns the wrapper function (a new reference).
 * @see CPython 3.8 Lib/contextlib.py `ContextDecorator.__call__`
 */
export function decorate(cm: PyObject, func: PyObject): PyObject {
  const closure = newTuple([cm, func]);
  const inner = newClassFunction(innerDef, 'contextlib', 'ContextDecorator.__call__.<locals>', closure);
  decref(closure);
  return wrapsStealing(inner, func);
}

/** `contextlib.ContextDecorator`. */
export const contextDecoratorType: PyType = holderType('ContextDecorator');
// `def __call__(self, func)`: its arguments bound as a Python method's are.
contextDecoratorType.call = (self, args, kwnames) => decorate(self, bindArgs('__call__', [self, ...args], kwnames, ['self', 'func'])[1] as PyObject);
addPythonMethods(contextDecoratorType, [{ name: '_recreate_cm', kind: 'noargs', doc: 'Return a recreated instance of self.', impl: (self) => incref(self) }]);

/** `helper(*args, **kwds)` of `contextmanager`: its closure is `(cmClass, func)`. */
const helperDef: ClassFunctionDef = {
  name: 'helper',
  impl: (args, kwnames, fn) => {
    const [cmClass, func] = (fn.closure as PyTuple).items as [PyObject, PyObject];
    const names = kwnames ?? [];
    const npos = args.length - names.length;
    const pos = newTuple(args.slice(0, npos));
    const kw = newDict();
    try {
      names.forEach((k, i) => { dictSetStr(kw, k, args[npos + i] as PyObject); });
      return callObject(cmClass, [func, pos, kw]);
    } finally {
      decref(pos);
      decref(kw);
    }
  },
};

/**
 * `contextmanager(func)` or `asynccontextmanager(func)`: a function named like `func`
 * (`functools.wraps`) whose calls make `cmClass(func, args, kwds)`.
 *
 * @param cmClass - `_GeneratorContextManager` or `_AsyncGeneratorContextManager`.
 * @param func - the generator function.
 * @param decorator - the decorator's name (the helper is local to it).
 * @returns the helper function (a new reference).
 * @see CPython 3.8 Lib/contextlib.py `contextmanager`, `asynccontextmanager`
 */
export function contextmanagerHelper(cmClass: PyType, func: PyObject, decorator: string): PyObject {
  const closure = newTuple([cmClass, func]);
  const helper = newClassFunction(helperDef, 'contextlib', `${decorator}.<locals>`, closure);
  decref(closure);
  return wrapsStealing(helper, func);
}
