/**
 * What a trace needs from the Python `asyncio` module: the events of every loop it creates, and
 * the name of the task running now. Plain reads of the module's state; no Python code runs.
 * No CPython counterpart (an observation seam of corosim's).
 * @module
 */
import { Subject, mergeMap, type Observable } from 'rxjs';
import { rt } from '@corosim/vm/host';
import type { LoopEvent } from '../events.ts';
import type { EventLoop } from '../loop.ts';
import { state } from './state.ts';

const created = new Subject<EventLoop>();

/** Reports a loop core made for a Python loop object (cheap when nobody listens). */
export function noteLoopCreated(core: EventLoop): EventLoop {
  if (created.observed) created.next(core);
  return core;
}

/** The events of every Python asyncio loop created after subscribing, merged. */
export const asyncioLoopEvents$: Observable<LoopEvent> = created.pipe(mergeMap((core) => core.events$));

/** The name of the task the running Python loop is stepping, or null outside a task. */
export function currentAsyncioTaskName(): string | null {
  const loop = state.runningLoop;
  if (loop === null) return null;
  const task = state.currentTasks.get(loop);
  if (task === undefined || !('name' in task)) return null;
  const name = task.name;
  return name instanceof rt.PyStr ? name.value : null;
}
