/**
 * `policy._local`, the thread-local `_Local` of `BaseDefaultEventLoopPolicy` with `_loop` and
 * `_set_called`: an object reading and writing the policy's own slots (corosim has one thread).
 * Mirrors CPython 3.8 Lib/asyncio/events.py (`BaseDefaultEventLoopPolicy._Local`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { baseDefaultPolicyType, slotsOf } from './policy.ts';

/** `BaseDefaultEventLoopPolicy._Local` (a `threading.local` subclass in CPython). */
const localType: rt.PyType = rt.staticType({ name: '_Local', module: 'asyncio.events', basicsize: 48, flags: rt.TPFLAGS_HAVE_GC });

/** A policy's `_local`: it holds the policy (owned). */
class PyLocal extends rt.PyObject {
  policy: rt.PyObject | null = null;
}

function policyOf(self: rt.PyObject): rt.PyObject | null {
  return (self as PyLocal).policy;
}

localType.dealloc = (self) => {
  const l = self as PyLocal;
  const p = l.policy;
  l.policy = null;
  rt.xdecref(p);
  rt.freeObject(self);
};
localType.traverse = (self, visit) => {
  const p = policyOf(self);
  if (p !== null) visit(p);
};
localType.clear = (self) => {
  const l = self as PyLocal;
  const p = l.policy;
  l.policy = null;
  rt.xdecref(p);
};
rt.addGetSets(localType, [
  {
    name: '_loop',
    get: (self) => rt.incref(slotsOf(policyOf(self)).loop ?? rt.None),
    set: (self, v) => {
      const slots = slotsOf(policyOf(self));
      const old = slots.loop;
      slots.set(v === null || v === rt.None ? null : rt.incref(v), slots.setCalled);
      rt.xdecref(old);
    },
  },
  {
    name: '_set_called',
    get: (self) => rt.newBool(slotsOf(policyOf(self)).setCalled),
    set: (self, v) => {
      const slots = slotsOf(policyOf(self));
      slots.set(slots.loop, v !== null && rt.isTrue(v));
    },
  },
]);

rt.addGetSets(baseDefaultPolicyType, [
  {
    // DEVIATION(cpython): a new view of the policy's slots each time it is read (CPython's is one
    // object per policy); what it reads and writes is the same.
    name: '_local',
    get: (self) => {
      const l = new PyLocal(localType, rt.allocateAddress(localType));
      l.policy = rt.incref(self);
      return l;
    },
  },
]);
