/**
 * The loop registry: the running loop and the policy's loop. Mirrors CPython 3.8
 * Lib/asyncio/events.py (`get_running_loop`, `_get_running_loop`, `get_event_loop`,
 * `set_event_loop`, `new_event_loop`, `BaseDefaultEventLoopPolicy`).
 * @module
 */
 
import { rt } from '@corosim/vm/host';
import { abstractLoopType, callMethod, newLoop } from './loop-object.ts';
import { policyFunctions, policyGetEventLoop, policySetEventLoop, pythonPolicy } from './policy.ts';
import { raiseNew, state } from './state.ts';

/** `get_running_loop()` (new reference). */
export function getRunningLoop(): rt.PyObject {
  if (state.runningLoop === null) throw raiseNew(rt.Exceptions.RuntimeError, 'no running event loop');
  return rt.incref(state.runningLoop);
}

/** `isinstance(o, AbstractEventLoop)`. */
function isLoop(o: rt.PyObject): boolean {
  return o.type.isSubtype(abstractLoopType);
}

/** `get_event_loop()` (new reference): the running loop, else the policy's (made on first use). */
export function getRunningOrPolicyLoop(): rt.PyObject {
  if (state.runningLoop !== null) return rt.incref(state.runningLoop);
  const policy = pythonPolicy();
  if (policy !== null) return callMethod(policy, 'get_event_loop', []);
  return policyGetEventLoop(null, isLoop);
}

/** `set_event_loop(loop)` (borrowed; None clears). */
export function setEventLoop(loop: rt.PyObject): void {
  const policy = pythonPolicy();
  if (policy !== null) rt.decref(callMethod(policy, 'set_event_loop', [loop]));
  else policySetEventLoop(null, loop, isLoop);
}

/** `new_event_loop()` (new reference): the policy's `new_event_loop()`. */
export function newEventLoop(): rt.PyObject {
  const policy = pythonPolicy();
  return policy !== null ? callMethod(policy, 'new_event_loop', []) : newLoop();
}

/** The functions of the module about loops. */
export const eventFunctions: readonly rt.NativeDef[] = [
  { name: 'get_running_loop', kind: 'noargs', impl: () => getRunningLoop() },
  { name: '_get_running_loop', kind: 'noargs', impl: () => rt.incref(state.runningLoop ?? rt.None) },
  { name: 'get_event_loop', kind: 'noargs', impl: () => getRunningOrPolicyLoop() },
  { name: 'new_event_loop', kind: 'noargs', impl: () => newEventLoop() },
  { name: 'set_event_loop', kind: 'o', impl: (_s, args) => (setEventLoop(args[0] as rt.PyObject), rt.newNone()) },
  ...policyFunctions(isLoop),
];
