// A TypeScript coroutine (a generator function) that sleeps for a year of virtual time on
// corosim's event loop. It returns at once: the clock jumps from one timer to the next.
import { EventLoop, loopClockOf, runTsTask, sleep, VirtualClock } from '@corosim/eventloop';

export function sleepAYear(): { answer: number; time: number } {
  const loop = new EventLoop(loopClockOf(new VirtualClock()));
  const answer = runTsTask(
    loop,
    (function* () {
      yield sleep(365 * 24 * 3600); // a year, in 365 jumps of at most a day
      return 42;
    })(),
    'main',
  );
  const time = loop.time(); // 31536000: the virtual clock, not the wall clock
  loop.close();
  return { answer, time };
}
