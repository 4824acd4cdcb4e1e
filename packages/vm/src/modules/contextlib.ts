/**
 * The `contextlib` module: `contextmanager` and `asynccontextmanager` (their context managers are
 * in contextlib-generator.ts), `suppress`, `closing`, `nullcontext`, `redirect_stdout`/
 * `redirect_stderr`, the ABCs (contextlib-abc.ts), ExitStack (contextlib-exitstack.ts) and
 * AsyncExitStack (contextlib-async-exitstack.ts). Mirrors CPython 3.8 Lib/contextlib.py.
 * @module
 */
import { addPythonMethods } from '../objects/native-py-method.ts';
import { dictSetStr } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { False, newBool } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { newTuple } from '../objects/tuple.ts';
import { getAttrString, setAttrString } from '../runtime/attributes.ts';
import { callMethod } from '../runtime/call.ts';
import { raiseMessage, typeError } from '../runtime/errors.ts';
import { addValue } from '../runtime/type-defs.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { holderType, setPythonInit } from './contextlib-base.ts';
import { asBuiltinCall } from '../runtime/recursion-levels.ts';
import { baseExitStackType, exitStackType } from './contextlib-exitstack.ts';
import { asyncExitStackType } from './contextlib-async-exitstack.ts';
import { asyncGenCMType, genCMBaseType, genCMType } from './contextlib-generator.ts';
import { contextDecoratorType, contextmanagerHelper } from './contextlib-decorator.ts';
import { abstractAsyncContextManager, abstractContextManager } from './contextlib-abc.ts';
import { PyClassFunction, bindArgs, bindVarArgs } from './abc-function.ts';
import { defineNativeModule } from './module-builder.ts';
import { sysAttribute, sysNamespace } from './sys.ts';
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

/**
 * `self.<name> = value` in an `__init__`: the native context managers below keep their state as
 * instance attributes, in `__dict__`, as CPython's Python classes do (`suppress()._exceptions`,
 * `closing(f).thing`), and read it back with `self.<name>`.
 */
function setAttrStealing(self: PyObject, name: string, value: PyObject): void {
  try {
    setAttrString(self, name, value);
  } finally {
    decref(value);
  }
}

/** `suppress(*exceptions)`: `self._exceptions = exceptions`. */
const suppressType: PyType = holderType('suppress', abstractCMType);
setPythonInit(suppressType, (self, args, kwnames) => {
  // `def __init__(self, *exceptions)`: no keyword is accepted.
  const [, extra] = bindVarArgs('__init__', [self, ...args], kwnames, ['self']);
  setAttrStealing(self, '_exceptions', newTuple(extra));
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
    const exceptions = getAttrString(self, '_exceptions');
    try {
      return newBool(asBuiltinCall(() => objectIsSubclass(et as PyObject, exceptions)));
    } finally {
      decref(exceptions);
    }
  },
}]);

/**
 * The one argument of `def __init__(self, <param>)` (`=None` when `optional`), bound with the
 * TypeErrors a Python `__init__` raises: borrowed, None when defaulted.
 */
function initArg(self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null, param: string, optional: boolean): PyObject {
  return bindArgs('__init__', [self, ...args], kwnames, ['self', param], optional ? 1 : 0)[1] ?? None;
}

/** `self.<name>`'s value itself, for `return self.<name>`. */
function attrOf(self: PyObject, name: string): PyObject {
  return getAttrString(self, name);
}

/** `closing(thing)`: `self.thing = thing`. */
const closingType: PyType = holderType('closing', abstractCMType);
setPythonInit(closingType, (self, args, kwnames) => { setAttrString(self, 'thing', initArg(self, args, kwnames, 'thing', false)); });
addPythonMethods(closingType, [
  { name: '__enter__', kind: 'noargs', impl: (self) => attrOf(self, 'thing') },
  {
    name: '__exit__', kind: 'fast',
    impl: (self) => {
      // `self.thing.close()`
      const thing = getAttrString(self, 'thing');
      try {
        decref(callMethod(thing, 'close'));
      } finally {
        decref(thing);
      }
      return incref(None);
    },
  },
]);

/** `nullcontext(enter_result=None)`: `self.enter_result = enter_result`. */
const nullContextType: PyType = holderType('nullcontext', abstractCMType);
setPythonInit(nullContextType, (self, args, kwnames) => { setAttrString(self, 'enter_result', initArg(self, args, kwnames, 'enter_result', true)); });
addPythonMethods(nullContextType, [
  { name: '__enter__', kind: 'noargs', impl: (self) => attrOf(self, 'enter_result') },
  { name: '__exit__', kind: 'fast', impl: () => incref(None) },
]);

/** `getattr(sys, name)`: a new reference. */
function sysGetAttr(name: string): PyObject {
  const value = sysAttribute(name);
  if (value === null) throw raiseMessage(E.AttributeError, `module 'sys' has no attribute '${name}'`);
  return incref(value);
}

/** `setattr(sys, name, value)`. */
function sysSetAttr(name: string, value: PyObject): void {
  const ns = sysNamespace();
  if (ns !== null) dictSetStr(ns, name, value);
}

/** `self._stream`, the name of the `sys` attribute a `_RedirectStream` class replaces. */
function streamName(self: PyObject): string {
  const stream = getAttrString(self, '_stream');
  const name = stream instanceof PyStr ? stream.value : null;
  decref(stream);
  if (name === null) throw typeError('getattr(): attribute name must be string');
  return name;
}

/**
 * `_RedirectStream(new_target)`: `self._new_target = new_target` and `self._old_targets = []`
 * (a stack, so that the same object can be entered again while it is entered); the subclasses
 * name the `sys` attribute they replace in their class attribute `_stream`.
 */
const redirectStreamType: PyType = holderType('_RedirectStream', abstractCMType);
addValue(redirectStreamType, '_stream', () => incref(None));
setPythonInit(redirectStreamType, (self, args, kwnames) => {
  setAttrString(self, '_new_target', initArg(self, args, kwnames, 'new_target', false));
  // We use a list of old targets to make this CM re-entrant
  setAttrStealing(self, '_old_targets', newListStealing([]));
});
addPythonMethods(redirectStreamType, [
  {
    name: '__enter__', kind: 'noargs',
    impl: (self) => {
      // `self._old_targets.append(getattr(sys, self._stream))`
      const stream = streamName(self);
      const olds = getAttrString(self, '_old_targets');
      try {
        const old = sysGetAttr(stream);
        try {
          decref(callMethod(olds, 'append', [old]));
        } finally {
          decref(old);
        }
      } finally {
        decref(olds);
      }
      // `setattr(sys, self._stream, self._new_target)`, then `return self._new_target`
      const target = getAttrString(self, '_new_target');
      sysSetAttr(stream, target);
      return target;
    },
  },
  {
    name: '__exit__', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      bindArgs('__exit__', [self, ...args], kwnames, ['self', 'exctype', 'excinst', 'exctb']);
      // `setattr(sys, self._stream, self._old_targets.pop())`
      const stream = streamName(self);
      const olds = getAttrString(self, '_old_targets');
      let old: PyObject;
      try {
        old = callMethod(olds, 'pop');
      } finally {
        decref(olds);
      }
      sysSetAttr(stream, old);
      decref(old);
      return incref(None);
    },
  },
]);

/** `redirect_stdout` / `redirect_stderr`: a `_RedirectStream` with `_stream` naming its `sys` attribute. */
function redirectType(name: string, stream: string): PyType {
  const t = holderType(name, redirectStreamType);
  addValue(t, '_stream', () => newStr(stream));
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
    ['_RedirectStream', incref(redirectStreamType)],
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

