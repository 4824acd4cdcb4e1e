/**
 * The `contextlib` module: `contextmanager` (3.8's `_GeneratorContextManager` exactly:
 * "generator didn't yield", "generator didn't stop", exceptions thrown into the generator and
 * the StopIteration/RuntimeError rules of `__exit__`), `suppress`, `closing`, `nullcontext`,
 * `redirect_stdout`/`redirect_stderr` and `AbstractContextManager`; ExitStack is in
 * contextlib-exitstack.ts. Mirrors CPython 3.8 Lib/contextlib.py.
 * @module
 */
import { dictGetStr, dictSetStr, isDict } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { PyModule } from '../objects/module.ts';
import { False, newBool } from '../objects/int.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr } from '../objects/str.ts';
import { PyTuple, newTuple, newTupleStealing } from '../objects/tuple.ts';
import { iterNext } from '../runtime/abstract-iter.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { PyRaise, clearRaise, exceptionMatches, typeError } from '../runtime/errors.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { PyHolder, field, holderType, runtimeErrorFromNone, setField } from './contextlib-base.ts';
import { exitStackType } from './contextlib-exitstack.ts';
import { contextDecoratorType, contextmanagerHelper, decorate } from './contextlib-decorator.ts';
import { abstractContextManager } from './contextlib-abc.ts';
import { defineNativeModule } from './module-builder.ts';
import { sysAttribute } from './sys.ts';
import { positional } from '../objects/list-methods.ts';

/**
 * The base of the native context managers (`suppress`, `closing`, ...): `__enter__` returns self.
 * DEVIATION(cpython): their base is CPython's `AbstractContextManager` ABC; static types cannot
 * derive from a heap class, so they derive from this static stand-in, and `isinstance` against
 * the real ABC (made in `abstractContextManager`) holds through its `__subclasshook__`.
 */
export const abstractCMType: PyType = holderType('AbstractContextManager');
addMethods(abstractCMType, [
  { name: '__enter__', kind: 'noargs', impl: (self) => incref(self) },
  { name: '__exit__', kind: 'fast', impl: () => incref(None) },
]);

/** `_GeneratorContextManager`: fields gen, func, args, kwds. */
const genCMType: PyType = holderType('_GeneratorContextManager', abstractCMType);
const GEN = 0;
const FUNC = 1;
const ARGS = 2;
const KWDS = 3;

genCMType.init = (self, args) => {
  const [func, a, kw] = [args[0] ?? None, args[1] ?? newTupleStealing([]), args[2] ?? None];
  const kwnames: string[] = [];
  const kwvalues: PyObject[] = [];
  if (isDict(kw)) {
    for (const [k, v] of kw.storage.keys.map((key, i) => [key, kw.storage.values[i]] as const)) {
      if (k instanceof PyStr && v != null) {
        kwnames.push(k.value);
        kwvalues.push(v);
      }
    }
  }
  const posArgs = a instanceof PyTuple ? a.items : [];
  const gen = callObject(func, [...posArgs, ...kwvalues], kwnames.length > 0 ? kwnames : null);
  setField(self, GEN, gen);
  decref(gen);
  setField(self, FUNC, func);
  setField(self, ARGS, a);
  setField(self, KWDS, kw);
  if (args[1] === undefined) decref(a);
};

// DEVIATION(cpython): `_GeneratorContextManager` also derives from ContextDecorator in CPython;
// static types have one base here, so it gets ContextDecorator's `__call__` itself.
genCMType.call = (self, args) => decorate(self, args[0] as PyObject);

addMethods(genCMType, [
  {
    name: '_recreate_cm', kind: 'noargs',
    impl: (self) => callObject(self.type, [field(self, FUNC), field(self, ARGS), field(self, KWDS)]),
  },
  {
    name: '__enter__', kind: 'noargs',
    impl: (self) => {
      setField(self, ARGS, null);
      setField(self, KWDS, null);
      setField(self, FUNC, null);
      const v = iterNext(field(self, GEN));
      if (v === null) throw runtimeErrorFromNone(E.RuntimeError, "generator didn't yield");
      return v;
    },
  },
  {
    name: '__exit__', kind: 'fast',
    impl: (self, args) => {
      if (args.length !== 3) throw typeError(`__exit__() takes 4 positional arguments but ${args.length + 1} were given`);
      const [type, valueIn, tb] = args as [PyObject, PyObject, PyObject];
      const gen = field(self, GEN);
      if (type === None) {
        const v = iterNext(gen);
        if (v === null) return incref(False);
        decref(v);
        throw runtimeErrorFromNone(E.RuntimeError, "generator didn't stop");
      }
      const value = valueIn === None ? callObject(type, []) : incref(valueIn);
      try {
        const thrower = getAttrString(gen, 'throw');
        try {
          decref(callObject(thrower, [type, value, tb]));
        } finally {
          decref(thrower);
        }
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        const exc = e.value;
        if (exceptionMatches(e, E.StopIteration)) {
          clearRaise(e);
          return newBool(exc !== value);
        }
        if (exceptionMatches(e, E.RuntimeError)) {
          if (exc === value || (type === E.StopIteration && exc.cause === value)) {
            clearRaise(e);
            return incref(False);
          }
          throw e;
        }
        if (exc === value) {
          clearRaise(e);
          return incref(False);
        }
        throw e;
      } finally {
        decref(value);
      }
      throw runtimeErrorFromNone(E.RuntimeError, "generator didn't stop after throw()");
    },
  },
]);

