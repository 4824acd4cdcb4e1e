/**
 * The event loop policy: `get_event_loop_policy()`, `set_event_loop_policy()` and the default
 * policy's `get_event_loop`, `set_event_loop` and `new_event_loop`. The current policy's loop is
 * the module state's (`state.policyLoop`); a policy that is not current keeps its own, so that
 * switching policies back and forth finds each one's loop again. A policy written in Python (a
 * subclass) is asked for the loop by `asyncio.get_event_loop()` and friends. Mirrors CPython 3.8
 * Lib/asyncio/events.py (`AbstractEventLoopPolicy`, `BaseDefaultEventLoopPolicy`,
 * `get_event_loop_policy`, `set_event_loop_policy`) and unix_events.py.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { callMethod, newLoop } from './loop-object.ts';
import { raiseNew, state } from './state.ts';
import { addPythonMethods, pythonClassRoot } from './python-method.ts';

/** A policy: the loop and `_set_called` of its thread-local while it is not the current one. */
class PyPolicy extends rt.PyObject {
  loop: rt.PyObject | null = null;
  setCalled = false;
}

/** `asyncio.AbstractEventLoopPolicy`. */
export const abstractPolicyType: rt.PyType = rt.staticType({ name: 'AbstractEventLoopPolicy', module: 'asyncio.events', basicsize: 32, flags: rt.TPFLAGS_BASETYPE | rt.TPFLAGS_HAVE_GC });
pythonClassRoot(abstractPolicyType);
/** `BaseDefaultEventLoopPolicy` (events.py), which defines `get_event_loop` and `new_event_loop`. */
export const baseDefaultPolicyType: rt.PyType = rt.staticType({ name: 'BaseDefaultEventLoopPolicy', module: 'asyncio.events', basicsize: 32, flags: rt.TPFLAGS_BASETYPE | rt.TPFLAGS_HAVE_GC, base: abstractPolicyType });
/** `asyncio.DefaultEventLoopPolicy` (`_UnixDefaultEventLoopPolicy`). */
export const defaultPolicyType: rt.PyType = rt.staticType({ name: '_UnixDefaultEventLoopPolicy', module: 'asyncio.unix_events', basicsize: 32, flags: rt.TPFLAGS_BASETYPE | rt.TPFLAGS_HAVE_GC, base: baseDefaultPolicyType });

for (const t of [abstractPolicyType, baseDefaultPolicyType, defaultPolicyType]) {
  t.new = (type) => {
    const p = new PyPolicy(type, rt.allocateAddress(type));
    if (type.isHeapType) rt.incref(type);
    return p;
  };
  t.weakrefable = true;
  t.dealloc = (self) => {
    rt.clearWeakrefs(self);
    const p = self as PyPolicy;
    const loop = p.loop;
    p.loop = null;
    rt.xdecref(loop);
    if (p.dict !== null) {
      const d = p.dict;
      p.dict = null;
      rt.decref(d);
    }
    // freeObject drops the reference to a heap type that `new` took.
    rt.freeObject(self);
  };
  // Python objects in CPython: a policy in a cycle (a method replaced on it that refers back to
  // it) is collected.
  t.traverse = (self, visit) => {
    const p = self as PyPolicy;
    if (p.loop !== null) visit(p.loop);
    if (p.dict !== null) visit(p.dict);
  };
  t.clear = (self) => {
    const p = self as PyPolicy;
    const { loop, dict } = p;
    p.loop = null;
    p.dict = null;
    rt.xdecref(loop);
    rt.xdecref(dict);
  };
}

/** `raise NotImplementedError`, the body of every method of the abstract policy. */
const notImplemented = (): rt.PyObject => {
  throw raiseNew(rt.Exceptions.NotImplementedError, null);
};
addPythonMethods(abstractPolicyType, 'asyncio.events', abstractPolicyType, [
  ...['get_event_loop', 'new_event_loop', 'get_child_watcher'].map((name) => ({ def: { name, kind: 'noargs' as const, impl: notImplemented } })),
  { def: { name: 'set_event_loop', kind: 'o', impl: notImplemented }, params: ['loop'] },
  { def: { name: 'set_child_watcher', kind: 'o', impl: notImplemented }, params: ['watcher'] },
]);

/** The current policy's loop and `_set_called` (`policy` null or current), or those a policy keeps while not current. */
export function slotsOf(policy: rt.PyObject | null): { loop: rt.PyObject | null; setCalled: boolean; set: (loop: rt.PyObject | null, setCalled: boolean) => void } {
  if (policy === null || policy === state.policy) {
    return {
      loop: state.policyLoop,
      setCalled: state.policySetCalled,
      set: (loop, setCalled) => {
        state.policyLoop = loop;
        state.policySetCalled = setCalled;
      },
    };
  }
  const p = policy as PyPolicy;
  return {
    loop: p.loop,
    setCalled: p.setCalled,
    set: (loop, setCalled) => {
      p.loop = loop;
      p.setCalled = setCalled;
    },
  };
}

