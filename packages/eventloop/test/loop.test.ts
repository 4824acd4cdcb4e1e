import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../src/clock.ts';
import { LoopDeadlockError, LoopStateError } from '../src/errors.ts';
import { EventLoop } from '../src/loop.ts';
import { loopClockOf } from '../src/loop-clock.ts';

// Expected orders were produced by CPython's asyncio under the conformance oracle's virtual
// clock (shared/oracle/vt.py): 150 timers at `(k * 7) % 10`, a stop at 100, and some cancelled.
const CLEANUP = { after: 46, order: [60, 0, 120, 30, 90, 3, 93, 33, 63, 123, 66, 36, 126, 6, 96, 39, 69, 129, 99, 9, 42, 72, 132, 102, 12, 75, 135, 15, 105, 45, 138, 78, 18, 48, 108, 21, 81, 141, 111, 51, 84, 54, 144, 114, 24, 117, 57, 27, 87, 147] };
const NO_CLEANUP = { after: 136, order: [50, 110, 100, 10, 20, 40, 80, 70, 130, 140, 13, 113, 53, 103, 23, 43, 83, 73, 143, 133, 116, 56, 26, 106, 46, 86, 76, 146, 136, 16, 29, 59, 119, 109, 49, 89, 19, 79, 149, 139, 62, 122, 2, 112, 52, 22, 92, 142, 82, 32, 125, 115, 55, 5, 25, 145, 95, 65, 85, 35, 58, 28, 148, 118, 98, 88, 8, 38, 68, 128, 61, 31, 11, 101, 71, 91, 41, 1, 121, 131, 14, 104, 124, 74, 34, 94, 4, 64, 44, 134, 137, 77, 67, 97, 127, 107, 47, 37, 17, 7] };

const newLoop = (): EventLoop => new EventLoop(loopClockOf(new VirtualClock()));

describe('EventLoop ordering', () => {
  it('runs ready callbacks first-in first-out, deferring those they schedule', () => {
    const loop = newLoop();
    const out: string[] = [];
    loop.callSoon(() => {
      out.push('a');
      loop.callSoon(() => out.push('c'));
    });
    loop.callSoon(() => out.push('b'));
    loop.runOnce();
    expect(out).toEqual(['a', 'b']);
    expect(loop.readyCount).toBe(1);
    loop.runOnce();
    expect(out).toEqual(['a', 'b', 'c']);
  });

  it('runs timers by deadline, ties in heapq order', () => {
    const loop = newLoop();
    const out: number[] = [];
    const delays = [3, 1, 2, 1, 3, 1, 2, 2, 1, 3, 1, 1];
    delays.forEach((delay, k) => loop.callLater(delay, () => out.push(k)));
    loop.callLater(5, () => { loop.stop(); });
    loop.runForever();
    expect(out).toEqual([1, 5, 11, 3, 10, 8, 6, 2, 7, 4, 9, 0]);
    expect(loop.time()).toBe(5);
  });

  it('treats a deadline within 1e-6 of the clock as due', () => {
    const loop = newLoop();
    const out: string[] = [];
    loop.callAt(1, () => out.push('one'));
    loop.callAt(1 + 5e-7, () => out.push('almost'));
    loop.callAt(1 + 2e-6, () => out.push('later'));
    loop.runOnce();
    expect([out, loop.time()]).toEqual([['one', 'almost'], 1]);
  });

  it.each([
    ['more than half cancelled: rebuilds and re-heapifies', (k: number) => k % 3 !== 0, CLEANUP],
    ['half or fewer cancelled: pops cancelled tops only', (k: number) => k % 3 === 0, NO_CLEANUP],
  ])('cancellation, %s', (_name, isCancelled, expected) => {
    const loop = newLoop();
    const out: number[] = [];
    const handles = Array.from({ length: 150 }, (_, k) => loop.callAt((k * 7) % 10, () => out.push(k)));
    handles.forEach((handle, k) => {
      if (isCancelled(k)) handle.cancel();
    });
    loop.callAt(100, () => { loop.stop(); });
    loop.runOnce();
    expect(loop.timerCount).toBe(expected.after);
    loop.runForever();
    expect(out).toEqual(expected.order);
    expect(loop.time()).toBe(100);
  });

  it('marks timers scheduled until they leave the heap', () => {
    const loop = newLoop();
    const timer = loop.callLater(1, () => {});
    const cancelled = loop.callLater(2, () => {});
    cancelled.cancel();
    expect([timer.scheduled, cancelled.scheduled, cancelled.cancelled]).toEqual([true, true, true]);
    loop.runOnce();
    expect([timer.scheduled, cancelled.scheduled, loop.nextDeadline()]).toEqual([false, true, 2]);
    loop.callLater(5, () => {});
    loop.runOnce();
    expect([cancelled.scheduled, loop.timerCount]).toEqual([false, 0]);
  });

  it('skips cancelled ready handles', () => {
    const loop = newLoop();
    const out: string[] = [];
    loop.callSoon(() => out.push('a')).cancel();
    loop.callSoon(() => out.push('b'));
    loop.runOnce();
    expect(out).toEqual(['b']);
  });
});

