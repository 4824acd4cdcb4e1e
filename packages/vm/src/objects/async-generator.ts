/**
 * The Python-visible side of async generators: `__aiter__`/`__anext__`, `asend`, `athrow`,
 * `aclose`, the `ag_*` attributes, `__name__`/`__qualname__` and the repr; installs the value
 * wrapper YIELD_VALUE uses and the type GET_ANEXT checks. Mirrors CPython 3.8
 * Objects/genobject.c (`async_gen_anext`, `async_gen_asend`, `async_gen_athrow`,
 * `async_gen_aclose`, `async_gen_as_async`, `async_gen_methods`, `async_gen_memberlist`,
 * `async_gen_getsetlist`, `async_gen_repr`).
 * @module
 */
import { finalizeGenerator, genYieldFrom } from '../runtime/gen-core.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { asyncGeneratorType as anextFastPath, setAsyncGenValueWrapper } from '../interpreter/ops-misc.ts';
import { PyAsyncGenerator, asyncGeneratorType, initHooks, wrapValueStealing } from './async-generator-object.ts';
import { addReadonlyMembers } from './getset.ts';
import { newASend, newAThrow } from './async-generator-awaitables.ts';
import { deallocGenerator } from './generator.ts';
import { genRepr, nameGetSets } from './generator-methods.ts';
import { newBool } from './int.ts';
import { None } from './singletons.ts';
import { newTuple } from './tuple.ts';

export {
  PyAsyncGenerator, PyAsyncGenWrappedValue, asyncGeneratorType, asyncGenWrappedValueType, asyncGenHookObservers, newAsyncGenerator,
} from './async-generator-object.ts';
export type { AsyncGenHookEvent } from './async-generator-object.ts';
export { PyAsyncGenASend, PyAsyncGenAThrow, asyncGenASendType, asyncGenAThrowType } from './async-generator-awaitables.ts';

/** `async_gen_anext`: the awaitable of the next step (`asend(None)`). */
function anext(self: PyObject): PyObject {
  const gen = self as PyAsyncGenerator;
  initHooks(gen);
  return newASend(gen, null);
}

asyncGeneratorType.dealloc = (self) => {
  deallocGenerator(self);
};
asyncGeneratorType.finalize = finalizeGenerator;
asyncGeneratorType.repr = (self) => genRepr(self as PyAsyncGenerator);
asyncGeneratorType.amAiter = (self) => incref(self);
asyncGeneratorType.amAnext = anext;

addMethods(asyncGeneratorType, [
  {
    name: 'asend', kind: 'o', doc: "asend(v) -> send 'v' in generator.",
    impl: (self, args) => {
      const gen = self as PyAsyncGenerator;
      initHooks(gen);
      return newASend(gen, args[0] as PyObject);
    },
  },
  {
    name: 'athrow', kind: 'fast', doc: 'athrow(typ[,val[,tb]]) -> raise exception in generator.',
    impl: (self, args) => {
      const gen = self as PyAsyncGenerator;
      const tuple = newTuple(args);
      try {
        initHooks(gen);
        return newAThrow(gen, tuple);
      } finally {
        decref(tuple);
      }
    },
  },
  {
    name: 'aclose', kind: 'noargs', doc: 'aclose() -> raise GeneratorExit inside generator.',
    impl: (self) => {
      const gen = self as PyAsyncGenerator;
      initHooks(gen);
      return newAThrow(gen, null);
    },
  },
]);
addGetSets(asyncGeneratorType, [
  ...nameGetSets('async generator'),
  { name: 'ag_await', get: (self) => genYieldFrom(self as PyAsyncGenerator) ?? incref(None), doc: 'object being awaited on, or None' },
]);
addReadonlyMembers(asyncGeneratorType, [
  { name: 'ag_frame', read: (self) => incref((self as PyAsyncGenerator).frame ?? None) },
  { name: 'ag_running', read: (self) => newBool((self as PyAsyncGenerator).runningAsync) },
  { name: 'ag_code', read: (self) => incref((self as PyAsyncGenerator).code ?? None) },
]);

setAsyncGenValueWrapper(wrapValueStealing);
anextFastPath.current = asyncGeneratorType;