/** `suppress(*exceptions)`: field 0 is the tuple. */
const suppressType: PyType = holderType('suppress', abstractCMType);
suppressType.init = (self, args, kwnames) => {
  const t = newTuple(positional(args, kwnames));
  setField(self, 0, t);
  decref(t);
};
addMethods(suppressType, [{
  name: '__exit__', kind: 'fast',
  impl: (self, args) => {
    const et = args[0] ?? None;
    const excs = field(self, 0);
    if (!(et instanceof PyType) || !(excs instanceof PyTuple)) return incref(False);
    return newBool(excs.items.some((t) => t instanceof PyType && et.isSubtype(t)));
  },
}]);

/** `closing(thing)`. */
const closingType: PyType = holderType('closing', abstractCMType);
closingType.init = (self, args) => { setField(self, 0, args[0] ?? None); };
addMethods(closingType, [
  { name: '__enter__', kind: 'noargs', impl: (self) => incref(field(self, 0)) },
  {
    name: '__exit__', kind: 'fast',
    impl: (self) => {
      const close = getAttrString(field(self, 0), 'close');
      try {
        decref(callObject(close, []));
      } finally {
        decref(close);
      }
      return incref(None);
    },
  },
]);

/** `nullcontext(enter_result=None)`. */
const nullContextType: PyType = holderType('nullcontext', abstractCMType);
nullContextType.init = (self, args) => { setField(self, 0, args[0] ?? None); };
addMethods(nullContextType, [
  { name: '__enter__', kind: 'noargs', impl: (self) => incref(field(self, 0)) },
  { name: '__exit__', kind: 'fast', impl: () => incref(None) },
]);

function sysNamespaceSet(name: string, value: PyObject): void {
  const modules = sysAttribute('modules');
  const sys = modules !== null && isDict(modules) ? dictGetStr(modules, 'sys') : null;
  if (sys instanceof PyModule) dictSetStr(sys.namespace, name, value);
}

/** `redirect_stdout` / `redirect_stderr`: field 0 the new target, `list` the old targets. */
function redirectType(name: string, stream: string): PyType {
  const t = holderType(name, abstractCMType);
  t.init = (self, args) => { setField(self, 0, args[0] ?? None); };
  addMethods(t, [
    {
      name: '__enter__', kind: 'noargs',
      impl: (self) => {
        (self as PyHolder).list.push(incref(sysAttribute(stream) ?? None));
        sysNamespaceSet(stream, field(self, 0));
        return incref(field(self, 0));
      },
    },
    {
      name: '__exit__', kind: 'fast',
      impl: (self) => {
        const old = (self as PyHolder).list.pop();
        if (old !== undefined) {
          sysNamespaceSet(stream, old);
          decref(old);
        }
        return incref(None);
      },
    },
  ]);
  return t;
}

const redirectStdoutType = redirectType('redirect_stdout', 'stdout');
const redirectStderrType = redirectType('redirect_stderr', 'stderr');

const FUNCTIONS: NativeDef[] = [
  { name: 'contextmanager', kind: 'o', impl: (_m, args) => contextmanagerHelper(genCMType, args[0] as PyObject) },
];

defineNativeModule({
  name: 'contextlib',
  doc: 'Utilities for with-statement contexts.  See PEP 343.',
  functions: FUNCTIONS,
  values: () => [
    ['ContextDecorator', incref(contextDecoratorType)],
    ['_GeneratorContextManager', incref(genCMType)],
    ['suppress', incref(suppressType)],
    ['closing', incref(closingType)],
    ['nullcontext', incref(nullContextType)],
    ['redirect_stdout', incref(redirectStdoutType)],
    ['redirect_stderr', incref(redirectStderrType)],
    ['ExitStack', incref(exitStackType)],
  ],
  init: (module) => {
    const cls = abstractContextManager(module);
    dictSetStr(module.namespace, 'AbstractContextManager', cls);
    decref(cls);
  },
});

