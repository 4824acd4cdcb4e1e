/**
 * `contextlib.ExitStack`: a stack of exit callbacks (`enter_context`, `push`, `callback`,
 * `pop_all`, `close`) unwound by `__exit__` with 3.8's exception-context fix-up. Mirrors
 * CPython 3.8 Lib/contextlib.py `_BaseExitStack` and `ExitStack`.
 * @module
 */
import { PyBaseException } from '../objects/exception-object.ts';
import { newBool } from '../objects/int.ts';
import { positional } from '../objects/list-methods.ts';
import { PyMethod } from '../objects/method.ts';
import { newBuiltinFunction } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { newTuple, newTupleStealing, PyTuple } from '../objects/tuple.ts';
import { newDict, dictSetStr, dictItems, PyDict } from '../objects/dict.ts';
import { PyStr } from '../objects/str.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { lookupType, missingAttribute } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { PyRaise, typeError } from '../runtime/errors.ts';
import { PyType, decref, incref, xdecref, type PyObject } from '../runtime/object.ts';
import { topmostException } from '../runtime/thread-state.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { PyHolder, excDetails, holderType } from './contextlib-base.ts';
import { tpName } from '../runtime/type-name.ts';

/** `contextlib.ExitStack`: the callbacks are the holder's `list`. */
export const exitStackType: PyType = holderType('ExitStack');

function S(o: PyObject): PyHolder {
  if (!(o instanceof PyHolder)) throw typeError(`descriptor requires an 'ExitStack' object but received '${tpName(o.type)}'`);
  return o;
}

/** `_create_cb_wrapper`: a function ignoring the exc details and calling `callback(*args, **kwds)`. */
function cbWrapper(callback: PyObject, args: readonly PyObject[], kwnames: readonly string[], kwvalues: readonly PyObject[]): PyObject {
  const kw = newDict();
  kwnames.forEach((k, i) => { dictSetStr(kw, k, kwvalues[i] as PyObject); });
  const held = newTupleStealing([incref(callback), newTuple(args), kw]);
  const f = newBuiltinFunction({
    name: '_exit_wrapper', kind: 'fast',
    impl: (self) => {
      const [cb, a, k] = (self as PyTuple).items as [PyObject, PyTuple, PyDict];
      const names: string[] = [];
      const values: PyObject[] = [];
      for (const [key, v] of dictItems(k)) {
        if (key instanceof PyStr) {
          names.push(key.value);
          values.push(v);
        }
      }
      decref(callObject(cb, [...a.items, ...values], names.length > 0 ? names : null));
      return incref(None);
    },
  }, held, null);
  decref(held);
  return f;
}

function typeAttr(o: PyObject, name: string): PyObject {
  const v = lookupType(o.type, name);
  if (v === null) missingAttribute(o.type, name);
  return v;
}

/** `_fix_exception_context(new_exc, old_exc)`. */
function fixContext(newExc: PyObject, oldExc: PyObject, frameExc: PyObject | null): void {
  let e = newExc;
  for (;;) {
    if (!(e instanceof PyBaseException)) return;
    const ctx = e.context ?? None;
    if (ctx === oldExc) return;
    if (ctx === None || ctx === frameExc) break;
    e = ctx;
  }
  if (!(e instanceof PyBaseException)) return;
  const old = e.context;
  e.context = oldExc === None ? null : incref(oldExc);
  xdecref(old);
}

function exitImpl(stack: PyHolder, detailsIn: readonly PyObject[]): PyObject {
  let details: PyObject[] = [detailsIn[0] ?? None, detailsIn[1] ?? None, detailsIn[2] ?? None].map((o) => incref(o));
  const received = details[0] !== None;
  const frameExc = topmostException().value;
  let suppressed = false;
  let pending: PyRaise | null = null;
  try {
    for (let cb = stack.list.pop(); cb !== undefined; cb = stack.list.pop()) {
      try {
        const r = callObject(cb, details);
        const truthy = isTrue(r);
        decref(r);
        if (truthy) {
          suppressed = true;
          if (pending !== null) {
            decref(pending.value);
            xdecref(pending.traceback);
          }
          pending = null;
          details.forEach((o) => { decref(o); });
          details = [incref(None), incref(None), incref(None)];
        }
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        fixContext(e.value, details[1] ?? None, frameExc);
        if (pending !== null) {
          decref(pending.value);
          xdecref(pending.traceback);
        }
        pending = e;
        details.forEach((o) => { decref(o); });
        details = excDetails(e);
      } finally {
        decref(cb);
      }
    }
  } finally {
    details.forEach((o) => { decref(o); });
  }
  if (pending !== null) throw pending;
  return newBool(received && suppressed);
}

addMethods(exitStackType, [
  { name: '__enter__', kind: 'noargs', impl: (self) => incref(self) },
  { name: '__exit__', kind: 'fast', impl: (self, args) => exitImpl(S(self), args) },
  { name: 'close', kind: 'noargs', impl: (self) => (decref(exitImpl(S(self), [])), incref(None)) },
  {
    name: 'pop_all', kind: 'noargs',
    impl: (self) => {
      const s = S(self);
      const fresh = callObject(self.type, []);
      const moved = s.list;
      s.list = [];
      const old = (fresh as PyHolder).list;
      (fresh as PyHolder).list = moved;
      old.forEach((o) => { decref(o); });
      return fresh;
    },
  },
  {
    name: 'enter_context', kind: 'o',
    impl: (self, args) => {
      const cm = args[0] as PyObject;
      const exit = typeAttr(cm, '__exit__');
      const enter = typeAttr(cm, '__enter__');
      incref(exit);
      try {
        const result = callObject(enter, [cm]);
        S(self).list.push(new PyMethod(exit, cm));
        return result;
      } finally {
        decref(exit);
      }
    },
  },
  {
    name: 'push', kind: 'o',
    impl: (self, args) => {
      const exit = args[0] as PyObject;
      const method = lookupType(exit.type, '__exit__');
      S(self).list.push(method === null ? incref(exit) : new PyMethod(method, exit));
      return incref(exit);
    },
  },
  {
    name: 'callback', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const pos = positional(args, kwnames);
      const callback = pos[0];
      if (callback === undefined) throw typeError("callback expected at least 1 positional argument, got 0");
      const names = kwnames ?? [];
      S(self).list.push(cbWrapper(callback, pos.slice(1), names, args.slice(pos.length)));
      return incref(callback);
    },
  },
]);