/** `BaseDefaultEventLoopPolicy.set_event_loop(loop)`: `_set_called` first, then the `assert`. */
export function policySetEventLoop(policy: rt.PyObject | null, loop: rt.PyObject, isLoop: (o: rt.PyObject) => boolean): void {
  const slots = slotsOf(policy);
  slots.set(slots.loop, true);
  if (loop !== rt.None && !isLoop(loop)) throw raiseNew(rt.Exceptions.AssertionError, null);
  const old = slotsOf(policy).loop;
  slots.set(loop === rt.None ? null : rt.incref(loop), true);
  rt.xdecref(old);
}

/** `BaseDefaultEventLoopPolicy.get_event_loop()` (new reference): made on first use unless `set_event_loop` was called. */
export function policyGetEventLoop(policy: rt.PyObject | null, isLoop: (o: rt.PyObject) => boolean): rt.PyObject {
  let slots = slotsOf(policy);
  if (slots.loop === null && !slots.setCalled) {
    // `self.set_event_loop(self.new_event_loop())`: a subclass (or the instance) may override either.
    const python = policy !== null && (policy.type.isHeapType || setOnInstance(policy, 'new_event_loop') || setOnInstance(policy, 'set_event_loop'));
    const loop = python ? callMethod(policy, 'new_event_loop', []) : newLoop();
    try {
      if (python) rt.decref(callMethod(policy, 'set_event_loop', [loop]));
      else policySetEventLoop(policy, loop, isLoop);
    } finally {
      rt.decref(loop);
    }
    slots = slotsOf(policy);
  }
  if (slots.loop === null) throw raiseNew(rt.Exceptions.RuntimeError, "There is no current event loop in thread 'MainThread'.");
  return rt.incref(slots.loop);
}

/** Whether `name` is in the instance dict of `o` (a method replaced on the instance, as a test's spy does). */
function setOnInstance(o: rt.PyObject, name: string): boolean {
  return o.dict !== null && rt.dictGetStr(o.dict, name) !== null;
}

/** The current policy when it is written in Python (its methods are asked), else null. */
export function pythonPolicy(): rt.PyObject | null {
  const p = state.policy;
  return p !== null && p.type.isHeapType ? p : null;
}

/** `get_event_loop_policy()` (new reference): the default policy is made on first use. */
function getPolicy(): rt.PyObject {
  if (state.policy === null) state.policy = new PyPolicy(defaultPolicyType, rt.allocateAddress(defaultPolicyType));
  return rt.incref(state.policy);
}

/** `set_event_loop_policy(policy)`: the current policy keeps its loop; the new one brings its own. */
function setPolicy(policy: rt.PyObject): void {
  if (policy !== rt.None && !policy.type.isSubtype(abstractPolicyType)) throw raiseNew(rt.Exceptions.AssertionError, null);
  const old = state.policy;
  const oldLoop = state.policyLoop;
  const oldSetCalled = state.policySetCalled;
  if (policy === rt.None) {
    state.policy = null;
    state.policyLoop = null;
    state.policySetCalled = false;
  } else {
    const p = policy as PyPolicy;
    state.policy = rt.incref(p);
    state.policyLoop = p.loop;
    state.policySetCalled = p.setCalled;
    p.loop = null;
  }
  if (old !== null) {
    const o = old as PyPolicy;
    o.loop = oldLoop;
    o.setCalled = oldSetCalled;
    rt.decref(old);
  } else rt.xdecref(oldLoop);
}

/**
 * The methods of the default policy and the module functions about policies.
 *
 * @param isLoop - whether an object is an event loop (`isinstance(loop, AbstractEventLoop)`).
 */
export function policyFunctions(isLoop: (o: rt.PyObject) => boolean): readonly rt.NativeDef[] {
  addPythonMethods(baseDefaultPolicyType, 'asyncio.events', abstractPolicyType, [
    { def: { name: 'get_event_loop', kind: 'noargs', impl: (self) => policyGetEventLoop(self, isLoop) } },
    { def: { name: 'new_event_loop', kind: 'noargs', impl: () => newLoop() } },
  ]);
  // `_UnixDefaultEventLoopPolicy.set_event_loop` overrides the base's (it also tells the watcher).
  addPythonMethods(defaultPolicyType, 'asyncio.unix_events', abstractPolicyType, [
    { def: { name: 'set_event_loop', kind: 'o', impl: (self, args) => (policySetEventLoop(self, args[0] as rt.PyObject, isLoop), rt.newNone()) }, params: ['loop'] },
  ]);
  return [
    { name: 'get_event_loop_policy', kind: 'noargs', impl: () => getPolicy() },
    { name: 'set_event_loop_policy', kind: 'o', impl: (_s, args) => (setPolicy(args[0] as rt.PyObject), rt.newNone()) },
  ];
}
