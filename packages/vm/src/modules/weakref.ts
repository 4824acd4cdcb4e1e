/**
 * The `weakref` module (with `_weakref`): `ref`, `proxy`, `getweakrefcount`, `getweakrefs`,
 * `finalize`, `ReferenceType`, `ProxyType`, `CallableProxyType`. Mirrors CPython 3.8
 * Modules/_weakref.c and Lib/weakref.py.
 * @module
 */
import { newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { newBuiltinFunction } from '../objects/native-function.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { finalizeExitFunc, finalizeHooks, finalizeType } from '../objects/weakref-finalize.ts';
import { callableProxyType, newProxy, proxyType, weakrefType } from '../objects/weakref.ts';
import { None } from '../objects/singletons.ts';
import { typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { atexitRegister } from './atexit.ts';
import { defineNativeModule } from './module-builder.ts';
import '../objects/weakref-proxy.ts';

finalizeHooks.registerExit = () => {
  const f = newBuiltinFunction({ name: '_exitfunc', kind: 'noargs', impl: () => { finalizeExitFunc(); return incref(None); } }, null, 'weakref');
  atexitRegister(f);
  decref(f);
};

defineNativeModule({
  name: 'weakref',
  doc: 'Weak reference support for Python.\n',
  functions: [
    { name: 'getweakrefcount', kind: 'o', impl: (_m, args) => newInt((args[0] as PyObject).weakrefs?.length ?? 0) },
    {
      name: 'getweakrefs', kind: 'o',
      impl: (_m, args) => newListStealing(((args[0] as PyObject).weakrefs ?? []).map((w) => incref(w))),
    },
    {
      name: 'proxy', kind: 'fast',
      impl: (_m, args) => {
        if (args.length < 1 || args.length > 2) throw typeError(`proxy expected at most 2 arguments, got ${args.length}`);
        const o = args[0] as PyObject;
        return newProxy(o, args[1] ?? null, o.type.call !== undefined);
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
  ],
});