describe('EventLoop virtual time', () => {
  it('finishes a year-long sleep instantly, a day per select', () => {
    const loop = newLoop();
    let advances = 0;
    const sub = loop.events$.subscribe((e) => {
      if (e.kind === 'clock-advanced') advances++;
    });
    loop.callLater(365 * 24 * 3600, () => { loop.stop(); });
    loop.runForever();
    sub.unsubscribe();
    expect([loop.time(), advances]).toEqual([31_536_000, 365]);
  });

  it('moves the clock by addition, as the oracle selector does', () => {
    const loop = newLoop();
    loop.callAt(0.1, () => {});
    loop.callAt(0.30000000000000004, () => { loop.stop(); });
    loop.runForever();
    expect(loop.time()).toBe(0.1 + (0.30000000000000004 - 0.1));
  });
});

describe('EventLoop states', () => {
  it('throws LoopDeadlockError instead of blocking forever', () => {
    const loop = newLoop();
    expect(() => { loop.runForever(); }).toThrow(LoopDeadlockError);
    expect(() => { loop.runUntil(() => false); }).toThrow(/nothing is ready and no timer is scheduled/);
    expect(loop.isRunning()).toBe(false);
    loop.callLater(1, () => {}).cancel();
    expect(() => { loop.runOnce(); }).toThrow(LoopDeadlockError);
  });

  it('does not deadlock when a stop is pending', () => {
    const loop = newLoop();
    loop.stop();
    loop.runForever();
    expect(loop.isRunning()).toBe(false);
  });

  it('reports CPython RuntimeError messages', () => {
    const loop = newLoop();
    const errors: unknown[] = [];
    loop.callSoon(() => {
      for (const f of [() => { loop.runForever(); }, () => { loop.close(); }]) {
        try {
          f();
        } catch (error: unknown) {
          errors.push(error instanceof LoopStateError ? error.message : error);
        }
      }
      loop.stop();
    });
    loop.runForever();
    expect(errors).toEqual(['This event loop is already running', 'Cannot close a running event loop']);
    loop.close();
    loop.close();
    expect(loop.isClosed()).toBe(true);
    expect(() => loop.callSoon(() => {})).toThrow('Event loop is closed');
    expect(() => loop.callLater(1, () => {})).toThrow(LoopStateError);
    expect(() => { loop.runForever(); }).toThrow('Event loop is closed');
  });

  it('runUntil stops after the iteration in which done() holds', () => {
    const loop = newLoop();
    let n = 0;
    const tick = (): void => {
      n++;
      loop.callSoon(tick);
    };
    loop.callSoon(tick);
    loop.runUntil(() => n >= 3);
    expect([n, loop.isRunning(), loop.readyCount]).toEqual([3, false, 1]);
  });

  it('lets a throwing callback propagate and keeps the rest ready', () => {
    const loop = newLoop();
    loop.callSoon(() => {
      throw new Error('host bug');
    });
    loop.callSoon(() => {});
    expect(() => { loop.runForever(); }).toThrow('host bug');
    expect([loop.isRunning(), loop.readyCount]).toEqual([false, 1]);
  });
});

describe('EventLoop pending handles', () => {
  it('shows the arguments of handles still to run, and tells them when close drops them', () => {
    const loop = newLoop();
    const log: string[] = [];
    const arg = (name: string): { name: string; dropped: () => void } => ({ name, dropped: () => log.push(`dropped ${name}`) });
    loop.callSoonWith((a) => log.push(`ran ${a.name}`), arg('soon'));
    loop.callAtWith(5, (a) => log.push(`ran ${a.name}`), arg('timer'));
    const cancelled = loop.callAtWith(6, (a) => log.push(`ran ${a.name}`), arg('cancelled'));
    cancelled.cancel();
    const seen: string[] = [];
    loop.forEachPendingArg((a) => seen.push((a as { name: string }).name));
    expect(seen).toEqual(['soon', 'timer']);
    loop.runOnce();
    seen.length = 0;
    loop.forEachPendingArg((a) => seen.push((a as { name: string }).name));
    expect(seen).toEqual(['timer']);
    loop.close();
    expect(log).toEqual(['ran soon', 'dropped timer']);
    expect(loop.timerCount).toBe(0);
  });
});
