import { describe, expect, it } from 'vitest';
import { filter, map } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { VirtualClock } from '../src/clock.ts';
import type { LoopEvent } from '../src/events.ts';
import { emitTaskEvent, EventLoop } from '../src/loop.ts';
import { loopClockOf } from '../src/loop-clock.ts';
import { runTsTask, sleep } from '../src/ts-task.ts';

const newLoop = (): EventLoop => new EventLoop(loopClockOf(new VirtualClock()));

function collect(loop: EventLoop, body: () => void): LoopEvent[] {
  const events: LoopEvent[] = [];
  const sub = loop.events$.subscribe((e) => events.push(e));
  try {
    body();
  } finally {
    sub.unsubscribe();
  }
  return events;
}

describe('events$', () => {
  it('reports scheduling, handle runs and clock jumps in order', () => {
    const loop = newLoop();
    const events = collect(loop, () => {
      loop.callSoon(() => {}, 'soon');
      loop.callLater(2, () => { loop.stop(); }, 'stop');
      loop.runForever();
    });
    expect(events).toEqual([
      { kind: 'scheduled', label: 'soon', when: null, time: 0 },
      { kind: 'scheduled', label: 'stop', when: 2, time: 0 },
      { kind: 'handle-run', label: 'soon', time: 0 },
      { kind: 'clock-advanced', from: 0, to: 2 },
      { kind: 'handle-run', label: 'stop', time: 2 },
    ]);
  });

  it('emits nothing to late subscribers about the past, and never drives execution', () => {
    const loop = newLoop();
    loop.callSoon(() => {}, 'before');
    const events = collect(loop, () => {
      loop.stop();
      loop.runForever();
    });
    expect(events).toEqual([{ kind: 'handle-run', label: 'before', time: 0 }]);
  });

  it('carries task events from runTsTask and emitTaskEvent', () => {
    const loop = newLoop();
    const events = collect(loop, () => {
      emitTaskEvent(loop, { kind: 'future-done', label: 'f', time: 0 });
      runTsTask(
        loop,
        (function* () {
          yield sleep(1);
          return 'ok';
        })(),
        'main',
      );
    });
    const taskEvents = events.filter((e) => e.kind === 'task-step' || e.kind === 'task-done' || e.kind === 'future-done');
    expect(taskEvents).toEqual([
      { kind: 'future-done', label: 'f', time: 0 },
      { kind: 'task-step', task: 'main', time: 0 },
      { kind: 'future-done', label: 'main sleep', time: 1 },
      { kind: 'task-step', task: 'main', time: 1 },
      { kind: 'task-done', task: 'main', time: 1, outcome: 'return' },
    ]);
  });

  it('is the same stream on every run (marble test)', () => {
    const scheduler = new TestScheduler((actual, expected) => {
      expect(actual).toEqual(expected);
    });
    scheduler.run(({ cold, expectObservable }) => {
      // Each marble frame starts one loop iteration; the loop's events are mapped to letters.
      const loop = newLoop();
      const kinds: Record<LoopEvent['kind'], string> = {
        scheduled: 's',
        'handle-run': 'h',
        'clock-advanced': 'c',
        'task-step': 't',
        'task-done': 'd',
        'future-done': 'f',
      };
      loop.callLater(1, () => loop.callSoon(() => {}, 'inner'), 'outer');
      const source = loop.events$.pipe(
        filter((e) => e.kind !== 'scheduled' || e.label === 'inner'),
        map((e) => kinds[e.kind]),
      );
      expectObservable(source).toBe('-(chs)-h');
      cold('-a-----b').subscribe(() => { loop.runOnce(); });
    });
  });
});
