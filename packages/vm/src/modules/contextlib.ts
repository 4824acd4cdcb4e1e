/**
 * The `contextlib` module: `contextmanager` and `asynccontextmanager` (their context managers are
 * in contextlib-generator.ts), `suppress`, `closing`, `nullcontext`, `redirect_stdout`/
 * `redirect_stderr`, the ABCs (contextlib-abc.ts), ExitStack (contextlib-exitstack.ts) and
 * AsyncExitStack (contextlib-async-exitstack.ts). Mirrors CPython 3.8 Lib/contextlib.py.
 * @module
 */
import { addPythonMethods } from '../objects/native-py-method.ts';
import { dictGetStr, dictSetStr, isDict } from '../objects/dict.ts';
import { PyModule } from '../objects/module.ts';
import { False, newBool } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newTuple } from '../objects/tuple.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { PyHolder, field, holderType, setField, setPythonInit } from './contextlib-base.ts';
import { asBuiltinCall } from '../runtime/recursion-levels.ts';
import { baseExitStackType, exitStackType } from './contextlib-exitstack.ts';
import { asyncExitStackType } from './contextlib-async-exitstack.ts';
import { asyncGenCMType, genCMBaseType, genCMType } from './contextlib-generator.ts';
import { contextDecoratorType, contextmanagerHelper } from './contextlib-decorator.ts';
import { abstractAsyncContextManager, abstractContextManager } from './contextlib-abc.ts';
import { PyClassFunction, bindArgs, bindVarArgs } from './abc-function.ts';
import { defineNativeModule } from './module-builder.ts';
import { sysAttribute } from './sys.ts';
import { objectIsSubclass } from '../runtime/abstract-isinstance.ts';

/**
 * The base of the native context managers (`suppress`, `closing`, ...): `__enter__` returns self.
 * DEVIATION(cpython): their base is CPython's `AbstractContextManager` ABC; static types cannot
 * derive from a heap class, so they derive from this static stand-in, and `isinstance` against
 * the real ABC (made in `abstractContextManager`) holds through its `__subclasshook__`.
 */
export const abstractCMType: PyType = holderType('AbstractContextManager');
addPythonMethods(abstractCMType, [
  { name: '__enter__', kind: 'noargs', impl: (self) => incref(self) },
  { name: '__exit__', kind: 'fast', impl: () => incref(None) },
]);

/** `suppress(*exceptions)`: field 0 is the tuple. */
const suppressType: PyType = holderType('suppress', abstractCMType);
setPythonInit(suppressType, (self, args, kwnames) => {
  // `def __init__(self, *exceptions)`: no keyword is accepted.
  const [, extra] = bindVarArgs('__init__', [self, ...args], kwnames, ['self']);
  const t = newTuple(extra);
  setField(self, 0, t);
  decref(t);
});
addPythonMethods(suppressType, [{
  // `suppress.__enter__` is `pass`: `with suppress(E) as x` binds None.
  name: '__enter__', kind: 'noargs', impl: () => incref(None),
}, {
  name: '__exit__', kind: 'fastkw',
  impl: (self, args, kwnames) => {
    // `return exctype is not None and issubclass(exctype, self._exceptions)`, with issubclass's
    // checks of both arguments.
    const [et] = bindArgs('__exit__', [self, ...args], kwnames, ['self', 'exctype', 'excinst', 'exctb']).slice(1);
    if (et === None) return incref(False);
    return newBool(asBuiltinCall(() => objectIsSubclass(et as PyObject, field(self, 0))));
  },
}]);

/**
 * The one argument of `def __init__(self, <param>)` (`=None` when `optional`), bound with the
 * TypeErrors a Python `__init__` raises: borrowed, None when defaulted.
 */
function initArg(self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null, param: string, optional: boolean): PyObject {
  return bindArgs('__init__', [self, ...args], kwnames, ['self', param], optional ? 1 : 0)[1] ?? None;
}

/** `closing(thing)`. */
const closingType: PyType = holderType('closing', abstractCMType);
setPythonInit(closingType, (self, args, kwnames) => { setField(self, 0, initArg(self, args, kwnames, 'thing', false)); });
addPythonMethods(closingType, [
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
setPythonInit(nullContextType, (self, args, kwnames) => { setField(self, 0, initArg(self, args, kwnames, 'enter_result', true)); });
addPythonMethods(nullContextType, [
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
  setPythonInit(t, (self, args, kwnames) => { setField(self, 0, initArg(self, args, kwnames, 'new_target', false)); });
  addPythonMethods(t, [
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

const CONTEXTMANAGER_DOC = `@contextmanager decorator.

    Typical usage:

        @contextmanager
        def some_generator(<arguments>):
            <setup>
            try:
                yield <value>
            finally:
                <cleanup>

    This makes this:

        with some_generator(<arguments>) as <variable>:
            <body>

    equivalent to this:

        <setup>
        try:
            <variable> = <value>
            <body>
        finally:
            <cleanup>
    `;

const ASYNCCONTEXTMANAGER_DOC = `@asynccontextmanager decorator.

    Typical usage:

        @asynccontextmanager
        async def some_async_generator(<arguments>):
            <setup>
            try:
                yield <value>
            finally:
                <cleanup>

    This makes this:

        async with some_async_generator(<arguments>) as <variable>:
            <body>

    equivalent to this:

        <setup>
        try:
            <variable> = <value>
            <body>
        finally:
            <cleanup>
    `;

const ALL = [
  'asynccontextmanager', 'contextmanager', 'closing', 'nullcontext', 'AbstractContextManager', 'AbstractAsyncContextManager',
  'AsyncExitStack', 'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr', 'suppress',
];

/** `contextmanager(func)` / `asynccontextmanager(func)`: Python functions in CPython, so `function` objects here. */
function decoratorFunction(name: string, doc: string, cmClass: PyType): PyObject {
  return new PyClassFunction({
    name, doc,
    impl: (args, kwnames) => contextmanagerHelper(cmClass, bindArgs(name, args, kwnames, ['func'])[0] as PyObject, name),
  }, 'contextlib', name);
}

defineNativeModule({
  name: 'contextlib',
  doc: 'Utilities for with-statement contexts.  See PEP 343.',
  values: () => [
    ['__all__', newListStealing(ALL.map((n) => newStr(n)))],
    ['contextmanager', decoratorFunction('contextmanager', CONTEXTMANAGER_DOC, genCMType)],
    ['asynccontextmanager', decoratorFunction('asynccontextmanager', ASYNCCONTEXTMANAGER_DOC, asyncGenCMType)],
    ['ContextDecorator', incref(contextDecoratorType)],
    ['_GeneratorContextManagerBase', incref(genCMBaseType)],
    ['_GeneratorContextManager', incref(genCMType)],
    ['_AsyncGeneratorContextManager', incref(asyncGenCMType)],
    ['suppress', incref(suppressType)],
    ['closing', incref(closingType)],
    ['nullcontext', incref(nullContextType)],
    ['redirect_stdout', incref(redirectStdoutType)],
    ['redirect_stderr', incref(redirectStderrType)],
    ['_BaseExitStack', incref(baseExitStackType)],
    ['ExitStack', incref(exitStackType)],
    ['AsyncExitStack', incref(asyncExitStackType)],
  ],
  init: (module) => {
    for (const [name, make] of [['AbstractContextManager', abstractContextManager], ['AbstractAsyncContextManager', abstractAsyncContextManager]] as const) {
      const cls = make(module);
      dictSetStr(module.namespace, name, cls);
      decref(cls);
    }
  },
});

