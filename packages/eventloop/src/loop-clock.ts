/**
 * The clock an event loop reads: `BaseEventLoop.time()` of CPython 3.8's
 * Lib/asyncio/base_events.py, which corosim points at the virtual clock, moved only where the
 * conformance oracle's selector would have waited (shared/oracle/vt.py).
 * @module
 */
import type { VirtualClock } from './clock.ts';

/**
 * What an {@link EventLoop} needs from a clock. The loop never reads real time.
 *
 * @remarks
 * The loop calls `advanceTo(now() + timeout)` only, with `timeout > 0`.
 */
export interface LoopClock {
  /** The current time in seconds (`loop.time()`). */
  now(): number;
  /** Moves the clock forward to `t`. */
  advanceTo(t: number): void;
}

/**
 * Adapts a {@link VirtualClock} (shared with `time.sleep`) into a {@link LoopClock}.
 *
 * @remarks
 * `advanceTo(t)` advances by `t - now`. The loop's targets are `now + timeout` with
 * `0 < timeout <= 86400`, and for those adding back the difference gives `t` itself, so the clock
 * lands on the same float as the oracle's `Clock.now += timeout`.
 *
 * @example
 * ```ts
 * const loop = new EventLoop(loopClockOf(new VirtualClock()));
 * ```
 */
export function loopClockOf(clock: VirtualClock): LoopClock {
  return {
    now: () => clock.time(),
    advanceTo: (t) => {
      clock.advanceBy(t - clock.time());
    },
  };
}
