/**
 * The loop registry: the running loop and the policy's loop. Mirrors CPython 3.8
 * Lib/asyncio/events.py (`get_running_loop`, `_get_running_loop`, `get_event_loop`,
 * `set_event_loop`, `new_event_loop`, `BaseDefaultEventLoopPolicy`).
 * @module
 */
 
import { rt } from '@corosim/vm/host';
import { newLoop, loopType } from './loop-object.ts';
import { raiseNew, state } from './state.ts';

/** `get_running_loop()` (new reference). */
export function getRunningLoop(): rt.PyObject {
  if (state.runningLoop === null) throw raiseNew(rt.Exceptions.RuntimeError, 'no running event loop');
  return rt.incref(state.runningLoop);
}

/** `get_event_loop()` (new reference): the running loop, else the policy's (made on first use). */
export function getRunningOrPolicyLoop(): rt.PyObject {
  if (state.runningLoop !== null) return rt.incref(state.runningLoop);
  if (state.policyLoop === null && !state.policySetCalled) {
    const loop = newLoop();
    setEventLoop(loop);
    rt.decref(loop);
  }
  if (state.policyLoop === null) throw raiseNew(rt.Exceptions.RuntimeError, "There is no current event loop in thread 'MainThread'.");
  return rt.incref(state.policyLoop);
}


/** `set_event_loop(loop)` (borrowed; None clears). */
export function setEventLoop(loop: rt.PyObject): void {
  if (loop !== rt.None && !loop.type.isSubtype(loopType)) throw rt.typeError(`loop must be an instance of AbstractEventLoop or None, not '${loop.type.name}'`);
  state.policySetCalled = true;
  const old = state.policyLoop;
  state.policyLoop = loop === rt.None ? null : rt.incref(loop);
  rt.xdecref(old);
}

/** The functions of the module about loops. */
export const eventFunctions: readonly rt.NativeDef[] = [
  { name: 'get_running_loop', kind: 'noargs', impl: () => getRunningLoop() },
  { name: '_get_running_loop', kind: 'noargs', impl: () => rt.incref(state.runningLoop ?? rt.None) },
  { name: 'get_event_loop', kind: 'noargs', impl: () => getRunningOrPolicyLoop() },
  { name: 'new_event_loop', kind: 'noargs', impl: () => newLoop() },
  { name: 'set_event_loop', kind: 'o', impl: (_s, args) => (setEventLoop(args[0] as rt.PyObject), rt.newNone()) },
];
