// A vitest test of code that waits: a timeout built on the event loop, tested in virtual time.
// No real time passes and nothing is flaky: every run sees the same clock and the same order.
import { createTsTask, EventLoop, loopClockOf, runTsTask, sleep, TsCancelledError, VirtualClock, type SleepRequest } from '@corosim/eventloop';
import { describe, expect, it } from 'vitest';

/** Runs `work` for at most `seconds` of virtual time: its result, or 'timed out'. */
function withTimeout<R>(loop: EventLoop, work: Generator<SleepRequest, R>, seconds: number): R | 'timed out' {
  const task = createTsTask(loop, work, 'work');
  return runTsTask(
    loop,
    (function* () {
      for (let waited = 0; waited < seconds && !task.done; waited += 0.5) yield sleep(0.5);
      if (task.done) return task.result();
      task.cancel();
      yield sleep(0); // let the cancellation reach the task
      return 'timed out' as const;
    })(),
    'timeout',
  );
}

function* slowAnswer(delay: number): Generator<SleepRequest, number> {
  yield sleep(delay);
  return 42;
}

describe('withTimeout', () => {
  it('returns the result of work that finishes in time', () => {
    const loop = new EventLoop(loopClockOf(new VirtualClock()));
    expect(withTimeout(loop, slowAnswer(3), 10)).toBe(42);
    expect(loop.time()).toBe(3);
  });

  it('cancels work that takes too long, after exactly the timeout', () => {
    const loop = new EventLoop(loopClockOf(new VirtualClock()));
    let cancelled = false;
    const work = (function* () {
      try {
        return yield* slowAnswer(3600);
      } catch (error) {
        cancelled = error instanceof TsCancelledError;
        throw error;
      }
    })();
    expect(withTimeout(loop, work, 10)).toBe('timed out');
    expect({ cancelled, time: loop.time() }).toEqual({ cancelled: true, time: 10 });
  });
});
