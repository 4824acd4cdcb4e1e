// Subscribing to the loop's `events$` (an RxJS Observable): what the loop does, in virtual time.
// Subscribers only observe; the loop runs exactly as it would without them.
import { EventLoop, loopClockOf, runTsTask, sleep, VirtualClock } from '@corosim/eventloop';
import { filter, map } from 'rxjs';

export function watchEvents(): string[] {
  const loop = new EventLoop(loopClockOf(new VirtualClock()));
  const lines: string[] = [];
  const subscription = loop.events$
    .pipe(
      filter((event) => event.kind === 'clock-advanced' || event.kind === 'task-done'),
      map((event) => (event.kind === 'clock-advanced' ? `clock ${event.from} -> ${event.to}` : `${event.task} ${event.outcome} at ${event.time}`)),
    )
    .subscribe((line) => lines.push(line));

  runTsTask(
    loop,
    (function* () {
      yield sleep(2);
      yield sleep(0.5);
    })(),
    'napper',
  );

  subscription.unsubscribe();
  loop.close();
  return lines; // ['clock 0 -> 2', 'clock 2 -> 2.5', 'napper return at 2.5']
}
