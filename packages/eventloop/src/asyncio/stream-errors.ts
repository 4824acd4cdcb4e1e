/**
 * The `__init__` and `__reduce__` of `asyncio.IncompleteReadError(partial, expected)` and
 * `asyncio.LimitOverrunError(message, consumed)`: the message they build, the attributes they
 * keep, and what pickling would call. Mirrors CPython 3.8 Lib/asyncio/exceptions.py.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { IncompleteReadError, LimitOverrunError } from './state.ts';
import { addPythonMethods, checkSignature } from './python-method.ts';

/** `BaseException.__init__(self, *args)`, as `super().__init__(...)` calls it. */
function baseInit(self: rt.PyObject, args: readonly rt.PyObject[]): void {
  const init = rt.Exceptions.BaseException.init;
  if (init !== undefined) init(self, args, null);
}

/** The two parameters of `__init__` (checked as a Python function checks them), by position. */
function twoParams(names: readonly [string, string], args: readonly rt.PyObject[], kwnames: readonly string[] | null): [rt.PyObject, rt.PyObject] {
  checkSignature('__init__', { params: ['self', ...names] }, [rt.None, ...args], kwnames);
  const nkw = kwnames?.length ?? 0;
  const bound: rt.PyObject[] = args.slice(0, args.length - nkw);
  (kwnames ?? []).forEach((k, i) => {
    bound[names.indexOf(k)] = args[args.length - nkw + i] as rt.PyObject;
  });
  return [bound[0] as rt.PyObject, bound[1] as rt.PyObject];
}

function setAttr(self: rt.PyObject, name: string, value: rt.PyObject): void {
  rt.setAttr(self, rt.internStr(name), value);
}

function getAttr(self: rt.PyObject, name: string): rt.PyObject {
  return rt.getAttrString(self, name);
}

/** `IncompleteReadError.__init__(self, partial, expected)`. */
function incompleteReadInit(self: rt.PyObject, args: readonly rt.PyObject[], kwnames: readonly string[] | null): void {
  const [partial, expected] = twoParams(['partial', 'expected'], args, kwnames);
  const rExpected = expected === rt.None ? 'undefined' : rt.reprText(expected);
  const message = rt.newStr(`${rt.length(partial)} bytes read on a total of ${rExpected} expected bytes`);
  try {
    baseInit(self, [message]);
  } finally {
    rt.decref(message);
  }
  setAttr(self, 'partial', partial);
  setAttr(self, 'expected', expected);
}

/** `LimitOverrunError.__init__(self, message, consumed)`. */
function limitOverrunInit(self: rt.PyObject, args: readonly rt.PyObject[], kwnames: readonly string[] | null): void {
  const [message, consumed] = twoParams(['message', 'consumed'], args, kwnames);
  baseInit(self, [message]);
  setAttr(self, 'consumed', consumed);
}

/** `return type(self), (a, b)`. */
function reduceWith(self: rt.PyObject, first: rt.PyObject, second: rt.PyObject): rt.PyObject {
  try {
    return rt.newTupleStealing([rt.incref(self.type), rt.newTupleStealing([first, second])]);
  } catch (e) {
    rt.decref(first);
    rt.decref(second);
    throw e;
  }
}

IncompleteReadError.init = incompleteReadInit;
LimitOverrunError.init = limitOverrunInit;
addPythonMethods(IncompleteReadError, 'asyncio.exceptions', IncompleteReadError, [
  { def: { name: '__init__', kind: 'fastkw', impl: (self, args, kwnames) => (incompleteReadInit(self, args, kwnames), rt.newNone()) } },
  { def: { name: '__reduce__', kind: 'noargs', impl: (self) => reduceWith(self, getAttr(self, 'partial'), getAttr(self, 'expected')) } },
]);
addPythonMethods(LimitOverrunError, 'asyncio.exceptions', LimitOverrunError, [
  { def: { name: '__init__', kind: 'fastkw', impl: (self, args, kwnames) => (limitOverrunInit(self, args, kwnames), rt.newNone()) } },
  {
    def: {
      name: '__reduce__',
      kind: 'noargs',
      impl: (self) => {
        // `self.args[0]`.
        const args = getAttr(self, 'args');
        const index = rt.newInt(0);
        let first: rt.PyObject;
        try {
          first = rt.getItem(args, index);
        } finally {
          rt.decref(index);
          rt.decref(args);
        }
        return reduceWith(self, first, getAttr(self, 'consumed'));
      },
    },
  },
]);
