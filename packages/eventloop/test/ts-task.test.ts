import { describe, expect, it } from 'vitest';
import type { Resumable, StepResult } from '@corosim/vm/host';
import { VirtualClock } from '../src/clock.ts';
import { LoopDeadlockError, LoopStateError } from '../src/errors.ts';
import { EventLoop } from '../src/loop.ts';
import { loopClockOf } from '../src/loop-clock.ts';
import { createTsTask, runTsTask, sleep, TsCancelledError, type SleepRequest } from '../src/ts-task.ts';

const newLoop = (): EventLoop => new EventLoop(loopClockOf(new VirtualClock()));

describe('runTsTask', () => {
  it('drives a generator through a year-long sleep instantly', () => {
    const loop = newLoop();
    const result = runTsTask(
      loop,
      (function* () {
        yield sleep(365 * 24 * 3600);
        return 42;
      })(),
    );
    expect([result, loop.time(), loop.isRunning()]).toEqual([42, 31_536_000, false]);
  });

  it('interleaves tasks in virtual time as asyncio does (checked against CPython)', () => {
    const loop = newLoop();
    const log: string[] = [];
    function* worker(name: string, delay: number): Generator<SleepRequest, string> {
      for (let i = 0; i < 3; i++) {
        log.push(`${name}${i}@${loop.time()}`);
        yield sleep(delay);
      }
      return name;
    }
    const b = createTsTask(loop, worker('b', 1.5));
    const a = runTsTask(loop, worker('a', 1));
    expect(a).toBe('a');
    expect(b.done).toBe(false);
    expect(log).toEqual(['b0@0', 'a0@0', 'a1@1', 'b1@1.5', 'a2@2', 'b2@3']);
  });

  it('sleep(0) yields to other ready callbacks once', () => {
    const loop = newLoop();
    const log: string[] = [];
    loop.callSoon(() => log.push('first'));
    runTsTask(
      loop,
      (function* () {
        log.push('step');
        yield sleep(0);
        log.push('resumed');
      })(),
    );
    expect(log).toEqual(['first', 'step', 'resumed']);
  });

  it('rethrows what the coroutine raised', () => {
    const loop = newLoop();
    const boom = new Error('boom');
    const gen = (function* (): Generator<SleepRequest, never> {
      yield sleep(1);
      throw boom;
    })();
    expect(() => runTsTask(loop, gen)).toThrow(boom);
    expect(loop.time()).toBe(1);
  });

  it('drives any Resumable, not just generators', () => {
    let steps = 0;
    const coro: Resumable<SleepRequest, string, undefined, unknown> = {
      resume: (): StepResult<SleepRequest, string, unknown> =>
        ++steps < 3 ? { kind: 'yield', value: sleep(10) } : { kind: 'return', value: 'ok' },
    };
    const loop = newLoop();
    expect([runTsTask(loop, coro), loop.time()]).toEqual(['ok', 20]);
  });

  it('cancels a sleeping task by throwing TsCancelledError into it', () => {
    const loop = newLoop();
    let caught = false;
    const sleeper = createTsTask(
      loop,
      (function* () {
        try {
          yield sleep(100);
        } catch (error: unknown) {
          caught = error instanceof TsCancelledError;
          throw error;
        }
      })(),
    );
    runTsTask(
      loop,
      (function* () {
        yield sleep(1);
        sleeper.cancel();
        yield sleep(0);
      })(),
    );
    expect([caught, sleeper.cancelled, loop.time()]).toEqual([true, true, 1]);
    expect(() => { sleeper.result(); }).toThrow(TsCancelledError);
  });

  it('reports loop states as CPython does', () => {
    const loop = newLoop();
    const pending = createTsTask(
      loop,
      (function* () {
        yield sleep(1);
      })(),
    );
    expect(() => { pending.result(); }).toThrow('Result is not set.');
    loop.callSoon(() => { loop.stop(); });
    expect(() => { runTsTask(
        loop,
        (function* () {
          yield sleep(5);
        })(),
      ); },
    ).toThrow('Event loop stopped before Future completed.');
    loop.close();
    expect(() => { runTsTask(loop, (function* () {})()); }).toThrow(LoopStateError);
  });

  it('surfaces a deadlock when nothing can wake the loop', () => {
    const loop = newLoop();
    runTsTask(loop, (function* () {})());
    expect(() => { loop.runForever(); }).toThrow(LoopDeadlockError);
  });
});
