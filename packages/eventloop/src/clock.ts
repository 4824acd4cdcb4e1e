/**
 * The virtual clock: the only time source of corosim. It starts at 0.0 and moves only when told
 * to, so a year-long `asyncio.sleep` takes no real time and every run reads the same times.
 * Mirrors the clock of the conformance oracle (shared/oracle/vt.py).
 * @module
 */

/**
 * How close a deadline must be to the clock to count as due, in seconds.
 *
 * @remarks
 * CPython's `_run_once` uses `self._clock_resolution` (1e-9 on Linux) in its `end_time`; the
 * virtual clock of the conformance goldens uses 1e-6, and corosim follows the goldens.
 */
export const CLOCK_RESOLUTION = 1e-6;

/**
 * A monotonic clock that moves only by {@link VirtualClock.advanceBy}.
 *
 * @remarks
 * The loop moves it by the timeout its selector would have waited (`when - time()`, capped at a
 * day as `MAXIMUM_SELECT_TIMEOUT` caps it), by addition, exactly as the oracle's selector does:
 * so a deadline is reached with the same float rounding CPython's run shows.
 *
 * @example
 * ```ts
 * const clock = new VirtualClock();
 * clock.advanceBy(2);
 * clock.time(); // 2
 * ```
 */
export class VirtualClock {
  #now = 0.0;

  /** The current virtual time in seconds (`loop.time()`, `time.monotonic()`). */
  time(): number {
    return this.#now;
  }

  /** Whether a timer with this deadline is due now. */
  isDue(deadline: number): boolean {
    return deadline <= this.#now + CLOCK_RESOLUTION;
  }

  /**
   * Moves the clock forward by `seconds` (what `time.sleep(seconds)` and a selector timeout do).
   * Callers reject negative durations with the Python error first; the clock never goes back.
   */
  advanceBy(seconds: number): void {
    if (seconds > 0) this.#now += seconds;
  }
}
