// Two TypeScript coroutines interleaving in virtual time, as two asyncio tasks would: `b` is
// scheduled alongside with createTsTask, `a` is run to completion with runTsTask.
import { createTsTask, EventLoop, loopClockOf, runTsTask, sleep, VirtualClock, type SleepRequest } from '@corosim/eventloop';

export function twoWorkers(): string[] {
  const loop = new EventLoop(loopClockOf(new VirtualClock()));
  const log: string[] = [];

  function* worker(name: string, every: number): Generator<SleepRequest, string> {
    for (let i = 0; i < 3; i++) {
      log.push(`${name}${i} at ${loop.time()}`);
      yield sleep(every);
    }
    return name;
  }

  createTsTask(loop, worker('b', 1.5), 'b');
  runTsTask(loop, worker('a', 1), 'a'); // returns when `a` is done; `b` has run alongside
  loop.close();
  return log; // ['b0 at 0', 'a0 at 0', 'a1 at 1', 'b1 at 1.5', 'a2 at 2', 'b2 at 3']
}
