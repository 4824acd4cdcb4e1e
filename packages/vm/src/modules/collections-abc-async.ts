/**
 * The `async def` methods of `collections.abc.AsyncIterator` and `AsyncGenerator`: each call makes
 * a coroutine (named `AsyncGenerator.aclose`, ...) whose body awaits the generator's own
 * `asend`/`athrow`. Mirrors CPython 3.8 Lib/_collections_abc.py (`AsyncIterator.__anext__`,
 * `AsyncGenerator.__anext__`, `asend`, `athrow`, `aclose`).
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { None } from '../objects/singletons.ts';
import { PyRaise, clearRaise, exceptionMatches, raiseMessage } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import type { ClassEntry } from './abc-class.ts';
import { arg, bareRaise, callMethod, pyDef, raiseThrown } from './collections-abc-support.ts';
import { awaitIter, newAsyncMethodCoro, type AsyncBody } from './contextlib-coro.ts';

type Args = readonly (PyObject | undefined)[];

/** A method whose calls make a coroutine `owner.name` running `body` over the bound arguments. */
function asyncMethod(
  owner: string, name: string, params: readonly string[], body: (a: Args) => AsyncBody,
  opts: { readonly ndefaults?: number; readonly abstract?: boolean; readonly doc?: string } = {},
): ClassEntry {
  const qualname = `${owner}.${name}`;
  return {
    kind: 'function',
    def: pyDef(name, params, (a) => newAsyncMethodCoro(qualname, body(a), a.map((o) => o ?? None)), opts),
  };
}

/** `await self.<name>(*args)`: the iterator to yield (its result comes back as a new reference). */
function awaitMethod(self: PyObject, name: string, args: readonly PyObject[]): PyObject {
  const aw = callMethod(self, name, args);
  try {
    return awaitIter(aw);
  } finally {
    decref(aw);
  }
}

/** `raise StopAsyncIteration` (the body of the abstract `__anext__` and `asend`). */
function* stopAsync(): AsyncBody {
  yield* [];
  throw bareRaise(E.StopAsyncIteration);
}

/** `return await self.asend(None)`. */
function* anextBody(self: PyObject): AsyncBody {
  return yield awaitMethod(self, 'asend', [None]);
}

/** The abstract `athrow`: raises `typ`, or `val`, with `tb` as its traceback. */
function* athrowBody(typ: PyObject, val: PyObject, tb: PyObject): AsyncBody {
  yield* [];
  throw raiseThrown(typ, val, tb);
}

/** `aclose`: `await self.athrow(GeneratorExit)`, which must raise GeneratorExit or StopAsyncIteration. */
function* acloseBody(self: PyObject): AsyncBody {
  try {
    decref(yield awaitMethod(self, 'athrow', [E.GeneratorExit]));
  } catch (e) {
    if (!(e instanceof PyRaise) || !(exceptionMatches(e, E.GeneratorExit) || exceptionMatches(e, E.StopAsyncIteration))) throw e;
    clearRaise(e);
    return incref(None);
  }
  throw raiseMessage(E.RuntimeError, 'asynchronous generator ignored GeneratorExit');
}

/** `AsyncIterator.__anext__` (abstract). */
export function asyncIteratorAnext(): ClassEntry {
  return asyncMethod('AsyncIterator', '__anext__', ['self'], stopAsync, { abstract: true, doc: 'Return the next item or raise StopAsyncIteration when exhausted.' });
}

/** The methods of `AsyncGenerator` but its `__subclasshook__`. */
export function asyncGeneratorMethods(): ClassEntry[] {
  return [
    asyncMethod('AsyncGenerator', '__anext__', ['self'], (a) => anextBody(arg(a, 0)), {
      doc: 'Return the next item from the asynchronous generator.\n        When exhausted, raise StopAsyncIteration.\n        ',
    }),
    asyncMethod('AsyncGenerator', 'asend', ['self', 'value'], stopAsync, {
      abstract: true, doc: 'Send a value into the asynchronous generator.\n        Return next yielded value or raise StopAsyncIteration.\n        ',
    }),
    asyncMethod('AsyncGenerator', 'athrow', ['self', 'typ', 'val', 'tb'], (a) => athrowBody(arg(a, 1), a[2] ?? None, a[3] ?? None), {
      abstract: true, ndefaults: 2, doc: 'Raise an exception in the asynchronous generator.\n        Return next yielded value or raise StopAsyncIteration.\n        ',
    }),
    asyncMethod('AsyncGenerator', 'aclose', ['self'], (a) => acloseBody(arg(a, 0)), {
      doc: 'Raise GeneratorExit inside coroutine.\n        ',
    }),
  ];
}
