/**
 * The `weakref` module (with `_weakref`): `ref`, `proxy`, `getweakrefcount`, `getweakrefs`,
 * `finalize`, `ReferenceType`, `ProxyType`, `CallableProxyType`, `WeakValueDictionary`,
 * `WeakKeyDictionary`, `WeakSet`, `WeakMethod`, `KeyedRef`, `_remove_dead_weakref`. Mirrors CPython 3.8
 * Modules/_weakref.c and Lib/weakref.py.
 * @module
 */
import { cpythonModuleFile } from './cpython-module-files.ts';
import { newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { newBuiltinFunction } from '../objects/native-function.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { finalizeExitFunc, finalizeHooks, finalizeType } from '../objects/weakref-finalize.ts';
import { callableProxyType, newProxy, proxyType, weakrefType } from '../objects/weakref.ts';
import { None } from '../objects/singletons.ts';
import { typeError } from '../runtime/errors.ts';
import { checkPositional } from '../runtime/clinic-args.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { atexitRegister } from './atexit.ts';
import { warn } from './warnings-core.ts';
import * as E from '../objects/exceptions.ts';
import { newStr } from '../objects/str.ts';
import { defineNativeModule } from './module-builder.ts';
import '../objects/weakref-proxy.ts';
import { keyedRefType } from './weakref-keyed.ts';
import { weakKeyDictType } from './weakref-key-dict.ts';
import { weakMethodType } from './weakref-method.ts';
import { weakSetType } from './weakref-set.ts';
import { removeDeadWeakref, weakValueDictType } from './weakref-value-dict.ts';
import { isDict } from '../objects/dict.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

finalizeHooks.libraryFile = cpythonModuleFile('weakref') ?? 'weakref.py';
finalizeHooks.registerExit = () => {
  const f = newBuiltinFunction({ name: '_exitfunc', kind: 'noargs', impl: () => { finalizeExitFunc(); return incref(None); } }, null, 'weakref');
  atexitRegister(f);
  decref(f);
};
// The warning of `finalize.__init__`, attributed to its caller (`stacklevel=2` from Python code).
finalizeHooks.warnDeprecated = (text) => {
  const message = newStr(text);
  try {
    warn(E.DeprecationWarning, message, 1);
  } finally {
    decref(message);
  }
};

defineNativeModule({
  name: 'weakref',
  all: [
    'ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary', 'ReferenceType', 'ProxyType',
    'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize',
  ],
  doc: 'Weak reference support for Python.\n',
  functions: [
    { name: 'getweakrefcount', cModule: '_weakref', kind: 'o', impl: (_m, args) => newInt((args[0] as PyObject).weakrefs?.length ?? 0) },
    {
      name: 'getweakrefs', cModule: '_weakref', kind: 'o',
      impl: (_m, args) => newListStealing(((args[0] as PyObject).weakrefs ?? []).map((w) => incref(w))),
    },
    {
      name: 'proxy', cModule: '_weakref', kind: 'fast',
      impl: (_m, args) => {
        // `PyArg_UnpackTuple(args, "proxy", 1, 2, ...)`
        checkPositional('proxy', args.length, 1, 2);
        const o = args[0] as PyObject;
        return newProxy(o, args[1] ?? null, o.type.call !== undefined);
      },
    },
    {
      name: '_remove_dead_weakref', cModule: '_weakref', kind: 'fast',
      impl: (_m, args) => {
        if (args.length !== 2) throw typeError(`_remove_dead_weakref expected 2 arguments, got ${args.length}`);
        const d = args[0] as PyObject;
        if (!isDict(d)) throw typeError(`_remove_dead_weakref() argument 1 must be dict, not ${argTypeName(d)}`);
        removeDeadWeakref(d, args[1] as PyObject);
        return incref(None);
      },
    },
  ],
  values: () => [
    ['ref', incref(weakrefType)],
    ['ReferenceType', incref(weakrefType)],
    ['ProxyType', incref(proxyType)],
    ['CallableProxyType', incref(callableProxyType)],
    ['ProxyTypes', newTupleStealing([incref(proxyType), incref(callableProxyType)])],
    ['finalize', incref(finalizeType)],
    ['WeakValueDictionary', incref(weakValueDictType)],
    ['WeakKeyDictionary', incref(weakKeyDictType)],
    ['WeakSet', incref(weakSetType)],
    ['WeakMethod', incref(weakMethodType)],
    ['KeyedRef', incref(keyedRefType)],
  ],
});
